"""Word lays right-to-left text out right only when it is marked: runs of Arabic or Urdu letters
carry w:rtl and a paragraph that starts in a right-to-left script carries w:bidi. The file is
read back as XML, as Word reads it."""

from __future__ import annotations

import pathlib
import zipfile

from lxml import etree

from chair_app.core.minutes import (
    BulletList,
    FieldList,
    MinutesDocument,
    Paragraph,
    Section,
    Table,
)
from chair_app.export.docx_renderer import render_docx

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ARABIC = "قالت فاطمة الزهراء إن الخطة تعمل منذ 2026"
MIXED = "The social worker met فاطمة الزهراء at home."
URDU = "عائشہ بی بی نے کہا"
LATIN = "Małgorzata said the plan works."


def _paragraphs(folder: pathlib.Path) -> dict[str, etree._Element]:
    document = MinutesDocument(
        title="Minutes",
        marking="OFFICIAL-SENSITIVE",
        heading=FieldList((("Family", "الزهراء"),)),
        sections=(
            Section("Samples", (
                Paragraph(ARABIC),
                Paragraph(MIXED),
                Paragraph(LATIN),
                BulletList((URDU,)),
                Table(("Name", "Role"), (("فاطمة الزهراء", "Mother"),), (1, 1)),
            )),
        ),
        footer_label="Test",
    )
    path = folder / "minutes.docx"
    render_docx(document, path)
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    return {
        "".join(t.text or "" for t in paragraph.iter(W + "t")): paragraph
        for paragraph in root.iter(W + "p")
    }


def _runs(paragraph: etree._Element) -> list[tuple[str, bool]]:
    return [
        ("".join(t.text or "" for t in run.iter(W + "t")), run.find(f"{W}rPr/{W}rtl") is not None)
        for run in paragraph.iter(W + "r")
    ]


def _is_bidi(paragraph: etree._Element) -> bool:
    return paragraph.find(f"{W}pPr/{W}bidi") is not None


def test_an_arabic_paragraph_is_right_to_left_with_its_number_left_to_right(
    tmp_path: pathlib.Path,
) -> None:
    paragraph = _paragraphs(tmp_path)[ARABIC]
    assert _is_bidi(paragraph)
    assert _runs(paragraph) == [("قالت فاطمة الزهراء إن الخطة تعمل منذ ", True), ("2026", False)]


def test_an_arabic_name_in_an_english_sentence_is_a_right_to_left_run(
    tmp_path: pathlib.Path,
) -> None:
    paragraph = _paragraphs(tmp_path)[MIXED]
    assert not _is_bidi(paragraph)
    assert _runs(paragraph) == [
        ("The social worker met ", False), ("فاطمة الزهراء", True), (" at home.", False)
    ]


def test_urdu_bullets_and_table_cells_are_marked_and_latin_text_is_not(
    tmp_path: pathlib.Path,
) -> None:
    paragraphs = _paragraphs(tmp_path)
    for text in (URDU, "فاطمة الزهراء", "الزهراء"):
        assert _is_bidi(paragraphs[text]), text
        assert _runs(paragraphs[text]) == [(text, True)], text
    style = paragraphs[URDU].find(f"{W}pPr/{W}pStyle")
    assert style is not None and style.get(W + "val") == "ListBullet"
    assert not _is_bidi(paragraphs[LATIN])
    assert _runs(paragraphs[LATIN]) == [(LATIN, False)]


def test_directional_isolates_and_stray_marks_export_and_are_kept(tmp_path: pathlib.Path) -> None:
    """Text pasted from elsewhere may carry the isolate controls (U+2066-U+2069), even unpaired
    or in odd places; the export neither fails nor loses a letter."""
    texts = ["\u0591\u2066", "Met \u2067فاطمة\u2069 today", "\u2068abc\u2069 \u202bمرحبا"]
    document = MinutesDocument(
        title="Minutes", marking="OFFICIAL-SENSITIVE", heading=FieldList((("Family", "X"),)),
        sections=(Section("Samples", tuple(Paragraph(text) for text in texts)),),
        footer_label="Test",
    )
    path = tmp_path / "minutes.docx"
    render_docx(document, path)
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    written = {"".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p")}
    assert set(texts) <= written


def test_an_arabic_name_in_the_page_footer_is_a_right_to_left_run(tmp_path: pathlib.Path) -> None:
    document = MinutesDocument(
        title="Minutes", marking="OFFICIAL-SENSITIVE", heading=FieldList((("Family", "X"),)),
        sections=(Section("Samples", (Paragraph("Text"),)),),
        footer_label="Core Group for فاطمة الزهراء",
    )
    path = tmp_path / "minutes.docx"
    render_docx(document, path)
    with zipfile.ZipFile(path) as archive:
        footers = [
            etree.fromstring(archive.read(name))
            for name in archive.namelist() if name.startswith("word/footer")
        ]
    runs = [run for footer in footers for paragraph in footer.iter(W + "p")
            for run in _runs(paragraph) if run[0]]
    assert ("Core Group for ", False) in runs
    assert ("فاطمة الزهراء", True) in runs
