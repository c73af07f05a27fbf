"""``chair-app config check [FOLDER]``: IT checks a configuration folder before deploying it.
Every problem is printed with its file and field; exit 0 when clean, 1 with problems, 2 when
there is no folder to check. It needs no data folder and never creates one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chair_app.cli import main
from chair_app.paths import SITE_CONFIG_VARIABLE, resources_dir


@pytest.fixture(autouse=True)
def no_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "chair-data"
    monkeypatch.setenv("CHAIR_APP_DATA_DIR", str(folder))
    return folder


def _write(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")


def _good_folder(folder: Path) -> Path:
    wales = json.loads((resources_dir() / "policies" / "wales.json").read_text(encoding="utf-8"))
    wales["name"] = "Cardiff"
    _write(folder / "policies" / "cardiff.json", wales)
    agenda = json.loads((resources_dir() / "agendas" / "core_group.json").read_text("utf-8"))
    _write(folder / "agendas" / "core_group.json", agenda)
    _write(
        folder / "settings.json",
        {
            "defaults": {"nation": "wales", "timescale_policy": "Cardiff", "backups_kept": 20},
            "fixed": ["nation"],
        },
    )
    return folder


def test_config_check_a_good_folder_exits_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], no_data_folder: Path
) -> None:
    folder = _good_folder(tmp_path / "it")
    assert main(["config", "check", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "no problems" in out
    assert not no_data_folder.exists()


def test_config_check_names_every_problem_with_file_and_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _good_folder(tmp_path / "it")
    (folder / "agendas" / "core_group.json").write_text("{ oops", encoding="utf-8")
    _write(folder / "settings.json", {"defaults": {"nation": "atlantis"}})
    bad_policy = json.loads((folder / "policies" / "cardiff.json").read_text(encoding="utf-8"))
    bad_policy["rules"]["core-group"]["limit"] = "ten"
    _write(folder / "policies" / "cardiff.json", bad_policy)
    assert main(["config", "check", str(folder)]) == 1
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert any("core_group.json" in line and "not valid JSON" in line for line in lines), out
    assert any(
        "settings.json" in line and "nation" in line and "atlantis" in line for line in lines
    ), out
    assert any("cardiff.json" in line and "limit" in line for line in lines), out


def test_config_check_defaults_to_the_site_folder_and_a_missing_one_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere"
    monkeypatch.setenv(SITE_CONFIG_VARIABLE, str(missing))
    assert main(["config", "check"]) == 2
    captured = capsys.readouterr()
    assert str(missing) in captured.err and "Traceback" not in captured.err
