"""``server init`` on PostgreSQL: today's schema on an empty database, the previous release's
upgraded with its data kept, a newer schema refused with nothing changed, and a second run."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Connection, Engine, create_engine, text

from chair_app.core.errors import NewerSchema
from chair_app.models.migrations import HEAD_REVISION, prepare_schema
from chair_app.models.orm import Base
from chair_app.models.record_tables import record_tables
from chair_app.services.server_admin import ServerAdminError, init_server


def _differences(connection: Connection) -> list[object]:
    return list(compare_metadata(MigrationContext.configure(connection), Base.metadata))


def _state(connection: Connection, prefix: str) -> dict[str, Sequence[Any]]:
    """What init sets up, to compare before and after."""
    return {
        "revision": connection.execute(text("SELECT version_num FROM alembic_version")).all(),
        "roles": connection.execute(
            text("SELECT rolname FROM pg_roles WHERE starts_with(rolname, :p) ORDER BY 1"),
            {"p": prefix},
        ).all(),
        "policies": connection.execute(
            text("SELECT tablename, policyname, qual, with_check FROM pg_policies ORDER BY 1, 2")
        ).all(),
        "triggers": connection.execute(
            text(
                "SELECT tgrelid::regclass::text, tgname FROM pg_trigger WHERE NOT tgisinternal "
                "ORDER BY 1, 2"
            )
        ).all(),
        "security": connection.execute(
            text(
                "SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class "
                "WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace ORDER BY 1"
            )
        ).all(),
        "grants": connection.execute(
            text(
                "SELECT table_name, grantee, privilege_type FROM information_schema.table_privileges "
                "WHERE starts_with(grantee, :p) ORDER BY 1, 2, 3"
            ),
            {"p": prefix},
        ).all(),
    }


@pytest.fixture
def admin(server_database) -> Iterator[Engine]:
    engine = create_engine(server_database.admin_url)
    yield engine
    engine.dispose()


def test_init_on_an_empty_database_makes_todays_schema(admin: Engine, server_database) -> None:
    report = init_server(admin, ["north", "south"], prefix=server_database.prefix)
    assert report.revision == HEAD_REVISION
    assert report.teams == ("north", "south")
    assert report.tables == len(record_tables())
    with admin.connect() as connection:
        assert _differences(connection) == []
        state = _state(connection, server_database.prefix)
    assert state["revision"] == [(HEAD_REVISION,)]
    prefix = server_database.prefix
    assert [row[0] for row in state["roles"]] == [
        f"{prefix}_auditor", f"{prefix}_member", f"{prefix}_team_north", f"{prefix}_team_south"
    ]
    secured = {name for name, enabled, forced in state["security"] if enabled and forced}
    assert secured >= {record.name for record in record_tables()} | {"audit_event"}


def _previous_release(engine: Engine) -> None:
    """The schema of revision 0007_copy_language, with a family and a meeting in it: today's
    schema without what 0008 added."""
    prepare_schema(engine)
    with engine.begin() as connection:
        # 0008's triggers and their functions go with it (models.sync_triggers).
        from chair_app.models.record_tables import record_tables

        for table in record_tables():
            connection.execute(text(f"DROP TRIGGER IF EXISTS chair_revision ON {table.name}"))
            connection.execute(text(f"DROP FUNCTION IF EXISTS chair_revision_{table.name}()"))
        connection.execute(text("DROP TRIGGER chair_revision_family ON family"))
        connection.execute(text("DROP FUNCTION chair_family_revision()"))
        connection.execute(text("ALTER TABLE family DROP COLUMN team, DROP COLUMN revision"))
        connection.execute(text("DROP TABLE sync_pending, sync_held, audit_event"))
        connection.execute(text("DROP SEQUENCE family_revision"))
        connection.execute(text("UPDATE alembic_version SET version_num = '0007_copy_language'"))
        connection.execute(
            text("INSERT INTO family (id, uuid, name) VALUES (7, 'f-uuid', 'Fictional Family')")
        )
        connection.execute(
            text(
                "INSERT INTO meeting (id, uuid, family_id, meeting_type, date, venue, status, "
                "worries, working_well, needs_to_happen, next_venue, reasons, contingency, "
                "quorum_shortfall, non_professionals_acknowledged, not_held_reason, "
                "worries_withheld, working_well_withheld, needs_to_happen_withheld, "
                "contingency_withheld, children_present, chair_summary, early_review_requested, "
                "early_review_reason) VALUES (3, 'm-uuid', 7, 'core_group', '2026-11-02', "
                "'Room 1', 'closed', 'A fictional worry', '', '', '', '', '', '', false, '', '', "
                "'', '', '', '', '', false, '')"
            )
        )


def test_init_upgrades_the_previous_release_and_keeps_its_data(
    admin: Engine, server_database
) -> None:
    _previous_release(admin)
    init_server(admin, ["north"], prefix=server_database.prefix)
    with admin.connect() as connection:
        assert _differences(connection) == []
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            HEAD_REVISION
        )
        # The test's owner is a superuser, who reads past row-level security.
        assert connection.execute(
            text("SELECT f.id, f.name, f.team, f.revision, m.id, m.worries FROM family f "
                 "JOIN meeting m ON m.family_id = f.id")
        ).all() == [(7, "Fictional Family", None, 0, 3, "A fictional worry")]
        assert connection.execute(text("SELECT nextval('family_revision')")).scalar() == 1


def test_a_newer_schema_is_refused_and_nothing_changed(admin: Engine, server_database) -> None:
    prepare_schema(admin)
    with admin.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0099_from_the_future'"))
    with admin.connect() as connection:
        before = _state(connection, server_database.prefix)
    with pytest.raises(NewerSchema, match="newer version of Chair"):
        init_server(admin, ["north"], prefix=server_database.prefix)
    with admin.connect() as connection:
        assert _state(connection, server_database.prefix) == before
    assert before["roles"] == [] and before["policies"] == []


def test_init_twice_is_fine_and_adds_a_team(admin: Engine, server_database) -> None:
    prefix = server_database.prefix
    init_server(admin, ["north"], prefix=prefix)
    with admin.connect() as connection:
        first = _state(connection, prefix)
    again = init_server(admin, ["north"], prefix=prefix)
    assert again.new_teams == ()
    with admin.connect() as connection:
        assert _state(connection, prefix) == first
    more = init_server(admin, ["south"], prefix=prefix)
    assert more.new_teams == ("south",)
    assert more.teams == ("north", "south")
    with admin.connect() as connection:
        assert _differences(connection) == []


def test_another_prefix_or_a_bad_team_is_refused_with_nothing_changed(
    admin: Engine, server_database
) -> None:
    prefix = server_database.prefix
    init_server(admin, ["north"], prefix=prefix)
    with admin.connect() as connection:
        before = _state(connection, prefix)
    with pytest.raises(ServerAdminError, match=f"set up with the prefix {prefix}"):
        init_server(admin, ["south"], prefix=prefix + "x")
    with pytest.raises(ServerAdminError, match="'South' is not a team name"):
        init_server(admin, ["east", "South"], prefix=prefix)
    with admin.connect() as connection:
        assert _state(connection, prefix) == before
        assert _state(connection, prefix + "x")["roles"] == []


def test_a_familys_revision_moves_once_per_transaction_whatever_it_changed_first(
    server_engine: Engine,
) -> None:
    """The revision triggers move a family's revision on with the first change to its record
    in a transaction, and not again for each later row (a first push of a family of 890 rows
    used to update its family row 890 times). Revisions come from one sequence, so a move per
    row would show as a jump of one per row."""

    def revision(connection: Connection) -> int:
        return int(
            connection.execute(text("SELECT revision FROM family WHERE uuid = 'f-1'")).scalar_one()
        )

    with server_engine.begin() as connection:
        connection.execute(text("INSERT INTO family (uuid, name) VALUES ('f-1', 'Ash family')"))
        inserted = revision(connection)
        family_id = connection.execute(text("SELECT id FROM family WHERE uuid = 'f-1'")).scalar()
        for number in range(30):
            connection.execute(
                text(
                    "INSERT INTO person (uuid, family_id, position, name, role, agency, "
                    "is_professional, phone, email, minutes_language) VALUES "
                    "(:uuid, :family, :number, :name, '', '', false, '', '', '')"
                ),
                {"uuid": f"p-{number}", "family": family_id, "number": number,
                 "name": f"Person {number}"},
            )
        created = revision(connection)
        assert created == inserted + 1
    # A transaction that first touches only the sync's bookkeeping on the family row, then
    # changes the record: the revision still moves, once.
    with server_engine.begin() as connection:
        connection.execute(text("UPDATE family SET exported_hash = 'abc' WHERE uuid = 'f-1'"))
        assert revision(connection) == created
        connection.execute(text("UPDATE person SET name = 'Renamed' WHERE uuid LIKE 'p-%'"))
        moved = revision(connection)
        assert moved == created + 1
        connection.execute(text("UPDATE person SET name = 'Again' WHERE uuid LIKE 'p-%'"))
        assert revision(connection) == moved
    # A rolled-back change leaves the revision; the next transaction moves it again.
    with server_engine.connect() as connection:
        connection.execute(text("DELETE FROM person WHERE uuid = 'p-0'"))
        connection.rollback()
    with server_engine.begin() as connection:
        assert revision(connection) == moved
        connection.execute(text("DELETE FROM person WHERE uuid = 'p-0'"))
        # (A sequence is not rolled back: the number the rolled-back change took is skipped.)
        assert revision(connection) > moved
