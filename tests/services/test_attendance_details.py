"""Attendance details through MeetingService on a real database: a representative added to the
network there and then, the children present, times that cannot be true, and a representative
or joint owner who stays in the network. Every name here is made up."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from chair_app.core.domain import (
    AttendanceStatus,
    Child,
    MeetingType,
    NextMeeting,
    Person,
    PlanType,
)
from chair_app.core.errors import MeetingClosed, PersonInRecord
from chair_app.core.rules import RuleViolation
from chair_app.models.db import SessionFactory
from chair_app.services.families import FamilyService
from chair_app.services.meetings import MeetingService


@pytest.fixture
def setup(factory: SessionFactory) -> tuple[MeetingService, FamilyService, int, dict[str, int]]:
    families, meetings = FamilyService(factory), MeetingService(factory)
    family_id = families.create_family("Oakley family")
    ids = {
        key: families.save_person(family_id, Person(0, name, role, agency, professional))
        for key, (name, role, agency, professional) in {
            "mother": ("Lena Oakley", "Mother", "", False),
            "sw": ("Amira Shah", "Social worker", "Westbury Children's Social Care", True),
            "teacher": ("Owen Pugh", "Class teacher", "Oakfield Primary School", True),
            "minutes": ("Lee Grant", "Minute-taker", "Westbury Business Support", True),
        }.items()
    }
    ids["Ava"] = families.save_child(
        family_id, Child(0, "Ava Oakley", dt.date(2017, 3, 4), PlanType.CHILD_PROTECTION)
    )
    ids["other child"] = families.save_child(
        families.create_family("Another family"),
        Child(0, "Ben Other", dt.date(2019, 1, 1), PlanType.NONE),
    )
    meeting_id = meetings.create_meeting(
        family_id, MeetingType.CORE_GROUP, dt.date(2026, 11, 23), dt.time(10, 0), "Room 2",
        ids["sw"], ids["minutes"],
    )
    ids["meeting"] = meeting_id
    return meetings, families, family_id, ids


def test_a_representative_added_there_and_then_joins_the_network(setup) -> None:
    meetings, families, family_id, ids = setup
    meeting_id = ids["meeting"]
    meetings.set_attendance(
        meeting_id,
        replace(
            meetings.get(meeting_id).attendance_of(ids["teacher"]),
            status=AttendanceStatus.REPRESENTED,
            absence_reason="On a school trip",
            interpreter="Welsh",
        ),
    )
    new_id = meetings.add_representative(
        meeting_id,
        ids["teacher"],
        Person(0, " Helen Carter ", "Deputy headteacher", "Oakfield Primary School", True),
    )
    helper = families.get_family(family_id).person(new_id)
    assert helper == Person(
        new_id, "Helen Carter", "Deputy headteacher", "Oakfield Primary School", True
    )
    entry = meetings.get(meeting_id).attendance_of(ids["teacher"])
    assert entry.representative_id == new_id
    assert entry.status is AttendanceStatus.REPRESENTED
    # What was recorded before is kept.
    assert (entry.absence_reason, entry.interpreter) == ("On a school trip", "Welsh")
    # Named in the record as a representative, they stay in the network.
    with pytest.raises(PersonInRecord):
        families.remove_person(new_id)


def test_a_representative_needs_a_name_and_an_open_meeting(setup) -> None:
    meetings, families, family_id, ids = setup
    with pytest.raises(RuleViolation, match="representative's name"):
        meetings.add_representative(ids["meeting"], ids["teacher"], Person(0, "  ", "", "", True))
    meetings.record_not_held(ids["meeting"], "No social worker", dt.date(2026, 11, 30))
    people_before = len(families.get_family(family_id).people)
    with pytest.raises(MeetingClosed):
        meetings.add_representative(
            ids["meeting"], ids["teacher"], Person(0, "Helen Carter", "", "", True)
        )
    assert len(families.get_family(family_id).people) == people_before, "nobody was added"


def test_someone_cannot_represent_themselves_or_be_outside_the_network(setup) -> None:
    meetings, _families, _family_id, ids = setup
    entry = meetings.get(ids["meeting"]).attendance_of(ids["teacher"])
    with pytest.raises(RuleViolation, match="their own representative"):
        meetings.set_attendance(ids["meeting"], replace(entry, representative_id=ids["teacher"]))
    with pytest.raises(RuleViolation, match="not in the family's network"):
        meetings.set_attendance(ids["meeting"], replace(entry, representative_id=99999))


def test_leaving_before_arriving_is_refused_and_nothing_is_lost(setup) -> None:
    meetings, _families, _family_id, ids = setup
    entry = replace(
        meetings.get(ids["meeting"]).attendance_of(ids["mother"]),
        status=AttendanceStatus.PRESENT,
        arrived_at=dt.time(10, 40),
    )
    meetings.set_attendance(ids["meeting"], entry)
    with pytest.raises(RuleViolation, match="Left at 10:30 is not after arrived at 10:40"):
        meetings.set_attendance(ids["meeting"], replace(entry, left_at=dt.time(10, 30)))
    saved = meetings.get(ids["meeting"]).attendance_of(ids["mother"])
    assert (saved.arrived_at, saved.left_at) == (dt.time(10, 40), None)


def test_the_children_present_are_the_family_s_own(setup) -> None:
    meetings, _families, _family_id, ids = setup
    meetings.set_children_present(ids["meeting"], [ids["Ava"]])
    assert meetings.get(ids["meeting"]).children_present == (ids["Ava"],)
    with pytest.raises(RuleViolation, match="family's own children"):
        meetings.set_children_present(ids["meeting"], [ids["Ava"], ids["other child"]])
    assert meetings.get(ids["meeting"]).children_present == (ids["Ava"],)


def test_a_joint_owner_stays_in_the_network(setup) -> None:
    meetings, families, _family_id, ids = setup
    action_id = meetings.add_action(ids["meeting"])
    action = next(a for a in meetings.get(ids["meeting"]).actions if a.id == action_id)
    meetings.update_action(
        replace(action, what="Walk Ava to school", owner_id=ids["sw"],
                joint_owner_ids=(ids["mother"],))
    )
    with pytest.raises(PersonInRecord):
        families.remove_person(ids["mother"])


def test_every_owner_is_carried_to_the_next_meeting(setup) -> None:
    meetings, _families, family_id, ids = setup
    meeting_id = ids["meeting"]
    meetings.start(meeting_id)
    meetings.set_attendance(
        meeting_id,
        replace(meetings.get(meeting_id).attendance_of(ids["sw"]), status=AttendanceStatus.PRESENT),
    )
    owners = {
        "Walk Ava to school": {"owner_id": ids["sw"], "joint_owner_ids": (ids["mother"],)},
        "Calm bedtimes": {"owner_family": True},
        "Tea on Wednesdays": {"owner_other": "Aunt Rose, a family friend"},
    }
    for what, fields in owners.items():
        action_id = meetings.add_action(meeting_id)
        action = next(a for a in meetings.get(meeting_id).actions if a.id == action_id)
        meetings.update_action(replace(action, what=what, **fields))
    meetings.set_next_meeting(meeting_id, NextMeeting(dt.date(2026, 12, 21)))
    meetings.close(meeting_id)
    next_id = meetings.create_meeting(
        family_id, MeetingType.CORE_GROUP, dt.date(2026, 12, 21), dt.time(10, 0), "Room 2",
        ids["sw"], ids["minutes"],
    )
    carried = {a.what: a for a in meetings.get(next_id).actions}
    assert set(carried) == set(owners)
    for what, fields in owners.items():
        assert carried[what].is_carried
        for name, value in fields.items():
            assert getattr(carried[what], name) == value, (what, name)
    review = meetings.build_minutes(next_id, with_chart=False).plain_text()
    assert "Who: Amira Shah and Lena Oakley" in review
    assert "Who: The family" in review
    assert "Who: Aunt Rose, a family friend (not in the network)" in review
