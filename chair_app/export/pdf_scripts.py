"""Text in every script for the PDF: font fallback, HarfBuzz shaping and the Unicode
bidirectional algorithm, for the paragraphs and table cells that need them.

Latin, Greek, Cyrillic and the like stay in DejaVu Sans and go through reportlab's own fast
paragraph. A text with a letter of Arabic (Arabic, Urdu), Hebrew, Bengali, Gurmukhi, Devanagari
or Chinese script, or a character DejaVu lacks, becomes a ``ScriptParagraph``:

* each character takes the first font that has it: the script's Noto font (Noto Naskh Arabic, or
  Noto Nastaliq Urdu when the reader prefers it, Noto Sans Bengali, Gurmukhi, Devanagari, CJK
  SC), else DejaVu; spaces, digits and punctuation stay in the font of the letters before them;
* the text is broken into lines in logical (typed) order; only then is each line put in visual
  order by the bidirectional algorithm (python-bidi's levels, rule L2 over runs), and a
  paragraph whose first strong letter is right-to-left is set right-aligned;
* runs in the Noto fonts are shaped by HarfBuzz (joined Arabic letters, Indic conjuncts and
  reordered vowel signs, mirrored brackets); DejaVu runs are not;
* each line is drawn inside a marked-content span whose ActualText is the line as typed, so
  that copying or ``pdftotext`` gives the text in logical order, not the glyphs' visual order.

A character no bundled font has is drawn as U+FFFD (``MISSING_SUBSTITUTE``) and its code
point is noted, for the note the renderer adds at the end of the file.
"""

from __future__ import annotations

import contextvars
import enum
import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import uharfbuzz
from bidi.mirror import MIRRORED
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr, TTFont
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable

from chair_app.core.language import translate
from chair_app.export.bidi_runs import base_is_rtl, has_rtl, levels
from chair_app.paths import resources_dir

_FONTS_DIR = resources_dir() / "fonts"

MISSING_SUBSTITUTE = "\ufffd"  # the replacement character, in DejaVu


class ArabicStyle(enum.Enum):
    """The Arabic-script font: Naskh (the default, for Arabic and Urdu), or Nastaliq, the style
    many Urdu readers prefer."""

    NASKH = "naskh"
    NASTALIQ = "nastaliq"


@dataclass(frozen=True, slots=True)
class _ScriptFont:
    name: str
    file: str
    ranges: tuple[tuple[int, int], ...]


_ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF),
                  (0xFE70, 0xFEFF))
_NASKH = _ScriptFont("ChairNotoNaskhArabic", "NotoNaskhArabic-Regular.ttf", _ARABIC_RANGES)
_NASTALIQ = _ScriptFont("ChairNotoNastaliqUrdu", "NotoNastaliqUrdu-Regular.ttf", _ARABIC_RANGES)
_OTHER_FONTS = (
    _ScriptFont("ChairNotoSansBengali", "NotoSansBengali-Regular.ttf", ((0x0980, 0x09FF),)),
    _ScriptFont("ChairNotoSansGurmukhi", "NotoSansGurmukhi-Regular.ttf", ((0x0A00, 0x0A7F),)),
    _ScriptFont(
        "ChairNotoSansDevanagari", "NotoSansDevanagari-Regular.ttf",
        ((0x0900, 0x097F), (0xA8E0, 0xA8FF), (0x1CD0, 0x1CFF)),
    ),
    _ScriptFont(
        "ChairNotoSansCJK", "NotoSansCJKsc-Subset.ttf",
        ((0x3000, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF),
         (0xFF00, 0xFFEF)),
    ),
)

_arabic_style: contextvars.ContextVar[ArabicStyle] = contextvars.ContextVar(
    "chair_pdf_arabic_style", default=ArabicStyle.NASKH
)
_missing: contextvars.ContextVar[set[int] | None] = contextvars.ContextVar(
    "chair_pdf_missing", default=None
)

