"""The database: one SQLite file, one engine per process, short sessions."""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from chair_app.models.errors import StorageUnavailable
from chair_app.models.orm import Base

logger = logging.getLogger(__name__)

DATABASE_FILE_NAME = "chair.sqlite3"
LOCK_FILE_NAME = "chair.lock"

SessionFactory = sessionmaker[Session]


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    # WAL keeps readers and the writer apart and survives a killed process; see
    # https://www.sqlite.org/wal.html. FULL sync: minutes matter more than milliseconds.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def open_database(path: Path) -> Engine:
    """Open (creating if needed) the database file and make sure its tables exist.

    Raises:
        StorageUnavailable: the folder cannot be created or the file is not a usable database.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as error:
        raise StorageUnavailable(
            f"The data folder {path.parent} cannot be created: {error.strerror}."
        ) from error
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
    if not is_new:
        check_integrity(path)
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _set_pragmas)
    try:
        Base.metadata.create_all(engine)
    except (DatabaseError, OperationalError) as error:
        engine.dispose()
        raise StorageUnavailable(
            f"The data file {path} cannot be opened: {error.orig}."
        ) from error
    logger.info("database opened (new=%s)", is_new)
    return engine


def make_session_factory(engine: Engine) -> SessionFactory:
    return sessionmaker(engine, expire_on_commit=False)


def _damaged(path: Path) -> StorageUnavailable:
    return StorageUnavailable(
        f"The data file {path} cannot be opened: it is not a database Chair can use (it is "
        "damaged, or another program's file), so Chair has left it unchanged. A backup can be "
        f"opened instead: Chair keeps backups in {path.parent / 'backups'}. Ask your IT "
        "support to put one in its place."
    )


def _read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection that leaves the folder as it was: with no ``-wal`` beside the
    file, ``immutable=1`` (no ``-shm`` or ``-wal`` is created); otherwise read-only, so the
    writes still in the ``-wal`` are read too."""
    wal = path.with_name(path.name + "-wal")
    mode = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    return sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True)


def quick_check(path: Path) -> bool:
    """Whether the file is a readable SQLite database that passes ``PRAGMA quick_check``.

    The file is opened read-only, so a damaged or foreign file is never written to.
    """
    try:
        connection = _read_only(path)
    except sqlite3.Error:
        return False
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.Error:
        return False
    finally:
        connection.close()
    return rows == [("ok",)]


def check_integrity(path: Path) -> None:
    """Refuse a file that is damaged or another program's database, before anything writes to it.

    Raises:
        StorageUnavailable: naming the file, and saying a backup can be opened.
    """
    if path.stat().st_size == 0:
        return  # created here and never written: an empty database
    if not quick_check(path):
        logger.warning("data file failed its integrity check")
        raise _damaged(path)
    try:
        connection = _read_only(path)
        try:
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise _damaged(path) from error
    if tables and not tables & set(Base.metadata.tables):
        logger.warning("data file holds another program's tables")
        raise _damaged(path)


# The open lock files of this process, by data folder: held until the process ends. flock locks
# belong to an open file, so a second open in the same process would refuse itself.
_held_locks: dict[Path, int] = {}


def lock_data_folder(data_dir: Path) -> None:
    """Take the data folder for this process: one writer at a time (an advisory ``flock`` on
    ``chair.lock``, released when the process ends).

    Raises:
        StorageUnavailable: another copy of Chair has the data open, or the lock cannot be made.
    """
    import fcntl

    key = data_dir.resolve()
    if key in _held_locks:
        return
    try:
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(data_dir / LOCK_FILE_NAME, os.O_CREAT | os.O_RDWR, 0o600)
    except OSError as error:
        raise StorageUnavailable(
            f"The data folder {data_dir} cannot be used: {error.strerror}."
        ) from error
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as error:
        os.close(fd)
        raise StorageUnavailable(
            f"The data in {data_dir} is open in another copy of Chair. Only one copy can use "
            "it at a time, so nothing has been opened or changed here. Close the other copy "
            "and try again."
        ) from error
    _held_locks[key] = fd
