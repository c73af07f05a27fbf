"""The rules that depend on the type of meeting (core.conference), and what they add to the close
review and the minutes: the social worker rule, professionals only at a strategy meeting, the
quorum of a conference, and each child's conference decision."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sample_data import sample_family

from chair_app.core.agenda import BUILT_IN_AGENDAS, StepKey
from chair_app.core.conference import (
    SOCIAL_WORKER_MISSING,
    PlanTally,
    check_quorum,
    differs_from_majority,
    dissenting_views,
    is_childrens_social_care,
    is_social_worker,
    needs_acknowledgement,
    plan_tally,
    social_worker_missing,
)
from chair_app.core.domain import (
    AttendanceEntry,
    AttendanceStatus,
    ChildDecision,
    ChildPlanView,
    CPCategory,
    Family,
    Meeting,
    MeetingStatus,
    MeetingType,
    Person,
    PlanView,
)
from chair_app.core.minutes import (
    BulletList,
    MinutesDocument,
    Paragraph,
    Section,
    Subheading,
    Table,
    build_minutes,
)
from chair_app.core.rules import blocking_items, close_review, eligible_voters

# Sample family ids: 1 Dana Quill (mother), 2 Rory Quill (father), 3 Noor Haddad (social worker,
# Children's Social Care), 4 Bryn Ŵyn Pritchard (health visitor, Health), 5 Ines Carvalho (class
# teacher, Elm Street Primary), 6 Sam Okafor (advocate), 7 PC Lyle Hart (police). Children: 1 Poppy
# Quill, 2 Alfie Quill.
MOTHER, FATHER, SW, HV, TEACHER, ADVOCATE, POLICE = 1, 2, 3, 4, 5, 6, 7
POPPY, ALFIE = 1, 2
PLAN, NO_PLAN, NOT_GIVEN = PlanView.PLAN, PlanView.NO_PLAN, PlanView.NOT_GIVEN
P, A, D, W, R = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.APOLOGIES,
    AttendanceStatus.DID_NOT_ATTEND,
    AttendanceStatus.WRITTEN_REPORT,
    AttendanceStatus.REPRESENTED,
)
ALL_PRESENT = {MOTHER: P, FATHER: P, SW: P, HV: P, TEACHER: P, ADVOCATE: P, POLICE: P}
MEETING_DATE = dt.date(2026, 11, 23)


def _meeting(
    meeting_type: MeetingType,
    attendance: dict[int, AttendanceStatus] | None = None,
    **changes: object,
) -> Meeting:
    attendance = ALL_PRESENT if attendance is None else attendance
    meeting = Meeting(
        id=1,
        family_id=1,
        meeting_type=meeting_type,
        date=MEETING_DATE,
        start_time=dt.time(10, 0),
        venue="Elm Street Family Centre",
        # A conference's independent chair and its minute-taker are not in the family's network,
        # so they neither give views nor make an agency present (tests of that set them).
        chair_id=None,
        minute_taker_id=None,
        status=MeetingStatus.IN_PROGRESS,
        attendance=tuple(
            AttendanceEntry(person_id, status, represented_by="DC Mo Finch" if status is R else "")
            for person_id, status in attendance.items()
        ),
    )
    return replace(meeting, **changes)


def _person(person_id: int) -> Person:
    person = sample_family().person(person_id)
    assert person is not None
    return person


def _views(*views: tuple[int, int, PlanView, str]) -> tuple[ChildPlanView, ...]:
    return tuple(
        ChildPlanView(child, person, view, (CPCategory.NEGLECT,) if view is PLAN else (), reason)
        for child, person, view, reason in views
    )


def _pro(person_id: int, name: str, role: str, agency: str, professional: bool = True) -> Person:
    return Person(person_id, name, role, agency, professional)


# The conference used in most decision tests: Poppy, 2 plan (Noor, Bryn) to 1 no plan (PC Hart,
# with a reason), Ines gives no view; the parents and advocate are present but not counted.
SPLIT_VIEWS = _views(
    (POPPY, SW, PLAN, "Poppy is often hungry at school."),
    (POPPY, HV, PLAN, "Missed health appointments."),
    (POPPY, POLICE, NO_PLAN, "No police call-outs since the summer."),
    # A parent's view stored by mistake must never be counted.
    (POPPY, MOTHER, NO_PLAN, "We are coping."),
)


def _voters(meeting: Meeting, family: Family | None = None) -> tuple[Person, ...]:
    return eligible_voters(meeting, family or sample_family())


def _section(document: MinutesDocument, title: str) -> Section:
    matches = [s for s in document.sections if s.title == title]
    assert len(matches) == 1, [s.title for s in document.sections]
    return matches[0]


def _texts(section: Section) -> list[str]:
    texts: list[str] = []
    for block in section.blocks:
        match block:
            case Paragraph(text=text) | Subheading(text=text):
                texts.append(text)
            case BulletList(items=items):
                texts.extend(items)
            case Table(rows=rows):
                texts.extend(" | ".join(row) for row in rows)
    return texts


def _steps(meeting_type: MeetingType) -> tuple[StepKey, ...]:
    return tuple(step.key for step in BUILT_IN_AGENDAS[meeting_type])


# Who is the social worker, and who is children's social care


@pytest.mark.parametrize(
    "role",
    [
        "Social worker",
        "Senior Social Worker",
        "Lead practitioner",
        "Care and support protection co-ordinator",
    ],
)
def test_is_social_worker_recognises_each_nations_name_for_the_role(role: str) -> None:
    assert is_social_worker(_pro(20, "Alex Moss", role, "Children's Services"))


@pytest.mark.parametrize(
    "person",
    [
        _pro(20, "Alex Moss", "Health visitor", "Health"),
        _pro(21, "Cath Bell", "Team manager", "Children's Social Care"),
        # A relative who happens to work as a social worker is family here, not the case's SW.
        _pro(22, "Gwen Quill", "Aunt, a social worker", "", professional=False),
    ],
    ids=["health visitor", "team manager", "relative"],
)
def test_is_social_worker_refuses_anyone_else(person: Person) -> None:
    assert not is_social_worker(person)


@pytest.mark.parametrize(
    "person",
    [
        _pro(20, "Alex Moss", "Social worker", ""),
        _pro(21, "Cath Bell", "Team manager", "Northfield Children's Social Care"),
        _pro(22, "Eli Ross", "Practitioner", "Social Services"),
        _pro(23, "Fay Lowe", "Support worker", "Ayrshire Social Work"),
    ],
    ids=["social worker", "social care", "social services", "social work"],
)
def test_is_childrens_social_care_by_role_or_agency(person: Person) -> None:
    assert is_childrens_social_care(person)


@pytest.mark.parametrize(
    "person",
    [
        _pro(20, "Alex Moss", "Health visitor", "Community Health"),
        _pro(21, "Gwen Quill", "Aunt", "Social Services", professional=False),
    ],
    ids=["health", "not a professional"],
)
def test_is_childrens_social_care_refuses_other_agencies_and_family(person: Person) -> None:
    assert not is_childrens_social_care(person)


# The social worker rule: a Core Group needs the social worker, a Child in Need meeting does not


@pytest.mark.parametrize("meeting_type", [MeetingType.CORE_GROUP, MeetingType.FIRST_CORE_GROUP])
@pytest.mark.parametrize("status", [A, D, W, AttendanceStatus.NOT_RECORDED])
def test_social_worker_missing_core_group_without_the_social_worker(
    meeting_type: MeetingType, status: AttendanceStatus
) -> None:
    meeting = _meeting(meeting_type, {**ALL_PRESENT, SW: status})
    assert social_worker_missing(meeting, sample_family())


@pytest.mark.parametrize("meeting_type", [MeetingType.CORE_GROUP, MeetingType.FIRST_CORE_GROUP])
def test_social_worker_missing_not_when_the_social_worker_is_present(
    meeting_type: MeetingType,
) -> None:
    assert not social_worker_missing(_meeting(meeting_type), sample_family())


def test_social_worker_missing_a_team_manager_present_does_not_stand_in() -> None:
    family = sample_family()
    manager = _pro(8, "Cath Bell", "Team manager", "Children's Social Care")
    family = replace(family, people=family.people + (manager,))
    meeting = _meeting(MeetingType.CORE_GROUP, {**ALL_PRESENT, SW: A, 8: P})
    assert social_worker_missing(meeting, family)


@pytest.mark.parametrize(
    "meeting_type",
    [t for t in MeetingType if t not in (MeetingType.CORE_GROUP, MeetingType.FIRST_CORE_GROUP)],
)
def test_social_worker_missing_only_core_groups_need_the_social_worker(
    meeting_type: MeetingType,
) -> None:
    meeting = _meeting(meeting_type, {**ALL_PRESENT, SW: A})
    assert not social_worker_missing(meeting, sample_family())


# Strategy meetings: professionals only


@pytest.mark.parametrize("person_id", [MOTHER, ADVOCATE])
def test_needs_acknowledgement_family_or_advocate_present_at_a_strategy_meeting(
    person_id: int,
) -> None:
    meeting = _meeting(MeetingType.STRATEGY, {})
    assert needs_acknowledgement(meeting, _person(person_id), P)


def test_needs_acknowledgement_not_for_a_professional() -> None:
    assert not needs_acknowledgement(_meeting(MeetingType.STRATEGY, {}), _person(POLICE), P)


@pytest.mark.parametrize("status", [A, D, W, R, AttendanceStatus.NOT_RECORDED])
def test_needs_acknowledgement_only_when_marked_present(status: AttendanceStatus) -> None:
    assert not needs_acknowledgement(_meeting(MeetingType.STRATEGY, {}), _person(MOTHER), status)


def test_needs_acknowledgement_asked_once_per_meeting() -> None:
    meeting = _meeting(MeetingType.STRATEGY, {MOTHER: P}, non_professionals_acknowledged=True)
    assert not needs_acknowledgement(meeting, _person(FATHER), P)


@pytest.mark.parametrize("meeting_type", [t for t in MeetingType if t is not MeetingType.STRATEGY])
def test_needs_acknowledgement_other_meetings_welcome_the_family(meeting_type: MeetingType) -> None:
    assert not needs_acknowledgement(_meeting(meeting_type, {}), _person(MOTHER), P)


# Quorum: a conference needs children's social care and at least 3 agencies


@pytest.mark.parametrize(
    "meeting_type", [MeetingType.INITIAL_CONFERENCE, MeetingType.REVIEW_CONFERENCE]
)
def test_check_quorum_social_care_and_two_more_agencies_is_quorate(
    meeting_type: MeetingType,
) -> None:
    meeting = _meeting(meeting_type, {SW: P, HV: P, TEACHER: P, POLICE: A, MOTHER: P})
    quorum = check_quorum(meeting, sample_family())
    assert quorum.is_quorate
    assert quorum.missing == ()
    assert quorum.shortfall == ""
    assert quorum.agencies == ("Children's Social Care", "Health", "Elm Street Primary")


def test_check_quorum_without_childrens_social_care_says_so() -> None:
    meeting = _meeting(MeetingType.INITIAL_CONFERENCE, {SW: A, HV: P, TEACHER: P, POLICE: P})
    quorum = check_quorum(meeting, sample_family())
    assert not quorum.is_quorate
    assert quorum.missing == ("Children's social care is not present.",)


def test_check_quorum_too_few_agencies_names_those_present() -> None:
    meeting = _meeting(MeetingType.INITIAL_CONFERENCE, {SW: P, HV: P, TEACHER: A, POLICE: D})
    quorum = check_quorum(meeting, sample_family())
    assert not quorum.is_quorate
    assert quorum.missing == (
        "Only 2 agencies are present (Children's Social Care, Health); at least 3 are needed.",
    )


def test_check_quorum_nobody_present_lists_both_problems() -> None:
    quorum = check_quorum(_meeting(MeetingType.REVIEW_CONFERENCE, {MOTHER: P}), sample_family())
    assert quorum.missing == (
        "Children's social care is not present.",
        "Only 0 agencies are present (none); at least 3 are needed.",
    )
    assert quorum.shortfall == " ".join(quorum.missing)


def test_check_quorum_family_members_and_advocates_are_not_agencies() -> None:
    meeting = _meeting(
        MeetingType.INITIAL_CONFERENCE, {SW: P, HV: P, MOTHER: P, FATHER: P, ADVOCATE: P}
    )
    quorum = check_quorum(meeting, sample_family())
    assert quorum.agencies == ("Children's Social Care", "Health")
    assert not quorum.is_quorate


def test_check_quorum_two_people_of_one_agency_count_once() -> None:
    family = sample_family()
    second_nurse = _pro(8, "Lin Yates", "School nurse", "HEALTH")
    family = replace(family, people=family.people + (second_nurse,))
    meeting = _meeting(MeetingType.INITIAL_CONFERENCE, {SW: P, HV: P, 8: P})
    quorum = check_quorum(meeting, family)
    assert quorum.agencies == ("Children's Social Care", "Health")
    assert not quorum.is_quorate


def test_check_quorum_a_representative_counts_a_written_report_does_not() -> None:
    family = sample_family()
    represented = _meeting(MeetingType.INITIAL_CONFERENCE, {SW: P, HV: P, POLICE: R})
    assert check_quorum(represented, family).is_quorate
    report = _meeting(MeetingType.INITIAL_CONFERENCE, {SW: P, HV: P, POLICE: W})
    assert not check_quorum(report, family).is_quorate


def test_check_quorum_a_professional_without_an_agency_counts_by_role() -> None:
    family = sample_family()
    gp = _pro(8, "Dr Ada Kerr", "GP", "")
    family = replace(family, people=family.people + (gp,))
    meeting = _meeting(MeetingType.INITIAL_CONFERENCE, {SW: P, HV: P, 8: P})
    quorum = check_quorum(meeting, family)
    assert quorum.is_quorate
    assert "GP" in quorum.agencies


def test_check_quorum_minimum_can_be_set() -> None:
    meeting = _meeting(MeetingType.INITIAL_CONFERENCE, {SW: P, HV: P})
    assert check_quorum(meeting, sample_family(), minimum=2).is_quorate
    assert not check_quorum(meeting, sample_family(), minimum=3).is_quorate


@pytest.mark.parametrize(
    "meeting_type",
    [
        t
        for t in MeetingType
        if t not in (MeetingType.INITIAL_CONFERENCE, MeetingType.REVIEW_CONFERENCE)
    ],
)
def test_check_quorum_only_conferences_have_a_quorum(meeting_type: MeetingType) -> None:
    quorum = check_quorum(_meeting(meeting_type, {MOTHER: P}), sample_family())
    assert quorum.is_quorate


# The tally of views on one child


@pytest.mark.parametrize(
    ("plan", "no_plan", "majority"),
    [(2, 1, PLAN), (1, 2, NO_PLAN), (1, 1, None), (0, 0, None), (1, 0, PLAN)],
)
def test_plan_tally_majority(plan: int, no_plan: int, majority: PlanView | None) -> None:
    assert PlanTally(plan, no_plan, 3).majority is majority


def test_plan_tally_summary_initial_conference() -> None:
    summary = PlanTally(2, 1, 1).summary(MeetingType.INITIAL_CONFERENCE)
    assert summary == (
        "Child protection plan: 2; No plan: 1; no view yet: 1. Majority: child protection plan."
    )


def test_plan_tally_summary_review_conference_and_a_tie() -> None:
    summary = PlanTally(1, 1, 0).summary(MeetingType.REVIEW_CONFERENCE)
    assert summary == "Plan continues: 1; Plan ends: 1. Majority: none (tied or no views)."


def test_plan_tally_counts_only_the_professionals_present() -> None:
    meeting = _meeting(MeetingType.INITIAL_CONFERENCE, plan_views=SPLIT_VIEWS)
    result = plan_tally(meeting, POPPY, _voters(meeting))
    # Noor and Bryn: plan; PC Hart: no plan; Ines: no view. The mother's stored view is ignored.
    assert result == PlanTally(plan=2, no_plan=1, not_given=1)


def test_plan_tally_an_absent_professionals_view_is_not_counted() -> None:
    meeting = _meeting(
        MeetingType.INITIAL_CONFERENCE, {**ALL_PRESENT, POLICE: A}, plan_views=SPLIT_VIEWS
    )
    assert plan_tally(meeting, POPPY, _voters(meeting)) == PlanTally(2, 0, 1)


def test_plan_tally_is_per_child() -> None:
    meeting = _meeting(MeetingType.INITIAL_CONFERENCE, plan_views=SPLIT_VIEWS)
    assert plan_tally(meeting, ALFIE, _voters(meeting)) == PlanTally(0, 0, 4)


# The chair's decision against the majority, and dissent


@pytest.mark.parametrize(
    ("decision", "tally", "differs"),
    [
        (NO_PLAN, PlanTally(2, 1, 0), True),
        (PLAN, PlanTally(0, 3, 0), True),
        (PLAN, PlanTally(2, 1, 0), False),
        (PLAN, PlanTally(1, 1, 0), False),  # a tie has no majority to differ from
        (NO_PLAN, PlanTally(0, 0, 4), False),
        (NOT_GIVEN, PlanTally(2, 1, 0), False),
    ],
)
def test_differs_from_majority(decision: PlanView, tally: PlanTally, differs: bool) -> None:
    assert differs_from_majority(ChildDecision(POPPY, decision), tally) is differs


def test_dissenting_views_name_each_professional_against_the_decision_with_reason() -> None:
    meeting = _meeting(
        MeetingType.INITIAL_CONFERENCE,
        plan_views=SPLIT_VIEWS,
        child_decisions=(ChildDecision(POPPY, PLAN, (CPCategory.NEGLECT,)),),
    )
    dissent = dissenting_views(meeting, POPPY, _voters(meeting))
    assert [(p.name, reason) for p, reason in dissent] == [
        ("PC Lyle Hart", "No police call-outs since the summer.")
    ]


def test_dissenting_views_when_the_chair_goes_against_the_majority() -> None:
    meeting = _meeting(
        MeetingType.INITIAL_CONFERENCE,
        plan_views=SPLIT_VIEWS,
        child_decisions=(ChildDecision(POPPY, NO_PLAN, reason="The family has engaged."),),
    )
    dissent = dissenting_views(meeting, POPPY, _voters(meeting))
    assert [p.name for p, _ in dissent] == ["Noor Haddad", "Bryn Ŵyn Pritchard"]


def test_dissenting_views_none_before_the_chair_decides() -> None:
    meeting = _meeting(MeetingType.INITIAL_CONFERENCE, plan_views=SPLIT_VIEWS)
    assert dissenting_views(meeting, POPPY, _voters(meeting)) == ()


def test_dissenting_views_a_parent_disagreeing_is_not_dissent() -> None:
    meeting = _meeting(
        MeetingType.INITIAL_CONFERENCE,
        plan_views=SPLIT_VIEWS,
        child_decisions=(ChildDecision(POPPY, PLAN, (CPCategory.NEGLECT,)),),
    )
    names = [p.name for p, _ in dissenting_views(meeting, POPPY, _voters(meeting))]
    assert "Dana Quill" not in names


# The close review: the new steps, and the rules that block the close


def _review(meeting: Meeting, family: Family | None = None) -> tuple[str, ...]:
    return tuple(item.message for item in close_review(meeting, family or sample_family()))


def test_close_review_core_group_without_social_worker_blocks_the_close() -> None:
    meeting = _meeting(MeetingType.CORE_GROUP, {**ALL_PRESENT, SW: A})
    blocking = blocking_items(meeting, sample_family())
    assert len(blocking) == 1
    assert blocking[0].step is StepKey.ATTENDANCE
    assert blocking[0].message.startswith(SOCIAL_WORKER_MISSING)
    assert "record the meeting as not held" in blocking[0].message


def test_close_review_child_in_need_without_social_worker_does_not_block() -> None:
    meeting = _meeting(MeetingType.CHILD_IN_NEED, {**ALL_PRESENT, SW: A})
    assert blocking_items(meeting, sample_family()) == ()
    assert not any("social worker" in text for text in _review(meeting))


def test_close_review_a_blocking_item_is_kept_whatever_steps_are_checked() -> None:
    meeting = _meeting(MeetingType.CORE_GROUP, {**ALL_PRESENT, SW: A})
    items = close_review(meeting, sample_family(), frozenset({StepKey.CLOSE}))
    assert [item.blocking for item in items] == [True]


def test_close_review_only_the_agendas_steps_are_checked() -> None:
    meeting = _meeting(MeetingType.STRATEGY)
    keys = frozenset(_steps(MeetingType.STRATEGY))
    steps = {item.step for item in close_review(meeting, sample_family(), keys)}
    assert steps <= keys
    # A strategy meeting has no danger statements, scaling or child's views on its agenda.
    assert StepKey.SCALING in {item.step for item in close_review(meeting, sample_family())}
    assert not steps & {StepKey.SCALING, StepKey.DANGER_STATEMENTS, StepKey.CHILD_VIEWS}


@pytest.mark.parametrize("meeting_type", [MeetingType.INITIAL_CONFERENCE, MeetingType.CORE_GROUP])
def test_close_review_items_follow_the_agenda_order(meeting_type: MeetingType) -> None:
    steps = _steps(meeting_type)
    meeting = _meeting(meeting_type)
    items = close_review(meeting, sample_family(), steps)
    order = [steps.index(item.step) for item in items]
    assert order == sorted(order), [item.step.value for item in items]


def test_close_review_new_steps_reasons_updates_child_views_contingency() -> None:
    missing = _review(_meeting(MeetingType.CHILD_IN_NEED))
    for text in (
        "The reasons for the meeting are not recorded.",
        "No updates are recorded.",
        "The views of Poppy Quill are not recorded.",
        "The views of Alfie Quill are not recorded.",
        "There is no contingency plan.",
    ):
        assert text in missing


def test_close_review_inquorate_conference_listed_until_the_chair_goes_ahead() -> None:
    meeting = _meeting(MeetingType.INITIAL_CONFERENCE, {SW: A, HV: P, TEACHER: P, POLICE: P})
    expected = (
        "The conference is not quorate and the chair has not recorded going ahead: "
        "Children's social care is not present."
    )
    assert expected in _review(meeting)
    assert not any(item.blocking for item in close_review(meeting, sample_family()))
    acknowledged = replace(meeting, quorum_shortfall="Children's social care is not present.")
    assert not any("quorate" in text for text in _review(acknowledged))


def test_close_review_quorate_conference_not_listed() -> None:
    assert not any("quorate" in text for text in _review(_meeting(MeetingType.INITIAL_CONFERENCE)))


def test_close_review_conference_views_and_decisions_missing() -> None:
    meeting = _meeting(MeetingType.INITIAL_CONFERENCE, plan_views=SPLIT_VIEWS)
    missing = _review(meeting)
    assert "1 of the professionals present has given no view on Poppy Quill." in missing
    assert "4 of the professionals present have given no view on Alfie Quill." in missing
    assert "There is no decision for Poppy Quill." in missing
    assert "There is no decision for Alfie Quill." in missing
    steps = {
        i.step
        for i in close_review(meeting, sample_family())
        if "given no view" in i.message or "no decision" in i.message
    }
    assert steps == {StepKey.CONFERENCE_DECISION}


def test_close_review_conference_decision_rules_are_not_checked_at_other_meetings() -> None:
    meeting = _meeting(MeetingType.CORE_GROUP, plan_views=SPLIT_VIEWS)
    assert not any(
        i.step is StepKey.CONFERENCE_DECISION for i in close_review(meeting, sample_family())
    )


def test_close_review_chair_against_majority_without_reason_blocks_the_close() -> None:
    meeting = _meeting(
        MeetingType.INITIAL_CONFERENCE,
        plan_views=SPLIT_VIEWS,
        child_decisions=(ChildDecision(POPPY, NO_PLAN),),
    )
    blocking = blocking_items(meeting, sample_family())
    assert [(i.step, i.message) for i in blocking] == [
        (
            StepKey.CONFERENCE_DECISION,
            (
                "The chair's decision for Poppy Quill differs from the majority of views, "
                "so it needs a reason."
            ),
        )
    ]


def test_close_review_chair_against_majority_with_a_reason_does_not_block() -> None:
    meeting = _meeting(
        MeetingType.INITIAL_CONFERENCE,
        plan_views=SPLIT_VIEWS,
        child_decisions=(ChildDecision(POPPY, NO_PLAN, reason="  The family has engaged well.  "),),
    )
    assert blocking_items(meeting, sample_family()) == ()


def test_close_review_a_blank_reason_is_no_reason() -> None:
    meeting = _meeting(
        MeetingType.INITIAL_CONFERENCE,
        plan_views=SPLIT_VIEWS,
        child_decisions=(ChildDecision(POPPY, NO_PLAN, reason="   "),),
    )
    assert len(blocking_items(meeting, sample_family())) == 1


def test_close_review_chair_with_the_majority_needs_no_reason() -> None:
    meeting = _meeting(
        MeetingType.INITIAL_CONFERENCE,
        plan_views=SPLIT_VIEWS,
        child_decisions=(ChildDecision(POPPY, PLAN, (CPCategory.NEGLECT,)),),
    )
    assert blocking_items(meeting, sample_family()) == ()


def test_close_review_initial_conference_plan_without_category() -> None:
    meeting = _meeting(
        MeetingType.INITIAL_CONFERENCE,
        plan_views=SPLIT_VIEWS,
        child_decisions=(ChildDecision(POPPY, PLAN),),
    )
    assert "The child protection plan for Poppy Quill has no category." in _review(meeting)
    with_category = replace(
        meeting, child_decisions=(ChildDecision(POPPY, PLAN, (CPCategory.EMOTIONAL,)),)
    )
    assert not any("no category" in text for text in _review(with_category))


def test_close_review_review_conference_needs_no_category() -> None:
    meeting = _meeting(
        MeetingType.REVIEW_CONFERENCE,
        plan_views=SPLIT_VIEWS,
        child_decisions=(ChildDecision(POPPY, PLAN),),
    )
    assert not any("no category" in text for text in _review(meeting))


def test_close_review_dissent_without_reason_listed() -> None:
    views = SPLIT_VIEWS[:2] + _views((POPPY, POLICE, NO_PLAN, ""))
    meeting = _meeting(
        MeetingType.INITIAL_CONFERENCE,
        plan_views=views,
        child_decisions=(ChildDecision(POPPY, PLAN, (CPCategory.NEGLECT,)),),
    )
    expected = "PC Lyle Hart dissents from the decision for Poppy Quill but no reason is recorded."
    assert expected in _review(meeting)
    assert _review(replace(meeting, plan_views=SPLIT_VIEWS)).count(expected) == 0


# The minutes: agenda order, the decision for each child, and the notes on attendance


SECTIONS_BY_STEP = {
    StepKey.ATTENDANCE: ["Attendance and apologies", "Written reports from members not present"],
    StepKey.REASONS: ["Reasons for the meeting"],
    StepKey.UPDATES: ["Updates from the family and each agency"],
    StepKey.CHILD_VIEWS: ["The child's views"],
    StepKey.PLAN_REVIEW: ["Review of the plan"],
    StepKey.DANGER_STATEMENTS: ["Danger statements and safety goals"],
    StepKey.SCALING: ["Scaling"],
    StepKey.THREE_COLUMNS: ["The three columns"],
    StepKey.ACTIONS: ["Actions"],
    StepKey.CONTINGENCY: ["Contingency plan"],
    StepKey.DECISIONS: ["Decisions and votes"],
    StepKey.CONFERENCE_DECISION: ["Decision for each child"],
    StepKey.NEXT_MEETING: ["Next meeting"],
    StepKey.CLOSE: [],
}


@pytest.mark.parametrize("meeting_type", list(MeetingType))
def test_build_minutes_sections_follow_the_meeting_types_agenda(meeting_type: MeetingType) -> None:
    steps = _steps(meeting_type)
    document = build_minutes(_meeting(meeting_type), sample_family(), steps)
    # The closing section (chair's summary and sign-off) ends every set of minutes.
    expected = [title for step in steps for title in SECTIONS_BY_STEP[step]] + ["Closing"]
    assert [s.title for s in document.sections] == expected


def test_build_minutes_initial_conference_exact_order() -> None:
    document = build_minutes(
        _meeting(MeetingType.INITIAL_CONFERENCE),
        sample_family(),
        _steps(MeetingType.INITIAL_CONFERENCE),
    )
    assert [s.title for s in document.sections] == [
        "Attendance and apologies",
        "Written reports from members not present",
        "Reasons for the meeting",
        "Updates from the family and each agency",
        "The child's views",
        "Danger statements and safety goals",
        "The three columns",
        "Scaling",
        "Decision for each child",
        "Actions",
        "Contingency plan",
        "Next meeting",
        "Closing",
    ]


def test_build_minutes_strategy_has_no_scaling_and_no_conference_decision() -> None:
    document = build_minutes(
        _meeting(MeetingType.STRATEGY), sample_family(), _steps(MeetingType.STRATEGY)
    )
    titles = [s.title for s in document.sections]
    assert "Scaling" not in titles
    assert "Decision for each child" not in titles
    assert titles.index("Decisions and votes") < titles.index("Actions")


def test_build_minutes_new_text_sections_hold_what_was_recorded() -> None:
    meeting = _meeting(
        MeetingType.CHILD_IN_NEED,
        reasons="Six weeks since the last meeting.",
        contingency="If Poppy misses school twice, the social worker visits that day.",
    )
    document = build_minutes(meeting, sample_family(), _steps(MeetingType.CHILD_IN_NEED))
    assert _texts(_section(document, "Reasons for the meeting")) == [
        "Six weeks since the last meeting."
    ]
    assert _texts(_section(document, "Contingency plan")) == [
        "If Poppy misses school twice, the social worker visits that day."
    ]
    empty = build_minutes(
        _meeting(MeetingType.CHILD_IN_NEED), sample_family(), _steps(MeetingType.CHILD_IN_NEED)
    )
    assert _texts(_section(empty, "Contingency plan")) == ["No contingency plan was recorded."]


def _decided_conference(**changes: object) -> Meeting:
    decisions = (
        ChildDecision(POPPY, NO_PLAN, reason="The family has engaged with every service."),
        ChildDecision(ALFIE, PLAN, (CPCategory.NEGLECT, CPCategory.EMOTIONAL)),
    )
    alfie = _views(
        (ALFIE, SW, PLAN, "Alfie's weight is falling."),
        (ALFIE, HV, PLAN, ""),
        (ALFIE, TEACHER, PLAN, ""),
        (ALFIE, POLICE, NO_PLAN, "No concerns known to police."),
    )
    values: dict[str, object] = {"plan_views": SPLIT_VIEWS + alfie, "child_decisions": decisions}
    values.update(changes)
    return _meeting(MeetingType.INITIAL_CONFERENCE, **values)


def _decision_section(meeting: Meeting) -> Section:
    document = build_minutes(meeting, sample_family(), _steps(meeting.meeting_type))
    return _section(document, "Decision for each child")


def test_build_minutes_conference_decision_question_and_a_heading_per_child() -> None:
    section = _decision_section(_decided_conference())
    assert section.blocks[0] == Paragraph(
        "Should the child be subject to a child protection plan?", emphasis=True
    )
    assert [b.text for b in section.blocks if isinstance(b, Subheading)] == [
        "Poppy Quill",
        "Alfie Quill",
    ]


def test_build_minutes_conference_views_table_has_only_the_professionals_present() -> None:
    section = _decision_section(_decided_conference())
    poppy = next(b for b in section.blocks if isinstance(b, Table))
    assert poppy.headers == ("Name", "Agency", "View", "Category", "Reason")
    assert poppy.rows == (
        (
            "Noor Haddad",
            "Children's Social Care",
            "Child protection plan",
            "Neglect",
            "Poppy is often hungry at school.",
        ),
        (
            "Bryn Ŵyn Pritchard",
            "Health",
            "Child protection plan",
            "Neglect",
            "Missed health appointments.",
        ),
        ("Ines Carvalho", "Elm Street Primary", "No view given", "", ""),
        ("PC Lyle Hart", "Police", "No plan", "", "No police call-outs since the summer."),
    )


def test_build_minutes_conference_tally_decision_and_differing_reason() -> None:
    texts = _texts(_decision_section(_decided_conference()))
    assert (
        "Tally: Child protection plan: 2; No plan: 1; no view yet: 1. "
        "Majority: child protection plan."
    ) in texts
    assert "Chair's decision: No plan." in texts
    assert (
        "The chair's decision differs from the majority of views. Reason: "
        "The family has engaged with every service."
    ) in texts


def test_build_minutes_conference_differing_without_reason_says_not_recorded() -> None:
    meeting = _decided_conference(
        child_decisions=(ChildDecision(POPPY, NO_PLAN),),
    )
    texts = _texts(_decision_section(meeting))
    assert "The chair's decision differs from the majority of views. Reason: not recorded" in texts


def test_build_minutes_conference_decision_with_the_majority_has_category_and_no_differs_note() -> (
    None
):
    texts = _texts(_decision_section(_decided_conference()))
    assert "Chair's decision: Child protection plan (category: neglect, emotional abuse)." in texts
    alfie = texts[texts.index("Alfie Quill") :]
    assert not any("differs" in text for text in alfie)


def test_build_minutes_conference_reason_given_with_the_majority_is_kept() -> None:
    meeting = _decided_conference(
        child_decisions=(ChildDecision(POPPY, PLAN, (CPCategory.NEGLECT,), "Hunger at school."),)
    )
    texts = _texts(_decision_section(meeting))
    assert "Reason: Hunger at school." in texts


def test_build_minutes_conference_dissent_by_name_role_agency_and_reason() -> None:
    section = _decision_section(_decided_conference())
    lists = [b.items for b in section.blocks if isinstance(b, BulletList)]
    assert lists == [
        # Poppy: the chair decided no plan; Noor and Bryn had said plan.
        (
            "Noor Haddad (Social worker, Children's Social Care): Poppy is often hungry at school.",
            "Bryn Ŵyn Pritchard (Health visitor, Health): Missed health appointments.",
        ),
        # Alfie: the chair decided plan; PC Hart had said no plan.
        ("PC Lyle Hart (Police officer, Police): No concerns known to police.",),
    ]
    assert sum(b == Paragraph("Dissent", emphasis=True) for b in section.blocks) == 2


def test_build_minutes_conference_family_and_advocate_heard_not_counted() -> None:
    section = _decision_section(_decided_conference())
    assert section.blocks[-1] == Paragraph(
        "Heard, and their views taken into account, but not counted (parents, family and "
        "advocates): Dana Quill, Rory Quill, Sam Okafor.",
        emphasis=True,
    )
    tables = [b for b in section.blocks if isinstance(b, Table)]
    named = {row[0] for table in tables for row in table.rows}
    assert not named & {"Dana Quill", "Rory Quill", "Sam Okafor"}


def test_build_minutes_conference_without_family_present_has_no_heard_note() -> None:
    attendance = {SW: P, HV: P, TEACHER: P, POLICE: P, MOTHER: A, FATHER: D, ADVOCATE: A}
    meeting = replace(
        _decided_conference(),
        attendance=_meeting(MeetingType.INITIAL_CONFERENCE, attendance).attendance,
    )
    assert not any("Heard" in text for text in _texts(_decision_section(meeting)))


def test_build_minutes_review_conference_plan_ends_and_a_child_in_need_plan_follows() -> None:
    meeting = _meeting(
        MeetingType.REVIEW_CONFERENCE,
        plan_views=_views((POPPY, SW, NO_PLAN, "Safe for six months."), (POPPY, HV, NO_PLAN, "")),
        child_decisions=(
            ChildDecision(POPPY, NO_PLAN, cin_follows=True),
            ChildDecision(ALFIE, NO_PLAN, cin_follows=False),
        ),
    )
    section = _decision_section(meeting)
    texts = _texts(section)
    assert section.blocks[0] == Paragraph(
        "Does the child protection plan continue or end?", emphasis=True
    )
    assert "Chair's decision: Plan ends; a child in need plan follows." in texts
    assert "Chair's decision: Plan ends; no child in need plan follows." in texts
    assert "Tally: Plan continues: 0; Plan ends: 2; no view yet: 2. Majority: plan ends." in texts
    table = next(b for b in section.blocks if isinstance(b, Table))
    assert table.headers == ("Name", "Agency", "View", "Reason")
    assert (
        "Noor Haddad",
        "Children's Social Care",
        "Plan ends",
        "Safe for six months.",
    ) in table.rows


def test_build_minutes_review_conference_plan_continues_says_nothing_of_a_cin_plan() -> None:
    meeting = _meeting(
        MeetingType.REVIEW_CONFERENCE,
        child_decisions=(ChildDecision(POPPY, PLAN, cin_follows=True),),
    )
    texts = _texts(_decision_section(meeting))
    assert "Chair's decision: Plan continues." in texts
    assert "Chair's decision: No decision recorded." in texts  # Alfie
    assert not any("child in need" in text for text in texts)


def test_build_minutes_quorum_note_when_the_chair_went_ahead() -> None:
    meeting = _meeting(
        MeetingType.INITIAL_CONFERENCE,
        {SW: A, HV: P, TEACHER: P, POLICE: P},
        quorum_shortfall="Children's social care is not present.",
    )
    document = build_minutes(meeting, sample_family(), _steps(MeetingType.INITIAL_CONFERENCE))
    attendance = _section(document, "Attendance and apologies")
    assert attendance.blocks[-1] == Paragraph(
        "The conference was not quorate and the chair went ahead: "
        "Children's social care is not present.",
        emphasis=True,
    )


def test_build_minutes_no_quorum_note_when_none_was_recorded() -> None:
    document = build_minutes(
        _meeting(MeetingType.INITIAL_CONFERENCE),
        sample_family(),
        _steps(MeetingType.INITIAL_CONFERENCE),
    )
    assert not any("quorate" in t for t in _texts(_section(document, "Attendance and apologies")))


def test_build_minutes_strategy_acknowledgement_note() -> None:
    meeting = _meeting(
        MeetingType.STRATEGY, {SW: P, POLICE: P, MOTHER: P}, non_professionals_acknowledged=True
    )
    document = build_minutes(meeting, sample_family(), _steps(MeetingType.STRATEGY))
    assert _section(document, "Attendance and apologies").blocks[-1] == Paragraph(
        "A strategy meeting is for professionals only; the chair acknowledged that family "
        "members or advocates were present.",
        emphasis=True,
    )
    plain = _meeting(MeetingType.STRATEGY, {SW: P, POLICE: P})
    document = build_minutes(plain, sample_family(), _steps(MeetingType.STRATEGY))
    assert not any(
        "acknowledged" in t for t in _texts(_section(document, "Attendance and apologies"))
    )


def test_build_minutes_not_held_says_why_and_keeps_only_the_attendance() -> None:
    meeting = _meeting(
        MeetingType.CORE_GROUP,
        {**ALL_PRESENT, SW: A},
        status=MeetingStatus.NOT_HELD,
        not_held_reason="The social worker was not present.",
        reasons="Recorded before it stopped.",
        contingency="Never agreed.",
    )
    document = build_minutes(meeting, sample_family(), _steps(MeetingType.CORE_GROUP))
    assert [s.title for s in document.sections] == ["Meeting not held", "Attendance and apologies"]
    assert document.sections[0].blocks == (
        Paragraph("This meeting did not go ahead. Reason: The social worker was not present."),
    )
    assert "Noor Haddad | Social worker | Children's Social Care | Sent apologies" in _texts(
        document.sections[1]
    )
    assert "Never agreed." not in document.plain_text()
    assert document.title == "Core Group minutes"
