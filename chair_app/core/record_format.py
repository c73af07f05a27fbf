"""The meeting record format (``chair-meeting-record``): pure rules, with neither Qt nor the
database.

A record is one JSON document holding a family's network (its children and people) and one or
more of its meetings with everything recorded in them. Every record inside has a UUID, which
stays with it on every laptop; integer ids never leave a data file. ``docs/record-format.md``
describes the document for people building an integration; the JSON Schema is
``resources/record_format/chair-meeting-record.schema.json``.

This module knows the shape of the two *units* a record is compared in, the family network and
a meeting, and how to:

* hash a unit (``content_hash``), so that "has it changed since it was handed over?" is one
  comparison with the hash kept when it was last exported or imported;
* list the differences between this laptop's unit and an incoming one (``differences``), record
  by record and field by field, records matched by UUID (or, where a meeting holds at most one
  per person, child or scale, by that natural key);
* build the unit that results from choosing a side for each difference (``merge``).
"""

from __future__ import annotations

import copy
import enum
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

FORMAT_NAME = "chair-meeting-record"
FORMAT_VERSION = 1

Unit = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Collection:
    """A list of records inside a unit.

    Attributes:
        path: where the list is in the unit: ``"actions"``, or ``"minutes.comments"``.
        natural_key: the fields that identify a record in place of its UUID (a meeting keeps at
            most one attendance entry per person, one score per person and scale...); () means
            the UUID identifies it.
        label_field: the field that names a record for people (an action's wording...).
    """

    path: str
    natural_key: tuple[str, ...] = ()
    label_field: str = ""


FAMILY_COLLECTIONS: tuple[Collection, ...] = (
    Collection("children", label_field="name"),
    Collection("people", label_field="name"),
)

MEETING_COLLECTIONS: tuple[Collection, ...] = (
    Collection("attendance", ("person",)),
    Collection("statements", label_field="statement"),
    Collection("scores", ("person", "statement")),
    Collection("actions", label_field="what"),
    Collection("decisions", label_field="question"),
    Collection("agency_updates", ("person",)),
    Collection("child_views", ("child",)),
    Collection("plan_views", ("child", "person")),
    Collection("child_decisions", ("child",)),
    Collection("contingency_parts", label_field="text"),
    Collection("minutes.versions", ("number",)),
    Collection("minutes.distribution"),
    Collection("minutes.comments", label_field="text"),
    Collection("minutes.corrections", label_field="field"),
    Collection("minutes.addenda", label_field="text"),
    Collection("minutes.exclusions"),
)

# Keys of a unit that are not its content: how it was handed over.
SYNC_KEY = "sync"


class Side(enum.Enum):
    """Which side a difference is settled with."""

    LOCAL = "local"
    INCOMING = "incoming"


@dataclass(frozen=True, slots=True)
class Difference:
    """One difference between this laptop's unit and the incoming one.

    Attributes:
        key: identifies the difference, for choosing a side (``merge``).
        unit: ``"family"`` or ``"meeting"``.
        unit_uuid: the family's or meeting's UUID.
        path: the collection (``"actions"``) or "" for a field of the unit itself.
        record: the record's UUID or natural key ("" for a field of the unit).
        field: the field that differs; "" when the whole record is on one side only.
        local: the value here (the whole record, or None when it is only incoming).
        incoming: the incoming value (the whole record, or None when it is only here).
        label: what it is, for people (the record's wording where it has one).
    """

    key: str
    unit: str
    unit_uuid: str
    path: str
    record: str
    field: str
    local: Any
    incoming: Any
    label: str


def _get_path(unit: Mapping[str, Any], path: str) -> list[dict[str, Any]]:
    value: Any = unit
    for part in path.split("."):
        value = value.get(part) if isinstance(value, Mapping) else None
    return list(value or [])


def _set_path(unit: dict[str, Any], path: str, records: list[dict[str, Any]]) -> None:
    parts = path.split(".")
    target = unit
    for part in parts[:-1]:
        target = target.setdefault(part, {})
    target[parts[-1]] = records


