"""Render a ``MinutesDocument`` as a PDF with reportlab's platypus.

Text is set in the bundled DejaVu Sans so that Welsh, Hebrew, Arabic and other non-Latin-1 letters
print. Free text can be arbitrarily long, so it is cut into paragraphs of bounded size (reportlab
re-wraps the rest of a paragraph at every page break, which is quadratic in its length), and
table cells are capped in height: a cell too tall for the page would make reportlab fail with a
LayoutError, so its overflow is printed in full straight after the table instead.
"""

from __future__ import annotations

import functools
import io
import math
import pathlib
from collections.abc import Callable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as PdfTable

from chair_app.core.language import Language, MinutesLanguage, texts_in, translate
from chair_app.core.minutes import (
    Block,
    BulletList,
    FieldList,
    Figure,
    MinutesDocument,
    Paragraph,
    SideBySide,
    Subheading,
    Table,
)
from chair_app.core.text import document_safe
from chair_app.export.pdf_flowables import Picture, paragraph, plain_lines, word_width
from chair_app.export.pdf_scripts import (
    ArabicStyle,
    RenderSettings,
    draw_line,
    missing_note,
    needs_script_layout,
    printable,
    text_width,
    visual_line,
)
from chair_app.paths import resources_dir

_FONT = "ChairDejaVuSans"
_FONT_BOLD = "ChairDejaVuSans-Bold"
_FONTS_DIR = resources_dir() / "fonts"

_PAGE_WIDTH, _PAGE_HEIGHT = A4
_LEFT_MARGIN = _RIGHT_MARGIN = 20 * mm
_TOP_MARGIN = 22 * mm
_BOTTOM_MARGIN = 20 * mm
_FRAME_WIDTH = _PAGE_WIDTH - _LEFT_MARGIN - _RIGHT_MARGIN
_FRAME_PADDING = 6  # SimpleDocTemplate's frames have 6 pt padding on every side
_AVAILABLE_WIDTH = _FRAME_WIDTH - 2 * _FRAME_PADDING

_TEXT_COLOUR = colors.HexColor("#1A1A1A")
_EMPHASIS_COLOUR = colors.HexColor("#595959")
_HEADER_ROW_FILL = colors.HexColor("#D9D9D9")
_GRID_COLOUR = colors.HexColor("#808080")
_CELL_PADDING = 3

# A paragraph flowable holds at most this many characters; longer texts become several.
_CHUNK_CHARS = 2000
# A table cell is never taller than this, well under half the frame, so that any row plus the
# repeated header row always fits on a page.
_MAX_CELL_HEIGHT = 300.0
# Cells whose estimated height is under this share of the cap skip the exact measurement.
_CELL_ESTIMATE_MARGIN = 0.5
# Longest text measured for a cell; anything after it goes below the table.
_CELL_MEASURE_CHARS = 4000
_FIELD_LABEL_SHARE = 0.28
# Cells up to this long are measured as one line and, if they fit, drawn as plain strings.
_PLAIN_CELL_CHARS = 200
# Space that must be left below a heading, else it starts a new page: a few lines of text or
# table rows. A section heading is often followed by a subheading, so it asks for more.
_ROOM_AFTER_HEADING1 = 110.0
_ROOM_AFTER_HEADING2 = 60.0
# Cell text whose longest word is wider than the column is set smaller, down to this size,
# before words are broken (e.g. "statement" in the narrow scaling columns).
_MIN_CELL_FONT_SIZE = 7.0
# A column too narrow for the longest word in it (a name, say) is widened, taking the width from
# the other columns, up to this share of the frame; only a longer word is set smaller or broken.
_MAX_WIDENED_SHARE = 0.6
# Room left beside the longest word, for rounding in the paragraph's line fitting.
_WORD_SLACK = 1.0


