"""The DOCX and the PDF say the same thing: everything in the minutes, in order, even for bad input.

Words are compared as sequences of ``\\w+`` tokens so that line wrapping, table layout and the
different ways python-docx and pypdf join text do not matter, while every word and its order do.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import pathlib
import re
from collections.abc import Sequence

import docx
import pytest
from docx.table import Table as DocxTable
from pypdf import PdfReader
from sample_data import officers_apart, sample_family, sample_meeting

from chair_app.core.domain import (
    AttendanceEntry,
    AttendanceStatus,
    Family,
    Meeting,
    Vote,
    VoteChoice,
)
from chair_app.core.minutes import MinutesDocument, build_minutes
from chair_app.export.docx_renderer import render_docx
from chair_app.export.pdf_renderer import render_pdf

_WORD = re.compile(r"\w+")
_PAGE = re.compile(r"^Page (\d+) of (\d+)$")
_ROOT = pathlib.Path(__file__).resolve().parents[2]


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def find_words(tokens: Sequence[str], phrase: Sequence[str], start: int = 0) -> int:
    """Index of the first occurrence of ``phrase`` as consecutive tokens from ``start``, or -1."""
    if not phrase:
        return start
    first, size = phrase[0], len(phrase)
    for index in range(start, len(tokens) - size + 1):
        if tokens[index] == first and list(tokens[index:index + size]) == list(phrase):
            return index
    return -1


def assert_phrase(text: str, phrase: str) -> None:
    assert find_words(words(text), words(phrase)) >= 0, f"missing: {phrase!r}"


def assert_lines_in_order(lines: Sequence[str], text: str) -> None:
    """Each line's words appear together, and the lines appear in the given order."""
    tokens = words(text)
    position = 0
    for line in lines:
        phrase = words(line)
        found = find_words(tokens, phrase, position)
        assert found >= 0, f"not found (in order) after token {position}: {line!r}"
        position = found + len(phrase)


def docx_body_text(path: pathlib.Path) -> str:
    """Body paragraphs and table rows (cells joined by " | ") in document order."""
    document = docx.Document(str(path))
    parts = []
    for item in document.iter_inner_content():
        if isinstance(item, DocxTable):
            parts += [" | ".join(cell.text for cell in row.cells) for row in item.rows]
        else:
            parts.append(item.text)
    return "\n".join(parts)


def pdf_pages(path: pathlib.Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(str(path)).pages]


def pdf_body_text(path: pathlib.Path, marking: str) -> str:
    return pages_body_text(pdf_pages(path), marking)


def pages_body_text(pages: Sequence[str], marking: str) -> str:
    """Page texts without their header and footer lines, joined in page order.

    The renderer draws the header and footer last on each page, so they are the page's last three
    lines: the marking, "Page N of M" and the footer label. Checking that here also checks that
    every page has them.
    """
    bodies = []
    for number, text in enumerate(pages, start=1):
        lines = text.rstrip("\n").split("\n")
        assert lines[-3].strip() == marking, f"page {number}: {lines[-3:]}"
        assert _PAGE.match(lines[-2].strip()).groups() == (str(number), str(len(pages)))
        bodies.append("\n".join(lines[:-3]))
    return "\n".join(bodies)


def content_lines(document: MinutesDocument) -> list[str]:
    """The document's plain text without the marking, which is in the page headers instead."""
    lines = document.plain_text().split("\n")
    assert lines[0] == document.marking
    return lines[1:]


