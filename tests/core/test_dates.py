"""UK date and time entry: what a minute-taker types, and what they are told when it is wrong."""

from __future__ import annotations

import datetime as dt

import pytest

from chair_app.core.dates import (
    DateInputError,
    format_date,
    format_short_date,
    format_time,
    parse_date,
    parse_time,
)

THIRD_OF_DECEMBER = dt.date(2026, 12, 3)


@pytest.mark.parametrize(
    "text",
    [
        "3/12/2026",
        "03/12/2026",
        "03-12-26",
        "3.12.2026",
        "2026-12-03",
        "3 Dec 2026",
        "3 december 2026",
        "3rd December 2026",
        "  3rd   December   2026  ",
    ],
)
def test_parse_date_uk_forms_give_third_of_december(text: str) -> None:
    assert parse_date(text) == THIRD_OF_DECEMBER


def test_parse_date_numeric_is_day_first_never_month_first() -> None:
    assert parse_date("1/2/2027") == dt.date(2027, 2, 1)


def test_parse_date_leap_day_in_leap_year_accepted() -> None:
    assert parse_date("29/02/2028") == dt.date(2028, 2, 29)


@pytest.mark.parametrize("text", ["", "   ", "\t\n"])
def test_parse_date_empty_gives_none(text: str) -> None:
    assert parse_date(text) is None


def test_parse_date_31_february_refused_naming_month_and_day() -> None:
    with pytest.raises(DateInputError) as caught:
        parse_date("31/02/2027")
    message = str(caught.value)
    assert "February 2027" in message
    assert "day 31" in message


def test_parse_date_month_13_refused_naming_the_month() -> None:
    with pytest.raises(DateInputError) as caught:
        parse_date("13/13/2026")
    assert "month 13" in str(caught.value)


def test_parse_date_word_refused_quoting_it() -> None:
    with pytest.raises(DateInputError) as caught:
        parse_date("hello")
    message = str(caught.value)
    assert "hello" in message
    assert "is not a date" in message
    assert "3/12/2026" in message  # the hint shows an example


def test_parse_date_without_year_refused() -> None:
    with pytest.raises(DateInputError, match="is not a date"):
        parse_date("3/12")


def test_parse_date_unknown_month_name_refused() -> None:
    with pytest.raises(DateInputError, match="“Decembre” is not a month"):
        parse_date("3 Decembre 2026")


def test_parse_date_control_characters_refused() -> None:
    with pytest.raises(DateInputError, match="is not a date"):
        parse_date("\x00\x07")


@pytest.mark.parametrize("filler", ["a", "1", "3/"])
def test_parse_date_100000_characters_refused_with_short_message(filler: str) -> None:
    text = (filler * 100_000)[:100_000]
    assert len(text) == 100_000
    with pytest.raises(DateInputError) as caught:
        parse_date(text)
    message = str(caught.value)
    assert "is not a date" in message
    assert len(message) < 200


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10:30", dt.time(10, 30)),
        ("14.05", dt.time(14, 5)),
        ("2pm", dt.time(14, 0)),
        ("2 PM", dt.time(14, 0)),
        ("2:15pm", dt.time(14, 15)),
        ("12am", dt.time(0, 0)),
        ("12pm", dt.time(12, 0)),
        ("9", dt.time(9, 0)),
        ("0:00", dt.time(0, 0)),
        ("23:59", dt.time(23, 59)),
    ],
)
def test_parse_time_common_forms_accepted(text: str, expected: dt.time) -> None:
    assert parse_time(text) == expected


def test_parse_time_empty_gives_none() -> None:
    assert parse_time("  ") is None


@pytest.mark.parametrize(
    ("text", "expected_words"),
    [
        ("25:00", "“25:00” is not a time"),
        ("10:60", "“10:60” is not a time"),
        ("13pm", "13pm is not a time"),
        ("0am", "0am is not a time"),
        ("ten", "“ten” is not a time"),
    ],
)
def test_parse_time_impossible_time_refused(text: str, expected_words: str) -> None:
    with pytest.raises(DateInputError) as caught:
        parse_time(text)
    assert expected_words in str(caught.value)
    assert "10:30" in str(caught.value)  # the hint shows an example


def test_parse_time_100000_characters_refused_with_short_message() -> None:
    with pytest.raises(DateInputError) as caught:
        parse_time("9" * 100_000)
    assert len(str(caught.value)) < 200


def test_format_date_gives_weekday_day_month_year() -> None:
    assert format_date(THIRD_OF_DECEMBER) == "Thursday 3 December 2026"
    assert format_date(dt.date(2026, 11, 23)) == "Monday 23 November 2026"


def test_format_short_date_gives_zero_padded_day_first() -> None:
    assert format_short_date(dt.date(2026, 2, 1)) == "01/02/2026"


def test_format_time_gives_24_hour_clock() -> None:
    assert format_time(dt.time(9, 5)) == "09:05"
    assert format_time(dt.time(14, 30)) == "14:30"


def test_format_functions_none_give_empty_text() -> None:
    assert format_date(None) == ""
    assert format_short_date(None) == ""
    assert format_time(None) == ""


def test_format_then_parse_short_date_round_trips() -> None:
    assert parse_date(format_short_date(THIRD_OF_DECEMBER)) == THIRD_OF_DECEMBER
