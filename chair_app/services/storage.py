"""Opening the data folder: the passphrase, encrypting an older plain file, schema upgrades,
backups, and putting a good backup in place of a damaged file.

The passphrase is never written anywhere. SQLCipher derives the key from it (PBKDF2-HMAC-SHA512,
256,000 iterations in SQLCipher 4) each time a connection opens; the open ``Store`` keeps it in
memory only, for new connections, backups and the lock screen.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from chair_app import paths
from chair_app.core.errors import StorageUnavailable, WrongPassphrase
from chair_app.core.language import translate
from chair_app.models.sqlite_files import (
    DATABASE_FILE_NAME,
    FileKind,
    connect,
    damaged_file,
    database_errors,
    file_kind,
    quick_check,
)
from chair_app.services.backup import (
    Backup,
    backups_folder,
    list_backups,
    made_under_earlier_passphrase,
    make_backup,
    restore_backup,
)
from chair_app.services.key_tags import read_tag, remove_tag, write_tag
from chair_app.services.output_files import sync_to_disk

if TYPE_CHECKING:  # SQLAlchemy loads only once the data is opened (models.db), after the first
    # screen, whose checks (the lock, the file's kind, the demo's folder) need none of it.
    from chair_app.models.db import SessionFactory

logger = logging.getLogger(__name__)

# The demo family's folder is marked, and opens with a published passphrase (chair_app.paths).
DEMO_MARKER_FILE, DEMO_PASSPHRASE = paths.DEMO_MARKER_FILE, paths.DEMO_PASSPHRASE
MIN_PASSPHRASE_LENGTH = 8
_WAL_SUFFIXES = ("-wal", "-shm")


class StoreState(enum.Enum):
    NEW = "new"  # nothing stored yet: a passphrase is set
    PLAIN = "plain"  # written by an earlier, unencrypted version: encrypted once one is set
    ENCRYPTED = "encrypted"  # opens with its passphrase
    # The data file is empty or gone but backups exist: data lost, not a new store. Opening
    # is refused (DataMissing) and the newest backup offered; its passphrase is asked for.
    MISSING = "missing"


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_FILE_NAME


def lock_data_folder(data_dir: Path) -> None:
    """Take the data folder for this process: one writer at a time (models.db).

    Raises:
        StorageUnavailable: another copy of Chair has the data open, the folder is read-only,
            or the lock cannot be made.
    """
    from chair_app.models.sqlite_files import lock_data_folder as lock

    lock(data_dir)


def check_plain_file(data_dir: Path) -> None:
    """Refuse a plain (not yet encrypted) data file that is damaged or another program's,
    before any passphrase is asked for or anything writes to it.

    Raises:
        StorageUnavailable: naming the file.
    """
    from chair_app.models.db import check_integrity

    check_integrity(database_path(data_dir), None)


def store_state(data_dir: Path) -> StoreState:
    """What opening the folder will ask for. A damaged file counts as encrypted when it could
    be one: only the passphrase can tell them apart.

    Raises:
        StorageUnavailable: the data folder is a file, or the data file cannot be a database.
    """
    if data_dir.exists() and not data_dir.is_dir():
        raise StorageUnavailable(
            translate(
                "Storage", "The data folder {folder} cannot be created: there is a file of that name."
            ).format(folder=data_dir)
        )
    kind = file_kind(database_path(data_dir))
    if kind is FileKind.FOREIGN:
        logger.warning("data file is not a database")
        raise damaged_file(database_path(data_dir))
    if kind is FileKind.EMPTY:
        return StoreState.MISSING if list_backups(data_dir) else StoreState.NEW
    if kind is FileKind.PLAIN:
        return StoreState.PLAIN
    return StoreState.ENCRYPTED


def is_demo_folder(data_dir: Path) -> bool:
    return (data_dir / DEMO_MARKER_FILE).is_file()


def prepare_demo_folder(data_dir: Path, *, known_demo: bool = False) -> None:
    """Mark a folder as the demo's. A folder that already holds other data is refused: the
    demo family is never mixed with real records.

    Args:
        known_demo: the folder is the app's own demo folder (an earlier version left it
            unmarked, and plain: it is marked and then encrypted under the demo's passphrase).

    Raises:
        StorageUnavailable: the folder holds data that is not the demo's, or cannot be written.
    """
    if is_demo_folder(data_dir):
        return
    if not known_demo and file_kind(database_path(data_dir)) is not FileKind.EMPTY:
        raise StorageUnavailable(
            translate(
                "Storage",
                "{folder} already holds records that are not the demo's. The demo family "
                "lives in a folder of its own: choose an empty folder for it.",
            ).format(folder=data_dir)
        )
    try:
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        (data_dir / DEMO_MARKER_FILE).write_text(
            "This folder holds Chair's fictional demo family. Its passphrase is "
            f"'{DEMO_PASSPHRASE}'.\n",
            encoding="utf-8",
        )
    except OSError as error:
        raise StorageUnavailable(
            translate("Storage", "The demo's folder {folder} cannot be used: {reason}.").format(
                folder=data_dir, reason=error.strerror
            )
        ) from error


def passphrase_problem(passphrase: str, repeated: str | None = None) -> str:
    """Why a new passphrase cannot be used, in plain words; "" when it can."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return translate(
            "Storage",
            "Use at least {count} characters. A few ordinary words together "
            "make a passphrase that is easy to remember and hard to guess.",
        ).format(count=MIN_PASSPHRASE_LENGTH)
    if any(unicodedata.category(char) in ("Cc", "Cs") for char in passphrase):
        return translate(
            "Storage", "The passphrase has an invisible control character in it. Type it again."
        )
    if passphrase != passphrase.strip():
        return translate("Storage", "The passphrase starts or ends with a space. Take the space out.")
    if repeated is not None and repeated != passphrase:
        return translate("Storage", "The two passphrases are not the same. Type them again.")
    return ""