@pytest.fixture(scope="module")
def sample_files(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("sample")
    # The chair and the minute-taker are two more people, who do not vote.
    document = build_minutes(*officers_apart(sample_meeting(), sample_family()))
    render_docx(document, folder / "minutes.docx")
    render_pdf(document, folder / "minutes.pdf")
    return (
        document,
        docx_body_text(folder / "minutes.docx"),
        pdf_body_text(folder / "minutes.pdf", document.marking),
    )


FORMATS = ("docx", "pdf")


def _text(sample_files, kind: str) -> str:
    return sample_files[1] if kind == "docx" else sample_files[2]


@pytest.mark.parametrize("kind", FORMATS)
def test_every_line_of_the_minutes_is_in_the_file_in_order(sample_files, kind: str) -> None:
    document = sample_files[0]
    assert_lines_in_order(content_lines(document), _text(sample_files, kind))


@pytest.mark.parametrize("kind", FORMATS)
def test_sample_facts_are_in_the_file(sample_files, kind: str) -> None:
    text = _text(sample_files, kind)
    meeting, family = sample_meeting(), sample_family()
    for statement in meeting.statements:
        assert_phrase(text, statement.statement)
        assert_phrase(text, statement.safety_goal)
    # Scores: each person's row in the scaling table, and the reasons given.
    assert_phrase(text, "Dana Quill 6 7")
    assert_phrase(text, "Noor Haddad 4 3 4")
    assert_phrase(text, "Bryn Ŵyn Pritchard 5")
    assert_phrase(text, "Average 5.0 5.0 4.0")
    for score in meeting.scores:
        if score.reason:
            assert_phrase(text, f"{family.person(score.person_id).name}")
            assert_phrase(text, f"{score.value}: {score.reason}")
    for number, action in enumerate(meeting.actions, start=1):
        owner = family.person(action.owner_id).name
        due = action.due_date.strftime("%d/%m/%Y")
        # The row also says which children the action is for: none set means all of them.
        assert_phrase(text, f"{number} {action.what} All the children {owner} {due}")
    assert_phrase(text, "Noor Haddad Children's Social Care For")
    assert_phrase(text, "Bryn Ŵyn Pritchard Health Against Too early to tell")
    assert_phrase(text, "Tally: For 1, against 1, abstained 0. Outcome: No majority (votes tied).")
    assert_phrase(text, "Next meeting Date Monday 21 December 2026 Time 10:00")
    assert_phrase(text, "Poppy attends every day.")


def _with_dissent() -> tuple[Meeting, Family]:
    """The sample with the teacher present and voting for, so the vote passes 2 to 1."""
    # The chair and the minute-taker are two more people, who do not vote.
    meeting, family = officers_apart(sample_meeting(), sample_family())
    attendance = tuple(
        AttendanceEntry(5, AttendanceStatus.PRESENT) if entry.person_id == 5 else entry
        for entry in meeting.attendance
    )
    decision = meeting.decisions[0]
    decision = dataclasses.replace(decision, votes=decision.votes + (Vote(5, VoteChoice.FOR),))
    meeting = dataclasses.replace(meeting, attendance=attendance, decisions=(decision,))
    return meeting, family


def test_dissent_reason_is_in_both_files(tmp_path: pathlib.Path) -> None:
    meeting, family = _with_dissent()
    document = build_minutes(meeting, family)
    render_docx(document, tmp_path / "m.docx")
    render_pdf(document, tmp_path / "m.pdf")
    dissent = "Dissent Bryn Ŵyn Pritchard (Health visitor, Health): Too early to tell"
    for text in (docx_body_text(tmp_path / "m.docx"), pdf_body_text(tmp_path / "m.pdf",
                                                                     document.marking)):
        assert_phrase(text, "Outcome: Agreed.")
        assert_phrase(text, dissent)
        assert_lines_in_order(content_lines(document), text)


def _large_meeting_module():
    spec = importlib.util.spec_from_file_location(
        "large_meeting", _ROOT / "benchmarks" / "large_meeting.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_large_meeting_is_complete_and_in_order_in_both_files(tmp_path: pathlib.Path) -> None:
    family, meeting = _large_meeting_module().large_family_and_meeting()
    document = build_minutes(meeting, family)
    render_docx(document, tmp_path / "m.docx")
    render_pdf(document, tmp_path / "m.pdf")
    lines = content_lines(document)
    assert_lines_in_order(lines, docx_body_text(tmp_path / "m.docx"))
    assert_lines_in_order(lines, pdf_body_text(tmp_path / "m.pdf", document.marking))


# Bad input: control characters, emoji, right-to-left scripts, Welsh and 100,000-character texts.
TEXT_LENGTH = 100_000
# One unbroken word; ŵ is used nowhere else, so counting it counts this text exactly, wherever
# the renderers had to cut the word.
LONG_WORD = "ŵ" * TEXT_LENGTH
# An unbroken word in a table cell (the action's "what"); ж is used nowhere else either.
LONG_CELL_WORD = "ж" * TEXT_LENGTH


def _many_lines(marker: str) -> str:
    lines, size, number = [], 0, 0
    while size < TEXT_LENGTH:
        number += 1
        line = f"line {number} {marker}"
        lines.append(line)
        size += len(line) + 1
    return "\n".join(lines)[:TEXT_LENGTH]


LONG_LINES = _many_lines("goalline")  # in a body paragraph (a safety goal)
LONG_CELL_LINES = _many_lines("voteline")  # in a table cell (a vote's reason)
WELSH_NAME = "Llŷr Ŵatkins"
HEBREW = "נועה חדאד"
ARABIC = "إينيس كارفاليو"
EMOJI = "😀 👨‍👩‍👧"


def _bad_family_and_meeting() -> tuple[Family, Meeting]:
    # The chair and the minute-taker are two more people, who do not vote.
    meeting, family = officers_apart(sample_meeting(), sample_family())
    people = list(family.people)
    people[0] = dataclasses.replace(people[0], name="Dana\x00 Qu\x07ill")
    people[1] = dataclasses.replace(people[1], name=f"Rory Quill {EMOJI}")
    people[2] = dataclasses.replace(people[2], name=f"Noor {HEBREW}")
    people[3] = dataclasses.replace(people[3], name=WELSH_NAME)
    people[4] = dataclasses.replace(people[4], agency=ARABIC)
    family = dataclasses.replace(family, name="Quill\x1b family", people=tuple(people))

    statements = list(meeting.statements)
    statements[0] = dataclasses.replace(statements[0], statement=LONG_WORD, safety_goal=LONG_LINES)
    actions = list(meeting.actions)
    actions[0] = dataclasses.replace(actions[0], what=LONG_CELL_WORD)
    decision = meeting.decisions[0]
    votes = (decision.votes[0], dataclasses.replace(decision.votes[1], reason=LONG_CELL_LINES))
    meeting = dataclasses.replace(
        meeting,
        venue=f"Caffi'r Ŷd {EMOJI}",
        statements=tuple(statements),
        actions=tuple(actions),
        decisions=(dataclasses.replace(decision, votes=votes),),
        columns=dataclasses.replace(meeting.columns, worries="Food\x0bat home\x00\x07 is short"),
    )
    return family, meeting


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("bad")
    family, meeting = _bad_family_and_meeting()
    document = build_minutes(meeting, family)
    render_docx(document, folder / "minutes.docx")
    render_pdf(document, folder / "minutes.pdf")
    return document, folder / "minutes.docx", folder / "minutes.pdf"


@pytest.fixture(scope="module")
def bad_docx_text(bad_files) -> str:
    return docx_body_text(bad_files[1])


@pytest.fixture(scope="module")
def bad_pdf_pages(bad_files) -> list[str]:
    return pdf_pages(bad_files[2])


@pytest.fixture(scope="module")
def bad_pdf_text(bad_files, bad_pdf_pages: list[str]) -> str:
    return pages_body_text(bad_pdf_pages, bad_files[0].marking)


def test_bad_input_docx_opens_again_without_control_characters(bad_files) -> None:
    reopened = docx.Document(str(bad_files[1]))
    assert reopened.paragraphs
    xml = reopened.element.xml
    for character in ("\x00", "\x07", "\x0b", "\x1b"):
        assert character not in xml


def test_bad_input_pdf_has_every_page_marked(bad_pdf_pages: list[str]) -> None:
    pages = bad_pdf_pages
    assert len(pages) > 10
    for number, text in enumerate(pages, start=1):
        assert "OFFICIAL-SENSITIVE" in text
        assert f"Page {number} of {len(pages)}" in text


@pytest.mark.parametrize("kind", FORMATS)
def test_control_characters_are_removed_and_words_kept_apart(
    kind: str, bad_docx_text: str, bad_pdf_text: str
) -> None:
    text = bad_docx_text if kind == "docx" else bad_pdf_text
    assert_phrase(text, "Dana Quill")
    assert_phrase(text, "Quill family")
    # The vertical tab (Word's line break) becomes a new line, so "Food" and "at" stay apart.
    assert_phrase(text, "Food at home is short")
    for character in ("\x00", "\x07", "\x0b", "\x1b"):
        assert character not in text


@pytest.mark.parametrize("kind", FORMATS)
def test_welsh_letters_survive(kind: str, bad_docx_text: str, bad_pdf_text: str) -> None:
    text = bad_docx_text if kind == "docx" else bad_pdf_text
    assert WELSH_NAME in text
    assert "Caffi'r Ŷd" in text
    assert "ŵ" in text and "ŷ" in text


@pytest.mark.parametrize("kind", FORMATS)
def test_long_texts_are_complete(kind: str, bad_docx_text: str, bad_pdf_text: str) -> None:
    text = bad_docx_text if kind == "docx" else bad_pdf_text
    unbroken = "".join(text.split())
    assert unbroken.count("ŵ") == TEXT_LENGTH
    assert unbroken.count("ж") == TEXT_LENGTH
    assert text.count("goalline") == LONG_LINES.count("goalline")
    assert text.count("voteline") == LONG_CELL_LINES.count("voteline")
    # Each numbered line is there once, in order.
    assert_lines_in_order(LONG_LINES.split("\n")[:-1], text)


def test_docx_keeps_right_to_left_text_and_emoji_exactly(bad_docx_text: str) -> None:
    assert HEBREW in bad_docx_text
    assert ARABIC in bad_docx_text
    assert EMOJI in bad_docx_text


def test_pdf_prints_right_to_left_letters_and_marks_unprintable_emoji(bad_pdf_text: str) -> None:
    # reportlab draws right-to-left text in stored (logical) order, without bidi reordering or
    # Arabic shaping, and pypdf may reverse it when extracting: accept either direction.
    for word in HEBREW.split() + ARABIC.split():
        assert word in bad_pdf_text or word[::-1] in bad_pdf_text, word
    # Emoji the bundled font cannot print become U+FFFD rather than vanishing or becoming NULs.
    assert "\ufffd" in bad_pdf_text
    assert "\x00" not in bad_pdf_text
    assert_phrase(bad_pdf_text, "Rory Quill")
