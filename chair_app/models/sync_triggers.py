"""What changed, noted by the database itself, whichever code made the change.

On a laptop (SQLite), a trigger on every table of the record (models.record_tables) counts each
insert, update and delete against the family's UUID in ``sync_pending``, so a sync never misses
a change and never has to read the families nobody touched. A family that is deleted takes
nothing into ``sync_pending`` (its UUID can no longer be found).

On the team server (PostgreSQL), triggers give the family a new ``revision`` from the
``family_revision`` sequence whenever anything of its record changes: a sync's push, or the app
itself in online mode. Laptops compare revisions to know what to pull.

Changes to bookkeeping alone (hashes, revision, team) count on neither side.
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


def _content_columns(table: str) -> list[str]:
    columns = Base.metadata.tables[table].columns
    return [column.name for column in columns if column.name not in BOOKKEEPING_COLUMNS]


def revision_trigger_statements() -> list[str]:
    """PostgreSQL: the family's revision moves on with every change to its record."""
    statements = [
        "CREATE SEQUENCE IF NOT EXISTS family_revision",
        # The family row itself: a new family, or a change to its own fields.
        "CREATE OR REPLACE FUNCTION chair_family_revision() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN NEW.revision := nextval('family_revision'); RETURN NEW; END $$",
        "DROP TRIGGER IF EXISTS chair_revision_family ON family",
        "CREATE TRIGGER chair_revision_family BEFORE INSERT OR UPDATE OF "
        + ", ".join(_content_columns("family"))
        + " ON family FOR EACH ROW EXECUTE FUNCTION chair_family_revision()",
        # Once per transaction and family is enough: every later change commits with the new
        # revision. (A first push of a family of 890 rows updated its family row 890 times.)
        # The mark is a setting local to the transaction, so it goes with a rollback.
        "CREATE OR REPLACE FUNCTION chair_move_revision(family_id bigint) RETURNS void "
        "LANGUAGE plpgsql AS $$ BEGIN "
        "IF family_id IS NULL OR current_setting('chair.revision_moved_' || family_id, true) "
        "= 'yes' THEN RETURN; END IF; "
        "UPDATE family SET revision = nextval('family_revision') WHERE id = family_id; "
        "PERFORM set_config('chair.revision_moved_' || family_id, 'yes', true); "
        "END $$",
    ]
    for table in record_tables():
        if table.parent == "id":
            continue
        family_of = {row: table.family_id_sql(row) for row in ("NEW", "OLD")}
        function = f"chair_revision_{table.name}"
        statements.append(
            f"CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN "
            "IF TG_OP <> 'DELETE' THEN "
            f"PERFORM chair_move_revision(({family_of['NEW']})::bigint); END IF; "
            "IF TG_OP <> 'INSERT' THEN "
            f"PERFORM chair_move_revision(({family_of['OLD']})::bigint); END IF; "
            "RETURN NULL; END $$"
        )
        statements.append(f"DROP TRIGGER IF EXISTS chair_revision ON {table.name}")
        statements.append(
            "CREATE TRIGGER chair_revision AFTER INSERT OR DELETE OR UPDATE OF "
            + ", ".join(_content_columns(table.name))
            + f" ON {table.name} FOR EACH ROW EXECUTE FUNCTION {function}()"
        )
    return statements


def install_revision_triggers(connection: Connection) -> None:
    for statement in revision_trigger_statements():
        connection.exec_driver_sql(statement)
