"""Backups: taken with SQLite's backup API, rotated, restored; damaged files refused untouched.
Only fictional families."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from chair_app.core.errors import StorageUnavailable
from chair_app.models.db import DATABASE_FILE_NAME, SessionFactory, open_database
from chair_app.services.backup import (
    BACKUPS_FOLDER,
    list_backups,
    make_backup,
    restore_backup,
)
from chair_app.services.families import FamilyService
from chair_app.services.settings import SettingsService
from chair_app.services.storage import open_factory


def _family_names(database: Path) -> list[str]:
    connection = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in connection.execute("SELECT name FROM family ORDER BY id")]
    finally:
        connection.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_holds_writes_still_in_the_wal(factory: SessionFactory, data_dir: Path) -> None:
    families = FamilyService(factory)
    families.create_family("Fenwick-Arden")
    families.create_family("Okonjo-Marsh")
    # The engine is still open: the new rows may be in chair.sqlite3-wal, not yet in the file.
    assert (data_dir / f"{DATABASE_FILE_NAME}-wal").exists()

    path = make_backup(data_dir, "startup")

    assert path.parent == data_dir / BACKUPS_FOLDER
    assert path.name.startswith("chair-") and path.name.endswith("-startup.sqlite3")
    assert _family_names(path) == ["Fenwick-Arden", "Okonjo-Marsh"]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    # One self-contained file: no temporary name, no -wal beside it.
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_rotation_keeps_the_newest_n(factory: SessionFactory, data_dir: Path) -> None:
    SettingsService(factory).set_backups_kept(3)
    made = [make_backup(data_dir, f"test-{number}") for number in range(5)]

    kept = list_backups(data_dir)

    assert [backup.path for backup in kept] == made[:-4:-1]  # newest first
    assert [backup.reason for backup in kept] == ["test-4", "test-3", "test-2"]
    assert not made[0].exists() and not made[1].exists()


def test_rotation_defaults_to_ten(factory: SessionFactory, data_dir: Path) -> None:
    for number in range(12):
        make_backup(data_dir, f"test-{number}")

    assert len(list_backups(data_dir)) == 10
    assert SettingsService(factory).backups_kept() == 10


def test_restore_backs_up_first_and_brings_old_rows_back(
    factory: SessionFactory, data_dir: Path
) -> None:
    families = FamilyService(factory)
    families.create_family("Fenwick-Arden")
    old = make_backup(data_dir, "startup")
    families.create_family("Okonjo-Marsh")
    factory.kw["bind"].dispose()

    before = restore_backup(data_dir, old)

    assert before.name.endswith("-before-restore.sqlite3")
    assert _family_names(before) == ["Fenwick-Arden", "Okonjo-Marsh"]
    reopened = open_factory(data_dir)
    try:
        assert [f.name for f in FamilyService(reopened).list_families()] == ["Fenwick-Arden"]
    finally:
        reopened.kw["bind"].dispose()
    # And back again: the safety backup undoes the restore.
    restore_backup(data_dir, before)
    assert _family_names(data_dir / DATABASE_FILE_NAME) == ["Fenwick-Arden", "Okonjo-Marsh"]


def test_a_damaged_backup_is_not_restored(factory: SessionFactory, data_dir: Path) -> None:
    FamilyService(factory).create_family("Fenwick-Arden")
    factory.kw["bind"].dispose()
    broken = data_dir / BACKUPS_FOLDER / "chair-20261101T090000000000Z-startup.sqlite3"
    broken.parent.mkdir(mode=0o700)
    broken.write_bytes(os.urandom(4096))
    database = data_dir / DATABASE_FILE_NAME
    digest = _digest(database)

    with pytest.raises(StorageUnavailable, match="damaged"):
        restore_backup(data_dir, broken)

    assert _digest(database) == digest


def _truncated_database(folder: Path) -> Path:
    store = open_factory(folder)
    families = FamilyService(store)
    for number in range(40):
        families.create_family(f"Fictional family {number} " + "x" * 400)
    store.kw["bind"].dispose()
    path = folder / DATABASE_FILE_NAME
    data = path.read_bytes()
    assert len(data) > 8192
    path.write_bytes(data[: len(data) // 2])
    return path


@pytest.mark.parametrize("damage", ["random bytes", "truncated database", "foreign database"])
def test_a_damaged_or_foreign_file_is_refused_and_left_unchanged(
    data_dir: Path, damage: str
) -> None:
    path = data_dir / DATABASE_FILE_NAME
    if damage == "random bytes":
        path.write_bytes(os.urandom(16384))
    elif damage == "truncated database":
        _truncated_database(data_dir)
    else:
        other = sqlite3.connect(path)
        other.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")
        other.execute("INSERT INTO recipes (title) VALUES ('Fictional soup')")
        other.commit()
        other.close()
    digest = _digest(path)
    files_before = sorted(p.name for p in data_dir.iterdir())

    with pytest.raises(StorageUnavailable) as raised:
        open_database(path)

    message = str(raised.value)
    assert str(path) in message
    assert "backup can be opened" in message
    assert _digest(path) == digest
    assert sorted(p.name for p in data_dir.iterdir()) == files_before


def test_the_cli_refuses_a_damaged_file(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from chair_app.cli import main

    path = data_dir / DATABASE_FILE_NAME
    path.write_bytes(os.urandom(16384))
    digest = _digest(path)
    secret = data_dir.parent / "passphrase.txt"
    secret.write_text("correct horse battery\n", encoding="utf-8")

    assert main(["list", "--data-dir", str(data_dir), "--passphrase-file", str(secret)]) == 2

    assert "backup can be opened" in capsys.readouterr().err
    assert _digest(path) == digest


def test_closing_a_meeting_makes_a_backup(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as dt
    import functools

    from chair_app.services import demo
    from chair_app.services.meetings import MeetingService

    # The demo family's closed meeting is closed through MeetingService.close, as the chair would.
    monkeypatch.setattr(
        demo, "MeetingService", functools.partial(MeetingService, backup_data_dir=data_dir)
    )
    store = open_factory(data_dir)
    try:
        demo.create_demo_family(store, dt.date(2026, 11, 23))
        closed = [
            meeting
            for summary in FamilyService(store).list_families()
            for meeting in FamilyService(store).get_family(summary.id).meetings
            if meeting.status.name == "CLOSED"
        ]
    finally:
        store.kw["bind"].dispose()

    backups = list_backups(data_dir)
    assert closed and len(backups) == len(closed)
    assert {backup.reason for backup in backups} == {"meeting-closed"}


def _backdate(path: Path, days: int) -> Path:
    """Rename a backup as if it had been taken ``days`` ago (its time is in its name)."""
    import datetime as dt

    from chair_app.services.backup import _STAMP_FORMAT

    when = dt.datetime.now(dt.UTC) - dt.timedelta(days=days)
    target = path.with_name(f"chair-{when.strftime(_STAMP_FORMAT)}-older.sqlite3")
    path.rename(target)
    return target


def test_restarts_never_push_older_generations_out(factory: SessionFactory, data_dir: Path) -> None:
    families = FamilyService(factory)
    older = []
    for days in (3, 9, 20, 40):
        families.create_family(f"Family of {days} days ago")
        older.append(_backdate(make_backup(data_dir, "test"), days))
    for number in range(15):  # fifteen starts today, each changing something
        families.create_family(f"Restart {number}")
        make_backup(data_dir, "startup")
    kept = {backup.path for backup in list_backups(data_dir)}
    assert set(older) <= kept  # a day's, a week's generations stay
    assert len(kept) == 10 + len(older)


def test_an_unchanged_start_takes_no_new_backup(factory: SessionFactory, data_dir: Path) -> None:
    FamilyService(factory).create_family("Fenwick-Arden")
    first = make_backup(data_dir, "startup")
    assert make_backup(data_dir, "startup") == first  # nothing changed since: not taken again
    assert len(list_backups(data_dir)) == 1
    FamilyService(factory).create_family("Okonjo-Marsh")
    assert make_backup(data_dir, "startup") != first
    assert len(list_backups(data_dir)) == 2
    # Other reasons (closing a meeting, before an import) always take their backup.
    assert make_backup(data_dir, "meeting-closed") not in (first,)


def test_closing_a_meeting_folds_the_wal_into_the_file(
    factory: SessionFactory, data_dir: Path
) -> None:
    """After a meeting closes its record is in the data file itself, so a lost or damaged WAL
    costs little."""
    import datetime as dt

    from chair_app.core.domain import MeetingType
    from chair_app.models.repositories import MeetingRepository

    families = FamilyService(factory)
    family_id = families.create_family("Fenwick-Arden")
    meetings = MeetingRepository(factory)
    meeting_id = meetings.create(
        family_id, MeetingType.CHILD_IN_NEED, dt.date(2026, 11, 23), None, "Room 1", None, None
    )
    wal = data_dir / (DATABASE_FILE_NAME + "-wal")
    assert wal.stat().st_size > 0  # the writes so far sit in the WAL
    meetings.close(meeting_id, families.get_family(family_id))
    assert wal.stat().st_size == 0


def test_the_generations_kept_are_settings(factory: SessionFactory, data_dir: Path) -> None:
    """A council that must keep a month of daily backups, and no weekly ones, can say so."""
    settings = SettingsService(factory)
    settings.set_backups_kept(2)
    settings.set_backup_days(30)
    settings.set_backup_weeks(0)
    assert (settings.backup_days(), settings.backup_weeks()) == (30, 0)
    families = FamilyService(factory)
    daily = []
    for days in (20, 25):  # older than the default 14 days, within 30
        families.create_family(f"Family of {days} days ago")
        daily.append(_backdate(make_backup(data_dir, "test"), days))
    families.create_family("Family of 45 days ago")
    weekly = _backdate(make_backup(data_dir, "test"), 45)  # only a weekly generation held it
    for number in range(3):
        families.create_family(f"Restart {number}")
        make_backup(data_dir, "startup")
    kept = {backup.path for backup in list_backups(data_dir)}
    assert set(daily) <= kept
    assert weekly not in kept
    assert len(kept) == 2 + len(daily)


def test_settings_out_of_range_are_brought_within_it(factory: SessionFactory) -> None:
    settings = SettingsService(factory)
    settings.set_backup_days(-3)
    settings.set_backup_weeks(10_000)
    assert settings.backup_days() == 0
    assert settings.backup_weeks() == 520


def test_an_unchanged_start_is_found_without_holding_every_row(
    factory: SessionFactory, data_dir: Path
) -> None:
    import tracemalloc

    FamilyService(factory).create_family("Fenwick-Arden")
    connection = sqlite3.connect(data_dir / DATABASE_FILE_NAME)
    with connection:
        connection.executemany(
            "INSERT INTO setting (key, value) VALUES (?, ?)",
            ((f"note:{n}", "x" * 200) for n in range(30_000)),
        )
    connection.close()
    first = make_backup(data_dir, "startup")
    tracemalloc.start()
    try:
        # The data file and the newest backup are compared row by row as they are read: a
        # large record does not have to fit in memory twice over to be backed up at start-up.
        assert make_backup(data_dir, "startup") == first
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000, f"comparing held {peak / 1e6:.1f} MB"
