"""No side effects on failure: a command that fails changes no data and leaves no file, and an
output that is a folder, a device or a pipe is refused (issue 13)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_harness import demo_folder, every_row, in_process_cli
from conftest import TODAY
from unsent_demo import unsent_demo_folder

from chair_app.cli import main

HUGE = "99999999999999999999"


@pytest.fixture(autouse=True)
def cli(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    yield from in_process_cli(monkeypatch)


@pytest.fixture
def demo_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    return demo_folder(tmp_path, capsys)


def _data_hash(folder: Path) -> str:
    """SHA-256 of every row of every table."""
    return hashlib.sha256(repr(sorted(every_row(folder).items())).encode()).hexdigest()


def _files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def _fails_changing_nothing(
    folder: Path, argv: list[str], capsys: pytest.CaptureFixture[str], status: int = 1
) -> str:
    """Run the command: it fails with status, without a traceback, and every row is as before.
    Returns what it said on stderr."""
    before = _data_hash(folder)
    assert main([*argv, "--data-dir", str(folder)]) == status
    err = capsys.readouterr().err
    assert err.startswith("chair-app: ") and "Traceback" not in err
    assert _data_hash(folder) == before
    return err


# F6: a failed export records no version and marks nothing exported.


def test_export_into_a_missing_folder_changes_no_row(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for fmt in ("pdf", "docx"):
        output = tmp_path / "no" / "such" / f"minutes.{fmt}"
        err = _fails_changing_nothing(
            demo_dir, ["export", "1", "--format", fmt, "--output", str(output)], capsys
        )
        assert str(output.parent) in err
        assert not (tmp_path / "no").exists()


def test_export_that_fails_while_writing_changes_no_row_and_leaves_no_file(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()

    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("chair_app.services.export_minutes.os.replace", full_disk)
    err = _fails_changing_nothing(
        demo_dir, ["export", "1", "--format", "pdf", "--output", str(folder / "m.pdf")], capsys
    )
    assert "No space left on device" in err
    assert _files(folder) == set()


def test_export_that_works_records_its_version_as_its_footer_says(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The version is recorded after the file is written, with the number the file shows."""
    from chair_app.services.minutes import _file_text

    # Minutes not yet sent: the export is what fixes their first version.
    demo_dir = unsent_demo_folder(tmp_path / "data", TODAY)

    output = tmp_path / "minutes.docx"
    before = every_row(demo_dir)["minutes_version"]
    assert main(["export", "1", "--format", "docx", "--output", str(output),
                 "--data-dir", str(demo_dir)]) == 0
    capsys.readouterr()
    added = [row for row in every_row(demo_dir)["minutes_version"] if row not in before]
    assert len(added) == 1
    number = max((row[3] for row in before if row[2] == 1), default=0) + 1
    assert added[0][2:4] == (1, number)  # meeting 1, the next version
    text = _file_text(output)
    assert f"{number} (draft)" in text
    assert any(isinstance(v, str) and len(v) == 64 and v in text for v in added[0])


# F11: an output that is a folder, a device or a pipe is refused, even with --overwrite.


@pytest.mark.parametrize("overwrite", [[], ["--overwrite"]])
def test_export_onto_a_folder_is_refused_changing_nothing(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], overwrite: list[str]
) -> None:
    target = tmp_path / "minutes.pdf"
    target.mkdir()
    err = _fails_changing_nothing(
        demo_dir, ["export", "1", "--format", "pdf", "--output", str(target), *overwrite], capsys
    )
    assert "is a folder, not a file" in err
    assert target.is_dir() and _files(target) == set()
    assert _files(tmp_path) == {"data", "minutes.pdf"}


@pytest.mark.parametrize("overwrite", [[], ["--overwrite"]])
def test_export_onto_a_pipe_is_refused_changing_nothing(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], overwrite: list[str]
) -> None:
    import stat

    pipe = tmp_path / "minutes.pdf"
    os.mkfifo(pipe)
    err = _fails_changing_nothing(
        demo_dir, ["export", "1", "--format", "pdf", "--output", str(pipe), *overwrite], capsys
    )
    assert "not a regular file" in err
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    assert _files(tmp_path) == {"data", "minutes.pdf"}


