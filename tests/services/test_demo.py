"""The fictional demo family: what someone trying the app finds."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import TODAY

from chair_app.core.domain import (
    ActionStatus,
    AttendanceStatus,
    CPCategory,
    Family,
    MeetingStatus,
    MeetingType,
    PlanType,
)
from chair_app.core.minutes import Table
from chair_app.models.db import SessionFactory
from chair_app.services.demo import create_demo_family
from chair_app.services.families import FamilyService
from chair_app.services.meetings import MeetingService


@pytest.fixture
def demo_family(factory: SessionFactory) -> Family:
    return FamilyService(factory).get_family(create_demo_family(factory, TODAY))


def test_create_demo_family_named_marlowe(demo_family: Family) -> None:
    assert demo_family.name == "Marlowe family"


def test_create_demo_family_two_children_on_protection_plans(demo_family: Family) -> None:
    children = {c.name: c for c in demo_family.children}
    assert sorted(children) == ["Ellie Marlowe", "Jacob Marlowe"]
    assert children["Ellie Marlowe"].categories == (CPCategory.EMOTIONAL,)
    assert children["Jacob Marlowe"].categories == (CPCategory.NEGLECT, CPCategory.EMOTIONAL)
    for child in children.values():
        assert child.plan is PlanType.CHILD_PROTECTION
        assert child.date_of_birth is not None and child.date_of_birth < TODAY


def test_create_demo_family_eight_people_with_roles_and_professional_flags(
    demo_family: Family,
) -> None:
    assert [(p.name, p.role, p.is_professional) for p in demo_family.people] == [
        ("Kerry Marlowe", "Mother", False),
        ("Dean Marlowe", "Father", False),
        ("Maureen Price", "Maternal grandmother", False),
        ("Priya Desai", "Social worker", True),
        ("Ffion Rhys", "Health visitor", True),
        ("Tom Ashby", "Class teacher (Ellie)", True),
        ("PC Daniel Okoro", "Police officer", True),
        ("Jo Clarke", "Parents' advocate", False),
    ]


def test_create_demo_family_professionals_have_agencies(demo_family: Family) -> None:
    for person in demo_family.people:
        if person.is_professional:
            assert person.agency.strip(), person.name


def test_create_demo_family_two_core_groups_closed_then_draft(demo_family: Family) -> None:
    meetings = demo_family.meetings
    assert [(m.meeting_type, m.date, m.status) for m in meetings] == [
        (MeetingType.CORE_GROUP, TODAY - dt.timedelta(days=28), MeetingStatus.CLOSED),
        (MeetingType.CORE_GROUP, TODAY, MeetingStatus.DRAFT),
    ]


def test_create_demo_family_dates_follow_today(factory: SessionFactory) -> None:
    other_day = dt.date(2030, 3, 1)
    family = FamilyService(factory).get_family(create_demo_family(factory, other_day))
    assert [m.date for m in family.meetings] == [other_day - dt.timedelta(days=28), other_day]


def test_create_demo_family_closed_meeting_review_empty(
    factory: SessionFactory, demo_family: Family
) -> None:
    closed = demo_family.meetings[0]
    assert MeetingService(factory).review(closed.id) == ()


def test_create_demo_family_closed_meeting_chair_and_minute_taker(
    factory: SessionFactory, demo_family: Family
) -> None:
    meeting = MeetingService(factory).get(demo_family.meetings[0].id)
    chair = demo_family.person(meeting.chair_id)
    minute_taker = demo_family.person(meeting.minute_taker_id)
    assert chair is not None and chair.name == "Priya Desai"
    assert minute_taker is not None and minute_taker.name == "Ffion Rhys"
    assert meeting.next_meeting.date == TODAY


def test_create_demo_family_closed_meeting_minutes_build(
    factory: SessionFactory, demo_family: Family
) -> None:
    document = MeetingService(factory).build_minutes(demo_family.meetings[0].id)
    heading = dict(document.heading.items)
    assert heading["Family"] == "Marlowe family"
    assert heading["Date"] == "Monday 26 October 2026"
    assert heading["Chair"] == "Priya Desai"
    attendance = next(s for s in document.sections if s.title == "Attendance and apologies")
    [table] = [b for b in attendance.blocks if isinstance(b, Table)]
    assert len(table.rows) == 8
    text = document.plain_text()
    assert "Report from Tom Ashby (Class teacher (Ellie), Brookfield Primary School)" in text
    assert "Danger statement 2" in text
    assert "Outcome: Not agreed." in text
    # The chair (Priya) and the minute-taker (Ffion) do not vote; the police officer does, and
    # the mother's and the advocate's views are heard.
    assert (
        "PC Daniel Okoro | Northfield Police, Public Protection Unit | Against | The plan has "
        "only just started; give it time." in text
    )
    assert "Priya Desai | Northfield" not in text and "Ffion Rhys | Northfield" not in text
    assert "Heard: Kerry Marlowe (Mother) said: I am going to every appointment now." in text
    assert "Heard: Jo Clarke (Parents' advocate, Northfield Family Advocacy) said:" in text


def test_create_demo_family_draft_meeting_carries_the_statements_forward(
    factory: SessionFactory, demo_family: Family
) -> None:
    meetings = MeetingService(factory)
    closed = meetings.get(demo_family.meetings[0].id)
    draft = meetings.get(demo_family.meetings[1].id)
    assert [(s.statement, s.safety_goal) for s in draft.statements] == [
        (s.statement, s.safety_goal) for s in closed.statements
    ]
    assert len(draft.statements) == 2
    assert all(s.carried_from_id is not None for s in draft.statements)
    assert draft.attendance == ()
    assert draft.scores == () and draft.decisions == ()
    # The actions still open at the last meeting are carried, to be reviewed; the done one is not.
    open_before = [a.what for a in closed.actions if a.status is ActionStatus.OPEN]
    assert len(open_before) == 4
    assert [a.what for a in draft.actions] == open_before
    assert all(a.is_carried and a.status is ActionStatus.OPEN for a in draft.actions)
    assert draft.chair_id != draft.minute_taker_id


def test_create_demo_family_closed_meeting_everyone_attendance_recorded(
    factory: SessionFactory, demo_family: Family
) -> None:
    meeting = MeetingService(factory).get(demo_family.meetings[0].id)
    statuses = {demo_family.person(e.person_id).name: e.status for e in meeting.attendance}
    assert len(statuses) == 8
    assert statuses["Tom Ashby"] is AttendanceStatus.WRITTEN_REPORT
    assert all(
        status is AttendanceStatus.PRESENT
        for name, status in statuses.items()
        if name != "Tom Ashby"
    )
