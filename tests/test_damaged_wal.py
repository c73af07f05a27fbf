"""A damaged or missing write-ahead log is found before SQLite replays it: the data is not
opened, the files stay exactly as they were, and a backup is offered. (SQLite alone folds what
comes before a bad frame into the file and deletes the log, silently losing later changes.)"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from chair_app.cli import main
from chair_app.core.errors import StorageUnavailable
from chair_app.models.db import DATABASE_FILE_NAME
from chair_app.services.families import FamilyService
from chair_app.services.storage import open_store

PASSPHRASE = "plum orchard lantern"


def _crashed_copy(tmp_path: Path) -> Path:
    """A data folder as a kill -9 leaves it: changes still in the WAL, with its index."""
    live = tmp_path / "live"
    store = open_store(live, PASSPHRASE)
    families = FamilyService(store.factory)
    for number in range(8):
        families.create_family(f"Family {number} of {dt.date(2026, 11, 23):%d/%m}")
    crashed = tmp_path / "crashed"
    crashed.mkdir(mode=0o700)
    for suffix in ("", "-wal", "-shm"):
        shutil.copy(live / (DATABASE_FILE_NAME + suffix), crashed / (DATABASE_FILE_NAME + suffix))
    store.close()
    assert (crashed / (DATABASE_FILE_NAME + "-wal")).stat().st_size > 0
    return crashed


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def test_an_intact_log_after_a_crash_opens_with_every_change(tmp_path: Path) -> None:
    crashed = _crashed_copy(tmp_path)
    store = open_store(crashed, PASSPHRASE)
    assert len(FamilyService(store.factory).list_families()) == 8
    store.close()


@pytest.mark.parametrize("damage", ["two bytes flipped", "log deleted"])
def test_a_damaged_or_missing_log_is_refused_and_nothing_changes(
    tmp_path: Path, damage: str, capsys: pytest.CaptureFixture[str]
) -> None:
    crashed = _crashed_copy(tmp_path)
    wal = crashed / (DATABASE_FILE_NAME + "-wal")
    if damage == "log deleted":
        wal.unlink()
    else:
        log = bytearray(wal.read_bytes())
        log[32 + 24 + 300] ^= 0xFF
        log[32 + 24 + 301] ^= 0xFF
        wal.write_bytes(bytes(log))
    before = _files(crashed)
    with pytest.raises(StorageUnavailable, match="write-ahead log"):
        open_store(crashed, PASSPHRASE)
    assert _files(crashed) == before
    passphrase_file = tmp_path / "passphrase.txt"
    passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    capsys.readouterr()
    status = main(["list", "--data-dir", str(crashed), "--passphrase-file", str(passphrase_file)])
    err = capsys.readouterr().err
    assert status != 0 and "write-ahead log" in err and "backup" in err
    assert _files(crashed) == before  # the read-only command rewrote nothing


def test_a_clean_exit_folds_the_log_into_the_file(tmp_path: Path) -> None:
    """After Chair closes normally, every change is in the data file itself: losing or damaging
    the log afterwards costs nothing."""
    folder = tmp_path / "data"
    store = open_store(folder, PASSPHRASE)
    FamilyService(store.factory).create_family("Family of 23/11")
    wal = folder / (DATABASE_FILE_NAME + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    store.close()
    assert not wal.exists() or wal.stat().st_size == 0
    store = open_store(folder, PASSPHRASE)
    assert [f.name for f in FamilyService(store.factory).list_families()] == ["Family of 23/11"]
    store.close()
