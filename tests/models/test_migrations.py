"""Schema upgrades: a file with the first released schema (0.1.0, with its data) is brought up
to today's schema after a backup, with every row intact; a newer file is refused unchanged."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect

from chair_app.core.errors import NewerSchema
from chair_app.models.db import DATABASE_FILE_NAME, open_database
from chair_app.models.migrations import HEAD_REVISION, REVISIONS, alembic_config

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "chair-0.1.0.sqlite3"


def _rows(path: Path) -> dict[str, list[tuple]]:
    connection = sqlite3.connect(path)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "AND name != 'alembic_version' ORDER BY name"
            )
        ]
        return {
            table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in tables
        }
    finally:
        connection.close()


def _schema(engine) -> dict[str, dict[str, str]]:  # type: ignore[no-untyped-def]
    inspector = inspect(engine)
    return {
        table: {column["name"]: str(column["type"]) for column in inspector.get_columns(table)}
        for table in inspector.get_table_names()
    }


@pytest.fixture
def released(tmp_path: Path) -> Path:
    path = tmp_path / "data" / DATABASE_FILE_NAME
    path.parent.mkdir()
    shutil.copy(FIXTURE, path)
    return path


def test_the_revisions_listed_are_alembics(tmp_path: Path) -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    walked = [revision.revision for revision in script.walk_revisions()]
    assert tuple(reversed(walked)) == REVISIONS
    assert script.get_current_head() == HEAD_REVISION


def test_the_first_release_upgrades_with_every_row_intact(released: Path, tmp_path: Path) -> None:
    before = _rows(released)
    assert sum(len(rows) for rows in before.values()) > 50
    backups: list[str] = []

    engine = open_database(released, before_upgrade=lambda: backups.append("backup"))
    upgraded_schema = _schema(engine)
    with engine.connect() as connection:
        revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    engine.dispose()

    assert revision == HEAD_REVISION
    after = _rows(released)
    for table, rows in before.items():
        assert after[table][: len(rows)] == rows or _same_rows_by_old_columns(
            released, table, rows
        ), f"rows of {table} changed"
    # The upgraded file has exactly the schema a new file gets.
    fresh = open_database(tmp_path / "fresh.sqlite3")
    assert upgraded_schema == _schema(fresh)
    fresh.dispose()
    # A backup is taken before a migration runs (none needed when only stamping).
    assert backups == ([] if len(REVISIONS) == 1 else ["backup"])


def _same_rows_by_old_columns(path: Path, table: str, rows: list[tuple]) -> bool:
    """After a migration that adds columns, the old columns still hold the old values."""
    connection = sqlite3.connect(path)
    try:
        old_columns = [row[1] for row in sqlite3.connect(FIXTURE).execute(
            f'PRAGMA table_info("{table}")'
        )]
        selected = ", ".join(f'"{c}"' for c in old_columns)
        now = sorted(connection.execute(f'SELECT {selected} FROM "{table}"').fetchall(), key=repr)
        return now == rows
    finally:
        connection.close()


def test_opening_the_upgraded_file_again_changes_nothing(released: Path) -> None:
    open_database(released).dispose()
    digest = hashlib.sha256(released.read_bytes()).hexdigest()
    open_database(released).dispose()
    assert hashlib.sha256(released.read_bytes()).hexdigest() == digest


def test_a_file_from_a_newer_version_is_refused_and_left_unchanged(released: Path) -> None:
    open_database(released).dispose()
    connection = sqlite3.connect(released)
    connection.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    connection.commit()
    connection.close()
    digest = hashlib.sha256(released.read_bytes()).hexdigest()

    with pytest.raises(NewerSchema) as refused:
        open_database(released)

    assert "newer version of Chair" in str(refused.value)
    assert "left it unchanged" in str(refused.value)
    assert hashlib.sha256(released.read_bytes()).hexdigest() == digest


def test_the_cli_names_a_newer_file(released: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from chair_app.cli import main

    data_dir = released.parent
    from chair_app.services.storage import open_store

    open_store(data_dir, "lantern by the door").close()  # encrypted, as the app keeps it
    from chair_app.models.db import connect

    connection = connect(released, "lantern by the door")
    connection.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    connection.commit()
    connection.close()
    secret = tmp_path / "passphrase.txt"
    secret.write_text("lantern by the door\n", encoding="utf-8")

    status = main(["list", "--data-dir", str(data_dir), "--passphrase-file", str(secret)])

    assert status == 2
    assert "newer version of Chair" in capsys.readouterr().err


def test_the_upgrade_gives_every_row_a_distinct_uuid(released: Path) -> None:
    before = _rows(released)
    open_database(released).dispose()
    connection = sqlite3.connect(released)
    try:
        seen: set[str] = set()
        tables_with_uuid = 0
        for table, rows in before.items():
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
            if "uuid" not in columns:
                assert table in ("minutes_state", "setting"), f"{table} has no uuid"
                continue
            tables_with_uuid += 1
            uuids = [row[0] for row in connection.execute(f'SELECT uuid FROM "{table}"')]
            assert len(uuids) == len(rows)
            assert all(isinstance(u, str) and len(u) == 36 for u in uuids), table
            assert not seen & set(uuids), f"a uuid of {table} is used twice"
            assert len(set(uuids)) == len(uuids), f"a uuid of {table} is used twice"
            seen |= set(uuids)
            info = {row[1]: row for row in connection.execute(f'PRAGMA table_info("{table}")')}
            assert info["uuid"][3] == 1, f"{table}.uuid may be null"
            unique_columns = [
                [c[2] for c in connection.execute(f'PRAGMA index_info("{index[1]}")')]
                for index in connection.execute(f'PRAGMA index_list("{table}")')
                if index[2] == 1
            ]
            assert ["uuid"] in unique_columns, f"{table}.uuid is not unique"
        assert tables_with_uuid == 20
        assert len(seen) > 50
    finally:
        connection.rollback()
        connection.close()


def test_records_of_the_first_release_read_as_before_after_the_withholding_upgrade(
    released: Path,
) -> None:
    """Revision 0004: every earlier attendance entry counts as invited, nothing is withheld
    from anybody (but the third-party updates, from the family, as before), no child is unborn,
    and no copy sent is named other than the full record."""
    from chair_app.core.domain import NOT_WITHHELD
    from chair_app.models.db import make_session_factory
    from chair_app.models.minutes_repository import MinutesRepository
    from chair_app.models.repositories import FamilyRepository, MeetingRepository

    engine = open_database(released)
    factory = make_session_factory(engine)
    meetings = MeetingRepository(factory)
    summaries = meetings.list_all()
    assert summaries
    for summary in summaries:
        meeting = meetings.get(summary.id)
        assert all(entry.invited for entry in meeting.attendance)
        assert all(entry.report_withheld == NOT_WITHHELD for entry in meeting.attendance)
        assert all(not s.notes and s.notes_withheld == NOT_WITHHELD for s in meeting.statements)
        assert all(u.withheld_from_people == () for u in meeting.updates)
        assert meeting.contingency_parts == () and meeting.chair_summary == ""
        assert not any(a.owner_family or a.joint_owner_ids for a in meeting.actions)
        family = FamilyRepository(factory).get(summary.family_id)
        assert not any(child.unborn for child in family.children)
        for sent in MinutesRepository(factory).record(summary.id).distribution:
            assert sent.copy == "full"
    engine.dispose()
