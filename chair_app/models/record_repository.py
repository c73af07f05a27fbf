"""Rows <-> the units of a meeting record (core.record_format), inside one Session.

Reading turns a family's or a meeting's rows into a JSON-ready unit where every reference is the
referenced record's UUID; writing does the reverse, matching records by UUID (or by natural key,
see core.record_format.MEETING_COLLECTIONS), updating them in place, adding the new ones and
deleting the ones the unit no longer holds. Writing never removes a person or a child: removing
someone from a network is done in the app, where the rules about their records apply.

The caller owns the transaction (services.record_format runs one import in one transaction).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from chair_app.core.domain import Withholding
from chair_app.core.facts import BadFactRef, FactKind, FactRef
from chair_app.core.record_format import MEETING_COLLECTIONS, Unit, record_key
from chair_app.models.orm import (
    ActionRow,
    AddendumRow,
    AttendanceRow,
    ChildDecisionRow,
    ChildRow,
    ChildViewsRow,
    CommentRow,
    ContingencyPartRow,
    CorrectionRow,
    DangerStatementRow,
    DecisionRow,
    DistributionRow,
    ExclusionRow,
    FamilyRow,
    MeetingRow,
    MinutesStateRow,
    MinutesVersionRow,
    PersonRow,
    PlanViewRow,
    ScoreRow,
    UpdateRow,
    VoteRow,
)


class RecordInvalid(ValueError):
    """The record cannot be stored: it refers to something that is neither in it nor here."""


@dataclass(frozen=True, slots=True)
class Field:
    """One field of a record: its name in the record, the row's attribute and its kind.

    Kinds: text (None is stored as ""), str, int, bool, date, time, datetime, json, list
    (comma-separated values), children (comma-separated child ids <-> child UUIDs), and
    ``ref:<target>`` (an id <-> the target record's UUID; targets: person, child, statement,
    action, comment).
    """

    name: str
    attribute: str
    kind: str = "text"
    # The value of a field a record made before the field existed leaves out.
    missing: Any = None
    # Left out of the record while it has that value, so that adding the field changes neither
    # the records nor the content hashes of the families that never use it.
    omit_missing: bool = False


@dataclass(frozen=True, slots=True)
class RowSpec:
    row: type[Any]
    fields: tuple[Field, ...]
    parent: str = "meeting_id"


_REF_ROWS: dict[str, type[Any]] = {
    "person": PersonRow,
    "child": ChildRow,
    "statement": DangerStatementRow,
    "action": ActionRow,
    "comment": CommentRow,
}

CHILD_SPEC = RowSpec(
    ChildRow,
    (
        Field("name", "name"),
        Field("date_of_birth", "date_of_birth", "date"),
        Field("plan", "plan", "str"),
        Field("categories", "categories", "list"),
        Field("unborn", "unborn", "bool", False),
        Field("expected_date", "expected_date", "date"),
    ),
    "family_id",
)
PERSON_SPEC = RowSpec(
    PersonRow,
    (
        Field("position", "position", "int"),
        Field("name", "name"),
        Field("role", "role"),
        Field("agency", "agency"),
        Field("is_professional", "is_professional", "bool"),
        Field("phone", "phone"),
        Field("email", "email"),
        # The language of their copy of the minutes ("en", "cy", "both"; "" never asked).
        Field("minutes_language", "minutes_language", "str", "", omit_missing=True),
    ),
    "family_id",
)

MEETING_FIELDS: tuple[Field, ...] = (
    Field("meeting_type", "meeting_type", "str"),
    Field("date", "date", "date"),
    Field("start_time", "start_time", "time"),
    Field("venue", "venue"),
    Field("chair", "chair_id", "ref:person"),
    Field("minute_taker", "minute_taker_id", "ref:person"),
    Field("status", "status", "str"),
    Field("worries", "worries"),
    Field("working_well", "working_well"),
    Field("needs_to_happen", "needs_to_happen"),
    Field("next_date", "next_date", "date"),
    Field("next_time", "next_time", "time"),
    Field("next_venue", "next_venue"),
    Field("reasons", "reasons"),
    Field("contingency", "contingency"),
    Field("quorum_shortfall", "quorum_shortfall"),
    Field("non_professionals_acknowledged", "non_professionals_acknowledged", "bool"),
    Field("not_held_reason", "not_held_reason"),
    Field("minutes_exported_on", "minutes_exported_on", "date"),
    Field("network_as_recorded", "network_as_recorded", "json"),
    Field("worries_withheld", "worries_withheld", "withheld"),
    Field("working_well_withheld", "working_well_withheld", "withheld"),
    Field("needs_to_happen_withheld", "needs_to_happen_withheld", "withheld"),
    Field("contingency_withheld", "contingency_withheld", "withheld"),
    Field("children_present", "children_present", "children", []),
    Field("chair_summary", "chair_summary", "text", ""),
    Field("review_conference_date", "review_conference_date", "date"),
    Field("early_review_requested", "early_review_requested", "bool", False),
    Field("early_review_reason", "early_review_reason", "text", ""),
)

VOTE_SPEC = RowSpec(
    VoteRow,
    (
        Field("person", "person_id", "ref:person"),
        Field("choice", "choice", "str"),
        Field("reason", "reason"),
        Field("reason_withheld", "reason_withheld", "withheld"),
    ),
    "decision_id",
)

# In the order they are written: a record is written after the records it refers to.
MEETING_SPECS: dict[str, RowSpec] = {
    "statements": RowSpec(
        DangerStatementRow,
        (
            Field("position", "position", "int"),
            Field("statement", "statement"),
            Field("safety_goal", "safety_goal"),
            Field("carried_from", "carried_from_id", "ref:statement"),
            Field("lineage", "lineage_id", "ref:statement"),
            Field("children", "child_ids", "children"),
            Field("notes", "notes", "text", ""),
            Field("notes_withheld", "notes_withheld", "withheld"),
        ),
    ),
    "attendance": RowSpec(
        AttendanceRow,
        (
            Field("person", "person_id", "ref:person"),
            Field("status", "status", "str"),
            Field("report_text", "report_text"),
            Field("represented_by", "represented_by"),
            Field("invited", "invited", "bool", True),
            Field("absence_reason", "absence_reason", "text", ""),
            Field("arrived_at", "arrived_at", "time"),
            Field("left_at", "left_at", "time"),
            Field("interpreter", "interpreter", "text", ""),
            Field("representative", "representative_id", "ref:person"),
            Field("report_withheld", "report_withheld", "withheld"),
        ),
    ),
    "scores": RowSpec(
        ScoreRow,
        (
            Field("person", "person_id", "ref:person"),
            Field("statement", "statement_id", "ref:statement"),
            Field("value", "value", "int"),
            Field("reason", "reason"),
        ),
    ),
    "actions": RowSpec(
        ActionRow,
        (
            Field("what", "what"),
            Field("owner", "owner_id", "ref:person"),
            Field("due_date", "due_date", "date"),
            Field("goal_statement", "goal_statement_id", "ref:statement"),
            Field("status", "status", "str"),
            Field("children", "child_ids", "children"),
            Field("carried_from", "carried_from_id", "ref:action"),
            Field("work_done", "work_done"),
            Field("difference_for_child", "difference_for_child"),
            Field("joint_owners", "joint_owner_ids", "people", []),
            Field("owner_family", "owner_family", "bool", False),
            Field("owner_other", "owner_other", "text", ""),
        ),
    ),
    "decisions": RowSpec(
        DecisionRow, (Field("position", "position", "int"), Field("question", "question"))
    ),
    "agency_updates": RowSpec(
        UpdateRow,
        (
            Field("person", "person_id", "ref:person"),
            Field("text", "text"),
            Field("third_party", "third_party", "bool"),
            Field("withheld_from_people", "withheld_from_people", "people", []),
        ),
    ),
    "child_views": RowSpec(
        ChildViewsRow,
        (
            Field("child", "child_id", "ref:child"),
            Field("views", "views"),
            Field("how_gathered", "how_gathered"),
            Field("withheld", "withheld", "withheld"),
        ),
    ),
    "plan_views": RowSpec(
        PlanViewRow,
        (
            Field("child", "child_id", "ref:child"),
            Field("person", "person_id", "ref:person"),
            Field("view", "view", "str"),
            Field("categories", "categories", "list"),
            Field("reason", "reason"),
        ),
    ),
    "child_decisions": RowSpec(
        ChildDecisionRow,
        (
            Field("child", "child_id", "ref:child"),
            Field("decision", "decision", "str"),
            Field("categories", "categories", "list"),
            Field("reason", "reason"),
            Field("cin_follows", "cin_follows", "bool"),
        ),
    ),
    "contingency_parts": RowSpec(
        ContingencyPartRow,
        (
            Field("position", "position", "int"),
            Field("text", "text"),
            Field("withheld", "withheld", "withheld"),
        ),
    ),
    "minutes.versions": RowSpec(
        MinutesVersionRow,
        (
            Field("number", "number", "int"),
            Field("fingerprint", "fingerprint", "str"),
            Field("agreed", "agreed", "bool"),
            Field("created_on", "created_on", "date"),
            Field("agreed_on", "agreed_on", "date"),
            Field("agreed_by", "agreed_by_id", "ref:person"),
        ),
    ),
    "minutes.distribution": RowSpec(
        DistributionRow,
        (
            Field("person", "person_id", "ref:person"),
            Field("method", "method", "str"),
            Field("sent_on", "sent_on", "date"),
            Field("version", "version", "int"),
            Field("copy", "copy", "str", "full"),
        ),
    ),
    "minutes.comments": RowSpec(
        CommentRow,
        (
            Field("person", "person_id", "ref:person"),
            Field("received_on", "received_on", "date"),
            Field("step", "step", "str"),
            Field("text", "text"),
            Field("status", "status", "str"),
            Field("reason", "reason"),
            Field("resolved_on", "resolved_on", "date"),
        ),
    ),
    "minutes.corrections": RowSpec(
        CorrectionRow,
        (
            Field("made_at", "made_at", "datetime"),
            Field("by_person", "by_person_id", "ref:person"),
            Field("field", "field", "str"),
            Field("before", "before"),
            Field("after", "after"),
            Field("comment", "comment_id", "ref:comment"),
        ),
    ),
    "minutes.addenda": RowSpec(
        AddendumRow,
        (
            Field("added_on", "added_on", "date"),
            Field("by_person", "by_person_id", "ref:person"),
            Field("reason", "reason"),
            Field("text", "text"),
        ),
    ),
    "minutes.exclusions": RowSpec(
        ExclusionRow,
        (
            Field("person", "person_id", "ref:person"),
            Field("steps", "steps", "list"),
            Field("reason", "reason"),
        ),
    ),
}
assert set(MEETING_SPECS) == {c.path for c in MEETING_COLLECTIONS}

# Correction fields name the part they changed (core.facts.FactRef) with local ids
# (repositories: apply_correction, apply_fact_correction); in a record those ids are UUIDs. The
# target of each id, by kind (kinds not listed have no ids).
_CORRECTION_TARGETS: dict[FactKind, tuple[str, ...]] = {
    FactKind.UPDATE: ("person",),
    FactKind.CHILD_VIEWS: ("child",),
    FactKind.ATTENDANCE: ("person",),
    FactKind.SCORE: ("person", "statement"),
    FactKind.ACTION: ("action",),
}


class RefMap:
    """Local ids <-> UUIDs of the records a unit refers to, looked up (and cached) on demand."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._to_uuid: dict[tuple[str, int], str | None] = {}
        self._to_id: dict[tuple[str, str], int | None] = {}

    def uuid(self, target: str, row_id: int | None) -> str | None:
        if row_id is None:
            return None
        key = (target, row_id)
        if key not in self._to_uuid:
            row = _REF_ROWS[target]
            self._to_uuid[key] = self._session.scalar(select(row.uuid).where(row.id == row_id))
        return self._to_uuid[key]

    def know_family(self, family_id: int) -> None:
        """Look up the family's people and children in one query each: the records a meeting
        names most often (attendance, scores, owners, votes...), else one query per name.
        Neither changes while a meeting is read or written, so the answers stay right."""
        for target in ("person", "child"):
            row = _REF_ROWS[target]
            found = self._session.execute(
                select(row.id, row.uuid).where(row.family_id == family_id)
            )
            for row_id, uuid in found:
                self._to_uuid[(target, row_id)] = uuid
                if uuid is not None:
                    self._to_id[(target, uuid)] = row_id

    def id(self, target: str, uuid: str | None, *, where: str) -> int | None:
        """The local id of the record with this UUID.

        Raises:
            RecordInvalid: there is no such record here.
        """
        if uuid is None:
            return None
        key = (target, uuid)
        if self._to_id.get(key) is None:
            row = _REF_ROWS[target]
            self._session.flush()
            self._to_id[key] = self._session.scalar(select(row.id).where(row.uuid == uuid))
        found = self._to_id[key]
        if found is None:
            raise RecordInvalid(
                f"{where} refers to a {target} ({uuid}) that is neither in the record nor here."
            )
        return found


