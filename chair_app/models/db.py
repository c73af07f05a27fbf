"""The database: one SQLite file (SQLCipher-encrypted in the app), one engine per process,
short sessions."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from chair_app.core.errors import NeedsUpgrade, StorageUnavailable
from chair_app.core.language import translate
from chair_app.models.orm import Base

# The file-level part (no SQLAlchemy) lives in models.sqlite_files; its names are kept here too.
from chair_app.models.sqlite_files import (  # noqa: F401
    DATABASE_FILE_NAME,
    LOCK_FILE_NAME,
    SQLITE_HEADER,
    FileKind,
    _wrong_passphrase,
    connect,
    damaged_file,
    damaged_log,
    database_errors,
    file_kind,
    folder_is_read_only,
    lock_data_folder,
    no_other_writer,
    passphrase_opens,
    quick_check,
    read_only_folder,
    read_only_problem,
)

logger = logging.getLogger(__name__)

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
            translate("Storage", "The data folder {folder} cannot be created: {reason}.").format(
                folder=path.parent, reason=error.strerror
            )
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
                translate("Storage", "The data file {file} cannot be created: {reason}.").format(
                    file=path, reason=error.strerror
                )
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
            translate("Storage", "The data file {file} cannot be opened: {problem}.").format(
                file=path, problem=error.orig
            )
        ) from error
    except BaseException:
        engine.dispose()
        raise
    logger.info("database opened (new=%s, encrypted=%s)", is_new, passphrase is not None)
    return engine


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
        raise StorageUnavailable(
            translate("Storage", "There is no Chair data in {folder}.").format(folder=path.parent)
        )
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
        raise StorageUnavailable(
            translate("Storage", "The data file {file} cannot be read: {problem}.").format(
                file=path, problem=error.orig
            )
        ) from error
    if revision != HEAD_REVISION:
        engine.dispose()
        if revision is None:
            raise StorageUnavailable(
                translate("Storage", "There is no Chair data in {folder} yet.").format(
                    folder=path.parent
                )
            )
        if revision not in REVISIONS:
            logger.warning("data file has an unknown schema revision")
            raise newer_schema()
        raise NeedsUpgrade(
            translate(
                "Storage",
                "The data in {folder} was saved by an earlier version of Chair. This command "
                "only reads, so it has not brought the data up to date, and nothing has been "
                "changed. Open the data in Chair's window once (it makes a backup, then brings "
                "the data up to date), then run the command again.",
            ).format(folder=path.parent)
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
            translate(
                "Storage",
                "The data file {file} is encrypted, or damaged: without its passphrase Chair "
                "cannot tell, so it has left it unchanged. A backup can be opened instead: "
                "Chair keeps backups in {folder}.",
            ).format(file=path, folder=path.parent / "backups")
        )
    if kind is FileKind.PLAIN and passphrase is not None:
        # A plain file opened with a passphrase: services.storage converts it first.
        raise StorageUnavailable(
            translate("Storage", "The data file {file} is not encrypted yet.").format(file=path)
        )
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


