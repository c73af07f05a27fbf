"""A read-only data folder (issue 13, F8): the commands that write say the folder is read-only,
naming it, with status 2 and no traceback, and change nothing; the commands that only read
still read it. Once on a real read-only file system (a tmpfs remounted read-only, as root), and
once with the folder faked read-only where Chair looks (os.access), so that it runs anywhere.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_harness import in_process_cli
from read_only_folders import (
    LOG_ONLY_FAMILY,
    demo_with_changes_only_in_the_log,
    fake_read_only,
    fingerprint,
    read_only_mount,
)

from chair_app.cli import main
from chair_app.models.db import DATABASE_FILE_NAME


@pytest.fixture(autouse=True)
def cli(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    yield from in_process_cli(monkeypatch)



@pytest.fixture(scope="module")
def made_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_with_changes_only_in_the_log(tmp_path_factory.mktemp("made"))[0]


@pytest.fixture
def crashed_demo(made_once: Path, tmp_path: Path) -> Path:
    """A copy of the demo folder with a family still only in the write-ahead log."""
    folder = tmp_path / "saved"
    shutil.copytree(made_once, folder)
    return folder


WRITING_COMMANDS = {
    "export": ["export", "1", "--format", "pdf", "--output", "{out}"],
    "export-record": ["export-record", "1", "--output", "{out}"],
    "demo": ["demo"],
}


def _refused_as_read_only(
    folder: Path, argv: list[str], out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = fingerprint(folder)
    argv = [part.replace("{out}", str(out)) for part in argv]

    status = main([*argv, "--data-dir", str(folder)])

    printed = capsys.readouterr()
    assert status == 2, printed.err
    assert printed.err.startswith("chair-app: ") and "Traceback" not in printed.err
    assert f"The data folder {folder} is read-only" in printed.err
    assert printed.out == ""
    assert not out.exists()
    assert fingerprint(folder) == before


@pytest.mark.parametrize("command", list(WRITING_COMMANDS))
def test_a_writing_command_on_a_read_only_file_system_says_so(
    crashed_demo: Path, tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with read_only_mount(tmp_path / "mount", lambda m: shutil.copytree(
        crashed_demo, m / "data"
    )) as mount:
        _refused_as_read_only(
            mount / "data", WRITING_COMMANDS[command], tmp_path / "out.file", capsys
        )


def test_list_reads_a_read_only_file_system_with_its_log(
    crashed_demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with read_only_mount(tmp_path / "mount", lambda m: shutil.copytree(
        crashed_demo, m / "data"
    )) as mount:
        folder = mount / "data"
        assert (folder / (DATABASE_FILE_NAME + "-wal")).stat().st_size > 0
        before = fingerprint(folder)
        assert main(["list", "--data-dir", str(folder)]) == 0
        assert f"Family 2: {LOG_ONLY_FAMILY}" in capsys.readouterr().out
        assert fingerprint(folder) == before


@pytest.mark.parametrize("command", list(WRITING_COMMANDS))
def test_a_writing_command_on_a_folder_chair_finds_read_only_says_so(
    crashed_demo: Path, tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake_read_only(monkeypatch, crashed_demo)
    _refused_as_read_only(crashed_demo, WRITING_COMMANDS[command], tmp_path / "out.file", capsys)
