"""The plain-language files: they load, cover every step of every agenda and every required
piece of jargon, and a broken file is named with its problem."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from chair_app.core.agenda import BUILT_IN_AGENDAS, StepKey
from chair_app.core.domain import SUPPORTED_MEETING_TYPES, MeetingType
from chair_app.core.plain_language import REQUIRED_TERMS, PlainLanguageError, fill_label
from chair_app.paths import resources_dir
from chair_app.services.agendas import load_agenda
from chair_app.services.plain_language import (
    PLAIN_FOLDER,
    clear_plain_language_cache,
    load_plain_language,
)


@pytest.fixture(autouse=True)
def _fresh_cache() -> Iterator[None]:
    clear_plain_language_cache()
    yield
    clear_plain_language_cache()


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    folder = tmp_path / "plain"
    shutil.copytree(resources_dir() / PLAIN_FOLDER, folder)
    return folder


def _edit(path: Path, change: object) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)  # type: ignore[operator]
    path.write_text(json.dumps(data), encoding="utf-8")


def test_bundled_files_load() -> None:
    plain = load_plain_language()
    assert set(plain.steps) == set(StepKey)
    # The ground rules, buttons and labels are translation files now:
    # tests/services/test_plain_words_translations.py.


@pytest.mark.parametrize("meeting_type", SUPPORTED_MEETING_TYPES, ids=lambda t: t.value)
def test_every_agenda_step_has_a_plain_title_explanation_and_prompts(
    meeting_type: MeetingType,
) -> None:
    plain = load_plain_language()
    for agenda in (BUILT_IN_AGENDAS[meeting_type], load_agenda(meeting_type).steps):
        for step in agenda:
            own = plain.step(step.key, meeting_type)
            assert own.title and own.explanation and own.prompts
            # The plain title is a different text from the professional one, so switching shows.
            assert own.title != step.title, (meeting_type, step.key)
            assert own.explanation != step.purpose or len(step.purpose.split()) < 20


def test_meeting_type_override_wins_and_keeps_the_rest() -> None:
    plain = load_plain_language()
    general = plain.step(StepKey.REASONS)
    conference = plain.step(StepKey.REASONS, MeetingType.INITIAL_CONFERENCE)
    assert conference.title != general.title
    strategy = plain.step(StepKey.DECISIONS, MeetingType.STRATEGY)
    assert strategy.title == plain.step(StepKey.DECISIONS).title  # only the explanation differs
    assert strategy.explanation != plain.step(StepKey.DECISIONS).explanation


@pytest.mark.parametrize("term", REQUIRED_TERMS)
def test_every_required_term_has_a_plain_meaning(term: str) -> None:
    glossary = load_plain_language().glossary
    found = glossary.find(f"This is about the {term} today.")
    assert len(found) == 1, term
    assert len(found[0].meaning.split()) >= 6


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("First Core Group", ["Core Group"]),
        ("Child in Need meeting", ["CIN"]),
        ("Initial Child Protection Conference", ["ICPC"]),
        ("Review Child Protection Conference", ["RCPC"]),
        ("Looked-After Child review", ["LAC"]),
        ("Danger statements and safety goals", ["danger statement", "safety goal"]),
        ("Scaling", ["scaling"]),
        ("Child protection plan", ["CP plan"]),
        ("The IRO chairs it", ["IRO"]),
        ("Actions", []),
        ("a lace tablecloth and a cinema", []),  # no match inside words, or in lower case
    ],
)
def test_glossary_finds_jargon_in_app_texts(text: str, terms: list[str]) -> None:
    glossary = load_plain_language().glossary
    assert [term.term for term in glossary.find(text)] == terms


def test_explain_gives_term_and_meaning_lines() -> None:
    glossary = load_plain_language().glossary
    explained = glossary.explain("Danger statements and safety goals")
    lines = explained.splitlines()
    assert lines[0].startswith("danger statement: ") and lines[1].startswith("safety goal: ")
    assert glossary.explain("Next meeting") == ""


def test_search_matches_names_and_meanings() -> None:
    glossary = load_plain_language().glossary
    assert [t.term for t in glossary.search("iro")] == ["IRO"]
    assert "LAC" in [t.term for t in glossary.search("foster")]
    assert glossary.search("  ") == glossary.terms


def test_missing_step_names_file_and_step(copy: Path) -> None:
    _edit(copy / "steps.json", lambda data: data["steps"].pop("scaling"))
    with pytest.raises(
        PlainLanguageError, match=r"steps\.json: steps has no entry for the step 'scaling'"
    ):
        load_plain_language(copy)


def test_missing_required_term_is_named(copy: Path) -> None:
    _edit(
        copy / "glossary.json",
        lambda data: data.update(terms=[t for t in data["terms"] if t["term"] != "IRO"]),
    )
    with pytest.raises(PlainLanguageError, match=r"glossary\.json: the term 'IRO' is missing"):
        load_plain_language(copy)


def test_unknown_field_and_empty_prompt_are_named(copy: Path) -> None:
    _edit(copy / "steps.json", lambda data: data["steps"]["close"].update(colour="red"))
    with pytest.raises(PlainLanguageError, match="step 'close' has an unexpected field 'colour'"):
        load_plain_language(copy)
    clear_plain_language_cache()
    _edit(copy / "steps.json", lambda data: data["steps"]["close"].pop("colour"))
    _edit(copy / "steps.json", lambda data: data["steps"]["close"].update(prompts=["  "]))
    with pytest.raises(PlainLanguageError, match="step 'close' prompts item 1 is empty"):
        load_plain_language(copy)


def test_broken_json_gives_line_and_column(copy: Path) -> None:
    (copy / "steps.json").write_text('{"format": 1,\n "steps": {', encoding="utf-8")
    with pytest.raises(PlainLanguageError, match=r"steps\.json: this is not valid JSON \(line 2"):
        load_plain_language(copy)


def test_term_given_twice_is_refused(copy: Path) -> None:
    _edit(
        copy / "glossary.json",
        lambda data: data["terms"].append({"term": "core group", "meaning": "Again."}),
    )
    with pytest.raises(PlainLanguageError, match="'core group' is given twice"):
        load_plain_language(copy)


def test_missing_file_is_named(copy: Path) -> None:
    (copy / "glossary.json").unlink()
    with pytest.raises(PlainLanguageError, match=r"glossary\.json: the file is missing"):
        load_plain_language(copy)


def test_labels_fill_in_numbers_and_names() -> None:
    assert fill_label("Worry {n}", n=2) == "Worry 2"
    assert fill_label("What {name} told us", name="Sam") == "What Sam told us"
    assert fill_label("Worry {n}") is None  # no number given: the page keeps its own text
