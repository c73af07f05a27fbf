"""Render a ``MinutesDocument`` as a Word (DOCX) file with python-docx.

The page set-up, styles, header and footer go through python-docx; the body is written as
WordprocessingML elements directly with lxml. python-docx's object API (``add_row``,
``table.cell``, ``add_run``) re-reads the XML on every call and is far too slow for a meeting with
hundreds of table rows, while building elements directly renders such a meeting in milliseconds.
"""

from __future__ import annotations

import io
import pathlib
import re
import secrets
from collections.abc import Sequence
from typing import IO
from xml.sax.saxutils import escape

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.parser import OxmlElement
from docx.parts.document import DocumentPart
from docx.shared import Pt, Twips
from lxml import etree

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
from chair_app.export.bidi_runs import base_is_rtl, direction_runs, has_rtl

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

# Page geometry in twentieths of a point (twips): A4 with 2 cm margins.
_PAGE_WIDTH = 11906
_PAGE_HEIGHT = 16838
_MARGIN = 1134
_HEADER_FOOTER_DISTANCE = 567
_TEXT_WIDTH = _PAGE_WIDTH - 2 * _MARGIN

_FONT = "Arial"
_BODY_HALF_POINTS = 22  # 11 pt
# 9 pt in tables: the narrow date and number columns of the actions table fit "01/12/2026".
_TABLE_HALF_POINTS = 18
_CELL_SIDE_MARGIN = 85  # 1.5 mm, narrower than Table Grid's 1.9 mm for the same reason
_CELL_TOP_MARGIN = 28
_FOOTER_HALF_POINTS = 18  # 9 pt
_TEXT_COLOUR = "1A1A1A"
_EMPHASIS_COLOUR = "595959"
_HEADER_ROW_FILL = "D9D9D9"
_TABLE_TEXT_STYLE = "TableText"
# Rows with at most this many characters are kept on one page.
_KEEP_ROW_CHARS = 600
_FIELD_LABEL_WIDTH = 2700  # about 4.8 cm: fits "Minute-taker" and "Start time" on one line

# Placeholder results shown until Word or LibreOffice updates the fields at layout time, so that
# text extraction reads "Page 1 of 1" rather than "Page  of ".
_FIELD_PLACEHOLDER = "1"


def render_docx(document: MinutesDocument, path: pathlib.Path | IO[bytes]) -> None:
    """Write the minutes to a DOCX file.

    Args:
        document: the minutes to render; every text is cleaned with ``document_safe`` on the way.
        path: where to write the file (an existing file is replaced), or a binary stream (to
            encrypt the file before it reaches the disk).
    """
    docx = Document()
    _set_up_page(docx)
    _set_up_styles(docx)
    _set_language(docx, document)
    _set_up_header_and_footer(docx, document)
    _set_properties(docx, document)

    parts: list[str | etree._Element] = [
        _paragraph(document.title, style="Title"),
        _paragraph(document.copy_label, bold=True),
        _field_table(document.heading.items),
    ]
    for section in document.sections:
        parts.append(_paragraph(section.title, style="Heading1"))
        for block in section.blocks:
            if isinstance(block, Figure):
                parts.extend(_figure(docx, block))
            else:
                parts.append(_block(block))

    body = docx.element.body
    sect_pr = body.find(_W + "sectPr")
    # Body content goes before the final section properties, which must stay last.
    index = body.index(sect_pr) if sect_pr is not None else len(body)
    elements, markup = _placeholders(parts)
    body[index:index] = elements
    part = docx.part
    part.__class__ = _MarkupDocumentPart
    part.markup = markup  # type: ignore[attr-defined]
    docx.save(str(path) if isinstance(path, pathlib.Path) else path)


def _figure(docx: DocxDocument, figure: Figure) -> list[str | etree._Element]:
    """The picture in a paragraph of its own, then its caption. python-docx adds a picture
    only at the end of the body, so the paragraph is made there and moved into place."""
    paragraph = docx.add_paragraph()
    width = Twips(_TEXT_WIDTH)
    paragraph.add_run().add_picture(io.BytesIO(figure.png), width=width)
    element = paragraph._p
    body = element.getparent()
    assert body is not None  # add_paragraph put it at the end of the body
    body.remove(element)
    return [element, _paragraph(figure.caption, italic=True, colour=_EMPHASIS_COLOUR)]