def _text_list(text: str | None) -> list[str]:
    return [part for part in (text or "").split(",") if part.strip()]


def _read_value(field: Field, value: Any, refs: RefMap) -> Any:
    kind = field.kind
    if kind == "text":
        return value or ""
    if kind in ("str", "int"):
        return value
    if kind == "bool":
        return bool(value)
    if kind in ("date", "time", "datetime"):
        return value.isoformat() if value is not None else None
    if kind == "list":
        return _text_list(value)
    if kind == "children":
        uuids = (refs.uuid("child", int(part)) for part in _text_list(value) if part.isdigit())
        return sorted(u for u in uuids if u is not None)
    if kind == "people":
        people = (refs.uuid("person", int(part)) for part in _text_list(value) if part.isdigit())
        return sorted(u for u in people if u is not None)
    if kind == "withheld":
        withholding = Withholding.from_text(value)
        named = (refs.uuid("person", person_id) for person_id in withholding.from_people)
        return {
            "family": withholding.from_family,
            "people": sorted(u for u in named if u is not None),
        }
    if kind == "json":
        return _snapshot_out(value, refs)
    if kind.startswith("ref:"):
        return refs.uuid(kind[4:], value)
    raise AssertionError(kind)


def _write_value(field: Field, value: Any, refs: RefMap, where: str) -> Any:
    kind = field.kind
    if kind in ("text", "str", "int", "bool"):
        return value
    if kind == "date":
        return dt.date.fromisoformat(value) if value is not None else None
    if kind == "time":
        return dt.time.fromisoformat(value) if value is not None else None
    if kind == "datetime":
        return dt.datetime.fromisoformat(value) if value is not None else None
    if kind == "list":
        return ",".join(value)
    if kind == "children":
        ids = sorted({refs.id("child", u, where=where) or 0 for u in value})
        return ",".join(str(i) for i in ids)
    if kind == "people":
        ids = sorted({refs.id("person", u, where=where) or 0 for u in value})
        return ",".join(str(i) for i in ids)
    if kind == "withheld":
        value = value or {}
        people = tuple(refs.id("person", u, where=where) or 0 for u in value.get("people", []))
        return Withholding(bool(value.get("family", False)), people).to_text()
    if kind == "json":
        return _snapshot_in(value, refs, where)
    if kind.startswith("ref:"):
        return refs.id(kind[4:], value, where=where)
    raise AssertionError(kind)