@dataclass
class Store:
    """An open data folder: its session factory and, in memory only, its passphrase."""

    data_dir: Path
    factory: SessionFactory
    passphrase: str | None = field(repr=False)
    # A sentence for the user about what opening did (a cut-short change of passphrase
    # finished or undone); "" when there is nothing to say.
    notice: str = ""

    # True for the team server's record (services.online): no local file, backups or passphrase.
    online = False

    @property
    def is_encrypted(self) -> bool:
        return self.passphrase is not None

    @property
    def can_change_passphrase(self) -> bool:
        return self.passphrase is not None

    def close(self) -> None:
        """Release the file's connections (a checkpoint folds the WAL into the file)."""
        self.factory.kw["bind"].dispose()

    def backup(self, reason: str) -> Path:
        return make_backup(self.data_dir, reason, passphrase=self.passphrase)

    def restore(self, backup: Path) -> Path:
        """Put a backup's data in place (the data as it was is backed up first). Close the
        store first; open it again afterwards."""
        return restore_backup(self.data_dir, backup, self.passphrase)

    def passphrase_matches(self, attempt: str) -> bool:
        """For the lock screen: the same passphrase, compared in constant time."""
        if self.passphrase is None:
            return True
        import hmac  # loads OpenSSL: not at start-up, when only the lock and the file are checked

        return hmac.compare_digest(attempt.encode("utf-8"), self.passphrase.encode("utf-8"))

    def change_passphrase(self, current: str, new: str) -> None:
        """Re-key the data file and its backups under a new passphrase (services.rekey: copies
        written and checked, then renamed, so a crash at any moment loses nothing). Close the
        store first; the store then opens the file again under the new passphrase.

        Raises:
            WrongPassphrase: ``current`` is not the passphrase.
            StorageUnavailable: the file could not be re-keyed (it still opens with the old one).
        """
        from chair_app.models.db import make_session_factory, open_database
        from chair_app.services.rekey import change_passphrase

        if not self.passphrase_matches(current) or self.passphrase is None:
            raise WrongPassphrase(
                translate("Storage", "The current passphrase is not right. Nothing has been changed.")
            )
        problem = passphrase_problem(new)
        if problem:
            raise StorageUnavailable(problem)
        self.close()
        left = change_passphrase(self.data_dir, current, new)
        if left == 1:
            self.notice = translate(
                "Storage",
                "1 backup could not be re-keyed: it opens with the old passphrase only, and is "
                "listed as made under an earlier passphrase.",
            )
        elif left:
            self.notice = translate(
                "Storage",
                "{count} backups could not be re-keyed: they open with the old passphrase only, "
                "and are listed as made under an earlier passphrase.",
            ).format(count=left)
        else:
            self.notice = ""
        self.passphrase = new
        self.factory = make_session_factory(open_database(database_path(self.data_dir), new))
        logger.info("passphrase changed")


