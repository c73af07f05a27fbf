"""The database: one SQLite file (SQLCipher-encrypted in the app), one engine per process,
short sessions."""

from __future__ import annotations

import enum
import logging
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from chair_app import paths
from chair_app.core.errors import (
    FolderReadOnly,
    NeedsUpgrade,
    StorageUnavailable,
    WrongPassphrase,
)
from chair_app.models.keys import key_for, raw_key_pragma, remember
from chair_app.models.orm import Base

logger = logging.getLogger(__name__)

DATABASE_FILE_NAME = paths.DATABASE_FILE_NAME
LOCK_FILE_NAME = "chair.lock"

SessionFactory = sessionmaker[Session]


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    # WAL keeps readers and the writer apart and survives a killed process; see
    # https://www.sqlite.org/wal.html. FULL sync: minutes matter more than milliseconds.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


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
    from sqlcipher3 import dbapi2 as sqlcipher

    return (sqlite3.Error, sqlcipher.Error)


def create_store_engine(path: Path, passphrase: str | None) -> Engine:
    """An engine on the file (no tables made here; see models.migrations)."""
    if passphrase is None:
        engine = create_engine(f"sqlite:///{path}", future=True)
    else:
        from sqlcipher3 import dbapi2 as sqlcipher

        engine = create_engine(
            f"sqlite:///{path}",
            module=sqlcipher,
            creator=lambda: connect(path, passphrase),
            future=True,
        )
    event.listen(engine, "connect", _set_pragmas)
    return engine


def open_database(
    path: Path,
    passphrase: str | None = None,
    *,
    before_upgrade: Callable[[], None] | None = None,
) -> Engine:
    """Open (creating if needed) the database file; its schema is brought up to date.

    With a passphrase the file is SQLCipher-encrypted (a new file is created encrypted); without
    one it is a plain SQLite file (tests and tools: the app itself always gives one).

    Args:
        before_upgrade: called before an older schema is migrated (the app backs up there).

    Raises:
        WrongPassphrase: an encrypted file the passphrase does not open (nothing is changed).
        StorageUnavailable: the folder cannot be created, the file is damaged, another
            program's, or written by a newer Chair (in each case left unchanged).
    """
    from chair_app.models.migrations import prepare_schema

    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as error:
        raise StorageUnavailable(
            f"The data folder {path.parent} cannot be created: {error.strerror}."
        ) from error
    if folder_is_read_only(path.parent):
        raise read_only_folder(path.parent)
    is_new = not path.exists()
    if is_new:
        try:
            # Created private before SQLite writes anything sensitive into it.
            fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
            os.close(fd)
        except OSError as error:
            raise StorageUnavailable(
                f"The data file {path} cannot be created: {error.strerror}."
            ) from error
    else:
        # Before SQLite replays the log: it would fold a damaged log in silently and delete it.
        from chair_app.models.wal import wal_problem

        problem = wal_problem(path)
        if problem:
            logger.warning("write-ahead log refused")
            raise damaged_log(path, problem)
        check_integrity(path, passphrase)
    engine = create_store_engine(path, passphrase)
    try:
        prepare_schema(engine, before_upgrade)
    except (DatabaseError, OperationalError) as error:
        engine.dispose()
        raise StorageUnavailable(
            f"The data file {path} cannot be opened: {error.orig}."
        ) from error
    except BaseException:
        engine.dispose()
        raise
    logger.info("database opened (new=%s, encrypted=%s)", is_new, passphrase is not None)
    return engine


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
        f"The data folder {data_dir} is read-only. Chair needs to write to it to keep the "
        "record safe (its changes and backups), so nothing has been opened or changed. Ask "
        "your IT support to make it writable, or choose another folder."
    )


def read_only_problem(path: Path) -> str:
    """Why the data file cannot be read without writing anything ("" when it can): its log
    holds changes but its index is missing, and SQLite would make the index beside it."""
    if _size(_wal(path)) and not _shm(path).exists():
        return (
            f"The data file {path} has changes in its log ({_wal(path).name}) without the "
            f"log's index ({_shm(path).name}), so it cannot be read without writing beside "
            "it. This command only reads, so nothing has been changed. Open the data in "
            "Chair's window, which folds the changes into the file, then run the command again."
        )
    return ""