def _snapshot_out(text: str | None, refs: RefMap) -> Any:
    """The network kept with a closed meeting (core.snapshot), its ids as UUIDs. A person no
    longer in the network has no UUID: null (nothing in the meeting refers to them)."""
    if text is None:
        return None
    record = json.loads(text)
    for target, key in (("child", "children"), ("person", "people")):
        for entry in record.get(key, []):
            entry["id"] = refs.uuid(target, entry.get("id"))
    return record


def _snapshot_in(record: Any, refs: RefMap, where: str) -> str | None:
    if record is None:
        return None
    record = json.loads(json.dumps(record))
    gone = 0
    for target, key in (("child", "children"), ("person", "people")):
        for entry in record.get(key, []):
            if entry.get("id") is None:
                gone -= 1  # not in the network any more: an id no row has
                entry["id"] = gone
            else:
                entry["id"] = refs.id(target, entry["id"], where=where)
    return json.dumps(record, ensure_ascii=False)


def _correction_field_out(text: str, refs: RefMap) -> str:
    try:
        ref = FactRef.parse(text)
    except BadFactRef:
        return text

    def uuid(kind: FactKind, position: int, id_: int) -> str:
        targets = _CORRECTION_TARGETS.get(kind, ())
        mapped = refs.uuid(targets[position], id_) if position < len(targets) else None
        return mapped or str(id_)  # a row since removed keeps its id

    return ref.format(uuid)