# Texts that need this module: a letter of a right-to-left or shaped script, or of a script a
# Noto font draws. Anything else (Latin, Greek, Cyrillic ...) is left to reportlab's paragraph.
_COMPLEX = re.compile(
    "[\u0590-\u08ff\u0900-\u0dff\u1cd0-\u1cff\u200c-\u200f\u202a-\u202e\u2066-\u2069"
    "\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\ua8e0-\ua8ff\uf900-\ufaff\ufb1d-\ufdff"
    "\ufe70-\ufeff\uff00-\uffef]"
)
_BIDI_CONTROLS = dict.fromkeys(
    [0x200E, 0x200F, 0x061C, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)
# Invisible controls the layout acts on (joiners for shaping, marks, embeddings and isolates
# for the bidi algorithm): kept even where no font has a glyph for them.
_LAYOUT_CONTROLS = frozenset([0x200C, 0x200D, *_BIDI_CONTROLS])
# Where a line may break inside a word: before and after a Chinese or Japanese character.
_CJK_BREAK = re.compile("([\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef])")
# Characters that must not start a line (CJK closing punctuation).
_NO_LINE_START = frozenset("、。，．：；？！）」』】〕〉》,.:;?!)]}")


def needs_script_layout(text: str) -> bool:
    """Whether the text needs shaping, bidi or a Noto font (False for most texts, quickly)."""
    return not text.isascii() and _COMPLEX.search(text) is not None


class RenderSettings:
    """Sets the Arabic style and collects the missing characters for one PDF (``with``)."""

    def __init__(self, arabic: ArabicStyle = ArabicStyle.NASKH) -> None:
        self.arabic = arabic
        self.missing: set[int] = set()
        self._tokens: list[Any] = []

    def __enter__(self) -> RenderSettings:
        self._tokens = [_arabic_style.set(self.arabic), _missing.set(self.missing)]
        return self

    def __exit__(self, *_exc: object) -> None:
        _missing.reset(self._tokens[1])
        _arabic_style.reset(self._tokens[0])


class _ScriptTTFont(TTFont):
    """A Noto font whose shaped glyphs carry the text they stand for.

    HarfBuzz's glyphs (a joined Arabic letter, an Indic conjunct, a vowel sign moved before its
    consonant) are often not in the font's character map. Each (glyph, text) pair gets a code of
    its own in the Private Use Area, and the PDF's ToUnicode map gives that code the text of the
    glyph's cluster as typed (the first glyph of a cluster carries its text, the others none),
    so copying or ``pdftotext`` reads the letters typed, in logical order.
    """

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        self.characters = frozenset(self.face.charToGlyph)
        self._codes: dict[tuple[int, str], int] = {}
        self._texts: dict[int, str] = {}
        self._next_private = 0xE000

    def glyph_code(self, gid: int, text: str) -> int:
        """The code that draws glyph ``gid`` and reads back as ``text``."""
        face: Any = self.face  # glyphToChar is set by the face's loader, not in the stubs
        known = face.glyphToChar.get(gid)
        if known and known[0] < 0xE000 and chr(known[0]) == text:
            return int(known[0])
        code = self._codes.get((gid, text))
        if code is None:
            code = self._next_private
            while code in face.charToGlyph:
                code += 1
            if code > 0xF8FF:
                raise ValueError("no private code left")  # thousands of glyph-text pairs
            self._next_private = code + 1
            self._codes[(gid, text)] = code
            self._texts[code] = text
            face.charToGlyph[code] = gid
            face.glyphToChar.setdefault(gid, []).append(code)
            face.charWidths[code] = self.pdfScale(self.hbFont(1000).get_glyph_h_advance(gid))
        return code

    def addObjects(self, doc: Any) -> None:
        original = ttfonts.makeToUnicodeCMap
        texts = self._texts

        def to_unicode(fontname: str, subset: list[int]) -> str:
            cmap = original(fontname, subset)
            for index, code in enumerate(subset):
                if code in texts:
                    target = texts[code].encode("utf-16-be").hex().upper()
                    cmap = cmap.replace(f"\n<{index:02X}> <{code:04X}>\n",
                                        f"\n<{index:02X}> <{target}>\n")
            return cmap

        ttfonts.makeToUnicodeCMap = to_unicode
        try:
            super().addObjects(doc)
        finally:
            ttfonts.makeToUnicodeCMap = original


_script_fonts: dict[str, _ScriptTTFont] = {}


def _registered(font: _ScriptFont) -> frozenset[int]:
    """Register a Noto font on first use and return the code points it maps."""
    registered = _script_fonts.get(font.name)
    if registered is None:
        registered = _ScriptTTFont(font.name, str(_FONTS_DIR / font.file))
        pdfmetrics.registerFont(registered)
        _script_fonts[font.name] = registered
    return registered.characters


def _script_font(code: int, arabic: ArabicStyle | None = None) -> _ScriptFont | None:
    for lo, hi in _ARABIC_RANGES:
        if lo <= code <= hi:
            arabic = arabic or _arabic_style.get()
            return _NASTALIQ if arabic is ArabicStyle.NASTALIQ else _NASKH
    for font in _OTHER_FONTS:
        for lo, hi in font.ranges:
            if lo <= code <= hi:
                return font
    return None


def printable(text: str, base_characters: frozenset[int]) -> str:
    """Text in which each character some bundled font draws is kept; any other becomes
    ``MISSING_SUBSTITUTE`` and its code point is noted for the current PDF."""
    out = []
    missing = _missing.get()
    for ch in text:
        code = ord(ch)
        if code in base_characters or ch == "\n":
            out.append(ch)
            continue
        font = _script_font(code)
        if font is not None and code in _registered(font):
            out.append(ch)
        elif code in _LAYOUT_CONTROLS:
            out.append(ch)  # the joiners and bidi controls steer the layout, never print
        else:
            out.append(MISSING_SUBSTITUTE)
            if missing is not None:
                missing.add(code)
    return "".join(out)


@functools.cache
def _is_neutral(ch: str) -> bool:
    category = unicodedata.category(ch)
    return category[0] in "ZPSNC" or category in ("Mn", "Mc", "Me")


@functools.cache
def _char_font(ch: str, arabic: ArabicStyle) -> str | None:
    """The Noto font that draws the character, if its script has one and the font has it."""
    code = ord(ch)
    font = _script_font(code, arabic)
    return font.name if font is not None and code in _registered(font) else None


def font_runs(text: str, base_font: str) -> tuple[tuple[str, str], ...]:
    """(font name, text) runs: letters in their script's Noto font, others in ``base_font``;
    spaces, digits, punctuation and marks stay with the letters before them when that font has
    them."""
    return _font_runs(text, base_font, _arabic_style.get())


@functools.lru_cache(maxsize=16384)
def _font_runs(text: str, base_font: str, arabic: ArabicStyle) -> tuple[tuple[str, str], ...]:
    runs: list[tuple[str, list[str]]] = []
    for ch in text:
        name = _char_font(ch, arabic) or base_font
        if runs and name == base_font and runs[-1][0] != base_font and _is_neutral(ch):
            previous = runs[-1][0]
            if ord(ch) in _characters_of(previous) or unicodedata.category(ch) == "Cf":
                name = previous
        if runs and runs[-1][0] == name:
            runs[-1][1].append(ch)
        else:
            runs.append((name, [ch]))
    return tuple((name, "".join(chars)) for name, chars in runs)


def _characters_of(font_name: str) -> frozenset[int]:
    font = _script_fonts.get(font_name)
    return font.characters if font is not None else frozenset()


def _is_script_font(name: str) -> bool:
    return name.startswith("ChairNoto")


@functools.lru_cache(maxsize=8192)
def _shaped(text: str, font_name: str, size: float, rtl: bool) -> tuple[ShapedStr, float]:
    """HarfBuzz's glyphs for a run, in visual order, as reportlab draws a shaped string (its
    glyphs as characters of the embedded subset, with their positions), and the run's width."""
    font = _script_fonts[font_name]
    hb_font = font.hbFont(size)
    buffer = uharfbuzz.Buffer()
    buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_GRAPHEMES
    buffer.add_str(text)
    buffer.guess_segment_properties()
    buffer.direction = "rtl" if rtl else "ltr"
    uharfbuzz.shape(hb_font, buffer, {"kern": True, "liga": True})
    infos = buffer.glyph_infos
    starts = sorted({info.cluster for info in infos})
    ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))
    advances = [position.x_advance for position in buffer.glyph_positions]
    typed = _glyph_texts(text, [info.cluster for info in infos], advances, ends, rtl)
    face = font.face
    characters = []
    data = []
    width = 0.0
    for info, position, glyph_text in zip(infos, buffer.glyph_positions, typed, strict=True):
        cluster = info.cluster
        code = font.glyph_code(info.codepoint, glyph_text)
        characters.append(chr(code))
        x_advance = font.pdfScale(position.x_advance)
        data.append(
            ShapeData(
                cluster, x_advance, font.pdfScale(position.y_advance),
                font.pdfScale(position.x_offset), font.pdfScale(position.y_offset),
                face.charWidths[code],
            )
        )
        width += x_advance * size / 1000
    return ShapedStr("".join(characters), shapeData=data), width  # type: ignore[arg-type]


