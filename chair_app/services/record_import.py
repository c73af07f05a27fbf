"""Import meeting records (the rules are services.record_format's module description): one
import is one transaction; any failure, refusal or open question changes nothing."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chair_app.core.language import translate
from chair_app.core.record_format import (
    FAMILY_COLLECTIONS,
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
from chair_app.models.record_import import RecordStore, folded, record_transaction
from chair_app.models.record_repository import RecordInvalid
from chair_app.services.record_changes import (
    FamilyCandidate,
    ImportOutcome,
    ImportResult,
    UnitResult,
    UnitState,
    agreed_versions,
    describe_change,
    meeting_label,
)
from chair_app.services.record_format import (
    AgreedContentChanged,
    RecordRefused,
    load_record,
    validate_record,
)

if TYPE_CHECKING:
    from chair_app.models.orm import FamilyRow, MeetingRow

logger = logging.getLogger(__name__)


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
        self._trust_checked = False

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
            with record_transaction(self._factory) as store:
                result = self._import(
                    store, document, family_id, new_family, dict(choices or {}), take
                )
                if result.outcome not in (ImportOutcome.IMPORTED, ImportOutcome.UP_TO_DATE):
                    raise _Abandon(result)
        except _Abandon as abandoned:
            return abandoned.result
        except RecordInvalid as error:
            raise RecordRefused(
                translate("RecordImport", "The record cannot be imported: {problem}").format(
                    problem=error
                )
            ) from error
        logger.info("imported a record: %s", result.outcome.value)
        return result

    def import_in(
        self,
        store: RecordStore,
        record: Mapping[str, Any],
        *,
        new_family: bool = False,
        choices: Mapping[str, Side] | None = None,
        take: Side | None = None,
        trust_checked: bool = False,
    ) -> ImportResult:
        """Import a record that this app's own store wrote (the team server's, or a held copy of
        it), inside the caller's transaction (services.sync): the caller commits only an IMPORTED
        or UP_TO_DATE result, and rolls back anything else.

        Args:
            trust_checked: the record was read straight from the team server by this app, and a
                meeting's ``checked`` hash there is the content the server checked the agreed
                fingerprints of when it took it: a meeting whose content still has that hash
                is not checked again (any other is).

        Raises:
            RecordInvalid: what was written clashes with records here.
            AgreedContentChanged: as import_record.
        """
        self._trust_checked = trust_checked
        try:
            return self._import(store, dict(record), None, new_family, dict(choices or {}), take)
        finally:
            self._trust_checked = False

    # -- the steps ---------------------------------------------------------------------------

    def _import(
        self,
        store: RecordStore,
        document: dict[str, Any],
        family_id: int | None,
        new_family: bool,
        choices: dict[str, Side],
        take: Side | None,
    ) -> ImportResult:
        incoming_family: Unit = document["family"]
        family = store.family_by_uuid(incoming_family["uuid"])
        adopted = False
        if family is None:
            if family_id is not None:
                family = store.family(family_id)
                if family is None:
                    return ImportResult(
                        ImportOutcome.REFUSED,
                        translate("RecordImport", "There is no family {id}.").format(id=family_id),
                    )
                store.adopt(family, incoming_family)
                adopted = True
            elif not new_family:
                candidates = self._candidates(store, incoming_family)
                return ImportResult(
                    ImportOutcome.NEEDS_FAMILY_CHOICE,
                    translate(
                        "RecordImport",
                        "No family here has this record's family. Choose the family it is for, "
                        "or add it as a new family.",
                    ),
                    candidates=candidates,
                )
        plan = self._plan_family(store, family, incoming_family, adopted, choices, take)
        conflicts: list[Difference] = []
        refusals: list[str] = []
        if plan.family_state is UnitState.CONFLICT:
            conflicts.extend(plan.family_changes)
        for unit in sorted(document["meetings"], key=lambda m: (m["date"], m["uuid"])):
            self._plan_meeting(store, plan, unit, choices, take, conflicts, refusals)
        if refusals:
            return ImportResult(
                ImportOutcome.REFUSED,
                " ".join(refusals) + " " + translate("RecordImport", "Nothing was imported."),
                family_id=family.id if family else None,
                units=self._units(plan),
            )
        if conflicts:
            return ImportResult(
                ImportOutcome.CONFLICTS,
                translate(
                    "RecordImport",
                    "{count} differences need a choice: this laptop's version was changed "
                    "since it was last handed over, and the record's differs.",
                ).format(count=len(conflicts)),
                family_id=family.id if family else None,
                units=self._units(plan),
                conflicts=tuple(conflicts),
            )
        family = self._apply(store, plan)
        broken = self._broken_rules(store, plan, family)
        if broken:
            return ImportResult(
                ImportOutcome.REFUSED,
                " ".join(broken) + " " + translate("RecordImport", "Nothing was imported."),
                family_id=family.id,
                units=self._units(plan, family),
                broken_rules=broken,
            )
        self._check_agreed(store, plan)
        units = self._units(plan, family)
        changed = any(u.state in (UnitState.ADDED, UnitState.UPDATED) for u in units)
        outcome = ImportOutcome.IMPORTED if changed else ImportOutcome.UP_TO_DATE
        message = (
            translate("RecordImport", "The record was imported.")
            if changed
            else translate("RecordImport", "Everything in the record is already here.")
        )
        return ImportResult(outcome, message, family_id=family.id, units=units)

    @staticmethod
    def _candidates(store: RecordStore, incoming: Unit) -> tuple[FamilyCandidate, ...]:
        names = {folded(incoming["name"])}
        children = {
            (folded(c["name"]), c.get("date_of_birth")) for c in incoming["children"]
        }
        child_names = {name for name, _ in children}
        found: list[tuple[int, FamilyCandidate]] = []
        for family in store.families():
            reasons: list[str] = []
            score = 0
            if folded(family.name) in names:
                reasons.append(translate("RecordImport", "same family name"))
                score += 1
            for child in family.children:
                born = child.date_of_birth.isoformat() if child.date_of_birth else None
                if (folded(child.name), born) in children:
                    reasons.append(
                        translate("RecordImport", "child {name}, same date of birth").format(
                            name=child.name
                        )
                    )
                    score += 3
                elif folded(child.name) in child_names:
                    reasons.append(translate("RecordImport", "child {name}").format(name=child.name))
                    score += 2
                elif born is not None and born in {b for _, b in children}:
                    reasons.append(
                        translate("RecordImport", "a child born on {date}").format(date=born)
                    )
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
        store: RecordStore,
        family: FamilyRow | None,
        incoming: Unit,
        adopted: bool,
        choices: dict[str, Side],
        take: Side | None,
    ) -> _Plan:
        incoming_content = without_sync(incoming)
        if family is None:
            return _Plan(None, incoming, UnitState.ADDED, incoming_content)
        local = store.read_family(family)
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
        store: RecordStore,
        plan: _Plan,
        unit: Unit,
        choices: dict[str, Side],
        take: Side | None,
        conflicts: list[Difference],
        refusals: list[str],
    ) -> None:
        label = meeting_label(unit)
        row = store.meeting_by_uuid(unit["uuid"])
        if row is None:
            plan.meetings.append((unit, None, UnitState.ADDED, without_sync(unit), ()))
            return
        if plan.family is None or row.family_id != plan.family.id:
            refusals.append(
                translate("RecordImport", "The {what} is held here in another family.").format(
                    what=label
                )
            )
            plan.meetings.append((unit, row, UnitState.REFUSED, None, ()))
            return
        local = store.read_meeting(row)
        found = differences("meeting", local, unit, MEETING_COLLECTIONS)
        if not found:
            plan.meetings.append((unit, row, UnitState.UP_TO_DATE, None, ()))
            return
        if (local.get("minutes") or {}).get("status") == "agreed":
            shown = "; ".join(describe_change(d) for d in found[:5])
            more = (
                translate("RecordImport", " and {count} more").format(count=len(found) - 5)
                if len(found) > 5
                else ""
            )
            refusals.append(
                translate(
                    "RecordImport",
                    "The minutes of the {what} are agreed here, and agreed minutes never change; "
                    "the record differs ({differences}).",
                ).format(what=label, differences=shown + more)
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
    def _apply(store: RecordStore, plan: _Plan) -> FamilyRow:
        family = plan.family
        incoming_hash = content_hash(plan.family_unit, FAMILY_COLLECTIONS)
        if plan.family_target is not None:
            family = store.write_family(plan.family_target, family)
            plan.family = family
        assert family is not None
        family.synced_hash = incoming_hash
        written = []
        for unit, row, state, target, changes in plan.meetings:
            if target is not None:
                row = store.write_meeting(target, row, family)
            if row is not None and state is not UnitState.LOCAL_NEWER:
                row.synced_hash = content_hash(unit, MEETING_COLLECTIONS)
            written.append((unit, row, state, target, changes))
        plan.meetings = written
        store.flush()
        return family

    def _check_agreed(self, store: RecordStore, plan: _Plan) -> None:
        """Take the fingerprint of each meeting the record brought in (or holds as it is here),
        as it now stands in the import's own, uncommitted transaction, and compare it with every
        version the record marks agreed.

        Raises:
            AgreedContentChanged: for the first version that does not match (the caller's
                transaction is then rolled back: nothing is imported).
        """
        from chair_app.services.minutes import MinutesService

        # A meeting already here, unchanged by the record, was checked when it came.
        checked = (UnitState.ADDED, UnitState.UPDATED)
        to_check = [
            (unit, row)
            for unit, row, state, _target, _changes in plan.meetings
            if row is not None
            and state in checked
            and agreed_versions(unit)
            and not (self._trust_checked and _checked_on_server(unit))
        ]
        if not to_check:
            return
        # Sessions that join this transaction: they read what the import wrote.
        joined = store.joined_factory()
        minutes = MinutesService(joined, self._agenda_folder)
        for unit, row in to_check:
            content_print = minutes.fingerprint(row.id)
            for version in agreed_versions(unit):
                if version.get("fingerprint") != content_print:
                    logger.warning(
                        "import refused: meeting %s version %s fingerprint differs",
                        row.id,
                        version.get("number"),
                    )
                    raise AgreedContentChanged(int(version.get("number") or 0), meeting_label(unit))

    @staticmethod
    def _broken_rules(store: RecordStore, plan: _Plan, family: FamilyRow) -> tuple[str, ...]:
        """The rules the meetings written from the record break, read back as the app reads
        them: a vote the rules would not count (core.voting) is refused, as on entry."""
        written = [
            (unit, row)
            for unit, row, _state, target, _changes in plan.meetings
            if target is not None and row is not None  # else nothing of it was written
            # Only a vote can break these rules: a meeting without one need not be read back.
            and any(decision.get("votes") for decision in unit.get("decisions") or [])
        ]
        if not written:
            return ()
        network, meetings = store.as_read(family, [row for _unit, row in written])
        broken: list[str] = []
        for (unit, _row), meeting in zip(written, meetings, strict=True):
            for index, decision in enumerate(meeting.decisions, start=1):
                for vote in decision.votes:
                    refusal = vote_refusal(meeting, network, vote)
                    if refusal:
                        broken.append(
                            translate("RecordImport", "The {what}, decision {number}: {problem}")
                            .format(what=meeting_label(unit), number=index, problem=refusal)
                        )
        return tuple(broken)

    @staticmethod
    def _units(plan: _Plan, family: FamilyRow | None = None) -> tuple[UnitResult, ...]:
        family = family or plan.family
        units = [
            UnitResult(
                "family",
                plan.family_unit["uuid"],
                translate("RecordImport", "Family network ({name})").format(
                    name=plan.family_unit["name"]
                ),
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
                    meeting_label(unit),
                    state,
                    row.id if row is not None and row.id is not None else None,
                    changes,
                )
            )
        return tuple(units)


def _checked_on_server(unit: Mapping[str, Any]) -> bool:
    """The unit's content is the one the team server checked (see import_in)."""
    sync = unit.get(SYNC_KEY) or {}
    return bool(sync.get("checked")) and sync.get("checked") == sync.get("content_hash")
