"""The texts built from data files in Welsh: every agenda step, plain step, glossary term and
timescale rule has its Welsh beside the English; the loaders read them in a language; the English
stays exactly as it was; broken translations are named like any other mistake in the file; and
the About box's count of reviewed translations counts them."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from chair_app.core.agenda import (
    BUILT_IN_AGENDAS,
    OVERALL_SCALE_NAME,
    SCALE_TEN_MEANS,
    SCALE_ZERO_MEANS,
    StepKey,
    overall_scale_name,
    scale_meanings,
)
from chair_app.core.domain import MeetingType
from chair_app.core.language import Language, display_language, set_display_language
from chair_app.core.plain_language import REQUIRED_TERMS, PlainLanguageError
from chair_app.core.timescales import Nation, PolicyError, parse_policy
from chair_app.paths import resources_dir
from chair_app.services.agendas import clear_agenda_cache, load_agenda
from chair_app.services.plain_language import (
    PLAIN_FOLDER,
    clear_plain_language_cache,
    load_plain_language,
)
from chair_app.services.policies import load_policies
from chair_app.services.translations import data_review_counts, review_counts
from tests.welsh_check import looks_english

WELSH = Language.WELSH
ENGLISH = Language.ENGLISH


@pytest.fixture(autouse=True)
def _fresh() -> Iterator[None]:
    clear_agenda_cache()
    clear_plain_language_cache()
    shown = display_language()
    yield
    set_display_language(shown)
    clear_agenda_cache()
    clear_plain_language_cache()


def _untranslated(where: str, english: dict[str, Any], welsh: dict[str, Any]) -> list[str]:
    """The fields still English in the Welsh copy, named "where field: text"."""
    left = []
    for field, text in english.items():
        shown = welsh[field]
        texts = shown if isinstance(shown, tuple) else (shown,)
        if shown == text or any(looks_english(item) for item in texts):
            left.append(f"{where} {field}: {shown!r}")
    return left


def test_every_step_of_every_agenda_is_in_welsh() -> None:
    left: list[str] = []
    for meeting_type in MeetingType:
        loaded = load_agenda(meeting_type)
        assert loaded.problem is None
        welsh = loaded.in_language(WELSH)
        for english_step, welsh_step in zip(loaded.steps, welsh.steps, strict=True):
            left += _untranslated(
                f"{meeting_type.value} {english_step.key.value}",
                {"title": english_step.title, "purpose": english_step.purpose},
                {"title": welsh_step.title, "purpose": welsh_step.purpose},
            )
    assert left == []


def test_the_built_in_agendas_are_in_welsh_too() -> None:
    """A broken agenda file falls back to the built-in one: it must not fall back to English."""
    left: list[str] = []
    for meeting_type, steps in BUILT_IN_AGENDAS.items():
        for step in steps:
            welsh = step.in_language(WELSH)
            left += _untranslated(
                f"{meeting_type.value} {step.key.value}",
                {"title": step.title, "purpose": step.purpose},
                {"title": welsh.title, "purpose": welsh.purpose},
            )
    assert left == []


def test_a_welsh_reader_sees_these_core_group_titles() -> None:
    steps = load_agenda(MeetingType.CORE_GROUP).in_language(WELSH).steps
    titles = {step.key: step.title for step in steps}
    assert titles[StepKey.ATTENDANCE] == "Croeso a chyflwyniadau"
    assert titles[StepKey.DANGER_STATEMENTS] == "Datganiadau perygl a nodau diogelwch"
    assert titles[StepKey.NEXT_MEETING] == "Y cyfarfod nesaf"


def test_the_english_stays_exactly_as_it_was() -> None:
    for meeting_type in MeetingType:
        loaded = load_agenda(meeting_type)
        path = resources_dir() / "agendas" / f"{meeting_type.value}.json"
        raw = json.loads(path.read_text(encoding="utf-8"))
        assert [(s.title, s.purpose) for s in loaded.steps] == [
            (s["title"], s["purpose"]) for s in raw["steps"]
        ]
        assert loaded.in_language(ENGLISH) is loaded
        back = loaded.in_language(WELSH).in_language(ENGLISH)
        assert back.steps == loaded.steps
        # The built-in agenda (used when a file is broken) is the same, in both languages.
        assert loaded.steps == BUILT_IN_AGENDAS[meeting_type]


def test_an_agenda_without_welsh_still_loads_and_shows_its_english(tmp_path: Path) -> None:
    """A local authority's own file, written before Welsh existed."""
    data = json.loads((resources_dir() / "agendas" / "core_group.json").read_text("utf-8"))
    for step in data["steps"]:
        del step["translations"]
    data["steps"][0]["title"] = "Hello from Ceredigion"
    (tmp_path / "core_group.json").write_text(json.dumps(data), encoding="utf-8")
    loaded = load_agenda(MeetingType.CORE_GROUP, tmp_path)
    assert loaded.problem is None
    assert loaded.in_language(WELSH).steps[0].title == "Hello from Ceredigion"


