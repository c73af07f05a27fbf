"""Who votes on a decision: the professionals present and absent agencies' representatives;
never the chair or the minute-taker; family members and advocates are heard, not counted."""

from __future__ import annotations

from dataclasses import replace

from sample_data import sample_family, sample_meeting

from chair_app.core.domain import (
    AttendanceEntry,
    AttendanceStatus,
    Decision,
    Family,
    Meeting,
    Person,
    Vote,
    VoteChoice,
)
from chair_app.core.rules import eligible_voters, tally
from chair_app.core.voting import (
    CHAIR_DOES_NOT_VOTE,
    MINUTE_TAKER_DOES_NOT_VOTE,
    heard_views,
    not_a_voter,
    not_counted,
    vote_refusal,
    voters,
)

# Sample family ids: 1 Dana (mother), 2 Rory (father), 3 Noor (social worker, the chair),
# 4 Bryn (health visitor, the minute-taker), 5 Ines (teacher, written report), 6 Sam (advocate),
# 7 PC Lyle Hart (police, represented by a typed name). Added here: 8 Hester (another social
# worker, present), 10 Mrs Okonjo (deputy head, Ines's school's representative).
FOR, AGAINST = VoteChoice.FOR, VoteChoice.AGAINST
HESTER = Person(8, "Hester Vane", "Senior social worker", "Children's Social Care", True)
DEPUTY = Person(10, "Ada Okonjo", "Deputy headteacher", "Elm Street Primary", True)


def _family() -> Family:
    family = sample_family()
    return replace(family, people=family.people + (HESTER, DEPUTY))


def _meeting(*entries: AttendanceEntry) -> Meeting:
    meeting = sample_meeting()
    changed = {e.person_id: e for e in (AttendanceEntry(8, AttendanceStatus.PRESENT),) + entries}
    attendance = tuple(changed.pop(e.person_id, e) for e in meeting.attendance)
    return replace(meeting, attendance=attendance + tuple(changed.values()))


def _represented_school() -> Meeting:
    """Ines (the teacher) could not come; Ada, her deputy head, came in her place."""
    return _meeting(AttendanceEntry(5, AttendanceStatus.REPRESENTED, representative_id=10))


def test_voters_chair_and_minute_taker_present_never_vote() -> None:
    ids = [v.person_id for v in voters(_meeting(), _family())]
    assert 3 not in ids and 4 not in ids
    assert ids == [8]


def test_voters_minute_taker_no_longer_reads_not_yet_voted_in_the_tally() -> None:
    decision = Decision(31, 1, "Early review?", (Vote(8, FOR),))
    result = tally(decision, eligible_voters(_meeting(), _family()))
    assert result.not_voted == 0
    assert result.summary == "For 1, against 0, abstained 0."


def test_voters_family_members_and_advocate_present_do_not_vote() -> None:
    meeting = _meeting(AttendanceEntry(2, AttendanceStatus.PRESENT))
    ids = {v.person_id for v in voters(meeting, _family())}
    assert ids.isdisjoint({1, 2, 6})


def test_voters_absent_professional_does_not_vote() -> None:
    meeting = _meeting(AttendanceEntry(8, AttendanceStatus.APOLOGIES))
    assert voters(meeting, _family()) == ()
    assert not_a_voter(meeting, _family(), 8) == "not present: sent apologies"


def test_voters_representative_votes_for_the_absent_members_agency() -> None:
    found = voters(_represented_school(), _family())
    [school] = [v for v in found if v.given_by is not None]
    # The vote is stored under Ines's id: it is her agency's.
    assert school.person_id == 5
    assert school.given_by == DEPUTY
    assert school.label == "for Elm Street Primary, given by Ada Okonjo"
    assert [v.person_id for v in found] == [5, 8]


def test_voters_representative_under_their_own_name_is_not_a_voter() -> None:
    meeting = _represented_school()
    assert 10 not in {v.person_id for v in voters(meeting, _family())}
    refusal = vote_refusal(meeting, _family(), Vote(10, FOR))
    assert refusal.startswith("Ada Okonjo came in place of Ines Carvalho")


