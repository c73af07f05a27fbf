"""Hand a meeting from one laptop to another: export a meeting record, import one.

A record (``chair-meeting-record``, see ``docs/record-format.md``) holds the family's network and
one or more of its meetings. ``RecordService.export_meeting`` writes a meeting with the family's
earlier meetings (carried actions, statements' lineage and the scaling history of the minutes
refer to them). ``ImportService.import_record`` brings a record in:

* a meeting not held here is added, to the family with the record's family UUID; when no
  family here has it, the result lists likely families (by name, children's names and dates of
  birth) and a second call says which family it is, or that it is a new one;
* a meeting held here with the same content: nothing changes ("already up to date");
* a meeting whose minutes are agreed here and that differs in anything: refused (agreed minutes
  never change), and nothing in the record is imported;
* a meeting not changed here since it was last exported or imported, and different in the
  record: updated, and every change is in the result's change log;
* a meeting changed here since, and different in the record: the differences are returned field
  by field (here and incoming) and nothing changes until a call gives a side for each (or one
  side for all);
* a meeting the record holds as this laptop had it before it changed here: kept as it is.

"Changed here since" is decided with hashes of each meeting's (and the network's) content, kept
with it: ``synced_hash`` when it was last imported (a version the other laptop holds too) and
``exported_hash`` when it was last exported. Today's content with a hash other than
``synced_hash`` was changed here since. The record carries, for each unit, its content hash and
``based_on``, the sender's ``synced_hash``: a record made from exactly what is here now is taken
even when this laptop never imported the meeting (it made it). An export alone does not move
``synced_hash``: the file may never reach the other laptop (core.record_format.sync_outcome).

Agreed minutes carry the fingerprint of the content that was agreed (services.minutes). Before an
import is committed, the fingerprint of each meeting the record brings in is taken again, from the
imported content, and compared with every version the record marks agreed: a record changed after
its minutes were agreed is refused (AgreedContentChanged).

One import is one transaction: any failure, refusal or open question changes nothing.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import logging
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

from chair_app.core.domain import Family, MeetingType
from chair_app.core.record_format import (
    FAMILY_COLLECTIONS,
    FORMAT_NAME,
    FORMAT_VERSION,
    MEETING_COLLECTIONS,
    SYNC_KEY,
    Difference,
    Side,
    SyncOutcome,
    Unit,
    content_hash,
    differences,
    merge,
    sync_outcome,
    without_sync,
)
from chair_app.core.voting import vote_refusal
from chair_app.models.db import SessionFactory
from chair_app.models.errors import NotFound, StorageUnavailable
from chair_app.models.orm import FamilyRow, MeetingRow
from chair_app.models.record_repository import (
    RecordInvalid,
    read_family,
    read_meeting,
    write_family,
    write_meeting,
)
from chair_app.models.repositories import MeetingRepository, person_from_row

logger = logging.getLogger(__name__)

SCHEMA_RESOURCE = ("record_format", "chair-meeting-record.schema.json")


class RecordRefused(Exception):
    """The record cannot be imported; the message says why, for the user."""


class AgreedContentChanged(RecordRefused):
    """A version the record marks agreed has a fingerprint its content no longer gives: the
    record was changed after the minutes were agreed. Nothing was imported."""

    def __init__(self, version: int, label: str) -> None:
        super().__init__(
            f"Version {version} is marked agreed, but its fingerprint does not match the "
            f"record's content: the record was changed after it was agreed. ({label}; nothing "
            "was imported.)"
        )
        self.version = version


class RecordBeyondLimits(RecordRefused):
    """The file is beyond a bound every record Chair writes keeps (services.record_limits): too
    large, nested too deeply, too many items of a kind or too long a text. The message names
    the bound. Nothing was read into the data."""


def record_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the format."""
    from chair_app.paths import resources_dir

    path = resources_dir().joinpath(*SCHEMA_RESOURCE)
    return dict(json.loads(Path(path).read_text(encoding="utf-8")))