def _glyph_texts(
    text: str, clusters: list[int], advances: list[int], ends: dict[int, int], rtl: bool
) -> list[str]:
    """The typed text each glyph reads back as: a cluster's characters go to its glyphs that
    advance, in reading order (left to right, or right to left in a right-to-left run), one
    each, the last taking the rest; marks drawn over them (no advance) and glyphs beyond the
    characters read as nothing. So a vowel sign drawn before its consonant (Bengali "শি") still
    reads back consonant first, and a text reader sees no gap inside a word."""
    by_cluster: dict[int, list[int]] = {}
    for index, cluster in enumerate(clusters):
        by_cluster.setdefault(cluster, []).append(index)
    result = [""] * len(clusters)
    for cluster, glyphs in by_cluster.items():
        order = list(reversed(glyphs)) if rtl else glyphs
        order = [glyph for glyph in order if advances[glyph]] or order[:1]
        if len(order) == 1:
            result[order[0]] = text[cluster:ends[cluster]]
            continue
        characters = list(text[cluster:ends[cluster]])
        for position, glyph in enumerate(order):
            if position == len(order) - 1:
                result[glyph] = "".join(characters[position:])
            elif position < len(characters):
                result[glyph] = characters[position]
    return result


@functools.lru_cache(maxsize=16384)
def _run_width(text: str, font_name: str, size: float) -> float:
    if _is_script_font(font_name):
        return _shaped(text, font_name, size, has_rtl(text))[1]
    return pdfmetrics.stringWidth(text.translate(_BIDI_CONTROLS), font_name, size)


