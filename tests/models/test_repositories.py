"""Storage through the services: what is saved is what is read back, and the rules hold."""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import TODAY

from chair_app.core.domain import (
    Action,
    ActionStatus,
    AttendanceEntry,
    AttendanceStatus,
    Child,
    CPCategory,
    DangerStatement,
    Family,
    MeetingStatus,
    MeetingType,
    NextMeeting,
    Person,
    PlanType,
    Score,
    ThreeColumns,
    Vote,
    VoteChoice,
)
from chair_app.core.errors import MeetingClosed, NotFound, PersonInRecord, StorageUnavailable
from chair_app.core.rules import RuleViolation
from chair_app.models.db import DATABASE_FILE_NAME, SessionFactory, open_database
from chair_app.services.families import FamilyService
from chair_app.services.meetings import MeetingService

PEOPLE = (
    Person(0, "Dana Quill", "Mother", "", False, "07700 900001", ""),
    Person(0, "Rory Quill", "Father", "", False),
    Person(
        0, "Noor Haddad", "Social worker", "Children's Social Care", True, "", "noor@example.org"
    ),
    Person(0, "Bryn Ŵyn Pritchard", "Health visitor", "Health", True),
    Person(0, "Ines Carvalho", "Class teacher", "Elm Street Primary", True),
    Person(0, "Sam Okafor", "Advocate", "Parents' Advocacy", False),
    Person(0, "PC Lyle Hart", "Police officer", "Police", True),
    # The chair and the minute-taker, who never vote: Noor, Bryn and the others do.
    Person(0, "Hester Vane", "Independent chair", "Quality Assurance Unit", True),
    Person(0, "Wil Amos", "Minute-taker", "Business Support", True),
)


@dataclass
class Setup:
    families: FamilyService
    meetings: MeetingService
    family_id: int
    ids: dict[str, int]  # first name -> person id
    meeting_id: int

    def family(self) -> Family:
        return self.families.get_family(self.family_id)


def _setup(factory: SessionFactory) -> Setup:
    families = FamilyService(factory)
    meetings = MeetingService(factory)
    family_id = families.create_family("Quill family")
    ids = {p.name.split()[0]: families.save_person(family_id, p) for p in PEOPLE}
    ids["Lyle"] = ids.pop("PC")
    meeting_id = meetings.create_meeting(
        family_id,
        MeetingType.CORE_GROUP,
        TODAY,
        dt.time(10, 0),
        "Elm Street Family Centre",
        ids["Hester"],
        ids["Wil"],
    )
    return Setup(families, meetings, family_id, ids, meeting_id)


@pytest.fixture
def setup(factory: SessionFactory) -> Setup:
    return _setup(factory)


def _mark_present(s: Setup, *names: str) -> None:
    for name in names:
        s.meetings.set_attendance(
            s.meeting_id, AttendanceEntry(s.ids[name], AttendanceStatus.PRESENT)
        )


# Families, children and people


def test_create_family_name_round_trips(factory: SessionFactory) -> None:
    families = FamilyService(factory)
    family_id = families.create_family("  Quill family  ")
    family = families.get_family(family_id)
    assert family.name == "Quill family"
    assert (family.children, family.people, family.meetings) == ((), (), ())


def test_create_family_empty_name_refused(factory: SessionFactory) -> None:
    families = FamilyService(factory)
    with pytest.raises(RuleViolation, match="cannot be empty"):
        families.create_family("   ")
    assert families.list_families() == ()


def test_list_families_summaries_sorted_by_name_with_children_and_meeting_count(
    setup: Setup,
) -> None:
    other = setup.families.create_family("abbott family")
    setup.families.save_child(setup.family_id, Child(0, "Poppy Quill", None, PlanType.NONE))
    summaries = setup.families.list_families()
    assert [(f.id, f.name, f.child_names, f.meeting_count) for f in summaries] == [
        (other, "abbott family", (), 0),
        (setup.family_id, "Quill family", ("Poppy Quill",), 1),
    ]


def test_save_child_categories_round_trip(factory: SessionFactory) -> None:
    families = FamilyService(factory)
    family_id = families.create_family("Quill family")
    poppy = Child(
        0, "Poppy Quill", dt.date(2018, 5, 2), PlanType.CHILD_PROTECTION, (CPCategory.NEGLECT,)
    )
    alfie = Child(
        0,
        "Alfie Quill",
        dt.date(2022, 1, 9),
        PlanType.CHILD_PROTECTION,
        (CPCategory.NEGLECT, CPCategory.EMOTIONAL, CPCategory.PHYSICAL, CPCategory.SEXUAL),
    )
    baby = Child(0, "Baby Quill", None, PlanType.CHILD_IN_NEED, ())
    saved = [families.save_child(family_id, child) for child in (poppy, alfie, baby)]
    children = families.get_family(family_id).children
    assert children == (
        Child(
            saved[0],
            "Poppy Quill",
            dt.date(2018, 5, 2),
            PlanType.CHILD_PROTECTION,
            (CPCategory.NEGLECT,),
        ),
        Child(
            saved[1],
            "Alfie Quill",
            dt.date(2022, 1, 9),
            PlanType.CHILD_PROTECTION,
            alfie.categories,
        ),
        Child(saved[2], "Baby Quill", None, PlanType.CHILD_IN_NEED, ()),
    )


