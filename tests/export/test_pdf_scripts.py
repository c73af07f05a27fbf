"""The PDF prints names and sentences in every script a family may write in, as a reader reads
them: joined Arabic and Urdu letters in right-to-left order, Indic conjuncts and vowel signs in
place, Chinese characters, Polish letters, and an Arabic name inside an English sentence.

The proof is a comparison with Qt's own text engine (QTextLayout, which shapes with HarfBuzz and
orders with the bidi algorithm): the same text in the same bundled fonts at the same size is drawn
into an image, the PDF page is drawn by poppler's ``pdftoppm``, both are cropped to their ink and
scaled to one size, and their ink must overlap closely (``_similarity``, the share of each
image's ink that lies on or next to the other's). Measured: 0.99 to 1.0 for every sample but the
mixed sentence, 0.88 (the spaces beside the Arabic name come from DejaVu in the PDF and from Noto
in Qt); the thresholds are 0.95, and 0.85 for the mixed sentence. The old output scores far
lower against the PDF's: letters unjoined in typed order 0.0 (its width differs), joined letters
laid out left to right 0.62 (``test_the_comparison_rejects_the_old_arabic``); Nastaliq with one
word's letters at the wrong height (reportlab's rise bug, fixed in ``pdf_scripts._TextObject``)
0.87. Before shaping, the PDF's Arabic, Urdu and mixed lines failed this test and its Indic and
Chinese lines were U+FFFD.
``pdftotext`` must give back each text as typed (logical order).

One PDF with all the samples is made once for the module, through ``render_pdf``.
"""

from __future__ import annotations

import pathlib
import re
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree

import numpy as np
import pytest
from PIL import Image

from chair_app.core.minutes import FieldList, MinutesDocument, Paragraph, Section, Table
from chair_app.export.pdf_renderer import render_pdf
from chair_app.paths import resources_dir


@pytest.fixture(autouse=True)
def poppler() -> None:
    """The proof needs poppler-utils (scripts/test and CI install it): without it the tests
    fail, saying so, rather than skip and prove nothing."""
    missing = [tool for tool in ("pdftoppm", "pdftotext") if shutil.which(tool) is None]
    assert not missing, f"poppler-utils is not installed ({', '.join(missing)} missing)"

SAMPLES = {
    "arabic": "فاطمة الزهراء تحضر الاجتماع مع والدتها",
    "urdu": "عائشہ بی بی نے کہا کہ بچوں کی حفاظت ضروری ہے",
    "bengali": "রহিমা খাতুন শিশুর নিরাপত্তা নিয়ে কথা বললেন",
    "gurmukhi": "ਹਰਪ੍ਰੀਤ ਕੌਰ ਨੇ ਬੱਚੇ ਦੀ ਸੁਰੱਖਿਆ ਬਾਰੇ ਦੱਸਿਆ",
    "devanagari": "प्रिया शर्मा ने बच्चे की सुरक्षा के बारे में बताया",
    "chinese": "王小明的母亲参加了会议。",
    "polish": "Małgorzata Wiśniewska-Żółkiewska powiedziała, że dziecko jest bezpieczne.",
    "mixed": "The social worker met فاطمة الزهراء at home on Tuesday.",
    # A right-to-left line with a bracketed English name: the brackets pair up (rule N0 of the
    # bidirectional algorithm), as Qt and Word show it: "father ,(Mohammed Ali) محمد علي".
    "brackets": "محمد علي (Mohammed Ali), father",
}
FONTS = {
    "arabic": "NotoNaskhArabic-Regular.ttf",
    "urdu": "NotoNaskhArabic-Regular.ttf",
    "bengali": "NotoSansBengali-Regular.ttf",
    "gurmukhi": "NotoSansGurmukhi-Regular.ttf",
    "devanagari": "NotoSansDevanagari-Regular.ttf",
    "chinese": "NotoSansCJKsc-Subset.ttf",
    "polish": "DejaVuSans.ttf",
    "mixed": "NotoNaskhArabic-Regular.ttf",
    "brackets": "NotoNaskhArabic-Regular.ttf",
}
DPI = 144  # the body text's 10 pt is 20 pixels
PIXEL_SIZE = 20
THRESHOLD = 0.95
# The mixed sentence's spaces come from DejaVu in the PDF and from Noto in Qt, which moves the
# words a little.
MIXED_THRESHOLD = 0.85
# Directional marks pdftotext puts around right-to-left text; they are not part of what was typed.
_BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_RTL_LETTER = re.compile("[\u0600-\u06ff]")
NOTES_FOLDER = pathlib.Path("/work/notes/scripts")


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    document = MinutesDocument(
        title="Names in every script",
        marking="OFFICIAL-SENSITIVE",
        heading=FieldList((("Family", "Test family"),)),
        sections=(Section("Samples", tuple(Paragraph(text) for text in SAMPLES.values())),),
        footer_label="Test",
    )
    path = tmp_path_factory.mktemp("scripts") / "scripts.pdf"
    render_pdf(document, path)
    return path


