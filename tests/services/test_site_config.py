"""IT's machine-wide configuration folder (issue 15): defaults a user may change, settings IT
fixes, and agendas and policies deployed once for every user of the laptop."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from chair_app.core.domain import MeetingType
from chair_app.core.timescales import Nation
from chair_app.models.db import SessionFactory
from chair_app.paths import SITE_CONFIG_VARIABLE, resources_dir
from chair_app.services.agendas import clear_agenda_cache, load_agenda
from chair_app.services.policies import load_policies
from chair_app.services.settings import SettingFixed, SettingSource, SettingsService


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "site"
    folder.mkdir()
    monkeypatch.setenv(SITE_CONFIG_VARIABLE, str(folder))
    clear_agenda_cache()
    yield folder
    clear_agenda_cache()


def _write(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")


def test_it_defaults_apply_until_the_user_chooses(site: Path, factory: SessionFactory) -> None:
    _write(site / "settings.json", {"defaults": {"nation": "wales", "lock_after_minutes": 10}})
    settings = SettingsService(factory)
    assert settings.nation() is Nation.WALES
    assert settings.lock_minutes() == 10
    assert settings.source("nation") is SettingSource.IT_DEFAULT
    assert settings.source("backups_kept") is SettingSource.BUILT_IN
    settings.set_nation(Nation.SCOTLAND)
    assert settings.nation() is Nation.SCOTLAND
    assert settings.source("nation") is SettingSource.CHOSEN


def test_a_fixed_setting_always_reads_it_and_cannot_be_set(
    site: Path, factory: SessionFactory
) -> None:
    settings = SettingsService(factory)
    settings.set_lock_minutes(30)  # chosen before IT fixed it
    _write(
        site / "settings.json",
        {"defaults": {"lock_after_minutes": 3}, "fixed": ["lock_after_minutes"]},
    )
    assert settings.lock_minutes() == 3
    assert settings.source("lock_after_minutes") is SettingSource.FIXED
    with pytest.raises(SettingFixed, match="IT department"):
        settings.set_lock_minutes(60)
    assert settings.lock_minutes() == 3


def test_a_malformed_settings_file_is_named_and_never_stops_the_app(
    site: Path, factory: SessionFactory
) -> None:
    (site / "settings.json").write_text("{ not json", encoding="utf-8")
    settings = SettingsService(factory)
    assert settings.nation() is Nation.ENGLAND
    problems = settings.site_problems()
    assert len(problems) == 1 and "settings.json" in problems[0] and "JSON" in problems[0]


def test_a_bad_field_is_ignored_and_named_the_rest_still_apply(
    site: Path, factory: SessionFactory
) -> None:
    _write(
        site / "settings.json",
        {"defaults": {"nation": "atlantis", "backups_kept": 7}, "fixed": ["nation"]},
    )
    settings = SettingsService(factory)
    assert settings.nation() is Nation.ENGLAND
    assert settings.backups_kept() == 7
    assert any("nation" in problem and "atlantis" in problem for problem in settings.site_problems())


def _agenda_titled(title: str) -> dict[str, object]:
    path = resources_dir() / "agendas" / "core_group.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["steps"][0]["title"] = title
    return data


def test_agendas_site_folder_then_data_folder(site: Path, tmp_path: Path) -> None:
    _write(site / "agendas" / "core_group.json", _agenda_titled("IT's welcome"))
    local = tmp_path / "local"
    local.mkdir()
    assert load_agenda(MeetingType.CORE_GROUP, local).steps[0].title == "IT's welcome"
    clear_agenda_cache()
    _write(local / "core_group.json", _agenda_titled("My welcome"))
    assert load_agenda(MeetingType.CORE_GROUP, local).steps[0].title == "My welcome"


def _policy(name: str, description: str) -> dict[str, object]:
    data = json.loads((resources_dir() / "policies" / "wales.json").read_text(encoding="utf-8"))
    data["name"] = name
    data["description"] = description
    return data


def test_policies_from_the_site_folder_and_the_data_folder_replaces_by_name(
    site: Path, tmp_path: Path
) -> None:
    _write(site / "policies" / "cardiff.json", _policy("Cardiff", "IT's copy"))
    _write(site / "policies" / "newport.json", _policy("Newport", "IT's copy"))
    local = tmp_path / "local"
    _write(local / "cardiff.json", _policy("Cardiff", "My copy"))
    catalogue = load_policies(local)
    assert catalogue.get("Newport").description == "IT's copy"
    assert catalogue.get("Cardiff").description == "My copy"
    assert catalogue.problems == ()


def test_plain_language_file_from_the_site_folder_replaces_the_bundled_one(site: Path) -> None:
    from chair_app.services.plain_language import clear_plain_language_cache, load_plain_language

    glossary = json.loads(
        (resources_dir() / "plain_language" / "glossary.json").read_text(encoding="utf-8")
    )
    glossary["terms"][0]["meaning"] = "IT's own plain words."
    _write(site / "plain_language" / "glossary.json", glossary)
    clear_plain_language_cache()
    try:
        plain = load_plain_language()
        assert plain.glossary.terms[0].meaning == "IT's own plain words."
    finally:
        clear_plain_language_cache()


def test_signing_files_from_the_site_folder_unless_the_data_folder_has_its_own(
    site: Path, tmp_path: Path
) -> None:
    from chair_app.paths import signing_folder

    data = tmp_path / "data"
    data.mkdir()
    assert signing_folder(data) == data / "signing"
    (site / "signing").mkdir()
    assert signing_folder(data) == site / "signing"
    (data / "signing").mkdir()
    assert signing_folder(data) == data / "signing"
