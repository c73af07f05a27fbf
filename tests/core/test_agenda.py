"""Agendas: the bundled files agree with the built-in ones, read plainly, and a wrong file is
refused with a message that names the file and says what is wrong."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from typing import Any

import pytest

from chair_app.core.agenda import (
    BUILT_IN_AGENDAS,
    CORE_GROUP_AGENDA,
    AgendaError,
    AgendaStep,
    StepKey,
    parse_agenda,
    planned_minutes,
)
from chair_app.core.domain import MeetingType
from chair_app.paths import resources_dir

AGENDAS = resources_dir() / "agendas"
SOURCE = "agendas/core_group.json"
ALL_TYPES = list(MeetingType)


def _bundled(meeting_type: MeetingType) -> Any:
    return json.loads((AGENDAS / f"{meeting_type.value}.json").read_text(encoding="utf-8"))


def _keys(steps: tuple[AgendaStep, ...]) -> list[str]:
    return [step.key.value for step in steps]


# ---- the bundled files and the built-in agendas ------------------------------------------------


def test_built_in_agendas_cover_every_meeting_type() -> None:
    assert set(BUILT_IN_AGENDAS) == set(MeetingType)


def test_bundled_folder_has_one_file_per_meeting_type_and_nothing_else() -> None:
    assert sorted(p.name for p in AGENDAS.iterdir()) == sorted(
        f"{t.value}.json" for t in MeetingType
    )


@pytest.mark.parametrize("meeting_type", ALL_TYPES, ids=lambda t: t.value)
def test_bundled_file_parses_and_equals_built_in(meeting_type: MeetingType) -> None:
    steps = parse_agenda(_bundled(meeting_type), f"{meeting_type.value}.json", meeting_type)
    assert steps == BUILT_IN_AGENDAS[meeting_type]


CORE_GROUP_KEYS = [
    "attendance", "reasons", "updates", "child_views", "plan_review", "danger_statements",
    "scaling", "three_columns", "actions", "contingency", "decisions", "next_meeting", "close",
]  # fmt: skip
EXPECTED_KEYS = {
    MeetingType.FIRST_CORE_GROUP: CORE_GROUP_KEYS,
    MeetingType.CORE_GROUP: CORE_GROUP_KEYS,
    MeetingType.CHILD_IN_NEED: CORE_GROUP_KEYS,
    MeetingType.INITIAL_CONFERENCE: [
        "attendance", "reasons", "updates", "child_views", "danger_statements", "three_columns",
        "scaling", "conference_decision", "actions", "contingency", "next_meeting", "close",
    ],
    MeetingType.REVIEW_CONFERENCE: [
        "attendance", "reasons", "updates", "child_views", "plan_review", "danger_statements",
        "three_columns",
        "scaling", "conference_decision", "actions", "contingency", "next_meeting", "close",
    ],
    MeetingType.LOOKED_AFTER_REVIEW: [
        "attendance", "child_views", "updates", "reasons", "actions", "decisions",
        "next_meeting", "close",
    ],
    MeetingType.STRATEGY: [
        "attendance", "reasons", "updates", "three_columns", "decisions", "actions",
        "next_meeting", "close",
    ],
}  # fmt: skip


@pytest.mark.parametrize("meeting_type", ALL_TYPES, ids=lambda t: t.value)
def test_built_in_agenda_steps_in_expected_order(meeting_type: MeetingType) -> None:
    assert _keys(BUILT_IN_AGENDAS[meeting_type]) == EXPECTED_KEYS[meeting_type]


@pytest.mark.parametrize(
    "meeting_type", [MeetingType.FIRST_CORE_GROUP, MeetingType.CORE_GROUP], ids=lambda t: t.value
)
def test_core_group_agenda_keeps_existing_titles_and_purposes(meeting_type: MeetingType) -> None:
    by_key = {step.key: step for step in BUILT_IN_AGENDAS[meeting_type]}
    for step in CORE_GROUP_AGENDA:
        built_in = by_key[step.key]
        assert (built_in.title, built_in.purpose) == (step.title, step.purpose)


@pytest.mark.parametrize(
    ("meeting_type", "title"),
    [
        (MeetingType.FIRST_CORE_GROUP, "What the conference asked for"),
        (MeetingType.CORE_GROUP, "What has happened since last time"),
    ],
    ids=["first", "later"],
)
def test_core_group_reasons_step_title(meeting_type: MeetingType, title: str) -> None:
    by_key = {step.key: step for step in BUILT_IN_AGENDAS[meeting_type]}
    assert by_key[StepKey.REASONS].title == title


def test_child_in_need_agenda_same_as_core_group() -> None:
    assert BUILT_IN_AGENDAS[MeetingType.CHILD_IN_NEED] == BUILT_IN_AGENDAS[MeetingType.CORE_GROUP]


def test_strategy_agenda_no_child_views_or_scaling() -> None:
    # The family is not at a strategy meeting; nobody scales or hears the children there.
    keys = {step.key for step in BUILT_IN_AGENDAS[MeetingType.STRATEGY]}
    assert not keys & {StepKey.CHILD_VIEWS, StepKey.SCALING, StepKey.DANGER_STATEMENTS}


ALL_STEPS = [
    pytest.param(step, id=f"{meeting_type.value}-{step.key.value}")
    for meeting_type, steps in BUILT_IN_AGENDAS.items()
    for step in steps
]
JARGON = re.compile(
    r"\b(s47|section 47|s17|IRO|LAC|CLA|ICPC|RCPC|CPPM|PEP|CIN|CP|SoS|contingency|multi-agency)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize("step", ALL_STEPS)
def test_step_purpose_one_short_plain_sentence(step: AgendaStep) -> None:
    # A parent with no training reads these: one sentence, at most 20 words, no abbreviations.
    assert len(step.purpose.split()) <= 20, step.purpose
    assert step.purpose.endswith("."), step.purpose
    assert not re.search(r"[.!?;]\s", step.purpose), f"more than one sentence: {step.purpose}"
    assert not JARGON.search(step.purpose), step.purpose
    assert step.purpose[0].isupper()


# ---- a wrong file is refused, naming the file and the problem ----------------------------------


def _valid() -> dict[str, Any]:
    return copy.deepcopy(_bundled(MeetingType.CORE_GROUP))


def _set(path: tuple[str | int, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        target: Any = data
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value

    return change


def _delete(path: tuple[str | int, ...]) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        target: Any = data
        for part in path[:-1]:
            target = target[part]
        del target[path[-1]]

    return change


def _steps(change: Callable[[list[Any]], None]) -> Callable[[dict[str, Any]], None]:
    def apply(data: dict[str, Any]) -> None:
        change(data["steps"])

    return apply


# Step numbers in messages count from 1: ("steps", 2) is step 3 (updates) of the Core Group.
MALFORMED = [
    ("format_missing", _delete(("format",)), "the field 'format' is missing"),
    ("format_newer", _set(("format",), 2), "format must be 1, not 2"),
    ("format_as_text", _set(("format",), "1"), "format must be 1, not '1'"),
    ("format_true", _set(("format",), True), "format must be 1, not true"),
    ("type_missing", _delete(("meeting_type",)), "the field 'meeting_type' is missing"),
    (
        "type_other",
        _set(("meeting_type",), "strategy"),
        "meeting_type is 'strategy', but this file must be for 'core_group'",
    ),
    (
        "unexpected_top_field",
        _set(("notes",), "x"),
        "unexpected field 'notes' (allowed: format, meeting_type, steps)",
    ),
    ("steps_missing", _delete(("steps",)), "the field 'steps' is missing"),
    (
        "steps_not_list",
        _set(("steps",), {"key": "attendance"}),
        "steps must be a list, not an object",
    ),
    ("steps_empty", _set(("steps",), []), "steps is empty"),
    (
        "step_not_object",
        _set(("steps", 2), "updates"),
        "step 3 must be an object with key, title and purpose, not text",
    ),
    ("step_no_purpose", _delete(("steps", 2, "purpose")), "step 3 is missing 'purpose'"),
    ("step_no_key", _delete(("steps", 2, "key")), "step 3 is missing 'key'"),
    ("step_extra_field", _set(("steps", 2, "notes"), ""), "step 3 has an unexpected field 'notes'"),
    (
        "key_misspelt",
        _set(("steps", 2, "key"), "scalling"),
        "step 3 has an unknown key 'scalling' (did you mean 'scaling'?)",
    ),
    ("key_not_text", _set(("steps", 2, "key"), 5), "step 3 key must be text, not 5"),
    (
        "key_repeated",
        _set(("steps", 5, "key"), "updates"),
        "step 6 repeats the key 'updates' (already step 3)",
    ),
    ("title_empty", _set(("steps", 2, "title"), "   "), "step 3 title is empty"),
    (
        "title_too_long",
        _set(("steps", 2, "title"), "T" * 81),
        "step 3 title is 81 characters long; at most 80 are allowed",
    ),
    (
        "title_two_lines",
        _set(("steps", 2, "title"), "Up\ndates"),
        "step 3 title must be on one line",
    ),
    ("title_null", _set(("steps", 2, "title"), None), "step 3 title must be text, not null"),
    ("purpose_empty", _set(("steps", 2, "purpose"), ""), "step 3 purpose is empty"),
    (
        "purpose_too_long",
        _set(("steps", 2, "purpose"), "p" * 301),
        "step 3 purpose is 301 characters long; at most 300 are allowed",
    ),
    (
        "purpose_list",
        _set(("steps", 2, "purpose"), ["a"]),
        "step 3 purpose must be text, not a list",
    ),
    (
        "attendance_not_first",
        _steps(lambda s: s.insert(0, s.pop(1))),
        "the first step must be 'attendance', not 'reasons'",
    ),
    (
        "close_not_last",
        _steps(lambda s: s.append(s.pop(-2))),
        "the last step must be 'close', not 'next_meeting'",
    ),
    (
        "no_next_meeting",
        _steps(lambda s: s.pop(-2)),
        "there is no 'next_meeting' step; it must come before 'close'",
    ),
]


@pytest.mark.parametrize(("change", "problem"), [pytest.param(c, p, id=i) for i, c, p in MALFORMED])
def test_parse_agenda_malformed_names_file_and_problem(
    change: Callable[[dict[str, Any]], None], problem: str
) -> None:
    data = _valid()
    change(data)
    with pytest.raises(AgendaError) as caught:
        parse_agenda(data, SOURCE, MeetingType.CORE_GROUP)
    assert str(caught.value) == f"{SOURCE}: {problem}"


@pytest.mark.parametrize(
    ("data", "kind"),
    [([], "a list"), ("agenda", "text"), (None, "null"), (1, "a number")],
    ids=["list", "text", "null", "number"],
)
def test_parse_agenda_not_an_object_refused(data: object, kind: str) -> None:
    with pytest.raises(
        AgendaError, match=re.escape(f"{SOURCE}: the file must hold a JSON object, not {kind}")
    ):
        parse_agenda(data, SOURCE, MeetingType.CORE_GROUP)


def test_parse_agenda_unknown_key_far_from_any_lists_known_keys() -> None:
    data = _valid()
    data["steps"][2]["key"] = "zzz"
    with pytest.raises(AgendaError) as caught:
        parse_agenda(data, SOURCE, MeetingType.CORE_GROUP)
    message = str(caught.value)
    assert message.startswith(f"{SOURCE}: step 3 has an unknown key 'zzz' (known keys: ")
    assert all(key.value in message for key in StepKey)


def test_parse_agenda_longest_allowed_texts_accepted_and_trimmed() -> None:
    data = _valid()
    data["steps"][2]["title"] = "  " + "T" * 80 + "  "
    data["steps"][2]["purpose"] = "p" * 300
    steps = parse_agenda(data, SOURCE, MeetingType.CORE_GROUP)
    assert steps[2] == AgendaStep(
        StepKey.UPDATES, "T" * 80, "p" * 300, steps[2].minutes, steps[2].translations
    )


def test_parse_agenda_shortest_agenda_accepted() -> None:
    data = {
        "format": 1,
        "meeting_type": "strategy",
        "steps": [
            {"key": "attendance", "title": "Hello", "purpose": "We meet."},
            {"key": "next_meeting", "title": "Next", "purpose": "We fix a date."},
            {"key": "close", "title": "Bye", "purpose": "We finish."},
        ],
    }
    steps = parse_agenda(data, "strategy.json", MeetingType.STRATEGY)
    assert _keys(steps) == ["attendance", "next_meeting", "close"]


def test_parse_agenda_keeps_file_order_and_wording() -> None:
    data = _valid()
    data["steps"][1:3] = [data["steps"][2], data["steps"][1]]
    data["steps"][1]["title"] = "News from everyone"
    steps = parse_agenda(data, SOURCE, MeetingType.CORE_GROUP)
    assert _keys(steps)[:3] == ["attendance", "updates", "reasons"]
    assert steps[1].title == "News from everyone"


# ---- planned minutes (issue 7: turns and time) --------------------------------------------------


def test_parse_agenda_minutes_optional_old_files_stay_valid() -> None:
    data = _valid()
    for step in data["steps"]:
        step.pop("minutes", None)
    steps = parse_agenda(data, SOURCE, MeetingType.CORE_GROUP)
    assert all(step.minutes is None for step in steps)
    assert planned_minutes(steps) is None


def test_parse_agenda_minutes_read_and_summed() -> None:
    data = _valid()
    for step in data["steps"]:
        step["minutes"] = 7
    steps = parse_agenda(data, SOURCE, MeetingType.CORE_GROUP)
    assert [step.minutes for step in steps] == [7] * len(steps)
    assert planned_minutes(steps) == 7 * len(steps)


@pytest.mark.parametrize("value", [0, -5, 241, 2.5, "10", True, None], ids=repr)
def test_parse_agenda_bad_minutes_refused(value: object) -> None:
    data = _valid()
    data["steps"][1]["minutes"] = value
    with pytest.raises(AgendaError, match="step 2 minutes must be a whole number from 1 to 240"):
        parse_agenda(data, SOURCE, MeetingType.CORE_GROUP)


def test_built_in_agendas_plan_every_step() -> None:
    for steps in BUILT_IN_AGENDAS.values():
        assert all(step.minutes for step in steps)
    assert planned_minutes(BUILT_IN_AGENDAS[MeetingType.STRATEGY]) == 95
