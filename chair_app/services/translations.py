"""The translations of texts written outside the window, read from the same Qt .ts files that
``pyside6-lrelease`` compiles for the window (``resources/translations/<variant>/*.ts``).

The rules, the services, the minutes and the command line run without Qt (a command-line export
must not load it, and the minutes are rendered for each reader's own language, not the window's),
so they read the XML source with the standard library instead of loading the compiled .qm. A
translation marked ``type="unfinished"`` is used like any other: it is a translation waiting for a
Welsh speaker's review (``review_counts``), not a missing one. ``type="obsolete"`` and
``type="vanished"`` ones are not used.

The texts built from data (the bundled agendas, timescale policies, plain-language steps and
glossary) carry their translations in their data files instead (core.translated_data). A Welsh
speaker who has checked one marks it in that language's object of the item:
``"translations": {"cy": {"title": "...", "reviewed": ["title"]}}``. ``review_counts`` counts both
kinds: the interface's messages and the data files' texts.
"""

from __future__ import annotations

import functools
import json
import logging
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from chair_app.core.language import Language, install_catalog
from chair_app.paths import resources_dir

if TYPE_CHECKING:
    from chair_app.core.translated_data import DataTranslations

logger = logging.getLogger(__name__)
_T = TypeVar("_T")

REVIEWED_FILE = "reviewed.json"
_UNUSED_TYPES = frozenset({"obsolete", "vanished"})


def translations_dir() -> Path:
    return resources_dir() / "translations"


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str


def read_ts(path: Path) -> list[Message]:
    """The translated messages of one .ts file (plural forms: the first form)."""
    messages: list[Message] = []
    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in _UNUSED_TYPES:
                continue
            forms = translation.findall("numerusform")
            text = (forms[0].text if forms else translation.text) or ""
            if text:
                messages.append(Message(name, source, text))
    return messages


@functools.lru_cache(maxsize=8)
def catalog(variant: str) -> dict[tuple[str, str], str]:
    """``{(context, English): translation}`` for a variant folder ("cy", "cy_plain", ...)."""
    table: dict[tuple[str, str], str] = {}
    folder = translations_dir() / variant
    for path in sorted(folder.glob("*.ts")):
        try:
            messages = read_ts(path)
        except (OSError, ElementTree.ParseError) as error:
            # Part of the app, so a bug: English is shown for that file's texts, and the log
            # says which file (never any text from it).
            logger.error("translation file %s unreadable: %s", path.name, type(error).__name__)
            continue
        for message in messages:
            table[(message.context, message.source)] = message.translation
    return table


def lookup(language: Language, context: str, text: str) -> str | None:
    return catalog(language.value).get((context, text))


def review_counts(language: Language) -> tuple[int, int]:
    """(reviewed by a speaker of the language, translated) for ``language``'s interface and
    minutes texts and the texts of the bundled data files. The reviewed messages are listed, by
    context and English text, in ``resources/translations/reviewed.json``:
    ``{"cy": [["Minutes", "Decisions"], ...]}``; the reviewed data texts are marked in their
    files (see the module's docstring)."""
    translated = set(catalog(language.value)) | set(catalog(f"{language.value}_plain"))
    try:
        listed = json.loads((translations_dir() / REVIEWED_FILE).read_text(encoding="utf-8"))
        reviewed = {tuple(item) for item in listed.get(language.value, [])}
    except (OSError, ValueError, TypeError, AttributeError):
        reviewed = set()
    data_reviewed, data_translated = data_review_counts(language)
    return len(reviewed & translated) + data_reviewed, len(translated) + data_translated


@functools.lru_cache(maxsize=4)
def data_review_counts(language: Language) -> tuple[int, int]:
    """(reviewed, translated) texts of the bundled data files in ``language``. A text used by
    several items (a step shared by agendas) counts once; it is reviewed if marked anywhere."""
    translated: set[tuple[str, str, str]] = set()
    reviewed: set[tuple[str, str, str]] = set()
    for kind, english, translations in _data_items():
        for field in translations.fields(language):
            key = (kind, field, repr(english.get(field)))
            translated.add(key)
            if translations.is_reviewed(language, field):
                reviewed.add(key)
    return len(reviewed), len(translated)


_DataItem = tuple[str, Mapping[str, object], "DataTranslations"]


def _data_items() -> list[_DataItem]:
    """Every translatable item of the bundled data files: (kind, its English, translations)."""
    # Imported here: the window imports this module at start-up and needs none of these then.
    from chair_app.core.agenda import AgendaError, parse_agenda
    from chair_app.core.domain import MeetingType
    from chair_app.core.plain_language import PlainLanguageError, parse_glossary, parse_steps
    from chair_app.core.timescales import parse_policy

    errors = (OSError, ValueError, AgendaError, PlainLanguageError)

    items: list[_DataItem] = []
    resources = resources_dir()
    for meeting_type in MeetingType:
        path = resources / "agendas" / f"{meeting_type.value}.json"
        steps = _parsed(
            path,
            functools.partial(parse_agenda, source_name=str(path), expected_type=meeting_type),
            errors,
        )
        for step in steps or ():
            english: dict[str, object] = {"title": step.title, "purpose": step.purpose}
            items.append(("agenda step", english, step.translations))
    for path in sorted((resources / "policies").glob("*.json")):
        policy = _parsed(path, functools.partial(parse_policy, source_name=str(path)), errors)
        if policy is None:
            continue
        items.append(("policy", {"description": policy.description}, policy.translations))
        for rule in (*policy.rules.values(), *policy.pre_birth.values()):
            english = {"title": rule.title, "anchor": rule.anchor, "source": rule.source}
            items.append(("timescale rule", english, rule.translations))
    plain = resources / "plain_language"
    parsed_steps = _parsed(
        plain / "steps.json", lambda data: parse_steps(data, "steps.json"), errors
    )
    if parsed_steps is not None:
        general, by_type = parsed_steps
        for plain_step in (
            *general.values(),
            *(s for own in by_type.values() for s in own.values()),
        ):
            english = {
                "title": plain_step.title,
                "explanation": plain_step.explanation,
                "prompts": plain_step.prompts,
            }
            items.append(("plain step", english, plain_step.translations))
    glossary = _parsed(
        plain / "glossary.json", lambda data: parse_glossary(data, "glossary.json"), errors
    )
    for term in glossary.terms if glossary is not None else ():
        english = {"term": term.term, "meaning": term.meaning, "also": term.also}
        items.append(("glossary term", english, term.translations))
    return items


def _parsed(
    path: Path, parse: Callable[[object], _T], errors: tuple[type[Exception], ...]
) -> _T | None:
    try:
        return parse(json.loads(path.read_text(encoding="utf-8")))
    except errors as error:
        # Part of the app, so a bug; the count leaves the file out and the log names it.
        logger.error("data file %s unreadable: %s", path.name, type(error).__name__)
        return None


install_catalog(lookup)
