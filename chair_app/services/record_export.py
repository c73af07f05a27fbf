"""Export meeting records (services.record_format): a meeting with the family's earlier
meetings, as JSON or an encrypted package. The export is noted (exported_hash) once the record
has left the app."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chair_app.core.errors import NotFound
from chair_app.core.language import translate
from chair_app.core.record_format import (
    FAMILY_COLLECTIONS,
    FORMAT_NAME,
    FORMAT_VERSION,
    MEETING_COLLECTIONS,
    SYNC_KEY,
    Unit,
    content_hash,
    without_sync,
)
from chair_app.models.db import SessionFactory
from chair_app.models.record_import import ExportedHash, record_transaction
from chair_app.services.record_format import record_bytes

if TYPE_CHECKING:
    from chair_app.models.orm import FamilyRow, MeetingRow

logger = logging.getLogger(__name__)


class RecordService:
    """Export meeting records. The export is noted in exported_hash, in a transaction of its
    own, once the record has left the app (for a file: once the file is in place)."""

    def __init__(
        self, factory: SessionFactory, clock: Callable[[], dt.datetime] | None = None
    ) -> None:
        self._factory = factory
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))

    def export_meeting(self, meeting_id: int, *, with_earlier: bool = True) -> dict[str, Any]:
        """The record of one meeting, with the family's earlier meetings unless told not to.

        Raises:
            NotFound: no such meeting.
        """
        return self.export_record(self._meeting_and_earlier(meeting_id, with_earlier))

    def _meeting_and_earlier(self, meeting_id: int, with_earlier: bool = True) -> list[int]:
        with record_transaction(self._factory) as store:
            meeting = store.meeting(meeting_id)
            if meeting is None:
                raise NotFound(_no_meeting(meeting_id))
            if not with_earlier:
                return [meeting_id]
            return [
                m.id for m in meeting.family.meetings if (m.date, m.id) <= (meeting.date, meeting.id)
            ]

    def export_record(self, meeting_ids: Sequence[int]) -> dict[str, Any]:
        """The record of these meetings (all of one family), as a JSON-ready dict; the export
        is noted in exported_hash.

        Raises:
            NotFound: a meeting does not exist.
            ValueError: the meetings are of more than one family, or none is given.
        """
        record, hashes = self._build_record(meeting_ids)
        self._note_exported(hashes)
        return record

    def _note_exported(self, hashes: Sequence[ExportedHash]) -> None:
        """Set exported_hash on each family and meeting row, in one transaction."""
        with record_transaction(self._factory) as store:
            store.note_exported(hashes)

    def _build_record(
        self, meeting_ids: Sequence[int]
    ) -> tuple[dict[str, Any], list[ExportedHash]]:
        """The record, and the exported_hash each row gets once it has left the app. Reads
        only: nothing is changed."""
        if not meeting_ids:
            raise ValueError(translate("RecordExport", "A record holds at least one meeting."))
        with record_transaction(self._factory) as store:
            rows = []
            for meeting_id in meeting_ids:
                row = store.meeting(meeting_id)
                if row is None:
                    raise NotFound(_no_meeting(meeting_id))
                rows.append(row)
            if len({row.family_id for row in rows}) != 1:
                raise ValueError(
                    translate("RecordExport", "A record holds meetings of one family only.")
                )
            family = rows[0].family
            hashes: list[ExportedHash] = []
            family_unit = _with_sync(
                store.read_family(family), FAMILY_COLLECTIONS, family, hashes
            )
            meetings = [
                _with_sync(store.read_meeting(row), MEETING_COLLECTIONS, row, hashes)
                for row in sorted(rows, key=lambda r: (r.date, r.id))
            ]
        logger.info("exported a record of %d meetings of family %d", len(meetings), family.id)
        record = {
            "format": FORMAT_NAME,
            "format_version": FORMAT_VERSION,
            "exported_at": self._clock().astimezone(dt.UTC).isoformat(timespec="seconds"),
            "application": "Chair",
            "family": family_unit,
            "meetings": meetings,
        }
        return record, hashes

    def write_meeting_record(self, meeting_id: int, path: Path) -> Path:
        """Export the meeting (with the family's earlier ones) to a JSON file at path, written
        whole or not at all. The export is noted (exported_hash) only once the file is in place.

        Raises:
            NotFound: no such meeting.
            OutputRefused: path names a folder, a device or a pipe.
            OSError: the file cannot be written (nothing is left behind, nothing is changed).
        """
        from chair_app.services.output_files import check_output, write_bytes_atomically

        check_output(path)
        record, hashes = self._build_record(self._meeting_and_earlier(meeting_id))
        write_bytes_atomically(path, record_bytes(record))
        self._note_exported(hashes)
        return path

    def write_meeting_package(self, meeting_id: int, path: Path, passphrase: str) -> Path:
        """Export the meeting (with the family's earlier ones) as an encrypted package at path
        (``services.record_package``): the same JSON, sealed with the passphrase.

        Raises:
            NotFound: no such meeting.
            OSError: the file cannot be written (nothing is left behind).
        """
        from chair_app.services.output_files import check_output
        from chair_app.services.record_package import write_package

        check_output(path)
        record, hashes = self._build_record(self._meeting_and_earlier(meeting_id))
        written = write_package(record_bytes(record), path, passphrase)
        self._note_exported(hashes)
        return written



def _with_sync(
    unit: Unit,
    collections: Sequence[Any],
    row: FamilyRow | MeetingRow,
    hashes: list[ExportedHash],
) -> Unit:
    digest = content_hash(unit, collections)
    unit = without_sync(unit)
    unit[SYNC_KEY] = {"content_hash": digest, "based_on": row.synced_hash}
    hashes.append((type(row), row.id, digest))
    return unit



def _no_meeting(meeting_id: int) -> str:
    return translate("RecordExport", "Meeting {id} does not exist.").format(id=meeting_id)