def _set_up_page(docx: DocxDocument) -> None:
    section = docx.sections[0]
    section.page_width = Twips(_PAGE_WIDTH)
    section.page_height = Twips(_PAGE_HEIGHT)
    section.left_margin = section.right_margin = Twips(_MARGIN)
    section.top_margin = section.bottom_margin = Twips(_MARGIN)
    section.header_distance = section.footer_distance = Twips(_HEADER_FOOTER_DISTANCE)
    section.different_first_page_header_footer = False


def _set_up_styles(docx: DocxDocument) -> None:
    styles = docx.styles.element
    defaults = styles.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr")
    if defaults is not None:
        _set_fonts(defaults)
        for tag in ("sz", "szCs"):
            size = defaults.find(_W + tag)
            if size is not None:
                size.set(_W + "val", str(_BODY_HALF_POINTS))
        lang = defaults.find(_W + "lang")
        if lang is not None:
            lang.set(_W + "val", "en-GB")
    paragraph_defaults = styles.find(f"{_W}docDefaults/{_W}pPrDefault/{_W}pPr/{_W}spacing")
    if paragraph_defaults is not None:
        paragraph_defaults.set(_W + "after", "120")
        paragraph_defaults.set(_W + "line", "264")

    # The template's headings use theme fonts and blue; theme attributes would win over an explicit
    # font name, so the fonts element is rewritten rather than just given a name.
    for style_name, size, before, after in (
        ("Title", 36, 0, 240),
        ("Heading 1", 28, 360, 120),
        ("Heading 2", 24, 240, 80),
    ):
        style = docx.styles[style_name]
        r_pr = style.element.get_or_add_rPr()
        _set_fonts(r_pr)
        for tag in ("color", "sz", "szCs", "spacing", "kern"):
            for old in r_pr.findall(_W + tag):
                r_pr.remove(old)
        if r_pr.find(_W + "b") is None:
            r_pr.insert(1, OxmlElement("w:b"))
        _append(r_pr, "color", val=_TEXT_COLOUR)
        _append(r_pr, "sz", val=str(size))
        _append(r_pr, "szCs", val=str(size))
        style.paragraph_format.space_before = Twips(before)
        style.paragraph_format.space_after = Twips(after)
    title_border = docx.styles["Title"].element.find(f"{_W}pPr/{_W}pBdr/{_W}bottom")
    if title_border is not None:
        title_border.set(_W + "color", "808080")
        title_border.attrib.pop(_W + "themeColor", None)

    footer_tabs = docx.styles["Footer"].element.find(f"{_W}pPr/{_W}tabs")
    if footer_tabs is not None:
        # One right-aligned tab at the text edge, for "Page X of Y", on A4 rather than Letter.
        for tab in list(footer_tabs):
            footer_tabs.remove(tab)
        _append(footer_tabs, "tab", val="right", pos=str(_TEXT_WIDTH))

    table_text = docx.styles.add_style("Table Text", WD_STYLE_TYPE.PARAGRAPH)
    table_text.element.set(_W + "styleId", _TABLE_TEXT_STYLE)
    table_text.base_style = docx.styles["Normal"]
    table_text.font.size = Pt(_TABLE_HALF_POINTS / 2)
    table_text.paragraph_format.space_before = Twips(0)
    table_text.paragraph_format.space_after = Twips(0)
    table_text.paragraph_format.line_spacing = 1.0


def _set_fonts(r_pr: etree._Element) -> None:
    """Give a run-properties element one explicit font for every script, removing theme fonts."""
    for old in r_pr.findall(_W + "rFonts"):
        r_pr.remove(old)
    fonts = OxmlElement("w:rFonts")
    for attribute in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(_W + attribute, _FONT)
    r_pr.insert(0, fonts)