def test_voters_representative_also_marked_present_votes_once_for_the_agency() -> None:
    """The deputy head came, so she is marked present too: she still gives one vote, the
    school's, and the tally has nobody left "not yet voted" for her."""
    meeting = _meeting(
        AttendanceEntry(5, AttendanceStatus.REPRESENTED, representative_id=10),
        AttendanceEntry(10, AttendanceStatus.PRESENT),
    )
    found = voters(meeting, _family())
    assert [(v.person_id, v.label) for v in found] == [
        (5, "for Elm Street Primary, given by Ada Okonjo"),
        (8, "Hester Vane"),
    ]
    assert vote_refusal(meeting, _family(), Vote(10, FOR)).startswith(
        "Ada Okonjo came in place of Ines Carvalho"
    )


def test_voters_represented_by_a_typed_name_has_nobody_to_vote() -> None:
    # PC Hart's representative is only a typed name in the sample: nobody of the network votes.
    assert 7 not in {v.person_id for v in voters(_meeting(), _family())}


def test_voters_chair_as_someones_representative_still_does_not_vote() -> None:
    meeting = _meeting(AttendanceEntry(5, AttendanceStatus.REPRESENTED, representative_id=3))
    assert 5 not in {v.person_id for v in voters(meeting, _family())}


def test_vote_refusal_chair() -> None:
    assert vote_refusal(_meeting(), _family(), Vote(3, FOR)) == CHAIR_DOES_NOT_VOTE
    assert CHAIR_DOES_NOT_VOTE == "The chair does not vote."


def test_vote_refusal_minute_taker() -> None:
    assert vote_refusal(_meeting(), _family(), Vote(4, AGAINST)) == MINUTE_TAKER_DOES_NOT_VOTE


def test_vote_refusal_family_member_names_the_rule() -> None:
    assert vote_refusal(_meeting(), _family(), Vote(1, FOR)) == (
        "Only professionals present vote; Dana Quill is a family member: "
        "their view is heard, not counted."
    )


def test_vote_refusal_advocate_named_as_an_advocate() -> None:
    assert "Sam Okafor is an advocate" in vote_refusal(_meeting(), _family(), Vote(6, AGAINST))


def test_vote_refusal_absent_professional() -> None:
    assert vote_refusal(_meeting(), _family(), Vote(5, FOR)) == (
        "Only professionals present vote; Ines Carvalho is not present: sent a written report."
    )


def test_vote_refusal_family_view_is_not_refused() -> None:
    view = Vote(1, VoteChoice.NOT_VOTED, "I want the children home by Christmas.")
    assert vote_refusal(_meeting(), _family(), view) == ""


def test_vote_refusal_representatives_vote_and_present_professional_accepted() -> None:
    meeting = _represented_school()
    assert vote_refusal(meeting, _family(), Vote(5, FOR)) == ""
    assert vote_refusal(meeting, _family(), Vote(8, AGAINST, "Too soon")) == ""


def test_not_counted_says_which_stored_votes_the_tally_leaves_out_and_why() -> None:
    votes = (Vote(3, FOR), Vote(8, AGAINST), Vote(1, VoteChoice.NOT_VOTED, "Please, no."))
    assert not_counted(_meeting(), _family(), votes) == (
        (Vote(3, FOR), "the chair does not vote"),
    )


def test_heard_views_family_and_advocate_in_network_order() -> None:
    votes = (
        Vote(6, VoteChoice.NOT_VOTED, "The parents need more time."),
        Vote(8, FOR, "Professional reason"),
        Vote(1, VoteChoice.NOT_VOTED, "I  want them home."),
        Vote(2, VoteChoice.NOT_VOTED, " "),
    )
    heard = heard_views(_meeting(), _family(), votes)
    assert [(p.name, said) for p, said in heard] == [
        ("Dana Quill", "I want them home."),
        ("Sam Okafor", "The parents need more time."),
    ]
