"""A copy in both languages side by side (issue 17): Welsh on the left, English on the right, in
both formats, however long what people typed."""

from __future__ import annotations

from pathlib import Path

import docx
from pypdf import PdfReader

from chair_app.core.minutes import (
    FieldList,
    MinutesDocument,
    Paragraph,
    Section,
    SideBySide,
    Subheading,
    Table,
)
from chair_app.export.docx_renderer import render_docx
from chair_app.export.pdf_renderer import render_pdf

LONG = "Kerry said a great deal about the move and what the children need. " * 60


def _document() -> MinutesDocument:
    rows = tuple((f"Person {n}", LONG) for n in range(12))
    block = SideBySide(
        (
            (Subheading("Am beth rydyn ni'n poeni?"), Subheading("What are we worried about?")),
            (FieldList((("Gwaith a wnaed", LONG),)), FieldList((("Work done", LONG),))),
            (Table(("Enw", "Rheswm"), rows, (1, 3)), Table(("Name", "Reason"), rows, (1, 3))),
            (Paragraph(LONG * 4), Paragraph(LONG * 4)),
        )
    )
    return MinutesDocument(
        title="Cofnodion Grŵp Craidd / Core Group minutes",
        marking="SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE",
        heading=FieldList((("Teulu / Family", "Pryce family"),)),
        sections=(Section("Y tair colofn / The three columns", (block,)),),
        footer_label="Pryce family, Grŵp Craidd, 19/11/2026",
        copy_label="Copi ar gyfer Angharad Pryce / Copy for Angharad Pryce",
        language="both",
        page_label="Tudalen {number} o {total} / Page {number} of {total}",
    )


def test_a_long_side_by_side_copy_runs_over_pages_in_the_pdf(tmp_path: Path) -> None:
    path = tmp_path / "both.pdf"
    render_pdf(_document(), path)
    pages = [page.extract_text() or "" for page in PdfReader(str(path)).pages]
    assert len(pages) > 3
    text = " ".join(" ".join(pages).split())
    # Each row reads Welsh then English; every row of the long table is there on both sides.
    assert "Am beth rydyn ni'n poeni? What are we worried about?" in text
    assert text.count("Person 11") == 2
    assert f"Tudalen 2 o {len(pages)} / Page 2 of {len(pages)}" in text


def test_the_side_by_side_docx_holds_welsh_left_and_english_right(tmp_path: Path) -> None:
    path = tmp_path / "both.docx"
    render_docx(_document(), path)
    document = docx.Document(str(path))
    (columns,) = [t for t in document.tables if len(t.rows[0].cells) == 2 and len(t.rows) == 4]
    left, right = columns.rows[0].cells
    assert (left.text, right.text) == ("Am beth rydyn ni'n poeni?", "What are we worried about?")
    # The tables inside the columns keep every row.
    assert len(columns.rows[2].cells[0].tables[0].rows) == 13
    footer = " ".join(p.text for p in document.sections[0].footer.paragraphs)
    assert "Tudalen 1 o 1 / Page 1 of 1" in footer
