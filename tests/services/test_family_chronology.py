"""The family's chronology: each meeting, newest first, with what it decided and the next date.

Every name here is made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from chair_app.core.domain import (
    AttendanceEntry,
    AttendanceStatus,
    Child,
    ChildDecision,
    ChildPlanView,
    CPCategory,
    MeetingStatus,
    MeetingType,
    NextMeeting,
    Person,
    PlanType,
    PlanView,
    Vote,
    VoteChoice,
)
from chair_app.models.db import SessionFactory
from chair_app.services.families import FamilyService
from chair_app.services.meetings import MeetingService


@pytest.fixture
def services(factory: SessionFactory) -> tuple[FamilyService, MeetingService]:
    return FamilyService(factory), MeetingService(factory)


def _family(families: FamilyService) -> tuple[int, dict[str, int], dict[str, int]]:
    family_id = families.create_family("Penrose family")
    children = {
        name: families.save_child(family_id, Child(0, name, None, PlanType.CHILD_PROTECTION))
        for name in ("Wren Penrose", "Idris Penrose")
    }
    people = {
        key: families.save_person(family_id, Person(0, name, role, agency, pro))
        for key, name, role, agency, pro in (
            ("mother", "Lowen Penrose", "Mother", "", False),
            ("sw", "Amara Boateng", "Social worker", "Children's Social Care", True),
            ("hv", "Joss Lindqvist", "Health visitor", "Health", True),
            ("police", "PC Tamsin Hale", "Police officer", "Police", True),
            ("chair", "Tomasz Wren", "Independent chair", "Safeguarding", True),
            ("minutes", "Lena Ruiz", "Minute-taker", "Safeguarding", True),
        )
    }
    return family_id, children, people


def _everyone_present(meetings: MeetingService, meeting_id: int, people: dict[str, int]) -> None:
    for person_id in people.values():
        meetings.set_attendance(meeting_id, AttendanceEntry(person_id, AttendanceStatus.PRESENT))


def test_chronology_summarises_each_meetings_decisions_newest_first(
    services: tuple[FamilyService, MeetingService],
) -> None:
    families, meetings = services
    family_id, children, people = _family(families)
    wren, idris = children["Wren Penrose"], children["Idris Penrose"]

    conference = meetings.create_meeting(
        family_id,
        MeetingType.INITIAL_CONFERENCE,
        dt.date(2026, 10, 5),
        None,
        "Civic Centre",
        people["chair"],
        people["minutes"],
    )
    meetings.start(conference)
    _everyone_present(meetings, conference, people)
    for key in ("sw", "hv", "police"):
        for child_id in (wren, idris):
            meetings.set_plan_view(
                conference,
                ChildPlanView(child_id, people[key], PlanView.PLAN, (CPCategory.NEGLECT,)),
            )
    meetings.set_child_decision(
        conference, ChildDecision(wren, PlanView.PLAN, (CPCategory.NEGLECT, CPCategory.EMOTIONAL))
    )
    meetings.set_child_decision(
        conference, ChildDecision(idris, PlanView.NO_PLAN, (), "Idris lives with his grandmother.")
    )
    meetings.set_next_meeting(conference, NextMeeting(dt.date(2026, 10, 30), None, "Hub"))
    meetings.close(conference)

    core = meetings.create_meeting(
        family_id,
        MeetingType.CORE_GROUP,
        dt.date(2026, 10, 30),
        None,
        "Hub",
        people["chair"],
        people["minutes"],
    )
    meetings.start(core)
    _everyone_present(meetings, core, people)
    agreed = meetings.add_decision(core)
    meetings.update_question(agreed, "Should  Wren start\nnursery in January?")
    meetings.set_vote(core, agreed, Vote(people["sw"], VoteChoice.FOR))
    meetings.set_vote(core, agreed, Vote(people["hv"], VoteChoice.FOR))
    meetings.set_vote(core, agreed, Vote(people["police"], VoteChoice.AGAINST, "Too soon"))
    unvoted = meetings.add_decision(core)
    meetings.update_question(unvoted, "Should the group meet at home?")
    meetings.add_decision(core)  # left empty: not a decision, so not listed
    meetings.set_next_meeting(core, NextMeeting(dt.date(2026, 11, 27), None, "Hub"))
    meetings.close(core)

    missed = meetings.create_meeting(
        family_id,
        MeetingType.CORE_GROUP,
        dt.date(2026, 11, 27),
        None,
        "Hub",
        people["chair"],
        people["minutes"],
    )
    rearranged = meetings.record_not_held(
        missed, "The social worker was ill.", dt.date(2026, 12, 2)
    )
    # A later rename does not reach what a closed meeting decided.
    families.save_child(family_id, Child(wren, "Wren Trevail", None, PlanType.CHILD_PROTECTION))

    entries = families.chronology(family_id)

    assert [(e.meeting.id, e.meeting.status) for e in entries] == [
        (rearranged, MeetingStatus.DRAFT),
        (missed, MeetingStatus.NOT_HELD),
        (core, MeetingStatus.CLOSED),
        (conference, MeetingStatus.CLOSED),
    ]
    assert entries[0].decisions == ()
    assert entries[1].decisions == ("Not held: The social worker was ill.",)
    assert entries[2].decisions == (
        "“Should Wren start nursery in January?” Agreed",
        "“Should the group meet at home?” No votes recorded",
    )
    assert entries[3].decisions == (
        "Wren Penrose: Child protection plan (neglect, emotional abuse)",
        "Idris Penrose: No plan",
    )
    assert [e.next_date for e in entries] == [
        None,
        None,
        dt.date(2026, 11, 27),
        dt.date(2026, 10, 30),
    ]


def test_chronology_of_a_family_without_meetings_is_empty(
    services: tuple[FamilyService, MeetingService],
) -> None:
    families, _ = services
    family_id, _, _ = _family(families)
    assert families.chronology(family_id) == ()
