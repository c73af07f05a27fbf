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