def test_save_child_update_changes_the_same_child(factory: SessionFactory) -> None:
    families = FamilyService(factory)
    family_id = families.create_family("Quill family")
    child_id = families.save_child(family_id, Child(0, "Poppy", None, PlanType.NONE))
    updated = Child(
        child_id,
        "Poppy Quill",
        dt.date(2018, 5, 2),
        PlanType.CHILD_PROTECTION,
        (CPCategory.EMOTIONAL,),
    )
    assert families.save_child(family_id, updated) == child_id
    assert families.get_family(family_id).children == (updated,)


def test_save_child_categories_without_protection_plan_refused(factory: SessionFactory) -> None:
    families = FamilyService(factory)
    family_id = families.create_family("Quill family")
    with pytest.raises(RuleViolation, match="only apply to a child protection plan"):
        families.save_child(
            family_id, Child(0, "Poppy", None, PlanType.CHILD_IN_NEED, (CPCategory.NEGLECT,))
        )
    assert families.get_family(family_id).children == ()


def test_remove_child_child_gone(factory: SessionFactory) -> None:
    families = FamilyService(factory)
    family_id = families.create_family("Quill family")
    keep = families.save_child(family_id, Child(0, "Poppy", None, PlanType.NONE))
    gone = families.save_child(family_id, Child(0, "Alfie", None, PlanType.NONE))
    families.remove_child(gone)
    assert [c.id for c in families.get_family(family_id).children] == [keep]


def test_save_person_people_round_trip_in_order_added(setup: Setup) -> None:
    people = setup.family().people
    assert [p.name for p in people] == [p.name for p in PEOPLE]
    for stored, typed in zip(people, PEOPLE, strict=True):
        assert stored.id > 0
        assert (
            stored.name,
            stored.role,
            stored.agency,
            stored.is_professional,
            stored.phone,
            stored.email,
        ) == (
            typed.name,
            typed.role,
            typed.agency,
            typed.is_professional,
            typed.phone,
            typed.email,
        )


def test_save_person_update_keeps_their_place_in_the_network(setup: Setup) -> None:
    noor_id = setup.ids["Noor"]
    changed = Person(
        noor_id,
        "Noor Haddad-Ali",
        "Senior social worker",
        "CSC",
        True,
        "01632 960000",
        "n@example.org",
    )
    assert setup.families.save_person(setup.family_id, changed) == noor_id
    people = setup.family().people
    assert people[2] == changed
    assert [p.name for p in people][:2] == ["Dana Quill", "Rory Quill"]


def test_save_person_empty_name_refused(setup: Setup) -> None:
    with pytest.raises(RuleViolation, match="cannot be empty"):
        setup.families.save_person(setup.family_id, Person(0, " ", "Aunt", "", False))
    assert len(setup.family().people) == len(PEOPLE)


def test_get_family_unknown_id_not_found(factory: SessionFactory) -> None:
    with pytest.raises(NotFound):
        FamilyService(factory).get_family(999)


# Meetings


def test_create_meeting_details_round_trip_as_draft(setup: Setup) -> None:
    meeting = setup.meetings.get(setup.meeting_id)
    assert meeting.family_id == setup.family_id
    assert meeting.meeting_type is MeetingType.CORE_GROUP
    assert meeting.date == TODAY
    assert meeting.start_time == dt.time(10, 0)
    assert meeting.venue == "Elm Street Family Centre"
    assert (meeting.chair_id, meeting.minute_taker_id) == (setup.ids["Hester"], setup.ids["Wil"])
    assert meeting.status is MeetingStatus.DRAFT
    assert (meeting.attendance, meeting.statements, meeting.scores) == ((), (), ())
    assert (meeting.actions, meeting.decisions) == ((), ())
    assert meeting.columns == ThreeColumns()
    assert meeting.next_meeting == NextMeeting()


def test_create_meeting_listed_under_family_and_in_all_meetings(setup: Setup) -> None:
    [summary] = setup.family().meetings
    assert (summary.id, summary.date, summary.status) == (
        setup.meeting_id,
        TODAY,
        MeetingStatus.DRAFT,
    )
    assert setup.meetings.list_meetings() == (summary,)


def test_create_meeting_chair_also_minute_taker_refused(setup: Setup) -> None:
    with pytest.raises(RuleViolation, match="two different people"):
        setup.meetings.create_meeting(
            setup.family_id,
            MeetingType.CORE_GROUP,
            TODAY,
            None,
            "",
            setup.ids["Noor"],
            setup.ids["Noor"],
        )
    assert [m.id for m in setup.meetings.list_meetings()] == [setup.meeting_id]


