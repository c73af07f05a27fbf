"""Sync with the team server: the laptop's file stays the working copy; a sync pulls what changed
on the server for the families this user may see, then pushes what changed here.

Both directions use the meeting-record merge rules of services.record_import (by UUID; agreed
minutes never change; a draft changed on both sides waits for the user's choice), with the server
as the hub every laptop compares against:

- **The laptop's base.** For each family and meeting, ``synced_hash`` is the version it last
  matched with the server, and ``exported_hash`` the version it last sent. A pulled version
  equal to either is older than this laptop's (kept, sent at the next push); a laptop version
  equal to the base is simply replaced; otherwise the differences are held (``sync_held``) until
  the user chooses a side for each (``resolve``).
- **The server** keeps no base (its rows' ``synced_hash`` is always empty): it takes a pushed
  version only when that version was made from exactly what the server holds now (``based_on``
  equals its content), so a laptop that has not pulled the latest can never overwrite it. Each
  accepted push bumps the family's ``revision`` from one sequence, under a lock on that family,
  so two laptops pushing at once are taken one after the other.
- **What to push.** SQLite triggers count every change to a family's record
  (models.sync_triggers); a sync reads only those families, and clears a count only if nothing
  changed while it was being sent.
- **Every step is its own transaction**, on each side, in an order where a failure at any point
  (the server stopped, the connection cut, the laptop killed) leaves both sides consistent: the
  next sync finds out what reached the server by comparing content, and finishes the work.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chair_app.core.errors import StorageUnavailable
from chair_app.core.language import translate
from chair_app.core.record_format import (
    FAMILY_COLLECTIONS,
    FORMAT_NAME,
    FORMAT_VERSION,
    MEETING_COLLECTIONS,
    SYNC_KEY,
    Difference,
    Side,
    Unit,
    content_hash,
    without_sync,
)
from chair_app.models.db import SessionFactory
from chair_app.models.record_import import RecordStore
from chair_app.models.record_repository import RecordInvalid
from chair_app.models.server_db import (
    ServerAddress,
    ServerEngine,
    check_schema,
    server_engine,
    server_problem,
)
from chair_app.models.sync_store import (
    DATABASE_ERRORS,
    is_server_error,
    session_factory,
    sync_transaction,
)
from chair_app.services.record_changes import ImportOutcome, ImportResult
from chair_app.services.record_format import AgreedContentChanged, RecordRefused

if TYPE_CHECKING:
    from chair_app.models.orm import FamilyRow, MeetingRow

logger = logging.getLogger(__name__)

LAST_SYNC_KEY = "sync.last"


@dataclass(frozen=True, slots=True)
class SyncReport:
    """What one sync did. Names are for the window; logs get counts only."""

    started: dt.datetime
    finished: dt.datetime
    pulled: tuple[str, ...] = ()
    pushed: tuple[str, ...] = ()
    held: tuple[str, ...] = ()
    refused: tuple[str, ...] = ()

    def summary(self) -> str:
        parts = [
            translate("Sync", "{count} brought from the server").format(count=len(self.pulled)),
            translate("Sync", "{count} sent").format(count=len(self.pushed)),
        ]
        if self.held:
            parts.append(
                translate("Sync", "{count} with differences to choose").format(
                    count=len(self.held)
                )
            )
        if self.refused:
            parts.append(
                translate("Sync", "{count} refused").format(count=len(self.refused))
            )
        return translate("Sync", "Families: {parts}.").format(parts=", ".join(parts))


@dataclass(frozen=True, slots=True)
class LastSync:
    at: dt.datetime
    summary: str


@dataclass(frozen=True, slots=True)
class HeldFamily:
    """A family whose server version differs from this laptop's on both sides."""

    family_uuid: str
    family_id: int | None
    name: str
    conflicts: tuple[Difference, ...]
    # What each family or meeting UUID is, for people ("Core Group, Monday 23 November 2026").
    units: Mapping[str, str] = field(default_factory=dict)
    # The server's version (the record format's dict): names for the UUIDs the values hold.
    record: Mapping[str, Any] = field(default_factory=dict)


