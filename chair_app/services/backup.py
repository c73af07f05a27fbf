"""Backups of the data file, taken with SQLite's backup API and kept in rotation.

A live WAL database is never copied as a file: its latest writes may sit in the ``-wal`` file. The
backup API reads a consistent snapshot through SQLite instead (https://www.sqlite.org/backup.html).
Each backup is one self-contained file, ``<data>/backups/chair-<UTC time>-<reason>.sqlite3``,
written under a temporary name and renamed once checked. Backups are kept by generation
(core.retention): the newest N (the setting ``backups_kept``, 10 unless changed), plus the
newest of each of the last 14 days and of each of the last 8 weeks (the settings
``backup_days`` and ``backup_weeks``), so restarts never push the older ones out; a start-up backup of data unchanged since the newest backup is not taken again.
An encrypted data file's backups are encrypted with the
same passphrase (SQLCipher's backup between two connections keyed alike).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from chair_app.core.errors import StorageUnavailable
from chair_app.core.language import Language, display_language, translate
from chair_app.core.retention import DEFAULT_DAYS, DEFAULT_WEEKS, backups_to_keep
from chair_app.models.sqlite_files import (
    DATABASE_FILE_NAME,
    connect,
    database_errors,
    quick_check,
)
from chair_app.services.key_tags import read_tag, remove_tag, under_other_key, write_tag
from chair_app.services.output_files import sync_to_disk

if TYPE_CHECKING:  # the standard sqlite3 is loaded for a plain file only, not at start-up
    import sqlite3

logger = logging.getLogger(__name__)

BACKUPS_FOLDER = "backups"
BACKUPS_KEPT_KEY = "backups_kept"
DEFAULT_BACKUPS_KEPT = 10
BACKUP_DAYS_KEY = "backup_days"
BACKUP_DAYS_RANGE = (0, 365)
BACKUP_WEEKS_KEY = "backup_weeks"
BACKUP_WEEKS_RANGE = (0, 520)
_STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"chair-(\d{8}T\d{12}Z)-([a-z0-9-]+)\.sqlite3")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: dt.datetime  # UTC
    reason: str

    @property
    def label(self) -> str:
        """For a list: the local date and time, and why it was taken."""
        local = self.taken_at.astimezone()
        language = display_language()
        reason = _REASONS.get(self.reason)
        why = reason() if reason else self.reason.replace("-", " ")
        if language is Language.ENGLISH:
            return f"{local:%d %B %Y, %H:%M:%S} ({why})"
        from babel.dates import format_datetime

        when = format_datetime(local, "dd MMMM y, HH:mm:ss", locale=language.locale_name)
        return f"{when} ({why})"


def backups_folder(data_dir: Path) -> Path:
    return data_dir / BACKUPS_FOLDER


def list_backups(data_dir: Path) -> list[Backup]:
    """The backups in the data folder, newest first."""
    folder = backups_folder(data_dir)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.fullmatch(path.name)
        if match is None or not path.is_file():
            continue
        taken = dt.datetime.strptime(match.group(1), _STAMP_FORMAT).replace(tzinfo=dt.UTC)
        found.append(Backup(path, taken, match.group(2)))
    return sorted(found, key=lambda backup: backup.taken_at, reverse=True)


@dataclass(frozen=True)
class Generations:
    """How many backups are kept: the newest ``last``, and the newest of each of the last
    ``days`` days and ``weeks`` weeks."""

    last: int = DEFAULT_BACKUPS_KEPT
    days: int = DEFAULT_DAYS
    weeks: int = DEFAULT_WEEKS


def within(value: str | None, default: int, low: int, high: int) -> int:
    """A stored whole-number setting, brought within its range (the default if unreadable)."""
    try:
        number = int(value) if value is not None else default
    except ValueError:
        number = default
    return min(high, max(low, number))


def _generations(connection: sqlite3.Connection) -> Generations:  # or SQLCipher's connection
    """The settings (SettingsRepository's table), read from the source file."""
    try:
        stored = dict(
            connection.execute(
                "SELECT key, value FROM setting WHERE key IN (?, ?, ?)",
                (BACKUPS_KEPT_KEY, BACKUP_DAYS_KEY, BACKUP_WEEKS_KEY),
            ).fetchall()
        )
    except database_errors():
        stored = {}
    return Generations(
        within(stored.get(BACKUPS_KEPT_KEY), DEFAULT_BACKUPS_KEPT, 1, 10_000),
        within(stored.get(BACKUP_DAYS_KEY), DEFAULT_DAYS, *BACKUP_DAYS_RANGE),
        within(stored.get(BACKUP_WEEKS_KEY), DEFAULT_WEEKS, *BACKUP_WEEKS_RANGE),
    )



def _write_backup(
    source: sqlite3.Connection, data_dir: Path, reason: str, passphrase: str | None
) -> Path:
    folder = backups_folder(data_dir)
    folder.mkdir(mode=0o700, exist_ok=True)
    os.chmod(folder, 0o700)
    slug = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-") or "backup"
    now = dt.datetime.now(dt.UTC)
    while True:
        final = folder / f"chair-{now.strftime(_STAMP_FORMAT)}-{slug}.sqlite3"
        if not final.exists():
            break
        now += dt.timedelta(microseconds=1)
    temporary = folder / f".{final.name}.partial"
    fd = os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    try:
        target = connect(temporary, passphrase)
        try:
            source.backup(target)
            # One self-contained file: no -wal beside it.
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
        if not quick_check(temporary, passphrase):
            raise StorageUnavailable(
                translate("Backup", "The backup {name} could not be checked after writing.").format(
                    name=final.name
                )
            )
        fd = os.open(temporary, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temporary, final)
        sync_to_disk(folder)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    # Made under the data file's passphrase: it carries the data file's key tag, if it has one.
    tag = read_tag(data_dir / DATABASE_FILE_NAME)
    if tag is not None:
        write_tag(final, tag)
    return final


def made_under_earlier_passphrase(data_dir: Path, backup: Backup) -> bool:
    """Whether the backup is recorded as made under another passphrase than the data file's
    (an earlier one: re-keying it failed, or was cut short). Such a backup is not damaged."""
    return under_other_key(backup.path, data_dir / DATABASE_FILE_NAME)


def _rotate(data_dir: Path, generations: Generations) -> None:
    backups = list_backups(data_dir)
    kept = backups_to_keep(
        [b.taken_at for b in backups],
        dt.datetime.now(dt.UTC),
        last=generations.last,
        days=generations.days,
        weeks=generations.weeks,
    )
    for index, old in enumerate(backups):
        if index in kept:
            continue
        try:
            old.path.unlink()
        except OSError:
            logger.warning("an old backup could not be removed")
            continue
        remove_tag(old.path)


def _content_digest(connection: sqlite3.Connection) -> str:
    """A digest of every row of every table: equal for two files holding the same data, even
    when encryption makes their bytes differ.

    Rows are hashed as they are read, one at a time, and their hashes added up (modulo 2**256):
    the order rows come back in does not matter, and no list of every row is ever held.
    """
    import hashlib

    digest = hashlib.sha256()
    tables = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        )
    ]
    for table in tables:
        quoted = '"' + table.replace('"', '""') + '"'
        total, count = 0, 0
        for row in connection.execute(f"SELECT * FROM {quoted}"):
            total += int.from_bytes(hashlib.sha256(repr(row).encode()).digest(), "big")
            count += 1
        digest.update(f"{table}\0{count}\0{total % 2**256:064x}\0".encode())
    return digest.hexdigest()


