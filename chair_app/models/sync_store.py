"""The rows a sync reads and writes besides the record itself (services.sync): revisions, the
laptop's change counts, held server versions, and the server's lock and sequence. One
``SyncStore`` is one transaction, on the laptop's file or on the team server."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, delete, select, text, update
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import sessionmaker

from chair_app.models.db import SessionFactory
from chair_app.models.orm import FamilyRow, MeetingRow, SettingRow, SyncHeldRow, SyncPendingRow
from chair_app.models.record_import import RecordStore, record_transaction

# What a failed statement or connection on the server raises (models.server_db names it).
DATABASE_ERRORS: tuple[type[BaseException], ...] = (DBAPIError, SQLAlchemyError)


def session_factory(engine: Engine) -> SessionFactory:
    return sessionmaker(bind=engine, expire_on_commit=False)


def is_server_error(error: BaseException) -> bool:
    """An error of the server's driver (psycopg), wrapped or not."""
    cause = getattr(error, "orig", None) or error
    return type(cause).__module__.startswith("psycopg")


class SyncStore(RecordStore):
    """The rows of one sync transaction: the record (RecordStore) and the sync's own."""

    # -- listings (each read in one statement) -----------------------------------------------

    def revisions(self) -> dict[str, int]:
        """Every family's UUID and revision (on the server: those row-level security shows)."""
        rows = self._session.execute(select(FamilyRow.uuid, FamilyRow.revision)).all()
        return {uuid: revision for uuid, revision in rows}

    def held_revisions(self) -> dict[str, int]:
        rows = self._session.execute(select(SyncHeldRow.family_uuid, SyncHeldRow.revision))
        return {uuid: revision for uuid, revision in rows}

    def pending(self) -> dict[str, int]:
        rows = self._session.execute(select(SyncPendingRow.family_uuid, SyncPendingRow.changes))
        return {uuid: changes for uuid, changes in rows}

    # -- the server ---------------------------------------------------------------------------

    def snapshot(self) -> None:
        """Read everything that follows from one snapshot (a family read whole, consistent)."""
        self._session.connection(execution_options={"isolation_level": "REPEATABLE READ"})

    def lock_family(self, family_uuid: str) -> None:
        """One sender of a family at a time, until this transaction ends (PostgreSQL)."""
        self._session.execute(
            text("SELECT pg_advisory_xact_lock(hashtext(:uuid))"), {"uuid": family_uuid}
        )

    def revision_of(self, family_uuid: str) -> int | None:
        return self._session.execute(
            select(FamilyRow.revision).where(FamilyRow.uuid == family_uuid)
        ).scalar_one_or_none()

    def next_revision(self) -> int:
        return int(self._session.execute(text("SELECT nextval('family_revision')")).scalar_one())

    def forget_bases(self, family: FamilyRow) -> None:
        """The server keeps no base of its own (services.sync)."""
        self._session.execute(
            update(FamilyRow).where(FamilyRow.id == family.id).values(synced_hash=None)
        )
        self._session.execute(
            update(MeetingRow).where(MeetingRow.family_id == family.id).values(synced_hash=None)
        )

    def note_checked(self, family: FamilyRow, hashes: dict[str, str]) -> None:
        """On the server, ``exported_hash`` holds the content hash of each meeting as it was
        when the server took it (and checked its agreed fingerprints): see services.sync."""
        for row in family.meetings:
            if row.uuid in hashes:
                row.exported_hash = hashes[row.uuid]
        self._session.flush()

    def backend_id(self) -> int:
        """The server process serving this transaction (tests cut it from another session)."""
        return int(self._session.execute(text("SELECT pg_backend_pid()")).scalar_one())

    # -- the laptop's change counts -------------------------------------------------------------

    def changes(self, family_uuid: str) -> int | None:
        row = self._session.get(SyncPendingRow, family_uuid)
        return row.changes if row is not None else None

    def restore_changes(self, family_uuid: str, changes: int | None) -> None:
        """Put the family's count back as it was (the sync's own writes are not changes)."""
        self._session.flush()
        self._session.expire_all()
        if changes is None:
            self._session.execute(
                delete(SyncPendingRow).where(SyncPendingRow.family_uuid == family_uuid)
            )
        else:
            self._session.execute(
                update(SyncPendingRow)
                .where(SyncPendingRow.family_uuid == family_uuid)
                .values(changes=changes)
            )

    def clear_changes(self, family_uuid: str, changes: int | None) -> None:
        """Clear the count if nothing changed since it was read (else it is sent again)."""
        if changes is None:
            return
        self._session.execute(
            delete(SyncPendingRow).where(
                SyncPendingRow.family_uuid == family_uuid, SyncPendingRow.changes == changes
            )
        )

    # -- held server versions -------------------------------------------------------------------

    def hold(self, family_uuid: str, revision: int, record: str, at: dt.datetime) -> None:
        held = self._session.get(SyncHeldRow, family_uuid) or SyncHeldRow(family_uuid=family_uuid)
        held.revision = revision
        held.record = record
        held.held_at = at
        self._session.add(held)

    def held(self) -> list[tuple[str, int, str]]:
        """(family UUID, revision, record JSON) of every held version, oldest first."""
        rows = self._session.scalars(select(SyncHeldRow).order_by(SyncHeldRow.held_at)).all()
        return [(row.family_uuid, row.revision, row.record) for row in rows]

    def held_version(self, family_uuid: str) -> tuple[int, str] | None:
        row = self._session.get(SyncHeldRow, family_uuid)
        return (row.revision, row.record) if row is not None else None

    def release(self, family_uuid: str) -> None:
        self._session.execute(delete(SyncHeldRow).where(SyncHeldRow.family_uuid == family_uuid))

    # -- settings ---------------------------------------------------------------------------------

    def setting(self, key: str) -> str:
        row = self._session.get(SettingRow, key)
        return row.value if row is not None else ""

    def set_setting(self, key: str, value: str) -> None:
        row = self._session.get(SettingRow, key) or SettingRow(key=key)
        row.value = value
        self._session.add(row)

    def connection(self) -> object:
        """The transaction's connection (for services.server_admin.member_teams)."""
        return self._session.connection()


@contextmanager
def sync_transaction(factory: SessionFactory) -> Iterator[SyncStore]:
    """One transaction (record_transaction's), with the sync's rows."""
    with record_transaction(factory) as store:
        yield SyncStore(store._session)  # noqa: SLF001 - the same transaction
