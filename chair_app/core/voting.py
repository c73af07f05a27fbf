"""Who votes on a decision, and why anyone else's vote is not counted.

The voters are the professionals present, and an agency's representative voting for an absent
member of that agency (attendance "represented", with the representative a person of the
network). The representative's vote is the agency's: it is stored under the absent member's
person id and printed "for [agency], given by [representative]". The chair and the minute-taker
never vote. Family members, friends and advocates are heard: what they say on a decision is
stored as a view (a Vote whose choice is NOT_VOTED, with the reason as what they said), never
counted.
"""

from __future__ import annotations

from dataclasses import dataclass

from chair_app.core.attendance import stands_in_for
from chair_app.core.domain import AttendanceStatus, Family, Meeting, Person, Vote, VoteChoice
from chair_app.core.language import translate

# The English of two refusals (vote_refusal gives them in the display language).
CHAIR_DOES_NOT_VOTE = "The chair does not vote."
MINUTE_TAKER_DOES_NOT_VOTE = "The minute-taker does not vote."


@dataclass(frozen=True, slots=True)
class Voter:
    """One vote on each decision. person: whose vote it is (the vote is stored under their id);
    given_by: the representative who gives it, when the person was absent and represented."""

    person: Person
    given_by: Person | None = None

    @property
    def person_id(self) -> int:
        return self.person.id

    @property
    def agency(self) -> str:
        return self.person.agency.strip() or self.person.role.strip() or self.person.name

    @property
    def label(self) -> str:
        """ "Priya Desai", or "for Brookfield Primary School, given by Helen Carter"."""
        if self.given_by is None:
            return self.person.name
        return translate("Voting", "for {agency}, given by {name}").format(
            agency=self.agency, name=self.given_by.name
        )

    @property
    def speaker(self) -> str:
        """Who gave the vote: "Priya Desai", "Helen Carter (for Brookfield Primary School)"."""
        if self.given_by is None:
            return self.person.name
        return translate("Voting", "{name} (for {agency})").format(
            name=self.given_by.name, agency=self.agency
        )


def voters(meeting: Meeting, family: Family) -> tuple[Voter, ...]:
    """Who votes, in the network's order: the professionals present, and the representative of
    each absent professional who was represented by a person of the network (once: not again
    in their own name). Never the chair or the minute-taker, neither in their own name nor as
    someone's representative."""
    officers = {meeting.chair_id, meeting.minute_taker_id} - {None}
    found: list[Voter] = []
    for person in family.people:
        if not person.is_professional or person.id in officers:
            continue
        entry = meeting.attendance_of(person.id)
        # A representative marked present as well still gives one vote: the agency's.
        if entry.status is AttendanceStatus.PRESENT and not stands_in_for(meeting, person.id):
            found.append(Voter(person))
        elif entry.status is AttendanceStatus.REPRESENTED:
            representative = family.person(entry.representative_id)
            if representative is not None and representative.id not in officers:
                found.append(Voter(person, representative))
    return tuple(found)


def voter_of(meeting: Meeting, family: Family, person_id: int) -> Voter | None:
    return next((v for v in voters(meeting, family) if v.person_id == person_id), None)


def _kind(person: Person) -> str:
    if "advocate" in person.role.casefold():
        return translate("Voting", "an advocate")
    return translate("Voting", "a family member")


def not_a_voter(meeting: Meeting, family: Family, person_id: int) -> str:
    """Why a vote stored under this person is not counted, in a few words ("" when it is):
    "the chair does not vote", "a family member: their view is heard, not counted"..."""
    person = family.person(person_id)
    if person is None:
        return translate("Voting", "not a member of the family's network")
    if person_id == meeting.chair_id:
        return translate("Voting", "the chair does not vote")
    if person_id == meeting.minute_taker_id:
        return translate("Voting", "the minute-taker does not vote")
    if not person.is_professional:
        return translate("Voting", "{kind}: their view is heard, not counted").format(
            kind=_kind(person)
        )
    if voter_of(meeting, family, person_id) is not None:
        return ""
    represented = [family.person(pid) for pid in stands_in_for(meeting, person_id)]
    names = [p.name for p in represented if p is not None]
    if names:
        return translate(
            "Voting", "came in place of {names}: the vote is given under that name"
        ).format(names=translate("Voting", " and ").join(names))
    entry = meeting.attendance_of(person_id)
    if entry.status is AttendanceStatus.REPRESENTED:
        return translate(
            "Voting", "represented, but the representative is not a person of the network"
        )
    if entry.status is AttendanceStatus.NOT_RECORDED:
        return translate("Voting", "not marked present")
    return translate("Voting", "not present: {status}").format(
        status=entry.status.label.lower()
    )


def vote_refusal(meeting: Meeting, family: Family, vote: Vote) -> str:
    """Why the vote may not be recorded, naming the rule, as a sentence for the user; "" when
    it may. An empty vote (not voted, nothing said) is always allowed: it records nothing.
    A family member's or advocate's view (not voted, with what they said) is allowed: it is
    heard, not counted."""
    if vote.choice is VoteChoice.NOT_VOTED and not vote.reason.strip():
        return ""
    person = family.person(vote.person_id)
    if person is None:
        return translate(
            "Voting", "Only members of the family's network are heard on a decision."
        )
    if person.id == meeting.chair_id:
        return translate("Voting", "The chair does not vote.")
    if person.id == meeting.minute_taker_id:
        return translate("Voting", "The minute-taker does not vote.")
    if not person.is_professional:
        if vote.choice is VoteChoice.NOT_VOTED:
            return ""
        return translate(
            "Voting",
            "Only professionals present vote; {name} is {kind}: their view is heard, not counted.",
        ).format(name=person.name, kind=_kind(person))
    why = not_a_voter(meeting, family, person.id)
    if not why:
        return ""
    if stands_in_for(meeting, person.id):
        return translate("Voting", "{name} {why}.").format(name=person.name, why=why)
    return translate("Voting", "Only professionals present vote; {name} is {why}.").format(
        name=person.name, why=why
    )


def heard_views(
    meeting: Meeting, family: Family, votes: tuple[Vote, ...]
) -> tuple[tuple[Person, str], ...]:
    """What family members and advocates said on a decision, in the network's order."""
    by_person = {v.person_id: v for v in votes}
    return tuple(
        (person, " ".join(by_person[person.id].reason.split()))
        for person in family.people
        if not person.is_professional
        and person.id in by_person
        and by_person[person.id].reason.strip()
    )


def not_counted(
    meeting: Meeting, family: Family, votes: tuple[Vote, ...]
) -> tuple[tuple[Vote, str], ...]:
    """Stored votes the tally leaves out (a choice was made, but the person does not vote,
    for example because their attendance changed afterwards), each with the reason why."""
    found = []
    for vote in votes:
        if vote.choice is VoteChoice.NOT_VOTED:
            continue
        why = not_a_voter(meeting, family, vote.person_id)
        if why:
            found.append((vote, why))
    return tuple(found)
