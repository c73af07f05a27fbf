"""One meeting's whole record, read once: what every copy of its minutes is built from.

The models layer loads it in one read (models.meeting_record); core.minutes_copy builds the
minutes of any copy from it, without going back to the database.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from dataclasses import dataclass, field

from chair_app.core.domain import Action, Family, Meeting
from chair_app.core.lifecycle import MinutesRecord, MinutesStatus


class CopyKind(enum.Enum):
    FULL = "full"
    PERSON = "person"
    FAMILY_SUMMARY = "family_summary"


@dataclass(frozen=True, slots=True)
class CopyRequest:
    kind: CopyKind = CopyKind.FULL
    person_id: int | None = None  # for a PERSON copy


@dataclass(frozen=True, slots=True)
class KeptChart:
    """The scaling chart drawn for a meeting, kept with the key of the scores it shows
    (core.minutes_copy.chart_key): reused while the scores are the same."""

    key: str
    png: bytes


@dataclass(frozen=True, slots=True)
class MeetingRecord:
    """A meeting's whole record as its minutes need it.

    Attributes:
        meeting: the meeting's full record.
        family: the family as the record names it (as it stood at the close, for a closed
            meeting).
        earlier: the family's earlier closed meetings that count for the scores over time (not
            strategy meetings), oldest first; each with its heading, statements and scores only.
        action_histories: for each carried action of this meeting, the action as it stood in
            each earlier meeting it was carried through, oldest first, with that meeting's date.
        minutes: the minutes' state after the meeting (versions, distribution, comments,
            corrections, addenda, exclusions).
        step_times: seconds spent on each step (StepKey values), as stored.
        prints_step_times: whether the chair asked for the step times in the minutes.
        chart: the scaling chart kept for this meeting, if one was kept.
    """

    meeting: Meeting
    family: Family
    earlier: tuple[Meeting, ...] = ()
    action_histories: Mapping[int, tuple[tuple[dt.date, Action], ...]] = field(
        default_factory=dict
    )
    minutes: MinutesRecord = field(default_factory=lambda: MinutesRecord(MinutesStatus.DRAFT))
    step_times: Mapping[str, int] = field(default_factory=dict)
    prints_step_times: bool = False
    chart: KeptChart | None = None
