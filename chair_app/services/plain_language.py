"""Reads the plain-language files from ``resources/plain_language/``.

They are part of the app, not something a local authority edits, so a broken file is a bug: it
raises ``PlainLanguageError`` naming the file and the problem, and the window then offers no
plain mode and says why. IT may replace either file for every user of the laptop by putting its
own in ``plain_language/`` in its configuration folder (services.site_config); a broken one is
named the same way. Read once and cached until ``clear_plain_language_cache()``.

The plain buttons, labels and ground rules are not read here: they are the plain-words variant of
the translation files (``resources/translations/en_plain`` and ``cy_plain``). A ``ui.json`` that
IT used to supply is no longer read, and the settings check says so.

The texts are read in English; ``load_plain_language(language=...)`` gives the steps and the
glossary in another language from the files' "translations" (cached too: the window asks for
the display language at every tooltip).
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from chair_app.core.language import Language
from chair_app.core.plain_language import (
    PlainLanguage,
    PlainLanguageError,
    parse_glossary,
    parse_steps,
)
from chair_app.paths import resources_dir, site_config_dir

PLAIN_FOLDER = Path("plain_language")
FILE_NAMES = ("steps.json", "glossary.json")
RETIRED_FILE = "ui.json"  # its texts moved into the translation files (en_plain, cy_plain)
MAX_FILE_BYTES = 512 * 1024


def load_plain_language(
    folder: Path | None = None, *, language: Language | None = None
) -> PlainLanguage:
    """The plain texts from ``folder`` (unless given: each file from IT's configuration folder
    if it has one, else from ``resources/plain_language``), in English unless ``language`` is
    given (the window passes ``core.language.display_language()``).

    Raises:
        PlainLanguageError: a file is missing, unreadable, not JSON or not valid; the message
            is ``"<path>: <problem>"``.
    """
    site_folder = None if folder else site_config_dir() / PLAIN_FOLDER
    if language is None or language is Language.ENGLISH:
        return _load_cached(folder, site_folder)
    return _in_language(folder, site_folder, language)


def clear_plain_language_cache() -> None:
    _load_cached.cache_clear()
    _in_language.cache_clear()


@functools.lru_cache(maxsize=8)
def _in_language(
    folder: Path | None, site_folder: Path | None, language: Language
) -> PlainLanguage:
    return _load_cached(folder, site_folder).in_language(language)


@functools.lru_cache(maxsize=8)
def _load_cached(folder: Path | None, site_folder: Path | None) -> PlainLanguage:
    base = folder or resources_dir() / PLAIN_FOLDER
    steps_path, glossary_path = (
        site_folder / name if site_folder and (site_folder / name).exists() else base / name
        for name in FILE_NAMES
    )
    steps, by_type = parse_steps(_read(steps_path), str(steps_path))
    glossary = parse_glossary(_read(glossary_path), str(glossary_path))
    return PlainLanguage(steps, by_type, glossary)


def override_folder_problems(folder: Path) -> list[str]:
    """What is wrong with the plain-language files in a folder that replaces some of them."""
    parsers = {"steps.json": parse_steps, "glossary.json": parse_glossary}
    problems = [
        f"{path}: this file is no longer read: the plain buttons, labels and ground rules are "
        "part of Chair's translation files now, so it can be removed"
        if path.name == RETIRED_FILE
        else f"{path}: this is not a plain-language file (they are: {', '.join(FILE_NAMES)})"
        for path in sorted(folder.glob("*.json"))
        if path.name not in parsers
    ]
    for name, parse in parsers.items():
        path = folder / name
        if path.exists():
            try:
                parse(_read(path), str(path))
            except PlainLanguageError as error:
                problems.append(str(error))
    return problems


def _read(path: Path) -> Any:
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise PlainLanguageError(f"{path}: the file is missing") from None
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise PlainLanguageError(f"{path}: the file could not be read ({reason})") from None
    if len(data) > MAX_FILE_BYTES:
        raise PlainLanguageError(f"{path}: the file is too big (more than 512 KB)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise PlainLanguageError(
            f"{path}: the file is not UTF-8 text (bad byte at position {error.start})"
        ) from None

    def no_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for name, value in pairs:
            if name in result:
                raise PlainLanguageError(f"{path}: the field '{name}' appears twice")
            result[name] = value
        return result

    try:
        return json.loads(text, object_pairs_hook=no_repeats)
    except json.JSONDecodeError as error:
        raise PlainLanguageError(
            f"{path}: this is not valid JSON (line {error.lineno}, column {error.colno}: "
            f"{error.msg})"
        ) from None
