"""Imports are bounded: a record file too large, nested too deeply, with too many items of a kind
or too long a text is refused with a message naming the bound, and nothing changes in the data.
The hostile files are built here; the families in them are the fictional demo family."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import TODAY
from row_snapshot import every_row

from chair_app.models.db import SessionFactory
from chair_app.services.demo import ensure_demo_family
from chair_app.services.meetings import MeetingService
from chair_app.services.record_export import RecordService
from chair_app.services.record_format import (
    RecordBeyondLimits,
    load_package_record,
    load_record,
    parse_record,
    record_bytes,
    record_schema,
)
from chair_app.services.record_import import ImportService
from chair_app.services.record_limits import (
    MAX_ITEMS,
    MAX_NESTING,
    MAX_RECORD_BYTES,
    MAX_TEXT,
    nesting_depth,
)
from chair_app.services.storage import open_factory


@pytest.fixture
def other(tmp_path: Path) -> SessionFactory:
    """The laptop importing: it holds the demo family already."""
    folder = tmp_path / "other"
    folder.mkdir()
    session_factory = open_factory(folder)
    ensure_demo_family(session_factory, TODAY)
    yield session_factory
    session_factory.kw["bind"].dispose()


@pytest.fixture
def record(factory: SessionFactory, with_demo_family: None) -> dict[str, Any]:
    ids = [m.id for m in MeetingService(factory).list_meetings()]
    return RecordService(factory).export_record(ids)


def test_chairs_own_record_is_well_inside_the_bounds(record: dict[str, Any]) -> None:
    data = record_bytes(record)
    assert len(data) < MAX_RECORD_BYTES // 100
    assert nesting_depth(data) <= MAX_NESTING // 2
    assert parse_record(data, "The record") == record


def test_a_file_larger_than_the_limit_is_refused_before_it_is_read(
    tmp_path: Path, other: SessionFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:  # sparse: the size without the disk space
        handle.write(b'{"format": "chair-meeting-record", "notes": "')
        handle.truncate(MAX_RECORD_BYTES + 1)
    read = Path.read_bytes

    def no_whole_read(self: Path) -> bytes:
        assert self != path, "the whole file was read"
        return read(self)

    monkeypatch.setattr(Path, "read_bytes", no_whole_read)
    monkeypatch.setattr(Path, "read_text", lambda *a, **k: pytest.fail("read whole"))
    before = every_row(other)
    with pytest.raises(RecordBeyondLimits, match=r"larger than 50 MB"):
        ImportService(other).import_file(path)
    assert every_row(other) == before


@pytest.mark.parametrize("opening", [b"[", b'{"a":'])
def test_deeply_nested_json_is_refused_as_nested_too_deeply(
    tmp_path: Path, other: SessionFactory, opening: bytes
) -> None:
    closing = b"]" if opening == b"[" else b"}"
    path = tmp_path / "deep.json"
    path.write_bytes(opening * 100_000 + b"1" + closing * 100_000)
    before = every_row(other)
    with pytest.raises(RecordBeyondLimits, match="nested too deeply") as refused:
        ImportService(other).import_file(path)
    assert not isinstance(refused.value.__cause__, RecursionError)  # refused before parsing
    assert every_row(other) == before


def test_brackets_inside_texts_are_not_nesting() -> None:
    text = json.dumps({"notes": "[[[{{{" * 1000 + '\\"]]' * 10})
    assert nesting_depth(text.encode()) == 1
    assert parse_record(text.encode(), "The record") == json.loads(text)


def test_nesting_just_within_the_bound_is_read() -> None:
    data = b'{"a":' + b"[" * (MAX_NESTING - 1) + b"]" * (MAX_NESTING - 1) + b"}"
    assert nesting_depth(data) == MAX_NESTING
    assert parse_record(data, "The record")  # read, not refused
    deeper = b'{"a":' + b"[" * MAX_NESTING + b"]" * MAX_NESTING + b"}"
    with pytest.raises(RecordBeyondLimits, match="nested too deeply"):
        parse_record(deeper, "The record")


@pytest.mark.parametrize(
    ("spoil", "words"),
    [
        (
            lambda r: r["meetings"][0].__setitem__("actions", [{}] * (MAX_ITEMS + 1)),
            r"more than 10,000 items at \$\.meetings\[0\]\.actions",
        ),
        (
            lambda r: r["family"].__setitem__("people", r["family"]["people"] * (MAX_ITEMS + 1)),
            r"more than 10,000 items at \$\.family\.people",
        ),
        (
            lambda r: r["meetings"][0].__setitem__("working_well", "Reading club. " * MAX_TEXT),
            r"text at \$\.meetings\[0\]\.working_well is longer than 200,000 characters",
        ),
    ],
)
def test_too_many_items_or_too_long_a_text_is_refused_naming_the_field(
    tmp_path: Path, record: dict[str, Any], other: SessionFactory, spoil: Any, words: str
) -> None:
    spoil(record)
    path = tmp_path / "spoilt.json"
    path.write_bytes(record_bytes(record))
    before = every_row(other)
    with pytest.raises(RecordBeyondLimits, match=words) as refused:
        ImportService(other).import_file(path)
    assert len(str(refused.value)) < 300  # the text itself is not repeated
    assert every_row(other) == before


def test_the_schema_bounds_every_list_and_text_with_the_named_limits() -> None:
    def nodes(value: Any) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        if isinstance(value, dict):
            found.append(value)
            for item in value.values():
                found.extend(nodes(item))
        elif isinstance(value, list):
            for item in value:
                found.extend(nodes(item))
        return found

    def kinds(node: dict[str, Any]) -> list[str]:
        kind = node.get("type", [])
        return [kind] if isinstance(kind, str) else kind

    schema = nodes(record_schema())
    assert all(n.get("maxItems") == MAX_ITEMS for n in schema if "array" in kinds(n))
    assert all(n.get("maxLength") == MAX_TEXT for n in schema if "string" in kinds(n))


def test_a_record_file_that_is_not_json_still_says_so(tmp_path: Path) -> None:
    path = tmp_path / "notes.json"
    path.write_text("Dear Mrs Quill,", encoding="utf-8")
    with pytest.raises(Exception, match=r"not a Chair meeting record \(not JSON\)"):
        load_record(path)


def test_the_largest_record_imported_is_a_setting(tmp_path: Path, other: SessionFactory) -> None:
    """A council can lower (or raise) the largest record its laptops import."""
    from chair_app.services.record_package import PackageBeyondLimits, write_package
    from chair_app.services.settings import SettingsService

    settings = SettingsService(other)
    assert settings.record_size_limit_mb() == 50
    settings.set_record_size_limit_mb(1)
    path = tmp_path / "two-megabytes.json"
    path.write_bytes(b'{"format": "chair-meeting-record", "notes": "' + b" " * 2_000_000 + b'"}')
    before = every_row(other)
    with pytest.raises(RecordBeyondLimits, match=r"larger than 1 MB, the largest record"):
        ImportService(other).import_file(path)
    package = write_package(path.read_bytes(), tmp_path / "small.chairpkg", "heron at dusk")
    assert package.stat().st_size < 1_000_000  # the package itself is small: it unpacks large
    with pytest.raises(PackageBeyondLimits, match="unpacks to more than 1 MB"):
        load_package_record(package, "heron at dusk", max_bytes=settings.record_size_limit())
    assert every_row(other) == before
    settings.set_record_size_limit_mb(0)
    assert settings.record_size_limit_mb() == 1
    settings.set_record_size_limit_mb(10_000)
    assert settings.record_size_limit_mb() == 500
