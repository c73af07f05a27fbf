"""The commands that only read (list, people, verify) open the data read-only: the data file, its
write-ahead log and the log's index are byte for byte as they were afterwards (and keep their
times), while changes still only in the log are read (issue 13, F4). They neither back up,
upgrade nor encrypt: an earlier version's file is named as such, and left alone."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_harness import in_process_cli
from conftest import TODAY
from read_only_folders import LOG_ONLY_FAMILY, demo_with_changes_only_in_the_log, fingerprint

from chair_app.cli import main
from chair_app.models.db import DATABASE_FILE_NAME
from chair_app.services.demo import ensure_demo_family
from chair_app.services.storage import open_store

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "chair-0.1.0.sqlite3"


@pytest.fixture(autouse=True)
def cli(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    yield from in_process_cli(monkeypatch)



@pytest.fixture(scope="module")
def made_once(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return demo_with_changes_only_in_the_log(tmp_path_factory.mktemp("made"))


@pytest.fixture
def crashed(made_once: tuple[Path, Path], tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the demo folder with a family only in the write-ahead log, and the minutes of
    meeting 1 exported from it before."""
    folder = tmp_path / "crashed"
    shutil.copytree(made_once[0], folder)
    return folder, made_once[1]


@pytest.mark.parametrize("command", ["list", "people", "verify"])
def test_a_reading_command_reads_the_log_and_leaves_every_file_as_it_was(
    crashed: tuple[Path, Path], command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, minutes = crashed
    before = fingerprint(folder)
    argv = {
        "list": ["list"],
        "people": ["people", "1"],
        "verify": ["verify", str(minutes)],
    }[command]

    status = main([*argv, "--data-dir", str(folder)])

    printed = capsys.readouterr()
    # verify says so with its status: the demo's minutes are not agreed yet.
    assert status == (1 if command == "verify" else 0), printed.err
    assert printed.err == ""
    assert fingerprint(folder) == before
    if command == "list":
        assert "Family 1: Marlowe family" in printed.out
        assert f"Family 2: {LOG_ONLY_FAMILY}" in printed.out  # only in the log
    elif command == "people":
        assert printed.out.startswith("Meeting 1: Core Group, ")
    else:
        assert printed.out.startswith("minutes.docx is a draft (Full record), version 1")


@pytest.mark.slow
def test_list_in_its_own_process_leaves_every_file_as_it_was(crashed: tuple[Path, Path]) -> None:
    folder, _ = crashed
    before = fingerprint(folder)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("CHAIR_APP_DATA_DIR", None)
    listed = subprocess.run(
        [sys.executable, "-m", "chair_app", "list", "--data-dir", str(folder)],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=False,
    )
    assert listed.returncode == 0, listed.stderr
    assert f"Family 2: {LOG_ONLY_FAMILY}" in listed.stdout
    assert fingerprint(folder) == before


def test_a_log_without_its_index_is_not_read_and_nothing_changes(
    crashed: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, _ = crashed
    (folder / (DATABASE_FILE_NAME + "-shm")).unlink()
    before = fingerprint(folder)

    assert main(["list", "--data-dir", str(folder)]) == 2

    err = capsys.readouterr().err
    assert err.startswith("chair-app: ") and "Traceback" not in err
    assert "window" in err  # what to do: open the data in the window
    assert fingerprint(folder) == before


def test_list_on_an_earlier_versions_file_says_to_open_the_window_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(FIXTURE, folder / DATABASE_FILE_NAME)
    secret = tmp_path / "passphrase.txt"
    secret.write_text("lantern by the door\n", encoding="utf-8")
    before = fingerprint(folder)

    status = main(["list", "--data-dir", str(folder), "--passphrase-file", str(secret)])

    printed = capsys.readouterr()
    assert status == 2
    assert printed.out == ""
    assert "earlier version of Chair" in printed.err
    assert "window" in printed.err
    assert "Traceback" not in printed.err
    assert fingerprint(folder) == before  # not encrypted, not upgraded, no backup taken
    assert sorted(p.name for p in folder.iterdir()) == [DATABASE_FILE_NAME]


def test_list_reads_a_plain_file_of_todays_schema_without_encrypting_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    store = open_store(folder, None)
    ensure_demo_family(store.factory, TODAY)
    store.close()
    before = fingerprint(folder)

    assert main(["list", "--data-dir", str(folder)]) == 0

    printed = capsys.readouterr()
    assert "Family 1: Marlowe family" in printed.out
    assert "not encrypted" in printed.err  # a note, with what to do about it
    assert fingerprint(folder) == before
