"""Rules that depend on the type of meeting: who must be there, who may be there, quoracy, and
the per-child decision of a child protection conference."""

from __future__ import annotations

from dataclasses import dataclass

from chair_app.core.domain import (
    AttendanceStatus,
    ChildDecision,
    Family,
    Meeting,
    MeetingType,
    Person,
    PlanView,
)
from chair_app.core.language import translate

CONFERENCE_TYPES = frozenset({MeetingType.INITIAL_CONFERENCE, MeetingType.REVIEW_CONFERENCE})
# A Core Group should not go ahead without the allocated social worker (Barnsley guidance, S2);
# a Child in Need meeting may.
SOCIAL_WORKER_REQUIRED_TYPES = frozenset({MeetingType.FIRST_CORE_GROUP, MeetingType.CORE_GROUP})
# Strategy meetings are for professionals only; parents are told the outcome afterwards.
PROFESSIONALS_ONLY_TYPES = frozenset({MeetingType.STRATEGY})
MINIMUM_AGENCIES = 3

SOCIAL_WORKER_MISSING = (
    "A Core Group should not go ahead without the child's social worker, and no social worker "
    "is marked as present."
)


def social_worker_missing_text() -> str:
    """``SOCIAL_WORKER_MISSING`` in the language texts are given in now."""
    return translate(
        "Conference",
        "A Core Group should not go ahead without the child's social worker, and no social "
        "worker is marked as present.",
    )


def is_social_worker(person: Person) -> bool:
    """The allocated social worker, under any of the names the nations give the role."""
    role = person.role.casefold()
    return person.is_professional and (
        "social worker" in role
        or "lead practitioner" in role
        or "care and support protection co-ordinator" in role
    )


def is_childrens_social_care(person: Person) -> bool:
    agency = person.agency.casefold()
    return person.is_professional and (
        is_social_worker(person)
        or any(word in agency for word in ("social care", "social services", "social work"))
    )


def _taking_part(meeting: Meeting, person: Person) -> bool:
    """Present in person, or represented by someone who came in their place."""
    return meeting.attendance_of(person.id).status in (
        AttendanceStatus.PRESENT,
        AttendanceStatus.REPRESENTED,
    )


def conference_voters(meeting: Meeting, family: Family) -> tuple[Person, ...]:
    """Who gives a view on each child at a conference: the professionals present, except the
    chair (who decides, apart from the views) and the minute-taker (who has no other role)."""
    return tuple(
        p
        for p in family.people
        if p.is_professional
        and meeting.attendance_of(p.id).status is AttendanceStatus.PRESENT
        and p.id not in (meeting.chair_id, meeting.minute_taker_id)
    )


def social_worker_missing(meeting: Meeting, family: Family) -> bool:
    """True when this type of meeting needs the social worker and none is present."""
    if meeting.meeting_type not in SOCIAL_WORKER_REQUIRED_TYPES:
        return False
    return not any(
        is_social_worker(p)
        and meeting.attendance_of(p.id).status is AttendanceStatus.PRESENT
        for p in family.people
    )


def needs_acknowledgement(meeting: Meeting, person: Person, status: AttendanceStatus) -> bool:
    """Marking a family member or advocate present at a strategy meeting needs the chair's
    acknowledgement, once per meeting."""
    return (
        meeting.meeting_type in PROFESSIONALS_ONLY_TYPES
        and not person.is_professional
        and status is AttendanceStatus.PRESENT
        and not meeting.non_professionals_acknowledged
    )


NON_PROFESSIONAL_AT_STRATEGY = (
    "A strategy meeting is for professionals only: parents are told the outcome afterwards, "
    "unless that would put the child at risk. Record {name} as present anyway?"
)


@dataclass(frozen=True, slots=True)
class QuorumCheck:
    agencies: tuple[str, ...]
    missing: tuple[str, ...]

    @property
    def is_quorate(self) -> bool:
        return not self.missing

    @property
    def shortfall(self) -> str:
        return " ".join(self.missing)


