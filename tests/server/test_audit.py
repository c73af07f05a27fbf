"""The audit trail on the team server: who changed what, in which family and meeting, and when;
names of fields, never their values; nobody may change or remove a note, not even the owner."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from chair_app.models.record_tables import record_tables
from chair_app.services.server_admin import audit_trail
from server.record_rows import fill_every_table
from server.team_fixture import TeamServer, team_server_fixture  # noqa: F401  (the fixture)

WORRY = "Fictional worry: the stairgate is broken again"


def _family_with_meeting(server: TeamServer) -> tuple[str, str]:
    """As ann (north): a family and a meeting inserted, the meeting's worries typed, then the
    meeting removed; returns (family uuid, meeting uuid)."""
    with server.engine("ann").begin() as connection:
        rows = fill_every_table(connection, "north", "Fictional Family")
    family_uuid = str(rows["family"]["uuid"])
    meeting_uuid = str(rows["meeting"]["uuid"])
    with server.engine("ann").begin() as connection:
        connection.execute(
            text("UPDATE meeting SET worries = :worry, venue = 'Room 2' WHERE uuid = :uuid"),
            {"worry": WORRY, "uuid": meeting_uuid},
        )
        # What a sync does to keep its books is not a change to the record.
        connection.execute(
            text("UPDATE family SET revision = revision + 1, synced_hash = 'abc'")
        )
        connection.execute(text("UPDATE family SET name = 'Fictional Family Renamed'"))
        connection.execute(text("DELETE FROM meeting WHERE uuid = :uuid"), {"uuid": meeting_uuid})
    return family_uuid, meeting_uuid


def test_each_change_is_noted_with_who_where_and_which_fields(team_server: TeamServer) -> None:
    family_uuid, meeting_uuid = _family_with_meeting(team_server)
    with team_server.engine("aud").connect() as connection:
        entries = audit_trail(connection, family_uuid)
    ann = team_server.user("ann")
    assert {entry.member for entry in entries} == {ann}
    assert {entry.team for entry in entries} == {"north"}
    inserted = {entry.record for entry in entries if entry.action == "insert"}
    assert inserted == {record.name for record in record_tables()}
    updates = [(e.record, e.meeting_uuid, e.fields) for e in entries if e.action == "update"]
    assert updates == [
        ("meeting", meeting_uuid, ("venue", "worries")),
        ("family", None, ("name",)),
    ]
    deleted = [e for e in entries if e.action == "delete" and e.record == "meeting"]
    assert [(e.record_uuid, e.meeting_uuid) for e in deleted] == [(meeting_uuid, meeting_uuid)]
    assert [e.action for e in entries][:1] == ["insert"]
    meeting_notes = [e for e in entries if e.record == "meeting"]
    assert [e.action for e in meeting_notes] == ["insert", "update", "delete"]


def test_the_trail_holds_no_value_typed_into_the_record(team_server: TeamServer) -> None:
    _family_with_meeting(team_server)
    with team_server.engine().connect() as connection:
        rows = connection.execute(text("SELECT * FROM audit_event")).all()
    assert rows
    every_value = " ".join(str(value) for row in rows for value in row)
    assert "stairgate" not in every_value
    assert "Room 2" not in every_value
    assert "Fictional Family" not in every_value


def test_a_member_cannot_note_a_change_in_someone_elses_name(team_server: TeamServer) -> None:
    with (
        team_server.engine("ann").connect() as connection,
        pytest.raises(DBAPIError, match="row-level security"),
    ):
        connection.execute(
            text(
                "INSERT INTO audit_event (at, member, record, action, fields) "
                "VALUES (now(), :someone, 'family', 'delete', '')"
            ),
            {"someone": team_server.user("ben")},
        )


@pytest.mark.parametrize("who", ["ann", "aud", None])  # a member, the auditor, the owner
def test_nobody_changes_or_removes_a_note(team_server: TeamServer, who: str | None) -> None:
    family_uuid, _meeting = _family_with_meeting(team_server)
    with team_server.engine().connect() as connection:
        before = connection.execute(text("SELECT * FROM audit_event ORDER BY id")).all()
    refused = "permission denied|append-only"
    engine = team_server.engine(who)
    for statement in (
        "UPDATE audit_event SET member = 'someone else'",
        "UPDATE audit_event SET fields = '' WHERE family_uuid = :family",
        "DELETE FROM audit_event WHERE family_uuid = :family",
        "DELETE FROM audit_event",
        "TRUNCATE audit_event",
    ):
        with engine.connect() as connection, pytest.raises(DBAPIError, match=refused):
            connection.execute(text(statement), {"family": family_uuid})
    with team_server.engine().connect() as connection:
        after = connection.execute(text("SELECT * FROM audit_event ORDER BY id")).all()
    assert after == before


def test_the_trail_by_the_familys_id_on_the_server(team_server: TeamServer) -> None:
    family_uuid, _meeting = _family_with_meeting(team_server)
    with team_server.engine("aud").connect() as connection:
        family_id = connection.execute(
            text("SELECT id FROM family WHERE uuid = :uuid"), {"uuid": family_uuid}
        ).scalar()
        assert audit_trail(connection, str(family_id)) == audit_trail(connection, family_uuid)
        assert audit_trail(connection, str(uuid.uuid4())) == ()


def test_a_member_cannot_wind_back_the_trails_numbering(team_server: TeamServer) -> None:
    _family_with_meeting(team_server)
    with (
        team_server.engine("ann").connect() as connection,
        pytest.raises(DBAPIError, match="permission denied"),
    ):
        connection.execute(text("SELECT setval(pg_get_serial_sequence('audit_event', 'id'), 1)"))
    # ... while the families' revisions are theirs to take (the sync bumps them).
    with team_server.engine("ann").connect() as connection:
        assert (connection.execute(text("SELECT nextval('family_revision')")).scalar() or 0) >= 1
