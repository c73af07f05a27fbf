"""A realistic, fictional Core Group used as the acceptance case: every copy of its minutes is
read as the person who receives it.

The Hartley family (every name here is made up): Kerry Hartley, the mother, is leaving Daniel
Nowak, the father, after domestic abuse. Maisie (9) and Leon (4) are on child protection plans
and Kerry is expecting a baby. Daniel is kept out of the updates and the contingency plan; the
domestic abuse adviser's written report says where Kerry is moving and is withheld from Daniel
by name. The school's head is represented by the deputy head, who votes for the school; the
school disagrees with a decision; Kerry's view on it is heard. A job carried from the last Core
Group was due on 16 October and was not done. Kerry speaks Welsh: her copy of the minutes is in
Welsh; Jean's is in Welsh and English.

Each withheld item holds a marker word (``mark...``: one word, so that no line breaks inside it)
so a test can prove where it went.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from chair_app.core.agenda import StepKey
from chair_app.core.domain import (
    ActionStatus,
    AgencyUpdate,
    AttendanceEntry,
    AttendanceStatus,
    Child,
    ChildViews,
    CPCategory,
    MeetingType,
    NextMeeting,
    Person,
    PlanType,
    ThreeColumns,
    Vote,
    VoteChoice,
    Withholding,
)
from chair_app.core.language import MinutesLanguage
from chair_app.core.lifecycle import Exclusion
from chair_app.models.db import SessionFactory
from chair_app.services.families import FamilyService
from chair_app.services.meetings import MeetingService
from chair_app.services.minutes import MinutesService

EARLIER_DATE = dt.date(2026, 10, 5)
MEETING_DATE = dt.date(2026, 11, 19)
AGREED_ON = dt.date(2026, 11, 24)

# Withheld from Daniel by name: where Kerry is moving.
REFUGE = "markrefugeashford"
# Withheld from the whole family: third-party information from the police.
POLICE_INTEL = "markpoliceintel"
# Withheld from Daniel by name: the part of the contingency plan about Kerry's safety.
SAFE_PLAN = "marksafeplan"
# In a step Daniel was excluded from (Updates): Kerry's own update.
KERRY_UPDATE = "markkerryupdate"
# Withheld from the family: the notes behind danger statement 1 (a neighbour's account).
NEIGHBOUR = "markneighbouraccount"
# Withheld from Daniel by name: what Maisie said about him.
MAISIE_VIEWS = "markmaisiewords"
# Shared with everyone: must reach every copy that holds its part.
SHARED_WORRY = "marksharedworry"
SCHOOL_DISSENT = "markschooldissent"
KERRY_VIEW = "markkerryview"


@dataclass(frozen=True)
class RealisticCase:
    meeting_id: int
    earlier_id: int
    people: dict[str, int]  # first name -> person id
    children: dict[str, int]
    decision_id: int


PEOPLE = (
    ("Kerry", Person(0, "Kerry Hartley", "Mother", "", False)),
    ("Daniel", Person(0, "Daniel Nowak", "Father", "", False)),
    ("Jean", Person(0, "Jean Hartley", "Maternal grandmother", "", False)),
    ("Tom", Person(0, "Tom Ellery", "Parents' advocate", "Voices Advocacy", False)),
    ("Hannah", Person(0, "Hannah Oduya", "Team manager (chair)", "Children's Social Care", True)),
    ("Priya", Person(0, "Priya Shah", "Social worker", "Children's Social Care", True)),
    ("Becky", Person(0, "Becky Lund", "Minute-taker", "Business Support", True)),
    ("Grace", Person(0, "Grace Mbeki", "Health visitor", "Community Health", True)),
    ("Alan", Person(0, "Alan Price", "Head teacher", "Oakfield Primary School", True)),
    ("Ruth", Person(0, "Ruth Kaye", "Deputy head teacher", "Oakfield Primary School", True)),
    ("Sofia", Person(0, "Sofia Reyes", "Domestic abuse adviser", "Safe Futures", True)),
    ("Mo", Person(0, "DC Mo Finch", "Detective constable", "Police", True)),
)


def build_realistic_case(factory: SessionFactory) -> RealisticCase:
    """Record the case through the services, close the meeting and agree its minutes."""
    families = FamilyService(factory)
    meetings = MeetingService(factory)
    minutes = MinutesService(factory)
    family_id = families.create_family("Hartley family")
    children = {
        "Maisie": families.save_child(
            family_id,
            Child(
                0,
                "Maisie Hartley",
                dt.date(2017, 6, 2),
                PlanType.CHILD_PROTECTION,
                (CPCategory.EMOTIONAL,),
            ),
        ),
        "Leon": families.save_child(
            family_id,
            Child(
                0,
                "Leon Hartley",
                dt.date(2022, 3, 30),
                PlanType.CHILD_PROTECTION,
                (CPCategory.EMOTIONAL,),
            ),
        ),
        "Baby": families.save_child(
            family_id,
            Child(
                0,
                "Unborn baby Hartley",
                None,
                PlanType.CHILD_PROTECTION,
                (CPCategory.EMOTIONAL,),
                unborn=True,
                expected_date=dt.date(2027, 3, 14),
            ),
        ),
    }
    people = {key: families.save_person(family_id, person) for key, person in PEOPLE}
    # Kerry speaks Welsh at home and asked for her copy in Welsh; her mother reads both.
    minutes.set_copy_language(people["Kerry"], MinutesLanguage.WELSH)
    minutes.set_copy_language(people["Jean"], MinutesLanguage.BOTH)

    # The last Core Group: one job, due 16 October, carried to this meeting.
    earlier = meetings.create_meeting(
        family_id,
        MeetingType.CORE_GROUP,
        EARLIER_DATE,
        dt.time(10, 0),
        "Oakfield Primary School",
        people["Hannah"],
        people["Becky"],
    )
    meetings.start(earlier)
    for key in ("Kerry", "Priya", "Grace", "Alan", "Hannah", "Becky"):
        meetings.set_attendance(earlier, AttendanceEntry(people[key], AttendanceStatus.PRESENT))
    statement = meetings.add_statement(earlier)
    meetings.update_statement(
        statement,
        "Children's services are worried that Maisie and Leon hear Daniel hurt Kerry, and "
        "that they are frightened at home.",
        "Maisie and Leon live in a calm home where nobody is hurt, for six months.",
    )
    job = meetings.add_action(earlier)
    old_job = next(a for a in meetings.get(earlier).actions if a.id == job)
    meetings.update_action(
        replace(
            old_job,
            what="Daniel to start the domestic abuse programme assessment",
            owner_id=people["Daniel"],
            due_date=dt.date(2026, 10, 16),
        )
    )
    meetings.close(earlier)

    # This Core Group.
    meeting = meetings.create_meeting(
        family_id,
        MeetingType.CORE_GROUP,
        MEETING_DATE,
        dt.time(10, 0),
        "Oakfield Primary School",
        people["Hannah"],
        people["Becky"],
    )
    meetings.start(meeting)
    for key in ("Kerry", "Daniel", "Tom", "Hannah", "Priya", "Becky", "Grace", "Ruth"):
        meetings.set_attendance(meeting, AttendanceEntry(people[key], AttendanceStatus.PRESENT))
    meetings.set_attendance(
        meeting,
        AttendanceEntry(
            people["Jean"], AttendanceStatus.APOLOGIES, absence_reason="At a hospital appointment"
        ),
    )
    meetings.set_attendance(
        meeting,
        AttendanceEntry(
            people["Alan"], AttendanceStatus.REPRESENTED, representative_id=people["Ruth"]
        ),
    )
    meetings.set_attendance(
        meeting,
        AttendanceEntry(
            people["Sofia"],
            AttendanceStatus.WRITTEN_REPORT,
            report_text=(
                "Kerry has engaged well with Safe Futures. She has a place at a refuge and "
                f"plans to move there next month ({REFUGE})."
            ),
        ),
    )
    meetings.set_attendance(
        meeting,
        AttendanceEntry(people["Mo"], AttendanceStatus.APOLOGIES, absence_reason="On a court day"),
    )
    meetings.set_reasons(
        meeting, "To review the child protection plan for Maisie, Leon and the baby."
    )
    meetings.set_update(
        meeting,
        AgencyUpdate(people["Kerry"], f"Kerry said things have been calmer ({KERRY_UPDATE})."),
    )
    meetings.set_update(
        meeting,
        AgencyUpdate(
            people["Priya"],
            f"Police shared information about a recent incident ({POLICE_INTEL}).",
            third_party=True,
        ),
    )
    meetings.set_update(
        meeting, AgencyUpdate(people["Grace"], "Leon's development check went well.")
    )
    meetings.set_child_views(
        meeting,
        ChildViews(
            children["Maisie"],
            f"Maisie said she is scared when dad shouts ({MAISIE_VIEWS}).",
            "Seen alone at school, with the Three Houses.",
        ),
    )
    meetings.set_child_views(
        meeting, ChildViews(children["Leon"], "Leon drew his family and his dog.", "Play at home.")
    )
    carried_statement = meetings.get(meeting).statements[0]
    meetings.set_statement_notes(
        carried_statement.id, f"A neighbour described shouting late at night ({NEIGHBOUR})."
    )
    meetings.set_columns(
        meeting,
        ThreeColumns(
            f"Shouting at home and the children frightened ({SHARED_WORRY}).",
            "Maisie goes to school every day. Kerry works with Safe Futures.",
            "Daniel starts the programme. Kerry gets support with the move.",
        ),
    )
    meetings.set_contingency(
        meeting, "If there is another incident, a strategy discussion is held the same day."
    )
    part = meetings.add_contingency_part(meeting)
    meetings.update_contingency_part(
        part, f"If Daniel finds out where Kerry is living, police are called at once ({SAFE_PLAN})."
    )
    carried_job = next(a for a in meetings.get(meeting).actions if a.is_carried)
    meetings.update_action(
        replace(
            carried_job,
            status=ActionStatus.NOT_DONE,
            due_date=dt.date(2026, 12, 11),
            work_done="Not started: the assessment was cancelled twice.",
        )
    )
    new_job = meetings.add_action(meeting)
    meetings.update_action(
        replace(
            next(a for a in meetings.get(meeting).actions if a.id == new_job),
            what="Help Kerry move and register the children with a new GP",
            owner_id=people["Priya"],
            joint_owner_ids=(people["Kerry"],),
            due_date=dt.date(2026, 12, 18),
        )
    )
    decision = meetings.add_decision(meeting)
    meetings.update_question(decision, "Should Maisie and Leon stay on child protection plans?")
    meetings.set_vote(meeting, decision, Vote(people["Priya"], VoteChoice.FOR, "Risks remain."))
    meetings.set_vote(
        meeting, decision, Vote(people["Grace"], VoteChoice.FOR, "Too soon to step down.")
    )
    meetings.set_vote(
        meeting,
        decision,
        Vote(
            people["Alan"],
            VoteChoice.AGAINST,
            f"Maisie is doing well in school ({SCHOOL_DISSENT}).",
        ),
    )
    meetings.set_vote(
        meeting,
        decision,
        Vote(people["Kerry"], VoteChoice.NOT_VOTED, f"I think we are safe now ({KERRY_VIEW})."),
    )
    meetings.set_next_meeting(
        meeting, NextMeeting(dt.date(2026, 12, 17), dt.time(10, 0), "Oakfield Primary School")
    )
    meetings.set_review_conference(meeting, dt.date(2027, 2, 4), False, "")
    meetings.set_chair_summary(
        meeting, "The plan continues. Kerry's move is the priority this month."
    )
    # Who may see what.
    meetings.set_withholding(
        meeting, f"report:{people['Sofia']}", Withholding(from_people=(people["Daniel"],))
    )
    meetings.set_withholding(
        meeting, f"child_views:{children['Maisie']}", Withholding(from_people=(people["Daniel"],))
    )
    meetings.set_withholding(
        meeting, f"statement_notes:{carried_statement.id}", Withholding(from_family=True)
    )
    meetings.set_withholding(
        meeting, f"contingency_part:{part}", Withholding(from_people=(people["Daniel"],))
    )
    meetings.close(meeting)
    minutes.add_exclusion(
        meeting,
        Exclusion(
            0,
            people["Daniel"],
            (StepKey.UPDATES,),
            "Kerry's safety: she spoke about her plans to move.",
        ),
    )
    minutes.agree(meeting, people["Hannah"], AGREED_ON)
    # Sent out: each parent their own copy, the family summary to the grandmother, the full
    # record to the social worker.
    from chair_app.core.lifecycle import SendMethod
    from chair_app.services.minutes import CopyKind

    minutes.record_sent(meeting, people["Kerry"], SendMethod.BY_HAND, AGREED_ON)
    minutes.record_sent(meeting, people["Daniel"], SendMethod.POST, AGREED_ON)
    minutes.record_sent(
        meeting, people["Jean"], SendMethod.BY_HAND, AGREED_ON, CopyKind.FAMILY_SUMMARY
    )
    minutes.record_sent(meeting, people["Priya"], SendMethod.SECURE_EMAIL, AGREED_ON, CopyKind.FULL)
    return RealisticCase(meeting, earlier, people, children, decision)