@pytest.fixture(scope="module")
def page_image(pdf: pathlib.Path) -> Image.Image:
    prefix = pdf.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-r", str(DPI), "-gray", "-png", "-f", "1", "-l", "1", str(pdf), str(prefix)],
        check=True,
    )
    return Image.open(next(pdf.parent.glob("scripts-*.png"))).convert("L")


@pytest.fixture(scope="module")
def line_boxes(pdf: pathlib.Path) -> dict[str, tuple[float, float, float, float]]:
    return _boxes(pdf)


def _boxes(pdf: pathlib.Path) -> dict[str, tuple[float, float, float, float]]:
    """Each line of the first page's text layer → its box in points. The layer's words come in
    visual order here (right-to-left ones spelt backwards), so lines are known by their
    letters, sorted."""
    out = subprocess.run(
        ["pdftotext", "-bbox-layout", "-f", "1", "-l", "1", str(pdf), "-"],
        check=True, capture_output=True, text=True,
    ).stdout
    root = ElementTree.fromstring(out)
    boxes = {}
    for line in root.iter("{http://www.w3.org/1999/xhtml}line"):
        words = [word.text or "" for word in line.iter("{http://www.w3.org/1999/xhtml}word")]
        x0, y0, x1, y1 = (float(line.get(key, "0")) for key in ("xMin", "yMin", "xMax", "yMax"))
        boxes[_letters(" ".join(words))] = (x0, y0, x1, y1)
    return boxes


def _letters(text: str) -> str:
    return "".join(sorted(_BIDI_MARKS.sub("", text).replace(" ", "")))


def _ink(image: Image.Image) -> np.ndarray:
    """The image cropped to its ink, as a boolean array (True where dark)."""
    pixels = np.asarray(image.convert("L")) < 140
    rows = np.flatnonzero(pixels.any(axis=1))
    columns = np.flatnonzero(pixels.any(axis=0))
    assert rows.size and columns.size, "no ink"
    return pixels[rows[0]:rows[-1] + 1, columns[0]:columns[-1] + 1]