def _set_up_header_and_footer(docx: DocxDocument, document: MinutesDocument) -> None:
    section = docx.sections[0]
    header_paragraph = section.header.paragraphs[0]._p
    _replace_content(header_paragraph, "Header", "center")
    header_paragraph.extend(_runs(document.marking, bold=True))

    footer_paragraph = section.footer.paragraphs[0]._p
    _replace_content(footer_paragraph, "Footer", None)
    size = _FOOTER_HALF_POINTS
    footer_paragraph.extend(_runs(document.footer_label, size=size))
    tab_run = _run("", size=size)
    etree.SubElement(tab_run, _W + "tab")
    footer_paragraph.append(tab_run)
    # The page number in the copy's language: "Page 2 of 5", "Tudalen 2 o 5".
    # A copy in both languages says it twice: "Tudalen 2 o 5 / Page 2 of 5".
    for piece in re.split(r"(\{number\}|\{total\})", document.page_label):
        if piece == "{number}":
            footer_paragraph.extend(_field("PAGE", size))
        elif piece == "{total}":
            footer_paragraph.extend(_field("NUMPAGES", size))
        elif piece:
            footer_paragraph.append(_run(piece, size=size))
    if document.footer_note:
        # The version and fingerprint on a line of their own, never shortened.
        note = OxmlElement("w:p")
        _replace_content(note, "Footer", None)
        note.append(_run(document.footer_note, size=14))
        footer_paragraph.addnext(note)


# The proofing language of the text (Word's spelling and grammar check, and screen readers).
_PROOFING_LANGUAGES = {"en": "en-GB", "cy": "cy-GB"}


def _set_language(docx: DocxDocument, document: MinutesDocument) -> None:
    """A copy in Welsh is marked as Welsh text; one in both languages keeps British English."""
    language = _PROOFING_LANGUAGES.get(document.language)
    defaults = docx.styles.element.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr")
    if language is None or defaults is None:
        return
    lang = defaults.find(_W + "lang")
    if lang is None:
        lang = _append(defaults, "lang")
    lang.set(_W + "val", language)


def _replace_content(paragraph: etree._Element, style: str, align: str | None) -> None:
    for child in list(paragraph):
        paragraph.remove(child)
    p_pr = etree.SubElement(paragraph, _W + "pPr")
    _append(p_pr, "pStyle", val=style)
    if align:
        _append(p_pr, "jc", val=align)


def _field(instruction: str, size: int) -> list[etree._Element]:
    """The runs of a complex field (begin, instruction, separate, cached result, end)."""
    begin = _run("", size=size)
    _append(begin, "fldChar", fldCharType="begin")
    instr = _run("", size=size)
    instr_text = etree.SubElement(instr, _W + "instrText")
    instr_text.set(_XML_SPACE, "preserve")
    instr_text.text = f" {instruction} \\* MERGEFORMAT "
    separate = _run("", size=size)
    _append(separate, "fldChar", fldCharType="separate")
    result = _run(_FIELD_PLACEHOLDER, size=size)
    end = _run("", size=size)
    _append(end, "fldChar", fldCharType="end")
    return [begin, instr, separate, result, end]


def _set_properties(docx: DocxDocument, document: MinutesDocument) -> None:
    # The template's own metadata would otherwise name python-docx as the last editor.
    properties = docx.core_properties
    properties.title = document_safe(document.title)
    properties.subject = document_safe(document.marking)
    properties.author = ""
    properties.last_modified_by = ""
    properties.comments = ""
    properties.keywords = document_safe(document.marking)


def _block(block: Block) -> str:
    match block:
        case Paragraph(text=text, emphasis=emphasis):
            colour = _EMPHASIS_COLOUR if emphasis else None
            return _paragraph(text, italic=emphasis, colour=colour)
        case Subheading(text=text):
            return _paragraph(text, style="Heading2")
        case FieldList(items=items):
            # A paragraph after the table keeps two adjacent tables from merging into one.
            return _field_table(items) + _EMPTY_PARAGRAPH
        case Table():
            return _table(block) + _EMPTY_PARAGRAPH
        case BulletList(items=items):
            return "".join(_paragraph(item, style="ListBullet") for item in items)
        case SideBySide():
            return _side_by_side(block) + _EMPTY_PARAGRAPH
    raise TypeError(f"unknown block {type(block).__name__}")


