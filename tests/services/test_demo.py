"""The fictional demo family: what someone trying the app finds."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import TODAY

from chair_app.core.deadlines import DeadlineState
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
from chair_app.core.timescales import Nation, add_working_days, due_date, is_working_day
from chair_app.models.db import SessionFactory
from chair_app.services.demo import create_demo_family, demo_dates
from chair_app.services.families import FamilyService
from chair_app.services.meetings import MeetingService
from chair_app.services.minutes import MinutesService
from chair_app.services.policies import load_policies
from chair_app.services.schedule import ScheduleService
from chair_app.services.settings import SettingsService


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


def _next_working_day(today: dt.date, nation: Nation) -> dt.date:
    return today if is_working_day(today, nation) else add_working_days(today, 1, nation)


def test_demo_dates_every_day_of_a_year_working_days_and_in_time() -> None:
    """Whatever day the demo is made on (weekends, Christmas, Easter, substitute days, in every
    nation), its Core Groups fall on working days, the next one is today or the next working
    day, it is booked within the timescale, and the minutes went out in time, before today."""
    catalogue = load_policies()
    for nation in Nation:
        policy = catalogue.default_for(nation)
        day = dt.date(2026, 12, 1)  # Christmas 2026 (substitute days), then all of 2027
        while day <= dt.date(2027, 12, 31):
            dates = demo_dates(day, policy, nation)
            where = f"{nation.value} {day}"
            assert dates.next == _next_working_day(day, nation), where
            assert is_working_day(dates.held, nation), where
            assert dates.held < day, where
            assert dates.next <= due_date(policy.rule("core-group"), dates.held, nation).latest_date
            assert is_working_day(dates.minutes_sent, nation), where
            assert dates.held < dates.minutes_sent < day, where
            minutes_due = due_date(policy.rule("minutes"), dates.held, nation).latest_date
            assert dates.minutes_sent <= minutes_due, where
            day += dt.timedelta(days=1)


@pytest.mark.parametrize(
    "today",
    [
        dt.date(2026, 11, 22),  # a Sunday: the demo fell on Sundays
        dt.date(2026, 12, 25),  # Christmas Day (a Friday), then the weekend and Boxing Day's substitute
        dt.date(2027, 3, 29),  # Easter Monday
        dt.date(2027, 1, 29),  # four weeks before is New Year's Day
        TODAY,
    ],
)
def test_demo_family_page_shows_nothing_overdue_or_late(
    factory: SessionFactory, today: dt.date
) -> None:
    family_id = create_demo_family(factory, today)
    family = FamilyService(factory).get_family(family_id)
    held, booked = family.meetings
    nation = SettingsService(factory).nation()
    assert is_working_day(held.date, nation) and is_working_day(booked.date, nation)
    assert booked.date == _next_working_day(today, nation)
    deadlines = ScheduleService(factory).family_deadlines(family_id, today)
    # The next Core Group is booked in time; the last one's minutes went to the social worker.
    assert [(d.what, d.state) for d in deadlines] == [("Next Core Group", DeadlineState.SCHEDULED)]
    record = MinutesService(factory).record(held.id)
    assert [(family.person(d.person_id).role, d.sent_on) for d in record.distribution] == [
        ("Social worker", add_working_days(held.date, 2, nation))
    ]