def text_width(text: str, font_name: str, size: float) -> float:
    """The width of a text set as a ``ScriptParagraph`` sets it (on one line)."""
    return _text_width(text, font_name, size, _arabic_style.get())


@functools.lru_cache(maxsize=16384)
def _text_width(text: str, font_name: str, size: float, arabic: ArabicStyle) -> float:
    return sum(_run_width(run, name, size) for name, run in _font_runs(text, font_name, arabic))


@dataclass(frozen=True, slots=True)
class _Piece:
    """A run of one font and one level, in visual order, ready to draw."""

    font: str
    text: str  # as typed
    drawn: str  # what is drawn: a shaped string, or the characters mirrored and reversed
    width: float


def visual_line(line: str, base_font: str, size: float, base_level: int) -> tuple[_Piece, ...]:
    """A line's runs in visual order (rule L2 over runs of one font and one level). The same
    lines recur (names in tables), so they are laid out once per process."""
    return _visual_line(line, base_font, size, base_level, _arabic_style.get())


@functools.lru_cache(maxsize=8192)
def _visual_line(
    line: str, base_font: str, size: float, base_level: int, arabic: ArabicStyle
) -> tuple[_Piece, ...]:
    resolved = levels(line, base_level) if has_rtl(line) or base_level else [0] * len(line)
    runs: list[tuple[int, str, str]] = []
    position = 0
    for name, text in _font_runs(line, base_font, arabic):
        start = position
        position += len(text)
        for index in range(start, position):
            ch = line[index]
            if runs and runs[-1][0] == resolved[index] and runs[-1][1] == name:
                runs[-1] = (runs[-1][0], name, runs[-1][2] + ch)
            else:
                runs.append((resolved[index], name, ch))
    if runs:
        highest = max(level for level, _, _ in runs)
        lowest_odd = min((level for level, _, _ in runs if level % 2), default=highest + 1)
        for level in range(highest, lowest_odd - 1, -1):
            index = 0
            while index < len(runs):
                if runs[index][0] >= level:
                    end = index
                    while end < len(runs) and runs[end][0] >= level:
                        end += 1
                    runs[index:end] = reversed(runs[index:end])
                    index = end
                else:
                    index += 1
    pieces = []
    for level, name, text in runs:
        rtl = level % 2 == 1
        if _is_script_font(name):
            drawn, width = _shaped(text, name, size, rtl)
            pieces.append(_Piece(name, text, drawn, width))
        else:
            # The bidi controls have done their work; DejaVu would draw some of them.
            plain = text.translate(_BIDI_CONTROLS)
            drawn_text = "".join(MIRRORED.get(ch, ch) for ch in reversed(plain)) if rtl else plain
            pieces.append(
                _Piece(name, text, drawn_text, pdfmetrics.stringWidth(drawn_text, name, size))
            )
    return tuple(pieces)