# The body is written as WordprocessingML markup, exactly as lxml would serialise the same
# elements, and put into word/document.xml in place of a placeholder paragraph when the part is
# serialised (_MarkupDocumentPart): joining strings is several times faster than building, splicing
# and serialising hundreds of thousands of elements. Every text goes through _text
# (document_safe, then escaped); attributes are the renderer's own constants and numbers.
_EMPTY_PARAGRAPH = "<w:p/>"


def _placeholders(
    parts: Sequence[str | etree._Element],
) -> tuple[list[etree._Element], dict[bytes, bytes]]:
    """The body's elements, each run of markup held by a placeholder paragraph, and the markup
    by each placeholder's serialised form. The placeholders hold no text of the minutes, and
    the rest of document.xml none either, so each placeholder is found exactly where it is."""
    elements: list[etree._Element] = []
    markup_by_placeholder: dict[bytes, bytes] = {}
    pending: list[str] = []
    token = secrets.token_hex(8)

    def hold() -> None:
        if pending:
            text = f"chair-body-{token}-{len(markup_by_placeholder)}"
            paragraph = _element("p")
            etree.SubElement(etree.SubElement(paragraph, _W + "r"), _W + "t").text = text
            placeholder = f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>".encode()
            markup_by_placeholder[placeholder] = "".join(pending).encode()
            elements.append(paragraph)
            pending.clear()

    for part in parts:
        if isinstance(part, str):
            pending.append(part)
        else:
            hold()
            elements.append(part)
    hold()
    return elements, markup_by_placeholder


class _MarkupDocumentPart(DocumentPart):
    """The document part, serialised with each placeholder replaced by its markup."""

    markup: dict[bytes, bytes]

    @property
    def blob(self) -> bytes:
        data = super().blob
        for placeholder, body in self.markup.items():
            if data.count(placeholder) != 1:
                raise ValueError("the body's placeholder is not in document.xml")
            data = data.replace(placeholder, body)
        return data


def _paragraph(
    text: str,
    *,
    style: str | None = None,
    bold: bool = False,
    italic: bool = False,
    colour: str | None = None,
) -> str:
    if not style and not text:
        return _EMPTY_PARAGRAPH
    style_markup = _paragraph_properties(style, text)
    run = _run_markup(text, bold=bold, italic=italic, colour=colour) if text else ""
    return f"<w:p>{style_markup}{run}</w:p>"


def _paragraph_properties(style: str | None, text: str) -> str:
    """A paragraph's properties: its style, and w:bidi when its base direction is right to left
    (its first strong letter is Arabic, Hebrew ...), so that Word sets it from the right."""
    # Element order inside pPr is fixed by the schema: pStyle, ..., bidi.
    bidi = "<w:bidi/>" if base_is_rtl(document_safe(text)) else ""
    style_markup = f'<w:pStyle w:val="{style}"/>' if style else ""
    return f"<w:pPr>{style_markup}{bidi}</w:pPr>" if style_markup or bidi else ""


def _run_markup(
    text: str, *, bold: bool = False, italic: bool = False, colour: str | None = None
) -> str:
    """A run as markup: the same as _run's element (without a size: the body sets none). Text
    with right-to-left letters is several runs, those at a right-to-left level marked w:rtl
    (with the complex-script bold and italic that Word applies to them)."""
    text = document_safe(text)
    if text and has_rtl(text):
        return "".join(
            _one_run(piece, bold=bold, italic=italic, colour=colour, rtl=rtl)
            for piece, rtl in direction_runs(text)
        )
    return _one_run(text, bold=bold, italic=italic, colour=colour, rtl=False)


def _one_run(text: str, *, bold: bool, italic: bool, colour: str | None, rtl: bool) -> str:
    properties = ""
    if rtl:
        # Element order inside rPr is fixed by the schema: b, bCs, i, iCs, color, rtl.
        properties = (
            "<w:rPr>"
            + ("<w:b/><w:bCs/>" if bold else "")
            + ("<w:i/><w:iCs/>" if italic else "")
            + (f'<w:color w:val="{colour}"/>' if colour else "")
            + "<w:rtl/></w:rPr>"
        )
    elif bold or italic or colour:
        # Element order inside rPr is fixed by the schema: b, i, color.
        properties = (
            "<w:rPr>"
            + ("<w:b/>" if bold else "")
            + ("<w:i/>" if italic else "")
            + (f'<w:color w:val="{colour}"/>' if colour else "")
            + "</w:rPr>"
        )
    if not text:
        return f"<w:r>{properties}</w:r>" if properties else "<w:r/>"
    return f"<w:r>{properties}{_text(text)}</w:r>"


