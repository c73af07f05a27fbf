"""Recording that a meeting did not go ahead: why, and the date of the new one."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from chair_app.core.dates import DateInputError
from chair_app.core.domain import Meeting, MeetingType
from chair_app.ui.dialogs import _FormDialog
from chair_app.ui.fields import DateField, TimeField


class NotHeldDialog(_FormDialog):
    def __init__(self, parent: QWidget | None, meeting: Meeting, today: dt.date) -> None:
        super().__init__(QCoreApplication.translate("NotHeldDialog", "Meeting not held"), parent)
        self.setObjectName("not_held_dialog")
        self._meeting = meeting
        explanation = QLabel(
            self.tr(
                "The meeting is kept in the record as not held, with the reason. A new meeting "
                "of the same kind, with the same chair, minute-taker and venue, is set up on the "
                "date you pick."
            )
        )
        explanation.setWordWrap(True)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setObjectName("not_held_reason_edit")
        self.reason_edit.setAccessibleName(self.tr("Why the meeting was not held"))
        self.reason_edit.setTabChangesFocus(True)
        if meeting.meeting_type in (MeetingType.CORE_GROUP, MeetingType.FIRST_CORE_GROUP):
            self.reason_edit.setPlainText(self.tr("The social worker was not present."))
        self.reason_edit.setMaximumHeight(90)
        self.date_field = DateField("new_meeting_date_edit")
        self.date_field.set_value(max(today, meeting.date) + dt.timedelta(days=7))
        self.time_field = TimeField("new_meeting_time_edit")
        if meeting.start_time is not None:
            self.time_field.set_value(meeting.start_time)
        self.form.addRow(explanation)
        self.form.addRow(self.tr("Why"), self.reason_edit)
        self.form.addRow(self.tr("New date"), self.date_field)
        self.form.addRow(self.tr("Start time"), self.time_field)

    def problem(self) -> str:
        if not self.reason_edit.toPlainText().strip():
            return self.tr("Say why the meeting was not held.")
        try:
            new_date = self.date_field.value()
            self.time_field.value()
        except DateInputError as error:
            return str(error)
        if new_date is None:
            return self.tr("Type the date of the new meeting.")
        if new_date <= self._meeting.date:
            return self.tr("The new meeting must be after the date of this one.")
        return ""

    def values(self) -> tuple[str, dt.date, dt.time | None]:
        new_date = self.date_field.value()
        assert new_date is not None  # problem() allowed OK only with a date
        return self.reason_edit.toPlainText().strip(), new_date, self.time_field.value()
