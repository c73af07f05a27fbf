"""The last step: review what is missing, close the meeting, export the minutes; once closed,
the minutes' own life (corrections, circulation, comments, agreement) in the minutes panel."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from chair_app.core import edits
from chair_app.core.agenda import StepKey
from chair_app.core.dates import format_date
from chair_app.core.domain import MeetingStatus
from chair_app.core.rules import MissingItem
from chair_app.ui.meeting_controller import MeetingController
from chair_app.ui.minutes_panel import MinutesPanel
from chair_app.ui.steps.base import StepPage, heading_label, make_text_edit


class ClosePage(StepPage):
    """Signals:
    step_requested(str): the user picked a missing item; go to that step (StepKey value).
    close_requested(): the chair asked to close the meeting.
    export_requested(): the chair asked to export the minutes.
    copy_export_requested(object): the chair asked to export one copy (a CopyRequest).
    """

    step_requested = Signal(str)
    close_requested = Signal()
    export_requested = Signal()
    copy_export_requested = Signal(object)

    def __init__(self, controller: MeetingController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.status_label = QLabel()
        self.status_label.setObjectName("close_status_label")
        self.status_label.setWordWrap(True)
        self.missing_list = QListWidget()
        self.missing_list.setObjectName("missing_list")
        self.missing_list.setAccessibleName(self.tr("What is missing"))
        self.missing_list.setWordWrap(True)
        self.missing_list.setSpacing(3)
        self.missing_list.setProperty("always_enabled", True)
        self.close_button = QPushButton(self.tr("Close the meeting"))
        self.close_button.setObjectName("close_meeting_button")
        self.export_button = QPushButton(self.tr("Export minutes (Word and PDF)"))
        self.export_button.setObjectName("export_minutes_button")
        self.export_button.setProperty("always_enabled", True)
        # Time spent per step is kept with the meeting, but printed only if the chair asks.
        self.print_step_times_check = QCheckBox(
            self.tr("Print the time spent on each step in the minutes")
        )
        self.print_step_times_check.setObjectName("print_step_times_check")
        # The chair's summary, printed in the minutes' closing section above the sign-off;
        # saved as typed, like the other steps' text.
        self.chair_summary_edit = make_text_edit(
            "chair_summary_edit",
            self.tr("Chair's summary"),
            self.tr(
                "In a few sentences: where things stand, what was decided, and what happens next."
            ),
        )
        self.chair_summary_edit.setMaximumHeight(120)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status_label)
        self.missing_heading = heading_label(self.tr("Still missing (double-click to go there)"))
        layout.addWidget(self.missing_heading)
        layout.addWidget(self.missing_list, 1)
        layout.addWidget(heading_label(self.tr("Chair's summary")))
        layout.addWidget(self.chair_summary_edit)
        layout.addWidget(self.print_step_times_check)
        layout.addLayout(buttons)
        # Shown once the meeting is closed: the minutes from draft to agreed.
        self.minutes_panel = MinutesPanel(controller)
        layout.addWidget(self.minutes_panel, 1)
        self.minutes_panel.copy_export_requested.connect(self.copy_export_requested)
        self.missing_list.itemActivated.connect(self._on_item_activated)
        self.close_button.clicked.connect(self.close_requested)
        self.export_button.clicked.connect(self.export_requested)
        self.print_step_times_check.toggled.connect(self._on_print_step_times_toggled)
        self.chair_summary_edit.textChanged.connect(self._on_chair_summary_changed)
        self.refresh()

    def _on_chair_summary_changed(self) -> None:
        if self.loading:
            return
        text = self.chair_summary_edit.toPlainText()
        meetings, meeting_id = self.controller.ctx.meetings, self.controller.meeting_id
        self.controller.save_later(
            "chair_summary_edit",
            lambda: meetings.set_chair_summary(meeting_id, text),
            patch=edits.set_fields(chair_summary=text),
        )

    def _on_print_step_times_toggled(self, wanted: bool) -> None:
        meetings, meeting_id = self.controller.ctx.meetings, self.controller.meeting_id
        if meetings.prints_step_times(meeting_id) != wanted:
            self.controller.change(lambda: meetings.set_prints_step_times(meeting_id, wanted))

    def refresh(self) -> None:
        meeting = self.controller.meeting
        self._loading = True
        try:
            if self.chair_summary_edit.toPlainText() != meeting.chair_summary:
                self.chair_summary_edit.setPlainText(meeting.chair_summary)
        finally:
            self._loading = False
        # Typed before the close; afterwards it is corrected like the rest of the draft.
        self.chair_summary_edit.setReadOnly(not self.controller.editable)
        self.print_step_times_check.blockSignals(True)
        self.print_step_times_check.setChecked(
            self.controller.ctx.meetings.prints_step_times(meeting.id)
        )
        self.print_step_times_check.blockSignals(False)
        # Decided before the close: the minutes of a closed meeting no longer change.
        self.print_step_times_check.setEnabled(not meeting.is_closed)
        missing = (
            self.controller.ctx.meetings.review(meeting.id)
            if not meeting.is_closed
            else ()
        )
        late = self._late_next_meeting() if not meeting.is_closed else None
        if late is not None:
            missing = (*missing, late)
        self.missing_list.clear()
        for item in missing:
            entry = QListWidgetItem(item.message)
            entry.setData(Qt.ItemDataRole.UserRole, item.step.value)
            self.missing_list.addItem(entry)
        self.missing_heading.setVisible(bool(missing))
        self.missing_list.setVisible(bool(missing))
        if meeting.status is MeetingStatus.NOT_HELD:
            self.status_label.setText(
                self.tr(
                    "This meeting was not held: {reason} Its record can no longer be changed; "
                    "a new meeting was set up on the family's page."
                ).format(reason=meeting.not_held_reason)
            )
        elif meeting.is_closed:
            self.status_label.setText(
                self.tr(
                    "This meeting is closed. Until the minutes are agreed, its record changes "
                    "only by logged corrections: the wording by the chair or the minute-taker, "
                    "the facts by the chair."
                )
            )
        elif meeting.status is MeetingStatus.DRAFT:
            self.status_label.setText(
                self.tr(
                    "This meeting has not started yet. Press Start meeting at the top when "
                    "everyone is here; it can be closed once it has started."
                )
            )
        elif missing:
            self.status_label.setText(
                self.tr(
                    "1 thing is missing or unfinished. Put it right, or close the meeting "
                    "anyway: the minutes will show what was not recorded."
                )
                if len(missing) == 1
                else self.tr(
                    "{count} things are missing or unfinished. Put them right, or close the "
                    "meeting anyway: the minutes will show what was not recorded."
                ).format(count=len(missing))
            )
        else:
            self.status_label.setText(self.tr("Nothing is missing. The chair can close the meeting."))
        closing_by_keyboard = meeting.is_closed and self.close_button.hasFocus()
        self.export_button.setVisible(meeting.is_closed)
        self.close_button.setVisible(not meeting.is_closed)
        self.close_button.setEnabled(meeting.status is MeetingStatus.IN_PROGRESS)
        if closing_by_keyboard:
            # The Close button goes: the focus moves to what comes next, not back to "Back".
            self.export_button.setFocus()
        minutes_open = meeting.status is MeetingStatus.CLOSED
        self.minutes_panel.setVisible(minutes_open)
        if minutes_open:
            self.minutes_panel.refresh()

    def _late_next_meeting(self) -> MissingItem | None:
        """The next date later than the timescale allows: the chair may keep it, knowingly."""
        meeting = self.controller.meeting
        if StepKey.NEXT_MEETING not in self.controller.agenda_keys:
            return None
        chosen = meeting.next_meeting.date
        due = self.controller.ctx.schedule.next_meeting_due(meeting.id)
        if due is None or chosen is None or chosen <= due.latest_date:
            return None
        return MissingItem(
            StepKey.NEXT_MEETING,
            self.tr("The next meeting is later than the rule allows (latest {date}). {rule}").format(
                date=format_date(due.latest_date), rule=due.rule.describe(due.nation)
            ),
        )

    def showEvent(self, event: object) -> None:
        self.controller.flush()
        self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        self.step_requested.emit(item.data(Qt.ItemDataRole.UserRole))
