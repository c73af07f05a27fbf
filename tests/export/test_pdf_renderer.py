"""The PDF renderer: page set-up, header, footer, fonts, markup and oversized text, via pypdf."""

from __future__ import annotations

import io
import pathlib
import re

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from sample_data import sample_family, sample_meeting

from chair_app.core.minutes import (
    BulletList,
    FieldList,
    Figure,
    MinutesDocument,
    Paragraph,
    Section,
    Subheading,
    Table,
    build_minutes,
)
from chair_app.export import pdf_renderer
from chair_app.export.pdf_renderer import render_pdf


def _document(
    *blocks, footer_label: str = "Test family, Core Group, 01/01/2026"
) -> MinutesDocument:
    return MinutesDocument(
        title="Test minutes",
        marking="OFFICIAL-SENSITIVE",
        heading=FieldList((("Family", "Test family"),)),
        sections=(Section("Only section", tuple(blocks)),),
        footer_label=footer_label,
    )


def _render(document: MinutesDocument, folder: pathlib.Path) -> list[str]:
    path = folder / "minutes.pdf"
    render_pdf(document, path)
    return [page.extract_text() for page in PdfReader(str(path)).pages]


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[MinutesDocument, PdfReader]:
    document = build_minutes(sample_meeting(), sample_family())
    path = tmp_path_factory.mktemp("pdf") / "minutes.pdf"
    render_pdf(document, path)
    return document, PdfReader(str(path))


def test_pages_are_a4(sample_pdf) -> None:
    _, reader = sample_pdf
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(A4[0], abs=0.5)
        assert float(page.mediabox.height) == pytest.approx(A4[1], abs=0.5)


def test_every_page_has_marking_footer_label_and_page_x_of_y(sample_pdf) -> None:
    document, reader = sample_pdf
    total = len(reader.pages)
    assert total >= 2  # the sample spans pages, so numbering is really exercised
    for number, page in enumerate(reader.pages, start=1):
        lines = [line.strip() for line in page.extract_text().split("\n")]
        assert document.marking in lines
        assert f"Page {number} of {total}" in lines
        assert document.footer_label in lines


def test_text_is_set_in_the_bundled_dejavu_fonts(sample_pdf) -> None:
    _, reader = sample_pdf
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert fonts
    assert all(re.search(r"DejaVuSans(-Bold)?$", name) for name in fonts), fonts
    assert any(name.endswith("DejaVuSans-Bold") for name in fonts)


def test_markup_characters_print_literally(tmp_path: pathlib.Path) -> None:
    text = "<b>not bold</b> & <br/> <font size=40>x</font> &amp; 5 < 6"
    pages = _render(
        _document(Paragraph(text), Table(("A",), ((text,),), (1,)), BulletList((text,))), tmp_path
    )
    assert "".join(pages).count(text) == 3


def test_line_breaks_are_kept(tmp_path: pathlib.Path) -> None:
    pages = _render(_document(Paragraph("first line\nsecond line")), tmp_path)
    assert "first line\nsecond line" in pages[0]


def test_a_huge_table_cell_is_continued_after_the_table(tmp_path: pathlib.Path) -> None:
    words = [f"word{n}" for n in range(6000)]
    document = _document(
        Table(("No.", "What", "Who"), (("1", " ".join(words), "Noor Haddad"),
                                       ("2", "Weigh Alfie", "Bryn")), (0.7, 5, 2.4)),
        Paragraph("After the table."),
    )
    pages = _render(document, tmp_path)
    text = "\n".join(pages)
    assert "(continued below the table)" in text
    assert 'Continued from the table above (row 1, column “What”):' in text
    found = re.findall(r"word(\d+)", text)
    assert [int(n) for n in found] == list(range(6000))  # every word once, in order
    assert text.index("Weigh Alfie") < text.index("Continued from the table above")
    assert text.index("word5999") < text.index("After the table.")


def test_long_unbroken_words_wrap_inside_the_page(tmp_path: pathlib.Path) -> None:
    word = "Z" * 5000
    document = _document(Paragraph(word), Table(("A", "B"), ((word, "b"),), (1, 1)))
    pages = _render(document, tmp_path)
    text = "".join("".join(page.split()) for page in pages)
    assert text.count("Z") == 2 * len(word)


def test_long_headings_and_bullets_do_not_break_the_layout(tmp_path: pathlib.Path) -> None:
    long = " ".join(["heading"] * 8000)
    pages = _render(_document(Subheading(long), BulletList((long, "short")), Paragraph("end")),
                    tmp_path)
    text = "\n".join(pages)
    assert len(re.findall(r"heading", text)) == 16000
    assert "end" in text