@pytest.mark.parametrize("device", ["/dev/null", "/dev/full"])
def test_export_and_export_record_onto_a_device_are_refused_with_overwrite(
    demo_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    device: str,
) -> None:
    if not os.path.exists(device):
        # /dev/full is Linux's; the refusal is still proven on the device that exists.
        pytest.skip(f"no {device} here")
    renamed: list[object] = []

    def never_replace(*args: object) -> None:  # the device itself must never be replaced
        renamed.append(args)
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", never_replace)
    monkeypatch.setattr(os, "rename", never_replace)
    before = set(os.listdir("/dev"))
    err = _fails_changing_nothing(
        demo_dir, ["export", "1", "--format", "pdf", "--output", device, "--overwrite"], capsys
    )
    assert f"{device} is not a regular file" in err
    err = _fails_changing_nothing(
        demo_dir, ["export-record", "1", "--output", device, "--overwrite"], capsys
    )
    assert f"{device} is not a regular file" in err
    assert renamed == []
    assert set(os.listdir("/dev")) == before


@pytest.mark.parametrize("overwrite", [[], ["--overwrite"]])
def test_export_record_onto_a_folder_or_pipe_is_refused_changing_nothing(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], overwrite: list[str]
) -> None:
    folder = tmp_path / "record.json"
    folder.mkdir()
    err = _fails_changing_nothing(
        demo_dir, ["export-record", "2", "--output", str(folder), *overwrite], capsys
    )
    assert "is a folder, not a file" in err
    pipe = tmp_path / "pipe.json"
    os.mkfifo(pipe)
    err = _fails_changing_nothing(
        demo_dir, ["export-record", "2", "--output", str(pipe), *overwrite], capsys
    )
    assert "not a regular file" in err
    assert _files(tmp_path) == {"data", "record.json", "pipe.json"} and _files(folder) == set()