@functools.cache
def _font_characters() -> frozenset[int]:
    """Register the bundled fonts once per process and return the code points they can draw."""
    regular = TTFont(_FONT, str(_FONTS_DIR / "DejaVuSans.ttf"))
    bold = TTFont(_FONT_BOLD, str(_FONTS_DIR / "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(regular)
    pdfmetrics.registerFont(bold)
    # No italic face is bundled: emphasis is shown by colour, and <i> falls back to upright.
    pdfmetrics.registerFontFamily(
        _FONT, normal=_FONT, bold=_FONT_BOLD, italic=_FONT, boldItalic=_FONT_BOLD
    )
    # Characters beyond U+FFFF (DejaVu draws a few emoji) are left out: reportlab 4 writes their
    # ToUnicode entries as 5 hex digits instead of a UTF-16 pair, a malformed CMap that readers
    # reject, which would make the PDF's text layer unsearchable for them or worse.
    return frozenset(
        code for code in regular.face.charToGlyph.keys() & bold.face.charToGlyph.keys()
        if code <= 0xFFFF
    )


def _printable(text: str) -> str:
    """``document_safe`` text in which characters no bundled font can print (DejaVu Sans, or a
    Noto font for Arabic, Urdu, Bengali, Gurmukhi, Devanagari and Chinese) become U+FFFD.

    Without this reportlab draws an empty box for a character the font lacks and writes a NUL
    into the text layer, so copying or searching the PDF would silently lose it. The mark
    shows that something could not be printed, and the PDF ends with a note naming each such
    character by code point (``render_pdf``); the DOCX keeps the original.
    """
    text = document_safe(text)
    if text.isascii():
        return text
    drawable = _font_characters()
    if all(ord(ch) in drawable or ch == "\n" for ch in text) and not needs_script_layout(text):
        return text
    return printable(text, drawable)


def pdf_text(text: str) -> str:
    """Text as the PDF holds it: ``document_safe``, with U+FFFD for what no bundled
    font can print (the words a check of an exported PDF expects to read back)."""
    return _printable(text)


@dataclass(frozen=True, slots=True)
class _Styles:
    title: ParagraphStyle
    heading1: ParagraphStyle
    heading2: ParagraphStyle
    body: ParagraphStyle
    body_continued: ParagraphStyle
    emphasis: ParagraphStyle
    emphasis_continued: ParagraphStyle
    bullet: ParagraphStyle
    bullet_continued: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_note: ParagraphStyle


@functools.cache
def _styles() -> _Styles:
    _font_characters()
    base = ParagraphStyle(
        "ChairBody",
        fontName=_FONT,
        fontSize=10,
        leading=13.5,
        textColor=_TEXT_COLOUR,
        alignment=TA_LEFT,
        spaceAfter=6,
        splitLongWords=1,  # long unbroken words wrap instead of running off the page
        bulletFontName=_FONT,
    )
    continued = ParagraphStyle("ChairBodyContinued", parent=base, spaceAfter=0)
    emphasis = ParagraphStyle("ChairEmphasis", parent=base, textColor=_EMPHASIS_COLOUR)
    bullet = ParagraphStyle("ChairBullet", parent=base, leftIndent=14, bulletIndent=3, spaceAfter=3)
    cell = ParagraphStyle("ChairCell", parent=base, fontSize=9, leading=11.5, spaceAfter=0)
    return _Styles(
        title=ParagraphStyle(
            "ChairTitle", parent=base, fontName=_FONT_BOLD, fontSize=18, leading=23, spaceAfter=10
        ),
        heading1=ParagraphStyle(
            "ChairHeading1", parent=base, fontName=_FONT_BOLD, fontSize=13.5, leading=17,
            spaceBefore=12, spaceAfter=6,
        ),
        heading2=ParagraphStyle(
            "ChairHeading2", parent=base, fontName=_FONT_BOLD, fontSize=11, leading=14,
            spaceBefore=8, spaceAfter=3,
        ),
        body=base,
        body_continued=continued,
        emphasis=emphasis,
        emphasis_continued=ParagraphStyle("ChairEmphasisContinued", parent=emphasis, spaceAfter=0),
        bullet=bullet,
        bullet_continued=ParagraphStyle("ChairBulletContinued", parent=bullet, spaceAfter=0),
        cell=cell,
        cell_bold=ParagraphStyle("ChairCellBold", parent=cell, fontName=_FONT_BOLD),
        cell_note=ParagraphStyle("ChairCellNote", parent=cell, textColor=_EMPHASIS_COLOUR),
    )


# The languages of the copy being drawn, for the renderer's own notes (a table cell continued
# below the table, characters no font has): Welsh, English, or Welsh then English.
_note_languages: ContextVar[tuple[Language, ...]] = ContextVar(
    "note_languages", default=(Language.ENGLISH,)
)


def _copy_languages(document: MinutesDocument) -> tuple[Language, ...]:
    try:
        return MinutesLanguage(document.language).languages
    except ValueError:
        return (Language.ENGLISH,)


def _note(text: Callable[[], str]) -> str:
    """A note of the renderer's own in the languages of the copy being drawn."""
    parts = []
    for language in _note_languages.get():
        with texts_in(language):
            parts.append(text())
    return " / ".join(parts)


def render_pdf(
    document: MinutesDocument, path: pathlib.Path, *, password: str | None = None,
    arabic: ArabicStyle = ArabicStyle.NASKH,
) -> None:
    """Write the minutes to a PDF file.

    Args:
        document: the minutes to render; every text is cleaned with ``document_safe`` on the way.
        path: where to write the file; an existing file is replaced.
        password: when given, the PDF is encrypted (AES-256) and opens only with this
            password; it is drawn in memory, so no unprotected copy reaches the disk.
        arabic: the font for Arabic-script text: Noto Naskh Arabic, or Noto Nastaliq Urdu
            for readers who prefer it (no setting offers it yet).
    """
    token = _note_languages.set(_copy_languages(document))
    try:
        with RenderSettings(arabic) as settings:
            _render_pdf(document, path, password, settings)
    finally:
        _note_languages.reset(token)


def _render_pdf(
    document: MinutesDocument, path: pathlib.Path, password: str | None,
    settings: RenderSettings,
) -> None:
    encryption = None
    if password is not None:
        from chair_app.export.protect import pdf_encryption

        encryption = pdf_encryption(password)
    styles = _styles()
    story: list[Flowable] = []
    story += _paragraphs(document.title, styles.title, styles.title)
    story += _paragraphs(document.copy_label, styles.heading2, styles.heading2)
    story += _field_table(document.heading.items, styles)
    for section in document.sections:
        story += _heading(section.title, styles.heading1, _ROOM_AFTER_HEADING1)
        for block in section.blocks:
            story += _block(block, styles)

    marking = _printable(document.marking)
    footer_label = _printable(document.footer_label)
    footer_note = _printable(document.footer_note)
    if settings.missing:
        note = _note(lambda: missing_note(settings.missing))
        story += _paragraphs(note, styles.emphasis, styles.emphasis)
    drawn = io.BytesIO()
    doc = SimpleDocTemplate(
        drawn if encryption is not None else str(path),
        pagesize=A4,
        leftMargin=_LEFT_MARGIN,
        rightMargin=_RIGHT_MARGIN,
        topMargin=_TOP_MARGIN,
        bottomMargin=_BOTTOM_MARGIN,
        title=_printable(document.title),
        subject=marking,
        author="",
        creator="Chair",
        producer="Chair",
        initialFontName=_FONT,  # else every page names Helvetica, a font the PDF does not embed
    )
    doc.build(
        story,
        canvasmaker=functools.partial(
            _NumberedCanvas,
            marking=marking,
            footer_label=footer_label,
            footer_note=footer_note,
            page_label=document.page_label,
        ),
    )
    if encryption is not None:
        path.write_bytes(encryption.apply(drawn.getvalue()))


class _NumberedCanvas(canvas.Canvas):
    """A canvas that holds every page back until the end, so each footer can say "of Y".

    The page header and footer are drawn here rather than in onPage callbacks because only at
    ``save`` is the total number of pages known.
    """

    def __init__(
        self,
        *args: Any,
        marking: str,
        footer_label: str,
        footer_note: str = "",
        page_label: str = "Page {number} of {total}",
        **kwargs: Any,
    ) -> None:
        self._footer_note = footer_note
        self._page_label = page_label
        super().__init__(*args, **kwargs)
        self._marking = marking
        self._footer_label = footer_label
        self._page_states: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._page_states.append(dict(self.__dict__))
        # Canvas.showPage's second half (the recipe for "page N of M"); private, so not in
        # the reportlab stubs.
        self._startPage()  # type: ignore[attr-defined]

    def save(self) -> None:
        total = len(self._page_states)
        for number, state in enumerate(self._page_states, start=1):
            self.__dict__.update(state)
            self._draw_header_and_footer(number, total)
            super().showPage()
        super().save()

    def _draw_header_and_footer(self, number: int, total: int) -> None:
        self.saveState()
        self.setFillColor(_TEXT_COLOUR)
        self.setFont(_FONT_BOLD, 10)
        _draw_string(self, _PAGE_WIDTH / 2, _PAGE_HEIGHT - 13 * mm, self._marking,
                     _FONT_BOLD, 10, "centre")

        self.setStrokeColor(_GRID_COLOUR)
        self.setLineWidth(0.5)
        line_y = 14 * mm
        self.line(_LEFT_MARGIN, line_y, _PAGE_WIDTH - _RIGHT_MARGIN, line_y)
        # In the copy's language: "Page 2 of 5", "Tudalen 2 o 5".
        page_text = _printable(self._page_label.format(number=number, total=total))
        size = 8.5
        self.setFont(_FONT, size)
        text_y = 10 * mm
        self.drawRightString(_PAGE_WIDTH - _RIGHT_MARGIN, text_y, page_text)
        room = _FRAME_WIDTH - pdfmetrics.stringWidth(page_text, _FONT, size) - 12
        _draw_string(self, _LEFT_MARGIN, text_y, _fit(self._footer_label, room, size),
                     _FONT, size, "left")
        if self._footer_note:
            # The version and fingerprint in full, on a line of their own.
            self.setFont(_FONT, 6.5)
            _draw_string(self, _LEFT_MARGIN, 6.5 * mm, self._footer_note, _FONT, 6.5, "left")
        self.restoreState()


def _draw_string(
    drawing: canvas.Canvas, x: float, y: float, text: str, font: str, size: float, align: str
) -> None:
    """One line of page furniture; text in a script that needs it is shaped and put in
    visual order."""
    if not needs_script_layout(text):
        drawing.setFont(font, size)
        if align == "centre":
            drawing.drawCentredString(x, y, text)
        else:
            drawing.drawString(x, y, text)
        return
    pieces = visual_line(text, font, size, 0)
    width = sum(piece.width for piece in pieces)
    left = x - width / 2 if align == "centre" else x
    draw_line(drawing, left, y, pieces, size)


def _fit(text: str, width: float, size: float) -> str:
    """The footer label on one line: shortened with an ellipsis if it is too wide."""
    text = " ".join(text.split())
    measure = text_width if needs_script_layout(text) else pdfmetrics.stringWidth
    if measure(text, _FONT, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if measure(text[:middle] + "…", _FONT, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def _block(block: Block, styles: _Styles) -> list[Flowable]:
    match block:
        case Paragraph(text=text, emphasis=True):
            return _paragraphs(text, styles.emphasis, styles.emphasis_continued)
        case Paragraph(text=text):
            return _paragraphs(text, styles.body, styles.body_continued)
        case Subheading(text=text):
            return _heading(text, styles.heading2, _ROOM_AFTER_HEADING2)
        case FieldList(items=items):
            return _field_table(items, styles)
        case Table():
            return _table(block, styles)
        case Figure(png=png, caption=caption, aspect=aspect):
            width = _AVAILABLE_WIDTH
            picture = Picture(png, width, width * aspect)
            return [
                KeepTogether(
                    [picture, *_paragraphs(caption, styles.emphasis, styles.emphasis_continued)]
                )
            ]
        case SideBySide():
            return _side_by_side(block, styles)
        case BulletList(items=items):
            flowables: list[Flowable] = []
            for item in items:
                chunks = _chunks(_printable(item))
                for index, chunk in enumerate(chunks):
                    last = index == len(chunks) - 1
                    style = styles.bullet if last else styles.bullet_continued
                    bullet = "•" if index == 0 else None
                    flowables.append(paragraph(chunk, style, bullet))
            return flowables
    raise TypeError(f"unknown block {type(block).__name__}")


def _side_by_side(block: SideBySide, styles: _Styles) -> list[Flowable]:
    """Welsh on the left and English on the right, a row for each block of the two texts. A
    row taller than the space left on a page is split inside it (``splitInRow``)."""
    half = _AVAILABLE_WIDTH / 2
    inner = half - 2 * _CELL_PADDING
    data = [
        [_in_column(left, styles, inner), _in_column(right, styles, inner)]
        for left, right in block.rows
    ]
    if not data:
        return []
    style = TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("LINEAFTER", (0, 0), (0, -1), 0.5, _GRID_COLOUR),
        ]
    )
    table = PdfTable(data, colWidths=[half, half], style=style, hAlign="LEFT", splitInRow=1)
    return [table, Spacer(1, 6)]


def _in_column(block: Block, styles: _Styles, width: float) -> list[Flowable]:
    """One block in a column of a side-by-side copy. A table is set as lines (its header row,
    then one line a row, cells between " · ", an empty one as "–") and a label list as label
    and value lines: text that can break across pages anywhere, as a table inside a column
    cannot."""
    match block:
        case Subheading(text=text):
            return _paragraphs(text, styles.heading2, styles.heading2)
        case FieldList(items=items):
            flowables: list[Flowable] = []
            for label, value in items:
                flowables += _paragraphs(label, styles.cell_bold, styles.cell_bold)
                flowables += _paragraphs(value, styles.body, styles.body_continued)
            return flowables
        case Table(headers=headers, rows=rows):
            flowables = _paragraphs(" · ".join(headers), styles.cell_bold, styles.cell_bold)
            for row in rows:
                line = " · ".join(cell.strip() or "–" for cell in row)
                flowables += _paragraphs(line, styles.body, styles.body_continued)
            return flowables
        case Figure(png=png, caption=caption, aspect=aspect):
            return [
                Picture(png, width, width * aspect),
                *_paragraphs(caption, styles.emphasis, styles.emphasis_continued),
            ]
    return _block(block, styles)


def _heading(text: str, style: ParagraphStyle, room_after: float) -> list[Flowable]:
    """A heading that starts a new page unless ``room_after`` points fit below it.

    This is used instead of keepWithNext, which keeps a heading with the whole of the next
    flowable: with a long table after it, that moves the table to the next page and leaves most
    of the page blank.
    """
    chunks = _chunks(_printable(text))
    if len(chunks) == 1:
        heading = paragraph(chunks[0], style)
        _, height = heading.wrap(_AVAILABLE_WIDTH, _PAGE_HEIGHT)
        return [CondPageBreak(style.spaceBefore + height + style.spaceAfter + room_after), heading]
    # A heading of pages of text cannot be kept with what follows; set it like body text.
    plain = ParagraphStyle(style.name + "Long", parent=style, spaceAfter=0)
    return [paragraph(chunk, plain) for chunk in chunks]


def _paragraphs(
    text: str, style: ParagraphStyle, continued: ParagraphStyle
) -> list[Flowable]:
    """One text as paragraph flowables of bounded size; only the last has space after it."""
    chunks = _chunks(_printable(text))
    last = len(chunks) - 1
    return [
        paragraph(chunk, style if index == last else continued)
        for index, chunk in enumerate(chunks)
    ]


def _chunks(text: str, limit: int = _CHUNK_CHARS) -> list[str]:
    """Cut text into pieces of at most ``limit`` characters, at line ends where possible.

    Lines are grouped while they fit; a longer line is cut at the last space before the limit, or
    at the limit itself if it is one unbroken word. No character is lost.
    """
    if len(text) <= limit:
        return [text]
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    for line in text.split("\n"):
        while len(line) > limit:
            if current:
                chunks.append("\n".join(current))
                current, size = [], 0
            cut = line.rfind(" ", limit // 2, limit)
            cut = limit if cut <= 0 else cut + 1
            chunks.append(line[:cut])
            line = line[cut:]
        if current and size + len(line) + 1 > limit:
            chunks.append("\n".join(current))
            current, size = [], 0
        current.append(line)
        size += len(line) + 1
    if current:
        chunks.append("\n".join(current))
    return chunks


def _column_widths(relative: Sequence[float], count: int) -> list[float]:
    """Relative widths scaled to the frame; equal widths if they do not match the columns."""
    if len(relative) != count or any(w <= 0 for w in relative):
        relative = [1.0] * count
    total = float(sum(relative))
    return [_AVAILABLE_WIDTH * w / total for w in relative]


def _longest_word_width(cells: Sequence[tuple[str, ParagraphStyle]]) -> float:
    """The width of the widest word among the cells, each in its style."""
    longest = 0.0
    for text, style in cells:
        words = set(_printable(text).split())
        if words:
            width = max(word_width(w, style.fontName, style.fontSize) for w in words)
            longest = max(longest, width)
    return longest


def _widths_fitting_words(
    widths: Sequence[float], columns: Sequence[Sequence[tuple[str, ParagraphStyle]]]
) -> list[float]:
    """Column widths in which each column holds the longest word in it (names are never broken
    inside a word): a column too narrow gets wider, and the others give the width up in
    proportion to their widths, never below their own longest word. The total is unchanged.

    A column is widened to at most ``_MAX_WIDENED_SHARE`` of the frame; when the columns' words
    cannot all fit, each gets a share in proportion to what it needs (and a word still too wide
    is set smaller, then broken, by ``_cell``).
    """
    total = float(sum(widths))
    needs = []
    for width, cells in zip(widths, columns, strict=True):
        longest = _longest_word_width(cells)
        need = longest + 2 * _CELL_PADDING + _WORD_SLACK if longest else 0.0
        needs.append(min(need, max(width, _AVAILABLE_WIDTH * _MAX_WIDENED_SHARE)))
    if all(width >= need for width, need in zip(widths, needs, strict=True)):
        return list(widths)
    if sum(needs) >= total:
        return [total * need / sum(needs) for need in needs]
    result = list(widths)
    fixed: set[int] = set()
    while True:  # each round fixes at least one more column at its need, so it ends
        for index, need in enumerate(needs):
            if index not in fixed and result[index] < need:
                fixed.add(index)
                result[index] = need
        free = [index for index in range(len(widths)) if index not in fixed]
        remaining = total - sum(result[index] for index in fixed)
        share = sum(widths[index] for index in free)
        for index in free:
            result[index] = remaining * widths[index] / share
        if all(result[index] >= needs[index] for index in free):
            return result


@dataclass(slots=True)
class _Overflow:
    """Text of a table cell that did not fit in the cell, printed after the table."""

    where: str
    text: str


def _cell(
    text: str, width: float, style: ParagraphStyle, styles: _Styles, where: str,
    overflow: list[_Overflow],
) -> str | Flowable | list[Flowable]:
    """A table cell's content, at most ``_MAX_CELL_HEIGHT`` tall; the rest goes to ``overflow``.

    A short single line that fits the column is returned as a plain string, which the table draws
    in the font its style sets: most cells (names, dates, scores) are like that, and skipping
    paragraph parsing and wrapping for them halves the time of a large meeting. A longer plain
    text in that font is broken into lines by reportlab's paragraph and handed back as those
    lines, which the table draws at the same places for less than the paragraph costs.
    """
    text = _printable(text)
    inner = width - 2 * _CELL_PADDING
    table_style = style  # the font the table's commands set for this cell
    if len(text) <= _PLAIN_CELL_CHARS:
        one_line = "\n" not in text and not needs_script_layout(text)
        if one_line and pdfmetrics.stringWidth(text, style.fontName, style.fontSize) <= inner:
            return text
        style = _style_fitting_words(text, inner, style)
    if len(text) <= _CELL_MEASURE_CHARS and _estimated_height(text, inner, style) <= (
        _MAX_CELL_HEIGHT * _CELL_ESTIMATE_MARGIN
    ):
        drawn = paragraph(text, style)
        if style is table_style:
            lines = plain_lines(drawn, inner)
            if lines is not None:
                return lines
        return drawn

    def fits(length: int) -> bool:
        _, height = paragraph(text[:length], style).wrap(inner, 1e9)
        return height <= _MAX_CELL_HEIGHT

    high = min(len(text), _CELL_MEASURE_CHARS)
    if high == len(text) and fits(high):
        return paragraph(text, style)
    low = 1
    while low < high:  # the longest prefix that fits; one character always does
        middle = (low + high + 1) // 2
        if fits(middle):
            low = middle
        else:
            high = middle - 1
    # Prefer to end the cell at a line end or space so that no word is cut in two.
    cut = max(text.rfind("\n", 0, low + 1), text.rfind(" ", 0, low + 1))
    cut = cut + 1 if cut > low // 2 else low
    overflow.append(_Overflow(where, text[cut:]))
    return [
        paragraph(text[:cut], style),
        paragraph(
            _note(lambda: translate("PdfNotes", "(continued below the table)")), styles.cell_note
        ),
    ]


def _style_fitting_words(text: str, width: float, style: ParagraphStyle) -> ParagraphStyle:
    """``style``, or a smaller size of it, in which the longest word of ``text`` fits ``width``."""
    longest = max(
        (word_width(word, style.fontName, style.fontSize) for word in text.split()),
        default=0.0,
    )
    if longest <= width:
        return style
    size = max(_MIN_CELL_FONT_SIZE, math.floor(style.fontSize * width / longest * 10) / 10)
    return _resized(style, size)


@functools.cache
def _resized(style: ParagraphStyle, size: float) -> ParagraphStyle:
    return ParagraphStyle(
        f"{style.name}@{size}", parent=style, fontSize=size,
        leading=style.leading * size / style.fontSize,
    )


def _estimated_height(text: str, width: float, style: ParagraphStyle) -> float:
    """A generous guess of a cell's height; exact wrapping happens only when it looks tall."""
    lines = 0
    for line in text.split("\n"):
        line_width = pdfmetrics.stringWidth(line, style.fontName, style.fontSize)
        # Word wrapping wastes space at line ends; doubling the share covers it.
        lines += max(1, math.ceil(2 * line_width / width))
    return lines * style.leading


def _table_style(header_rows: int, bold_first_column: bool, cell: ParagraphStyle) -> TableStyle:
    # The font commands apply to plain-string cells; paragraph cells carry their own style.
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), cell.fontName),
        ("FONTSIZE", (0, 0), (-1, -1), cell.fontSize),
        ("LEADING", (0, 0), (-1, -1), cell.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), cell.textColor),
        ("GRID", (0, 0), (-1, -1), 0.5, _GRID_COLOUR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), _CELL_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), _CELL_PADDING),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), _HEADER_ROW_FILL))
        commands.append(("FONTNAME", (0, 0), (-1, header_rows - 1), _FONT_BOLD))
    if bold_first_column:
        commands.append(("FONTNAME", (0, 0), (0, -1), _FONT_BOLD))
    return TableStyle(commands)