def test_a_long_footer_label_is_shortened_but_page_numbers_stay(tmp_path: pathlib.Path) -> None:
    label = "A very long family name " * 20
    pages = _render(_document(Paragraph("x"), footer_label=label), tmp_path)
    assert "Page 1 of 1" in pages[0]
    assert "A very long family name" in pages[0]
    assert "…" in pages[0]


def test_chunks_keep_every_character_and_respect_the_limit() -> None:
    texts = [
        "x" * 10_000,
        "\n".join(["short line"] * 3000),
        ("word " * 3000) + "\n" + "y" * 4500 + "\n\n" + "tail",
        "",
    ]
    for text in texts:
        chunks = pdf_renderer._chunks(text, 1000)
        assert all(len(chunk) <= 1000 for chunk in chunks)
        assert "".join(chunks).replace("\n", "") == text.replace("\n", "")


def test_unprintable_characters_become_replacement_marks() -> None:
    # Beyond U+FFFF (emoji) reportlab writes malformed ToUnicode entries, so those are replaced
    # too; Welsh, Hebrew and Arabic letters are in DejaVu Sans and stay as they are.
    assert pdf_renderer._printable("ŵŷ שלום مرحبا a\x00b") == "ŵŷ שלום مرحبا ab"
    assert pdf_renderer._printable("👨\u200d👩 😀") == "\ufffd\u200d\ufffd \ufffd"


def test_a_name_in_a_narrow_column_is_never_broken_inside_a_word(tmp_path: pathlib.Path) -> None:
    name = "Bartholomew-Fitzwilliam"
    notes = "Visits every Saturday and takes the children to football practice. " * 3
    document = _document(
        Table(
            ("Name", "Role", "Agency", "Notes"),
            ((name, "Grandfather", "Family and friends", notes),
             ("Ann Lee", "Social worker", "Northfield Children's Social Care", "Allocated.")),
            (0.4, 2, 3, 6),  # the name's column is far too narrow for it
        ),
    )
    pages = _render(document, tmp_path)
    lines = [line.strip() for page in pages for line in page.splitlines()]
    assert any(name in line for line in lines), lines
    # The other columns gave up the width, and still hold their own words whole.
    for word in ("Grandfather", "Northfield", "Children's", "Saturday", "football"):
        assert any(word in line for line in lines), word


def test_columns_are_widened_from_the_others_in_proportion() -> None:
    styles = pdf_renderer._styles()
    widths = pdf_renderer._column_widths((0.4, 2, 6), 3)
    columns = [[("Bartholomew-Fitzwilliam", styles.cell)], [("Role", styles.cell)],
               [("Notes about the visits", styles.cell)]]
    wider = pdf_renderer._widths_fitting_words(widths, columns)
    assert sum(wider) == pytest.approx(sum(widths))
    assert wider[0] > widths[0]
    # The others gave width in proportion to what they had.
    assert wider[1] / wider[2] == pytest.approx(widths[1] / widths[2])
    # Columns that already hold their longest words are left as they are.
    assert pdf_renderer._widths_fitting_words(widths[1:], columns[1:]) == widths[1:]


def test_paragraphs_moved_whole_to_the_next_page_are_printed(tmp_path: pathlib.Path) -> None:
    # Two-line paragraphs of varying length: at some page ends only one line fits, and reportlab
    # moves the paragraph whole to the next page rather than leave a line on its own.
    words = "the plan was reviewed and everyone agreed what happens next"
    paragraphs = [
        Paragraph(f"Note {number}: " + " ".join([words] * (2 + number % 3)))
        for number in range(1, 121)
    ]
    text = " ".join(" ".join(_render(_document(*paragraphs), tmp_path)).split())
    positions = [text.find(f"Note {number}:") for number in range(1, 121)]
    assert -1 not in positions
    assert positions == sorted(positions)


def _png(colour: tuple[int, int, int, int]) -> bytes:
    picture = Image.new("RGBA", (40, 20), colour)
    picture.putpixel((0, 0), (0, 0, 0, 0))  # a transparent corner, as charts have
    data = io.BytesIO()
    picture.save(data, format="PNG")
    return data.getvalue()


def test_each_pdf_shows_its_own_pictures_with_their_transparency(tmp_path: pathlib.Path) -> None:
    # The same chart in two files (pictures are kept ready between files), then two in one.
    red, blue = _png((200, 30, 30, 255)), _png((30, 30, 200, 255))
    for number, pngs in enumerate(((red,), (red,), (blue, red))):
        figures = [Figure(png, f"Chart {index}", 0.5) for index, png in enumerate(pngs)]
        path = tmp_path / f"minutes-{number}.pdf"
        render_pdf(_document(*figures, Paragraph("After the charts")), path)
        shown = [image for page in PdfReader(str(path)).pages for image in page.images]
        assert [image.image.convert("RGBA").tobytes() for image in shown] == [
            Image.open(io.BytesIO(png)).tobytes() for png in pngs
        ]