def record_key(collection: Collection, record: Mapping[str, Any]) -> str:
    """The record's identity within its unit: its natural key, else its UUID."""
    if collection.natural_key:
        return "|".join(str(record.get(name)) for name in collection.natural_key)
    return str(record["uuid"])


_IMMUTABLE = (str, int, float, bool, type(None))


def _copied(value: Any) -> Any:
    """A deep copy of a record's JSON-like value (a first pull copies thousands of records;
    copy.deepcopy took a sixth of its time)."""
    if isinstance(value, dict):
        return {key: _copied(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_copied(item) for item in value]
    if isinstance(value, _IMMUTABLE):
        return value
    return copy.deepcopy(value)


def without_sync(unit: Mapping[str, Any]) -> Unit:
    """A copy of the unit without its sync data, its lists in their own order (the order
    records were made in, which the minutes follow where a record has no position)."""
    return {key: _copied(value) for key, value in unit.items() if key != SYNC_KEY}


def content(unit: Mapping[str, Any], collections: Sequence[Collection]) -> Unit:
    """The unit without its sync data, every list in a fixed order (by identity)."""
    result = {key: _copied(value) for key, value in unit.items() if key != SYNC_KEY}
    for collection in collections:
        records = _get_path(result, collection.path)
        if "." in collection.path or collection.path in result:
            _set_path(
                result, collection.path, sorted(records, key=lambda r: record_key(collection, r))
            )
    for decision in result.get("decisions", []):
        decision["votes"] = sorted(decision.get("votes", []), key=lambda v: str(v.get("person")))
    return result


def content_hash(unit: Mapping[str, Any], collections: Sequence[Collection]) -> str:
    """SHA-256 (64 hex digits) of the unit's content in canonical JSON."""
    text = json.dumps(
        content(unit, collections), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _scalar_fields(unit: Mapping[str, Any], collections: Sequence[Collection]) -> list[str]:
    tops = {c.path.split(".")[0] for c in collections}
    fields = [k for k in unit if k not in tops and k not in (SYNC_KEY, "uuid")]
    if "minutes" in tops and isinstance(unit.get("minutes"), Mapping):
        fields += [f"minutes.{k}" for k, v in unit["minutes"].items() if not isinstance(v, list)]
    return fields


def _get_field(unit: Mapping[str, Any], name: str) -> Any:
    if name.startswith("minutes."):
        return (unit.get("minutes") or {}).get(name.split(".", 1)[1])
    return unit.get(name)


def _set_field(unit: dict[str, Any], name: str, value: Any) -> None:
    if name.startswith("minutes."):
        unit.setdefault("minutes", {})[name.split(".", 1)[1]] = value
    else:
        unit[name] = value


def differences(
    kind: str,
    local: Mapping[str, Any],
    incoming: Mapping[str, Any],
    collections: Sequence[Collection],
) -> tuple[Difference, ...]:
    """Every difference between two versions of one unit, field by field.

    Args:
        kind: ``"family"`` or ``"meeting"`` (copied into each Difference).
        local: the unit as this laptop holds it.
        incoming: the unit as the record holds it.
        collections: the unit's collections (FAMILY_COLLECTIONS or MEETING_COLLECTIONS).

    Returns:
        The differences, fields of the unit first, then collection by collection. A record's
        UUID is not itself a difference when the natural key matches it to a local record.
    """
    unit_uuid = str(incoming.get("uuid", local.get("uuid", "")))
    found: list[Difference] = []
    names = dict.fromkeys(_scalar_fields(local, collections) + _scalar_fields(incoming, collections))
    for name in names:
        here, there = _get_field(local, name), _get_field(incoming, name)
        if here != there:
            found.append(
                Difference(f"{unit_uuid}::{name}", kind, unit_uuid, "", "", name, here, there, name)
            )
    for collection in collections:
        mine = {record_key(collection, r): r for r in _get_path(local, collection.path)}
        theirs = {record_key(collection, r): r for r in _get_path(incoming, collection.path)}
        for key in dict.fromkeys([*mine, *theirs]):
            here, there = mine.get(key), theirs.get(key)
            shown = (there or here or {}).get(collection.label_field, "") if collection.label_field else ""
            label = f"{collection.path} {shown!s}".strip() if shown else f"{collection.path} {key}"
            if here is None or there is None:
                found.append(
                    Difference(
                        f"{unit_uuid}:{collection.path}:{key}:",
                        kind, unit_uuid, collection.path, key, "", here, there, label,
                    )
                )
                continue
            for name in dict.fromkeys([*here, *there]):
                if name == "uuid" and collection.natural_key:
                    continue
                if here.get(name) != there.get(name):
                    found.append(
                        Difference(
                            f"{unit_uuid}:{collection.path}:{key}:{name}",
                            kind, unit_uuid, collection.path, key, name,
                            here.get(name), there.get(name), f"{label}: {name}",
                        )
                    )
    return tuple(found)


def merge(
    local: Mapping[str, Any],
    incoming: Mapping[str, Any],
    collections: Sequence[Collection],
    choices: Mapping[str, Side],
    default: Side | None = None,
) -> Unit:
    """The unit that results from settling each difference with the chosen side.

    Args:
        local: the unit as this laptop holds it.
        incoming: the unit as the record holds it.
        collections: the unit's collections.
        choices: Difference.key -> Side.
        default: the side for differences without a choice (None: every one must be chosen).

    Raises:
        KeyError: a difference has no choice and there is no default.
    """
    kind = "unit"
    result: Unit = without_sync(local)
    for difference in differences(kind, local, incoming, collections):
        side = choices.get(difference.key, default)
        if side is None:
            raise KeyError(difference.key)
        if side is Side.LOCAL:
            continue
        if not difference.path:
            _set_field(result, difference.field, _copied(difference.incoming))
            continue
        collection = next(c for c in collections if c.path == difference.path)
        records = _get_path(result, collection.path)
        index = next(
            (i for i, r in enumerate(records) if record_key(collection, r) == difference.record),
            None,
        )
        if not difference.field:
            if difference.incoming is None and index is not None:
                records.pop(index)
            elif difference.incoming is not None and index is None:
                records.append(_copied(difference.incoming))
        elif index is not None:
            records[index][difference.field] = _copied(difference.incoming)
        _set_path(result, collection.path, records)
    # A record matched by its natural key takes the incoming UUID, so both laptops agree on it.
    for collection in collections:
        if not collection.natural_key:
            continue
        theirs = {record_key(collection, r): r for r in _get_path(incoming, collection.path)}
        for record in _get_path(result, collection.path):
            match = theirs.get(record_key(collection, record))
            if match is not None:
                record["uuid"] = match["uuid"]
    return result


class SyncOutcome(enum.Enum):
    """What an incoming unit is, next to this laptop's version of it."""

    SAME = "same"  # identical content: nothing to do
    LOCAL_NEWER = "local_newer"  # we had exactly this before, and changed it since
    TAKE_INCOMING = "take_incoming"  # nothing changed here since: the incoming one is newer
    CONFLICT = "conflict"  # changed here since, and the incoming one differs too


def sync_outcome(
    local_hash: str,
    synced_hash: str | None,
    incoming_hash: str,
    based_on: str | None,
    exported_hash: str | None = None,
) -> SyncOutcome:
    """Compare versions of a unit by their hashes.

    Args:
        local_hash: the hash of the unit as this laptop holds it now.
        synced_hash: the hash of the unit as this laptop last imported it: a version the other
            laptop holds too (None: never imported).
        incoming_hash: the hash of the incoming unit.
        based_on: the sending laptop's synced_hash when it exported the unit (None: it had never
            imported it).
        exported_hash: the hash of the unit as this laptop last exported it (None: never).

    Returns:
        SAME when identical; LOCAL_NEWER when the incoming unit is a version this laptop had
        (imported or exported) and changed since; TAKE_INCOMING when nothing changed here since
        the last import, or the incoming unit was made from exactly what is here now; else
        CONFLICT.
    """
    if incoming_hash == local_hash:
        return SyncOutcome.SAME
    if incoming_hash in {synced_hash, exported_hash} - {None}:
        return SyncOutcome.LOCAL_NEWER
    if local_hash == synced_hash or (based_on is not None and based_on == local_hash):
        return SyncOutcome.TAKE_INCOMING
    return SyncOutcome.CONFLICT
