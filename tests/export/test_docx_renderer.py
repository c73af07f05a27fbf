"""The DOCX renderer: page set-up, header, footer, styles and tables, read back with python-docx."""

from __future__ import annotations

import pathlib
import subprocess
import sys

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, RGBColor
from docx.table import Table as DocxTable
from sample_data import sample_family, sample_meeting

from chair_app.core.minutes import (
    BulletList,
    FieldList,
    MinutesDocument,
    Paragraph,
    Section,
    Subheading,
    Table,
    build_minutes,
)
from chair_app.export.docx_renderer import render_docx

_ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory):
    document = build_minutes(sample_meeting(), sample_family())
    path = tmp_path_factory.mktemp("docx") / "minutes.docx"
    render_docx(document, path)
    return document, docx.Document(str(path))


def _tables(word_document) -> list[DocxTable]:
    return [item for item in word_document.iter_inner_content() if isinstance(item, DocxTable)]


def test_page_is_a4_with_margins(rendered) -> None:
    _, word = rendered
    section = word.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(0.5)
    assert abs(section.page_height - Mm(297)) < Mm(0.5)
    for margin in (section.left_margin, section.right_margin, section.top_margin,
                   section.bottom_margin):
        assert Mm(15) <= margin <= Mm(25)


def test_every_header_shows_the_marking_bold_and_centred(rendered) -> None:
    document, word = rendered
    for section in word.sections:
        headers = [section.header]
        if section.different_first_page_header_footer:
            headers.append(section.first_page_header)
        for header in headers:
            assert not header.is_linked_to_previous
            paragraph = header.paragraphs[0]
            assert paragraph.text == document.marking
            assert paragraph.alignment == WD_ALIGN_PARAGRAPH.CENTER
            assert all(run.bold for run in paragraph.runs if run.text)


def test_every_footer_has_the_label_and_page_x_of_y_fields(rendered) -> None:
    document, word = rendered
    for section in word.sections:
        footer = section.footer
        assert not footer.is_linked_to_previous
        paragraph = footer.paragraphs[0]
        # The field results hold a placeholder until Word or LibreOffice lays the pages out.
        assert paragraph.text == f"{document.footer_label}\tPage 1 of 1"
        p = paragraph._p
        instructions = [" ".join(t.text.split()) for t in p.iter(qn("w:instrText"))]
        assert instructions == ["PAGE \\* MERGEFORMAT", "NUMPAGES \\* MERGEFORMAT"]
        kinds = [c.get(qn("w:fldCharType")) for c in p.iter(qn("w:fldChar"))]
        assert kinds == ["begin", "separate", "end"] * 2


def test_headings_and_paragraph_styles(rendered) -> None:
    document, word = rendered
    paragraphs = word.paragraphs
    assert paragraphs[0].text == document.title
    assert paragraphs[0].style.name == "Title"
    heading1 = [p.text for p in paragraphs if p.style.name == "Heading 1"]
    assert heading1 == [section.title for section in document.sections]
    heading2 = [p.text for p in paragraphs if p.style.name == "Heading 2"]
    expected2 = [b.text for s in document.sections for b in s.blocks if isinstance(b, Subheading)]
    assert heading2 == expected2
    bullets = [p.text for p in paragraphs if p.style.name == "List Bullet"]
    expected_bullets = [
        item for s in document.sections for b in s.blocks if isinstance(b, BulletList)
        for item in b.items
    ]
    assert bullets == expected_bullets


def test_emphasis_is_italic_and_grey(rendered) -> None:
    document, word = rendered
    emphasised = {
        b.text for s in document.sections for b in s.blocks
        if isinstance(b, Paragraph) and b.emphasis
    }
    found = [p for p in word.paragraphs if p.text in emphasised]
    assert {p.text for p in found} == emphasised
    for paragraph in found:
        for run in paragraph.runs:
            assert run.italic
            assert run.font.color.rgb == RGBColor(0x59, 0x59, 0x59)
    plain = next(p for p in word.paragraphs if p.text == "Poppy attends every day.")
    assert not any(run.italic for run in plain.runs)


