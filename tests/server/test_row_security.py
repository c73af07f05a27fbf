"""Row-level security on the team server: a member reads and writes only their team's families,
even with hand-written SQL as that role. Every table of the record is checked, in a loop."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from chair_app.models.orm import Base
from chair_app.models.record_tables import record_tables
from chair_app.services.server_admin import add_member, member_teams
from server.record_rows import fill_every_table
from server.team_fixture import TeamServer, team_server_fixture  # noqa: F401  (the fixture)


def _families(server: TeamServer) -> tuple[dict, dict]:
    with server.engine("ann").begin() as connection:
        north = fill_every_table(connection, "north", "North family")
    with server.engine("ben").begin() as connection:
        south = fill_every_table(connection, "south", "South family")
    return north, south


def _where(table: str, key: dict) -> tuple[str, dict]:
    columns = [c.name for c in Base.metadata.tables[table].primary_key.columns]
    return " AND ".join(f"{c} = :{c}" for c in columns), {c: key[c] for c in columns}


def test_a_member_reads_only_their_teams_families_in_every_table(team_server: TeamServer) -> None:
    north, south = _families(team_server)
    with team_server.engine("ann").connect() as connection:
        names = connection.execute(text("SELECT name FROM family")).scalars().all()
        assert names == ["North family"]
        for record in record_tables():
            where, key = _where(record.name, south[record.name])
            theirs = connection.execute(
                text(f"SELECT count(*) FROM {record.name} WHERE {where}"), key
            ).scalar()
            assert theirs == 0, f"ann reads south's {record.name}"
            where, key = _where(record.name, north[record.name])
            ours = connection.execute(
                text(f"SELECT count(*) FROM {record.name} WHERE {where}"), key
            ).scalar()
            assert ours == 1, f"ann cannot read north's own {record.name}"
            everything = connection.execute(text(f"SELECT count(*) FROM {record.name}")).scalar()
            assert everything == 1, record.name


def test_a_member_cannot_change_or_remove_another_teams_rows(team_server: TeamServer) -> None:
    _north, south = _families(team_server)
    with team_server.engine("ann").begin() as connection:
        for record in reversed(record_tables()):
            where, key = _where(record.name, south[record.name])
            column = next(iter(key))
            changed = connection.execute(
                text(f"UPDATE {record.name} SET {column} = {column} WHERE {where}"), key
            )
            assert changed.rowcount == 0, f"ann updated south's {record.name}"
            removed = connection.execute(text(f"DELETE FROM {record.name} WHERE {where}"), key)
            assert removed.rowcount == 0, f"ann deleted south's {record.name}"
    with team_server.engine("ben").connect() as connection:
        for record in record_tables():
            where, key = _where(record.name, south[record.name])
            left = connection.execute(
                text(f"SELECT count(*) FROM {record.name} WHERE {where}"), key
            ).scalar()
            assert left == 1, f"south's {record.name} was changed by ann"


def test_a_member_cannot_write_into_another_teams_family(team_server: TeamServer) -> None:
    _north, south = _families(team_server)
    with team_server.engine("ann").connect() as connection:
        with pytest.raises(DBAPIError, match="row-level security"):
            connection.execute(
                text("INSERT INTO family (uuid, name, team, revision) VALUES (:u, 'Moved', 'south', 0)"),
                {"u": str(uuid.uuid4())},
            )
        connection.rollback()
        with pytest.raises(DBAPIError, match="row-level security"):
            connection.execute(
                text("INSERT INTO family (uuid, name, team, revision) VALUES (:u, 'No team', NULL, 0)"),
                {"u": str(uuid.uuid4())},
            )
        connection.rollback()
        # A family sent without a team is the sender's team's (the column's default).
        connection.execute(
            text("INSERT INTO family (uuid, name, revision) VALUES (:u, 'Sent', 0)"),
            {"u": str(uuid.uuid4())},
        )
        assert connection.execute(
            text("SELECT team FROM family WHERE name = 'Sent'")
        ).scalar_one() == "north"
        connection.rollback()
        with pytest.raises(DBAPIError, match="row-level security"):
            connection.execute(
                text(
                    "INSERT INTO person (uuid, family_id, position, name, role, agency, "
                    "is_professional, phone, email) "
                    "VALUES (:u, :family, 0, 'Planted', '', '', false, '', '')"
                ),
                {"u": str(uuid.uuid4()), "family": south["family"]["id"]},
            )
        connection.rollback()
        # Nor move their own family to the other team.
        with pytest.raises(DBAPIError, match="row-level security"):
            connection.execute(text("UPDATE family SET team = 'south'"))


def test_only_the_auditor_reads_the_audit_trail(team_server: TeamServer) -> None:
    _families(team_server)
    for member in ("ann", "ben"):
        with (
            team_server.engine(member).connect() as connection,
            pytest.raises(DBAPIError, match="permission denied"),
        ):
            connection.execute(text("SELECT count(*) FROM audit_event"))
    with team_server.engine("aud").connect() as connection:
        teams = connection.execute(text("SELECT DISTINCT team FROM audit_event ORDER BY 1")).scalars()
        assert list(teams) == ["north", "south"]
        # The auditor sees which family a note is about, not the record's contents.
        assert connection.execute(text("SELECT count(*) FROM family")).scalar() == 2
        with pytest.raises(DBAPIError, match="permission denied"):
            connection.execute(text("SELECT count(*) FROM person"))


def test_member_teams_names_the_connected_users_teams(team_server: TeamServer) -> None:
    with team_server.engine("ann").connect() as connection:
        assert member_teams(connection) == ("north",)
    add_member(team_server.engine(), "south", team_server.user("ann"), None)
    with team_server.engine("ann").connect() as connection:
        assert member_teams(connection) == ("north", "south")
    with team_server.engine("aud").connect() as connection:
        assert member_teams(connection) == ()
