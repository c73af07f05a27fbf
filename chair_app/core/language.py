"""The languages Chair speaks, and how texts kept in data files are picked for one of them.

English is the language the code is written in (Qt's "source" texts). Welsh is a full
translation. Each has a plain-words variant for a family chair (issue 7), compiled from its own
Qt translation file. The display language is process-wide (the window shows one language at a
time); the minutes are rendered for each reader's own language, passed explicitly, never taken
from the display language.

Texts that are built from data (agendas, policies, the glossary, the plain-language steps) carry
their translations beside the English, in the same item::

    {"title": "Danger statements", "translations": {"cy": {"title": "Datganiadau perygl"}}}

``pick_text`` returns the Welsh where there is one and the English otherwise.
"""

from __future__ import annotations

import contextlib
import enum
from collections.abc import Callable, Iterator, Mapping
from contextvars import ContextVar
from typing import Any


class Language(enum.StrEnum):
    ENGLISH = "en"
    WELSH = "cy"

    @property
    def native_name(self) -> str:
        """The name a speaker of the language uses for it (shown untranslated in the setting)."""
        return _NATIVE_NAMES[self]

    @property
    def locale_name(self) -> str:
        """The CLDR locale used for dates (Babel) and Qt's number and date formats."""
        return _LOCALES[self]


_NATIVE_NAMES = {Language.ENGLISH: "English", Language.WELSH: "Cymraeg"}
_LOCALES = {Language.ENGLISH: "en_GB", Language.WELSH: "cy_GB"}

DEFAULT_LANGUAGE = Language.ENGLISH
TRANSLATIONS_KEY = "translations"


class MinutesLanguage(enum.StrEnum):
    """The language of one person's copy of the minutes (recorded in the network)."""

    ENGLISH = "en"
    WELSH = "cy"
    BOTH = "both"

    @property
    def languages(self) -> tuple[Language, ...]:
        """The languages printed, in order: Welsh first when both (Welsh Language Standards)."""
        if self is MinutesLanguage.BOTH:
            return (Language.WELSH, Language.ENGLISH)
        return (Language(self.value),)


class BilingualLayout(enum.StrEnum):
    """How a copy in both languages is laid out (a setting)."""

    WELSH_FIRST = "welsh-first"
    SIDE_BY_SIDE = "side-by-side"


_display_language = DEFAULT_LANGUAGE
# A copy of the minutes is rendered in its reader's language, whatever the window shows: inside
# ``texts_in(language)`` every translate(), format_date() and pick_text() of this thread use it.
_rendering_language: ContextVar[Language | None] = ContextVar("rendering_language", default=None)


def display_language() -> Language:
    """The language texts are given in now: the one a ``texts_in`` block renders in, else the
    window's (English until the UI sets it)."""
    return _rendering_language.get() or _display_language


@contextlib.contextmanager
def texts_in(language: Language) -> Iterator[None]:
    """Give every text in ``language`` inside the block (this thread only)."""
    token = _rendering_language.set(Language(language))
    try:
        yield
    finally:
        _rendering_language.reset(token)


def set_display_language(language: Language) -> None:
    global _display_language
    _display_language = Language(language)


def parse_language(text: str, default: Language = DEFAULT_LANGUAGE) -> Language:
    """A stored language code; anything unknown gives ``default`` (a setting from a newer
    version must not stop the app from starting)."""
    try:
        return Language(text.strip().lower())
    except ValueError:
        return default


def pick_text(item: Mapping[str, Any], field: str, language: Language | None = None) -> str:
    """``item[field]`` in ``language`` (the display language unless given): the translation
    kept in ``item["translations"][language][field]`` when there is one, else the English."""
    english = item.get(field, "")
    language = display_language() if language is None else language
    if language is Language.ENGLISH:
        return str(english)
    translations = item.get(TRANSLATIONS_KEY)
    if isinstance(translations, Mapping):
        translated = translations.get(language.value)
        if isinstance(translated, Mapping):
            text = translated.get(field)
            if isinstance(text, str) and text:
                return text
    return str(english)


# Texts written outside the window (rules, services, the minutes, the command line) are
# translated through this one function, from the same Qt .ts files the window's translators are
# compiled from: ``translate("Minutes", "Decisions")``. pyside6-lupdate finds these calls like it
# finds ``self.tr()``. The catalog is installed by services.translations (it reads the files);
# until then, and for any text it does not hold, the English is returned.
Catalog = Callable[[Language, str, str], "str | None"]
_catalog: Catalog | None = None


def install_catalog(catalog: Catalog | None) -> None:
    global _catalog
    _catalog = catalog


def translate(context: str, text: str, language: Language | None = None) -> str:
    """``text`` (English, in ``context``) in ``language`` (the display language unless given)."""
    language = display_language() if language is None else language
    if language is Language.ENGLISH or _catalog is None:
        return text
    return _catalog(language, context, text) or text
