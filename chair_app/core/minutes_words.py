"""The fixed words of the minutes in the language of the copy being built.

Each copy of the minutes is built for its reader's language (English or Welsh; a copy in both
is built twice and the two put together, core.minutes_copy). The language is never the window's
display language: it is set for the time one copy is built, with ``minutes_in(language)``, and
every fixed text of the minutes (headings, labels, notes, table headers, the marking and the
footer) is looked up through ``translate("Minutes", "English text")`` below. Two arguments only,
so that pyside6-lupdate extracts each text into resources/translations/cy/minutes.ts.

What people said or typed is never translated: only these fixed texts are.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from chair_app.core import language as _language
from chair_app.core.dates import format_date
from chair_app.core.language import Language

_MINUTES_LANGUAGE: ContextVar[Language] = ContextVar(
    "minutes_language", default=Language.ENGLISH
)


@contextmanager
def minutes_in(language: Language) -> Iterator[None]:
    """Build the minutes in ``language`` within the block (per thread and task)."""
    token = _MINUTES_LANGUAGE.set(Language(language))
    try:
        # Texts the minutes take from the rest of core (attendance lines, rule and tally
        # wording, children's dates) follow the copy's language too, not the window's.
        with _language.texts_in(Language(language)):
            yield
    finally:
        _MINUTES_LANGUAGE.reset(token)


def minutes_language() -> Language:
    """The language of the copy being built now."""
    return _MINUTES_LANGUAGE.get()


def translate(context: str, text: str) -> str:
    """A fixed text of the minutes in the language of the copy being built."""
    return _language.translate(context, text, _MINUTES_LANGUAGE.get())


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    """Marks a text for extraction without translating it (see ``label``)."""
    return text


# Words of core.copies' "withheld from" text, which is written in English (see
# minutes_sections._withheld_from); ``label`` translates them when printed. The record's own
# types (meeting types, attendance, action states, outcomes) need no list here: their labels
# are translated where they are defined, in the copy's language (minutes_in sets it).
_LABELS = (
    QT_TRANSLATE_NOOP("Minutes", "the family and their advocates"),
    QT_TRANSLATE_NOOP("Minutes", "someone no longer listed"),
)


def label(english: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("Minutes", ...) in the copy's language (English when
    it has no translation)."""
    return _language.translate("Minutes", english, _MINUTES_LANGUAGE.get())


def date_text(value: dt.date | None) -> str:
    """A date written out in the copy's language: "Dydd Iau 12 Tachwedd 2026"."""
    return format_date(value, _MINUTES_LANGUAGE.get())
