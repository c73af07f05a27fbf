"""Parsing and formatting of dates and times as people type them in the UK.

The fields accept what a minute-taker is likely to type (``3/12/2026``, ``03-12-26``, ``2026-12-03``,
``3 Dec 2026``) and say plainly what is wrong otherwise; they never guess between day and month:
numeric dates are always day first, as in the UK.
"""

from __future__ import annotations

import datetime as dt
import re

from chair_app.core.language import Language, display_language, translate

_MONTHS = {
    name: index
    for index, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})$")
_WORDS = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$")
_TIME = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?$", re.IGNORECASE)



def _date_hint() -> str:
    return translate("Dates", "Type a date as day/month/year, for example 3/12/2026.")


def _time_hint() -> str:
    return translate("Dates", "Type a time as hours:minutes, for example 10:30 or 2pm.")


class DateInputError(ValueError):
    """The text is not a date or time; the message says why, in plain words."""


def parse_date(text: str) -> dt.date | None:
    """Parse a UK-style date. Empty text gives None.

    Raises:
        DateInputError: the text is not a real date.
    """
    cleaned = " ".join(text.strip().split())
    if not cleaned:
        return None
    day: int
    month: int
    year: int
    if match := _ISO.match(cleaned):
        year, month, day = (int(g) for g in match.groups())
    elif match := _NUMERIC.match(cleaned):
        day, month = int(match.group(1)), int(match.group(2))
        year = int(match.group(3))
        if len(match.group(3)) == 2:
            year += 2000
    elif match := _WORDS.match(cleaned):
        day, year = int(match.group(1)), int(match.group(3))
        month_name = match.group(2).lower()
        if month_name not in _MONTHS:
            raise DateInputError(
                translate("Dates", "“{text}” is not a month. {hint}").format(
                    text=match.group(2), hint=_date_hint()
                )
            )
        month = _MONTHS[month_name]
    else:
        raise DateInputError(
            translate("Dates", "“{text}” is not a date. {hint}").format(
                text=_shorten(cleaned), hint=_date_hint()
            )
        )
    if not 1 <= month <= 12:
        raise DateInputError(
            translate("Dates", "There is no month {month}. {hint}").format(
                month=month, hint=_date_hint()
            )
        )
    if not 1900 <= year <= 2200:
        raise DateInputError(
            translate("Dates", "The year {year} is out of range. {hint}").format(
                year=year, hint=_date_hint()
            )
        )
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise DateInputError(
            translate("Dates", "{month} has no day {day}. {hint}").format(
                month=_month_and_year(dt.date(year, month, 1)), day=day, hint=_date_hint()
            )
        ) from None


def parse_time(text: str) -> dt.time | None:
    """Parse a time of day such as ``10:30``, ``14.05`` or ``2pm``. Empty text gives None.

    Raises:
        DateInputError: the text is not a time of day.
    """
    cleaned = text.strip().replace(" ", "")
    if not cleaned:
        return None
    match = _TIME.match(cleaned)
    if not match:
        raise DateInputError(_not_a_time(_shorten(cleaned)))
    hour = int(match.group(1))
    minute = int(match.group(2) or 0)
    suffix = (match.group(3) or "").lower()
    if suffix:
        if not 1 <= hour <= 12:
            raise DateInputError(
                translate("Dates", "{time} is not a time. {hint}").format(
                    time=f"{hour}{suffix}", hint=_time_hint()
                )
            )
        hour = hour % 12 + (12 if suffix == "pm" else 0)
    if hour > 23 or minute > 59:
        raise DateInputError(_not_a_time(cleaned))
    return dt.time(hour, minute)


def format_date(value: dt.date | None, language: Language | None = None) -> str:
    """Format for people, in ``language`` (the display language unless given):
    ``Thursday 3 December 2026``, ``Dydd Iau 3 Rhagfyr 2026``; empty for None."""
    if value is None:
        return ""
    language = display_language() if language is None else language
    if language is Language.ENGLISH:
        return f"{value:%A} {value.day} {value:%B %Y}"
    # CLDR's names (Babel), not a table of our own: Welsh weekdays and months, with their
    # mutations, as the Welsh Language Commissioner's style guides print them.
    from babel.dates import format_date as babel_format_date

    return babel_format_date(value, "EEEE d MMMM y", locale=language.locale_name)


def format_short_date(value: dt.date | None) -> str:
    """Format for fields and tables: ``03/12/2026``; empty for None."""
    return "" if value is None else f"{value:%d/%m/%Y}"


def format_time(value: dt.time | None) -> str:
    return "" if value is None else f"{value:%H:%M}"


def _not_a_time(text: str) -> str:
    return translate("Dates", "“{text}” is not a time. {hint}").format(
        text=text, hint=_time_hint()
    )


def _month_and_year(value: dt.date) -> str:
    """"February 2026" ("Chwefror 2026" in Welsh)."""
    language = display_language()
    if language is Language.ENGLISH:
        return f"{value:%B %Y}"
    from babel.dates import format_date as babel_format_date

    return str(babel_format_date(value, "LLLL y", locale=language.locale_name))


def _shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