def _overflow_flowables(overflow: list[_Overflow], styles: _Styles) -> list[Flowable]:
    flowables: list[Flowable] = []
    for item in overflow:
        flowables.append(
            paragraph(
                _note(
                    lambda: translate("PdfNotes", "Continued from the table above ({where}):")
                ).format(where=item.where),
                styles.emphasis,
            )
        )
        flowables += _paragraphs(item.text, styles.body, styles.body_continued)
    return flowables


def _table(block: Table, styles: _Styles) -> list[Flowable]:
    count = len(block.headers) or max((len(row) for row in block.rows), default=0)
    if not count:
        return []
    headers = [_printable(h) for h in block.headers] + [""] * (count - len(block.headers))
    rows = []
    for values in block.rows:
        cells = list(values[:count]) + [""] * (count - len(values))
        if len(values) > count and count:
            cells[-1] = " | ".join(values[count - 1:])  # surplus cells are kept, not dropped
        rows.append(cells)
    columns = [
        [(headers[index], styles.cell_bold)] + [(cells[index], styles.cell) for cells in rows]
        for index in range(count)
    ]
    widths = _widths_fitting_words(_column_widths(block.widths, count), columns)
    overflow: list[_Overflow] = []
    data: list[list[Any]] = [
        [
            _cell(text, width, styles.cell_bold, styles, f"column “{text[:40]}”", overflow)
            for text, width in zip(headers, widths, strict=True)
        ]
    ]
    for number, cells in enumerate(rows, start=1):
        data.append(
            [
                _cell(text, width, styles.cell, styles,
                      f"row {number}, column “{header[:40]}”", overflow)
                for text, width, header in zip(cells, widths, headers, strict=True)
            ]
        )
    style = _table_style(1, False, styles.cell)
    table = PdfTable(data, colWidths=widths, repeatRows=1, style=style, hAlign="LEFT")
    return [table, Spacer(1, 8), *_overflow_flowables(overflow, styles)]


def _field_table(items: Sequence[tuple[str, str]], styles: _Styles) -> list[Flowable]:
    label_width = _AVAILABLE_WIDTH * _FIELD_LABEL_SHARE
    widths = _widths_fitting_words(
        [label_width, _AVAILABLE_WIDTH - label_width],
        [[(label, styles.cell_bold) for label, _ in items],
         [(value, styles.cell) for _, value in items]],
    )
    overflow: list[_Overflow] = []
    data = [
        [
            _cell(label, widths[0], styles.cell_bold, styles, f"“{label[:40]}”", overflow),
            _cell(value, widths[1], styles.cell, styles, f"“{label[:40]}”", overflow),
        ]
        for label, value in items
    ]
    if not data:
        return []
    style = _table_style(0, True, styles.cell)
    table = PdfTable(data, colWidths=widths, style=style, hAlign="LEFT")
    return [table, Spacer(1, 8), *_overflow_flowables(overflow, styles)]
