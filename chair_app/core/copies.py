"""Who may see what: the one rule every copy of the record is built by.

A copy holds an item only if nothing withholds it from the copy's reader. The readers:

* the full record (the chair's and the council's file): sees everything, with each withheld
  item marked with who it is withheld from;
* one person's copy: loses what is withheld from the family (when the person is a family
  member or advocate) and what is withheld from them by name;
* the family summary and the room display: read by the family together, in a room that may
  hold anyone; they lose everything withheld from anybody.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace

from chair_app.core.domain import Family, Meeting, Withholding

# What a copy holds in place of an item withheld from its reader. Every printer of the record
# (the minutes, the family summary, the room display) reads the redacted meeting, so the item's
# text is simply not there to print.
WITHHELD_TEXT = "Withheld from this copy."


class ReaderKind(enum.Enum):
    FULL_RECORD = "full_record"
    PERSON = "person"
    FAMILY = "family"  # the family summary
    ROOM = "room"  # the room display


@dataclass(frozen=True, slots=True)
class Reader:
    """Who a copy is for. person_id and is_professional are set for a PERSON copy only."""

    kind: ReaderKind
    person_id: int | None = None
    is_professional: bool = False

    @classmethod
    def person(cls, family: Family, person_id: int) -> Reader:
        """The reader of one person's copy.

        Raises:
            KeyError: the person is not in the family's network.
        """
        person = family.person(person_id)
        if person is None:
            raise KeyError(person_id)
        return cls(ReaderKind.PERSON, person.id, person.is_professional)


FULL_RECORD = Reader(ReaderKind.FULL_RECORD)
FAMILY_READER = Reader(ReaderKind.FAMILY)
ROOM_READER = Reader(ReaderKind.ROOM)


def may_see(withheld: Withholding, reader: Reader) -> bool:
    """Whether the reader's copy holds an item withheld as given."""
    if not withheld or reader.kind is ReaderKind.FULL_RECORD:
        return True
    if reader.kind is ReaderKind.PERSON:
        if withheld.from_family and not reader.is_professional:
            return False
        return reader.person_id not in withheld.from_people
    # The family summary and the room: read together, so anything kept from anybody is out.
    return False


def withheld_from_text(withheld: Withholding, family: Family) -> str:
    """Who an item is withheld from, in words, for the full record: "the family and their
    advocates", "Daniel Hughes", "the family and their advocates, and Daniel Hughes"."""
    parts = []
    if withheld.from_family:
        parts.append("the family and their advocates")
    names = [
        person.name if (person := family.person(person_id)) else "someone no longer listed"
        for person_id in withheld.from_people
    ]
    if names:
        parts.append(", ".join(names))
    return ", and ".join(parts)


def copy_for(meeting: Meeting, reader: Reader) -> Meeting:
    """The meeting as the reader's copy holds it: the text of every item withheld from the
    reader replaced with WITHHELD_TEXT (who it is withheld from is kept, so a printer can say
    so). The full record is the meeting itself.

    The items: written reports, updates, children's views (and how they were gathered), danger
    statements' notes, the three columns, the contingency plan and each further part, and what
    each person said on a decision.
    """
    if reader.kind is ReaderKind.FULL_RECORD:
        return meeting

    def hidden(withheld: Withholding) -> bool:
        return not may_see(withheld, reader)

    columns = meeting.columns
    if hidden(columns.worries_withheld):
        columns = replace(columns, worries=WITHHELD_TEXT)
    if hidden(columns.working_well_withheld):
        columns = replace(columns, working_well=WITHHELD_TEXT)
    if hidden(columns.needs_to_happen_withheld):
        columns = replace(columns, needs_to_happen=WITHHELD_TEXT)
    return replace(
        meeting,
        attendance=tuple(
            replace(entry, report_text=WITHHELD_TEXT) if hidden(entry.report_withheld) else entry
            for entry in meeting.attendance
        ),
        updates=tuple(
            replace(update, text=WITHHELD_TEXT) if hidden(update.withheld) else update
            for update in meeting.updates
        ),
        child_views=tuple(
            replace(views, views=WITHHELD_TEXT, how_gathered="")
            if hidden(views.withheld)
            else views
            for views in meeting.child_views
        ),
        statements=tuple(
            replace(statement, notes=WITHHELD_TEXT)
            if hidden(statement.notes_withheld)
            else statement
            for statement in meeting.statements
        ),
        columns=columns,
        contingency=(
            WITHHELD_TEXT if hidden(meeting.contingency_withheld) else meeting.contingency
        ),
        contingency_parts=tuple(
            replace(part, text=WITHHELD_TEXT) if hidden(part.withheld) else part
            for part in meeting.contingency_parts
        ),
        decisions=tuple(
            replace(
                decision,
                votes=tuple(
                    replace(vote, reason=WITHHELD_TEXT) if hidden(vote.reason_withheld) else vote
                    for vote in decision.votes
                ),
            )
            for decision in meeting.decisions
        ),
    )


def is_withheld_text(text: str) -> bool:
    """Whether a copy's text is the place of an item withheld from its reader."""
    return text == WITHHELD_TEXT