def _correction_field_in(text: str, refs: RefMap, where: str) -> str:
    def local_id(kind: FactKind, position: int, piece: str) -> int | None:
        targets = _CORRECTION_TARGETS.get(kind, ())
        if len(piece) == 36 and position < len(targets):
            return refs.id(targets[position], piece, where=where)
        return int(piece) if piece.isascii() and piece.isdigit() else None

    try:
        return FactRef.parse(text, local_id).format()
    except BadFactRef:
        return text


def _is_owner_correction(field_text: str) -> bool:
    """Whether a correction field (with local ids or UUIDs) is an action's owner: its before
    and after are people."""
    try:
        # Any id will do (a local id or a UUID): only the kind and the attribute matter.
        ref = FactRef.parse(field_text, lambda _kind, _position, _piece: 0)
    except BadFactRef:
        return False
    return ref.kind is FactKind.ACTION and ref.attribute == "owner"


def read_row(spec: RowSpec, row: Any, refs: RefMap) -> dict[str, Any]:
    """One row as a record of the unit."""
    record: dict[str, Any] = {"uuid": row.uuid}
    for field in spec.fields:
        value = _read_value(field, getattr(row, field.attribute), refs)
        if field.omit_missing and value == field.missing:
            continue
        record[field.name] = value
    if spec.row is CorrectionRow:
        owner = _is_owner_correction(row.field)
        record["field"] = _correction_field_out(row.field, refs)
        if owner:  # the owner's before/after are person ids
            for name in ("before", "after"):
                value = record[name]
                if value.isdigit():
                    record[name] = refs.uuid("person", int(value)) or value
    return record