def open_database_read_only(path: Path, passphrase: str | None = None) -> Engine:
    """Open the database file to read only: nothing is created, replayed, upgraded or written
    (the file, its ``-wal`` and ``-shm`` stay byte for byte as they are), and committed changes
    still in the log are read. Every connection is read-only and ``query_only``.

    Raises:
        WrongPassphrase: an encrypted file the passphrase does not open.
        NeedsUpgrade: an earlier version's schema (the window brings it up to date).
        StorageUnavailable: the file is missing, damaged, another program's, written by a newer
            Chair, or has a damaged log, or a log without its index.
    """
    from chair_app.models.migrations import (
        HEAD_REVISION,
        REVISIONS,
        current_revision,
        newer_schema,
    )

    if file_kind(path) is FileKind.EMPTY:
        raise StorageUnavailable(f"There is no Chair data in {path.parent}.")
    from chair_app.models.wal import wal_problem

    problem = wal_problem(path)
    if problem:
        logger.warning("write-ahead log refused")
        raise damaged_log(path, problem)
    problem = read_only_problem(path)
    if problem:
        logger.warning("write-ahead log without its index: not read")
        raise StorageUnavailable(problem)
    check_integrity(path, passphrase)
    engine = create_engine(
        "sqlite://",
        creator=lambda: connect(path, passphrase, read_only=True),
        future=True,
        **({} if passphrase is None else {"module": _sqlcipher()}),
    )
    event.listen(engine, "connect", _set_read_only_pragmas)
    try:
        with engine.connect() as connection:
            revision = current_revision(connection)
    except (DatabaseError, OperationalError) as error:
        engine.dispose()
        raise StorageUnavailable(f"The data file {path} cannot be read: {error.orig}.") from error
    if revision != HEAD_REVISION:
        engine.dispose()
        if revision is None:
            raise StorageUnavailable(f"There is no Chair data in {path.parent} yet.")
        if revision not in REVISIONS:
            logger.warning("data file has an unknown schema revision")
            raise newer_schema()
        raise NeedsUpgrade(
            f"The data in {path.parent} was saved by an earlier version of Chair. This command "
            "only reads, so it has not brought the data up to date, and nothing has been "
            "changed. Open the data in Chair's window once (it makes a backup, then brings the "
            "data up to date), then run the command again."
        )
    logger.info("database opened read-only (encrypted=%s)", passphrase is not None)
    return engine


def _sqlcipher() -> Any:
    from sqlcipher3 import dbapi2 as sqlcipher

    return sqlcipher


def _set_read_only_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA query_only=ON")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_session_factory(engine: Engine) -> SessionFactory:
    return sessionmaker(engine, expire_on_commit=False)


def checkpoint(factory: SessionFactory) -> None:
    """Fold the write-ahead log into the data file (and empty it), so that a lost or damaged
    WAL costs little: after a meeting closes, say. Busy readers only make it partial; a failure
    is logged, never raised (the data is safe in the WAL meanwhile)."""
    from sqlalchemy import text

    try:
        with factory() as session:
            session.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    except (DatabaseError, OperationalError):
        logger.warning("WAL checkpoint failed")


def damaged_file(path: Path) -> StorageUnavailable:
    return StorageUnavailable(
        f"The data file {path} cannot be opened: it is not a database Chair can use (it is "
        "damaged, or another program's file), so Chair has left it unchanged. A backup can be "
        f"opened instead: Chair keeps backups in {path.parent / 'backups'}."
    )


def damaged_log(path: Path, problem: str) -> StorageUnavailable:
    return StorageUnavailable(
        f"The data file {path} cannot be opened safely: {problem}. Opening it would lose "
        "changes without a word, so Chair has left the file and its log exactly as they are. "
        f"A backup can be opened instead: Chair keeps backups in {path.parent / 'backups'}."
    )


def _wrong_passphrase(path: Path) -> WrongPassphrase:
    return WrongPassphrase(
        "That passphrase does not open the data. Check it (capital letters count) and try "
        "again. Nothing has been changed. If you are sure it is right, the data file may be "
        f"damaged: a backup can be opened instead (Chair keeps them in {path.parent / 'backups'})."
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


def check_integrity(path: Path, passphrase: str | None = None) -> None:
    """Refuse a file that is damaged, encrypted under another passphrase, or another program's
    database, before anything writes to it. One read-only connection does every check: with
    encryption each connection costs a key derivation (about 0.075 s).

    Raises:
        WrongPassphrase: an encrypted file that the passphrase does not open.
        StorageUnavailable: naming the file, and saying a backup can be opened.
    """
    kind = file_kind(path)
    if kind is FileKind.EMPTY:
        return  # created here and never written: an empty database
    if kind is FileKind.FOREIGN:
        logger.warning("data file is not a database")
        raise damaged_file(path)
    if kind is FileKind.ENCRYPTED and passphrase is None:
        raise StorageUnavailable(
            f"The data file {path} is encrypted, or damaged: without its passphrase Chair "
            "cannot tell, so it has left it unchanged. A backup can be opened instead: "
            f"Chair keeps backups in {path.parent / 'backups'}."
        )
    if kind is FileKind.PLAIN and passphrase is not None:
        # A plain file opened with a passphrase: services.storage converts it first.
        raise StorageUnavailable(f"The data file {path} is not encrypted yet.")
    try:
        connection = connect(path, passphrase, read_only=True)
    except database_errors() as error:
        if kind is FileKind.ENCRYPTED:
            logger.warning("passphrase refused (or encrypted file damaged)")
            raise _wrong_passphrase(path) from error
        raise damaged_file(path) from error
    try:
        healthy = connection.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
    except database_errors() as error:
        logger.warning("data file failed its integrity check")
        raise damaged_file(path) from error
    finally:
        connection.close()
    if not healthy:
        logger.warning("data file failed its integrity check")
        raise damaged_file(path)
    if tables and not tables & set(Base.metadata.tables):
        logger.warning("data file holds another program's tables")
        raise damaged_file(path)


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
            f"The data folder {data_dir} cannot be used: {error.strerror}."
        ) from error
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        folder_fd = _lock_folder_itself(data_dir)
    except OSError as error:
        os.close(fd)
        raise StorageUnavailable(
            f"The data in {data_dir} is open in another copy of Chair. Only one copy can use "
            "it at a time, so nothing has been opened or changed here. Close the other copy "
            "and try again."
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
