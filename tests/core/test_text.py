"""Text hygiene: what goes into a document or a file name, while stored text stays as typed."""

from __future__ import annotations

import pytest

from chair_app.core.text import document_safe, safe_file_stem


@pytest.mark.parametrize("bad", ["\x00", "\x07", "\x1b", "\x01", "\x08", "\x1f", "\x7f"])
def test_document_safe_control_character_removed(bad: str) -> None:
    assert document_safe(f"before{bad}after") == "beforeafter"


@pytest.mark.parametrize("surrogate", ["\ud800", "\udbff", "\udc00", "\udfff"])
def test_document_safe_lone_surrogate_removed(surrogate: str) -> None:
    cleaned = document_safe(f"a{surrogate}b")
    assert cleaned == "ab"
    cleaned.encode("utf-8")  # encodable now: no surrogates left


def test_document_safe_escape_sequence_leaves_only_printable_part() -> None:
    assert document_safe("\x1b[31mred\x1b[0m") == "[31mred[0m"


def test_document_safe_tabs_and_newlines_kept() -> None:
    assert document_safe("one\ttwo\nthree") == "one\ttwo\nthree"


def test_document_safe_carriage_returns_become_newlines() -> None:
    assert document_safe("one\r\ntwo\rthree") == "one\ntwo\nthree"


@pytest.mark.parametrize(
    "text",
    [
        "Baby 👶🏽 and family 👨‍👩‍👧",
        "שלום עולם",
        "مرحبا بالعالم",
        "Bryn Ŵyn, ŷ ŵ Ŷ",
        "Zoë Ñúñez – “quoted” — ‘single’ …",
        "中文 日本語 한국어",
    ],
)
def test_document_safe_real_words_kept_exactly(text: str) -> None:
    assert document_safe(text) == text


def test_document_safe_vertical_tab_and_form_feed_become_newlines() -> None:
    assert document_safe("line one\x0bline two\x0cpage two") == "line one\nline two\npage two"


def test_document_safe_clean_text_unchanged() -> None:
    text = "Kerry and Dean will sort out disagreements without shouting."
    assert document_safe(text) == text


def test_document_safe_only_bad_characters_gives_empty_text() -> None:
    assert document_safe("\x00\x07\x1b\ud800") == ""


@pytest.mark.parametrize("mark", ["/", "\\", ":", "*", "?", '"', "<", ">", "|"])
def test_safe_file_stem_path_and_reserved_marks_removed(mark: str) -> None:
    assert safe_file_stem(f"Quill{mark}family") == "Quillfamily"


def test_safe_file_stem_all_reserved_marks_removed_at_once() -> None:
    assert safe_file_stem('a/b\\c:d*e?f"g<h>i|j') == "abcdefghij"


def test_safe_file_stem_control_characters_removed() -> None:
    assert safe_file_stem("Quill\x00 family\x07\x1b - Core Group") == "Quill family - Core Group"


def test_safe_file_stem_no_directory_traversal() -> None:
    stem = safe_file_stem("../../etc/passwd")
    assert "/" not in stem
    assert not stem.startswith(".")


def test_safe_file_stem_keeps_letters_digits_and_plain_marks() -> None:
    assert (
        safe_file_stem("O'Neill & Ŵyn family (Core Group) - 2026-11-23")
        == "O'Neill & Ŵyn family (Core Group) - 2026-11-23"
    )


def test_safe_file_stem_runs_of_spaces_collapsed() -> None:
    assert safe_file_stem("  Quill \t\n family  ") == "Quill family"


@pytest.mark.parametrize("text", ["", "   ", "///", "\x00\x07", ". . .", '<>:"|?*', "\ud800"])
def test_safe_file_stem_nothing_usable_never_empty(text: str) -> None:
    assert safe_file_stem(text) == "minutes"


def test_safe_file_stem_long_text_limited() -> None:
    stem = safe_file_stem("a" * 500, limit=80)
    assert stem == "a" * 80


def test_safe_file_stem_demo_stem_unchanged() -> None:
    assert (
        safe_file_stem("Marlowe family - Core Group - 2026-10-26")
        == "Marlowe family - Core Group - 2026-10-26"
    )
