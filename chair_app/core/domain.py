"""Plain data of the domain: families, people, meetings and what is recorded in them.

Everything here is a frozen dataclass or an enum, with neither Qt nor the database, so the rules,
the minutes builder and the renderers can be tested without either. Repositories return these.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field


class MeetingType(enum.Enum):
    """Kinds of meeting the record can hold, each with its own agenda and rules."""

    FIRST_CORE_GROUP = "first_core_group"
    CORE_GROUP = "core_group"
    CHILD_IN_NEED = "child_in_need"
    INITIAL_CONFERENCE = "initial_conference"
    REVIEW_CONFERENCE = "review_conference"
    LOOKED_AFTER_REVIEW = "looked_after_review"
    STRATEGY = "strategy"

    @property
    def label(self) -> str:
        return _MEETING_TYPE_LABELS[self]


_MEETING_TYPE_LABELS = {
    MeetingType.FIRST_CORE_GROUP: "First Core Group",
    MeetingType.CORE_GROUP: "Core Group",
    MeetingType.CHILD_IN_NEED: "Child in Need meeting",
    MeetingType.INITIAL_CONFERENCE: "Initial Child Protection Conference",
    MeetingType.REVIEW_CONFERENCE: "Review Child Protection Conference",
    MeetingType.LOOKED_AFTER_REVIEW: "Looked-After Child review",
    MeetingType.STRATEGY: "Strategy meeting",
}

# Types the walk-through offers, in the order a case usually meets them.
SUPPORTED_MEETING_TYPES: tuple[MeetingType, ...] = (
    MeetingType.STRATEGY,
    MeetingType.INITIAL_CONFERENCE,
    MeetingType.FIRST_CORE_GROUP,
    MeetingType.CORE_GROUP,
    MeetingType.REVIEW_CONFERENCE,
    MeetingType.CHILD_IN_NEED,
    MeetingType.LOOKED_AFTER_REVIEW,
)


class MeetingStatus(enum.Enum):
    """A meeting moves draft -> in progress -> closed, never backwards."""

    DRAFT = "draft"
    IN_PROGRESS = "in_progress"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return {"draft": "Draft", "in_progress": "In progress", "closed": "Closed"}[self.value]


class PlanType(enum.Enum):
    """The plan a child is on."""

    CHILD_PROTECTION = "child_protection"
    CHILD_IN_NEED = "child_in_need"
    NONE = "none"

    @property
    def label(self) -> str:
        return {
            "child_protection": "Child protection plan",
            "child_in_need": "Child in need plan",
            "none": "No plan",
        }[self.value]


class CPCategory(enum.Enum):
    """Categories of a child protection plan (England and Wales); more than one may apply."""

    NEGLECT = "neglect"
    PHYSICAL = "physical"
    EMOTIONAL = "emotional"
    SEXUAL = "sexual"

    @property
    def label(self) -> str:
        return {
            "neglect": "Neglect",
            "physical": "Physical abuse",
            "emotional": "Emotional abuse",
            "sexual": "Sexual abuse",
        }[self.value]


class AttendanceStatus(enum.Enum):
    """How each member of the network took part in a meeting."""

    NOT_RECORDED = "not_recorded"
    PRESENT = "present"
    APOLOGIES = "apologies"
    DID_NOT_ATTEND = "did_not_attend"
    WRITTEN_REPORT = "written_report"
    REPRESENTED = "represented"

    @property
    def label(self) -> str:
        return {
            "not_recorded": "Not recorded",
            "present": "Present",
            "apologies": "Sent apologies",
            "did_not_attend": "Did not attend",
            "written_report": "Sent a written report",
            "represented": "Represented by someone else",
        }[self.value]


class ActionStatus(enum.Enum):
    OPEN = "open"
    DONE = "done"
    NOT_DONE = "not_done"
    NO_LONGER_NEEDED = "no_longer_needed"

    @property
    def label(self) -> str:
        return {
            "open": "Open",
            "done": "Done",
            "not_done": "Not done",
            "no_longer_needed": "No longer needed",
        }[self.value]


class VoteChoice(enum.Enum):
    NOT_VOTED = "not_voted"
    FOR = "for"
    AGAINST = "against"
    ABSTAIN = "abstain"

    @property
    def label(self) -> str:
        return {"not_voted": "Not voted", "for": "For", "against": "Against", "abstain": "Abstain"}[
            self.value
        ]


@dataclass(frozen=True, slots=True)
class Child:
    id: int
    name: str
    date_of_birth: dt.date | None
    plan: PlanType
    categories: tuple[CPCategory, ...] = ()


@dataclass(frozen=True, slots=True)
class Person:
    """A member of the family's network: family, friends, advocates and professionals."""

    id: int
    name: str
    role: str
    agency: str
    is_professional: bool
    phone: str = ""
    email: str = ""