def test_export_record_into_a_missing_folder_changes_nothing(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "nowhere" / "record.json"
    err = _fails_changing_nothing(demo_dir, ["export-record", "2", "--output", str(output)],
                                  capsys)
    assert str(output.parent) in err


# The service layer refuses the same, and notes the export only once the file is in place.


def _record_service(folder: Path):  # type: ignore[no-untyped-def]
    from chair_app.services.record_export import RecordService
    from chair_app.services.storage import DEMO_PASSPHRASE
    from chair_app.services.storage import open_store as open_data

    store = open_data(folder, DEMO_PASSPHRASE)
    return store, RecordService(store.factory)


def test_record_service_failures_set_no_exported_hash(
    demo_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from chair_app.services.output_files import OutputRefused

    before = _data_hash(demo_dir)
    store, service = _record_service(demo_dir)
    try:
        with pytest.raises(OSError):
            service.write_meeting_record(2, tmp_path / "nowhere" / "record.json")
        with pytest.raises(OSError):
            service.write_meeting_package(2, tmp_path / "nowhere" / "r.chairpkg", "lantern 42!")
        (tmp_path / "folder").mkdir()
        with pytest.raises(OutputRefused):
            service.write_meeting_record(2, tmp_path / "folder")
        with pytest.raises(OutputRefused):
            service.write_meeting_package(2, tmp_path / "folder", "lantern 42!")
    finally:
        store.close()
    assert _data_hash(demo_dir) == before
    assert _files(tmp_path) == {"data", "folder"}


# F7: export-record writes its JSON atomically.


@pytest.mark.parametrize("broken", ["replace", "fsync"])
def test_export_record_failing_mid_write_leaves_no_file_no_temporary_and_no_change(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch, broken: str,
) -> None:
    from chair_app.services import output_files

    out = tmp_path / "out"
    out.mkdir()

    def fail(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output_files.os, broken, fail)
    err = _fails_changing_nothing(
        demo_dir, ["export-record", "2", "--output", str(out / "record.json")], capsys
    )
    assert "No space left on device" in err
    assert _files(out) == set()


def test_export_record_replaces_a_file_whole(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    output = tmp_path / "record.json"
    output.write_text("old", encoding="utf-8")
    assert main(["export-record", "2", "--output", str(output), "--overwrite",
                 "--data-dir", str(demo_dir)]) == 0
    capsys.readouterr()
    assert json.loads(output.read_text(encoding="utf-8"))["format"] == "chair-meeting-record"
    assert _files(tmp_path) == {"data", "record.json"}


# Ids too big for an integer name no meeting.


@pytest.mark.parametrize(
    "argv",
    [
        ["people", HUGE],
        ["export", HUGE, "--format", "pdf", "--output", "{tmp}/m.pdf"],
        ["export-record", HUGE, "--output", "{tmp}/r.json"],
        ["people", "-" + HUGE],
    ],
)
def test_an_id_too_big_for_an_integer_is_no_meeting(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    err = _fails_changing_nothing(demo_dir, argv, capsys)
    assert err == f"chair-app: there is no meeting {argv[1]}.\n"
    assert _files(tmp_path) == {"data"}


def test_import_record_for_a_family_id_too_big_is_no_family(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = tmp_path / "record.json"
    assert main(["export-record", "2", "--output", str(record), "--data-dir", str(demo_dir)]) == 0
    laptop = tmp_path / "laptop"
    assert main(["demo", "--data-dir", str(laptop)]) == 0
    capsys.readouterr()
    err = _fails_changing_nothing(laptop, ["import-record", str(record), "--family", HUGE], capsys)
    assert f"There is no family {HUGE}." in err


# Leftover temporary files are removed when the data folder is next opened.


def test_opening_the_store_removes_the_apps_leftover_temporaries_only(demo_dir: Path) -> None:
    from chair_app.services.backup import backups_folder
    from chair_app.services.storage import DEMO_PASSPHRASE
    from chair_app.services.storage import open_store as open_data

    backups = backups_folder(demo_dir)
    leftovers = [
        demo_dir / ".Marlowe family - Core Group - 2026-11-23.k3j_9x0a.part",
        demo_dir / ".record.abcdefgh.part",
        demo_dir / ".meeting-record-2026-11-23.chairpkg.partial",
        backups / ".chair-20261123T101500123456Z-before-import.sqlite3.partial",
    ]
    kept = [
        demo_dir / "notes.part",
        demo_dir / ".short.abc.part",
        demo_dir / "minutes.partial",
        demo_dir / "minutes.pdf",
        backups / ".other.partial",
        backups / "chair-20261123T101500123456Z-before-import.sqlite3.partial",
    ]
    for path in leftovers + kept:
        path.write_bytes(b"half")
    (demo_dir / ".folder.abcdefgh.part").mkdir()
    existing = {p: p.read_bytes() for p in demo_dir.rglob("*") if p.is_file()}

    store = open_data(demo_dir, DEMO_PASSPHRASE)
    store.close()

    assert [p for p in leftovers if p.exists()] == []
    assert all(p.read_bytes() == b"half" for p in kept)
    assert (demo_dir / ".folder.abcdefgh.part").is_dir()
    for path, content in existing.items():
        if path not in leftovers and path.name not in ("chair.sqlite3", "chair.sqlite3-wal",
                                                       "chair.sqlite3-shm", "chair.lock"):
            assert path.read_bytes() == content, path


def test_leftovers_are_kept_while_another_copy_has_the_folder(tmp_path: Path) -> None:
    import fcntl

    from chair_app.models.db import LOCK_FILE_NAME
    from chair_app.services.storage import remove_leftover_temporaries

    folder = tmp_path / "data"
    folder.mkdir()
    leftover = folder / ".record.abcdefgh.part"
    leftover.write_bytes(b"being written")
    fd = os.open(folder / LOCK_FILE_NAME, os.O_CREAT | os.O_RDWR, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        assert remove_leftover_temporaries(folder) == 0
    finally:
        os.close(fd)
    assert leftover.exists()
    assert remove_leftover_temporaries(folder) == 1