def _unchanged_since(source: sqlite3.Connection, backup: Path, passphrase: str | None) -> bool:
    try:
        newest = connect(backup, passphrase, read_only=True)
        try:
            return _content_digest(source) == _content_digest(newest)
        finally:
            newest.close()
    except (OSError,) + database_errors():
        return False


def make_backup(
    data_dir: Path, reason: str, *, keep: int | None = None, passphrase: str | None = None
) -> Path:
    """Back up the data file, then keep the newest ``keep`` backups (the setting if None) and
    the older generations (core.retention). A start-up backup of data unchanged since the
    newest backup is not taken again: that backup's path is returned.

    Args:
        passphrase: the data file's (None for a plain file); the backup is encrypted with it.

    Returns:
        The new backup's path.

    Raises:
        StorageUnavailable: the data file is missing, or the backup could not be written.
    """
    database = data_dir / DATABASE_FILE_NAME
    if not database.is_file():
        raise StorageUnavailable(
            translate("Backup", "There is no data file {file} to back up.").format(file=database)
        )
    try:
        source = connect(database, passphrase)
        try:
            generations = _generations(source)
            if keep is not None:
                generations = Generations(max(1, keep), generations.days, generations.weeks)
            newest = list_backups(data_dir)[:1]
            if reason == "startup" and newest and _unchanged_since(
                source, newest[0].path, passphrase
            ):
                # Nothing changed since the newest backup: a copy would only push one out.
                logger.info("backup not taken: nothing changed since the newest")
                return newest[0].path
            path = _write_backup(source, data_dir, reason, passphrase)
        finally:
            source.close()
    except (OSError,) + database_errors() as error:
        logger.warning("backup failed: %s", type(error).__name__)
        raise StorageUnavailable(
            translate("Backup", "A backup of {file} could not be written in {folder}.").format(
                file=database, folder=backups_folder(data_dir)
            )
        ) from error
    _rotate(data_dir, generations)
    logger.info("backup written (%s)", reason)
    return path