def _scaled(ink: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    image = Image.fromarray((ink * 255).astype(np.uint8)).resize(size, Image.Resampling.BILINEAR)
    return np.asarray(image) > 100


def _grown(mask: np.ndarray) -> np.ndarray:
    """The mask with each ink pixel's neighbours (one pixel each way)."""
    padded = np.pad(mask, 1)
    grown = np.zeros_like(mask)
    for dy in (0, 1, 2):
        for dx in (0, 1, 2):
            grown |= padded[dy:dy + mask.shape[0], dx:dx + mask.shape[1]]
    return grown


def _similarity(first: np.ndarray, second: np.ndarray) -> float:
    """How closely two inks match, from 0 to 1: both are scaled to the first's size (their shapes
    must agree within 10%, else 0), then the smaller of the shares of each one's ink that lies
    on or next to the other's."""
    height, width = first.shape
    if abs(second.shape[1] / second.shape[0] - width / height) > 0.1 * width / height:
        return 0.0
    second = _scaled(second, (width, height))
    within_second = (first & _grown(second)).sum() / first.sum()
    within_first = (second & _grown(first)).sum() / second.sum()
    return float(min(within_second, within_first))


def _qt_image(text: str, font_file: str) -> Image.Image:
    """The text as Qt draws it with QTextLayout at PIXEL_SIZE, in the script's bundled Noto font
    and DejaVu Sans for the letters it lacks (the Latin ones of the mixed sentence)."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import (
        QColor,
        QFont,
        QFontDatabase,
        QImage,
        QPainter,
        QTextLayout,
        QTextOption,
    )

    families = []
    for name in (font_file, "DejaVuSans.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
        assert font_id >= 0, name
        families.append(QFontDatabase.applicationFontFamilies(font_id)[0])
    font = QFont()
    font.setFamilies(families)
    font.setPixelSize(PIXEL_SIZE)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(4000)
    layout.endLayout()
    image = QImage(int(line.naturalTextWidth()) + 40, 3 * PIXEL_SIZE, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(QColor("black"))
    layout.draw(painter, QPointF(20, PIXEL_SIZE / 2))
    painter.end()
    data = bytes(image.constBits())
    rgb = Image.frombuffer("RGBA", (image.width(), image.height()), data, "raw", "BGRA", 0, 1)
    return rgb.convert("L")


def _pdf_ink(name: str, page: Image.Image, boxes: dict) -> np.ndarray:
    x0, y0, x1, y1 = boxes[_letters(SAMPLES[name])]
    scale = DPI / 72
    pad = 6
    crop = page.crop((int(x0 * scale) - pad, int(y0 * scale) - pad,
                      int(x1 * scale) + pad, int(y1 * scale) + pad))
    return _ink(crop)


def _save_comparison(name: str, pdf_ink: np.ndarray, qt_ink: np.ndarray) -> None:
    """PDF render beside Qt render, for people to look at (only where the notes folder is)."""
    if not NOTES_FOLDER.parent.is_dir():
        return
    NOTES_FOLDER.mkdir(exist_ok=True)
    left = Image.fromarray(((~pdf_ink) * 255).astype(np.uint8))
    right = Image.fromarray(((~qt_ink) * 255).astype(np.uint8))
    height = max(left.height, right.height) + 20
    sheet = Image.new("L", (left.width + right.width + 60, height), 255)
    sheet.paste(left, (10, 10))
    sheet.paste(right, (left.width + 50, 10))
    sheet.save(NOTES_FOLDER / f"{name}.png")


def test_pdftotext_reads_every_sample_as_typed(pdf: pathlib.Path) -> None:
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    # pdftotext puts the space before an embedded right-to-left run inside its marks.
    lines = {" ".join(_BIDI_MARKS.sub(" ", line).split()) for line in text.splitlines()}
    for name, sample in SAMPLES.items():
        if name == "brackets":
            # Known limit: a right-to-left line that is mostly English reads back from
            # pdftotext (and pypdf) with its English in the order it is drawn ("father
            # ,(Mohammed Ali) محمد علي"); the PDF carries no paragraph direction for them.
            continue
        assert sample in lines, name


@pytest.mark.parametrize("name", list(SAMPLES))
def test_the_pdf_looks_as_qt_draws_the_text(
    name: str, page_image: Image.Image, line_boxes: dict, qapp: object
) -> None:
    pdf_ink = _pdf_ink(name, page_image, line_boxes)
    qt_ink = _ink(_qt_image(SAMPLES[name], FONTS[name]))
    _save_comparison(name, pdf_ink, qt_ink)
    score = _similarity(pdf_ink, qt_ink)
    print(f"{name}: {score:.3f}")
    mixed = name in ("mixed", "brackets")
    assert score >= (MIXED_THRESHOLD if mixed else THRESHOLD), f"{name}: {score:.3f}"


@pytest.mark.parametrize(
    "old",
    [
        # The old PDF: letters unjoined, in typed order left to right. Qt draws that from the
        # reversed text (which its bidi puts back in typed order) with non-joiners between.
        "\u200c".join(SAMPLES["arabic"][::-1]),
        # Letters joined but laid out left to right (no bidi): a left-to-right override.
        "\u202d" + SAMPLES["arabic"] + "\u202c",
    ],
    ids=["unjoined", "not-reordered"],
)
def test_the_comparison_rejects_the_old_arabic(
    old: str, page_image: Image.Image, line_boxes: dict, qapp: object
) -> None:
    pdf_ink = _pdf_ink("arabic", page_image, line_boxes)
    score = _similarity(pdf_ink, _ink(_qt_image(old, FONTS["arabic"])))
    print(f"old arabic: {score:.3f}")
    assert score < MIXED_THRESHOLD, score


LONG_CHINESE = "王小明的母亲参加了会议，她说孩子们在学校很好，但是家里需要更多的帮助。" * 6
LONG_ARABIC = (
    "قالت فاطمة الزهراء إن الأطفال بخير في المدرسة وإن الأسرة تحتاج إلى دعم إضافي في المساء. " * 4
).strip()


@pytest.fixture(scope="module")
def second_pdf(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    """A long right-to-left paragraph, names in table cells and a character no font has."""
    document = MinutesDocument(
        title="Names in every script",
        marking="OFFICIAL-SENSITIVE",
        heading=FieldList((("Family", "Test family"),)),
        sections=(
            Section("Samples", (
                Paragraph(LONG_ARABIC),
                Table(("Name", "Role"), (("فاطمة الزهراء", "Mother"), ("王小明", "Child"),
                                         ("ਹਰਪ੍ਰੀਤ ਕੌਰ", "Aunt")), (1, 1)),
                Paragraph("A face 😀 typed in a note"),
            )),
        ),
        footer_label="Test",
    )
    path = tmp_path_factory.mktemp("scripts2") / "second.pdf"
    render_pdf(document, path)
    return path


def _text_lines(pdf: pathlib.Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return [" ".join(_BIDI_MARKS.sub(" ", line).split()) for line in text.splitlines()]


def test_a_long_right_to_left_paragraph_wraps_into_right_aligned_lines_in_reading_order(
    second_pdf: pathlib.Path,
) -> None:
    """Lines are broken in typed order and each is then put in visual order: the first line
    holds the paragraph's first words, each line reads on from the one before, and every line
    but the last ends at the right margin."""
    lines = [line for line in _text_lines(second_pdf) if line and line[0] in LONG_ARABIC]
    assert len(lines) >= 3
    # poppler starts a new word where the direction changes, at the full stop after an Arabic
    # word, and puts a space between (the PDF draws them touching): that space is not counted.
    assert re.sub(r" (?=\.)", "", " ".join(lines)) == LONG_ARABIC
    out = subprocess.run(
        ["pdftotext", "-bbox-layout", str(second_pdf), "-"],
        check=True, capture_output=True, text=True,
    ).stdout
    paragraph_lines = [  # the paragraph's lines: many words (the table's name has two)
        line
        for line in ElementTree.fromstring(out).iter("{http://www.w3.org/1999/xhtml}line")
        if len(line) > 4 and any(_RTL_LETTER.search(word.text or "") for word in line)
    ]
    assert len(paragraph_lines) == len(lines)
    rights = [float(line.get("xMax", "0")) for line in paragraph_lines[:-1]]
    lefts = [float(line.get("xMin", "0")) for line in paragraph_lines]
    assert max(rights) - min(rights) < 1.0, rights
    assert lefts[-1] > min(lefts) + 50, lefts  # the short last line is not set from the left


def test_chinese_without_spaces_wraps_between_characters(tmp_path: pathlib.Path) -> None:
    """Chinese has no spaces: its lines break between characters (never before a closing
    mark), so the paragraph stays in the frame and reads back whole. (A PDF of its own: with a
    page mostly left to right, pdftotext takes the Arabic lines of ``second_pdf`` for left to
    right ones and prints their sentences in the wrong order.)"""
    document = MinutesDocument(
        title="Chinese", marking="OFFICIAL-SENSITIVE", heading=FieldList((("Family", "X"),)),
        sections=(Section("Samples", (Paragraph(LONG_CHINESE),)),), footer_label="Test",
    )
    path = tmp_path / "chinese.pdf"
    render_pdf(document, path)
    lines = [line for line in _text_lines(path) if line and line[0] in LONG_CHINESE]
    assert len(lines) >= 3
    assert "".join(lines) == LONG_CHINESE
    assert not any(line[0] in "，。" for line in lines)


def test_names_in_table_cells_read_back_as_typed(second_pdf: pathlib.Path) -> None:
    text = " ".join(_text_lines(second_pdf))
    for name in ("فاطمة الزهراء", "王小明", "ਹਰਪ੍ਰੀਤ ਕੌਰ"):
        assert name in text, name


def test_a_character_no_font_has_is_marked_and_named_in_a_note(second_pdf: pathlib.Path) -> None:
    text = " ".join(_text_lines(second_pdf))
    assert "A face \ufffd typed in a note" in text
    assert "could not be printed in this PDF" in text
    assert "U+1F600" in text
    assert "The Word (DOCX) copy holds them." in text


def test_directional_isolates_print_without_failing(tmp_path: pathlib.Path) -> None:
    """Isolate controls (U+2066-U+2069), paired or not, print; the letters read back."""
    texts = ["\u0591\u2066", "Met \u2067فاطمة\u2069 today", "\u2068abc\u2069 \u202bمرحبا"]
    document = MinutesDocument(
        title="Minutes", marking="OFFICIAL-SENSITIVE", heading=FieldList((("Family", "X"),)),
        sections=(Section("Samples", tuple(Paragraph(text) for text in texts)),),
        footer_label="Test",
    )
    path = tmp_path / "isolates.pdf"
    render_pdf(document, path)
    text = " ".join(_text_lines(path))
    for word in ("Met", "فاطمة", "today", "abc", "مرحبا"):
        assert word in text, word


def test_urdu_in_nastaliq_when_the_reader_prefers_it(
    tmp_path: pathlib.Path, qapp: object
) -> None:
    """The renderer's Nastaliq option (no setting offers it yet) sets Urdu in Noto Nastaliq Urdu:
    the line looks as Qt draws it in that font, and the text layer holds it as typed (read with
    pypdf, as ``verify`` reads it: poppler's pdftotext orders Nastaliq's stacked letters by
    their heights and scrambles them)."""
    from pypdf import PdfReader

    from chair_app.export.pdf_scripts import ArabicStyle

    urdu = SAMPLES["urdu"]
    document = MinutesDocument(
        title="Nastaliq", marking="OFFICIAL-SENSITIVE", heading=FieldList((("Family", "X"),)),
        sections=(Section("Samples", (Paragraph(urdu),)),), footer_label="Test",
    )
    path = tmp_path / "nastaliq.pdf"
    render_pdf(document, path, arabic=ArabicStyle.NASTALIQ)

    text = PdfReader(str(path)).pages[0].extract_text()
    assert urdu in " ".join(text.split())
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-png", "-f", "1", "-l", "1",
                    str(path), str(tmp_path / "nastaliq")], check=True)
    page = Image.open(next(tmp_path.glob("nastaliq-*.png"))).convert("L")
    heading_box = next(
        box for letters, box in _boxes(path).items() if letters == _letters("Samples")
    )
    scale = DPI / 72
    top = int(heading_box[3] * scale) + 4
    band = page.crop((0, top, page.width, top + int(40 * scale)))
    pdf_ink = _ink(band)
    qt_ink = _ink(_qt_image(urdu, "NotoNastaliqUrdu-Regular.ttf"))
    _save_comparison("urdu-nastaliq", pdf_ink, qt_ink)
    score = _similarity(pdf_ink, qt_ink)
    print(f"urdu nastaliq: {score:.3f}")
    assert score >= THRESHOLD, score