def _text(text: str) -> str:
    """Cleaned text as the inside of a run: line breaks and tabs as Word elements."""
    pieces = []
    for line_number, line in enumerate(text.split("\n")):
        if line_number:
            pieces.append("<w:br/>")
        for piece_number, piece in enumerate(line.split("\t")):
            if piece_number:
                pieces.append("<w:tab/>")
            if piece:
                pieces.append(f'<w:t xml:space="preserve">{escape(piece)}</w:t>')
    return "".join(pieces)


def _runs(text: str, *, bold: bool = False, size: int | None = None) -> list[etree._Element]:
    """The runs of a header or footer text: its right-to-left parts marked w:rtl."""
    text = document_safe(text)
    return [
        _run(piece, bold=bold, size=size, rtl=rtl) for piece, rtl in direction_runs(text)
    ]


def _run(
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    colour: str | None = None,
    size: int | None = None,
    rtl: bool = False,
) -> etree._Element:
    """A run holding ``text`` cleaned for XML, with line breaks and tabs as Word elements (for
    the header and footer; the body is written as markup)."""
    run = _element("r")
    if bold or italic or colour or size or rtl:
        r_pr = etree.SubElement(run, _W + "rPr")
        # Element order inside rPr is fixed by the schema: b, bCs, i, iCs, color, sz, szCs, rtl.
        if bold:
            etree.SubElement(r_pr, _W + "b")
            if rtl:
                etree.SubElement(r_pr, _W + "bCs")
        if italic:
            etree.SubElement(r_pr, _W + "i")
            if rtl:
                etree.SubElement(r_pr, _W + "iCs")
        if colour:
            _append(r_pr, "color", val=colour)
        if size:
            _append(r_pr, "sz", val=str(size))
            _append(r_pr, "szCs", val=str(size))
        if rtl:
            etree.SubElement(r_pr, _W + "rtl")
    if text:
        _add_text(run, document_safe(text))
    return run


def _add_text(run: etree._Element, text: str) -> None:
    for line_number, line in enumerate(text.split("\n")):
        if line_number:
            etree.SubElement(run, _W + "br")
        for piece_number, piece in enumerate(line.split("\t")):
            if piece_number:
                etree.SubElement(run, _W + "tab")
            if piece:
                t = etree.SubElement(run, _W + "t")
                t.set(_XML_SPACE, "preserve")  # keep leading, trailing and repeated spaces
                t.text = piece


_NSMAP = {"w": _W[1:-1]}


def _element(tag: str) -> etree._Element:
    """A plain lxml element of the body (a paragraph, run or table). Built apart from
    python-docx's element classes (which parse a string per element and give every child a
    Python class of its own) and spliced into the body whole: rendering a large meeting's
    tables takes a fraction of the time."""
    return etree.Element(_W + tag, nsmap=_NSMAP)


def _append(parent: etree._Element, tag: str, **attributes: str) -> etree._Element:
    element = etree.SubElement(parent, _W + tag)
    for name, value in attributes.items():
        element.set(_W + name, value)
    return element


def _column_widths(
    relative: Sequence[float], count: int, text_width: int = _TEXT_WIDTH
) -> list[int]:
    """Relative widths scaled to the text width in twips; equal widths if they do not fit."""
    if len(relative) != count or any(w <= 0 for w in relative):
        relative = [1.0] * count
    total = float(sum(relative))
    widths = [int(text_width * w / total) for w in relative]
    widths[-1] += text_width - sum(widths)  # rounding goes to the last column
    return widths