def _tokens(line: str) -> Iterator[str]:
    """The pieces between which a line may break: words with the spaces after them, and each
    Chinese or Japanese character on its own (a closing mark stays with the one before)."""
    for word in re.findall(r"\S+\s*|\s+", line):
        if _CJK_BREAK.search(word) is None:
            yield word
            continue
        parts = [part for part in _CJK_BREAK.split(word) if part]
        merged: list[str] = []
        for part in parts:
            if merged and (part[0] in _NO_LINE_START or part.isspace()):
                merged[-1] += part
            else:
                merged.append(part)
        yield from merged


def _clusters(word: str) -> list[str]:
    """A word cut between characters, never before a combining mark or joiner."""
    clusters: list[str] = []
    for ch in word:
        if clusters and (unicodedata.category(ch) in ("Mn", "Mc", "Me", "Cf")
                         or clusters[-1][-1] in "\u200c\u200d\u094d\u09cd\u0a4d"):
            clusters[-1] += ch
        else:
            clusters.append(ch)
    return clusters


def break_lines(text: str, font_name: str, size: float, width: float) -> list[str]:
    """The text's lines, in logical order, each at most ``width`` wide (a word wider than the
    line is cut between characters). No character is lost except the spaces at line ends."""
    lines: list[str] = []
    for source in text.split("\n"):
        current = ""
        current_width = 0.0
        for token in _tokens(source):
            token_width = text_width(token.rstrip(), font_name, size)
            if current and current_width + token_width > width:
                lines.append(current.rstrip())
                current, current_width = "", 0.0
            if not current and token_width > width:
                for cluster in _clusters(token):
                    cluster_width = text_width(cluster, font_name, size)
                    if current and current_width + cluster_width > width:
                        lines.append(current.rstrip())
                        current, current_width = "", 0.0
                    current += cluster
                    current_width += cluster_width
                continue
            current += token
            current_width += text_width(token, font_name, size)
        lines.append(current.rstrip())
    return lines


