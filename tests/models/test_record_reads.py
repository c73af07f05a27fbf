"""Reading and writing a meeting's record (what a sync sends and brings) looks up the family's
people and children once, not once for each place a meeting names them: a sync of a family
with a long history runs a bounded number of statements per meeting."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event
from sync_helpers import contents

from chair_app.models.db import SessionFactory
from chair_app.models.record_import import record_transaction
from chair_app.services.record_changes import ImportOutcome
from chair_app.services.record_import import ImportService
from chair_app.services.storage import open_factory
from chair_app.services.sync import _family_record


@contextmanager
def _counted(factory: SessionFactory) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    engine = factory.kw["bind"]
    event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", count)


def _one_by_one(statements: list[str], table: str) -> int:
    """Statements that look up a single person or child by id or by UUID."""
    return sum(
        1
        for s in statements
        if f"FROM {table} \nWHERE {table}.id = " in s or f"FROM {table} \nWHERE {table}.uuid = " in s
    )


def test_reading_a_family_does_not_look_up_its_people_one_by_one(
    factory: SessionFactory, with_demo_family: None
) -> None:
    with record_transaction(factory) as store, _counted(factory) as statements:
        (family,) = store.families()
        record = _family_record(store, family)
    names = {p["uuid"] for p in record["family"]["people"]}
    held = next(m for m in record["meetings"] if m["status"] != "draft")
    assert {a["person"] for a in held["attendance"]} <= names  # the references are all there
    assert _one_by_one(statements, "person") == 0, statements
    assert _one_by_one(statements, "child") == 0


def test_writing_a_family_on_another_laptop_does_not_look_up_its_people_one_by_one(
    factory: SessionFactory, with_demo_family: None, tmp_path: Path
) -> None:
    with record_transaction(factory) as store:
        (family,) = store.families()
        record = _family_record(store, family)
    other = open_factory(tmp_path / "other")
    with record_transaction(other) as store, _counted(other) as statements:
        result = ImportService(other).import_in(store, record, new_family=True)
    assert result.outcome is ImportOutcome.IMPORTED
    assert contents(other) == contents(factory)
    assert _one_by_one(statements, "person") == 0
    assert _one_by_one(statements, "child") == 0
