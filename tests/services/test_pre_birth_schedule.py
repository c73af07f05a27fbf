"""The first review conference after a conference held before a baby's birth follows the
pre-birth rule (England default: the earlier of 3 months after the conference and 10 working
days after the birth), in the Next meeting step's date and the family's deadlines; the usual
rule stays for families with no unborn child.

Dates are worked out by hand: Monday 2 November 2026 + 3 months = Tuesday 2 February 2027;
10 working days after Monday 4 January 2027 = Monday 18 January 2027 (no bank holiday between);
after the expected date, Tuesday 5 January 2027, = Tuesday 19 January 2027.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from chair_app.core.domain import (
    AttendanceEntry,
    AttendanceStatus,
    Child,
    ChildDecision,
    CPCategory,
    MeetingType,
    Person,
    PlanType,
    PlanView,
)
from chair_app.models.db import SessionFactory
from chair_app.services.families import FamilyService
from chair_app.services.meetings import MeetingService
from chair_app.services.schedule import ScheduleService

D = dt.date
CONFERENCE_DAY = D(2026, 11, 2)
TODAY = D(2026, 11, 2)


@dataclass
class Vane:
    family_id: int
    chair: int
    minute_taker: int
    people: tuple[int, ...]
    sibling: int
    baby: int


@pytest.fixture
def vane(factory: SessionFactory) -> Vane:
    families = FamilyService(factory)
    family_id = families.create_family("Vane family")
    sibling = families.save_child(
        family_id, Child(0, "Rhys Vane", D(2021, 6, 1), PlanType.CHILD_PROTECTION, (CPCategory.NEGLECT,))
    )
    baby = families.save_child(
        family_id,
        Child(
            0, "Unborn baby", None, PlanType.CHILD_PROTECTION, (CPCategory.NEGLECT,),
            unborn=True, expected_date=D(2027, 1, 5),
        ),
        today=TODAY,
    )
    people = tuple(
        families.save_person(family_id, Person(0, name, role, agency, True))
        for name, role, agency in (
            ("Ines Marr", "Conference chair", "Safeguarding Unit"),
            ("Tomos Hale", "Minute-taker", "Safeguarding Unit"),
            ("Noor Haddad", "Social worker", "Children's Social Care"),
            ("Bryn Pritchard", "Midwife", "Health"),
            ("PC Lyle Hart", "Police officer", "Police"),
        )
    )
    return Vane(family_id, people[0], people[1], people[2:], sibling, baby)


def _conference(factory: SessionFactory, vane: Vane, *, close: bool) -> int:
    meetings = MeetingService(factory)
    meeting_id = meetings.create_meeting(
        vane.family_id, MeetingType.INITIAL_CONFERENCE, CONFERENCE_DAY, dt.time(10, 0),
        "Elm Street Family Centre", vane.chair, vane.minute_taker,
    )
    meetings.start(meeting_id)
    for person in vane.people:
        meetings.set_attendance(meeting_id, AttendanceEntry(person, AttendanceStatus.PRESENT))
    if close:
        for child in (vane.sibling, vane.baby):
            meetings.set_child_decision(meeting_id, ChildDecision(child, PlanView.PLAN))
        meetings.close(meeting_id)
    return meeting_id


def test_before_the_birth_the_expected_date_sets_the_pre_birth_review(
    factory: SessionFactory, vane: Vane
) -> None:
    meeting_id = _conference(factory, vane, close=False)
    due = ScheduleService(factory).next_meeting_due(meeting_id)
    assert due is not None
    assert due.latest_date == D(2027, 1, 19)
    assert "the pre-birth rule, the earlier of 3 months after the pre-birth Initial" in (
        due.explanation
    )
    assert "counted from the expected date of delivery, 5 January 2027" in due.explanation
    assert "The baby is not born yet" in due.explanation
    assert due.rule_in_words().startswith("The pre-birth rule: ")
    assert "Tees" in due.rule_in_words()


def test_recording_the_birth_moves_the_date_and_keeps_the_conference_pre_birth(
    factory: SessionFactory, vane: Vane
) -> None:
    meeting_id = _conference(factory, vane, close=True)
    families, schedule = FamilyService(factory), ScheduleService(factory)
    families.record_birth(vane.family_id, vane.baby, "Seren Vane", D(2027, 1, 4), today=D(2027, 1, 6))
    due = schedule.next_meeting_due(meeting_id)
    assert due is not None
    assert due.latest_date == D(2027, 1, 18)
    assert "10 working days (England bank holidays skipped) after the birth on 4 January 2027" in (
        due.explanation
    )
    assert "not born yet" not in due.explanation
    # The family's deadlines and the Core Group's view of the review conference agree.
    review = schedule.review_conference_due(vane.family_id)
    assert review is not None and review.latest_date == D(2027, 1, 18)
    rows = {d.what: d.due.latest_date for d in schedule.family_deadlines(vane.family_id, TODAY)}
    assert rows["First Review Child Protection Conference (pre-birth)"] == D(2027, 1, 18)


def test_a_late_birth_leaves_the_three_months_from_the_conference(
    factory: SessionFactory, vane: Vane
) -> None:
    meeting_id = _conference(factory, vane, close=True)
    FamilyService(factory).record_birth(
        vane.family_id, vane.baby, "Seren Vane", D(2027, 1, 29), today=D(2027, 1, 29)
    )
    due = ScheduleService(factory).next_meeting_due(meeting_id)
    assert due is not None
    # 10 working days after 29 January is 12 February: 3 months from the conference is earlier.
    assert due.latest_date == D(2027, 2, 2)
    assert "(Tuesday 2 February 2027) and 10 working days" in due.explanation


def test_a_family_with_no_unborn_child_keeps_the_usual_rule(
    factory: SessionFactory, vane: Vane
) -> None:
    FamilyService(factory).remove_child(vane.baby)
    meeting_id = _conference(factory, vane, close=False)
    due = ScheduleService(factory).next_meeting_due(meeting_id)
    assert due is not None
    assert due.latest_date == D(2027, 2, 2)
    assert due.rule.key == "first-review-conference"
    assert "pre-birth" not in due.explanation
    assert due.rule_in_words() == due.rule.describe(due.nation)


def test_a_core_group_after_the_conference_sees_the_pre_birth_review_date(
    factory: SessionFactory, vane: Vane
) -> None:
    _conference(factory, vane, close=True)
    review = ScheduleService(factory).review_conference_due(vane.family_id)
    assert review is not None
    assert review.latest_date == D(2027, 1, 19)
    assert "expected date of delivery" in review.explanation


def test_no_review_conference_is_due_before_any_conference(
    factory: SessionFactory, vane: Vane
) -> None:
    assert ScheduleService(factory).review_conference_due(vane.family_id) is None
