"""Issue 7: the plain texts must be easy to read. Flesch reading ease (textstat 0.7.4, offline)
is at least 70 for every plain explanation, prompt, rule and glossary meaning of eight words or
more, and for all the plain texts taken together. Shorter labels fool the formula; they are kept
to short everyday words by review.

The plain buttons, labels and ground rules are the English plain-words translation file
(``resources/translations/en_plain/plain.ts``, issue 17); the steps and glossary are
``resources/plain_language``."""

from __future__ import annotations

from importlib.metadata import version

import pytest
import textstat

from chair_app.paths import resources_dir
from chair_app.services.plain_language import load_plain_language
from chair_app.services.translations import read_ts

BAR = 70.0
MIN_WORDS = 8


def _plain_words() -> list[str]:
    """The English plain buttons, labels and ground rules, as the chair sees them: filled in,
    their lines run together."""
    path = resources_dir() / "translations" / "en_plain" / "plain.ts"
    return [
        message.translation.format(n=1, name="Sam").replace("\n", " ")
        for message in read_ts(path)
        if message.context == "PlainWords"
    ]


def _all_texts() -> list[str]:
    return [*load_plain_language().all_texts(), *_plain_words()]


def _long_texts() -> list[str]:
    return sorted({text for text in _all_texts() if len(text.split()) >= MIN_WORDS})


def test_textstat_is_the_pinned_offline_version() -> None:
    # textstat.__version__ in 0.7.4 still says (0, 7, 2); ask the installed package.
    assert version("textstat") == "0.7.4"


def test_there_are_many_texts_to_measure() -> None:
    assert len(_long_texts()) >= 80
    assert len(_plain_words()) >= 80  # the plain buttons, labels and rules are measured too


@pytest.mark.parametrize("text", _long_texts())
def test_each_plain_text_is_easy_to_read(text: str) -> None:
    score = textstat.flesch_reading_ease(text)
    assert score >= BAR, f"reading ease {score} < {BAR}: {text!r}"


def test_all_plain_texts_together_are_easy_to_read() -> None:
    joined = " ".join(_all_texts())
    score = textstat.flesch_reading_ease(joined)
    assert score >= BAR, f"reading ease of all plain texts together: {score}"


def test_the_bar_can_fail() -> None:
    jargon = (
        "Multi-agency safeguarding arrangements necessitate comprehensive interdisciplinary "
        "evaluation of contextualised vulnerability indicators."
    )
    assert textstat.flesch_reading_ease(jargon) < BAR