def test_create_meeting_chair_from_another_family_refused(setup: Setup) -> None:
    other_family = setup.families.create_family("Marlowe family")
    stranger = setup.families.save_person(
        other_family, Person(0, "Priya Desai", "Social worker", "CSC", True)
    )
    with pytest.raises(RuleViolation, match="members of the network"):
        setup.meetings.create_meeting(
            setup.family_id, MeetingType.CORE_GROUP, TODAY, None, "", stranger, setup.ids["Bryn"]
        )
    assert [m.id for m in setup.meetings.list_meetings()] == [setup.meeting_id]


def test_update_details_round_trip(setup: Setup) -> None:
    new_date = TODAY + dt.timedelta(days=1)
    setup.meetings.update_details(
        setup.meeting_id, new_date, None, " Room 2 ", setup.ids["Ines"], setup.ids["Noor"]
    )
    meeting = setup.meetings.get(setup.meeting_id)
    assert (meeting.date, meeting.start_time, meeting.venue) == (new_date, None, "Room 2")
    assert (meeting.chair_id, meeting.minute_taker_id) == (setup.ids["Ines"], setup.ids["Noor"])


def test_update_details_chair_also_minute_taker_refused(setup: Setup) -> None:
    with pytest.raises(RuleViolation, match="two different people"):
        setup.meetings.update_details(
            setup.meeting_id, TODAY, None, "", setup.ids["Bryn"], setup.ids["Bryn"]
        )
    assert setup.meetings.get(setup.meeting_id).chair_id == setup.ids["Hester"]


def test_start_and_close_move_status_forward(setup: Setup) -> None:
    setup.meetings.start(setup.meeting_id)
    assert setup.meetings.get(setup.meeting_id).status is MeetingStatus.IN_PROGRESS
    _mark_present(setup, "Noor")  # a Core Group closes only with its social worker there
    setup.meetings.close(setup.meeting_id)
    assert setup.meetings.get(setup.meeting_id).status is MeetingStatus.CLOSED


def test_close_draft_meeting_refused(setup: Setup) -> None:
    with pytest.raises(RuleViolation, match="cannot become closed"):
        setup.meetings.close(setup.meeting_id)
    assert setup.meetings.get(setup.meeting_id).status is MeetingStatus.DRAFT


def test_get_meeting_unknown_id_not_found(factory: SessionFactory) -> None:
    with pytest.raises(NotFound):
        MeetingService(factory).get(999)


# Each step of the walk-through


def test_set_attendance_every_status_round_trips(setup: Setup) -> None:
    entries = [
        AttendanceEntry(setup.ids["Dana"], AttendanceStatus.PRESENT),
        AttendanceEntry(setup.ids["Rory"], AttendanceStatus.APOLOGIES),
        AttendanceEntry(setup.ids["Noor"], AttendanceStatus.PRESENT),
        AttendanceEntry(setup.ids["Bryn"], AttendanceStatus.DID_NOT_ATTEND),
        AttendanceEntry(
            setup.ids["Ines"],
            AttendanceStatus.WRITTEN_REPORT,
            report_text="Poppy attends every day.\nShe is happy.",
        ),
        AttendanceEntry(setup.ids["Sam"], AttendanceStatus.NOT_RECORDED),
        AttendanceEntry(
            setup.ids["Lyle"], AttendanceStatus.REPRESENTED, represented_by="DC Mo Finch"
        ),
    ]
    for entry in entries:
        setup.meetings.set_attendance(setup.meeting_id, entry)
    meeting = setup.meetings.get(setup.meeting_id)
    for entry in entries:
        assert meeting.attendance_of(entry.person_id) == entry
    assert len(meeting.attendance) == len(entries)


def test_set_attendance_change_of_status_keeps_one_entry_and_report_text(setup: Setup) -> None:
    ines = setup.ids["Ines"]
    setup.meetings.set_attendance(
        setup.meeting_id,
        AttendanceEntry(ines, AttendanceStatus.WRITTEN_REPORT, report_text="Report"),
    )
    setup.meetings.set_attendance(
        setup.meeting_id, AttendanceEntry(ines, AttendanceStatus.PRESENT, report_text="Report")
    )
    meeting = setup.meetings.get(setup.meeting_id)
    assert meeting.attendance == (AttendanceEntry(ines, AttendanceStatus.PRESENT, "Report", ""),)


def _statement_texts(s: Setup) -> list[tuple[int, str, str]]:
    return [
        (st.position, st.statement, st.safety_goal)
        for st in s.meetings.get(s.meeting_id).statements
    ]


def _add_statements(s: Setup, count: int) -> list[int]:
    ids = []
    for number in range(1, count + 1):
        statement_id = s.meetings.add_statement(s.meeting_id)
        s.meetings.update_statement(statement_id, f"Worry {number}", f"Goal {number}")
        ids.append(statement_id)
    return ids


def test_add_statement_starts_empty_and_numbered_in_order(setup: Setup) -> None:
    first = setup.meetings.add_statement(setup.meeting_id)
    second = setup.meetings.add_statement(setup.meeting_id)
    # A new statement is not carried from anywhere and starts its own line of scores.
    assert setup.meetings.get(setup.meeting_id).statements == (
        DangerStatement(first, 1, "", "", carried_from_id=None, lineage_id=first),
        DangerStatement(second, 2, "", "", carried_from_id=None, lineage_id=second),
    )