def load_record(path: Path, max_bytes: int | None = None) -> dict[str, Any]:
    """Read a record file.

    Args:
        max_bytes: the largest record imported (the setting; None: its default).

    Raises:
        RecordRefused: the file cannot be read or is not JSON.
    """
    from chair_app.services.record_limits import MAX_RECORD_BYTES, megabytes

    limit = MAX_RECORD_BYTES if max_bytes is None else max_bytes
    too_large = RecordBeyondLimits(
        f"The file {path} is larger than {megabytes(limit)}, the largest record this laptop "
        "imports (File > Settings); nothing was imported."
    )
    try:
        with path.open("rb") as handle:
            if path.is_file() and path.stat().st_size > limit:
                raise too_large
            raw = handle.read(limit + 1)
    except OSError as error:
        raise RecordRefused(f"The file {path} cannot be read: {error.strerror}.") from error
    if len(raw) > limit:
        raise too_large
    return parse_record(raw, f"The file {path}")


def validate_record(data: Any) -> dict[str, Any]:
    """Check the document is a record this version can read.

    Raises:
        RecordRefused: another format, a newer format version, or a field that is not valid
            (named by its path, e.g. ``$.meetings[0].actions[2].status``).
    """
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise RecordRefused(
            f'This is not a Chair meeting record: its "format" is not "{FORMAT_NAME}".'
        )
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise RecordRefused('The record has no valid "format_version".')
    if version > FORMAT_VERSION:
        raise RecordRefused(
            f"This record was written by a newer version of Chair (record format {version}; "
            f"this version reads format {FORMAT_VERSION}). Update Chair to import it."
        )
    _refuse_beyond_limits(data)
    from jsonschema import Draft202012Validator, FormatChecker
    from jsonschema.exceptions import best_match

    validator = Draft202012Validator(record_schema(), format_checker=FormatChecker())
    error = best_match(validator.iter_errors(data))
    if error is not None:
        raise RecordRefused(f"The record is not valid at {error.json_path}: {error.message}")
    seen: set[str] = set()
    for uuid in _uuids(data):
        if uuid in seen:
            raise RecordRefused(f"The record holds two records with the same uuid {uuid}.")
        seen.add(uuid)
    return data


