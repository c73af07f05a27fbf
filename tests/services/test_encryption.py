"""Encryption at rest: the record is unreadable without the passphrase, in the data file, its
WAL, and its backups; a wrong passphrase changes nothing; re-keying; an earlier version's plain
file is encrypted after a backup and its plain backups removed. Only fictional people."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from chair_app.core.errors import StorageUnavailable, WrongPassphrase
from chair_app.models.db import DATABASE_FILE_NAME, FileKind, file_kind, quick_check
from chair_app.services.backup import list_backups
from chair_app.services.families import FamilyService
from chair_app.services.storage import (
    DEMO_PASSPHRASE,
    StoreState,
    open_store,
    passphrase_problem,
    prepare_demo_folder,
    replace_damaged_with_backup,
    store_state,
)

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "chair-0.1.0.sqlite3"
PASSPHRASE = "plum orchard lantern"
# Every name of the demo family and its network (services.demo), and the words of a note.
DEMO_NAMES = ["Marlowe", "Kerry", "Jodie", "Tyler", "Priya Desai", "Desai"]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _all_bytes(folder: Path) -> dict[Path, bytes]:
    """Every file under the data folder: the database, its -wal and -shm, the backups."""
    return {path: path.read_bytes() for path in folder.rglob("*") if path.is_file()}


def _demo_store(data_dir: Path):
    import datetime as dt

    from chair_app.services.demo import ensure_demo_family

    prepare_demo_folder(data_dir)
    store = open_store(data_dir, DEMO_PASSPHRASE)
    ensure_demo_family(store.factory, dt.date(2026, 11, 25))
    return store


def test_demo_names_never_appear_in_the_file_its_wal_or_its_backups(data_dir: Path) -> None:
    store = _demo_store(data_dir)
    store.backup("startup")
    # The WAL is checked while the store is still open: that is when it holds recent writes.
    wal = data_dir / (DATABASE_FILE_NAME + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    files = _all_bytes(data_dir)
    store.close()
    files.update(_all_bytes(data_dir))

    assert any(path.parent.name == "backups" for path in files)
    for path, data in files.items():
        for name in DEMO_NAMES:
            for encoding in ("utf-8", "utf-16-le"):
                assert name.encode(encoding) not in data, f"{name} readable in {path.name}"


def test_the_check_finds_names_in_a_plain_file(data_dir: Path) -> None:
    """The byte search above can fail: without encryption the names are there."""
    import datetime as dt

    from chair_app.services.demo import ensure_demo_family

    store = open_store(data_dir, None)
    ensure_demo_family(store.factory, dt.date(2026, 11, 25))
    store.close()
    data = (data_dir / DATABASE_FILE_NAME).read_bytes()
    assert b"Marlowe" in data


def test_the_data_opens_again_with_its_passphrase(data_dir: Path) -> None:
    store = open_store(data_dir, PASSPHRASE)
    FamilyService(store.factory).create_family("Ashdown-Vale")
    store.close()
    assert file_kind(data_dir / DATABASE_FILE_NAME) is FileKind.ENCRYPTED
    assert store_state(data_dir) is StoreState.ENCRYPTED

    again = open_store(data_dir, PASSPHRASE)
    assert [f.name for f in FamilyService(again.factory).list_families()] == ["Ashdown-Vale"]
    again.close()


def test_a_wrong_passphrase_is_refused_clearly_and_changes_nothing(data_dir: Path) -> None:
    store = open_store(data_dir, PASSPHRASE)
    FamilyService(store.factory).create_family("Ashdown-Vale")
    store.close()
    before = {path: _digest(path) for path in data_dir.rglob("*") if path.is_file()}

    with pytest.raises(WrongPassphrase) as refused:
        open_store(data_dir, "plum orchard lanterns")

    assert "passphrase does not open" in str(refused.value)
    assert "Nothing has been changed" in str(refused.value)
    after = {path: _digest(path) for path in data_dir.rglob("*") if path.is_file()}
    assert after == before


def test_sqlite_alone_cannot_read_the_file(data_dir: Path) -> None:
    store = open_store(data_dir, PASSPHRASE)
    FamilyService(store.factory).create_family("Ashdown-Vale")
    store.close()
    connection = sqlite3.connect(data_dir / DATABASE_FILE_NAME)
    with pytest.raises(sqlite3.DatabaseError):
        connection.execute("SELECT name FROM family").fetchall()
    connection.close()


def test_changing_the_passphrase_rekeys_the_file_and_its_backups(data_dir: Path) -> None:
    store = open_store(data_dir, PASSPHRASE)
    FamilyService(store.factory).create_family("Ashdown-Vale")
    store.backup("startup")
    store.change_passphrase(PASSPHRASE, "quiet harbour morning")
    assert [f.name for f in FamilyService(store.factory).list_families()] == ["Ashdown-Vale"]
    store.close()

    with pytest.raises(WrongPassphrase):
        open_store(data_dir, PASSPHRASE)
    reopened = open_store(data_dir, "quiet harbour morning")
    reopened.close()
    (backup,) = list_backups(data_dir)
    assert quick_check(backup.path, "quiet harbour morning")
    assert not quick_check(backup.path, PASSPHRASE)


def test_changing_the_passphrase_needs_the_current_one(data_dir: Path) -> None:
    store = open_store(data_dir, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        store.change_passphrase("not it at all", "quiet harbour morning")
    store.close()
    open_store(data_dir, PASSPHRASE).close()


@pytest.mark.parametrize(
    ("passphrase", "repeated", "expected"),
    [
        ("short", "short", "at least 8 characters"),
        ("plum orchard", "plum orchad", "not the same"),
        ("plum\x00orchard", "plum\x00orchard", "control character"),
        (" plum orchard", " plum orchard", "starts or ends with a space"),
        ("plum orchard", "plum orchard", ""),
        ("مفتاح سري طويل", "مفتاح سري طويل", ""),  # any script will do
    ],
)
def test_a_new_passphrase_is_checked(passphrase: str, repeated: str, expected: str) -> None:
    problem = passphrase_problem(passphrase, repeated)
    assert (expected in problem) if expected else problem == ""


def test_a_quote_in_the_passphrase_is_not_sql(data_dir: Path) -> None:
    awkward = "it's a \"quoted\" pass; DROP TABLE family; --"
    store = open_store(data_dir, awkward)
    FamilyService(store.factory).create_family("Ashdown-Vale")
    store.close()
    again = open_store(data_dir, awkward)
    assert len(FamilyService(again.factory).list_families()) == 1
    again.close()


# An earlier version's plain file


def _released_data(data_dir: Path) -> Path:
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / DATABASE_FILE_NAME
    shutil.copy(FIXTURE, path)
    return path


def _rows(path: Path, passphrase: str | None) -> dict[str, list[tuple]]:
    """Every row of every table, in the columns the released (0.1.0) file has: later schema
    revisions add columns (0002: uuid), which the comparison leaves out."""
    import sqlite3

    from chair_app.models.db import connect

    released = sqlite3.connect(FIXTURE)
    connection = connect(path, passphrase, read_only=True)
    try:
        # The released file's tables (later revisions add tables, e.g. 0003: step_time).
        tables = [
            row[0]
            for row in released.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "AND name != 'alembic_version' ORDER BY name"
            )
        ]
        rows = {}
        for table in tables:
            old = [r[1] for r in released.execute(f'PRAGMA table_info("{table}")')]
            selected = ", ".join(f'"{c}"' for c in old) or "*"
            rows[table] = sorted(
                connection.execute(f'SELECT {selected} FROM "{table}"').fetchall(), key=repr
            )
        return rows
    finally:
        connection.close()
        released.close()


def test_a_plain_file_is_encrypted_after_a_backup_with_every_row_kept(data_dir: Path) -> None:
    path = _released_data(data_dir)
    plain_rows = _rows(path, None)
    assert store_state(data_dir) is StoreState.PLAIN
    assert sum(len(rows) for rows in plain_rows.values()) > 50

    store = open_store(data_dir, PASSPHRASE)
    store.close()

    assert file_kind(path) is FileKind.ENCRYPTED
    assert b"Marlowe" not in path.read_bytes()
    assert _rows(path, PASSPHRASE) == plain_rows
    # The plain backup made before encrypting is gone; an encrypted one is there instead.
    backups = list_backups(data_dir)
    # A schema upgrade after encrypting backs up first, encrypted too (none while the released
    # schema is still the newest).
    from chair_app.models.migrations import REVISIONS

    expected = ["after-encryption"] + (["before-upgrade"] if len(REVISIONS) > 1 else [])
    assert sorted(backup.reason for backup in backups) == expected
    for backup in backups:
        assert file_kind(backup.path) is FileKind.ENCRYPTED
        assert b"Marlowe" not in backup.path.read_bytes()
    assert not list(data_dir.glob(".*encrypting"))


def test_plain_backups_from_before_are_removed_too(data_dir: Path) -> None:
    from chair_app.services.backup import make_backup

    _released_data(data_dir)
    make_backup(data_dir, "startup")  # an earlier version's plain backup
    assert file_kind(list_backups(data_dir)[0].path) is FileKind.PLAIN

    open_store(data_dir, PASSPHRASE).close()

    for backup in list_backups(data_dir):
        assert file_kind(backup.path) is FileKind.ENCRYPTED


def test_a_failed_encryption_leaves_the_plain_file_as_it_was(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from chair_app.services import storage

    path = _released_data(data_dir)
    digest = _digest(path)
    monkeypatch.setattr(storage, "_row_counts", _failing_counts())

    with pytest.raises(StorageUnavailable) as refused:
        open_store(data_dir, PASSPHRASE)

    assert "every row" in str(refused.value)
    assert _digest(path) == digest
    assert file_kind(path) is FileKind.PLAIN
    assert not list(data_dir.glob(".*encrypting"))


def _failing_counts():
    calls = {"n": 0}

    def counts(connection):  # the second count (of the encrypted copy) comes out short
        calls["n"] += 1
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        result = {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        if calls["n"] == 2:
            result["family"] -= 1
        return result

    return counts


def test_a_damaged_encrypted_file_is_set_aside_and_the_latest_good_backup_opened(
    data_dir: Path,
) -> None:
    store = open_store(data_dir, PASSPHRASE)
    FamilyService(store.factory).create_family("Ashdown-Vale")
    store.backup("startup")
    store.close()
    path = data_dir / DATABASE_FILE_NAME
    damaged = bytearray(path.read_bytes())
    damaged[100:600] = bytes(500)  # page 1's encrypted bytes overwritten
    path.write_bytes(bytes(damaged))

    with pytest.raises(WrongPassphrase):
        open_store(data_dir, PASSPHRASE)
    backup = replace_damaged_with_backup(data_dir, PASSPHRASE)

    assert backup.reason == "startup"
    (aside,) = data_dir.glob("damaged-*")
    assert (aside / DATABASE_FILE_NAME).read_bytes() == bytes(damaged)
    reopened = open_store(data_dir, PASSPHRASE)
    assert [f.name for f in FamilyService(reopened.factory).list_families()] == ["Ashdown-Vale"]
    reopened.close()


def test_demo_folder_refuses_a_folder_holding_other_records(data_dir: Path) -> None:
    open_store(data_dir, PASSPHRASE).close()
    with pytest.raises(StorageUnavailable) as refused:
        prepare_demo_folder(data_dir)
    assert "not the demo's" in str(refused.value)


@pytest.mark.parametrize("how", ["emptied", "deleted"])
def test_an_empty_or_vanished_data_file_with_backups_is_missing_data_not_a_new_store(
    data_dir: Path, how: str
) -> None:
    """A 0-byte or deleted data file beside backups is reported as missing data, with the
    newest backup offered; it is never taken as a new, empty store (which would then push the
    real backups out of rotation)."""
    store = open_store(data_dir, PASSPHRASE)
    FamilyService(store.factory).create_family("Ashdown-Vale")
    store.backup("startup")
    store.close()
    database = data_dir / DATABASE_FILE_NAME
    for suffix in ("-wal", "-shm"):
        database.with_name(database.name + suffix).unlink(missing_ok=True)
    if how == "emptied":
        database.write_bytes(b"")
    else:
        database.unlink()
    before = _all_bytes(data_dir)
    assert store_state(data_dir) is StoreState.MISSING
    with pytest.raises(StorageUnavailable, match="is empty or missing") as refused:
        open_store(data_dir, PASSPHRASE)
    assert "backup" in str(refused.value)
    assert _all_bytes(data_dir) == before  # nothing made, nothing rotated
    replace_damaged_with_backup(data_dir, PASSPHRASE)
    again = open_store(data_dir, PASSPHRASE)
    assert [f.name for f in FamilyService(again.factory).list_families()] == ["Ashdown-Vale"]
    again.close()
