"""The laptop's record of what changed since the last sync: a trigger on every table of the
record (models.record_tables) counts each insert, update and delete against the family's UUID
in ``sync_pending``. Triggers see every write, whichever code makes it, so a sync never misses
a change and never has to read the families nobody touched.

A family that is deleted takes nothing into ``sync_pending`` (its UUID can no longer be found).
"""

from __future__ import annotations

from sqlalchemy import Connection

from chair_app.models.orm import Base
from chair_app.models.record_tables import record_tables

_TRIGGER_PREFIX = "sync_pending_"
# Bookkeeping a sync or an export writes; changing only these is not a change to the record.
BOOKKEEPING_COLUMNS = frozenset({"synced_hash", "exported_hash", "revision", "team"})


def _count(family_id_sql: str) -> str:
    # An upsert, not INSERT OR REPLACE: the outer statement's conflict rule would override that.
    return (
        "INSERT INTO sync_pending (family_uuid, changes) "
        f"SELECT f.uuid, 1 FROM family f WHERE f.id = {family_id_sql} "
        "ON CONFLICT (family_uuid) DO UPDATE SET changes = changes + 1;"
    )


def trigger_statements() -> list[str]:
    statements: list[str] = []
    for table in record_tables():
        for event, rows in (("INSERT", ("NEW",)), ("UPDATE", ("OLD", "NEW")), ("DELETE", ("OLD",))):
            name = f"{_TRIGGER_PREFIX}{table.name}_{event.lower()}"
            body = " ".join(_count(table.family_id_sql(row)) for row in rows)
            columns = Base.metadata.tables[table.name].columns.keys()
            of = ""
            if event == "UPDATE" and BOOKKEEPING_COLUMNS & set(columns):
                of = " OF " + ", ".join(c for c in columns if c not in BOOKKEEPING_COLUMNS)
            statements.append(f"DROP TRIGGER IF EXISTS {name}")
            statements.append(
                f"CREATE TRIGGER {name} AFTER {event}{of} ON {table.name} FOR EACH ROW "
                f"BEGIN {body} END"
            )
    return statements


def install_sync_triggers(connection: Connection) -> None:
    """Create (or re-create) the triggers; SQLite only (the server keeps an audit instead)."""
    if connection.dialect.name != "sqlite":
        return
    for statement in trigger_statements():
        connection.exec_driver_sql(statement)
