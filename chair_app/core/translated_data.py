"""Translations kept in the data files, beside the English of the same item.

An agenda step, a plain-language step, a glossary term or a timescale rule may carry::

    "translations": {"cy": {"title": "Croeso a chyflwyniadau", "purpose": "...",
                            "reviewed": ["title"]}}

Each language's object gives some or all of the item's translatable fields (a text, or a list of
texts for a list field such as a step's prompts); a field it does not give is shown in English.
``"reviewed"`` lists the fields a speaker of the language has checked (none yet: every Welsh text
is the app's own translation, waiting for review; ``services.translations.review_counts`` counts
them). A file without ``translations`` (a local authority's own agenda, say) is valid: its English
is shown whatever the language.

``parse_translations`` checks such an object as strictly as the rest of the file and raises the
file's own error type with the message ``"<file>: <problem>"``. This module does no file I/O.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from chair_app.core.language import TRANSLATIONS_KEY, Language

TextValue = str | tuple[str, ...]
REVIEWED_KEY = "reviewed"
TRANSLATED_LANGUAGES = tuple(language for language in Language if language is not Language.ENGLISH)


@dataclass(frozen=True, slots=True)
class TextField:
    """A field that may be translated: at most ``limit`` characters (each item, for a list)."""

    limit: int
    one_line: bool = False
    is_list: bool = False


@dataclass(frozen=True, slots=True)
class DataTranslations:
    """The translations of one item: ``(language code, field, text)`` and which are reviewed.

    A copy read in another language (``in_language``) also keeps its English here, under "en",
    so that it can be read back in English.
    """

    texts: tuple[tuple[str, str, TextValue], ...] = ()
    reviewed: tuple[tuple[str, str], ...] = ()

    def get(self, language: Language, field: str) -> TextValue | None:
        for code, name, value in self.texts:
            if code == language.value and name == field:
                return value
        return None

    def text(self, language: Language, field: str, default: str) -> str:
        value = self.get(language, field)
        return value if isinstance(value, str) else default

    def text_list(
        self, language: Language, field: str, default: tuple[str, ...]
    ) -> tuple[str, ...]:
        value = self.get(language, field)
        return value if isinstance(value, tuple) else default

    def fields(self, language: Language) -> tuple[str, ...]:
        return tuple(name for code, name, _ in self.texts if code == language.value)

    def is_reviewed(self, language: Language, field: str) -> bool:
        return (language.value, field) in self.reviewed

    def with_english(self, english: Mapping[str, TextValue]) -> DataTranslations:
        """These translations plus the item's English (for a copy shown in another language)."""
        if any(code == Language.ENGLISH.value for code, _, _ in self.texts):
            return self
        added = tuple((Language.ENGLISH.value, name, value) for name, value in english.items())
        return DataTranslations(self.texts + added, self.reviewed)

    def inherit(self, base: DataTranslations, fields: tuple[str, ...]) -> DataTranslations:
        """These translations, plus ``base``'s for ``fields`` (an override that changes only
        some fields of an item keeps the translations of the others)."""
        texts = list(self.texts)
        reviewed = list(self.reviewed)
        for code, name, value in base.texts:
            if name in fields and not any(c == code and n == name for c, n, _ in texts):
                texts.append((code, name, value))
                if (code, name) in base.reviewed:
                    reviewed.append((code, name))
        return DataTranslations(tuple(texts), tuple(reviewed))


NO_TRANSLATIONS = DataTranslations()


def read_in(
    translations: DataTranslations, shown: Mapping[str, TextValue], language: Language
) -> tuple[dict[str, TextValue], DataTranslations]:
    """The fields of an item as ``language`` shows them, and the translations its copy keeps.

    Args:
        translations: the item's translations.
        shown: its translatable fields as they are now (English, or another language for a
            copy made by an earlier ``in_language``).
        language: the language wanted.

    Returns:
        ``(fields, translations)`` for ``dataclasses.replace``: the English where there is no
        translation; the copy keeps its English only when some field differs from it.
    """
    english_code = Language.ENGLISH.value
    english = {
        field: _or(translations.get(Language.ENGLISH, field), value)
        for field, value in shown.items()
    }
    plain = DataTranslations(
        tuple(entry for entry in translations.texts if entry[0] != english_code),
        translations.reviewed,
    )
    values = {
        field: _or(translations.get(language, field), value) for field, value in english.items()
    }
    if values == english:
        return english, plain
    return values, plain.with_english(english)