def test_update_statement_text_and_goal_round_trip(setup: Setup) -> None:
    _add_statements(setup, 2)
    assert _statement_texts(setup) == [(1, "Worry 1", "Goal 1"), (2, "Worry 2", "Goal 2")]


def test_move_statement_up_renumbers(setup: Setup) -> None:
    _, _, third = _add_statements(setup, 3)
    setup.meetings.move_statement(third, -1)
    assert _statement_texts(setup) == [
        (1, "Worry 1", "Goal 1"),
        (2, "Worry 3", "Goal 3"),
        (3, "Worry 2", "Goal 2"),
    ]


def test_move_statement_down_renumbers(setup: Setup) -> None:
    first, _, _ = _add_statements(setup, 3)
    setup.meetings.move_statement(first, 1)
    assert [t[1] for t in _statement_texts(setup)] == ["Worry 2", "Worry 1", "Worry 3"]


def test_move_statement_past_the_ends_stays_put(setup: Setup) -> None:
    first, _, third = _add_statements(setup, 3)
    setup.meetings.move_statement(first, -1)
    setup.meetings.move_statement(third, 1)
    assert _statement_texts(setup) == [
        (1, "Worry 1", "Goal 1"),
        (2, "Worry 2", "Goal 2"),
        (3, "Worry 3", "Goal 3"),
    ]


def test_remove_statement_renumbers_the_rest(setup: Setup) -> None:
    first, _, _ = _add_statements(setup, 3)
    setup.meetings.remove_statement(first)
    assert _statement_texts(setup) == [(1, "Worry 2", "Goal 2"), (2, "Worry 3", "Goal 3")]
    # A statement added afterwards comes last.
    setup.meetings.add_statement(setup.meeting_id)
    assert [t[0] for t in _statement_texts(setup)] == [1, 2, 3]


def test_remove_statement_its_scores_go_and_its_actions_lose_the_goal(setup: Setup) -> None:
    keep, gone = _add_statements(setup, 2)
    dana = setup.ids["Dana"]
    setup.meetings.set_score(setup.meeting_id, dana, keep, 5, "")
    setup.meetings.set_score(setup.meeting_id, dana, gone, 3, "")
    action_id = setup.meetings.add_action(setup.meeting_id)
    setup.meetings.update_action(Action(action_id, "Weigh Alfie", dana, TODAY, gone))
    setup.meetings.remove_statement(gone)
    meeting = setup.meetings.get(setup.meeting_id)
    assert meeting.scores == (Score(dana, keep, 5, ""),)
    assert meeting.actions[0].goal_statement_id is None


def test_set_score_overall_and_statement_scales_round_trip(setup: Setup) -> None:
    [statement] = _add_statements(setup, 1)
    dana, noor = setup.ids["Dana"], setup.ids["Noor"]
    setup.meetings.set_score(setup.meeting_id, dana, None, 6, "Things are better")
    setup.meetings.set_score(setup.meeting_id, noor, None, 0, "")
    setup.meetings.set_score(setup.meeting_id, dana, statement, 10, "Fridge is full")
    meeting = setup.meetings.get(setup.meeting_id)
    assert meeting.score_of(dana, None) == Score(dana, None, 6, "Things are better")
    assert meeting.score_of(noor, None) == Score(noor, None, 0, "")
    assert meeting.score_of(dana, statement) == Score(dana, statement, 10, "Fridge is full")
    assert meeting.score_of(noor, statement) is None
    assert len(meeting.scores) == 3


def test_set_score_again_replaces_the_overall_score(setup: Setup) -> None:
    dana = setup.ids["Dana"]
    setup.meetings.set_score(setup.meeting_id, dana, None, 6, "first")
    setup.meetings.set_score(setup.meeting_id, dana, None, 7, "second")
    assert setup.meetings.get(setup.meeting_id).scores == (Score(dana, None, 7, "second"),)


def test_set_score_none_removes_only_that_score(setup: Setup) -> None:
    [statement] = _add_statements(setup, 1)
    dana = setup.ids["Dana"]
    setup.meetings.set_score(setup.meeting_id, dana, None, 6, "")
    setup.meetings.set_score(setup.meeting_id, dana, statement, 4, "")
    setup.meetings.set_score(setup.meeting_id, dana, None, None, "")
    assert setup.meetings.get(setup.meeting_id).scores == (Score(dana, statement, 4, ""),)
    # Removing a score that is not there is harmless.
    setup.meetings.set_score(setup.meeting_id, dana, None, None, "")
    assert setup.meetings.get(setup.meeting_id).scores == (Score(dana, statement, 4, ""),)


@pytest.mark.parametrize("value", [11, -1])
def test_set_score_outside_0_to_10_refused(setup: Setup, value: int) -> None:
    with pytest.raises(RuleViolation, match="from 0 to 10"):
        setup.meetings.set_score(setup.meeting_id, setup.ids["Dana"], None, value, "")
    assert setup.meetings.get(setup.meeting_id).scores == ()


