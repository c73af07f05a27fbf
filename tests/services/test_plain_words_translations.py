"""The plain buttons, labels and ground rules are the plain-words variant of the translation files
(issue 17): ``resources/translations/en_plain/plain.ts`` and ``cy_plain/plain.ts``, context
``PlainWords``, keyed by objectName. They replace ``plain_language/ui.json``; these are the checks
its parser made, now made on the translation files."""

from __future__ import annotations

import re
import string
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from chair_app.core.plain_language import LABEL_FIELDS
from chair_app.paths import resources_dir
from chair_app.services.plain_language import override_folder_problems
from chair_app.services.translations import read_ts

TRANSLATIONS = resources_dir() / "translations"
MAX_LENGTH = 200


def _plain(variant: str) -> dict[str, str]:
    return {
        message.source: message.translation
        for message in read_ts(TRANSLATIONS / variant / "plain.ts")
        if message.context == "PlainWords"
    }


def _fields(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


def test_ui_json_is_gone() -> None:
    assert not (resources_dir() / "plain_language" / "ui.json").exists()


def test_english_and_welsh_plain_words_have_the_same_keys() -> None:
    english, welsh = _plain("en_plain"), _plain("cy_plain")
    assert len(english) >= 80
    assert set(welsh) == set(english)


@pytest.mark.parametrize("variant", ["en_plain", "cy_plain"])
def test_every_key_is_an_object_name_and_every_text_fits(variant: str) -> None:
    for key, text in _plain(variant).items():
        assert re.fullmatch(r"[a-z][a-z0-9_]*", key), key
        assert not re.search(r"_\d+$", key) or key.startswith("ground_rule_"), key
        assert text.strip() == text and text, key
        assert len(text) <= MAX_LENGTH, key
        assert _fields(text) <= set(LABEL_FIELDS), (key, text)  # only {n} and {name}
        assert text.count("&") <= 1, key


def test_welsh_keeps_the_fill_ins_accelerators_and_ellipses_of_the_english() -> None:
    english, welsh = _plain("en_plain"), _plain("cy_plain")
    for key, text in english.items():
        assert _fields(welsh[key]) == _fields(text), key
        assert ("&" in welsh[key]) == ("&" in text), key
        assert welsh[key].endswith("…") == text.endswith("…"), key
        assert welsh[key] != text or len(text) < 4, key


def test_ground_rules_are_numbered_from_one() -> None:
    for variant in ("en_plain", "cy_plain"):
        keys = sorted(k for k in _plain(variant) if k.startswith("ground_rule_"))
        assert keys == [f"ground_rule_{number}" for number in range(1, len(keys) + 1)]
    rules = [text for key, text in _plain("en_plain").items() if key.startswith("ground_rule_")]
    assert len(rules) == 5
    assert any("turn" in rule for rule in rules)
    assert any("talks over" in rule for rule in rules)


def test_every_welsh_plain_text_awaits_a_welsh_speakers_review() -> None:
    root = ElementTree.parse(TRANSLATIONS / "cy_plain" / "plain.ts").getroot()
    assert root.get("language") == "cy_GB"
    kinds = {message.find("translation").get("type") for message in root.iter("message")}  # type: ignore[union-attr]
    assert kinds == {"unfinished"}


def test_a_ui_json_left_in_the_it_folder_is_named_as_no_longer_read(tmp_path: Path) -> None:
    (tmp_path / "ui.json").write_text('{"format": 1}', encoding="utf-8")
    problems = override_folder_problems(tmp_path)
    assert len(problems) == 1
    assert "ui.json: this file is no longer read" in problems[0]
    assert "translation files" in problems[0]
