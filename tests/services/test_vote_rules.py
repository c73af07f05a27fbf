"""A vote the rules would not count is refused when it is entered, naming the rule; a family
member's view on a decision is kept, heard and not counted; a representative votes for their
absent member's agency."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from chair_app.core.domain import AttendanceEntry, AttendanceStatus, Person, Vote, VoteChoice
from chair_app.core.rules import RuleViolation
from chair_app.models.db import SessionFactory
from chair_app.services.families import FamilyService
from chair_app.services.meetings import MeetingService

FOR, AGAINST, NOT_VOTED = VoteChoice.FOR, VoteChoice.AGAINST, VoteChoice.NOT_VOTED


@dataclass
class Draft:
    meetings: MeetingService
    meeting: int
    decision: int
    people: dict[str, int]  # first name ("Okoro" for PC Daniel Okoro) -> id


@pytest.fixture
def draft(factory: SessionFactory, with_demo_family: None) -> Draft:
    """The demo's draft Core Group (Priya chairs, Tom takes the minutes) with everyone's
    attendance: Ffion and the family present, PC Okoro represented by a colleague."""
    families = FamilyService(factory)
    (summary,) = families.list_families()
    family = families.get_family(summary.id)
    people = {
        (p.name.split()[-1] if p.name.startswith("PC ") else p.name.split()[0]): p.id
        for p in family.people
    }
    meetings = MeetingService(factory)
    meeting = family.meetings[1].id
    for name in ("Priya", "Tom", "Ffion", "Kerry", "Jo"):
        meetings.set_attendance(meeting, AttendanceEntry(people[name], AttendanceStatus.PRESENT))
    people["Lena"] = meetings.add_representative(
        meeting,
        people["Okoro"],
        Person(0, "DS Lena Frost", "Detective sergeant", "Northfield Police, Public Protection Unit",
               True),
    )
    decision = meetings.add_decision(meeting)
    meetings.update_question(decision, "Ask for an early review conference?")
    return Draft(meetings, meeting, decision, people)


def _votes(draft: Draft) -> tuple[Vote, ...]:
    [decision] = draft.meetings.get(draft.meeting).decisions
    return decision.votes


def test_set_vote_by_the_chair_refused_naming_the_rule(draft: Draft) -> None:
    with pytest.raises(RuleViolation, match="^The chair does not vote.$"):
        draft.meetings.set_vote(draft.meeting, draft.decision, Vote(draft.people["Priya"], FOR))
    assert _votes(draft) == ()


def test_set_vote_by_the_minute_taker_refused_naming_the_rule(draft: Draft) -> None:
    with pytest.raises(RuleViolation, match="^The minute-taker does not vote.$"):
        draft.meetings.set_vote(draft.meeting, draft.decision, Vote(draft.people["Tom"], AGAINST))
    assert _votes(draft) == ()


def test_set_vote_by_a_family_member_refused_her_view_is_heard(draft: Draft) -> None:
    kerry = draft.people["Kerry"]
    with pytest.raises(RuleViolation) as refused:
        draft.meetings.set_vote(draft.meeting, draft.decision, Vote(kerry, AGAINST))
    assert str(refused.value) == (
        "Only professionals present vote; Kerry Marlowe is a family member: their view is "
        "heard, not counted."
    )
    assert _votes(draft) == ()


def test_set_vote_family_members_and_advocates_views_are_kept(draft: Draft) -> None:
    kerry, jo = draft.people["Kerry"], draft.people["Jo"]
    draft.meetings.set_vote(draft.meeting, draft.decision, Vote(kerry, NOT_VOTED, "Not yet."))
    draft.meetings.set_vote(draft.meeting, draft.decision, Vote(jo, NOT_VOTED, "Give it time."))
    assert {(v.person_id, v.choice, v.reason) for v in _votes(draft)} == {
        (kerry, NOT_VOTED, "Not yet."),
        (jo, NOT_VOTED, "Give it time."),
    }
    text = draft.meetings.build_minutes(draft.meeting, with_chart=False).plain_text()
    assert "Heard: Kerry Marlowe (Mother) said: Not yet." in text


def test_set_vote_by_an_absent_professional_refused(draft: Draft) -> None:
    ffion = draft.people["Ffion"]
    draft.meetings.set_attendance(draft.meeting, AttendanceEntry(ffion, AttendanceStatus.APOLOGIES))
    with pytest.raises(RuleViolation, match="Ffion Rhys is not present: sent apologies"):
        draft.meetings.set_vote(draft.meeting, draft.decision, Vote(ffion, FOR))


def test_set_vote_representative_votes_for_the_absent_agency(draft: Draft) -> None:
    okoro, lena = draft.people["Okoro"], draft.people["Lena"]
    # The representative's vote is stored under the absent officer: it is the agency's.
    draft.meetings.set_vote(draft.meeting, draft.decision, Vote(okoro, AGAINST, "Too soon."))
    with pytest.raises(RuleViolation, match="DS Lena Frost came in place of PC Daniel Okoro"):
        draft.meetings.set_vote(draft.meeting, draft.decision, Vote(lena, AGAINST))
    draft.meetings.set_vote(draft.meeting, draft.decision, Vote(draft.people["Ffion"], FOR))
    text = draft.meetings.build_minutes(draft.meeting, with_chart=False).plain_text()
    assert (
        "for Northfield Police, Public Protection Unit, given by DS Lena Frost | Northfield "
        "Police, Public Protection Unit | Against | Too soon." in text
    )
    assert "Tally: For 1, against 1, abstained 0. Outcome: No majority (votes tied)." in text