@dataclass(frozen=True, slots=True)
class MeetingSummary:
    id: int
    family_id: int
    meeting_type: MeetingType
    date: dt.date
    status: MeetingStatus


@dataclass(frozen=True, slots=True)
class Family:
    id: int
    name: str
    children: tuple[Child, ...] = ()
    people: tuple[Person, ...] = ()
    meetings: tuple[MeetingSummary, ...] = ()

    def person(self, person_id: int | None) -> Person | None:
        return next((p for p in self.people if p.id == person_id), None)


@dataclass(frozen=True, slots=True)
class FamilySummary:
    id: int
    name: str
    child_names: tuple[str, ...]
    meeting_count: int


@dataclass(frozen=True, slots=True)
class AttendanceEntry:
    person_id: int
    status: AttendanceStatus = AttendanceStatus.NOT_RECORDED
    report_text: str = ""
    represented_by: str = ""


@dataclass(frozen=True, slots=True)
class DangerStatement:
    """A danger statement paired with its safety goal; position orders them in the meeting."""

    id: int
    position: int
    statement: str
    safety_goal: str


@dataclass(frozen=True, slots=True)
class Score:
    """One person's score on one scale. statement_id None means the overall scale."""

    person_id: int
    statement_id: int | None
    value: int
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Action:
    id: int
    what: str
    owner_id: int | None
    due_date: dt.date | None
    goal_statement_id: int | None
    status: ActionStatus = ActionStatus.OPEN


@dataclass(frozen=True, slots=True)
class Vote:
    person_id: int
    choice: VoteChoice
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Decision:
    id: int
    position: int
    question: str
    votes: tuple[Vote, ...] = ()


@dataclass(frozen=True, slots=True)
class ThreeColumns:
    worries: str = ""
    working_well: str = ""
    needs_to_happen: str = ""


@dataclass(frozen=True, slots=True)
class NextMeeting:
    date: dt.date | None = None
    time: dt.time | None = None
    venue: str = ""


@dataclass(frozen=True, slots=True)
class Meeting:
    """Everything recorded in one meeting. Attendance holds an entry for each recorded person."""

    id: int
    family_id: int
    meeting_type: MeetingType
    date: dt.date
    start_time: dt.time | None
    venue: str
    chair_id: int | None
    minute_taker_id: int | None
    status: MeetingStatus
    attendance: tuple[AttendanceEntry, ...] = ()
    statements: tuple[DangerStatement, ...] = ()
    scores: tuple[Score, ...] = ()
    columns: ThreeColumns = field(default_factory=ThreeColumns)
    actions: tuple[Action, ...] = ()
    decisions: tuple[Decision, ...] = ()
    next_meeting: NextMeeting = field(default_factory=NextMeeting)

    def attendance_of(self, person_id: int) -> AttendanceEntry:
        for entry in self.attendance:
            if entry.person_id == person_id:
                return entry
        return AttendanceEntry(person_id=person_id)

    def score_of(self, person_id: int, statement_id: int | None) -> Score | None:
        for score in self.scores:
            if score.person_id == person_id and score.statement_id == statement_id:
                return score
        return None

    @property
    def is_closed(self) -> bool:
        return self.status is MeetingStatus.CLOSED
