"""Storage for meeting records handed between laptops (services.record_export,
services.record_import): the rows a record is read from and written to, in one transaction.

The services decide what a record means (what changed, which side wins); this module only
finds, reads and writes rows. Rows handed out stay valid until the transaction ends.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload, sessionmaker

from chair_app.core.domain import Family, Meeting
from chair_app.core.errors import StorageUnavailable
from chair_app.core.record_format import Unit
from chair_app.models.db import SessionFactory
from chair_app.models.orm import DecisionRow, FamilyRow, MeetingRow
from chair_app.models.record_repository import (
    RecordInvalid,
    meetings_read_together,
    read_family,
    read_meeting,
    write_family,
    write_meeting,
)
from chair_app.models.repositories import MeetingRepository, _transaction, person_from_row

# (row type, row id, content hash): the exported_hash a row gets once its record has left.
ExportedHash = tuple[type[Any], int, str]


def folded(text: str) -> str:
    """A name as compared across laptops: accents, case and spaces around it aside."""
    return unicodedata.normalize("NFKD", text).casefold().strip()


class RecordStore:
    """The rows of one transaction (``record_transaction``)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def meeting(self, meeting_id: int) -> MeetingRow | None:
        return self._session.get(MeetingRow, meeting_id)

    def family(self, family_id: int) -> FamilyRow | None:
        # An id too big for SQLite's integers names no family (and cannot be looked up).
        return self._session.get(FamilyRow, family_id) if abs(family_id) < 2**63 else None

    def family_by_uuid(self, uuid: str) -> FamilyRow | None:
        return self._session.scalars(
            select(FamilyRow).where(FamilyRow.uuid == uuid)
        ).one_or_none()

    def meeting_by_uuid(self, uuid: str) -> MeetingRow | None:
        return self._session.scalars(
            select(MeetingRow).where(MeetingRow.uuid == uuid)
        ).one_or_none()

    def families(self) -> list[FamilyRow]:
        return list(self._session.scalars(select(FamilyRow).order_by(FamilyRow.id)))

    def read_family(self, family: FamilyRow) -> Unit:
        return read_family(self._session, family)

    def read_meeting(self, meeting: MeetingRow) -> Unit:
        return read_meeting(self._session, meeting)

    def reading_together(self, meeting_ids: list[int]) -> AbstractContextManager[None]:
        """Within the block, read_meeting of these meetings reads from one query per table
        (the block only reads)."""
        return meetings_read_together(self._session, meeting_ids)

    def write_family(self, target: Unit, family: FamilyRow | None) -> FamilyRow:
        return write_family(self._session, target, family)

    def write_meeting(self, target: Unit, row: MeetingRow | None, family: FamilyRow) -> MeetingRow:
        return write_meeting(self._session, target, row, family)

    def note_exported(self, hashes: Sequence[ExportedHash]) -> None:
        """Set exported_hash on each family and meeting row."""
        for row_type, row_id, digest in hashes:
            row = self._session.get(row_type, row_id)
            if row is not None:
                row.exported_hash = digest

    def adopt(self, family: FamilyRow, incoming: Unit) -> None:
        """A family chosen for the record takes its UUID; its people and children that match
        the record's (by name; children also by date of birth) take theirs."""
        family.uuid = incoming["uuid"]
        for key, rows in (("children", family.children), ("people", family.people)):
            free = [row for row in rows]
            for record in incoming[key]:
                if any(row.uuid == record["uuid"] for row in rows):
                    continue
                for row in free:
                    same_name = folded(row.name) == folded(record["name"])
                    born = record.get("date_of_birth")
                    row_born = getattr(row, "date_of_birth", None)
                    same_birth = key == "people" or (
                        (row_born.isoformat() if row_born else None) == born
                    )
                    if same_name and same_birth:
                        row.uuid = record["uuid"]
                        free.remove(row)
                        break
        self._session.flush()

    def flush(self) -> None:
        self._session.flush()

    def joined_factory(self) -> SessionFactory:
        """Sessions that join this transaction: they read what it wrote, and their commits
        leave it open (it is committed or rolled back by ``record_transaction``, as a whole)."""
        self._session.flush()
        return sessionmaker(
            bind=self._session.connection(),
            expire_on_commit=False,
            join_transaction_mode="rollback_only",
        )

    def as_read(
        self, family: FamilyRow, meetings: Sequence[MeetingRow]
    ) -> tuple[Family, list[Meeting]]:
        """The family's network and the meetings, read back as the app reads them."""
        self._session.expire_all()
        people = tuple(person_from_row(p) for p in family.people)
        network = Family(family.id, family.name, (), people)
        # Everything the reading needs, a query per kind of row (not per meeting and kind).
        loaded = {
            row.id: row
            for row in self._session.scalars(
                select(MeetingRow)
                .where(MeetingRow.id.in_([row.id for row in meetings]))
                .options(
                    selectinload(MeetingRow.decisions).selectinload(DecisionRow.votes),
                    *(
                        selectinload(getattr(MeetingRow, relationship.key))
                        for relationship in inspect(MeetingRow).relationships
                        if relationship.uselist and relationship.key != "decisions"
                    ),
                )
            )
        }
        return network, [MeetingRepository.to_meeting(loaded[row.id]) for row in meetings]



@contextmanager
def record_transaction(factory: SessionFactory) -> Iterator[RecordStore]:
    """One transaction: committed if the block ends normally, else rolled back.

    Raises:
        RecordInvalid: what was written clashes with records here.
        StorageUnavailable: the data could not be read or saved.
    """
    try:
        with _transaction(factory) as session:
            yield RecordStore(session)
    except StorageUnavailable as error:
        clash = error.__cause__
        if isinstance(clash, IntegrityError):
            raise RecordInvalid(f"it clashes with records here ({clash.orig}).") from clash
        raise
