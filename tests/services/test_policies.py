"""Timescale policies from files: the bundled defaults, a local authority's own, broken files."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from chair_app.core.timescales import REQUIRED_RULE_KEYS, Nation, Unit, due_date
from chair_app.paths import resources_dir
from chair_app.services.policies import UnknownPolicy, built_in_default, load_policies

BUNDLED = resources_dir() / "policies"


def _england_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((BUNDLED / "england.json").read_text(encoding="utf-8"))
    return data


def _local_policy(name: str = "Leeds local", core_group_weeks: int = 4) -> dict[str, Any]:
    data = _england_data()
    data["name"] = name
    data["description"] = "A made-up local policy for tests."
    data["rules"]["core-group"].update(
        limit=core_group_weeks, unit="weeks", source="Leeds procedures (test)"
    )
    return data


def _write(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_bundled_policies_load_without_problems_one_per_nation() -> None:
    catalogue = load_policies()
    assert catalogue.problems == ()
    assert catalogue.names() == (
        "England default",
        "Wales default",
        "Scotland default",
        "Northern Ireland default",
    )
    for nation in Nation:
        policy = catalogue.default_for(nation)
        assert policy.nation is nation
        assert set(policy.rules) == set(REQUIRED_RULE_KEYS)
        assert all(rule.source and rule.title and rule.anchor for rule in policy.rules.values())


@pytest.mark.parametrize(
    ("nation", "key", "limit", "unit"),
    [
        # The numbers of DOMAIN.md section 3.
        (Nation.ENGLAND, "initial-conference", 15, Unit.WORKING_DAYS),  # T1
        (Nation.ENGLAND, "first-core-group", 10, Unit.WORKING_DAYS),  # T4
        (Nation.ENGLAND, "core-group", 28, Unit.CALENDAR_DAYS),  # T5, Barnsley
        (Nation.ENGLAND, "cin-meeting", 6, Unit.WEEKS),  # T6
        (Nation.ENGLAND, "first-review-conference", 3, Unit.MONTHS),  # T2
        (Nation.ENGLAND, "review-conference", 6, Unit.MONTHS),  # T3
        (Nation.ENGLAND, "first-lac-review", 20, Unit.WORKING_DAYS),  # T7
        (Nation.ENGLAND, "second-lac-review", 3, Unit.MONTHS),  # T8
        (Nation.ENGLAND, "lac-review", 6, Unit.MONTHS),  # T9
        (Nation.ENGLAND, "minutes", 5, Unit.WORKING_DAYS),  # T10
        (Nation.WALES, "core-group", 6, Unit.WEEKS),  # T5, WSP
        (Nation.WALES, "first-core-group", 10, Unit.WORKING_DAYS),
        (Nation.SCOTLAND, "initial-conference", 28, Unit.CALENDAR_DAYS),  # T1s
        (Nation.SCOTLAND, "first-core-group", 15, Unit.WORKING_DAYS),  # T4 Scotland
        (Nation.SCOTLAND, "first-review-conference", 6, Unit.MONTHS),  # T2 Scotland
        (Nation.SCOTLAND, "review-conference", 6, Unit.MONTHS),
        (Nation.NORTHERN_IRELAND, "first-review-conference", 3, Unit.MONTHS),  # T2 SBNI
        (Nation.NORTHERN_IRELAND, "review-conference", 6, Unit.MONTHS),
    ],
)
def test_bundled_defaults_keep_the_numbers_of_the_guidance(
    nation: Nation, key: str, limit: int, unit: Unit
) -> None:
    rule = load_policies().default_for(nation).rule(key)
    assert (rule.limit, rule.unit) == (limit, unit)


@pytest.mark.parametrize("nation", list(Nation))
def test_built_in_default_matches_the_bundled_file(nation: Nation) -> None:
    bundled = load_policies().default_for(nation)
    built_in = built_in_default(nation)
    assert (built_in.name, built_in.nation) == (bundled.name, bundled.nation)
    assert dict(built_in.rules) == dict(bundled.rules)


def test_get_ignores_case_and_spacing() -> None:
    catalogue = load_policies()
    assert catalogue.get("  wales   DEFAULT ").nation is Nation.WALES


def test_get_unknown_name_lists_the_policies() -> None:
    with pytest.raises(UnknownPolicy) as caught:
        load_policies().get("Leeds local")
    message = str(caught.value)
    assert "there is no policy called 'Leeds local'" in message
    assert "'England default'" in message and "'Northern Ireland default'" in message


def test_local_folder_policy_loads_and_gives_its_own_dates(tmp_path: Path) -> None:
    _write(tmp_path / "leeds.json", _local_policy())
    catalogue = load_policies(tmp_path)
    assert catalogue.problems == ()
    assert catalogue.names()[-1] == "Leeds local"
    leeds = catalogue.get("Leeds local")
    # 4 weeks after Wednesday 25 November 2026, where the default says 28 days: the same day...
    assert due_date(
        leeds.rule("core-group"), dt.date(2026, 11, 25), Nation.ENGLAND
    ).latest_date == (dt.date(2026, 12, 23))
    # ... and the default for England is still the bundled one.
    assert catalogue.default_for(Nation.ENGLAND).name == "England default"


def test_local_folder_malformed_json_reported_and_good_files_still_load(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"name": "Broken", "nation": "england",,}', encoding="utf-8")
    _write(tmp_path / "leeds.json", _local_policy())
    catalogue = load_policies(tmp_path)
    assert "Leeds local" in catalogue.names()
    assert "Broken" not in catalogue.names()
    assert len(catalogue.problems) == 1
    problem = catalogue.problems[0]
    assert problem.startswith(f"{broken}: not valid JSON at line 1, column ")
    assert "skipped" in problem


def test_local_folder_missing_field_reported_naming_file_and_field(tmp_path: Path) -> None:
    data = _local_policy()
    del data["rules"]["minutes"]["limit"]
    path = _write(tmp_path / "no-limit.json", data)
    catalogue = load_policies(tmp_path)
    assert catalogue.problems == (
        f"{path}: rule 'minutes' is missing the field 'limit'; this file is skipped.",
    )
    assert "Leeds local" not in catalogue.names()
    assert len(catalogue.policies) == 4


def test_local_folder_unknown_unit_reported_naming_file_and_unit(tmp_path: Path) -> None:
    data = _local_policy()
    data["rules"]["core-group"]["unit"] = "fortnights"
    path = _write(tmp_path / "fortnights.json", data)
    (problem,) = load_policies(tmp_path).problems
    assert problem.startswith(f"{path}: rule 'core-group': unknown unit 'fortnights'")


def test_local_folder_name_taken_by_a_bundled_policy_is_skipped(tmp_path: Path) -> None:
    path = _write(tmp_path / "england-copy.json", _local_policy(name="england default"))
    catalogue = load_policies(tmp_path)
    (problem,) = catalogue.problems
    assert problem.startswith(f"{path}: the name 'england default' is already used")
    assert catalogue.get("England default").rule("core-group").unit is Unit.CALENDAR_DAYS


def test_local_folder_ignores_other_files(tmp_path: Path) -> None:
    (tmp_path / "README.txt").write_text("not a policy", encoding="utf-8")
    assert load_policies(tmp_path).problems == ()


def test_local_folder_missing_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    catalogue = load_policies(tmp_path / "nowhere")
    assert catalogue.problems == (f"{tmp_path / 'nowhere'}: there is no policy folder here.",)
    assert len(catalogue.policies) == 4


def test_broken_bundled_default_replaced_by_built_in_copy(tmp_path: Path) -> None:
    bundled = tmp_path / "policies"
    shutil.copytree(BUNDLED, bundled)
    data = _england_data()
    data["rules"]["core-group"]["limit"] = -28
    _write(bundled / "england.json", data)
    catalogue = load_policies(bundled_folder=bundled)
    (problem,) = catalogue.problems
    assert problem.startswith("england.json (bundled): rule 'core-group': limit must be at least 1")
    assert problem.endswith("the built-in England default is used instead.")
    england = catalogue.default_for(Nation.ENGLAND)
    assert england.rule("core-group").limit == 28
    assert england.description.startswith("Built-in copy")
    # The other nations still come from their files.
    assert not catalogue.default_for(Nation.WALES).description.startswith("Built-in copy")


def test_missing_bundled_file_replaced_by_built_in_copy(tmp_path: Path) -> None:
    bundled = tmp_path / "policies"
    shutil.copytree(BUNDLED, bundled)
    (bundled / "scotland.json").unlink()
    catalogue = load_policies(bundled_folder=bundled)
    expected = (
        "scotland.json (bundled): the file is missing; the built-in Scotland default is used "
        "instead."
    )
    assert catalogue.problems == (expected,)
    assert catalogue.default_for(Nation.SCOTLAND).rule("first-core-group").limit == 15


def test_bundled_file_for_the_wrong_nation_replaced(tmp_path: Path) -> None:
    bundled = tmp_path / "policies"
    shutil.copytree(BUNDLED, bundled)
    shutil.copy(bundled / "england.json", bundled / "wales.json")
    catalogue = load_policies(bundled_folder=bundled)
    (problem,) = catalogue.problems
    assert problem.startswith("wales.json (bundled): the nation is 'england'")
    wales = catalogue.default_for(Nation.WALES)
    assert wales.nation is Nation.WALES
    assert wales.rule("core-group").unit is Unit.WEEKS
