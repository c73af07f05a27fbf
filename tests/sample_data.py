"""Fictional families and meetings for tests and benchmarks. Every name here is made up."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from chair_app.core.domain import (
    Action,
    ActionStatus,
    AttendanceEntry,
    AttendanceStatus,
    Child,
    CPCategory,
    DangerStatement,
    Decision,
    Family,
    Meeting,
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


def sample_family() -> Family:
    people = (
        Person(1, "Dana Quill", "Mother", "", False),
        Person(2, "Rory Quill", "Father", "", False),
        Person(3, "Noor Haddad", "Social worker", "Children's Social Care", True),
        Person(4, "Bryn Ŵyn Pritchard", "Health visitor", "Health", True),
        Person(5, "Ines Carvalho", "Class teacher", "Elm Street Primary", True),
        Person(6, "Sam Okafor", "Advocate", "Parents' Advocacy", False),
        Person(7, "PC Lyle Hart", "Police officer", "Police", True),
    )
    children = (
        Child(1, "Poppy Quill", dt.date(2018, 5, 2), PlanType.CHILD_PROTECTION, (CPCategory.NEGLECT,)),
        Child(2, "Alfie Quill", dt.date(2022, 1, 9), PlanType.CHILD_PROTECTION,
              (CPCategory.NEGLECT, CPCategory.EMOTIONAL)),
    )
    return Family(1, "Quill family", children, people)


def sample_meeting() -> Meeting:
    return Meeting(
        id=1,
        family_id=1,
        meeting_type=MeetingType.CORE_GROUP,
        date=dt.date(2026, 11, 23),
        start_time=dt.time(10, 0),
        venue="Elm Street Family Centre",
        chair_id=3,
        minute_taker_id=4,
        status=MeetingStatus.CLOSED,
        attendance=(
            AttendanceEntry(1, AttendanceStatus.PRESENT),
            AttendanceEntry(2, AttendanceStatus.APOLOGIES),
            AttendanceEntry(3, AttendanceStatus.PRESENT),
            AttendanceEntry(4, AttendanceStatus.PRESENT),
            AttendanceEntry(5, AttendanceStatus.WRITTEN_REPORT, report_text="Poppy attends every day."),
            AttendanceEntry(6, AttendanceStatus.PRESENT),
            AttendanceEntry(7, AttendanceStatus.REPRESENTED, represented_by="DC Mo Finch"),
        ),
        statements=(
            DangerStatement(11, 1, "Children's services worry that the children go hungry.",
                            "The children have three meals a day for six months."),
            DangerStatement(12, 2, "Everyone worries Alfie sees shouting at home.",
                            "Alfie lives in a calm home for six months."),
        ),
        scores=(
            Score(1, None, 6, "Things are better"),
            Score(3, None, 4, ""),
            Score(4, None, 5, ""),
            Score(1, 11, 7, ""),
            Score(3, 11, 3, "Fridge was empty on visit"),
            Score(3, 12, 4, ""),
        ),
        columns=ThreeColumns("Food at home", "School attendance is good", "A food bank referral"),
        actions=(
            Action(21, "Refer to the food bank", 3, dt.date(2026, 12, 1), 11, ActionStatus.OPEN),
            Action(22, "Weigh Alfie", 4, dt.date(2026, 12, 8), 12, ActionStatus.OPEN),
        ),
        decisions=(
            Decision(31, 1, "Ask for an early review conference?",
                     (Vote(3, VoteChoice.FOR), Vote(4, VoteChoice.AGAINST, "Too early to tell"))),
        ),
        next_meeting=NextMeeting(dt.date(2026, 12, 21), dt.time(10, 0), "Elm Street Family Centre"),
    )


def officers_apart(meeting: Meeting, family: Family) -> tuple[Meeting, Family]:
    """The meeting with its chair and minute-taker two more people of the network, both
    present: neither votes, so the professionals present (Noor, Bryn...) are the voters."""
    chair = Person(8, "Hester Vane", "Independent chair", "Quality Assurance Unit", True)
    minute_taker = Person(9, "Wil Amos", "Minute-taker", "Business Support", True)
    family = replace(family, people=family.people + (chair, minute_taker))
    attendance = meeting.attendance + (
        AttendanceEntry(8, AttendanceStatus.PRESENT),
        AttendanceEntry(9, AttendanceStatus.PRESENT),
    )
    meeting = replace(meeting, chair_id=8, minute_taker_id=9, attendance=attendance)
    return meeting, family