@pytest.mark.parametrize(
    ("translations", "problem"),
    [
        ("Croeso", "step 1 translations must be an object of languages (cy), not text"),
        (
            {"cy": ["Croeso"]},
            "step 1 translations 'cy' must be an object of texts (title, purpose, reviewed), "
            "not a list",
        ),
        ({"cy": {"title": 3}}, "step 1 translations 'cy' title must be text, not a number"),
        ({"cy": {"title": "  "}}, "step 1 translations 'cy' title is empty"),
        ({"cy": {"colour": "coch"}}, "step 1 translations 'cy' has an unexpected field 'colour'"),
        ({"fr": {"title": "Bienvenue"}}, "step 1 translations has an unknown language 'fr'"),
        (
            {"cy": {"title": "Croeso", "reviewed": ["purpose"]}},
            "step 1 translations 'cy' reviewed names 'purpose', which it does not translate",
        ),
    ],
)
def test_a_broken_translation_in_an_agenda_file_is_named(
    tmp_path: Path, translations: object, problem: str
) -> None:
    path = tmp_path / "core_group.json"
    data = json.loads((resources_dir() / "agendas" / "core_group.json").read_text("utf-8"))
    data["steps"][0]["translations"] = translations
    path.write_text(json.dumps(data), encoding="utf-8")
    loaded = load_agenda(MeetingType.CORE_GROUP, tmp_path)
    assert loaded.problem is not None
    assert loaded.problem.startswith(f"{path}: {problem}")
    # The meeting still has its agenda (the built-in one), in Welsh too.
    assert loaded.in_language(WELSH).steps[0].title == "Croeso a chyflwyniadau"


def test_every_plain_step_is_in_welsh() -> None:
    plain = load_plain_language()
    welsh = load_plain_language(language=WELSH)
    left: list[str] = []
    pairs = [(key.value, plain.steps[key], welsh.steps[key]) for key in StepKey]
    for meeting_type, own in plain.by_meeting_type.items():
        pairs += [
            (f"{meeting_type.value} {key.value}", step, welsh.by_meeting_type[meeting_type][key])
            for key, step in own.items()
        ]
    for where, english, cy in pairs:
        assert len(cy.prompts) == len(english.prompts), where
        left += _untranslated(
            where,
            {"title": english.title, "explanation": english.explanation, "prompts": english.prompts},
            {"title": cy.title, "explanation": cy.explanation, "prompts": cy.prompts},
        )
    assert left == []
    assert welsh.step(StepKey.SCALING).title == "Pa mor ddiogel, o 0 i 10"


def test_every_glossary_term_is_in_welsh_and_explains_welsh_jargon() -> None:
    english = load_plain_language().glossary
    welsh = load_plain_language(language=WELSH).glossary
    left: list[str] = []
    for term, cy in zip(english.terms, welsh.terms, strict=True):
        fields = {"term": term.term, "meaning": term.meaning}
        left += _untranslated(term.term, fields, {"term": cy.term, "meaning": cy.meaning})
        if term.also:
            left += _untranslated(term.term, {"also": term.also}, {"also": cy.also})
    assert left == []
    # The Welsh agenda's jargon is found and explained in Welsh, on hover.
    assert welsh.explain("Datganiadau perygl a nodau diogelwch").splitlines() == [
        "datganiad perygl: Brawddeg fer, glir sy'n dweud beth mae'r gweithwyr yn ofni allai "
        "ddigwydd i'r plentyn os na fydd dim yn newid.",
        "nod diogelwch: Beth mae'r teulu a'r gweithwyr eisiau ei weld, er mwyn i'r plentyn fod "
        "yn ddiogel. Mae'n mynd gyda datganiad perygl.",
    ]
    assert [t.term for t in welsh.find("Y Grŵp Craidd a'r cynllun amddiffyn plant")] == [
        "Grŵp Craidd",
        "cynllun amddiffyn plant",
    ]
    # The required jargon is still there in English.
    assert all(english.find(required) for required in REQUIRED_TERMS)


def test_the_english_plain_texts_stay_as_they_were() -> None:
    plain = load_plain_language()
    raw = json.loads((resources_dir() / PLAIN_FOLDER / "steps.json").read_text("utf-8"))
    assert plain.steps[StepKey.SCALING].title == raw["steps"]["scaling"]["title"]
    assert load_plain_language(language=ENGLISH) is plain
    back = load_plain_language(language=WELSH).in_language(ENGLISH)
    assert back.steps == plain.steps
    assert back.glossary == plain.glossary