def restore_backup(data_dir: Path, backup_path: Path, passphrase: str | None = None) -> Path:
    """Replace the data with a backup's, after backing up the current data.

    The current file is replaced through the backup API (never by copying files over a live
    database), then checked with ``quick_check``. Connections to the data should be closed first.

    Returns:
        The backup of the data as it was before the restore.

    Raises:
        StorageUnavailable: the backup is damaged, or the data could not be replaced.
    """
    database = data_dir / DATABASE_FILE_NAME
    if not quick_check(backup_path, passphrase):
        if under_other_key(backup_path, database):
            raise StorageUnavailable(
                translate(
                    "Backup",
                    "The backup {name} was made under an earlier passphrase, so it "
                    "does not open with the current one and has not been restored. It is not "
                    "damaged. Nothing has been changed. Choose another backup.",
                ).format(name=backup_path.name)
            )
        raise StorageUnavailable(
            translate(
                "Backup",
                "The backup {name} is damaged, or was made under another passphrase, "
                "so it has not been restored. Nothing has been changed. Choose another backup.",
            ).format(name=backup_path.name)
        )
    try:
        # Read into memory first: rotation after the safety backup may remove the chosen file.
        held = connect(Path(":memory:"), passphrase)
        chosen = connect(backup_path, passphrase, read_only=True)
        try:
            chosen.backup(held)
        finally:
            chosen.close()
    except database_errors() as error:
        raise StorageUnavailable(
            translate(
                "Backup", "The backup {name} could not be read, so nothing has been changed."
            ).format(name=backup_path.name)
        ) from error
    try:
        before = make_backup(data_dir, "before-restore", passphrase=passphrase)
        try:
            target = connect(database, passphrase)
            try:
                held.backup(target)
                target.execute("PRAGMA journal_mode=WAL")
                target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                target.close()
        except database_errors() as error:
            raise StorageUnavailable(
                translate(
                    "Backup",
                    "The data file {file} could not be replaced. The data as it was is "
                    "backed up in {backup}.",
                ).format(file=database, backup=before.name)
            ) from error
    finally:
        held.close()
    if not quick_check(database, passphrase):
        raise StorageUnavailable(
            translate(
                "Backup",
                "The restored data file {file} did not pass its check. The data as it was is "
                "backed up in {backup}; restore that one.",
            ).format(file=database, backup=before.name)
        )
    logger.info("backup restored")
    return before


# Why a backup was taken (the end of its file name), as its label says it.
_REASONS: dict[str, Callable[[], str]] = {
    "startup": lambda: translate("Backup", "startup"),
    "meeting-closed": lambda: translate("Backup", "meeting closed"),
    "before-import": lambda: translate("Backup", "before import"),
    "before-upgrade": lambda: translate("Backup", "before upgrade"),
    "before-encryption": lambda: translate("Backup", "before encryption"),
    "after-encryption": lambda: translate("Backup", "after encryption"),
    "before-restore": lambda: translate("Backup", "before restore"),
}