def read_family(session: Session, family: FamilyRow) -> Unit:
    """The family's network as a unit (no meetings)."""
    refs = RefMap(session)
    return {
        "uuid": family.uuid,
        "name": family.name,
        "children": [read_row(CHILD_SPEC, child, refs) for child in family.children],
        "people": [read_row(PERSON_SPEC, person, refs) for person in family.people],
    }


_PRELOADED = "chair_preloaded_rows"


def _rows(session: Session, spec: RowSpec, parent_id: int) -> list[Any]:
    preloaded = session.info.get(_PRELOADED)
    if preloaded is not None and spec.row in preloaded["tables"]:
        return list(preloaded["rows"].get((spec.row, parent_id), ()))
    column = getattr(spec.row, spec.parent)
    return list(session.scalars(select(spec.row).where(column == parent_id).order_by(spec.row.id)))


@contextmanager
def meetings_read_together(session: Session, meeting_ids: list[int]) -> Iterator[None]:
    """Read every row of these meetings with one query per table, for the block (which must
    only read them): a family's whole record, without a query per meeting and per kind."""
    rows: dict[tuple[type[Any], int], list[Any]] = {}
    tables: set[type[Any]] = set()
    if meeting_ids:
        session.scalars(select(MinutesStateRow).where(MinutesStateRow.meeting_id.in_(meeting_ids))).all()
        decision_ids: list[int] = []
        for spec in MEETING_SPECS.values():
            column = getattr(spec.row, spec.parent)
            found = session.scalars(
                select(spec.row).where(column.in_(meeting_ids)).order_by(spec.row.id)
            ).all()
            tables.add(spec.row)
            for row in found:
                rows.setdefault((spec.row, getattr(row, spec.parent)), []).append(row)
                if spec.row is DecisionRow:
                    decision_ids.append(row.id)
        votes = session.scalars(
            select(VoteRow).where(VoteRow.decision_id.in_(decision_ids)).order_by(VoteRow.id)
        ).all() if decision_ids else []
        tables.add(VoteRow)
        for vote in votes:
            rows.setdefault((VoteRow, vote.decision_id), []).append(vote)
    session.info[_PRELOADED] = {"tables": tables, "rows": rows}
    try:
        yield
    finally:
        session.info.pop(_PRELOADED, None)