class _TextObject(PDFTextObject):
    """reportlab's text object with ``setRise`` fixed for two rises in a row (a shaped glyph
    raised, then the next raised differently, as Nastaliq's stacked letters are): reportlab
    replaces the first rise operator but forgets the new rise, so every later glyph of the line
    is raised or lowered by the difference."""

    def setRise(self, rise: float) -> None:
        code = self._code  # type: ignore[attr-defined]  # private state, not in the stubs
        operator = f"{fp_str(rise)} Ts"
        if code and code[-1].endswith(" Ts"):
            self._y += self._rise  # type: ignore[attr-defined,has-type]
            code[-1] = operator
        else:
            code.append(operator)
        self._rise = rise
        self._y -= rise  # type: ignore[attr-defined]


def draw_line(canvas: Any, x: float, y: float, pieces: tuple[_Piece, ...], size: float,
              colour: Any = None) -> None:
    """Draw a line's pieces from x (its left end) at baseline y."""
    canvas.saveState()
    if colour is not None:
        canvas.setFillColor(colour)
    for piece in pieces:
        if piece.drawn:
            canvas.setFont(piece.font, size)
            text_object = _TextObject(canvas, x, y)
            text_object.textOut(piece.drawn)
            canvas.drawText(text_object)
        x += piece.width
    canvas.restoreState()


class ScriptParagraph(Flowable):
    """A paragraph in any script: broken into lines in logical order, each line put in visual
    order and drawn with shaped runs; right-aligned when its base direction is right-to-left."""

    def __init__(self, text: str, style: ParagraphStyle, bullet: str | None = None) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.bullet = bullet
        self.rtl = base_is_rtl(text)
        self._lines: list[tuple[str, tuple[_Piece, ...]]] = []
        self._wrapped_width: float | None = None
        self.width = 0.0
        self.height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if availWidth != self._wrapped_width:
            style = self.style
            inner = availWidth - style.leftIndent - style.rightIndent
            level = 1 if self.rtl else 0
            self._lines = [
                (line, visual_line(line, style.fontName, style.fontSize, level))
                for line in break_lines(self.text, style.fontName, style.fontSize, max(inner, 1))
            ]
            self._wrapped_width = availWidth
        self.width = availWidth
        self.height = len(self._lines) * self.style.leading
        return self.width, self.height

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        fit = int(availHeight // self.style.leading)
        if fit <= 0 or fit >= len(self._lines):
            return [] if fit <= 0 else [self]
        head = [line for line, _ in self._lines[:fit]]
        tail = [line for line, _ in self._lines[fit:]]
        first_style = ParagraphStyle(self.style.name + "Head", parent=self.style, spaceAfter=0)
        first = ScriptParagraph("\n".join(head), first_style, self.bullet)
        first.rtl = self.rtl
        rest = ScriptParagraph("\n".join(tail), self.style)
        rest.rtl = self.rtl
        return [first, rest]

    def draw(self) -> None:
        style = self.style
        size = style.fontSize
        ascent = size * 0.8
        y = self.height - ascent - (style.leading - size) / 2
        left = style.leftIndent
        right = self.width - style.rightIndent
        right_aligned = self.rtl or style.alignment == TA_RIGHT
        if self.bullet:
            self.canv.setFont(style.bulletFontName, size)
            self.canv.setFillColor(style.textColor)
            if right_aligned:
                self.canv.drawString(right + style.leftIndent - style.bulletIndent - size,
                                     y, self.bullet)
            else:
                self.canv.drawString(style.bulletIndent, y, self.bullet)
        for _line, pieces in self._lines:
            line_width = sum(piece.width for piece in pieces)
            x = right - line_width if right_aligned else left
            draw_line(self.canv, x, y, pieces, size, style.textColor)
            y -= style.leading


def missing_note(codes: set[int]) -> str:
    """The note for the end of a PDF naming the characters it could not print, in the language
    texts are given in (the copy's: see export.pdf_renderer)."""
    listed = ", ".join(f"U+{code:04X}" for code in sorted(codes))
    return translate(
        "PdfNotes",
        "Some characters could not be printed in this PDF and are shown as {substitute}: "
        "{codes}. The Word (DOCX) copy holds them.",
    ).format(substitute=MISSING_SUBSTITUTE, codes=listed)
