"""The Decisions section of the minutes: a representative's vote, the family's views heard, and
stored votes the tally does not count."""

from __future__ import annotations

from dataclasses import replace

from sample_data import officers_apart, sample_family, sample_meeting

from chair_app.core.domain import (
    AttendanceEntry,
    AttendanceStatus,
    Decision,
    Person,
    Vote,
    VoteChoice,
)
from chair_app.core.minutes import MinutesDocument, Paragraph, Section, Table, build_minutes

# Sample ids: 1 Dana (mother), 3 Noor (social worker), 4 Bryn (health visitor), 5 Ines
# (teacher), 6 Sam (advocate); officers_apart adds 8 (chair) and 9 (minute-taker). Added here:
# 10 Ada, Ines's deputy head, who came in her place.
DEPUTY = Person(10, "Ada Okonjo", "Deputy headteacher", "Elm Street Primary", True)
NOT_VOTED = VoteChoice.NOT_VOTED


def _decisions(votes: tuple[Vote, ...], *entries: AttendanceEntry) -> Section:
    meeting, family = officers_apart(sample_meeting(), sample_family())
    family = replace(family, people=family.people + (DEPUTY,))
    changed = {e.person_id: e for e in entries}
    attendance = tuple(changed.pop(e.person_id, e) for e in meeting.attendance)
    meeting = replace(
        meeting,
        attendance=attendance + tuple(changed.values()),
        decisions=(Decision(31, 1, "Ask for an early review conference?", votes),),
    )
    return _section(build_minutes(meeting, family))


def _section(document: MinutesDocument) -> Section:
    [section] = [s for s in document.sections if s.title == "Decisions and votes"]
    return section


def _texts(section: Section) -> list[str]:
    return [b.text for b in section.blocks if isinstance(b, Paragraph)]


def test_decisions_representatives_vote_printed_for_the_agency_given_by_them() -> None:
    section = _decisions(
        (Vote(3, VoteChoice.FOR), Vote(4, VoteChoice.FOR), Vote(5, VoteChoice.AGAINST, "Too soon")),
        AttendanceEntry(5, AttendanceStatus.REPRESENTED, representative_id=10),
    )
    [table] = [b for b in section.blocks if isinstance(b, Table)]
    assert ("for Elm Street Primary, given by Ada Okonjo", "Elm Street Primary", "Against",
            "Too soon") in table.rows
    assert "Tally: For 2, against 1, abstained 0. Outcome: Agreed." in _texts(section)
    assert any("Ada Okonjo (for Elm Street Primary): Too soon" in str(b) for b in section.blocks)


def test_decisions_chair_and_minute_taker_not_in_the_vote_table() -> None:
    section = _decisions((Vote(3, VoteChoice.FOR),))
    [table] = [b for b in section.blocks if isinstance(b, Table)]
    assert [row[0] for row in table.rows] == ["Noor Haddad", "Bryn Ŵyn Pritchard"]
    assert "Tally: For 1, against 0, abstained 0, not yet voted 1. Outcome: Agreed." in _texts(
        section
    )


def test_decisions_family_members_view_heard_in_full() -> None:
    section = _decisions(
        (
            Vote(3, VoteChoice.FOR),
            Vote(1, NOT_VOTED, "I would rather wait until the course is finished."),
            Vote(6, NOT_VOTED, "Dana has done everything asked of her."),
        )
    )
    texts = _texts(section)
    assert (
        "Heard: Dana Quill (Mother) said: I would rather wait until the course is finished."
        in texts
    )
    assert (
        "Heard: Sam Okafor (Advocate, Parents' Advocacy) said: Dana has done everything asked "
        "of her." in texts
    )
    # Nobody's view is counted in the tally.
    assert "Tally: For 1, against 0, abstained 0, not yet voted 1. Outcome: Agreed." in texts


def test_decisions_stored_vote_no_longer_counted_is_said_with_the_reason() -> None:
    # Bryn voted, then her attendance was corrected to apologies: her vote is not counted.
    section = _decisions(
        (Vote(3, VoteChoice.FOR), Vote(4, VoteChoice.AGAINST, "Too early")),
        AttendanceEntry(4, AttendanceStatus.APOLOGIES),
    )
    texts = _texts(section)
    assert (
        "Not counted: Bryn Ŵyn Pritchard's vote (against; not present: sent apologies)." in texts
    )
    assert "Tally: For 1, against 0, abstained 0. Outcome: Agreed." in texts


def test_decisions_chairs_stored_vote_not_counted() -> None:
    meeting, family = sample_meeting(), sample_family()  # Noor chairs, Bryn takes the minutes
    texts = _texts(_section(build_minutes(meeting, family)))
    assert "Not counted: Noor Haddad's vote (for; the chair does not vote)." in texts
    assert (
        "Not counted: Bryn Ŵyn Pritchard's vote (against; the minute-taker does not vote)."
        in texts
    )


def test_decisions_family_members_vote_in_old_data_not_counted_and_view_heard() -> None:
    section = _decisions((Vote(1, VoteChoice.AGAINST, "Not yet"),))
    texts = _texts(section)
    assert (
        "Not counted: Dana Quill's vote (against; a family member: their view is heard, "
        "not counted)." in texts
    )
    assert "Heard: Dana Quill (Mother) said: Not yet" in texts
