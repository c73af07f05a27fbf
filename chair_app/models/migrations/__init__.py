"""Schema versions: Alembic migrations, run at start-up after a backup.

A new file gets today's tables straight from the ORM and is stamped with the newest revision. A
file from an earlier version is migrated, one revision at a time, each in its own transaction
(SQLite's DDL is transactional, so a failed step leaves the file as it was before that step).
The first released schema (0.1.0) had no ``alembic_version`` table; a file without one is taken
to be at ``BASELINE_REVISION``.

Alembic is imported only when a migration has to run: start-up of an up-to-date file reads the
revision with one query. ``REVISIONS`` must list the files in ``versions/`` in order (a test
compares them with Alembic's own reading).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from chair_app.core.errors import NewerSchema, StorageUnavailable
from chair_app.core.language import translate
from chair_app.models.orm import Base

if TYPE_CHECKING:
    from alembic.config import Config

logger = logging.getLogger(__name__)

REVISIONS: tuple[str, ...] = (
    "0001_first_release",
    "0002_stable_ids",
    "0003_step_times",
    "0004_withholding",
    "0005_exported_files",
    "0006_scaling_chart",
    "0007_copy_language",
    "0008_team_server",
)
BASELINE_REVISION = REVISIONS[0]
HEAD_REVISION = REVISIONS[-1]
VERSION_TABLE = "alembic_version"


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic's configuration, without an ini file: the scripts live beside this module."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def current_revision(connection: Connection) -> str | None:
    """The file's revision; None for a file with no tables at all."""
    tables = set(inspect(connection).get_table_names())
    if not tables - {VERSION_TABLE}:
        return None
    if VERSION_TABLE not in tables:
        return BASELINE_REVISION
    row = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).first()
    return row[0] if row is not None else BASELINE_REVISION


def _stamp(connection: Connection, revision: str) -> None:
    """Record the revision (the same table and row Alembic keeps)."""
    connection.execute(
        text(
            f"CREATE TABLE IF NOT EXISTS {VERSION_TABLE} ("
            "version_num VARCHAR(32) NOT NULL, "
            f"CONSTRAINT {VERSION_TABLE}_pkc PRIMARY KEY (version_num))"
        )
    )
    connection.execute(text(f"DELETE FROM {VERSION_TABLE}"))
    connection.execute(
        text(f"INSERT INTO {VERSION_TABLE} (version_num) VALUES (:revision)"),
        {"revision": revision},
    )


def install_dialect_extras(connection: Connection) -> None:
    """What the ORM's tables do not say (models.sync_triggers): on SQLite (a laptop), the
    triggers that note each change for the next sync; on PostgreSQL (the team server), the
    sequence of revisions and the triggers that move a family's on with each change."""
    from chair_app.models.sync_triggers import install_revision_triggers, install_sync_triggers

    if connection.dialect.name == "postgresql":
        install_revision_triggers(connection)
    else:
        install_sync_triggers(connection)


def _create_fresh(connection: Connection) -> None:
    Base.metadata.create_all(connection)
    install_dialect_extras(connection)
    _stamp(connection, HEAD_REVISION)


def newer_schema() -> NewerSchema:
    return NewerSchema(
        translate(
            "Storage",
            "This data was saved by a newer version of Chair, which changed how it is stored. "
            "This version cannot open it safely, so it has left it unchanged. Open it with "
            "the newer version of Chair.",
        )
    )


def prepare_schema(engine: Engine, before_upgrade: Callable[[], None] | None = None) -> None:
    """Make the file's schema today's: create it, leave it, or migrate it.

    Raises:
        NewerSchema: the file's revision is not one this version knows (a newer Chair wrote it).
    """
    with engine.connect() as connection:
        revision = current_revision(connection)
    if revision is None:
        with engine.begin() as connection:
            _create_fresh(connection)
        logger.info("schema created at %s", HEAD_REVISION)
        return
    if revision == HEAD_REVISION:
        with engine.connect() as connection:
            stamped = inspect(connection).has_table(VERSION_TABLE)
        if not stamped:  # a 0.1.0 file, when 0.1.0's schema is still the newest
            with engine.begin() as connection:
                _stamp(connection, HEAD_REVISION)
        return
    if revision not in REVISIONS:
        logger.warning("data file has an unknown schema revision")
        raise newer_schema()
    if before_upgrade is not None:
        before_upgrade()
    from alembic import command

    logger.info("schema upgrade from %s to %s", revision, HEAD_REVISION)
    with engine.connect() as connection:
        if not inspect(connection).has_table(VERSION_TABLE):
            _stamp(connection, BASELINE_REVISION)
            connection.commit()
        # Batch migrations copy a table and drop the old one; with foreign keys on, dropping a
        # parent table would delete its children (ON DELETE CASCADE). The pragma only takes
        # effect outside a transaction, so it is set here, and the keys are checked after.
        # https://www.sqlite.org/lang_altertable.html#otheralter
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        try:
            command.upgrade(alembic_config(connection), "head")
            # A batch migration copies a table without its triggers: put them back every time.
            install_dialect_extras(connection)
            broken = (
                connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() if sqlite else []
            )
            if broken:
                connection.rollback()
                raise StorageUnavailable(
                    f"The schema upgrade left {len(broken)} broken references between records; "
                    "the backup taken before it holds the data as it was."
                )
            connection.commit()
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