def read_meeting(session: Session, meeting: MeetingRow) -> Unit:
    """Everything recorded in the meeting, and its minutes, as a unit."""
    refs = RefMap(session)
    refs.know_family(meeting.family_id)
    unit: Unit = {"uuid": meeting.uuid, "family": meeting.family.uuid}
    for field in MEETING_FIELDS:
        unit[field.name] = _read_value(field, getattr(meeting, field.attribute), refs)
    state = session.get(MinutesStateRow, meeting.id)
    unit["minutes"] = {"status": state.status if state is not None else None}
    for path, spec in MEETING_SPECS.items():
        records = [read_row(spec, row, refs) for row in _rows(session, spec, meeting.id)]
        if path == "decisions":
            for record, row in zip(records, _rows(session, spec, meeting.id), strict=True):
                record["votes"] = [
                    read_row(VOTE_SPEC, vote, refs) for vote in _rows(session, VOTE_SPEC, row.id)
                ]
        if path.startswith("minutes."):
            unit["minutes"][path.split(".", 1)[1]] = records
        else:
            unit[path] = records
    return unit


def _records(unit: Unit, path: str) -> list[dict[str, Any]]:
    if path.startswith("minutes."):
        return list((unit.get("minutes") or {}).get(path.split(".", 1)[1], []))
    return list(unit.get(path, []))


def _sync_rows(
    session: Session,
    spec: RowSpec,
    parent_id: int,
    records: list[dict[str, Any]],
    refs: RefMap,
    where: str,
    identity: Callable[[dict[str, Any]], str],
    *,
    delete_missing: bool = True,
    new_parent: bool = False,
) -> list[tuple[dict[str, Any], Any]]:
    """Make the parent's rows of this kind what the records say; returns (record, row) pairs.
    A parent added in this transaction (``new_parent``) has no rows yet to look up."""
    existing = [] if new_parent else _rows(session, spec, parent_id)
    local = {identity(read_row(spec, row, refs)): row for row in existing}
    wanted = {identity(record): record for record in records}
    if delete_missing and local:
        for key, row in list(local.items()):
            if key not in wanted:
                session.delete(row)
                del local[key]
        session.flush()
    by_uuid = {row.uuid: row for row in local.values()}
    pairs: list[tuple[dict[str, Any], Any]] = []
    for key, record in wanted.items():
        label = f"{where} {record['uuid']}"
        values: dict[str, Any] = {}
        for field in spec.fields:
            if field.kind in ("ref:statement", "ref:action") and spec.row in (
                DangerStatementRow,
                ActionRow,
            ):
                continue  # may refer to a record of the same kind: set after the flush below
            value = record.get(field.name, field.missing)
            if spec.row is CorrectionRow and field.name in ("field", "before", "after"):
                value = _correction_value_in(record, field.name, refs, label)
            else:
                value = _write_value(field, value, refs, label)
            values[field.attribute] = value
        # Looked up after the values: resolving a reference flushes, and a half-filled new row
        # must not be flushed.
        row = local.get(key) or by_uuid.get(record["uuid"])
        if row is None:
            row = spec.row(**{spec.parent: parent_id})
            session.add(row)
        row.uuid = record["uuid"]
        for attribute, value in values.items():
            setattr(row, attribute, value)
        pairs.append((record, row))
    session.flush()
    for record, row in pairs:
        for field in spec.fields:
            if field.kind in ("ref:statement", "ref:action") and spec.row in (
                DangerStatementRow,
                ActionRow,
            ):
                value = _write_value(
                    field, record.get(field.name, field.missing), refs, f"{where} {record['uuid']}"
                )
                setattr(row, field.attribute, value)
    return pairs