class DataMissing(StorageUnavailable):
    """The data file is empty or gone while backups of it exist; nothing was changed."""


def _data_missing(data_dir: Path) -> DataMissing:
    return DataMissing(
        translate(
            "Storage",
            "The data file {file} is empty or missing, but Chair has backups of "
            "it in {folder}. Chair has not started a new, empty store in its "
            "place. The newest backup can be put back: Chair's window offers it once the "
            "passphrase is typed.",
        ).format(file=database_path(data_dir), folder=backups_folder(data_dir))
    )


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def open_store(data_dir: Path, passphrase: str | None = None) -> Store:
    """Open the data folder's database.

    With a passphrase (the app always gives one): a new file is created encrypted; a plain file
    from an earlier version is backed up, encrypted, checked, and its plain backups removed; an
    encrypted file is opened with it. An older schema is migrated after a backup. Without a
    passphrase the file stays plain (tests and tools).

    Raises:
        WrongPassphrase: the passphrase does not open the file; nothing was changed.
        NewerSchema: a newer Chair wrote the file; nothing was changed.
        StorageUnavailable: the file is damaged or foreign, or the folder unusable.
    """
    from chair_app.models.db import make_session_factory, open_database
    from chair_app.services.rekey import finish_or_undo

    # First: until a cut-short change of passphrase is finished or undone, its copies are not
    # leftovers, and the passphrase may open either side.
    notice = finish_or_undo(data_dir, passphrase)
    remove_leftover_temporaries(data_dir)
    database = database_path(data_dir)
    if file_kind(database) is FileKind.EMPTY and list_backups(data_dir):
        logger.warning("data file empty or missing, backups present")
        raise _data_missing(data_dir)
    if passphrase is not None and file_kind(database) is FileKind.PLAIN:
        encrypt_plain_file(data_dir, passphrase)

    def before_upgrade() -> None:
        make_backup(data_dir, "before-upgrade", passphrase=passphrase)

    engine = open_database(database, passphrase, before_upgrade=before_upgrade)
    return Store(data_dir, make_session_factory(engine), passphrase, notice)


def open_factory(data_dir: Path, passphrase: str | None = None) -> SessionFactory:
    """Open the database in data_dir as ``open_store`` does, and give only its session factory
    (scripts and tests that hold the data open until the process ends).

    Raises:
        StorageUnavailable: with a message for the user (WrongPassphrase for a wrong passphrase).
    """
    return open_store(data_dir, passphrase).factory


def open_store_read_only(data_dir: Path, passphrase: str | None = None) -> Store:
    """Open the data folder's database to read only, for the commands that only read (list,
    people, verify). Nothing in the folder is written: no leftover is tidied, no backup made,
    no plain file encrypted (give no passphrase for one), no schema upgraded, and the log is
    read, never folded into the file. A read-only folder can be read.

    Raises:
        DataMissing: the data file is empty or missing while backups of it exist.
        WrongPassphrase, NeedsUpgrade, NewerSchema, StorageUnavailable: see
            models.db.open_database_read_only; in each case nothing was changed.
    """
    from chair_app.models.db import make_session_factory, open_database_read_only

    database = database_path(data_dir)
    if file_kind(database) is FileKind.EMPTY and list_backups(data_dir):
        logger.warning("data file empty or missing, backups present")
        raise _data_missing(data_dir)
    engine = open_database_read_only(database, passphrase)
    return Store(data_dir, make_session_factory(engine), passphrase)


# Temporary files the app writes and renames once complete, left behind only by a crash:
# an export's or record's ".<name>.<random>.part" (services.output_files), an encrypted
# package's ".<name>.partial" (services.record_package), a backup's
# ".chair-<time>-<reason>.sqlite3.partial" (services.backup), and a key tag's
# "<file>.key.partial" (services.key_tags).
_PACKAGE_TEMPORARY = re.compile(r"\..+\.partial")
_BACKUP_TEMPORARY = re.compile(r"\.chair-\d{8}T\d{12}Z-[a-z0-9-]+\.sqlite3(\.key)?\.partial")