@dataclass
class _Progress:
    pulled: list[str] = field(default_factory=list)
    pushed: list[str] = field(default_factory=list)
    held: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)


class SyncService:
    """Sync this laptop's file with the team server (see the module's description)."""

    def __init__(
        self,
        local: SessionFactory,
        server: ServerEngine,
        agenda_folder: Path | None = None,
        *,
        address: ServerAddress | None = None,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        self._local = local
        self._server_engine = server
        self._server = session_factory(server)
        self._agenda_folder = agenda_folder
        self._address = address or _address_of(server)
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))

    # -- the whole sync -----------------------------------------------------------------------

    def sync(self) -> SyncReport:
        """Pull, then push.

        Raises:
            ServerUnavailable: the server could not be reached, refused, or was lost mid-way.
                What was completed before stays completed on both sides; nothing half-done is
                kept; the next sync carries on.
            StorageUnavailable: this laptop's file could not be read or saved.
        """
        started = self._clock()
        progress = _Progress()
        try:
            server_families = self._server_families()
            self._pull(server_families, progress)
            self._push(server_families, progress)
        except DATABASE_ERRORS as error:
            raise server_problem(error, self._address) from error
        except StorageUnavailable as error:
            cause = error.__cause__
            if cause is not None and is_server_error(cause):
                raise server_problem(cause, self._address) from error
            raise
        report = SyncReport(
            started,
            self._clock(),
            tuple(progress.pulled),
            tuple(progress.pushed),
            tuple(progress.held),
            tuple(progress.refused),
        )
        self._note_last_sync(report)
        logger.info(
            "sync: %d pulled, %d pushed, %d held, %d refused",
            len(report.pulled),
            len(report.pushed),
            len(report.held),
            len(report.refused),
        )
        return report

    def _server_families(self) -> dict[str, int]:
        """Every family this user may see on the server, with its revision (row-level security
        leaves out the others)."""
        with sync_transaction(self._server) as store:
            return store.revisions()

    # -- pull -----------------------------------------------------------------------------------

    def _pull(self, server_families: Mapping[str, int], progress: _Progress) -> None:
        with sync_transaction(self._local) as store:
            local = store.revisions()
            held = store.held_revisions()
        for uuid, revision in sorted(server_families.items(), key=lambda item: item[1]):
            if local.get(uuid) == revision or held.get(uuid) == revision:
                continue
            found = self._server_record(uuid)
            if found is None:  # gone from sight since the listing
                continue
            record, revision = found
            self._take(record, revision, progress)

    def _server_record(self, family_uuid: str) -> tuple[dict[str, Any], int] | None:
        """The server's whole record of one family and its revision, read in one snapshot."""
        with sync_transaction(self._server) as store:
            store.snapshot()
            family = store.family_by_uuid(family_uuid)
            if family is None:
                return None
            return _family_record(store, family, on_server=True), family.revision

    def _take(self, record: dict[str, Any], revision: int, progress: _Progress) -> None:
        """Import the server's version of a family here, in one local transaction; hold it
        instead when a difference needs the user's choice."""
        from chair_app.services.record_import import ImportService

        family_uuid = record["family"]["uuid"]
        name = str(record["family"]["name"])
        importer = ImportService(self._local, self._agenda_folder)
        result: ImportResult | None = None
        try:
            with sync_transaction(self._local) as store:
                pending_before = store.changes(family_uuid)
                result = importer.import_in(store, record, new_family=True, trust_checked=True)
                if result.outcome not in (ImportOutcome.IMPORTED, ImportOutcome.UP_TO_DATE):
                    raise _Undo
                family = store.family_by_uuid(family_uuid)
                assert family is not None
                _adopt_sent_versions(store, family, record)
                family.revision = revision
                store.release(family_uuid)
                # The import's own writes are not changes made here.
                store.restore_changes(family_uuid, pending_before)
        except _Undo:
            pass
        except (RecordInvalid, RecordRefused, AgreedContentChanged) as error:
            progress.refused.append(
                f"{name}: {error}"
            )
            return
        assert result is not None
        if result.outcome is ImportOutcome.CONFLICTS:
            with sync_transaction(self._local) as store:
                store.hold(
                    family_uuid,
                    revision,
                    json.dumps(record, ensure_ascii=False),
                    self._clock().replace(tzinfo=None),
                )
            progress.held.append(name)
        elif result.outcome is ImportOutcome.REFUSED:
            progress.refused.append(
                f"{name}: {result.message}"
            )
        elif result.outcome is ImportOutcome.IMPORTED:
            progress.pulled.append(name)

    # -- push -----------------------------------------------------------------------------------

    def _push(self, server_families: Mapping[str, int], progress: _Progress) -> None:
        with sync_transaction(self._local) as store:
            pending = store.pending()
            families = store.revisions()
            held = set(store.held_revisions())
        for uuid, revision in families.items():
            never_sent = uuid not in server_families and revision == 0
            if uuid in held or (uuid not in pending and not never_sent):
                continue
            self._send(uuid, pending.get(uuid), progress)

    def _send(self, family_uuid: str, changes: int | None, progress: _Progress) -> None:
        # 1. Read the family here, and note what is being sent (exported_hash), so that a
        #    laptop killed after the server took it recognises its own version at the next pull.
        with sync_transaction(self._local) as store:
            family = store.family_by_uuid(family_uuid)
            if family is None:
                return
            name = family.name
            base_revision = family.revision
            record = _family_record(store, family)
            if _nothing_to_send(store, family, record):
                store.clear_changes(family_uuid, changes)
                return
            if base_revision:
                # Only the meetings changed since the server last matched: the server has the
                # others as they are here (and compares and checks only what it is sent).
                rows = _meeting_rows(family)
                record["meetings"] = [
                    unit
                    for unit in record["meetings"]
                    if _unit_hash(unit) != rows[unit["uuid"]].synced_hash
                ]
            _note_sending(store, family, record)
        # 2. The server takes it, or refuses it because it changed there since this laptop
        #    last pulled (the next sync brings that version first).
        revision = self._server_take(record, base_revision, progress, name)
        if revision is None:
            return
        # 3. The server has it: it is now this laptop's base.
        with sync_transaction(self._local) as store:
            family = store.family_by_uuid(family_uuid)
            if family is None:
                return
            family.revision = revision
            _mark_synced(store, family, record)
            store.clear_changes(family_uuid, changes)
        progress.pushed.append(name)

    def _server_take(
        self, record: dict[str, Any], base_revision: int, progress: _Progress, name: str
    ) -> int | None:
        from chair_app.services.record_import import ImportService

        family_uuid = record["family"]["uuid"]
        importer = ImportService(self._server, self._agenda_folder)
        refused: str | None = None
        new_revision: int | None = None
        try:
            with sync_transaction(self._server) as store:
                # One push of a family at a time, whichever laptop sends it.
                store.lock_family(family_uuid)
                current = store.revision_of(family_uuid)
                if current is not None and current != base_revision:
                    refused = "moved"
                    raise _Undo
                result = importer.import_in(store, record, new_family=True)
                if result.outcome is ImportOutcome.UP_TO_DATE and current is not None:
                    new_revision = current
                    raise _Undo
                if result.outcome is ImportOutcome.CONFLICTS:
                    # Another laptop's version reached the server after this one's last pull.
                    refused = "moved"
                    raise _Undo
                if result.outcome is not ImportOutcome.IMPORTED:
                    refused = result.message
                    raise _Undo
                family = store.family_by_uuid(family_uuid)
                assert family is not None
                # A new family's team is the sender's: the column's default on the server
                # (services.server_admin), which row-level security checks. The server's
                # triggers gave the family a new revision with the changes (models.sync_triggers).
                store.forget_bases(family)
                store.note_checked(
                    family, {unit["uuid"]: _unit_hash(unit) for unit in record["meetings"]}
                )
                new_revision = store.revision_of(family_uuid)
        except _Undo:
            pass
        except RecordInvalid:
            # Its UUIDs are taken on the server by records this user may not see: another
            # team's family. Said without naming anything of theirs.
            refused = translate(
                "Sync",
                "the server holds this family (or a meeting of it) for a team you are not in, "
                "so it was not sent. Ask IT which team it belongs to.",
            )
        except (RecordRefused, AgreedContentChanged) as error:
            refused = str(error)
        if refused == "moved":
            progress.refused.append(
                translate(
                    "Sync",
                    "{name}: changed on the server since this laptop's last sync; the next sync "
                    "brings that version first.",
                ).format(name=name)
            )
            return None
        if refused is not None:
            progress.refused.append(
                f"{name}: {refused}"
            )
            return None
        return new_revision

    # -- held differences ---------------------------------------------------------------------

    def held_families(self) -> tuple[HeldFamily, ...]:
        """The families waiting for the user's choices, with their differences."""
        from chair_app.services.record_import import ImportService

        with sync_transaction(self._local) as store:
            rows = store.held()
        found: list[HeldFamily] = []
        importer = ImportService(self._local, self._agenda_folder)
        for family_uuid, _revision, record_text in rows:
            record = json.loads(record_text)
            result: ImportResult | None = None
            try:
                with sync_transaction(self._local) as store:
                    result = importer.import_in(store, record, new_family=True)
                    raise _Undo
            except _Undo:
                pass
            assert result is not None
            found.append(
                HeldFamily(
                    family_uuid,
                    result.family_id,
                    str(record["family"]["name"]),
                    result.conflicts,
                    {unit.uuid: unit.label for unit in result.units},
                    record,
                )
            )
        return tuple(found)

    def resolve(
        self,
        family_uuid: str,
        choices: Mapping[str, Side] | None = None,
        take: Side | None = None,
    ) -> ImportResult:
        """Take the user's choices for a held family: the merged version is written here (and
        sent at the next sync). Nothing changes unless the result is IMPORTED or UP_TO_DATE."""
        from chair_app.services.record_import import ImportService

        importer = ImportService(self._local, self._agenda_folder)
        result: ImportResult | None = None
        try:
            with sync_transaction(self._local) as store:
                held = store.held_version(family_uuid)
                if held is None:
                    return ImportResult(
                        ImportOutcome.UP_TO_DATE,
                        translate("Sync", "Nothing is waiting for a choice in this family."),
                    )
                held_revision, held_record = held
                record = json.loads(held_record)
                result = importer.import_in(
                    store, record, new_family=True, choices=choices, take=take
                )
                if result.outcome not in (ImportOutcome.IMPORTED, ImportOutcome.UP_TO_DATE):
                    raise _Undo
                family = store.family_by_uuid(family_uuid)
                assert family is not None
                _adopt_sent_versions(store, family, record)
                family.revision = held_revision
                store.release(family_uuid)
        except _Undo:
            pass
        assert result is not None
        return result

    # -- the status bar -----------------------------------------------------------------------

    def _note_last_sync(self, report: SyncReport) -> None:
        value = json.dumps(
            {"at": report.finished.astimezone(dt.UTC).isoformat(), "summary": report.summary()}
        )
        with sync_transaction(self._local) as store:
            store.set_setting(LAST_SYNC_KEY, value)


