"""Step 7: the next meeting's date, time and venue; a Core Group also records the date of the
next review conference and any request for an early one, with why."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from chair_app.core import edits
from chair_app.core.dates import format_date
from chair_app.core.domain import MeetingType, NextMeeting
from chair_app.core.timescales import Due
from chair_app.services.export_minutes import ExportFailed
from chair_app.ui.export_flow import default_export_folder
from chair_app.ui.fields import DateField, TimeField
from chair_app.ui.meeting_controller import MeetingController
from chair_app.ui.steps.base import StepPage, heading_label, make_line_edit, make_text_edit

CORE_GROUP_TYPES = (MeetingType.FIRST_CORE_GROUP, MeetingType.CORE_GROUP)


class NextMeetingPage(StepPage):
    def __init__(self, controller: MeetingController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.date_field = DateField("next_date_edit")
        self.time_field = TimeField("next_time_edit")
        self.venue_edit = make_line_edit(
            "next_venue_edit", self.tr("Venue of the next meeting"), self.tr("Where?")
        )
        self.gap_label = QLabel()
        self.gap_label.setObjectName("next_gap_label")
        self.gap_label.setWordWrap(True)
        self.due_label = QLabel()
        self.due_label.setObjectName("next_due_label")
        self.due_label.setWordWrap(True)
        self.use_latest_button = QPushButton(self.tr("Use the latest date"))
        self.use_latest_button.setObjectName("use_latest_date_button")
        self.use_latest_button.setAccessibleName(
            self.tr("Set the next date to the latest the rule allows")
        )
        self.also_due_label = QLabel()
        self.also_due_label.setObjectName("also_due_label")
        self.also_due_label.setWordWrap(True)
        self.warning_label = QLabel()
        self.warning_label.setObjectName("next_date_warning_label")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #a40000; font-weight: bold;")
        self.warning_label.hide()
        self.invite_button = QPushButton(self.tr("Save calendar invite…"))
        self.invite_button.setObjectName("save_invite_button")
        self.invite_button.setAccessibleName(
            self.tr("Save the next meeting as a calendar file to send")
        )
        self.invite_button.setProperty("always_enabled", True)
        form = QFormLayout()
        # The latest date the rule allows is one key away, right after the date.
        date_row = QHBoxLayout()
        date_row.setContentsMargins(0, 0, 0, 0)
        date_row.addWidget(self.date_field)
        date_row.addWidget(self.use_latest_button, 0, Qt.AlignmentFlag.AlignTop)
        date_row.addStretch(1)
        form.addRow(self.tr("Date"), date_row)
        form.addRow(self.tr("Time"), self.time_field)
        venue_label = QLabel(self.tr("Venue"))
        venue_label.setObjectName("next_venue_label")
        venue_label.setBuddy(self.venue_edit)
        form.addRow(venue_label, self.venue_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.due_label)
        layout.addWidget(self.also_due_label)
        layout.addLayout(form)
        layout.addWidget(self.gap_label)
        layout.addWidget(self.warning_label)
        invite_row = QHBoxLayout()
        invite_row.addWidget(self.invite_button)
        invite_row.addStretch(1)
        layout.addLayout(invite_row)
        self.review_box = self._build_review_conference()
        layout.addWidget(self.review_box)
        layout.addStretch(1)
        self._due: Due | None = None
        self._review_due: Due | None = None
        self._last_review_date: dt.date | None = None
        self.use_latest_button.clicked.connect(self._use_latest)
        self.invite_button.clicked.connect(self._save_invite)
        self.date_field.value_changed.connect(self._on_changed)
        self.time_field.value_changed.connect(self._on_changed)
        self.venue_edit.textEdited.connect(self._on_changed)
        self.review_date_field.value_changed.connect(self._on_review_changed)
        self.early_review_box.toggled.connect(self._on_review_changed)
        self.early_reason_edit.textChanged.connect(self._on_review_changed)
        self.refresh()

    def _build_review_conference(self) -> QWidget:
        """The review conference as a Core Group records it (shown for Core Groups only)."""
        box = QWidget()
        box.setObjectName("review_conference_box")
        self.review_heading = heading_label(
            self.tr("Review conference"), "review_conference_heading"
        )
        self.review_date_field = DateField("review_conference_date_edit")
        self.review_date_field.edit.setAccessibleName(
            self.tr("Date of the next review conference")
        )
        self.review_due_label = QLabel()
        self.review_due_label.setObjectName("review_conference_due_label")
        self.review_due_label.setWordWrap(True)
        self.early_review_box = QCheckBox(
            self.tr("The core group asks for an early review conference")
        )
        self.early_review_box.setObjectName("early_review_box")
        self.early_reason_edit = make_text_edit(
            "early_review_reason_edit",
            self.tr("Why the core group asks for an early review conference"),
            self.tr("Why? e.g. the plan is not keeping the children safe enough"),
        )
        self.early_reason_edit.setFixedHeight(self.early_reason_edit.fontMetrics().height() * 4)
        self.review_message_label = QLabel()
        self.review_message_label.setObjectName("review_conference_message_label")
        self.review_message_label.setWordWrap(True)
        self.review_message_label.setStyleSheet("color: #a40000; font-weight: bold;")
        self.review_message_label.hide()
        date_label = QLabel(self.tr("Next review conference"))
        date_label.setObjectName("review_conference_date_label")
        date_label.setBuddy(self.review_date_field.edit)
        reason_label = QLabel(self.tr("Reason"))
        reason_label.setObjectName("early_review_reason_label")
        reason_label.setBuddy(self.early_reason_edit)
        form = QFormLayout()
        form.addRow(date_label, self.review_date_field)
        form.addRow("", self.early_review_box)
        form.addRow(reason_label, self.early_reason_edit)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(self.review_heading)
        layout.addWidget(self.review_due_label)
        layout.addLayout(form)
        layout.addWidget(self.review_message_label)
        return box

    def refresh(self) -> None:
        self._loading = True
        try:
            nxt = self.controller.meeting.next_meeting
            self._last_date, self._last_time = nxt.date, nxt.time
            self.date_field.set_value(nxt.date)
            self.time_field.set_value(nxt.time)
            if self.venue_edit.text() != nxt.venue:
                self.venue_edit.setText(nxt.venue)
            self._due = self.controller.ctx.schedule.next_meeting_due(self.controller.meeting_id)
            if self._due is None:
                self.due_label.setText(
                    self.tr("No timescale applies to the next meeting of this kind.")
                )
            else:
                self.due_label.setText(
                    self.tr("Latest date: {date}. {explanation}").format(
                        date=format_date(self._due.latest_date), explanation=self._due.explanation
                    )
                )
            self.use_latest_button.setVisible(self._due is not None)
            meeting = self.controller.meeting
            if meeting.meeting_type is MeetingType.INITIAL_CONFERENCE:
                # A conference that makes a plan also sets the first Core Group going.
                first = self.controller.ctx.schedule.due("first-core-group", meeting.date)
                self.also_due_label.setText(
                    self.tr("If a plan is made, the first Core Group is due by {date}. {explanation}")
                    .format(date=format_date(first.latest_date), explanation=first.explanation)
                )
            else:
                self.also_due_label.setText("")
            self.also_due_label.setVisible(bool(self.also_due_label.text()))
            self._update_gap()
            self._refresh_review_conference()
        finally:
            self._loading = False
        self.apply_editable()
        self._update_reason_enabled()

    def _refresh_review_conference(self) -> None:
        meeting = self.controller.meeting
        self.review_box.setVisible(meeting.meeting_type in CORE_GROUP_TYPES)
        if meeting.meeting_type not in CORE_GROUP_TYPES:
            return
        self._last_review_date = meeting.review_conference_date
        self.review_date_field.set_value(meeting.review_conference_date)
        self.early_review_box.setChecked(meeting.early_review_requested)
        if self.early_reason_edit.toPlainText() != meeting.early_review_reason:
            self.early_reason_edit.setPlainText(meeting.early_review_reason)
        due = self.controller.ctx.schedule.review_conference_due(meeting.family_id)
        self._review_due = due
        self.review_due_label.setText(
            self.tr("By the rule: {date}. {explanation}").format(
                date=format_date(due.latest_date), explanation=due.explanation
            )
            if due is not None
            else ""
        )
        self.review_due_label.setVisible(due is not None)
        self._update_review_message(meeting.review_conference_date)

    def _update_reason_enabled(self) -> None:
        editable = self.controller.editable
        self.early_reason_edit.setReadOnly(not (editable and self.early_review_box.isChecked()))
        self.early_reason_edit.setEnabled(self.early_review_box.isChecked())

    def _on_review_changed(self) -> None:
        if self.loading:
            return
        self._update_reason_enabled()
        date = self._last_review_date
        if self.review_date_field.is_valid:
            date = self.review_date_field.value()
        if date is not None and date <= self.controller.meeting.date:
            # Said at once, and the last good date stays saved.
            self._update_review_message(date)
            date = self._last_review_date
        else:
            self._last_review_date = date
            self._update_review_message(date)
        requested = self.early_review_box.isChecked()
        reason = self.early_reason_edit.toPlainText()
        meetings, meeting_id = self.controller.ctx.meetings, self.controller.meeting_id
        self.controller.save_later(
            "review-conference",
            lambda: meetings.set_review_conference(meeting_id, date, requested, reason),
            patch=edits.set_fields(
                review_conference_date=date,
                early_review_requested=requested,
                early_review_reason=reason,
            ),
        )

    def _update_review_message(self, date: dt.date | None) -> None:
        """Say what is wrong or missing: a date not after this meeting, a date later than the
        rule allows (naming the rule), or a request for an early conference with no reason."""
        problems = []
        meeting_date = self.controller.meeting.date
        due = self._review_due
        if date is not None and date <= meeting_date:
            problems.append(
                self.tr(
                    "The review conference must be after this meeting ({date}); "
                    "that date is not saved."
                ).format(date=format_date(meeting_date))
            )
        elif date is not None and due is not None and date > due.latest_date:
            problems.append(
                self.tr(
                    "Warning: {date} is later than the rule allows. {rule} "
                    "The latest date is {latest}."
                ).format(
                    date=format_date(date),
                    rule=due.rule_in_words(),
                    latest=format_date(due.latest_date),
                )
            )
        if self.early_review_box.isChecked() and not self.early_reason_edit.toPlainText().strip():
            problems.append(
                self.tr("Say why the core group asks for an early review conference.")
            )
        self.review_message_label.setText(" ".join(problems))
        self.review_message_label.setVisible(bool(problems))

    def _update_gap(self, date: dt.date | None = None) -> None:
        if date is None and self.date_field.is_valid:
            date = self.date_field.value()
        self._update_warning(date)
        if date is None:
            self.gap_label.setText(self.tr("The next date must be fixed before the meeting closes."))
            return
        days = (date - self.controller.meeting.date).days
        if days <= 0:
            self.gap_label.setText(self.tr("The next meeting must be after this one."))
        else:
            weeks, rest = divmod(days, 7)
            span = self.tr("1 week") if weeks == 1 else self.tr("{weeks} weeks").format(weeks=weeks)
            if rest:
                rest_text = (
                    self.tr("1 day") if rest == 1 else self.tr("{days} days").format(days=rest)
                )
                span = self.tr("{weeks} and {days}").format(weeks=span, days=rest_text)
            self.gap_label.setText(
                self.tr("That is {days} days ({span}) after this meeting.").format(
                    days=days, span=span
                )
            )

    def _on_changed(self) -> None:
        if self.loading:
            return
        # A field with a malformed value shows why at the field; its last valid value stays saved.
        if self.date_field.is_valid:
            self._last_date = self.date_field.value()
        if self.time_field.is_valid:
            self._last_time = self.time_field.value()
        date, time = self._last_date, self._last_time
        venue = self.venue_edit.text()
        meetings, meeting_id = self.controller.ctx.meetings, self.controller.meeting_id
        self.controller.save_later(
            "next-meeting",
            lambda: meetings.set_next_meeting(meeting_id, NextMeeting(date, time, venue)),
            patch=edits.set_next_meeting(NextMeeting(date, time, venue)),
        )
        self._update_gap(date)

    def _update_warning(self, date: dt.date | None) -> None:
        """Say so, naming the rule, when the chosen date is later than the rule allows."""
        if self._due is None or date is None or date <= self._due.latest_date:
            self.warning_label.hide()
            return
        late = (date - self._due.latest_date).days
        # "Warning:" in words: the red is not the only sign (colour-blind chairs, screen readers).
        warning = (
            self.tr(
                "Warning: {date} is 1 day later than the rule allows. {rule} "
                "The latest date is {latest}."
            )
            if late == 1
            else self.tr(
                "Warning: {date} is {late} days later than the rule allows. {rule} "
                "The latest date is {latest}."
            )
        )
        self.warning_label.setText(
            warning.format(
                date=format_date(date),
                late=late,
                rule=self._due.rule_in_words(),
                latest=format_date(self._due.latest_date),
            )
        )
        self.warning_label.show()

    def _use_latest(self) -> None:
        if self._due is None:
            return
        self.date_field.set_value(self._due.latest_date)
        self._last_date = self._due.latest_date
        self.date_field.value_changed.emit(self._due.latest_date)

    def _save_invite(self) -> None:
        ctx, meeting_id = self.controller.ctx, self.controller.meeting_id
        self.controller.flush()
        if self.controller.meeting.next_meeting.date is None:
            ctx.prompts.error(
                self, self.tr("Calendar invite"), self.tr("Fix the date of the next meeting first.")
            )
            return
        suggested = default_export_folder() / ctx.calendar.suggested_file_name(meeting_id)
        path = ctx.prompts.choose_save_file(
            self,
            self.tr("Save the calendar invite"),
            suggested,
            self.tr("Calendar files (*.ics)"),
        )
        if path is None:
            return
        if path.suffix.lower() != ".ics":
            path = path.with_name(path.name + ".ics")
        try:
            ctx.calendar.write_invite(meeting_id, path)
        except ExportFailed as error:
            ctx.prompts.error(self, self.tr("Calendar invite not saved"), str(error))
            return
        missing = ctx.calendar.invitees_without_email(meeting_id)
        saved = self.tr("Saved {file} in {folder}. Send it from your own mail program.").format(
            file=path.name, folder=path.parent
        )
        if missing:
            saved += " " + self.tr(
                "These people have no email address in the network, so tell them another way: "
                "{names}."
            ).format(names=", ".join(missing))
        ctx.prompts.info(self, self.tr("Calendar invite saved"), saved)