def test_set_columns_round_trip(setup: Setup) -> None:
    columns = ThreeColumns(
        "Food at home\nShouting", "School attendance is good", "A food bank referral"
    )
    setup.meetings.set_columns(setup.meeting_id, columns)
    assert setup.meetings.get(setup.meeting_id).columns == columns


def test_add_action_starts_empty_and_open(setup: Setup) -> None:
    action_id = setup.meetings.add_action(setup.meeting_id)
    assert setup.meetings.get(setup.meeting_id).actions == (
        Action(action_id, "", None, None, None, ActionStatus.OPEN),
    )


def test_update_action_round_trips_and_keeps_order(setup: Setup) -> None:
    [goal] = _add_statements(setup, 1)
    first = setup.meetings.add_action(setup.meeting_id)
    second = setup.meetings.add_action(setup.meeting_id)
    actions = (
        Action(
            first,
            "Refer to the food bank",
            setup.ids["Noor"],
            dt.date(2026, 12, 1),
            goal,
            ActionStatus.DONE,
        ),
        Action(
            second,
            "Weigh Alfie",
            setup.ids["Bryn"],
            dt.date(2026, 12, 8),
            None,
            ActionStatus.NOT_DONE,
        ),
    )
    for action in actions:
        setup.meetings.update_action(action)
    assert setup.meetings.get(setup.meeting_id).actions == actions


def test_remove_action_action_gone(setup: Setup) -> None:
    first = setup.meetings.add_action(setup.meeting_id)
    second = setup.meetings.add_action(setup.meeting_id)
    setup.meetings.remove_action(first)
    assert [a.id for a in setup.meetings.get(setup.meeting_id).actions] == [second]


def test_decision_question_and_votes_round_trip(setup: Setup) -> None:
    _mark_present(setup, "Noor", "Bryn")
    decision_id = setup.meetings.add_decision(setup.meeting_id)
    setup.meetings.update_question(decision_id, "Ask for an early review conference?")
    noor_vote = Vote(setup.ids["Noor"], VoteChoice.FOR, "")
    bryn_vote = Vote(setup.ids["Bryn"], VoteChoice.AGAINST, "Too early to tell")
    setup.meetings.set_vote(setup.meeting_id, decision_id, noor_vote)
    setup.meetings.set_vote(setup.meeting_id, decision_id, bryn_vote)
    [decision] = setup.meetings.get(setup.meeting_id).decisions
    assert (decision.id, decision.position, decision.question) == (
        decision_id,
        1,
        "Ask for an early review conference?",
    )
    assert decision.votes == (noor_vote, bryn_vote)


def test_set_vote_again_replaces_the_vote(setup: Setup) -> None:
    _mark_present(setup, "Noor")
    decision_id = setup.meetings.add_decision(setup.meeting_id)
    noor = setup.ids["Noor"]
    setup.meetings.set_vote(setup.meeting_id, decision_id, Vote(noor, VoteChoice.FOR))
    setup.meetings.set_vote(
        setup.meeting_id, decision_id, Vote(noor, VoteChoice.ABSTAIN, "Changed my mind")
    )
    [decision] = setup.meetings.get(setup.meeting_id).decisions
    assert decision.votes == (Vote(noor, VoteChoice.ABSTAIN, "Changed my mind"),)


def test_remove_decision_decision_gone(setup: Setup) -> None:
    first = setup.meetings.add_decision(setup.meeting_id)
    second = setup.meetings.add_decision(setup.meeting_id)
    setup.meetings.remove_decision(first)
    assert [d.id for d in setup.meetings.get(setup.meeting_id).decisions] == [second]


@pytest.mark.parametrize("parent", ["Dana", "Rory", "Sam"])
def test_set_vote_family_member_or_advocate_refused(setup: Setup, parent: str) -> None:
    _mark_present(setup, parent, "Noor")
    decision_id = setup.meetings.add_decision(setup.meeting_id)
    with pytest.raises(RuleViolation, match="Only professionals present vote; .* heard, not counted"):
        setup.meetings.set_vote(
            setup.meeting_id, decision_id, Vote(setup.ids[parent], VoteChoice.FOR)
        )
    assert setup.meetings.get(setup.meeting_id).decisions[0].votes == ()


@pytest.mark.parametrize(
    "status",
    [
        AttendanceStatus.APOLOGIES,
        AttendanceStatus.WRITTEN_REPORT,
        AttendanceStatus.REPRESENTED,
        AttendanceStatus.DID_NOT_ATTEND,
        AttendanceStatus.NOT_RECORDED,
    ],
)
def test_set_vote_absent_professional_refused(setup: Setup, status: AttendanceStatus) -> None:
    lyle = setup.ids["Lyle"]
    setup.meetings.set_attendance(
        setup.meeting_id, AttendanceEntry(lyle, status, represented_by="DC Mo Finch")
    )
    decision_id = setup.meetings.add_decision(setup.meeting_id)
    with pytest.raises(RuleViolation, match="Only professionals present vote; PC Lyle Hart is (not present|not marked present|represented)"):
        setup.meetings.set_vote(setup.meeting_id, decision_id, Vote(lyle, VoteChoice.AGAINST, "No"))
    assert setup.meetings.get(setup.meeting_id).decisions[0].votes == ()