@pytest.mark.parametrize(
    ("file_name", "change", "problem"),
    [
        (
            "steps.json",
            lambda data: data["steps"]["close"].update(translations={"cy": "Cloi"}),
            "step 'close' translations 'cy' must be an object of texts "
            "(title, explanation, prompts, reviewed), not text",
        ),
        (
            "steps.json",
            lambda data: data["steps"]["close"]["translations"]["cy"].update(prompts=["Helo", 5]),
            "step 'close' translations 'cy' prompts item 2 must be text, not a number",
        ),
        (
            "glossary.json",
            lambda data: data["terms"][0]["translations"]["cy"].update(meaning=["Grŵp"]),
            "term 'Core Group' translations 'cy' meaning must be text, not a list",
        ),
        (
            "glossary.json",
            lambda data: data["terms"][1]["translations"]["cy"].update(term="Grŵp Craidd"),
            "'Grŵp Craidd' is given twice in 'cy' (term 'Core Group' and term 'CIN')",
        ),
    ],
)
def test_a_broken_translation_in_a_plain_language_file_is_named(
    tmp_path: Path, file_name: str, change: Any, problem: str
) -> None:
    folder = tmp_path / "plain"
    shutil.copytree(resources_dir() / PLAIN_FOLDER, folder)
    data = json.loads((folder / file_name).read_text(encoding="utf-8"))
    change(data)
    (folder / file_name).write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(PlainLanguageError) as caught:
        load_plain_language(folder)
    assert str(caught.value) == f"{folder / file_name}: {problem}"


def test_every_timescale_rule_is_in_welsh() -> None:
    catalogue = load_policies(site_folder=Path("/nonexistent"))
    assert catalogue.problems == ()
    welsh = catalogue.in_language(WELSH)
    left: list[str] = []
    for policy, cy in zip(catalogue.policies, welsh.policies, strict=True):
        left += _untranslated(policy.name, {"description": policy.description}, {
            "description": cy.description
        })
        for key, rule in (*policy.rules.items(), *policy.pre_birth.items()):
            cy_rule = cy.rule(key)
            left += _untranslated(
                f"{policy.name} {key}",
                {"title": rule.title, "anchor": rule.anchor},
                {"title": cy_rule.title, "anchor": cy_rule.anchor},
            )
    assert left == []
    wales = welsh.default_for(Nation.WALES)
    assert wales.name == "Wales default"  # how the policy is chosen and saved: not translated
    assert (wales.rule("core-group").title, wales.rule("core-group").anchor) == (
        "Grŵp Craidd nesaf",
        "y Grŵp Craidd blaenorol",
    )
    assert welsh.in_language(ENGLISH).default_for(Nation.WALES) == catalogue.default_for(
        Nation.WALES
    )


def test_a_broken_translation_in_a_policy_is_named() -> None:
    data = json.loads((resources_dir() / "policies" / "wales.json").read_text("utf-8"))
    data["rules"]["core-group"]["translations"] = {"cy": {"title": ["Grŵp Craidd"]}}
    with pytest.raises(PolicyError) as caught:
        parse_policy(data, "wales.json")
    assert str(caught.value) == (
        "wales.json: rule 'core-group' translations 'cy' title must be text, not a list"
    )


def test_review_counts_count_the_data_files_texts() -> None:
    reviewed, translated = data_review_counts(WELSH)
    # None is reviewed yet; every title, purpose, prompt list, term and rule text is counted once.
    assert reviewed == 0
    assert translated >= 200
    total_reviewed, total_translated = review_counts(WELSH)
    assert total_translated >= translated
    assert total_reviewed >= reviewed
    assert data_review_counts(ENGLISH) == (0, 0)


def test_a_reviewed_data_text_is_counted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    resources = tmp_path / "resources"
    shutil.copytree(resources_dir(), resources, ignore=shutil.ignore_patterns("fonts", "demo"))
    path = resources / "agendas" / "strategy.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["steps"][1]["translations"]["cy"]["reviewed"] = ["title", "purpose"]
    path.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr("chair_app.services.translations.resources_dir", lambda: resources)
    data_review_counts.cache_clear()
    try:
        assert data_review_counts(WELSH)[0] == 2
    finally:
        data_review_counts.cache_clear()


def test_the_safety_scale_is_explained_in_the_readers_language() -> None:
    zero, ten = scale_meanings(WELSH)
    assert zero.startswith("Mae 0 yn golygu bod pethau mor anniogel na all y plant aros gartref")
    assert ten.startswith("Mae 10 yn golygu bod pawb yn cytuno")
    assert overall_scale_name(WELSH) == "Diogelwch cyffredinol"
    assert scale_meanings(ENGLISH) == (SCALE_ZERO_MEANS, SCALE_TEN_MEANS)
    assert overall_scale_name(ENGLISH) == OVERALL_SCALE_NAME
    set_display_language(WELSH)
    assert overall_scale_name() == "Diogelwch cyffredinol"
