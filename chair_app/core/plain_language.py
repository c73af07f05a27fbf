"""Plain words: the everyday version of every step, button and piece of jargon the app shows.

The texts are data (``resources/plain_language/*.json``); this module checks that data strictly
and answers questions about it. It does no file I/O (``services.plain_language`` reads the files).

Two files, each a JSON object with ``"format": 1``:

* ``steps.json``: ``"steps"`` maps every ``StepKey`` value to ``{"title", "explanation",
  "prompts"}`` (prompts: what a family chair asks, in order); ``"meeting_types"`` maps a meeting
  type value to ``{step key: {...}}`` overriding some of those fields for that type.
* ``glossary.json``: ``"terms"`` is a list of ``{"term", "meaning", "also"}``: the term as the app
  writes it, its meaning in plain words, and other ways of writing it (abbreviations, plurals are
  matched by themselves).

A step (general or a meeting type's own) and a glossary term may carry ``"translations"``: for
each language, the same fields in that language (core.translated_data), e.g. a Welsh term with
its Welsh meaning and Welsh other names, so that jargon in the Welsh texts is found and explained.
A meeting type's step that gives only some fields keeps the translations of the others from the
general step. Read in a language with ``PlainLanguage.in_language`` (English where a file gives
no translation).

The plain buttons, labels, placeholders and ground rules are not here: they are the plain-words
variant of Qt's translations (``resources/translations/en_plain`` and ``cy_plain``, context
``PlainWords``, keyed by the widget's objectName; see ``chair_app.ui.i18n.plain_text``). A label's
plain text may say ``{n}`` or ``{name}`` where the page gives a number or a name (``fill_label``).
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from chair_app.core.agenda import AgendaStep, StepKey
from chair_app.core.domain import MeetingType
from chair_app.core.language import TRANSLATIONS_KEY, Language
from chair_app.core.translated_data import (
    NO_TRANSLATIONS,
    TRANSLATED_LANGUAGES,
    DataTranslations,
    TextField,
    TextValue,
    parse_translations,
    read_in,
)

PLAIN_FORMAT = 1
MAX_TITLE_LENGTH = 60
MAX_TEXT_LENGTH = 300

LABEL_FIELDS = ("n", "name")
"""The ``{...}`` a plain label may contain: ``{n}``, a number the page gives (statement 2), and
``{name}``, a person's or child's name."""

REQUIRED_TERMS = (
    "Core Group",
    "CIN",
    "CP plan",
    "ICPC",
    "RCPC",
    "IRO",
    "LAC",
    "danger statement",
    "safety goal",
    "scaling",
)
"""The jargon issue 7 names: each must be a term or an ``also`` of one in the glossary."""


class PlainLanguageError(Exception):
    """A plain-language file is not valid. The message is ``"<file>: <problem>"``."""


@dataclass(frozen=True, slots=True)
class PlainStep:
    """The plain version of one agenda step.

    Attributes:
        title: a short title in everyday words.
        explanation: what happens in this step, in a sentence or two.
        prompts: what the chair can ask or say, in order.
    """

    title: str
    explanation: str
    prompts: tuple[str, ...]
    translations: DataTranslations = NO_TRANSLATIONS

    def in_language(self, language: Language) -> PlainStep:
        """This step in ``language`` (English where the file gives no translation)."""
        shown: dict[str, TextValue] = {
            "title": self.title,
            "explanation": self.explanation,
            "prompts": self.prompts,
        }
        values, translations = read_in(self.translations, shown, language)
        if values == shown and translations == self.translations:
            return self
        return replace(
            self,
            title=str(values["title"]),
            explanation=str(values["explanation"]),
            prompts=tuple(values["prompts"]),
            translations=translations,
        )


@dataclass(frozen=True, slots=True)
class GlossaryTerm:
    """One piece of jargon. ``also`` holds other ways of writing it (e.g. its abbreviation)."""

    term: str
    meaning: str
    also: tuple[str, ...] = ()
    translations: DataTranslations = NO_TRANSLATIONS

    @property
    def names(self) -> tuple[str, ...]:
        return (self.term, *self.also)

    def in_language(self, language: Language) -> GlossaryTerm:
        """This term as written in ``language``, with its meaning and other names there."""
        shown: dict[str, TextValue] = {"term": self.term, "meaning": self.meaning, "also": self.also}
        values, translations = read_in(self.translations, shown, language)
        if values == shown and translations == self.translations:
            return self
        return replace(
            self,
            term=str(values["term"]),
            meaning=str(values["meaning"]),
            also=tuple(values["also"]),
            translations=translations,
        )


class Glossary:
    """The glossary terms, and a way to find them in any text the app shows."""

    def __init__(self, terms: tuple[GlossaryTerm, ...]) -> None:
        self.terms = terms
        patterns: list[tuple[str, GlossaryTerm]] = [
            (name, term) for term in terms for name in term.names
        ]
        # Longest names first, so "Initial Child Protection Conference" wins over "Child
        # Protection"; all-capital abbreviations match only in capitals ("LAC", not "lac").
        patterns.sort(key=lambda pair: -len(pair[0]))
        self._lookup: dict[str, GlossaryTerm] = {}
        parts = []
        for number, (name, term) in enumerate(patterns):
            group = f"t{number}"
            self._lookup[group] = term
            body = re.escape(name).replace(r"\ ", r"[\s-]+")
            flags = "" if name.isupper() else "(?i:"
            body = f"{flags}{body})" if flags else body
            parts.append(f"(?P<{group}>(?<![\\w-]){body}(?:s|es)?(?![\\w]))")
        self._regex = re.compile("|".join(parts)) if parts else None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Glossary) and other.terms == self.terms

    __hash__ = None  # type: ignore[assignment]

    def in_language(self, language: Language) -> Glossary:
        """The glossary in ``language``: its terms, meanings and other names as written there,
        so that the jargon of texts in that language is found."""
        terms = tuple(term.in_language(language) for term in self.terms)
        return self if terms == self.terms else Glossary(terms)

    def find(self, text: str) -> tuple[GlossaryTerm, ...]:
        """The terms named in ``text``, each once, in the order they first appear."""
        if self._regex is None:
            return ()
        found: list[GlossaryTerm] = []
        for match in self._regex.finditer(text):
            term = self._lookup[match.lastgroup or ""]
            if term not in found:
                found.append(term)
        return tuple(found)

    def explain(self, text: str) -> str:
        """What the jargon in ``text`` means, one ``"Term: meaning"`` line per term; "" if none.

        For a tooltip on a step title, a label or a meeting type name.
        """
        return "\n".join(f"{term.term}: {term.meaning}" for term in self.find(text))

    def search(self, query: str) -> tuple[GlossaryTerm, ...]:
        """The terms whose name, other names or meaning contain ``query`` (any case)."""
        needle = " ".join(query.split()).casefold()
        if not needle:
            return self.terms
        return tuple(
            term
            for term in self.terms
            if any(needle in name.casefold() for name in term.names)
            or needle in term.meaning.casefold()
        )


@dataclass(frozen=True, slots=True)
class PlainLanguage:
    """All the plain texts.

    Attributes:
        steps: the plain version of every step.
        by_meeting_type: for some meeting types, their own plain version of some steps.
        glossary: the jargon and its meaning.
    """

    steps: Mapping[StepKey, PlainStep]
    by_meeting_type: Mapping[MeetingType, Mapping[StepKey, PlainStep]]
    glossary: Glossary

    def in_language(self, language: Language) -> PlainLanguage:
        """The steps and the glossary in ``language`` (the window passes
        ``core.language.display_language()``)."""
        return replace(
            self,
            steps={key: step.in_language(language) for key, step in self.steps.items()},
            by_meeting_type={
                meeting_type: {key: step.in_language(language) for key, step in own.items()}
                for meeting_type, own in self.by_meeting_type.items()
            },
            glossary=self.glossary.in_language(language),
        )

    def step(self, key: StepKey, meeting_type: MeetingType | None = None) -> PlainStep:
        """The plain version of a step, for that meeting type if it has its own."""
        if meeting_type is not None:
            own = self.by_meeting_type.get(meeting_type, {}).get(key)
            if own is not None:
                return own
        return self.steps[key]

    def for_agenda_step(self, step: AgendaStep, meeting_type: MeetingType) -> PlainStep:
        return self.step(step.key, meeting_type)

    def all_texts(self) -> tuple[str, ...]:
        """Every plain text of these files: titles, explanations, prompts, glossary meanings."""
        texts: list[str] = []
        steps = [*self.steps.values()]
        for own in self.by_meeting_type.values():
            steps.extend(own.values())
        for step in steps:
            texts.extend((step.title, step.explanation, *step.prompts))
        texts.extend(term.meaning for term in self.glossary.terms)
        return tuple(texts)


def fill_label(text: str, *, n: int | None = None, name: str | None = None) -> str | None:
    """A plain label with its ``{n}`` and ``{name}`` filled in; None if it needs a value that
    was not given (the caller then keeps the professional text)."""
    values = {"n": n, "name": name}
    needed = {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}
    if any(values.get(field) is None for field in needed):
        return None
    return text.format(**{field: values[field] for field in needed})


_Fail = Callable[[str], PlainLanguageError]


def _failer(source: str) -> _Fail:
    def fail(problem: str) -> PlainLanguageError:
        return PlainLanguageError(f"{source}: {problem}")

    return fail


def _object(
    data: object, name: str, fields: tuple[str, ...], required: tuple[str, ...], fail: _Fail
) -> dict[str, object]:
    if not isinstance(data, dict):
        raise fail(f"{name} must be a JSON object")
    for field in data:
        if field not in fields:
            raise fail(f"{name} has an unexpected field '{field}' (allowed: {', '.join(fields)})")
    for field in required:
        if field not in data:
            raise fail(f"{name} is missing the field '{field}'")
    return data


def _check_format(data: dict[str, object], fail: _Fail) -> None:
    version = data["format"]
    if isinstance(version, bool) or version != PLAIN_FORMAT:
        raise fail(f"format must be {PLAIN_FORMAT}, not {version!r}")


def _text(value: object, name: str, limit: int, fail: _Fail, *, one_line: bool = True) -> str:
    if not isinstance(value, str):
        raise fail(f"{name} must be text")
    text = value.strip()
    if not text:
        raise fail(f"{name} is empty")
    if len(text) > limit:
        raise fail(f"{name} is {len(text)} characters long; at most {limit} are allowed")
    if one_line and ("\n" in text or "\r" in text):
        raise fail(f"{name} must be on one line")
    return text


def _text_list(value: object, name: str, fail: _Fail) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise fail(f"{name} must be a list of at least one text")
    return tuple(
        _text(item, f"{name} item {number}", MAX_TEXT_LENGTH, fail)
        for number, item in enumerate(value, start=1)
    )


def _step_key(value: str, name: str, fail: _Fail) -> StepKey:
    try:
        return StepKey(value)
    except ValueError:
        known = ", ".join(key.value for key in StepKey)
        raise fail(f"{name}: '{value}' is not a step (known steps: {known})") from None


_STEP_FIELDS = ("title", "explanation", "prompts")
_TRANSLATED_STEP_FIELDS = {
    "title": TextField(MAX_TITLE_LENGTH, one_line=True),
    "explanation": TextField(MAX_TEXT_LENGTH, one_line=True),
    "prompts": TextField(MAX_TEXT_LENGTH, one_line=True, is_list=True),
}
_TRANSLATED_TERM_FIELDS = {
    "term": TextField(MAX_TITLE_LENGTH, one_line=True),
    "meaning": TextField(MAX_TEXT_LENGTH, one_line=True),
    "also": TextField(MAX_TEXT_LENGTH, one_line=True, is_list=True),
}


def _plain_step(raw: object, name: str, fail: _Fail, base: PlainStep | None) -> PlainStep:
    required = () if base is not None else _STEP_FIELDS
    data = _object(raw, name, (*_STEP_FIELDS, TRANSLATIONS_KEY), required, fail)
    if not data:
        raise fail(f"{name} changes nothing; give a title, explanation or prompts")
    title = (
        _text(data["title"], f"{name} title", MAX_TITLE_LENGTH, fail)
        if "title" in data
        else base.title
        if base
        else ""
    )
    explanation = (
        _text(data["explanation"], f"{name} explanation", MAX_TEXT_LENGTH, fail)
        if "explanation" in data
        else base.explanation
        if base
        else ""
    )
    prompts = (
        _text_list(data["prompts"], f"{name} prompts", fail)
        if "prompts" in data
        else base.prompts
        if base
        else ()
    )
    translations = parse_translations(data, name, _TRANSLATED_STEP_FIELDS, fail)
    if base is not None:
        kept = tuple(field for field in _STEP_FIELDS if field not in data)
        translations = translations.inherit(base.translations, kept)
    return PlainStep(title, explanation, prompts, translations)


def parse_steps(
    data: object, source: str
) -> tuple[dict[StepKey, PlainStep], dict[MeetingType, dict[StepKey, PlainStep]]]:
    """Check the content of ``steps.json``.

    Every ``StepKey`` must have an entry in ``"steps"``; entries under ``"meeting_types"`` may
    give only some fields, the rest coming from the step's general entry.

    Raises:
        PlainLanguageError: at the first problem, as ``"<source>: <problem>"``.
    """
    fail = _failer(source)
    top = _object(data, "the file", ("format", "steps", "meeting_types"), ("format", "steps"), fail)
    _check_format(top, fail)
    raw_steps = _object(top["steps"], "steps", tuple(k.value for k in StepKey), (), fail)
    steps: dict[StepKey, PlainStep] = {}
    for key in StepKey:
        if key.value not in raw_steps:
            raise fail(f"steps has no entry for the step '{key.value}'")
        steps[key] = _plain_step(raw_steps[key.value], f"step '{key.value}'", fail, None)
    by_type: dict[MeetingType, dict[StepKey, PlainStep]] = {}
    raw_types = top.get("meeting_types", {})
    if not isinstance(raw_types, dict):
        raise fail("meeting_types must be a JSON object")
    for type_name, raw_own in raw_types.items():
        try:
            meeting_type = MeetingType(type_name)
        except ValueError:
            known = ", ".join(t.value for t in MeetingType)
            raise fail(f"meeting_types: '{type_name}' is not a meeting type ({known})") from None
        if not isinstance(raw_own, dict):
            raise fail(f"meeting_types '{type_name}' must be a JSON object")
        own: dict[StepKey, PlainStep] = {}
        for key_name, raw in raw_own.items():
            key = _step_key(key_name, f"meeting_types '{type_name}'", fail)
            own[key] = _plain_step(
                raw, f"meeting_types '{type_name}' step '{key_name}'", fail, steps[key]
            )
        by_type[meeting_type] = own
    return steps, by_type


def parse_glossary(data: object, source: str) -> Glossary:
    """Check the content of ``glossary.json``. Every name (term or ``also``) is used once, and
    every term in ``REQUIRED_TERMS`` is there.

    Raises:
        PlainLanguageError: at the first problem, as ``"<source>: <problem>"``.
    """
    fail = _failer(source)
    top = _object(data, "the file", ("format", "terms"), ("format", "terms"), fail)
    _check_format(top, fail)
    raw_terms = top["terms"]
    if not isinstance(raw_terms, list) or not raw_terms:
        raise fail("terms must be a list of at least one term")
    terms: list[GlossaryTerm] = []
    seen: dict[str, str] = {}
    seen_translated: dict[Language, dict[str, str]] = {}
    for number, raw in enumerate(raw_terms, start=1):
        entry = _object(
            raw,
            f"term {number}",
            ("term", "meaning", "also", TRANSLATIONS_KEY),
            ("term", "meaning"),
            fail,
        )
        term = _text(entry["term"], f"term {number} term", MAX_TITLE_LENGTH, fail)
        meaning = _text(entry["meaning"], f"term '{term}' meaning", MAX_TEXT_LENGTH, fail)
        also = _text_list(entry["also"], f"term '{term}' also", fail) if "also" in entry else ()
        for name in (term, *also):
            folded = name.casefold()
            if folded in seen:
                raise fail(f"'{name}' is given twice (term '{seen[folded]}' and term '{term}')")
            seen[folded] = term
        translations = parse_translations(entry, f"term '{term}'", _TRANSLATED_TERM_FIELDS, fail)
        for language in TRANSLATED_LANGUAGES:
            own = translations.text(language, "term", "")
            names = (own, *translations.text_list(language, "also", ())) if own else ()
            for name in names:
                folded = name.casefold()
                earlier = seen_translated.setdefault(language, {}).setdefault(folded, term)
                if earlier != term:
                    raise fail(
                        f"'{name}' is given twice in '{language.value}' "
                        f"(term '{earlier}' and term '{term}')"
                    )
        terms.append(GlossaryTerm(term, meaning, also, translations))
    for required in REQUIRED_TERMS:
        if required.casefold() not in seen:
            raise fail(f"the term '{required}' is missing")
    return Glossary(tuple(terms))
