"""A deadline a family's record is waiting for (next meeting, minutes) and where it stands."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from chair_app.core.language import translate
from chair_app.core.timescales import Due


class DeadlineState(enum.Enum):
    DUE = "due"
    OVERDUE = "overdue"
    SCHEDULED = "scheduled"  # a meeting is booked on or before the latest date
    SCHEDULED_LATE = "scheduled_late"  # a meeting is booked, but after the latest date

    @property
    def label(self) -> str:
        return {
            "due": translate("Deadlines", "Due"),
            "overdue": translate("Deadlines", "Overdue"),
            "scheduled": translate("Deadlines", "Booked"),
            "scheduled_late": translate("Deadlines", "Booked late"),
        }[self.value]


@dataclass(frozen=True, slots=True)
class Deadline:
    """One thing a family's record is waiting for, and where it stands."""

    what: str
    due: Due
    state: DeadlineState
    detail: str