def test_heading_block_is_a_two_column_table_with_bold_labels(rendered) -> None:
    document, word = rendered
    table = _tables(word)[0]
    assert len(table.columns) == 2
    rows = [(row.cells[0], row.cells[1]) for row in table.rows]
    assert [(a.text, b.text) for a, b in rows] == list(document.heading.items)
    for label, value in rows:
        assert all(run.bold for run in label.paragraphs[0].runs)
        assert not any(run.bold for run in value.paragraphs[0].runs)


def test_tables_have_a_repeating_shaded_bold_header_and_relative_widths(rendered) -> None:
    document, word = rendered
    blocks = [b for s in document.sections for b in s.blocks if isinstance(b, Table)]
    tables = [t for t in _tables(word) if len(t.rows[0].cells) and
              t.rows[0].cells[0].text in {b.headers[0] for b in blocks}]
    assert len(tables) == len(blocks)
    for block, table in zip(blocks, tables, strict=True):
        header = table.rows[0]
        assert tuple(cell.text for cell in header.cells) == block.headers
        assert header._tr.trPr.find(qn("w:tblHeader")) is not None
        for cell in header.cells:
            assert cell._tc.tcPr.find(qn("w:shd")).get(qn("w:fill")) == "D9D9D9"
            assert all(run.bold for run in cell.paragraphs[0].runs)
        assert [tuple(c.text for c in row.cells) for row in table.rows[1:]] == list(block.rows)
        grid = [int(col.get(qn("w:w"))) for col in table._tbl.tblGrid.iter(qn("w:gridCol"))]
        total, relative_total = sum(grid), sum(block.widths)
        for width, relative in zip(grid, block.widths, strict=True):
            assert abs(width / total - relative / relative_total) < 0.002


def _document(*blocks) -> MinutesDocument:
    return MinutesDocument(
        title="Test minutes",
        marking="OFFICIAL-SENSITIVE",
        heading=FieldList((("Family", "Test family"),)),
        sections=(Section("Only section", tuple(blocks)),),
        footer_label="Test family, Core Group, 01/01/2026",
    )


def test_line_breaks_and_tabs_are_kept(tmp_path: pathlib.Path) -> None:
    document = _document(
        Paragraph("first line\nsecond line\n\nafter a blank line"),
        Table(("A", "B"), (("cell one\ncell two", "x\ty"),), (1, 1)),
    )
    render_docx(document, tmp_path / "m.docx")
    word = docx.Document(str(tmp_path / "m.docx"))
    assert "first line\nsecond line\n\nafter a blank line" in [p.text for p in word.paragraphs]
    row = _tables(word)[1].rows[1]
    assert [cell.text for cell in row.cells] == ["cell one\ncell two", "x\ty"]


def test_text_is_cleaned_for_xml(tmp_path: pathlib.Path) -> None:
    document = _document(Paragraph("a\x00b\x07c\x1bd\x0be"), BulletList(("bullet\x0c item",)))
    render_docx(document, tmp_path / "m.docx")
    word = docx.Document(str(tmp_path / "m.docx"))
    texts = [p.text for p in word.paragraphs]
    assert "abcd\ne" in texts
    assert "bullet\n item" in texts


def test_unusual_tables_still_open(tmp_path: pathlib.Path) -> None:
    document = _document(
        Table(("A", "B", "C"), (("1",), ("1", "2", "3", "4")), (1, 0, 1)),  # bad widths too
        Table(("Only header",), (), (1,)),
        FieldList(()),
    )
    render_docx(document, tmp_path / "m.docx")
    word = docx.Document(str(tmp_path / "m.docx"))
    table = _tables(word)[1]
    assert [[c.text for c in row.cells] for row in table.rows] == [
        ["A", "B", "C"], ["1", "", ""], ["1", "2", "3 | 4"]
    ]


@pytest.mark.slow
def test_the_export_package_does_not_load_python_docx_or_reportlab() -> None:
    # The app imports chair_app.export at start-up; the heavy libraries load only on export.
    code = (
        "import sys, chair_app.export;"
        "assert 'docx' not in sys.modules and 'reportlab' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=_ROOT)
