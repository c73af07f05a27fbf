"""A fictional family followed for five years: 65 four-weekly Core Groups, 4 children, 30 people
and about 1,500 actions, built through the services (so carry-forward and the plan review happen
as in use). Every name here is made up; a fixed seed makes every build the same."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace
from pathlib import Path

from chair_app.core.domain import (
    ActionStatus,
    AttendanceEntry,
    AttendanceStatus,
    Child,
    CPCategory,
    MeetingType,
    NextMeeting,
    Person,
    PlanType,
)
from chair_app.models.db import DATABASE_FILE_NAME, make_session_factory, open_database
from chair_app.services.families import FamilyService
from chair_app.services.meetings import MeetingService

MEETINGS = 65
NEW_ACTIONS_PER_MEETING = 12
FIRST_MEETING = dt.date(2021, 11, 1)
ROLES = (
    ("Social worker", "Westmoor Children's Social Care", True),
    ("Health visitor", "Westmoor Community Health", True),
    ("Class teacher", "Hillside Primary", True),
    ("Police officer", "Westmoor Police", True),
    ("School nurse", "Westmoor Community Health", True),
    ("Family support worker", "Westmoor Early Help", True),
)


def build(folder: Path) -> tuple[MeetingService, int, int]:
    """Build the family in folder. Returns the meeting service, the family id and the id of its
    last (closed) meeting."""
    rng = random.Random(65)
    factory = make_session_factory(open_database(folder / DATABASE_FILE_NAME))
    families, meetings = FamilyService(factory), MeetingService(factory)
    family_id = families.create_family("Ashdown family")
    for index, name in enumerate(("Ada", "Bram", "Cleo", "Dov")):
        families.save_child(
            family_id,
            Child(0, f"{name} Ashdown", dt.date(2014 + index * 2, 3, 1 + index),
                  PlanType.CHILD_PROTECTION, (CPCategory.NEGLECT,)),
        )
    people = []
    for index in range(30):
        role, agency, professional = ROLES[index % len(ROLES)] if index >= 6 else (
            ("Mother", "", False), ("Father", "", False), ("Grandmother", "", False),
            ("Aunt", "", False), ("Advocate", "Westmoor Advocacy", False),
            ("Family friend", "", False),
        )[index]
        people.append(
            families.save_person(
                family_id, Person(0, f"Person {index + 1:02d} Ashdown-Test", role, agency, professional)
            )
        )
    children = [c.id for c in families.get_family(family_id).children]
    social_worker = next(p.id for p in families.get_family(family_id).people if p.role == "Social worker")
    chair, minutes = social_worker, people[7]
    last = 0
    for number in range(MEETINGS):
        date = FIRST_MEETING + dt.timedelta(days=28 * number)
        meeting_id = meetings.create_meeting(
            family_id, MeetingType.CORE_GROUP, date, dt.time(10), "Westmoor Family Centre", chair, minutes
        )
        meetings.start(meeting_id)
        present = [p for p in people if rng.random() < 0.6] + [social_worker]
        for person_id in set(present):
            meetings.set_attendance(meeting_id, AttendanceEntry(person_id, AttendanceStatus.PRESENT))
        record = meetings.get(meeting_id)
        if not record.statements:
            for child_index in range(3):
                statement = meetings.add_statement(meeting_id)
                meetings.update_statement(
                    statement, f"Worry {child_index + 1}: the children may be left without food.",
                    f"Goal {child_index + 1}: meals every day for six months.",
                )
                meetings.set_statement_children(statement, (children[child_index],))
            record = meetings.get(meeting_id)
        for action in record.actions:  # the plan review
            outcome = rng.choice((ActionStatus.DONE, ActionStatus.DONE, ActionStatus.NOT_DONE,
                                  ActionStatus.PARTLY_DONE, ActionStatus.NO_LONGER_NEEDED))
            if rng.random() < 0.8:
                outcome = ActionStatus.DONE
            meetings.update_action(replace(action, status=outcome, work_done="Done as agreed.",
                                           difference_for_child="Meals were on the table."))
        for scale in (None, *(s.id for s in record.statements)):
            for person_id in set(present):
                meetings.set_score(meeting_id, person_id, scale, rng.randint(2, 8), "")
        for index in range(NEW_ACTIONS_PER_MEETING):
            action_id = meetings.add_action(meeting_id)
            action = next(a for a in meetings.get(meeting_id).actions if a.id == action_id)
            meetings.update_action(replace(
                action, what=f"Action {number}-{index}: check the food cupboard with the family.",
                owner_id=rng.choice(people[6:]), due_date=date + dt.timedelta(days=21),
                goal_statement_id=record.statements[0].id, child_ids=(rng.choice(children),),
            ))
        meetings.set_next_meeting(
            meeting_id, NextMeeting(date + dt.timedelta(days=28), dt.time(10), "Westmoor Family Centre")
        )
        meetings.close(meeting_id)
        last = meeting_id
    return meetings, family_id, last