def test_set_vote_person_from_another_family_refused(setup: Setup) -> None:
    other_family = setup.families.create_family("Marlowe family")
    stranger = setup.families.save_person(
        other_family, Person(0, "Priya Desai", "Social worker", "CSC", True)
    )
    decision_id = setup.meetings.add_decision(setup.meeting_id)
    with pytest.raises(RuleViolation):
        setup.meetings.set_vote(setup.meeting_id, decision_id, Vote(stranger, VoteChoice.FOR))
    assert setup.meetings.get(setup.meeting_id).decisions[0].votes == ()


def test_set_next_meeting_round_trip(setup: Setup) -> None:
    next_meeting = NextMeeting(dt.date(2026, 12, 21), dt.time(14, 30), "Elm Street Family Centre")
    setup.meetings.set_next_meeting(setup.meeting_id, next_meeting)
    assert setup.meetings.get(setup.meeting_id).next_meeting == next_meeting


def test_set_next_meeting_cleared_round_trip(setup: Setup) -> None:
    setup.meetings.set_next_meeting(
        setup.meeting_id, NextMeeting(dt.date(2026, 12, 21), None, "Here")
    )
    setup.meetings.set_next_meeting(setup.meeting_id, NextMeeting())
    assert setup.meetings.get(setup.meeting_id).next_meeting == NextMeeting()


# A closed meeting


@dataclass
class Closed:
    s: Setup
    statement_id: int
    action_id: int
    decision_id: int


def _closed_meeting(s: Setup) -> Closed:
    _mark_present(s, "Dana", "Noor", "Bryn")
    [statement_id] = _add_statements(s, 1)
    s.meetings.set_score(s.meeting_id, s.ids["Dana"], None, 6, "")
    s.meetings.set_columns(s.meeting_id, ThreeColumns("w", "ww", "n"))
    action_id = s.meetings.add_action(s.meeting_id)
    s.meetings.update_action(Action(action_id, "Weigh Alfie", s.ids["Bryn"], TODAY, statement_id))
    decision_id = s.meetings.add_decision(s.meeting_id)
    s.meetings.update_question(decision_id, "Early review?")
    s.meetings.set_vote(s.meeting_id, decision_id, Vote(s.ids["Noor"], VoteChoice.FOR))
    s.meetings.set_next_meeting(
        s.meeting_id, NextMeeting(TODAY + dt.timedelta(days=28), None, "Room 2")
    )
    s.meetings.start(s.meeting_id)
    s.meetings.close(s.meeting_id)
    return Closed(s, statement_id, action_id, decision_id)


