"""The translations of texts written outside the window, read from the same Qt .ts files that
``pyside6-lrelease`` compiles for the window (``resources/translations/<variant>/*.ts``).

The rules, the services, the minutes and the command line run without Qt (a command-line export
must not load it, and the minutes are rendered for each reader's own language, not the window's),
so they read the XML source with the standard library instead of loading the compiled .qm. A
translation marked ``type="unfinished"`` is used like any other: it is a translation waiting for a
Welsh speaker's review (``review_counts``), not a missing one. ``type="obsolete"`` and
``type="vanished"`` ones are not used.
"""

from __future__ import annotations

import functools
import json
import logging
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

from chair_app.core.language import Language, install_catalog
from chair_app.paths import resources_dir

logger = logging.getLogger(__name__)

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
    minutes texts. The reviewed ones are listed, by context and English text, in
    ``resources/translations/reviewed.json``: ``{"cy": [["Minutes", "Decisions"], ...]}``."""
    translated = set(catalog(language.value)) | set(catalog(f"{language.value}_plain"))
    try:
        listed = json.loads((translations_dir() / REVIEWED_FILE).read_text(encoding="utf-8"))
        reviewed = {tuple(item) for item in listed.get(language.value, [])}
    except (OSError, ValueError, TypeError, AttributeError):
        reviewed = set()
    return len(reviewed & translated), len(translated)


install_catalog(lookup)
