"""The data file as a file: what kind it is, DB-API connections to it (SQLCipher keyed once
per file, models.keys), its checks, and the one-writer lock on its folder.

No SQLAlchemy here: start-up reads the first screen through these before SQLAlchemy loads
(models.first_screen); models.db builds the engine on top of them.
"""

from __future__ import annotations

import enum
import logging
import os
from pathlib import Path
from typing import Any

from chair_app import paths
from chair_app.core.errors import FolderReadOnly, StorageUnavailable, WrongPassphrase
from chair_app.core.language import translate
from chair_app.models.keys import key_for, raw_key_pragma, remember

logger = logging.getLogger(__name__)

DATABASE_FILE_NAME = paths.DATABASE_FILE_NAME
LOCK_FILE_NAME = "chair.lock"


SQLITE_HEADER = b"SQLite format 3\x00"


class FileKind(enum.Enum):
    """What a data file is, from its first bytes (an encrypted file looks like noise)."""

    EMPTY = "empty"
    PLAIN = "plain"  # an SQLite database that is not encrypted
    ENCRYPTED = "encrypted"  # not plain SQLite, and shaped like SQLCipher's pages
    FOREIGN = "foreign"  # neither: another program's file, or a damaged one


def file_kind(path: Path) -> FileKind:
    """Tell a plain database from an encrypted one without a passphrase. SQLCipher files are
    whole pages (a multiple of 512 bytes) of what looks like random bytes."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return FileKind.EMPTY
    if size == 0:
        return FileKind.EMPTY
    if head == SQLITE_HEADER:
        return FileKind.PLAIN
    if size % 512 == 0:
        return FileKind.ENCRYPTED
    return FileKind.FOREIGN


def _wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _shm(path: Path) -> Path:
    return path.with_name(path.name + "-shm")


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def _quote(text: str) -> str:
    """An SQL string literal (PRAGMA key takes no bound parameters)."""
    return "'" + text.replace("'", "''") + "'"


def connect(path: Path, passphrase: str | None, *, read_only: bool = False) -> Any:
    """A DB-API connection to the file: SQLCipher keyed with the passphrase's key (worked out
    once per file in this process), or plain SQLite when there is none.

    A read-only connection writes nothing: not the file, nor its ``-wal`` or ``-shm``. With a
    log and its index, the log is read (its committed changes are seen) through an index mapped
    read-only (``readonly_shm``: SQLite keeps its own copy of the index when it must rebuild it);
    a log is never checkpointed into the file. Without a log (an empty one without its index)
    the file is read as it stands (``immutable``), and no ``-wal`` or ``-shm`` is made. A log without its
    index is the one case SQLite must write beside the file for (it makes the index):
    ``read_only_problem`` names it first for the commands that only read.

    Raises:
        sqlite3.Error or sqlcipher3.dbapi2.Error: the file cannot be opened (for an encrypted
            file: a wrong passphrase or a damaged file, which SQLCipher cannot tell apart).
    """
    if read_only:
        if _wal(path).exists() and _shm(path).exists():
            mode = "mode=ro&readonly_shm=1"
        elif _size(_wal(path)):
            mode = "mode=ro"
        else:
            # No log, so nobody has the file open (the log lasts as long as a connection).
            mode = "mode=ro&immutable=1"
        target, uri = f"{path.resolve().as_uri()}?{mode}", True
    else:
        target, uri = str(path), False
    if passphrase is None:
        import sqlite3  # plain files only (an earlier version's): not loaded for the others

        return sqlite3.connect(target, uri=uri, check_same_thread=False)
    from sqlcipher3 import dbapi2 as sqlcipher

    connection = sqlcipher.connect(target, uri=uri, check_same_thread=False)
    try:
        # SQLCipher logs failed decryptions to stderr by default; the message here says it.
        connection.execute("PRAGMA cipher_log_level = NONE")
        entry, key = key_for(path, passphrase)
        connection.execute(raw_key_pragma(key, entry))
        # The key is only tried on the first read: a wrong one fails here, not later.
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        connection.close()
        raise
    # Kept only once it opened the file: a wrong passphrase's key is not held.
    remember(entry, key)
    return connection


def database_errors() -> tuple[type[BaseException], ...]:
    """The errors either driver raises for a file it cannot use."""
    import sqlite3

    from sqlcipher3 import dbapi2 as sqlcipher

    return (sqlite3.Error, sqlcipher.Error)


def folder_is_read_only(data_dir: Path) -> bool:
    """Whether the data folder, or its data file, cannot be written (a read-only file system,
    or permissions): the one place Chair asks, before it writes anything there."""
    database = data_dir / DATABASE_FILE_NAME
    if not data_dir.is_dir():
        return False
    return not os.access(data_dir, os.W_OK) or (
        database.exists() and not os.access(database, os.W_OK)
    )


def read_only_folder(data_dir: Path) -> FolderReadOnly:
    # SQLite would say "attempt to write a readonly database"; say it in plain words.
    return FolderReadOnly(
        translate(
            "Storage",
            "The data folder {folder} is read-only. Chair needs to write to it to keep the "
            "record safe (its changes and backups), so nothing has been opened or changed. Ask "
            "your IT support to make it writable, or choose another folder.",
        ).format(folder=data_dir)
    )


def read_only_problem(path: Path) -> str:
    """Why the data file cannot be read without writing anything ("" when it can): its log
    holds changes but its index is missing, and SQLite would make the index beside it."""
    if _size(_wal(path)) and not _shm(path).exists():
        return translate(
            "Storage",
            "The data file {file} has changes in its log ({log}) without the "
            "log's index ({index}), so it cannot be read without writing beside "
            "it. This command only reads, so nothing has been changed. Open the data in "
            "Chair's window, which folds the changes into the file, then run the command again.",
        ).format(file=path, log=_wal(path).name, index=_shm(path).name)
    return ""


def damaged_file(path: Path) -> StorageUnavailable:
    return StorageUnavailable(
        translate(
            "Storage",
            "The data file {file} cannot be opened: it is not a database Chair can use (it is "
            "damaged, or another program's file), so Chair has left it unchanged. A backup can "
            "be opened instead: Chair keeps backups in {folder}.",
        ).format(file=path, folder=path.parent / "backups")
    )


def damaged_log(path: Path, problem: str) -> StorageUnavailable:
    return StorageUnavailable(
        translate(
            "Storage",
            "The data file {file} cannot be opened safely: {problem}. Opening it would lose "
            "changes without a word, so Chair has left the file and its log exactly as they "
            "are. A backup can be opened instead: Chair keeps backups in {folder}.",
        ).format(file=path, problem=problem, folder=path.parent / "backups")
    )


def _wrong_passphrase(path: Path) -> WrongPassphrase:
    return WrongPassphrase(
        translate(
            "Storage",
            "That passphrase does not open the data. Check it (capital letters count) and try "
            "again. Nothing has been changed. If you are sure it is right, the data file may be "
            "damaged: a backup can be opened instead (Chair keeps them in {folder}).",
        ).format(folder=path.parent / "backups")
    )


def quick_check(path: Path, passphrase: str | None = None) -> bool:
    """Whether the file is a readable database that passes ``PRAGMA quick_check``.

    The file is opened read-only, so a damaged or foreign file is never written to.
    """
    try:
        connection = connect(path, passphrase, read_only=True)
    except database_errors():
        return False
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except database_errors():
        return False
    finally:
        connection.close()
    return rows == [("ok",)]


def passphrase_opens(path: Path, passphrase: str) -> bool:
    """Whether the passphrase opens the encrypted file (read-only; nothing is changed)."""
    try:
        connect(path, passphrase, read_only=True).close()
    except database_errors():
        return False
    return True


# The open lock files of this process, by data folder: held until the process ends. flock locks
# belong to an open file, so a second open in the same process would refuse itself.
_held_locks: dict[Path, tuple[int, int]] = {}


def _lock_folder_itself(data_dir: Path) -> int:
    """flock the data folder itself (a directory can be locked like a file): the lock holds even
    if ``chair.lock`` is deleted, which only the folder's removal could undo. Returns the open
    descriptor, or -1 where the file system cannot lock a folder (``chair.lock`` alone then).

    Raises:
        BlockingIOError: another copy holds it.
    """
    import fcntl

    try:
        fd = os.open(data_dir, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        logger.warning("the data folder itself cannot be locked")
        return -1
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise
    except OSError:
        os.close(fd)
        logger.warning("the data folder itself cannot be locked")
        return -1
    return fd


def lock_data_folder(data_dir: Path) -> None:
    """Take the data folder for this process: one writer at a time (advisory ``flock`` locks
    on ``chair.lock`` and on the folder itself, released when the process ends).

    Raises:
        StorageUnavailable: another copy of Chair has the data open, or the lock cannot be made.
    """
    import fcntl

    key = data_dir.resolve()
    if key in _held_locks:
        return
    if folder_is_read_only(data_dir):
        # Said before the lock file is made or opened: nothing there can be written.
        raise read_only_folder(data_dir)
    try:
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(data_dir / LOCK_FILE_NAME, os.O_CREAT | os.O_RDWR, 0o600)
    except OSError as error:
        raise StorageUnavailable(
            translate("Storage", "The data folder {folder} cannot be used: {reason}.").format(
                folder=data_dir, reason=error.strerror
            )
        ) from error
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        folder_fd = _lock_folder_itself(data_dir)
    except OSError as error:
        os.close(fd)
        raise StorageUnavailable(
            translate(
                "Storage",
                "The data in {folder} is open in another copy of Chair. Only one copy can use "
                "it at a time, so nothing has been opened or changed here. Close the other copy "
                "and try again.",
            ).format(folder=data_dir)
        ) from error
    _held_locks[key] = (fd, folder_fd)


def no_other_writer(data_dir: Path) -> bool:
    """Whether no other copy of Chair can be writing in data_dir now: this process holds its
    lock, or nobody does (tried without waiting, and let go at once)."""
    import fcntl

    if data_dir.resolve() in _held_locks:
        return True
    try:
        folder_fd = _lock_folder_itself(data_dir)
    except OSError:
        return False
    if folder_fd >= 0:
        os.close(folder_fd)  # closing lets the lock go
    try:
        # Never created here: asking must leave the folder as it was (a damaged or read-only
        # folder's files are compared byte for byte). No lock file: nobody holds it.
        fd = os.open(data_dir / LOCK_FILE_NAME, os.O_RDWR)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    finally:
        os.close(fd)  # closing the file lets the lock go
    return True