def last_sync(local: SessionFactory) -> LastSync | None:
    """When this laptop last synced, and what that did (None: never)."""
    with sync_transaction(local) as store:
        value = store.setting(LAST_SYNC_KEY)
    try:
        data = json.loads(value) if value else None
        if not isinstance(data, dict):
            return None
        return LastSync(dt.datetime.fromisoformat(str(data["at"])), str(data["summary"]))
    except (ValueError, KeyError, TypeError):
        return None


def pending_families(local: SessionFactory) -> int:
    """How many families have changes this laptop has not sent yet."""
    with sync_transaction(local) as store:
        return len(store.pending())


def sync_with_server(
    local: SessionFactory,
    address: ServerAddress,
    password: str | None,
    agenda_folder: Path | None = None,
) -> SyncReport:
    """Connect, check the server's schema is this version's, sync, disconnect.

    Raises:
        ServerUnavailable: as SyncService.sync, or the connection or schema check failed
            (then nothing was changed anywhere).
    """
    engine = server_engine(address, password)
    try:
        check_schema(engine, address)
        return SyncService(local, engine, agenda_folder, address=address).sync()
    finally:
        engine.dispose()


# -- helpers ------------------------------------------------------------------------------------


class _Undo(Exception):
    """Leave the transaction without changing anything."""