def remove_leftover_temporaries(data_dir: Path) -> int:
    """Remove the app's own temporary files left in the data folder and its backups folder by
    a crash: only names of the app's patterns, only regular files, and only while no other copy
    of Chair may be writing them. Returns how many were removed."""
    from chair_app.models.sqlite_files import no_other_writer
    from chair_app.services.output_files import TEMP_NAME

    if not data_dir.is_dir() or not no_other_writer(data_dir):
        return 0
    wanted = (
        (data_dir, (TEMP_NAME, _PACKAGE_TEMPORARY)),
        (backups_folder(data_dir), (_BACKUP_TEMPORARY,)),
    )
    removed = 0
    for folder, patterns in wanted:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if not any(p.fullmatch(entry.name) for p in patterns):
                continue
            try:
                if entry.is_file(follow_symlinks=False):
                    os.unlink(entry.path)
                    removed += 1
            except OSError:
                logger.warning("a leftover temporary file could not be removed")
    if removed:
        logger.info("%d leftover temporary files removed", removed)
    return removed


def encrypt_plain_file(data_dir: Path, passphrase: str) -> None:
    """Encrypt a data file written by an earlier, unencrypted version.

    In order: the plain file is checked and backed up; an encrypted copy is written beside it
    with ``sqlcipher_export``, checked, and its rows counted against the plain file's; the
    plain file's WAL is folded in and the copy renamed over it (a crash before the rename
    leaves the plain file whole, after it the encrypted one); then every plain backup is
    removed and an encrypted one taken.

    Raises:
        StorageUnavailable: the plain file is damaged, or the copy could not be made (the plain
            file is then unchanged).
    """
    from sqlcipher3 import dbapi2 as sqlcipher

    from chair_app.models.db import check_integrity

    database = database_path(data_dir)
    check_integrity(database, None)
    make_backup(data_dir, "before-encryption")
    encrypted = data_dir / f".{DATABASE_FILE_NAME}.encrypting"
    encrypted.unlink(missing_ok=True)
    fd = os.open(encrypted, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    try:
        source = sqlcipher.connect(str(database))  # no key: SQLCipher reads plain SQLite
        try:
            source.execute(f"ATTACH DATABASE {_literal(str(encrypted))} AS encrypted "
                           f"KEY {_literal(passphrase)}")
            source.execute("SELECT sqlcipher_export('encrypted')")
            source.execute("DETACH DATABASE encrypted")
            counts = _row_counts(source)
        finally:
            source.close()
        if not quick_check(encrypted, passphrase):
            raise StorageUnavailable(
                translate("Storage", "The encrypted copy did not pass its check.")
            )
        copy = connect(encrypted, passphrase, read_only=True)
        try:
            if _row_counts(copy) != counts:
                raise StorageUnavailable(
                    translate("Storage", "The encrypted copy does not hold every row.")
                )
        finally:
            copy.close()
        sync_to_disk(encrypted)
        fold_wal(database, None)
        os.replace(encrypted, database)
        sync_to_disk(data_dir)
    except database_errors() as error:
        encrypted.unlink(missing_ok=True)
        raise StorageUnavailable(
            translate(
                "Storage", "The data in {folder} could not be encrypted, so it has been left as it was."
            ).format(folder=data_dir)
        ) from error
    except BaseException:
        encrypted.unlink(missing_ok=True)
        raise
    removed = remove_plain_backups(data_dir)
    logger.info("data file encrypted; %d plain backups removed", removed)
    make_backup(data_dir, "after-encryption", passphrase=passphrase)


def _row_counts(connection: object) -> dict[str, int]:
    tables = [
        row[0]
        for row in connection.execute(  # type: ignore[attr-defined]
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]  # type: ignore[attr-defined]
        for table in tables
    }


def fold_wal(database: Path, passphrase: str | None) -> None:
    """Write the WAL's pages into the file and remove ``-wal``/``-shm``: a stale WAL beside a
    file under another key (a plain file's beside its encrypted copy, an old key's beside a
    re-keyed file) would be read as part of it."""
    connection = connect(database, passphrase)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode=DELETE")
    finally:
        connection.close()
    for suffix in _WAL_SUFFIXES:
        database.with_name(database.name + suffix).unlink(missing_ok=True)



def remove_plain_backups(data_dir: Path) -> int:
    """Remove the backups that are not encrypted. Returns how many were removed."""
    removed = 0
    folder = backups_folder(data_dir)
    if not folder.is_dir():
        return 0
    for path in folder.iterdir():
        if path.is_file() and file_kind(path) is FileKind.PLAIN:
            path.unlink()
            removed += 1
    return removed


def latest_good_backup(data_dir: Path, passphrase: str | None) -> Backup | None:
    """The newest backup that opens with the passphrase and passes its check."""
    for backup in list_backups(data_dir):
        if quick_check(backup.path, passphrase):
            return backup
    return None


def replace_damaged_with_backup(data_dir: Path, passphrase: str | None) -> Backup:
    """Set the damaged data file aside (never overwritten: it is renamed, with its ``-wal``,
    into ``damaged-<time>/``) and put the newest good backup in its place.

    Raises:
        FolderReadOnly: the data folder cannot be written; nothing was moved.
        StorageUnavailable: there is no good backup, or the files could not be moved.
    """
    from chair_app.models.sqlite_files import folder_is_read_only, read_only_folder

    if folder_is_read_only(data_dir):
        raise read_only_folder(data_dir)
    backup = latest_good_backup(data_dir, passphrase)
    if backup is None:
        raise StorageUnavailable(
            translate(
                "Storage",
                "There is no backup in {folder} that opens with this passphrase "
                "and passes its check. Nothing has been changed.",
            ).format(folder=backups_folder(data_dir))
        )
    problem = not_damaged_but_earlier(data_dir, backup)
    if problem:
        raise WrongPassphrase(problem)
    database = database_path(data_dir)
    aside = data_dir / f"damaged-{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%SZ}"
    try:
        aside.mkdir(mode=0o700)
        for suffix in ("", *_WAL_SUFFIXES):
            part = database.with_name(database.name + suffix)
            if part.exists():
                os.replace(part, aside / part.name)
        source = connect(backup.path, passphrase, read_only=True)
        try:
            target = connect(database, passphrase)
            try:
                source.backup(target)
            finally:
                target.close()
        finally:
            source.close()
    except (OSError,) + database_errors() as error:
        if not aside.is_dir():
            raise StorageUnavailable(
                translate(
                    "Storage",
                    "The backup could not be put in place: the data folder {folder} cannot be "
                    "written to. Nothing has been changed.",
                ).format(folder=data_dir)
            ) from error
        raise StorageUnavailable(
            translate(
                "Storage",
                "The backup could not be put in place. The damaged file is kept in {folder}.",
            ).format(folder=aside)
        ) from error
    if not quick_check(database, passphrase):
        raise StorageUnavailable(
            translate(
                "Storage",
                "The backup put in place did not pass its check. The damaged file is kept in "
                "{folder}.",
            ).format(folder=aside)
        )
    # The data file is now under the backup's key: it takes the backup's tag (or none).
    tag = read_tag(backup.path)
    if tag is None:
        remove_tag(database)
    else:
        write_tag(database, tag)
    logger.info("damaged data file set aside; latest good backup opened")
    return backup


def earlier_passphrase() -> str:
    return translate(
        "Storage",
        "That passphrase is an earlier one: it opens backups made before the passphrase was "
        "changed, but the data itself is now under the newer passphrase. The data is not "
        "damaged. Type the current passphrase. Nothing has been changed.",
    )


def not_damaged_but_earlier(data_dir: Path, backup: Backup) -> str:
    """Why the data file is not damaged although the passphrase opens this backup and not the
    file: a change of passphrase is under way, or the backup is recorded as made under an
    earlier passphrase than the file's. "" when neither (the file may then be damaged)."""
    from chair_app.services.rekey import read_journal

    if read_journal(data_dir) is not None:
        return translate(
            "Storage",
            "A change of passphrase was interrupted. Type the old or the new passphrase. The "
            "data is not damaged, and nothing has been changed.",
        )
    if file_kind(database_path(data_dir)) is not FileKind.EMPTY and made_under_earlier_passphrase(
        data_dir, backup
    ):
        return earlier_passphrase()
    return ""


def damaged_but_backups_open(data_dir: Path, passphrase: str) -> bool:
    """After a refused passphrase: whether it opens a backup. If so the passphrase is right and
    the data file is damaged (unless the backup was made under an earlier passphrase)."""
    backup = latest_good_backup(data_dir, passphrase)
    return backup is not None and not not_damaged_but_earlier(data_dir, backup)
