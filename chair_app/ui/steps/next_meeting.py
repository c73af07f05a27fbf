"""Step 7: the next meeting's date, time and venue."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from chair_app.core.domain import NextMeeting
from chair_app.ui.fields import DateField, TimeField
from chair_app.ui.meeting_controller import MeetingController
from chair_app.ui.steps.base import StepPage, make_line_edit


class NextMeetingPage(StepPage):
    def __init__(self, controller: MeetingController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.date_field = DateField("next_date_edit")
        self.time_field = TimeField("next_time_edit")
        self.venue_edit = make_line_edit("next_venue_edit", "Venue of the next meeting", "Where?")
        self.gap_label = QLabel()
        self.gap_label.setObjectName("next_gap_label")
        self.gap_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Date", self.date_field)
        form.addRow("Time", self.time_field)
        form.addRow("Venue", self.venue_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.gap_label)
        layout.addStretch(1)
        self.date_field.value_changed.connect(self._on_changed)
        self.time_field.value_changed.connect(self._on_changed)
        self.venue_edit.textEdited.connect(self._on_changed)
        self.refresh()

    def refresh(self) -> None:
        self._loading = True
        try:
            nxt = self.controller.meeting.next_meeting
            self._last_date, self._last_time = nxt.date, nxt.time
            self.date_field.set_value(nxt.date)
            self.time_field.set_value(nxt.time)
            if self.venue_edit.text() != nxt.venue:
                self.venue_edit.setText(nxt.venue)
            self._update_gap()
        finally:
            self._loading = False
        self.apply_editable()

    def _update_gap(self, date: dt.date | None = None) -> None:
        if date is None and self.date_field.is_valid:
            date = self.date_field.value()
        if date is None:
            self.gap_label.setText("The next date must be fixed before the meeting closes.")
            return
        days = (date - self.controller.meeting.date).days
        if days <= 0:
            self.gap_label.setText("The next meeting must be after this one.")
        else:
            weeks, rest = divmod(days, 7)
            span = f"{weeks} week{'s' if weeks != 1 else ''}" + (f" and {rest} day{'s' if rest != 1 else ''}" if rest else "")
            self.gap_label.setText(f"That is {days} days ({span}) after this meeting.")

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
        )
        self._update_gap(date)
