"""Flowables for the PDF renderer that draw as reportlab's own do, for less: paragraphs given
to reportlab as the fragment its parser would make and broken into lines once per width, plain
cell text as the paragraph's lines, and pictures decoded and compressed once per process.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import io
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph as PdfParagraph
from reportlab.platypus.paragraph import cleanBlockQuotedText

from chair_app.export.pdf_scripts import ScriptParagraph, needs_script_layout, text_width


def markup(text: str) -> str:
    """Printable text as reportlab paragraph markup: escaped, with line breaks kept."""
    return escape(text).replace("\n", "<br/>")


class CachedParagraph(PdfParagraph):
    """reportlab's paragraph, its lines broken once per width.

    reportlab wraps a table cell's paragraph when the table measures its rows, again for each
    part of the table split across pages, and again to draw it; a body paragraph is wrapped again
    when it is split at a page break. The lines depend only on the width, so later wraps at the
    same width reuse the first (the same lines, drawn in the same places).
    """

    _wrapped_width: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # split drops the lines when it gives the paragraph up whole; then they are broken again.
        if availWidth == self._wrapped_width and hasattr(self, "blPara"):
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        if availWidth >= 1:  # below reportlab's fuzz it measures nothing
            self._wrapped_width = availWidth
        return size


_MARKUP_CHARACTERS = frozenset("&<>\n")


def paragraph(
    text: str, style: ParagraphStyle, bullet: str | None = None
) -> PdfParagraph | ScriptParagraph:
    """A paragraph of printable text (not markup). Text in a script that needs shaping,
    right-to-left order or a Noto font is a ``ScriptParagraph``. Other text without line breaks
    or characters that need escaping is handed to reportlab as the one fragment its parser would
    make of it, skipping the parse (a third of the time to build a large meeting's story)."""
    if needs_script_layout(text):
        return ScriptParagraph(text, style, bullet)
    if _MARKUP_CHARACTERS.isdisjoint(text):
        cleaned = cleanBlockQuotedText(text)
        if cleaned:
            fragment = _plain_fragment(style).clone(text=cleaned)
            return CachedParagraph(cleaned, style, bulletText=bullet, frags=[fragment])
    return CachedParagraph(markup(text), style, bulletText=bullet)


@functools.cache
def _plain_fragment(style: ParagraphStyle) -> Any:
    """The fragment reportlab's parser makes of plain text in ``style``, to clone."""
    return PdfParagraph("x", style).frags[0]


@dataclass(frozen=True, slots=True)
class _EncodedPicture:
    """A picture as reportlab puts it in a PDF: ``image`` (a ``PDFImageXObject``, its pixels
    compressed and its transparency a soft mask) is copied into each file under ``name``, the
    name reportlab gives a picture drawn by its ``key``."""

    key: str
    name: str
    image: Any


@functools.lru_cache(maxsize=4)
def _encoded_picture(png: bytes) -> _EncodedPicture:
    """The chart, decoded and compressed once per process: reportlab does both again for every
    file otherwise, a tenth of the time of a large meeting's PDF."""
    key = "chair-picture-" + hashlib.sha256(png).hexdigest()
    image = pdfdoc.PDFImageXObject(key, ImageReader(io.BytesIO(png)), mask="auto")
    # drawImage names a picture given by name after the MD5 of its name and mask.
    name = hashlib.md5(f"{key}auto".encode(), usedforsecurity=False).hexdigest()
    return _EncodedPicture(key, name, image)


class Picture(Flowable):
    """A PNG picture, drawn as reportlab's Image flowable draws it, from ``_encoded_picture``."""

    def __init__(self, png: bytes, width: float, height: float) -> None:
        super().__init__()
        self._png = png
        self.width = width
        self.height = height
        self.hAlign = "CENTER"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        picture = _encoded_picture(self._png)
        _add_picture(self.canv, picture)
        self.canv.drawImage(picture.key, 0, 0, self.width, self.height, mask="auto")


def _add_picture(drawing: canvas.Canvas, picture: _EncodedPicture) -> None:
    """Put a copy of the picture in the canvas's file under its name, as ``Canvas.drawImage``
    does the first time it meets a picture (reportlab internals, hence the private names), so
    that drawImage then finds it and only draws it."""
    document = drawing._doc  # type: ignore[attr-defined]
    registered = document.getXObjectName(picture.name)
    if document.idToObject.get(registered) is not None:
        return
    image = copy.copy(picture.image)
    mask = image.__dict__.pop("_smask", None)
    image.name = picture.name
    drawing._setXObjects(image)  # type: ignore[attr-defined]
    document.Reference(image, registered)
    document.addForm(picture.name, image)
    if mask is not None:
        mask_name = document.getXObjectName(mask.name)
        if document.idToObject.get(mask_name) is None:
            mask = copy.copy(mask)
            drawing._setXObjects(mask)  # type: ignore[attr-defined]
            image.smask = document.Reference(mask, mask_name)
        else:
            image.smask = pdfdoc.PDFObjectReference(mask_name)


@functools.lru_cache(maxsize=16384)
def word_width(word: str, font: str, size: float) -> float:
    """A word's width; the same names, dates and words recur in every table of a meeting."""
    if needs_script_layout(word):
        return text_width(word, font, size)
    return pdfmetrics.stringWidth(word, font, size)


def plain_lines(paragraph: PdfParagraph | ScriptParagraph, width: float) -> str | None:
    """The paragraph's lines, one per line of a plain string, when it is plain text in one font
    (None otherwise): each line as reportlab's paragraph would draw it."""
    if isinstance(paragraph, ScriptParagraph):
        return None
    paragraph.wrap(width, 1e9)
    broken = paragraph.blPara  # type: ignore[attr-defined]  # set by wrap; not in the stubs
    if broken.kind != 0:  # fragments in several fonts or with line breaks
        return None
    # A line a little too wide is squeezed by the paragraph (narrower spaces); a string is not.
    if any(extra < -1e-8 for extra, _ in broken.lines):
        return None
    return "\n".join(" ".join(words) for _, words in broken.lines)