def _or(value: TextValue | None, default: TextValue) -> TextValue:
    return default if value is None else value


def parse_translations(
    item: Mapping[str, object],
    name: str,
    fields: Mapping[str, TextField],
    fail: Callable[[str], Exception],
) -> DataTranslations:
    """Check ``item["translations"]`` (absent: no translations) and return it.

    Args:
        item: the data file's object for the item.
        name: how the item is named in messages ("step 3", "term 'CIN'").
        fields: the fields that may be translated.
        fail: makes the file's error for a problem (its message names the file).

    Raises:
        The exception ``fail`` makes, at the first problem.
    """
    if TRANSLATIONS_KEY not in item:
        return NO_TRANSLATIONS
    raw = item[TRANSLATIONS_KEY]
    codes = ", ".join(language.value for language in TRANSLATED_LANGUAGES)
    if not isinstance(raw, dict):
        raise fail(
            f"{name} translations must be an object of languages ({codes}), not {_kind(raw)}"
        )
    texts: list[tuple[str, str, TextValue]] = []
    reviewed: list[tuple[str, str]] = []
    allowed = ", ".join((*fields, REVIEWED_KEY))
    for code, own in raw.items():
        if code not in {language.value for language in TRANSLATED_LANGUAGES}:
            raise fail(
                f"{name} translations has an unknown language {_show(code)} (known: {codes})"
            )
        where = f"{name} translations '{code}'"
        if not isinstance(own, dict):
            raise fail(f"{where} must be an object of texts ({allowed}), not {_kind(own)}")
        for field, value in own.items():
            if field == REVIEWED_KEY:
                continue
            if field not in fields:
                raise fail(f"{where} has an unexpected field {_show(field)} (allowed: {allowed})")
            texts.append((code, field, _value(value, f"{where} {field}", fields[field], fail)))
        if REVIEWED_KEY in own:
            listed = own[REVIEWED_KEY]
            if not isinstance(listed, list) or not all(isinstance(f, str) for f in listed):
                raise fail(f"{where} reviewed must be a list of field names, not {_kind(listed)}")
            for field in listed:
                if field not in own or field == REVIEWED_KEY:
                    raise fail(
                        f"{where} reviewed names {_show(field)}, which it does not translate"
                    )
                reviewed.append((code, field))
    return DataTranslations(tuple(texts), tuple(reviewed))


def _value(
    value: object, name: str, field: TextField, fail: Callable[[str], Exception]
) -> TextValue:
    if field.is_list:
        if not isinstance(value, list) or not value:
            raise fail(f"{name} must be a list of at least one text, not {_kind(value)}")
        return tuple(
            _one_text(item, f"{name} item {number}", field, fail)
            for number, item in enumerate(value, start=1)
        )
    return _one_text(value, name, field, fail)


def _one_text(value: object, name: str, field: TextField, fail: Callable[[str], Exception]) -> str:
    if not isinstance(value, str):
        raise fail(f"{name} must be text, not {_kind(value)}")
    text = value.strip()
    if not text:
        raise fail(f"{name} is empty")
    if len(text) > field.limit:
        raise fail(f"{name} is {len(text)} characters long; at most {field.limit} are allowed")
    if field.one_line and ("\n" in text or "\r" in text):
        raise fail(f"{name} must be on one line")
    return text


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _show(value: object) -> str:
    if isinstance(value, str):
        return f"'{value if len(value) <= 40 else value[:37] + '...'}'"
    return _kind(value)
