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


# Labels the minutes print that come from the record's own types (meeting types, attendance,
# votes, outcomes, action states), written in English where those types are defined. They are
# listed here so that lupdate extracts them, and ``label`` translates them when printed.
_LABELS = (
    QT_TRANSLATE_NOOP("Minutes", "First Core Group"),
    QT_TRANSLATE_NOOP("Minutes", "Core Group"),
    QT_TRANSLATE_NOOP("Minutes", "Child in Need meeting"),
    QT_TRANSLATE_NOOP("Minutes", "Initial Child Protection Conference"),
    QT_TRANSLATE_NOOP("Minutes", "Review Child Protection Conference"),
    QT_TRANSLATE_NOOP("Minutes", "Looked-After Child review"),
    QT_TRANSLATE_NOOP("Minutes", "Strategy meeting"),
    QT_TRANSLATE_NOOP("Minutes", "Child protection plan"),
    QT_TRANSLATE_NOOP("Minutes", "Child in need plan"),
    QT_TRANSLATE_NOOP("Minutes", "No plan"),
    QT_TRANSLATE_NOOP("Minutes", "Neglect"),
    QT_TRANSLATE_NOOP("Minutes", "Physical abuse"),
    QT_TRANSLATE_NOOP("Minutes", "Emotional abuse"),
    QT_TRANSLATE_NOOP("Minutes", "Sexual abuse"),
    QT_TRANSLATE_NOOP("Minutes", "Not recorded"),
    QT_TRANSLATE_NOOP("Minutes", "Present"),
    QT_TRANSLATE_NOOP("Minutes", "Sent apologies"),
    QT_TRANSLATE_NOOP("Minutes", "Did not attend"),
    QT_TRANSLATE_NOOP("Minutes", "Sent a written report"),
    QT_TRANSLATE_NOOP("Minutes", "Represented by someone else"),
    QT_TRANSLATE_NOOP("Minutes", "Open"),
    QT_TRANSLATE_NOOP("Minutes", "Done"),
    QT_TRANSLATE_NOOP("Minutes", "Partly done"),
    QT_TRANSLATE_NOOP("Minutes", "Not done"),
    QT_TRANSLATE_NOOP("Minutes", "No longer needed"),
    QT_TRANSLATE_NOOP("Minutes", "No view given"),
    QT_TRANSLATE_NOOP("Minutes", "Plan continues"),
    QT_TRANSLATE_NOOP("Minutes", "Plan ends"),
    QT_TRANSLATE_NOOP("Minutes", "Agreed"),
    QT_TRANSLATE_NOOP("Minutes", "Not agreed"),
    QT_TRANSLATE_NOOP("Minutes", "Email"),
    QT_TRANSLATE_NOOP("Minutes", "Post"),
    QT_TRANSLATE_NOOP("Minutes", "By hand"),
    QT_TRANSLATE_NOOP("Minutes", "Secure email"),
    QT_TRANSLATE_NOOP("Minutes", "No votes recorded"),
    QT_TRANSLATE_NOOP("Minutes", "No majority (votes tied)"),
    QT_TRANSLATE_NOOP("Minutes", "Overall safety"),
    QT_TRANSLATE_NOOP(
        "Minutes",
        "0 means things are so unsafe that the children cannot stay at home, "
        "or going to court is being considered.",
    ),
    QT_TRANSLATE_NOOP(
        "Minutes",
        "10 means everyone agrees the children are safe enough for the child protection plan "
        "to end.",
    ),
    QT_TRANSLATE_NOOP("Minutes", "the family and their advocates"),
    QT_TRANSLATE_NOOP("Minutes", "someone no longer listed"),
)


# A vote's choice has a context of its own: "For" a decision is not "For" a child.
_VOTE_LABELS = (
    QT_TRANSLATE_NOOP("MinutesVote", "Not voted"),
    QT_TRANSLATE_NOOP("MinutesVote", "For"),
    QT_TRANSLATE_NOOP("MinutesVote", "Against"),
    QT_TRANSLATE_NOOP("MinutesVote", "Abstain"),
)


def vote_label(english: str) -> str:
    """A vote's choice ("For", "Against" ...) in the copy's language."""
    return _language.translate("MinutesVote", english, _MINUTES_LANGUAGE.get())


def label(english: str) -> str:
    """A label from the record's own types in the copy's language (English when it has no
    translation)."""
    return _language.translate("Minutes", english, _MINUTES_LANGUAGE.get())


def date_text(value: dt.date | None) -> str:
    """A date written out in the copy's language: "Dydd Iau 12 Tachwedd 2026"."""
    return format_date(value, _MINUTES_LANGUAGE.get())
