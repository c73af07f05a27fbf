"""The minutes as one renderer-neutral document: its blocks, sections and the settings of a
copy (MinutesExtras). Both the DOCX and the PDF are rendered from the same ``MinutesDocument``,
so the two files cannot say different things: renderers only decide how a block looks, never what
it says."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from chair_app.core.agenda import StepKey
from chair_app.core.copies import FULL_RECORD, Reader
from chair_app.core.domain import Action
from chair_app.core.history import ScaleHistory
from chair_app.core.minutes_words import QT_TRANSLATE_NOOP

PROTECTIVE_MARKING = QT_TRANSLATE_NOOP("Minutes", "OFFICIAL-SENSITIVE")


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    emphasis: bool = False  # a note or a label, set apart from the record's own words


@dataclass(frozen=True, slots=True)
class Subheading:
    text: str


@dataclass(frozen=True, slots=True)
class FieldList:
    """Label and value pairs, such as the heading block or the next meeting."""

    items: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Table:
    """A table with a header row. ``widths`` are relative column widths, one per header."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class BulletList:
    items: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Figure:
    """A picture (PNG bytes) with its caption; ``aspect`` is height / width."""

    png: bytes
    caption: str
    aspect: float


@dataclass(frozen=True, slots=True)
class SideBySide:
    """A copy in both languages laid out in two columns: each row holds the same block in
    Welsh (left) and in English (right), as the Welsh Language Standards ask."""

    rows: tuple[tuple[Block, Block], ...]


Block = Paragraph | Subheading | FieldList | Table | BulletList | Figure | SideBySide


@dataclass(frozen=True, slots=True)
class Section:
    title: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True, slots=True)
class MinutesDocument:
    """What every rendering of the minutes contains, in order.

    Attributes:
        title: the document's title, e.g. "Core Group minutes".
        marking: the protective marking printed in every page header.
        heading: the heading block (family, type, date, time, venue, chair, minute-taker).
        sections: the body, in agenda order.
        footer_label: the left part of every page footer; renderers add "Page X of Y".
    """

    title: str
    marking: str
    heading: FieldList
    sections: tuple[Section, ...]
    footer_label: str
    # Which copy this is ("Full record", "Copy for NAME", "Family summary") and the version and
    # fingerprint line printed under every page footer ("" for none).
    copy_label: str = "Full record"
    footer_note: str = ""
    # The copy's language ("en", "cy", or "both" for a copy in Welsh and English) and the
    # words of the page number in every footer, in that language.
    language: str = "en"
    page_label: str = "Page {number} of {total}"

    def plain_text(self) -> str:
        """All the words of the document, one block per line: what a reader must find in a file."""
        lines = [self.marking, self.title]
        lines += [f"{label}: {value}" for label, value in self.heading.items]
        for section in self.sections:
            lines.append(section.title)
            for block in section.blocks:
                lines.extend(block_lines(block))
        return "\n".join(lines)


def block_lines(block: Block) -> list[str]:
    """The text lines of one block, as they read in any rendering."""
    match block:
        case Paragraph(text=text) | Subheading(text=text):
            return [text]
        case FieldList(items=items):
            return [f"{label}: {value}" for label, value in items]
        case Table(headers=headers, rows=rows):
            return [" | ".join(headers)] + [" | ".join(row) for row in rows]
        case BulletList(items=items):
            return list(items)
        case Figure(caption=caption):
            return [caption]
        case SideBySide(rows=rows):
            return [line for pair in rows for block in pair for line in block_lines(block)]
    raise TypeError(f"unknown block {type(block).__name__}")


@dataclass(frozen=True, slots=True)
class MinutesExtras:
    """What the minutes show from other meetings: each carried action's earlier reviews, the
    scores of every meeting so far, and the chart of them (a PNG drawn outside core)."""

    action_histories: Mapping[int, tuple[tuple[dt.date, Action], ...]] = field(
        default_factory=dict
    )
    scaling_history: tuple[ScaleHistory, ...] = ()
    scaling_chart: Figure | None = None
    # The copy: parts left out (a person excluded from them), third-party notes left out
    # (family copies), who was excluded from what (listed in the full record), and addenda.
    copy_label: str = "Full record"
    omit_steps: frozenset[StepKey] = frozenset()
    # Who the copy is for: what is withheld from them is not in it (core.copies.copy_for).
    reader: Reader = FULL_RECORD
    exclusions: tuple[tuple[str, str, str], ...] = ()  # (name, parts, reason)
    addenda: tuple[tuple[str, str, str, str], ...] = ()  # (date, by, why, text)
    footer_note: str = ""
    # The time spent on each step, (step title, seconds), when the chair asked for it to be
    # printed; () prints nothing.
    step_times: tuple[tuple[str, int], ...] = ()
    # The day the minutes were agreed, for the sign-off ("Not yet agreed" when None). Like the
    # footer, it is not part of the fingerprinted content: agreeing does not change the words.
    agreed_on: dt.date | None = None
    # Who was sent a copy: (name, copy, version, how, date), in the order recorded; () prints no
    # Distribution section. Names only: never an address.
    distribution: tuple[tuple[str, str, str, str, str], ...] = ()


# Printed through minutes_words.translate, in the copy's language.
OMITTED = QT_TRANSLATE_NOOP("Minutes", "This part of the meeting is omitted from this copy.")
THIRD_PARTY_OMITTED = QT_TRANSLATE_NOOP(
    "Minutes", "Confidential third-party information is omitted from this copy."
)