def _address_of(engine: ServerEngine) -> ServerAddress:
    url = engine.url
    return ServerAddress(
        host=url.host or "", database=url.database or "", user=url.username or "",
        port=url.port or 5432,
    )


def _family_record(
    store: RecordStore, family: FamilyRow, *, on_server: bool = False
) -> dict[str, Any]:
    """The family's whole record (its network and every meeting), as the record format
    writes it, with each unit's hash and base; read on the server, each meeting also carries
    the hash of the content the server checked when it took it (``checked``)."""
    family_unit = _with_sync(store.read_family(family), FAMILY_COLLECTIONS, family.synced_hash)
    meetings = []
    rows = sorted(family.meetings, key=lambda r: (r.date, r.id))
    with store.reading_together([row.id for row in rows]):
        for row in rows:
            unit = _with_sync(store.read_meeting(row), MEETING_COLLECTIONS, row.synced_hash)
            if on_server:
                unit[SYNC_KEY]["checked"] = row.exported_hash
            meetings.append(unit)
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "application": "Chair",
        "family": family_unit,
        "meetings": meetings,
    }


def _with_sync(unit: Unit, collections: Any, based_on: str | None) -> Unit:
    digest = content_hash(unit, collections)
    unit = without_sync(unit)
    unit[SYNC_KEY] = {"content_hash": digest, "based_on": based_on}
    return unit