def _correction_value_in(record: dict[str, Any], name: str, refs: RefMap, where: str) -> str:
    value = str(record[name])
    if name == "field":
        return _correction_field_in(value, refs, where)
    if _is_owner_correction(record["field"]) and len(value) == 36:
        return str(refs.id("person", value, where=where))
    return value


def write_family(
    session: Session, unit: Unit, family: FamilyRow | None
) -> FamilyRow:
    """Store the network: name, children and people (matched by UUID; none removed)."""
    refs = RefMap(session)
    new = family is None
    if family is None:
        family = FamilyRow(uuid=unit["uuid"], name=unit["name"])
        session.add(family)
        session.flush()
    family.uuid = unit["uuid"]
    family.name = unit["name"]
    for key, spec in (("children", CHILD_SPEC), ("people", PERSON_SPEC)):
        _sync_rows(
            session, spec, family.id, list(unit[key]), refs, f"family {key}",
            lambda r: str(r["uuid"]), delete_missing=False, new_parent=new,
        )
    session.flush()
    return family


def write_meeting(
    session: Session, unit: Unit, meeting: MeetingRow | None, family: FamilyRow
) -> MeetingRow:
    """Store the meeting and everything in it as the unit says (adding the meeting if new)."""
    refs = RefMap(session)
    refs.know_family(family.id)
    where = "meeting"
    values = {
        field.attribute: _write_value(field, unit.get(field.name, field.missing), refs, where)
        for field in MEETING_FIELDS
    }
    new = meeting is None
    if meeting is None:
        meeting = MeetingRow(uuid=unit["uuid"], family_id=family.id)
        session.add(meeting)
    for attribute, value in values.items():
        setattr(meeting, attribute, value)
    session.flush()
    status = (unit.get("minutes") or {}).get("status")
    state = None if new else session.get(MinutesStateRow, meeting.id)
    if status is None and state is not None:
        session.delete(state)
    elif status is not None:
        if state is None:
            session.add(MinutesStateRow(meeting_id=meeting.id, status=status))
        else:
            state.status = status
    collections = {c.path: c for c in MEETING_COLLECTIONS}
    # Corrections refer to comments: comments first. Scores and actions refer to statements.
    order = [p for p in MEETING_SPECS if p != "minutes.corrections"] + ["minutes.corrections"]
    for path in order:
        spec = MEETING_SPECS[path]
        collection = collections[path]
        pairs = _sync_rows(
            session, spec, meeting.id, _records(unit, path), refs, f"{where} {path}",
            lambda r, c=collection: record_key(c, r),  # type: ignore[misc]
            new_parent=new,
        )
        if path == "decisions":
            for record, row in pairs:
                _sync_rows(
                    session, VOTE_SPEC, row.id, list(record.get("votes", [])), refs,
                    f"{where} votes", lambda r: str(r["person"]), new_parent=new,
                )
    session.flush()
    return meeting
