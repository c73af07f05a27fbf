"""Elapsed time on the current step and the meeting, with a gentle signal when a step runs over.

Time is counted only while the meeting is in progress and a step is on screen (monotonic clock
from the context). What has been counted is saved through ``MeetingService.record_step_time``
when the step changes or the meeting is left (the controller's flush), and every
``SAVE_EVERY_MS`` while a step stays on screen: never a write per second. Each save is one small
upsert on the main thread, as the autosave of typed text is, so it is ordered before closing.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from chair_app.core.agenda import AgendaStep, StepKey, planned_minutes
from chair_app.core.domain import MeetingStatus
from chair_app.core.errors import MeetingClosed, StorageUnavailable
from chair_app.core.turns import StepTimes, format_duration, over_by_text
from chair_app.ui.meeting_controller import MeetingController

logger = logging.getLogger(__name__)

TICK_MS = 1000
SAVE_EVERY_MS = 30_000
OVER_STYLE = "color: #7a4100; background: #fff1d6; border-radius: 3px; padding: 1px 6px;"


class StepClock(QWidget):
    """The clock line above a step's page: "This step: 3:12 of 10 min", "Meeting: 40:05 of
    95 min", and "Over planned time by 3 min" (text and colour) once the step runs over."""

    def __init__(
        self,
        controller: MeetingController,
        agenda: tuple[AgendaStep, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("step_clock")
        self._controller = controller
        self._agenda = {step.key: step for step in agenda}
        self._planned_meeting = planned_minutes(agenda)
        self._key: StepKey | None = None
        self._over: str | None = None
        self.times = self._stored_times()

        self.step_elapsed_label = QLabel()
        self.step_elapsed_label.setObjectName("step_elapsed_label")
        self.meeting_elapsed_label = QLabel()
        self.meeting_elapsed_label.setObjectName("meeting_elapsed_label")
        self.step_over_label = QLabel()
        self.step_over_label.setObjectName("step_over_label")
        self.step_over_label.setStyleSheet(OVER_STYLE)
        self.step_over_label.setVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.step_elapsed_label)
        layout.addWidget(self.step_over_label)
        layout.addStretch(1)
        layout.addWidget(self.meeting_elapsed_label)

        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.refresh)
        self._save_timer = QTimer(self)
        self._save_timer.setInterval(SAVE_EVERY_MS)
        self._save_timer.timeout.connect(self.save)
        controller.add_flush_hook(self.save)
        controller.structure_changed.connect(self._on_structure_changed)

    @property
    def _timing(self) -> bool:
        return self._controller.meeting.status is MeetingStatus.IN_PROGRESS

    def show_step(self, key: StepKey) -> None:
        """The step now on screen; its time runs while the meeting is in progress."""
        self._key = key
        self._follow()

    def _on_structure_changed(self) -> None:
        self._follow()

    def _follow(self) -> None:
        """Start or stop counting to match the meeting's status and the step shown."""
        key = self._key.value if self._key is not None and self._timing else None
        if key != self.times.step:
            self.times.show(key)
        if key is None:
            self._tick.stop()
            self._save_timer.stop()
            self.save()
            if self._controller.meeting.is_closed:
                # Over: show exactly what is kept (and printed, and shown on reopening), not
                # the parts of a second still counted here that no save will ever add.
                self.times = self._stored_times()
        else:
            self._tick.start()
            self._save_timer.start()
        self.refresh()

    def refresh(self) -> None:
        """Update the labels from the clock (every second while timing; tests call it)."""
        if self._key is None:
            return
        step = self._agenda[self._key]
        spent = self.times.spent(self._key.value)
        status = self._controller.meeting.status
        if not self._timing and status is MeetingStatus.DRAFT:
            self.step_elapsed_label.setText(self.tr("Time is kept once the meeting has started."))
        elif status not in (MeetingStatus.DRAFT, MeetingStatus.IN_PROGRESS):
            # Over: what was spent, not a clock standing still at "0:00 of 10 min planned".
            self._show_spent(step.minutes, spent)
            return
        elif step.minutes is not None:
            self.step_elapsed_label.setText(
                self.tr("This step: {spent} of {planned} min planned").format(
                    spent=format_duration(spent), planned=step.minutes
                )
            )
        else:
            self.step_elapsed_label.setText(
                self.tr("This step: {spent}").format(spent=format_duration(spent))
            )
        whole = format_duration(self.times.meeting_spent)
        if self._planned_meeting is not None:
            meeting = self.tr("Meeting: {spent} of {planned} min planned").format(
                spent=whole, planned=self._planned_meeting
            )
        else:
            meeting = self.tr("Meeting: {spent}").format(spent=whole)
        self.meeting_elapsed_label.setText(meeting)
        over = over_by_text(spent, step.minutes) if step.minutes is not None else None
        if over != self._over:  # only on a change, so a screen reader hears it once
            self._over = over
            self.step_over_label.setText(over or "")
            self.step_over_label.setAccessibleName(over or "")
            self.step_over_label.setVisible(over is not None)

    def _show_spent(self, planned: int | None, spent: float) -> None:
        if self.times.meeting_spent == 0:
            self.step_elapsed_label.setText(self.tr("No times were kept for this meeting."))
            self.meeting_elapsed_label.setText("")
        else:
            step_text = self.tr("Time spent on this step: {spent}").format(
                spent=format_duration(spent)
            )
            if planned is not None:
                step_text += " " + self.tr("(planned {minutes} min)").format(minutes=planned)
            self.step_elapsed_label.setText(step_text)
            whole = self.tr("Whole meeting: {spent}").format(
                spent=format_duration(self.times.meeting_spent)
            )
            if self._planned_meeting is not None:
                whole += " " + self.tr("(planned {minutes} min)").format(
                    minutes=self._planned_meeting
                )
            self.meeting_elapsed_label.setText(whole)
        self._over = None
        self.step_over_label.setVisible(False)

    def _stored_times(self) -> StepTimes:
        meetings = self._controller.ctx.meetings
        saved = {key.value: float(s) for key, s in meetings.step_times(self._controller.meeting_id).items()}
        return StepTimes(self._controller.ctx.monotonic, saved)

    def save(self) -> None:
        """Save the seconds counted since the last save: one small upsert, like the autosave
        of typed text, and in the same order as the other writes (so it always lands before the
        meeting is closed). At most every 30 s, plus each flush."""
        unsaved = self.times.take_unsaved()
        if not unsaved:
            return
        try:
            self._controller.ctx.meetings.record_step_time(self._controller.meeting_id, unsaved)
        except MeetingClosed:
            # Closing flushes first: only the instant between that flush and closing is lost.
            logger.debug("step time after closing not kept")
        except StorageUnavailable:
            logger.warning("time spent per step not saved; kept for the next save")
            self.times.put_back(unsaved)
