"""Hand a meeting from one laptop to another: export a meeting record, import one.

This module reads and checks a record (schema, limits, files and packages); exporting is
services.record_export, importing services.record_import, the results and their words
services.record_changes, and the rows models.record_import.

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

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from chair_app.core.language import translate
from chair_app.core.record_format import FORMAT_NAME, FORMAT_VERSION

SCHEMA_RESOURCE = ("record_format", "chair-meeting-record.schema.json")


class RecordRefused(Exception):
    """The record cannot be imported; the message says why, for the user."""


class AgreedContentChanged(RecordRefused):
    """A version the record marks agreed has a fingerprint its content no longer gives: the
    record was changed after the minutes were agreed. Nothing was imported."""

    def __init__(self, version: int, label: str) -> None:
        super().__init__(
            translate(
                "RecordFormat",
                "Version {version} is marked agreed, but its fingerprint does not match the "
                "record's content: the record was changed after it was agreed. ({label}; nothing "
                "was imported.)",
            ).format(version=version, label=label)
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
        translate(
            "RecordFormat",
            "The file {file} is larger than {size}, the largest record this laptop "
            "imports (File > Settings); nothing was imported.",
        ).format(file=path, size=megabytes(limit))
    )
    try:
        with path.open("rb") as handle:
            if path.is_file() and path.stat().st_size > limit:
                raise too_large
            raw = handle.read(limit + 1)
    except OSError as error:
        raise RecordRefused(_unreadable(path, error)) from error
    if len(raw) > limit:
        raise too_large
    return parse_record(raw, translate("RecordFormat", "The file {file}").format(file=path))


def validate_record(data: Any) -> dict[str, Any]:
    """Check the document is a record this version can read.

    Raises:
        RecordRefused: another format, a newer format version, or a field that is not valid
            (named by its path, e.g. ``$.meetings[0].actions[2].status``).
    """
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise RecordRefused(
            translate(
                "RecordFormat", 'This is not a Chair meeting record: its "format" is not "{name}".'
            ).format(name=FORMAT_NAME)
        )
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise RecordRefused(translate("RecordFormat", 'The record has no valid "format_version".'))
    if version > FORMAT_VERSION:
        raise RecordRefused(
            translate(
                "RecordFormat",
                "This record was written by a newer version of Chair (record format {version}; "
                "this version reads format {known}). Update Chair to import it.",
            ).format(version=version, known=FORMAT_VERSION)
        )
    _refuse_beyond_limits(data)
    from jsonschema import Draft202012Validator, FormatChecker
    from jsonschema.exceptions import best_match

    validator = Draft202012Validator(record_schema(), format_checker=FormatChecker())
    error = best_match(validator.iter_errors(data))
    if error is not None:
        raise RecordRefused(
            translate("RecordFormat", "The record is not valid at {where}: {problem}").format(
                where=error.json_path, problem=error.message
            )
        )
    seen: set[str] = set()
    for uuid in _uuids(data):
        if uuid in seen:
            raise RecordRefused(
                translate("RecordFormat", "The record holds two records with the same uuid {uuid}.")
                .format(uuid=uuid)
            )
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
                translate(
                    "RecordFormat",
                    "The record's text at {where} is longer than {count} characters, more "
                    "than any meeting record Chair writes; nothing was imported.",
                ).format(where=where, count=f"{MAX_TEXT:,}")
            )
    elif isinstance(value, list):
        if len(value) > MAX_ITEMS:
            raise RecordBeyondLimits(
                translate(
                    "RecordFormat",
                    "The record has more than {count} items at {where}, more than any "
                    "meeting record Chair writes; nothing was imported.",
                ).format(where=where, count=f"{MAX_ITEMS:,}")
            )
        for index, item in enumerate(value):
            _refuse_beyond_limits(item, f"{where}[{index}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            name = f".{key}" if str(key).isidentifier() else f"[{json.dumps(str(key))}]"
            _refuse_beyond_limits(
                key, translate("RecordFormat", "{where} (a name)").format(where=where)
            )
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
        translate(
            "RecordFormat",
            "{name} is nested too deeply: lists and objects more than {count} levels inside "
            "one another, more than any meeting record Chair writes; nothing was imported.",
        ).format(name=name, count=MAX_NESTING)
    )
    if nesting_depth(data) > MAX_NESTING:
        raise too_deep
    try:
        record = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise RecordRefused(
            translate("RecordFormat", "{name} is not a Chair meeting record (not JSON).").format(
                name=name
            )
        ) from error
    except RecursionError as error:  # the scan above should make this unreachable
        raise too_deep from error
    if not isinstance(record, dict):
        raise RecordRefused(
            translate("RecordFormat", "{name} is not a Chair meeting record.").format(name=name)
        )
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
        raise RecordRefused(_unreadable(path, error)) from error
    return parse_record(data, path.name)


def _unreadable(path: Path, error: OSError) -> str:
    return translate("RecordFormat", "The file {file} cannot be read: {reason}.").format(
        file=path, reason=error.strerror
    )