CHANGES: dict[str, Callable[[Closed], object]] = {
    "update_details": lambda c: c.s.meetings.update_details(
        c.s.meeting_id, TODAY, None, "Elsewhere", c.s.ids["Noor"], c.s.ids["Bryn"]
    ),
    "set_attendance": lambda c: c.s.meetings.set_attendance(
        c.s.meeting_id, AttendanceEntry(c.s.ids["Rory"], AttendanceStatus.PRESENT)
    ),
    "add_statement": lambda c: c.s.meetings.add_statement(c.s.meeting_id),
    "update_statement": lambda c: c.s.meetings.update_statement(
        c.statement_id, "Changed", "Changed"
    ),
    "move_statement": lambda c: c.s.meetings.move_statement(c.statement_id, 1),
    "remove_statement": lambda c: c.s.meetings.remove_statement(c.statement_id),
    "set_score": lambda c: c.s.meetings.set_score(
        c.s.meeting_id, c.s.ids["Dana"], None, 2, "Changed"
    ),
    "remove_score": lambda c: c.s.meetings.set_score(
        c.s.meeting_id, c.s.ids["Dana"], None, None, ""
    ),
    "set_columns": lambda c: c.s.meetings.set_columns(c.s.meeting_id, ThreeColumns("x", "y", "z")),
    "add_action": lambda c: c.s.meetings.add_action(c.s.meeting_id),
    "update_action": lambda c: c.s.meetings.update_action(
        Action(c.action_id, "Changed", None, None, None, ActionStatus.DONE)
    ),
    "remove_action": lambda c: c.s.meetings.remove_action(c.action_id),
    "add_decision": lambda c: c.s.meetings.add_decision(c.s.meeting_id),
    "update_question": lambda c: c.s.meetings.update_question(c.decision_id, "Changed?"),
    "set_vote": lambda c: c.s.meetings.set_vote(
        c.s.meeting_id, c.decision_id, Vote(c.s.ids["Bryn"], VoteChoice.AGAINST, "Changed")
    ),
    "change_vote": lambda c: c.s.meetings.set_vote(
        c.s.meeting_id, c.decision_id, Vote(c.s.ids["Noor"], VoteChoice.AGAINST, "Changed")
    ),
    "remove_decision": lambda c: c.s.meetings.remove_decision(c.decision_id),
    "set_next_meeting": lambda c: c.s.meetings.set_next_meeting(c.s.meeting_id, NextMeeting()),
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_closed_meeting_change_refused_and_record_unchanged(setup: Setup, change: str) -> None:
    closed = _closed_meeting(setup)
    before = setup.meetings.get(setup.meeting_id)
    with pytest.raises(MeetingClosed) as caught:
        CHANGES[change](closed)
    assert "closed" in str(caught.value)
    assert setup.meetings.get(setup.meeting_id) == before


@pytest.mark.parametrize("move", ["start", "close"])
def test_closed_meeting_status_change_refused(setup: Setup, move: str) -> None:
    _closed_meeting(setup)
    with pytest.raises(RuleViolation, match="A meeting that is closed cannot become"):
        getattr(setup.meetings, move)(setup.meeting_id)
    assert setup.meetings.get(setup.meeting_id).status is MeetingStatus.CLOSED


def test_closed_meeting_whole_record_still_readable(setup: Setup) -> None:
    closed = _closed_meeting(setup)
    meeting = setup.meetings.get(setup.meeting_id)
    assert meeting.is_closed
    assert [s.id for s in meeting.statements] == [closed.statement_id]
    assert [a.id for a in meeting.actions] == [closed.action_id]
    assert meeting.decisions[0].votes == (Vote(setup.ids["Noor"], VoteChoice.FOR),)


# Removing people from the network


def _try_remove(s: Setup, name: str) -> None:
    with pytest.raises(PersonInRecord) as caught:
        s.families.remove_person(s.ids[name])
    person = s.family().person(s.ids[name])
    assert person is not None  # still in the network
    assert str(caught.value) == (
        f"{person.name} is named in a meeting's record, so they stay in the network."
    )


def test_remove_person_chair_refused(setup: Setup) -> None:
    _try_remove(setup, "Hester")


def test_remove_person_minute_taker_refused(setup: Setup) -> None:
    _try_remove(setup, "Wil")


def test_remove_person_recorded_attendance_refused(setup: Setup) -> None:
    setup.meetings.set_attendance(
        setup.meeting_id, AttendanceEntry(setup.ids["Rory"], AttendanceStatus.APOLOGIES)
    )
    _try_remove(setup, "Rory")


def test_remove_person_scorer_refused(setup: Setup) -> None:
    setup.meetings.set_score(setup.meeting_id, setup.ids["Sam"], None, 5, "")
    _try_remove(setup, "Sam")


def test_remove_person_action_owner_refused(setup: Setup) -> None:
    action_id = setup.meetings.add_action(setup.meeting_id)
    setup.meetings.update_action(Action(action_id, "Call", setup.ids["Ines"], None, None))
    _try_remove(setup, "Ines")


def test_remove_person_voter_refused(setup: Setup) -> None:
    lyle = setup.ids["Lyle"]
    _mark_present(setup, "Lyle")
    decision_id = setup.meetings.add_decision(setup.meeting_id)
    setup.meetings.set_vote(setup.meeting_id, decision_id, Vote(lyle, VoteChoice.FOR))
    # Attendance set back to not recorded: only the vote names him now.
    setup.meetings.set_attendance(
        setup.meeting_id, AttendanceEntry(lyle, AttendanceStatus.NOT_RECORDED)
    )
    _try_remove(setup, "Lyle")


def test_remove_person_named_in_closed_meeting_refused(setup: Setup) -> None:
    _closed_meeting(setup)
    _try_remove(setup, "Dana")


def test_remove_person_never_recorded_disappears(setup: Setup) -> None:
    setup.families.remove_person(setup.ids["Sam"])
    names = [p.name for p in setup.family().people]
    assert "Sam Okafor" not in names
    assert names == [p.name for p in PEOPLE if p.name != "Sam Okafor"]


def test_remove_person_attendance_not_recorded_disappears_from_meeting_too(setup: Setup) -> None:
    rory = setup.ids["Rory"]
    setup.meetings.set_attendance(
        setup.meeting_id, AttendanceEntry(rory, AttendanceStatus.NOT_RECORDED)
    )
    setup.families.remove_person(rory)
    assert rory not in {p.id for p in setup.family().people}
    assert rory not in {e.person_id for e in setup.meetings.get(setup.meeting_id).attendance}


def test_remove_person_unknown_id_not_found(setup: Setup) -> None:
    with pytest.raises(NotFound):
        setup.families.remove_person(999)


# Any text round-trips exactly

TEXTS = {
    "emoji": "Baby 👶🏽, family 👨‍👩‍👧, flag 🏴󠁧󠁢󠁷󠁬󠁳󠁿",
    "rtl": "שלום עולם — مرحبا بالعالم (mixed ‏RTL‎ marks)",
    "welsh": "Bryn Ŵyn, ŷ ŵ Ŷ",
    "control": "NUL\x00 bell\x07 escape\x1b[31m vt\x0b ff\x0c cr\r crlf\r\n tab\t del\x7f",
    "whitespace": "  leading and trailing spaces kept  \n\n",
    "long": ("Poppy ŵ 👶🏽 \x07" * 10_000)[:100_000],
}


@pytest.mark.parametrize("kind", list(TEXTS))
def test_text_round_trips_byte_for_byte(setup: Setup, kind: str) -> None:
    text = TEXTS[kind]
    assert len(text) <= 100_000
    s = setup
    s.families.rename_family(s.family_id, "Quill " + text)  # the service trims only the ends
    person = Person(0, "Aunt " + text, text, text, False, text, text)
    person_id = s.families.save_person(s.family_id, person)
    child_id = s.families.save_child(s.family_id, Child(0, "Child " + text, None, PlanType.NONE))
    s.meetings.set_attendance(
        s.meeting_id, AttendanceEntry(s.ids["Ines"], AttendanceStatus.WRITTEN_REPORT, text, text)
    )
    statement_id = s.meetings.add_statement(s.meeting_id)
    s.meetings.update_statement(statement_id, text, text)
    s.meetings.set_score(s.meeting_id, s.ids["Dana"], statement_id, 5, text)
    s.meetings.set_columns(s.meeting_id, ThreeColumns(text, text, text))
    action_id = s.meetings.add_action(s.meeting_id)
    s.meetings.update_action(Action(action_id, text, None, None, None))
    _mark_present(s, "Noor")
    decision_id = s.meetings.add_decision(s.meeting_id)
    s.meetings.update_question(decision_id, text)
    s.meetings.set_vote(s.meeting_id, decision_id, Vote(s.ids["Noor"], VoteChoice.AGAINST, text))
    s.meetings.set_next_meeting(s.meeting_id, NextMeeting(None, None, text))

    family = s.family()
    meeting = s.meetings.get(s.meeting_id)
    stored_person = family.person(person_id)
    assert stored_person is not None
    # The family service trims the ends of a family's name, and only that.
    assert family.name.encode("utf-8") == ("Quill " + text).strip().encode("utf-8")
    stored = {
        "person name": stored_person.name.removeprefix("Aunt "),
        "role": stored_person.role,
        "agency": stored_person.agency,
        "phone": stored_person.phone,
        "email": stored_person.email,
        "child name": next(c for c in family.children if c.id == child_id).name.removeprefix(
            "Child "
        ),
        "report": meeting.attendance_of(s.ids["Ines"]).report_text,
        "represented by": meeting.attendance_of(s.ids["Ines"]).represented_by,
        "statement": meeting.statements[0].statement,
        "safety goal": meeting.statements[0].safety_goal,
        "score reason": meeting.score_of(s.ids["Dana"], statement_id).reason,
        "worries": meeting.columns.worries,
        "working well": meeting.columns.working_well,
        "needs to happen": meeting.columns.needs_to_happen,
        "action": meeting.actions[0].what,
        "question": meeting.decisions[0].question,
        "vote reason": meeting.decisions[0].votes[0].reason,
        "next venue": meeting.next_meeting.venue,
    }
    for field_name, value in stored.items():
        assert value.encode("utf-8") == text.encode("utf-8"), field_name


def test_lone_surrogate_saved_as_replacement_character_not_an_error(setup: Setup) -> None:
    # A broken copy from another program can leave half of an emoji; UTF-8 cannot hold it.
    s = setup
    s.meetings.set_columns(s.meeting_id, ThreeColumns("before \ud83d after", "kept", ""))
    columns = s.meetings.get(s.meeting_id).columns
    assert columns.worries == "before \ufffd after"
    assert columns.working_well == "kept"


# The database file


def test_open_database_file_not_a_database_refused_and_left_unchanged(data_dir: Path) -> None:
    path = data_dir / DATABASE_FILE_NAME
    content = b"this is not sqlite" * 100
    path.write_bytes(content)
    with pytest.raises(StorageUnavailable) as caught:
        open_database(path)
    message = str(caught.value)
    assert str(path) in message
    assert "cannot be opened" in message
    assert "not a database" in message
    assert path.read_bytes() == content
    assert sorted(p.name for p in data_dir.iterdir()) == [DATABASE_FILE_NAME]


def test_open_database_new_file_private_0600(data_dir: Path) -> None:
    old_umask = os.umask(0o022)  # a typical umask, so that only the code can make the file private
    try:
        path = data_dir / DATABASE_FILE_NAME
        engine = open_database(path)
        try:
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
        finally:
            engine.dispose()
    finally:
        os.umask(old_umask)


def test_open_database_new_folder_private_0700(tmp_path: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        path = tmp_path / "new" / DATABASE_FILE_NAME
        engine = open_database(path)
        engine.dispose()
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    finally:
        os.umask(old_umask)


def test_open_database_reopened_data_still_there(data_dir: Path) -> None:
    from chair_app.models.db import make_session_factory

    path = data_dir / DATABASE_FILE_NAME
    engine = open_database(path)
    try:
        family_id = FamilyService(make_session_factory(engine)).create_family("Quill family")
    finally:
        engine.dispose()
    engine = open_database(path)
    try:
        assert (
            FamilyService(make_session_factory(engine)).get_family(family_id).name == "Quill family"
        )
    finally:
        engine.dispose()
