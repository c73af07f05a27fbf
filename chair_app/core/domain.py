"""Plain data of the domain: families, people, meetings and what is recorded in them.

Everything here is a frozen dataclass or an enum, with neither Qt nor the database, so the rules,
the minutes builder and the renderers can be tested without either. Repositories return these.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field

from chair_app.core.language import Language, translate


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
        return self.label_in(None)

    def label_in(self, language: Language | None) -> str:
        """The label in ``language`` (the display language when None)."""
        return _meeting_type_labels(language)[self]


def _meeting_type_labels(language: Language | None) -> dict[MeetingType, str]:
    return {
        MeetingType.FIRST_CORE_GROUP: translate("Domain", "First Core Group", language),
        MeetingType.CORE_GROUP: translate("Domain", "Core Group", language),
        MeetingType.CHILD_IN_NEED: translate("Domain", "Child in Need meeting", language),
        MeetingType.INITIAL_CONFERENCE: translate(
            "Domain", "Initial Child Protection Conference", language
        ),
        MeetingType.REVIEW_CONFERENCE: translate(
            "Domain", "Review Child Protection Conference", language
        ),
        MeetingType.LOOKED_AFTER_REVIEW: translate("Domain", "Looked-After Child review", language),
        MeetingType.STRATEGY: translate("Domain", "Strategy meeting", language),
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
    # Could not go ahead (a Core Group without its social worker); kept, with the reason, so the
    # record shows it was called and why it did not happen.
    NOT_HELD = "not_held"

    @property
    def label(self) -> str:
        return self.label_in(None)

    def label_in(self, language: Language | None) -> str:
        """The label in ``language`` (the display language when None)."""
        return {
            "draft": translate("Domain", "Draft", language),
            "in_progress": translate("Domain", "In progress", language),
            "closed": translate("Domain", "Closed", language),
            "not_held": translate("Domain", "Not held", language),
        }[self.value]


class PlanType(enum.Enum):
    """The plan a child is on."""

    CHILD_PROTECTION = "child_protection"
    CHILD_IN_NEED = "child_in_need"
    NONE = "none"

    @property
    def label(self) -> str:
        return self.label_in(None)

    def label_in(self, language: Language | None) -> str:
        """The label in ``language`` (the display language when None)."""
        return {
            "child_protection": translate("Domain", "Child protection plan", language),
            "child_in_need": translate("Domain", "Child in need plan", language),
            "none": translate("Domain", "No plan", language),
        }[self.value]


class CPCategory(enum.Enum):
    """Categories of a child protection plan (England and Wales); more than one may apply."""

    NEGLECT = "neglect"
    PHYSICAL = "physical"
    EMOTIONAL = "emotional"
    SEXUAL = "sexual"

    @property
    def label(self) -> str:
        return self.label_in(None)

    def label_in(self, language: Language | None) -> str:
        """The label in ``language`` (the display language when None)."""
        return {
            "neglect": translate("Domain", "Neglect", language),
            "physical": translate("Domain", "Physical abuse", language),
            "emotional": translate("Domain", "Emotional abuse", language),
            "sexual": translate("Domain", "Sexual abuse", language),
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
        return self.label_in(None)

    def label_in(self, language: Language | None) -> str:
        """The label in ``language`` (the display language when None)."""
        return {
            "not_recorded": translate("Domain", "Not recorded", language),
            "present": translate("Domain", "Present", language),
            "apologies": translate("Domain", "Sent apologies", language),
            "did_not_attend": translate("Domain", "Did not attend", language),
            "written_report": translate("Domain", "Sent a written report", language),
            "represented": translate("Domain", "Represented by someone else", language),
        }[self.value]


class ActionStatus(enum.Enum):
    """An action's state. Open, partly done and not done actions stay in the plan and are
    carried to the next meeting; done and no longer needed ones leave it there."""

    OPEN = "open"
    DONE = "done"
    PARTLY_DONE = "partly_done"
    NOT_DONE = "not_done"
    NO_LONGER_NEEDED = "no_longer_needed"

    @property
    def stays_in_plan(self) -> bool:
        return self in (ActionStatus.OPEN, ActionStatus.PARTLY_DONE, ActionStatus.NOT_DONE)

    @property
    def label(self) -> str:
        return self.label_in(None)

    def label_in(self, language: Language | None) -> str:
        """The label in ``language`` (the display language when None)."""
        return {
            "open": translate("Domain", "Open", language),
            "done": translate("Domain", "Done", language),
            "partly_done": translate("Domain", "Partly done", language),
            "not_done": translate("Domain", "Not done", language),
            "no_longer_needed": translate("Domain", "No longer needed", language),
        }[self.value]


class VoteChoice(enum.Enum):
    NOT_VOTED = "not_voted"
    FOR = "for"
    AGAINST = "against"
    ABSTAIN = "abstain"

    @property
    def label(self) -> str:
        return self.label_in(None)

    def label_in(self, language: Language | None) -> str:
        """The label in ``language`` (the display language when None)."""
        return {
            "not_voted": translate("Domain", "Not voted", language),
            "for": translate("Domain", "For", language),
            "against": translate("Domain", "Against", language),
            "abstain": translate("Domain", "Abstain", language),
        }[self.value]


@dataclass(frozen=True, slots=True)
class Withholding:
    """Who one item of the record is kept from, whatever copy or screen shows it.

    from_family: every family member and their advocates (people who are not professionals),
    the usual case for third-party information. from_people: named people (a parent excluded
    from one agency's update, say), professionals or not. Nothing set: the item is withheld from
    nobody.
    """

    from_family: bool = False
    from_people: tuple[int, ...] = ()

    def __bool__(self) -> bool:
        return self.from_family or bool(self.from_people)

    def to_text(self) -> str:
        """As stored: "family" and/or person ids, comma-separated ("" for nobody)."""
        parts = (["family"] if self.from_family else []) + [
            str(i) for i in sorted(set(self.from_people))
        ]
        return ",".join(parts)

    @classmethod
    def from_text(cls, text: str | None) -> Withholding:
        parts = [part.strip() for part in (text or "").split(",") if part.strip()]
        return cls(
            "family" in parts, tuple(sorted({int(part) for part in parts if part.isdigit()}))
        )


NOT_WITHHELD = Withholding()


@dataclass(frozen=True, slots=True)
class Child:
    """A child of the family. An unborn child has no date of birth but an expected date of
    delivery; recording the birth later keeps the same id, so its history follows it."""

    id: int
    name: str
    date_of_birth: dt.date | None
    plan: PlanType
    categories: tuple[CPCategory, ...] = ()
    unborn: bool = False
    expected_date: dt.date | None = None


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
    """How one person took part.

    represented_by: the representative's name as typed (older records); representative_id: the
    representative as a person of the network, who speaks, scores and votes for this person's
    agency. absence_reason: why someone was not there. arrived_at / left_at: arrived late or left
    early. interpreter: the language an interpreter was needed for ("" for none).
    """

    person_id: int
    status: AttendanceStatus = AttendanceStatus.NOT_RECORDED
    report_text: str = ""
    represented_by: str = ""
    invited: bool = True
    absence_reason: str = ""
    arrived_at: dt.time | None = None
    left_at: dt.time | None = None
    interpreter: str = ""
    representative_id: int | None = None
    report_withheld: Withholding = NOT_WITHHELD


@dataclass(frozen=True, slots=True)
class DangerStatement:
    """A danger statement paired with its safety goal; position orders them in the meeting."""

    id: int
    position: int
    statement: str
    safety_goal: str
    # The statement of the previous meeting this one was carried from (None: new here), and the
    # first statement of the chain, which ties its scores together across meetings.
    carried_from_id: int | None = None
    lineage_id: int | None = None
    child_ids: tuple[int, ...] = ()  # the children it applies to; () means every child
    # What lies behind the statement (sources, third-party detail); may be withheld.
    notes: str = ""
    notes_withheld: Withholding = NOT_WITHHELD


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
    child_ids: tuple[int, ...] = ()  # the children it is for; () means every child
    # Carried from the previous meeting's plan (None: agreed at this meeting). A carried action
    # is reviewed: the work done, and the difference it made for the child.
    carried_from_id: int | None = None
    work_done: str = ""
    difference_for_child: str = ""
    # Owners besides owner_id: more people of the network (a joint action), the family as a
    # whole, or someone named who is not in the network (a friend in the safety network).
    joint_owner_ids: tuple[int, ...] = ()
    owner_family: bool = False
    owner_other: str = ""

    @property
    def owner_ids(self) -> tuple[int, ...]:
        """Every owner in the network, the first one first."""
        first = () if self.owner_id is None else (self.owner_id,)
        return first + tuple(i for i in self.joint_owner_ids if i != self.owner_id)

    @property
    def is_carried(self) -> bool:
        return self.carried_from_id is not None


@dataclass(frozen=True, slots=True)
class Vote:
    """A vote, or (for family members and advocates, who do not vote) what they said; the
    choice of someone who does not vote is NOT_VOTED."""

    person_id: int
    choice: VoteChoice
    reason: str = ""
    reason_withheld: Withholding = NOT_WITHHELD


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
    worries_withheld: Withholding = NOT_WITHHELD
    working_well_withheld: Withholding = NOT_WITHHELD
    needs_to_happen_withheld: Withholding = NOT_WITHHELD


@dataclass(frozen=True, slots=True)
class ContingencyPart:
    """One further part of the contingency plan (the first part is Meeting.contingency), each
    with its own withholding: a safe address, say, kept from one parent."""

    id: int
    position: int
    text: str = ""
    withheld: Withholding = NOT_WITHHELD


@dataclass(frozen=True, slots=True)
class NextMeeting:
    date: dt.date | None = None
    time: dt.time | None = None
    venue: str = ""


class PlanView(enum.Enum):
    """A professional's view, or the chair's decision, on one child at a conference.

    At an initial conference: should the child be subject to a child protection plan?
    At a review conference: does the plan continue or end?
    """

    NOT_GIVEN = "not_given"
    PLAN = "plan"
    NO_PLAN = "no_plan"

    def label_for(self, meeting_type: MeetingType) -> str:
        if self is PlanView.NOT_GIVEN:
            return translate("Domain", "No view given")
        if meeting_type is MeetingType.REVIEW_CONFERENCE:
            if self is PlanView.PLAN:
                return translate("Domain", "Plan continues")
            return translate("Domain", "Plan ends")
        if self is PlanView.PLAN:
            return translate("Domain", "Child protection plan")
        return translate("Domain", "No plan")


@dataclass(frozen=True, slots=True)
class AgencyUpdate:
    """What one person (an agency's representative, or a family member) reported."""

    person_id: int
    text: str
    # Confidential third-party information: in professionals' copies, left out of family ones.
    third_party: bool = False
    # Named people it is kept from as well (a parent excluded from this update only).
    withheld_from_people: tuple[int, ...] = ()

    @property
    def withheld(self) -> Withholding:
        return Withholding(self.third_party, self.withheld_from_people)


@dataclass(frozen=True, slots=True)
class ChildViews:
    """A child's wishes and feelings, and how they were gathered (seen alone, Three Houses...)."""

    child_id: int
    views: str = ""
    how_gathered: str = ""
    withheld: Withholding = NOT_WITHHELD


@dataclass(frozen=True, slots=True)
class ChildPlanView:
    """One professional's view on one child at a conference."""

    child_id: int
    person_id: int
    view: PlanView
    categories: tuple[CPCategory, ...] = ()
    reason: str = ""


@dataclass(frozen=True, slots=True)
class ChildDecision:
    """The chair's decision for one child, recorded apart from the views.

    reason is required when the decision differs from the majority of views.
    cin_follows: at a review conference that ends the plan, whether a child in need plan follows.
    """

    child_id: int
    decision: PlanView = PlanView.NOT_GIVEN
    categories: tuple[CPCategory, ...] = ()
    reason: str = ""
    cin_follows: bool = False


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
    reasons: str = ""
    updates: tuple[AgencyUpdate, ...] = ()
    child_views: tuple[ChildViews, ...] = ()
    contingency: str = ""
    plan_views: tuple[ChildPlanView, ...] = ()
    child_decisions: tuple[ChildDecision, ...] = ()
    # What was missing when the chair went ahead with an inquorate conference; "" if quorate.
    quorum_shortfall: str = ""
    # A strategy meeting is for professionals; the chair acknowledged family members present.
    non_professionals_acknowledged: bool = False
    not_held_reason: str = ""
    contingency_withheld: Withholding = NOT_WITHHELD
    contingency_parts: tuple[ContingencyPart, ...] = ()
    children_present: tuple[int, ...] = ()  # ids of the children who came to the meeting
    # The chair's summary, printed in the closing section of the minutes above the sign-off.
    chair_summary: str = ""
    # Core Groups: the date of the next review conference, and any request for an early one.
    review_conference_date: dt.date | None = None
    early_review_requested: bool = False
    early_review_reason: str = ""

    def update_of(self, person_id: int) -> str:
        return next((u.text for u in self.updates if u.person_id == person_id), "")

    def views_of_child(self, child_id: int) -> ChildViews:
        return next((v for v in self.child_views if v.child_id == child_id), ChildViews(child_id))

    def plan_view_of(self, child_id: int, person_id: int) -> ChildPlanView:
        return next(
            (v for v in self.plan_views if v.child_id == child_id and v.person_id == person_id),
            ChildPlanView(child_id, person_id, PlanView.NOT_GIVEN),
        )

    def decision_for(self, child_id: int) -> ChildDecision:
        return next(
            (d for d in self.child_decisions if d.child_id == child_id), ChildDecision(child_id)
        )

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
        """Closed, or recorded as not held: either way the record no longer changes."""
        return self.status in (MeetingStatus.CLOSED, MeetingStatus.NOT_HELD)
