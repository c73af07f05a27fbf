"""What the room display shows: the current step and what is recorded on it, as plain lines.

The room display is a second window for a projector or a television, so that the family and
everyone else in the room can read what is written about them as it is written. This module
decides what it says; ``chair_app.ui.room_display`` only decides how it looks.

Nothing withheld from anybody reaches the room: the room reads the record through the one rule
of ``core.copies`` (the room may hold anyone, so it loses every withheld item), before anything
is rendered, so no rendering path can show a withheld text. A withheld update is removed, text
and author alike; in its place the updates step shows one unattributed line ("Some information
is confidential...") once any withheld update has text: naming the person would already tell
the room who holds confidential information about them.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, replace

from chair_app.core.agenda import AgendaStep, StepKey
from chair_app.core.copies import ROOM_READER, copy_for
from chair_app.core.dates import format_date, format_time
from chair_app.core.domain import Family, Meeting, MeetingStatus, Person
from chair_app.core.language import translate
from chair_app.core.minutes import (
    Block,
    BulletList,
    FieldList,
    Figure,
    MinutesExtras,
    Paragraph,
    Subheading,
    Table,
    build_minutes,
)
from chair_app.core.plain_language import PlainStep

CONFIDENTIAL_NOT_SHOWN = (
    "Some information is confidential to professionals and is not shown on this screen."
)
NOTHING_YET = "Nothing is recorded on this step yet."
CLOSING = "The chair is closing the meeting."
CLOSED = "The meeting is closed."
NOT_HELD = "The meeting did not go ahead."
# The English of the notes above; the screen shows them in the language shown (translate, below).


class LineKind(enum.Enum):
    """How a line reads on the screen: a heading, the record's own words, a label or note, one
    item of a list (an action, a person's score...), or the details of that item."""

    HEADING = "heading"
    TEXT = "text"
    NOTE = "note"
    ITEM = "item"
    DETAIL = "detail"  # the particulars of the item above it: who, by when, status...


@dataclass(frozen=True, slots=True)
class RoomLine:
    text: str
    kind: LineKind = LineKind.TEXT


@dataclass(frozen=True, slots=True)
class RoomView:
    """One screenful for the room.

    Attributes:
        title: the meeting and the family, e.g. "Core Group: Marlowe family".
        when: the meeting's date (and start time).
        counter: "Step 3 of 13".
        step_title: the step's title from the agenda.
        purpose: the step's one-line purpose.
        lines: what is recorded on the step, in reading order.
    """

    title: str
    when: str
    counter: str
    step_title: str
    purpose: str
    lines: tuple[RoomLine, ...]

    def plain_text(self) -> str:
        """Every word on the screen, one line each (for tests and for a screen reader)."""
        head = [self.title, self.when, self.counter, self.step_title, self.purpose]
        return "\n".join(head + [line.text for line in self.lines])


def for_the_room(meeting: Meeting) -> Meeting:
    """The meeting as the room may see it: every withheld item's text replaced (core.copies),
    and every withheld update removed, text and author alike."""
    shown = copy_for(meeting, ROOM_READER)
    return replace(shown, updates=tuple(u for u in shown.updates if not u.withheld))


def _has_confidential(meeting: Meeting) -> bool:
    return any(u.withheld and u.text.strip() for u in meeting.updates)


def _at(day: str, time: dt.time) -> str:
    """"Thursday 3 December 2026 at 10:00"."""
    return translate("Room", "{date} at {time}").format(date=day, time=format_time(time))


def _who(person: Person) -> str:
    parts = [p for p in (person.role, person.agency) if p.strip()]
    return f"{person.name} ({', '.join(parts)})" if parts else person.name


def _updates_lines(shown: Meeting, family: Family, confidential: bool) -> list[RoomLine]:
    lines: list[RoomLine] = []
    for person in sorted(family.people, key=lambda p: p.is_professional):
        text = shown.update_of(person.id).strip()
        if text:
            lines.append(RoomLine(_who(person), LineKind.HEADING))
            lines.extend(RoomLine(part) for part in _paragraphs(text))
    if confidential:
        lines.append(
            RoomLine(
                translate(
                    "Room",
                    "Some information is confidential to professionals and is not shown on this "
                    "screen.",
                ),
                LineKind.NOTE,
            )
        )
    return lines


def _paragraphs(text: str) -> list[str]:
    """Typed text as it was typed: one line for each paragraph, blank lines dropped."""
    return [part.strip() for part in text.splitlines() if part.strip()]


def _table_lines(table: Table) -> list[RoomLine]:
    """A table as readable lines, each row its lead (a name, an action) then its details: a
    projector cannot fit seven columns of large type."""
    lines = []
    for row in table.rows:
        cells = list(zip(table.headers, row, strict=False))
        if table.headers and table.headers[0] == "No." and len(row) > 1:
            lead, rest = f"{row[0]}. {row[1]}", cells[2:]
        else:
            lead, rest = row[0] if row else "", cells[1:]
        details = "; ".join(f"{header}: {value}" for header, value in rest if value.strip())
        lines.append(RoomLine(lead, LineKind.ITEM))
        if details:
            lines.append(RoomLine(details, LineKind.DETAIL))
    return lines


def _block_lines(block: Block) -> list[RoomLine]:
    match block:
        case Subheading(text=text):
            return [RoomLine(text, LineKind.HEADING)]
        case Paragraph(text=text, emphasis=emphasis):
            kind = LineKind.NOTE if emphasis else LineKind.TEXT
            return [RoomLine(part, kind) for part in _paragraphs(text)]
        case FieldList(items=items):
            return [RoomLine(f"{label}: {value}", LineKind.ITEM) for label, value in items]
        case Table():
            return _table_lines(block)
        case BulletList(items=items):
            return [RoomLine(item, LineKind.ITEM) for item in items]
        case Figure(caption=caption):
            return [RoomLine(caption, LineKind.NOTE)]
    raise TypeError(f"unknown block {type(block).__name__}")


def _closing_lines(meeting: Meeting) -> tuple[RoomLine, ...]:
    """While the meeting runs, that the chair is closing it; once closed, that it is, and the
    next meeting the room has agreed (the last thing the room needs to know)."""
    if meeting.status is MeetingStatus.NOT_HELD:
        return (RoomLine(translate("Room", "The meeting did not go ahead."), LineKind.NOTE),)
    if meeting.status is not MeetingStatus.CLOSED:
        return (RoomLine(translate("Room", "The chair is closing the meeting."), LineKind.NOTE),)
    lines = [RoomLine(translate("Room", "The meeting is closed."), LineKind.NOTE)]
    following = meeting.next_meeting
    if following.date is not None:
        when = format_date(following.date)
        if following.time is not None:
            when = _at(when, following.time)
        if following.venue.strip():
            when += f", {following.venue.strip()}"
        lines.append(
            RoomLine(translate("Room", "Next meeting: {when}").format(when=when), LineKind.ITEM)
        )
    return tuple(lines)


def step_lines(step: StepKey, meeting: Meeting, family: Family) -> tuple[RoomLine, ...]:
    """What is recorded on one step, for the room: never a confidential third-party update.

    Args:
        step: the agenda step on screen.
        meeting: the meeting as it stands, with any text typed but not yet saved applied.
        family: the family, with its children and network.

    Returns:
        The lines to show, in reading order; a "nothing yet" note when the step is empty.
    """
    confidential = _has_confidential(meeting)
    shown = for_the_room(meeting)
    if step is StepKey.CLOSE:
        return _closing_lines(meeting)
    if step is StepKey.UPDATES:
        lines = _updates_lines(shown, family, confidential)
    else:
        # The minutes' own wording, so the room reads what the minutes will say.
        extras = MinutesExtras(reader=ROOM_READER)
        document = build_minutes(shown, family, (step,), extras)
        lines = []
        several = len(document.sections) > 1
        for section in document.sections:
            if several:
                lines.append(RoomLine(section.title, LineKind.HEADING))
            for block in section.blocks:
                lines.extend(_block_lines(block))
    if lines:
        return tuple(lines)
    return (RoomLine(translate("Room", "Nothing is recorded on this step yet."), LineKind.NOTE),)


def room_view(
    meeting: Meeting,
    family: Family,
    agenda: tuple[AgendaStep, ...],
    index: int,
    plain: PlainStep | None = None,
) -> RoomView:
    """The room's screen for the step at ``index`` of the agenda.

    Args:
        meeting: the meeting, with typed but unsaved text applied (see ``step_lines``).
        family: the family; its name is shown, as the family is in the room.
        agenda: the meeting type's agenda, in order.
        index: the position of the chair's current step in ``agenda``.
        plain: the step in plain words, when the chair's window shows plain words: the room
            reads the same title and explanation as the chair.
    """
    step = agenda[index]
    when = format_date(meeting.date)
    if meeting.start_time:
        when = _at(when, meeting.start_time)
    return RoomView(
        title=f"{meeting.meeting_type.label}: {family.name}",
        when=when,
        counter=translate("Room", "Step {number} of {total}").format(
            number=index + 1, total=len(agenda)
        ),
        step_title=plain.title if plain is not None else step.title,
        purpose=plain.explanation if plain is not None else step.purpose,
        lines=step_lines(step.key, meeting, family),
    )