def _unit_hash(unit: Unit) -> str:
    return str(unit[SYNC_KEY]["content_hash"])


def _meeting_rows(family: FamilyRow) -> dict[str, MeetingRow]:
    return {row.uuid: row for row in family.meetings}


def _nothing_to_send(store: RecordStore, family: FamilyRow, record: Mapping[str, Any]) -> bool:
    if family.revision == 0:
        return False
    if _unit_hash(record["family"]) != family.synced_hash:
        return False
    rows = _meeting_rows(family)
    return all(_unit_hash(unit) == rows[unit["uuid"]].synced_hash for unit in record["meetings"])


def _note_sending(store: RecordStore, family: FamilyRow, record: Mapping[str, Any]) -> None:
    family.exported_hash = _unit_hash(record["family"])
    rows = _meeting_rows(family)
    for unit in record["meetings"]:
        rows[unit["uuid"]].exported_hash = _unit_hash(unit)
    store.flush()


def _mark_synced(store: RecordStore, family: FamilyRow, record: Mapping[str, Any]) -> None:
    family.synced_hash = _unit_hash(record["family"])
    rows = _meeting_rows(family)
    for unit in record["meetings"]:
        row = rows.get(unit["uuid"])
        if row is not None:
            row.synced_hash = _unit_hash(unit)
    store.flush()


def _adopt_sent_versions(store: RecordStore, family: FamilyRow, record: Mapping[str, Any]) -> None:
    """Where the server holds exactly what this laptop last sent, that is the base now (a sync
    killed after the server took a version, before this laptop noted it)."""
    if family.exported_hash and family.exported_hash == _unit_hash(record["family"]):
        family.synced_hash = family.exported_hash
    rows = _meeting_rows(family)
    for unit in record["meetings"]:
        row = rows.get(unit["uuid"])
        if row is not None and row.exported_hash and row.exported_hash == _unit_hash(unit):
            row.synced_hash = row.exported_hash
    store.flush()





