"""The time spent on each agenda step of a meeting (counted by the walk-through's step clock,
ui.step_clock), and whether the chair asked for it to be printed in the minutes."""

from __future__ import annotations

from chair_app.core.agenda import StepKey
from chair_app.core.errors import MeetingClosed
from chair_app.core.language import translate
from chair_app.core.rules import RuleViolation
from chair_app.models.db import SessionFactory
from chair_app.models.meeting_record import STEP_TIMES_SETTING
from chair_app.models.repositories import (
    MeetingRepository,
    SettingsRepository,
    StepTimeRepository,
)

_STEP_VALUES = frozenset(key.value for key in StepKey)


class StepTimes:
    def __init__(self, factory: SessionFactory) -> None:
        self._meetings = MeetingRepository(factory)
        self._step_times = StepTimeRepository(factory)
        self._settings = SettingsRepository(factory)

    def record(self, meeting_id: int, seconds_by_step: dict[str, int]) -> None:
        """Add time spent on agenda steps to what the meeting already has.

        Args:
            seconds_by_step: whole seconds per ``StepKey`` value; zero or negative are ignored.

        Raises:
            RuleViolation: a step is not a known agenda step.
            MeetingClosed: the meeting is closed; the time it took is already kept.
        """
        unknown = sorted(set(seconds_by_step) - _STEP_VALUES)
        if unknown:
            raise RuleViolation(
                translate("StepTimes", "Not an agenda step: {steps}.").format(
                    steps=", ".join(unknown)
                )
            )
        useful = {step: int(s) for step, s in seconds_by_step.items() if int(s) > 0}
        if useful:
            self._step_times.add(meeting_id, useful)

    def of_meeting(self, meeting_id: int) -> dict[StepKey, int]:
        """The seconds spent on each step so far (steps never shown are left out)."""
        return {
            StepKey(step): seconds
            for step, seconds in self._step_times.of_meeting(meeting_id).items()
            if step in _STEP_VALUES
        }

    def printed(self, meeting_id: int) -> bool:
        """Whether the chair asked for the time spent on each step to be printed in the
        minutes (off unless asked)."""
        return self._settings.get(STEP_TIMES_SETTING.format(meeting_id), "") == "yes"

    def set_printed(self, meeting_id: int, wanted: bool) -> None:
        """Raises:
            MeetingClosed: the meeting is closed; its minutes no longer change.
        """
        if self._meetings.get(meeting_id).is_closed:
            raise MeetingClosed()
        self._settings.set(STEP_TIMES_SETTING.format(meeting_id), "yes" if wanted else "")