def _table_start(widths: Sequence[int]) -> str:
    """A table's opening tag, its properties and its grid (the rows follow, then </w:tbl>)."""
    side, top = _CELL_SIDE_MARGIN, _CELL_TOP_MARGIN
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in widths)
    # Fixed layout: Word keeps the given widths and wraps long words instead of widening columns.
    return (
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/>'
        f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
        f'<w:tblCellMar><w:top w:w="{top}" w:type="dxa"/><w:left w:w="{side}" w:type="dxa"/>'
        f'<w:bottom w:w="{top}" w:type="dxa"/><w:right w:w="{side}" w:type="dxa"/></w:tblCellMar>'
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" '
        'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>"
    )


def _cell(text: str, width: int, *, bold: bool = False, fill: str | None = None) -> str:
    shading = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
    run = _run_markup(text, bold=bold) if text else ""
    # A cell must hold at least one paragraph.
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shading}</w:tcPr>'
        f"<w:p>{_paragraph_properties(_TABLE_TEXT_STYLE, text)}{run}</w:p></w:tc>"
    )


def _table(block: Table, text_width: int = _TEXT_WIDTH) -> str:
    count = len(block.headers) or max((len(row) for row in block.rows), default=0)
    if not count:
        return ""  # Word cannot open a table without columns
    widths = _column_widths(block.widths, count, text_width)
    # The header row is repeated on every page.
    markup = [_table_start(widths), "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"]
    for text, width in zip(_fit_row(block.headers, count), widths, strict=True):
        markup.append(_cell(text, width, bold=True, fill=_HEADER_ROW_FILL))
    markup.append("</w:tr>")
    for values in block.rows:
        cells = _fit_row(values, count)
        # Short rows stay whole on one page. Long ones may break: Word clips a row that is not
        # allowed to break and is taller than a page.
        short = sum(len(text) for text in cells) <= _KEEP_ROW_CHARS
        markup.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>" if short else "<w:tr>")
        for text, width in zip(cells, widths, strict=True):
            markup.append(_cell(text, width))
        markup.append("</w:tr>")
    markup.append("</w:tbl>")
    return "".join(markup)


def _side_by_side(block: SideBySide) -> str:
    """Welsh on the left and English on the right: a borderless two-column table, a row for
    each block of the two texts, tables inside it as wide as their column."""
    half = _TEXT_WIDTH // 2
    inner = half - 2 * _CELL_SIDE_MARGIN
    markup = [
        "<w:tbl><w:tblPr>"
        f'<w:tblW w:w="{2 * half}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
        '<w:tblBorders><w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
        "</w:tblBorders></w:tblPr>"
        f'<w:tblGrid><w:gridCol w:w="{half}"/><w:gridCol w:w="{half}"/></w:tblGrid>'
    ]
    for left, right in block.rows:
        markup.append("<w:tr>")
        for one in (left, right):
            content = _in_column(one, inner)
            # A cell ends with a paragraph (after a table, an empty one).
            if not content.endswith("</w:p>") and not content.endswith("<w:p/>"):
                content += _EMPTY_PARAGRAPH
            markup.append(
                f'<w:tc><w:tcPr><w:tcW w:w="{half}" w:type="dxa"/></w:tcPr>{content}</w:tc>'
            )
        markup.append("</w:tr>")
    markup.append("</w:tbl>")
    return "".join(markup)


def _in_column(block: Block, width: int) -> str:
    match block:
        case FieldList(items=items):
            label_width = width * 2 // 5
            return _field_table(items, (label_width, width - label_width))
        case Table():
            return _table(block, width)
    return _block(block)


def _fit_row(values: Sequence[str], count: int) -> list[str]:
    """A row with exactly ``count`` cells: short rows padded, surplus cells kept in the last."""
    cells = list(values[:count]) + [""] * (count - len(values))
    if len(values) > count and count:
        cells[-1] = " | ".join(values[count - 1:])
    return cells


def _field_table(
    items: Sequence[tuple[str, str]],
    widths: tuple[int, int] = (_FIELD_LABEL_WIDTH, _TEXT_WIDTH - _FIELD_LABEL_WIDTH),
) -> str:
    if not items:
        return ""  # Word cannot open a table without rows
    rows = "".join(
        f"<w:tr>{_cell(label, widths[0], bold=True)}{_cell(value, widths[1])}</w:tr>"
        for label, value in items
    )
    return f"{_table_start(widths)}{rows}</w:tbl>"