def check_quorum(meeting: Meeting, family: Family, minimum: int = MINIMUM_AGENCIES) -> QuorumCheck:
    """A conference should have at least `minimum` agencies present, children's social care
    among them. Only conferences have a quorum; other meetings are always quorate."""
    if meeting.meeting_type not in CONFERENCE_TYPES:
        return QuorumCheck((), ())
    # The minute-taker does not make an agency present: they hold no other role at a conference.
    taking_part = [
        p
        for p in family.people
        if p.is_professional and _taking_part(meeting, p) and p.id != meeting.minute_taker_id
    ]
    agencies: dict[str, str] = {}
    for person in taking_part:
        name = person.agency.strip() or person.role.strip() or person.name
        agencies.setdefault(name.casefold(), name)
    missing: list[str] = []
    if not any(is_childrens_social_care(p) for p in taking_part):
        missing.append(translate("Conference", "Children's social care is not present."))
    if len(agencies) < minimum:
        present = ", ".join(agencies.values()) or translate("Conference", "none")
        missing.append(
            (
                translate(
                    "Conference", "Only 1 agency is present ({present}); at least {minimum} are needed."
                )
                if len(agencies) == 1
                else translate(
                    "Conference",
                    "Only {count} agencies are present ({present}); at least {minimum} are needed.",
                )
            ).format(count=len(agencies), present=present, minimum=minimum)
        )
    return QuorumCheck(tuple(agencies.values()), tuple(missing))


@dataclass(frozen=True, slots=True)
class PlanTally:
    plan: int
    no_plan: int
    not_given: int

    @property
    def majority(self) -> PlanView | None:
        """The majority view, or None if tied or no view is given."""
        if self.plan > self.no_plan:
            return PlanView.PLAN
        if self.no_plan > self.plan:
            return PlanView.NO_PLAN
        return None

    def summary(self, meeting_type: MeetingType) -> str:
        text = (
            f"{PlanView.PLAN.label_for(meeting_type)}: {self.plan}; "
            f"{PlanView.NO_PLAN.label_for(meeting_type)}: {self.no_plan}"
        )
        if self.not_given:
            text += translate("Conference", "; no view yet: {count}").format(count=self.not_given)
        majority = self.majority
        return text + translate("Conference", ". Majority: {majority}.").format(
            majority=majority.label_for(meeting_type).lower()
            if majority
            else translate("Conference", "none (tied or no views)")
        )


def plan_tally(meeting: Meeting, child_id: int, voters: tuple[Person, ...]) -> PlanTally:
    """Count the views of the professionals present on one child. Anyone else's view is not
    counted (family, friends and advocates are heard, not counted)."""
    views = [meeting.plan_view_of(child_id, p.id).view for p in voters]
    return PlanTally(
        plan=sum(v is PlanView.PLAN for v in views),
        no_plan=sum(v is PlanView.NO_PLAN for v in views),
        not_given=sum(v is PlanView.NOT_GIVEN for v in views),
    )


def differs_from_majority(decision: ChildDecision, tally: PlanTally) -> bool:
    majority = tally.majority
    return (
        decision.decision is not PlanView.NOT_GIVEN
        and majority is not None
        and decision.decision is not majority
    )


def dissenting_views(
    meeting: Meeting, child_id: int, voters: tuple[Person, ...]
) -> tuple[tuple[Person, str], ...]:
    """Professionals whose view differs from the chair's decision: named, with their reason."""
    decision = meeting.decision_for(child_id)
    if decision.decision is PlanView.NOT_GIVEN:
        return ()
    result = []
    for person in voters:
        view = meeting.plan_view_of(child_id, person.id)
        if view.view is not PlanView.NOT_GIVEN and view.view is not decision.decision:
            result.append((person, view.reason))
    return tuple(result)