def _refuse_beyond_limits(value: Any, where: str = "$") -> None:
    """A list longer or a text longer than any record Chair writes is named before the schema is
    checked (a quick walk; the schema's maxItems and maxLength say the same), and without
    repeating the text."""
    from chair_app.services.record_limits import MAX_ITEMS, MAX_TEXT

    if isinstance(value, str):
        if len(value) > MAX_TEXT:
            raise RecordBeyondLimits(
                f"The record's text at {where} is longer than {MAX_TEXT:,} characters, more "
                "than any meeting record Chair writes; nothing was imported."
            )
    elif isinstance(value, list):
        if len(value) > MAX_ITEMS:
            raise RecordBeyondLimits(
                f"The record has more than {MAX_ITEMS:,} items at {where}, more than any "
                "meeting record Chair writes; nothing was imported."
            )
        for index, item in enumerate(value):
            _refuse_beyond_limits(item, f"{where}[{index}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            name = f".{key}" if str(key).isidentifier() else f"[{json.dumps(str(key))}]"
            _refuse_beyond_limits(key, f"{where} (a name)")
            _refuse_beyond_limits(item, where + name)


def _uuids(value: Any) -> list[str]:
    found: list[str] = []
    if isinstance(value, dict):
        if isinstance(value.get("uuid"), str):
            found.append(value["uuid"])
        for key, item in value.items():
            if key != "network_as_recorded":  # a snapshot repeats the network's UUIDs
                found.extend(_uuids(item))
    elif isinstance(value, list):
        for item in value:
            found.extend(_uuids(item))
    return found


class ImportOutcome(enum.Enum):
    """What an import call did, as a whole."""

    IMPORTED = "imported"  # something was added or changed
    UP_TO_DATE = "up_to_date"  # everything in the record is already here
    NEEDS_FAMILY_CHOICE = "needs_family_choice"  # call again with family_id or new_family
    CONFLICTS = "conflicts"  # call again with choices (or take) for ImportResult.conflicts
    REFUSED = "refused"  # nothing imported; ImportResult.message says why


class UnitState(enum.Enum):
    """What happened (or would happen) to one family network or meeting of the record."""

    ADDED = "added"
    UPDATED = "updated"
    UP_TO_DATE = "up_to_date"
    LOCAL_NEWER = "local_newer"  # the record holds an older version of what is here: kept
    CONFLICT = "conflict"
    REFUSED = "refused"


@dataclass(frozen=True, slots=True)
class FamilyCandidate:
    """A family here that may be the record's family, and why it was suggested."""

    family_id: int
    name: str
    child_names: tuple[str, ...]
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class UnitResult:
    """One unit of the record: the family network or one meeting.

    Attributes:
        kind: "family" or "meeting".
        uuid: the unit's UUID.
        label: what it is, for people ("Core Group on 2026-11-23").
        state: what happened to it.
        local_id: its id here (None when it is not here, and was not added).
        changes: the differences applied to it (UPDATED), or found in it (REFUSED).
        kept: records here that the record does not hold, kept (people and children).
    """

    kind: str
    uuid: str
    label: str
    state: UnitState
    local_id: int | None = None
    changes: tuple[Difference, ...] = ()
    kept: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ImportResult:
    """The result of ImportService.import_record; nothing changed unless outcome is IMPORTED
    (or UP_TO_DATE, which only notes the hand-over)."""

    outcome: ImportOutcome
    message: str
    family_id: int | None = None
    units: tuple[UnitResult, ...] = ()
    conflicts: tuple[Difference, ...] = ()
    candidates: tuple[FamilyCandidate, ...] = ()
    # REFUSED because the record breaks a rule of the meeting (e.g. a vote the rules would not
    # count): each rule broken, in words.
    broken_rules: tuple[str, ...] = ()

    def change_log(self) -> tuple[str, ...]:
        """What changed, one line each, for people."""
        lines: list[str] = []
        for unit in self.units:
            if unit.state is UnitState.ADDED:
                lines.append(f"Added {unit.label}.")
            elif unit.state is UnitState.UPDATED:
                for change in unit.changes:
                    lines.append(f"{unit.label}: {describe_change(change)}")
            elif unit.state is UnitState.UP_TO_DATE:
                lines.append(f"{unit.label}: already up to date.")
            elif unit.state is UnitState.LOCAL_NEWER:
                lines.append(
                    f"{unit.label}: this laptop's version is newer than the record's; kept."
                )
            for kept in unit.kept:
                lines.append(f"{unit.label}: kept {kept} (not in the record).")
        return tuple(lines)


def _short(value: Any) -> str:
    if value is None:
        return "(none)"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = text.replace("\n", " ")
    return repr(text if len(text) <= 80 else text[:77] + "...")


def describe_change(difference: Difference) -> str:
    """One difference in words: "actions 'Refer...': what: 'old' -> 'new'"."""
    if difference.path and not difference.field:
        if difference.local is None:
            return f"added {difference.label}"
        return f"removed {difference.label}"
    return f"{difference.label}: {_short(difference.local)} -> {_short(difference.incoming)}"


def conflict_table(conflicts: Sequence[Difference], width: int = 38) -> str:
    """The conflicts side by side, as plain text: what, here, in the record."""
    lines = [f"{'':<4}{'HERE':<{width}}  IN THE RECORD"]
    for number, conflict in enumerate(conflicts, 1):
        lines.append(f"{number}. {conflict.label}")
        here = _short(conflict.local) if conflict.field or not conflict.path else (
            "(not here)" if conflict.local is None else "(here)"
        )
        there = _short(conflict.incoming) if conflict.field or not conflict.path else (
            "(not in the record)" if conflict.incoming is None else "(in the record)"
        )
        lines.append(f"{'':<4}{here[:width]:<{width}}  {there}")
    return "\n".join(lines)


def _meeting_label(unit: Mapping[str, Any]) -> str:
    try:
        kind = MeetingType(unit["meeting_type"]).label
    except (KeyError, ValueError):
        kind = "Meeting"
    return f"{kind} on {unit.get('date')}"


def _agreed_versions(unit: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The minutes versions a meeting's record marks agreed."""
    versions = (unit.get("minutes") or {}).get("versions") or []
    return [v for v in versions if isinstance(v, Mapping) and v.get("agreed")]


def _folded(text: str) -> str:
    return unicodedata.normalize("NFKD", text).casefold().strip()


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
        with _transaction(self._factory) as session:
            meeting = session.get(MeetingRow, meeting_id)
            if meeting is None:
                raise NotFound(f"Meeting {meeting_id} does not exist.")
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

    def _note_exported(self, hashes: Sequence[tuple[type[Any], int, str]]) -> None:
        """Set exported_hash on each family and meeting row, in one transaction."""
        with _transaction(self._factory) as session:
            for row_type, row_id, digest in hashes:
                row = session.get(row_type, row_id)
                if row is not None:
                    row.exported_hash = digest

    def _build_record(
        self, meeting_ids: Sequence[int]
    ) -> tuple[dict[str, Any], list[tuple[type[Any], int, str]]]:
        """The record, and the exported_hash each row gets once it has left the app. Reads
        only: nothing is changed."""
        if not meeting_ids:
            raise ValueError("A record holds at least one meeting.")
        with _transaction(self._factory) as session:
            rows = []
            for meeting_id in meeting_ids:
                row = session.get(MeetingRow, meeting_id)
                if row is None:
                    raise NotFound(f"Meeting {meeting_id} does not exist.")
                rows.append(row)
            if len({row.family_id for row in rows}) != 1:
                raise ValueError("A record holds meetings of one family only.")
            family = rows[0].family
            hashes: list[tuple[type[Any], int, str]] = []
            family_unit = _with_sync(
                read_family(session, family), FAMILY_COLLECTIONS, family, hashes
            )
            meetings = [
                _with_sync(read_meeting(session, row), MEETING_COLLECTIONS, row, hashes)
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


def record_bytes(record: Mapping[str, Any]) -> bytes:
    """The record as the UTF-8 JSON a file or a package holds."""
    return (json.dumps(record, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def parse_record(data: bytes, name: str) -> dict[str, Any]:
    """The record in a file's (or an opened package's) bytes.

    Raises:
        RecordRefused: the bytes are not a JSON object.
    """
    from chair_app.services.record_limits import MAX_NESTING, nesting_depth

    too_deep = RecordBeyondLimits(
        f"{name} is nested too deeply: lists and objects more than {MAX_NESTING} levels inside "
        "one another, more than any meeting record Chair writes; nothing was imported."
    )
    if nesting_depth(data) > MAX_NESTING:
        raise too_deep
    try:
        record = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise RecordRefused(f"{name} is not a Chair meeting record (not JSON).") from error
    except RecursionError as error:  # the scan above should make this unreachable
        raise too_deep from error
    if not isinstance(record, dict):
        raise RecordRefused(f"{name} is not a Chair meeting record.")
    return record


def load_package_record(
    path: Path, passphrase: str, max_bytes: int | None = None
) -> dict[str, Any]:
    """Open an encrypted package and read the record inside (``max_bytes`` as load_record).

    Raises:
        PackageError: (its subclasses) the package cannot be opened: not a package, newer,
            cut short, the wrong passphrase, or damaged.
        RecordRefused: the file cannot be read, or what the package holds is not JSON.
    """
    from chair_app.services.record_limits import MAX_RECORD_BYTES
    from chair_app.services.record_package import read_package

    try:
        data = read_package(
            path, passphrase, MAX_RECORD_BYTES if max_bytes is None else max_bytes
        )
    except OSError as error:
        raise RecordRefused(f"The file {path} cannot be read: {error.strerror}.") from error
    return parse_record(data, path.name)


def _with_sync(
    unit: Unit,
    collections: Sequence[Any],
    row: FamilyRow | MeetingRow,
    hashes: list[tuple[type[Any], int, str]],
) -> Unit:
    digest = content_hash(unit, collections)
    unit = without_sync(unit)
    unit[SYNC_KEY] = {"content_hash": digest, "based_on": row.synced_hash}
    hashes.append((type(row), row.id, digest))
    return unit


class _Transaction:
    def __init__(self, factory: SessionFactory) -> None:
        self._factory = factory

    def __enter__(self) -> Session:
        self._session = self._factory()
        self._session.begin()
        return self._session

    def __exit__(self, kind: object, error: object, traceback: object) -> None:
        try:
            if kind is None:
                self._session.commit()
            else:
                self._session.rollback()
        finally:
            self._session.close()
        if isinstance(error, IntegrityError):
            raise RecordInvalid(f"it clashes with records here ({error.orig}).")
        if isinstance(error, OperationalError):
            raise StorageUnavailable(f"The data could not be saved or read: {error.orig}.")
        if isinstance(error, DatabaseError):
            raise StorageUnavailable(f"The data file is damaged: {error.orig}.")


def _transaction(factory: SessionFactory) -> _Transaction:
    return _Transaction(factory)


class _Abandon(Exception):
    """Leave the transaction without changing anything, returning this result."""

    def __init__(self, result: ImportResult) -> None:
        super().__init__(result.message)
        self.result = result


@dataclass
class _Plan:
    family: FamilyRow | None
    family_unit: Unit
    family_state: UnitState
    family_target: Unit | None = None
    family_changes: tuple[Difference, ...] = ()
    kept: tuple[str, ...] = ()
    meetings: list[tuple[Unit, MeetingRow | None, UnitState, Unit | None, tuple[Difference, ...]]] = (
        field(default_factory=list)
    )


class ImportService:
    """Import meeting records. Designed to be driven by a dialog as well as by the CLI:

    1. ``preview = import_record(data)``; nothing changes unless ``preview.outcome`` is
       IMPORTED or UP_TO_DATE.
    2. NEEDS_FAMILY_CHOICE: show ``preview.candidates``; call again with ``family_id=`` or
       ``new_family=True``.
    3. CONFLICTS: show ``preview.conflicts`` (each with ``local`` and ``incoming``); call again
       with ``choices={conflict.key: Side...}`` for each, or ``take=Side...`` for all.
    4. REFUSED: show ``preview.message``.
    """

    def __init__(self, factory: SessionFactory, agenda_folder: Path | None = None) -> None:
        """agenda_folder: the local authority's agendas (as MinutesService is given), which the
        minutes' fingerprints are taken with."""
        self._factory = factory
        self._agenda_folder = agenda_folder

    def import_file(self, path: Path, **options: Any) -> ImportResult:
        """Read a record file and import it (options as import_record).

        Raises:
            RecordRefused: the file is not a record this version can import.
        """
        from chair_app.services.settings import SettingsService

        limit = SettingsService(self._factory).record_size_limit()
        return self.import_record(load_record(path, limit), **options)

    def import_record(
        self,
        data: Mapping[str, Any],
        *,
        family_id: int | None = None,
        new_family: bool = False,
        choices: Mapping[str, Side] | None = None,
        take: Side | None = None,
    ) -> ImportResult:
        """Import a record, in one transaction.

        Args:
            data: the record (a parsed JSON document).
            family_id: the family here the record is for, when no family has its UUID.
            new_family: add the record's family as a new family, when no family has its UUID.
            choices: a side for each conflict (Difference.key), from an earlier call.
            take: the side for every conflict without a choice.

        Returns:
            What happened (see ImportOutcome); nothing changed unless it is IMPORTED.

        Raises:
            RecordRefused: not a record, a newer format, or not valid (the message names the
                field), or it refers to records neither in it nor here.
            AgreedContentChanged: a version marked agreed does not match the record's content.
            StorageUnavailable: the data could not be read or saved.
        """
        document = validate_record(dict(data))
        try:
            with _transaction(self._factory) as session:
                result = self._import(
                    session, document, family_id, new_family, dict(choices or {}), take
                )
                if result.outcome not in (ImportOutcome.IMPORTED, ImportOutcome.UP_TO_DATE):
                    raise _Abandon(result)
        except _Abandon as abandoned:
            return abandoned.result
        except RecordInvalid as error:
            raise RecordRefused(f"The record cannot be imported: {error}") from error
        logger.info("imported a record: %s", result.outcome.value)
        return result

    # -- the steps ---------------------------------------------------------------------------

    def _import(
        self,
        session: Session,
        document: dict[str, Any],
        family_id: int | None,
        new_family: bool,
        choices: dict[str, Side],
        take: Side | None,
    ) -> ImportResult:
        incoming_family: Unit = document["family"]
        family = session.scalars(
            select(FamilyRow).where(FamilyRow.uuid == incoming_family["uuid"])
        ).one_or_none()
        adopted = False
        if family is None:
            if family_id is not None:
                # An id too big for SQLite's integers names no family (and cannot be looked up).
                family = session.get(FamilyRow, family_id) if abs(family_id) < 2**63 else None
                if family is None:
                    return ImportResult(ImportOutcome.REFUSED, f"There is no family {family_id}.")
                self._adopt(session, family, incoming_family)
                adopted = True
            elif not new_family:
                candidates = self._candidates(session, incoming_family)
                return ImportResult(
                    ImportOutcome.NEEDS_FAMILY_CHOICE,
                    "No family here has this record's family. Choose the family it is for, "
                    "or add it as a new family.",
                    candidates=candidates,
                )
        plan = self._plan_family(session, family, incoming_family, adopted, choices, take)
        conflicts: list[Difference] = []
        refusals: list[str] = []
        if plan.family_state is UnitState.CONFLICT:
            conflicts.extend(plan.family_changes)
        for unit in sorted(document["meetings"], key=lambda m: (m["date"], m["uuid"])):
            self._plan_meeting(session, plan, unit, choices, take, conflicts, refusals)
        if refusals:
            return ImportResult(
                ImportOutcome.REFUSED,
                " ".join(refusals) + " Nothing was imported.",
                family_id=family.id if family else None,
                units=self._units(plan),
            )
        if conflicts:
            return ImportResult(
                ImportOutcome.CONFLICTS,
                f"{len(conflicts)} differences need a choice: this laptop's version was changed "
                "since it was last handed over, and the record's differs.",
                family_id=family.id if family else None,
                units=self._units(plan),
                conflicts=tuple(conflicts),
            )
        family = self._apply(session, plan, document)
        broken = self._broken_rules(session, plan, family)
        if broken:
            return ImportResult(
                ImportOutcome.REFUSED,
                " ".join(broken) + " Nothing was imported.",
                family_id=family.id,
                units=self._units(plan, family),
                broken_rules=broken,
            )
        self._check_agreed(session, plan)
        units = self._units(plan, family)
        changed = any(u.state in (UnitState.ADDED, UnitState.UPDATED) for u in units)
        outcome = ImportOutcome.IMPORTED if changed else ImportOutcome.UP_TO_DATE
        message = (
            "The record was imported." if changed else "Everything in the record is already here."
        )
        return ImportResult(outcome, message, family_id=family.id, units=units)

    @staticmethod
    def _adopt(session: Session, family: FamilyRow, incoming: Unit) -> None:
        """A family chosen for the record takes its UUID; its people and children that match
        the record's (by name; children also by date of birth) take theirs."""
        family.uuid = incoming["uuid"]
        for key, rows in (("children", family.children), ("people", family.people)):
            free = [row for row in rows]
            for record in incoming[key]:
                if any(row.uuid == record["uuid"] for row in rows):
                    continue
                for row in free:
                    same_name = _folded(row.name) == _folded(record["name"])
                    born = record.get("date_of_birth")
                    row_born = getattr(row, "date_of_birth", None)
                    same_birth = key == "people" or (
                        (row_born.isoformat() if row_born else None) == born
                    )
                    if same_name and same_birth:
                        row.uuid = record["uuid"]
                        free.remove(row)
                        break
        session.flush()

    @staticmethod
    def _candidates(session: Session, incoming: Unit) -> tuple[FamilyCandidate, ...]:
        names = {_folded(incoming["name"])}
        children = {
            (_folded(c["name"]), c.get("date_of_birth")) for c in incoming["children"]
        }
        child_names = {name for name, _ in children}
        found: list[tuple[int, FamilyCandidate]] = []
        for family in session.scalars(select(FamilyRow).order_by(FamilyRow.id)):
            reasons: list[str] = []
            score = 0
            if _folded(family.name) in names:
                reasons.append("same family name")
                score += 1
            for child in family.children:
                born = child.date_of_birth.isoformat() if child.date_of_birth else None
                if (_folded(child.name), born) in children:
                    reasons.append(f"child {child.name}, same date of birth")
                    score += 3
                elif _folded(child.name) in child_names:
                    reasons.append(f"child {child.name}")
                    score += 2
                elif born is not None and born in {b for _, b in children}:
                    reasons.append(f"a child born on {born}")
                    score += 1
            if score:
                found.append(
                    (
                        score,
                        FamilyCandidate(
                            family.id,
                            family.name,
                            tuple(c.name for c in family.children),
                            tuple(reasons),
                        ),
                    )
                )
        found.sort(key=lambda pair: (-pair[0], pair[1].family_id))
        return tuple(candidate for _, candidate in found)

    @staticmethod
    def _plan_family(
        session: Session,
        family: FamilyRow | None,
        incoming: Unit,
        adopted: bool,
        choices: dict[str, Side],
        take: Side | None,
    ) -> _Plan:
        incoming_content = without_sync(incoming)
        if family is None:
            return _Plan(None, incoming, UnitState.ADDED, incoming_content)
        local = read_family(session, family)
        found = differences("family", local, incoming, FAMILY_COLLECTIONS)
        # People and children held only here are kept (never removed by an import).
        kept = tuple(
            f"{d.path} {(d.local or {}).get('name', d.record)}"
            for d in found
            if d.path and not d.field and d.incoming is None
        )
        found = tuple(d for d in found if not (d.path and not d.field and d.incoming is None))
        if not found:
            return _Plan(family, incoming, UnitState.UP_TO_DATE, None, (), kept)
        sync = incoming.get(SYNC_KEY) or {}
        state = sync_outcome(
            content_hash(local, FAMILY_COLLECTIONS),
            None if adopted else family.synced_hash,
            content_hash(incoming, FAMILY_COLLECTIONS),
            sync.get("based_on"),
            None if adopted else family.exported_hash,
        )
        if state is SyncOutcome.LOCAL_NEWER:
            return _Plan(family, incoming, UnitState.LOCAL_NEWER, None, (), kept)
        # Additions from the record are always taken; other differences follow the rules.
        additions = {d.key: Side.INCOMING for d in found if d.path and not d.field}
        if state is SyncOutcome.TAKE_INCOMING:
            target = merge(local, incoming, FAMILY_COLLECTIONS, {}, Side.INCOMING)
            return _Plan(family, incoming, UnitState.UPDATED, target, found, kept)
        open_ = [d for d in found if d.key not in additions]
        if all(d.key in choices for d in open_) or take is not None:
            target = merge(local, incoming, FAMILY_COLLECTIONS, {**choices, **additions}, take)
            return _Plan(family, incoming, UnitState.UPDATED, target, found, kept)
        return _Plan(family, incoming, UnitState.CONFLICT, None, tuple(open_), kept)

    @staticmethod
    def _plan_meeting(
        session: Session,
        plan: _Plan,
        unit: Unit,
        choices: dict[str, Side],
        take: Side | None,
        conflicts: list[Difference],
        refusals: list[str],
    ) -> None:
        label = _meeting_label(unit)
        row = session.scalars(select(MeetingRow).where(MeetingRow.uuid == unit["uuid"])).one_or_none()
        if row is None:
            plan.meetings.append((unit, None, UnitState.ADDED, without_sync(unit), ()))
            return
        if plan.family is None or row.family_id != plan.family.id:
            refusals.append(f"The {label} is held here in another family.")
            plan.meetings.append((unit, row, UnitState.REFUSED, None, ()))
            return
        local = read_meeting(session, row)
        found = differences("meeting", local, unit, MEETING_COLLECTIONS)
        if not found:
            plan.meetings.append((unit, row, UnitState.UP_TO_DATE, None, ()))
            return
        if (local.get("minutes") or {}).get("status") == "agreed":
            shown = "; ".join(describe_change(d) for d in found[:5])
            more = f" and {len(found) - 5} more" if len(found) > 5 else ""
            refusals.append(
                f"The minutes of the {label} are agreed here, and agreed minutes never change; "
                f"the record differs ({shown}{more})."
            )
            plan.meetings.append((unit, row, UnitState.REFUSED, None, found))
            return
        sync = unit.get(SYNC_KEY) or {}
        state = sync_outcome(
            content_hash(local, MEETING_COLLECTIONS),
            row.synced_hash,
            content_hash(unit, MEETING_COLLECTIONS),
            sync.get("based_on"),
            row.exported_hash,
        )
        if state is SyncOutcome.LOCAL_NEWER:
            plan.meetings.append((unit, row, UnitState.LOCAL_NEWER, None, ()))
        elif state is SyncOutcome.TAKE_INCOMING:
            target = merge(local, unit, MEETING_COLLECTIONS, {}, Side.INCOMING)
            plan.meetings.append((unit, row, UnitState.UPDATED, target, found))
        elif all(d.key in choices for d in found) or take is not None:
            target = merge(local, unit, MEETING_COLLECTIONS, choices, take)
            chosen = tuple(
                d for d in found if choices.get(d.key, take) is Side.INCOMING
            )
            plan.meetings.append((unit, row, UnitState.UPDATED, target, chosen))
        else:
            conflicts.extend(found)
            plan.meetings.append((unit, row, UnitState.CONFLICT, None, found))

    @staticmethod
    def _apply(session: Session, plan: _Plan, document: dict[str, Any]) -> FamilyRow:
        family = plan.family
        incoming_hash = content_hash(plan.family_unit, FAMILY_COLLECTIONS)
        if plan.family_target is not None:
            family = write_family(session, plan.family_target, family)
            plan.family = family
        assert family is not None
        family.synced_hash = incoming_hash
        written = []
        for unit, row, state, target, changes in plan.meetings:
            if target is not None:
                row = write_meeting(session, target, row, family)
            if row is not None and state is not UnitState.LOCAL_NEWER:
                row.synced_hash = content_hash(unit, MEETING_COLLECTIONS)
            written.append((unit, row, state, target, changes))
        plan.meetings = written
        session.flush()
        return family

    def _check_agreed(self, session: Session, plan: _Plan) -> None:
        """Take the fingerprint of each meeting the record brought in (or holds as it is here),
        as it now stands in the import's own, uncommitted transaction, and compare it with every
        version the record marks agreed.

        Raises:
            AgreedContentChanged: for the first version that does not match (the caller's
                transaction is then rolled back: nothing is imported).
        """
        from sqlalchemy.orm import sessionmaker

        from chair_app.services.minutes import MinutesService

        checked = (UnitState.ADDED, UnitState.UPDATED, UnitState.UP_TO_DATE)
        to_check = [
            (unit, row)
            for unit, row, state, _target, _changes in plan.meetings
            if row is not None and state in checked and _agreed_versions(unit)
        ]
        if not to_check:
            return
        session.flush()
        # Sessions that join this transaction: they read what the import wrote, and their
        # commits leave it open (it is committed or rolled back here, as a whole).
        joined = sessionmaker(
            bind=session.connection(), expire_on_commit=False, join_transaction_mode="rollback_only"
        )
        minutes = MinutesService(joined, self._agenda_folder)
        for unit, row in to_check:
            content_print = minutes.fingerprint(row.id)
            for version in _agreed_versions(unit):
                if version.get("fingerprint") != content_print:
                    logger.warning(
                        "import refused: meeting %s version %s fingerprint differs",
                        row.id,
                        version.get("number"),
                    )
                    raise AgreedContentChanged(int(version.get("number") or 0), _meeting_label(unit))

    @staticmethod
    def _broken_rules(session: Session, plan: _Plan, family: FamilyRow) -> tuple[str, ...]:
        """The rules the meetings written from the record break, read back as the app reads
        them: a vote the rules would not count (core.voting) is refused, as on entry."""
        session.expire_all()
        people = tuple(person_from_row(p) for p in family.people)
        network = Family(family.id, family.name, (), people)
        broken: list[str] = []
        for unit, row, _state, target, _changes in plan.meetings:
            if target is None or row is None:
                continue  # nothing of this meeting was written
            meeting = MeetingRepository.to_meeting(row)
            for index, decision in enumerate(meeting.decisions, start=1):
                for vote in decision.votes:
                    refusal = vote_refusal(meeting, network, vote)
                    if refusal:
                        broken.append(f"The {_meeting_label(unit)}, decision {index}: {refusal}")
        return tuple(broken)

    @staticmethod
    def _units(plan: _Plan, family: FamilyRow | None = None) -> tuple[UnitResult, ...]:
        family = family or plan.family
        units = [
            UnitResult(
                "family",
                plan.family_unit["uuid"],
                f"Family network ({plan.family_unit['name']})",
                plan.family_state,
                family.id if family is not None and family.id is not None else None,
                plan.family_changes,
                plan.kept,
            )
        ]
        for unit, row, state, _target, changes in plan.meetings:
            units.append(
                UnitResult(
                    "meeting",
                    unit["uuid"],
                    _meeting_label(unit),
                    state,
                    row.id if row is not None and row.id is not None else None,
                    changes,
                )
            )
        return tuple(units)
