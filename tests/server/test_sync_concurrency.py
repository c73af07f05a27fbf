"""Two laptops edit the same family offline, then sync one after the other (in either order) or
at the same moment (threads): nothing is lost or doubled, a draft changed on both sides is held
for a choice on the laptop that syncs second, and agreed minutes are untouched."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select
from sync_helpers import (
    ActionRow,
    FamilyRow,
    contents,
    count,
    laptop,
    server_factory,
    sync,
)

from chair_app.core.record_format import Side
from chair_app.models.db import SessionFactory
from chair_app.models.orm import MeetingRow, MinutesStateRow
from chair_app.services.sync import SyncService


def _drafts_and_agreed(factory: SessionFactory) -> tuple[list[str], list[str]]:
    drafts: list[str] = []
    agreed: list[str] = []
    with factory() as session:
        for row in session.scalars(select(MeetingRow).order_by(MeetingRow.date)):
            state = session.get(MinutesStateRow, row.id)
            (agreed if state is not None and state.status == "agreed" else drafts).append(row.uuid)
    return drafts, agreed


def _set(factory: SessionFactory, meeting: str, **values: str) -> None:
    with factory.begin() as session:
        row = session.scalars(select(MeetingRow).where(MeetingRow.uuid == meeting)).one()
        for name, value in values.items():
            setattr(row, name, value)


def _get(factory: SessionFactory, meeting: str, name: str) -> Any:
    with factory() as session:
        return getattr(
            session.scalars(select(MeetingRow).where(MeetingRow.uuid == meeting)).one(), name
        )


def _agreed_snapshot(factory: SessionFactory, agreed: list[str]) -> dict[str, Any]:
    found = contents(factory)
    (family,) = found.values()
    return {uuid: family["meetings"][uuid] for uuid in agreed}


def _offline_edits(tmp_path: Path, engine: Engine) -> tuple[SessionFactory, SessionFactory, dict[str, Any]]:
    a = laptop(tmp_path / "a", with_demo=True)
    b = laptop(tmp_path / "b")
    sync(a, engine)
    sync(b, engine)
    drafts, agreed = _drafts_and_agreed(a)
    assert drafts and agreed, "the demo family has draft and agreed minutes"
    shared = drafts[-1]
    # Both change the same draft field differently, and each changes another field of its own.
    _set(a, shared, worries="A: the children missed school twice.", contingency="A's plan B")
    _set(b, shared, worries="B: the children missed school three times.", next_venue="B's venue")
    return a, b, {"shared": shared, "agreed": agreed, "agreed_before": _agreed_snapshot(a, agreed)}


def _settle(first: SessionFactory, second: SessionFactory, engine: Engine, case: dict[str, Any]) -> None:
    """The second laptop finds the shared draft held; the user keeps the first's worry; after
    that everything agrees, with both laptops' other edits kept."""
    service = SyncService(second, engine)
    held = service.held_families()
    assert len(held) == 1
    # Every field of the draft that differs is shown side by side (the record-import rules):
    # the worry both changed, and each laptop's own other change.
    assert {d.field for d in held[0].conflicts} == {"worries", "contingency", "next_venue"}
    edited = {"A's plan B", "B's venue"}
    choices = {
        d.key: Side.INCOMING if d.field == "worries" or d.incoming in edited else Side.LOCAL
        for d in held[0].conflicts
    }
    service.resolve(held[0].family_uuid, choices=choices)
    assert service.held_families() == ()
    for factory in (second, first, second):
        report = sync(factory, engine)
        assert report.held == () and report.refused == ()
    server = server_factory(engine)
    assert contents(first) == contents(second) == contents(server)
    shared = case["shared"]
    first_worry = _get(first, shared, "worries")
    assert first_worry.startswith(("A:", "B:"))
    assert _get(second, shared, "worries") == first_worry
    assert _get(first, shared, "contingency") == "A's plan B"
    assert _get(first, shared, "next_venue") == "B's venue"
    assert count(server, FamilyRow) == 1
    assert count(server, MeetingRow) == count(first, MeetingRow) == count(second, MeetingRow)
    assert count(server, ActionRow) == count(first, ActionRow)
    # Agreed minutes never changed anywhere.
    for factory in (first, second, server):
        assert _agreed_snapshot(factory, case["agreed"]) == case["agreed_before"]


@pytest.mark.parametrize("order", ["a-then-b", "b-then-a"])
def test_offline_edits_synced_in_either_order(
    tmp_path: Path, server_engine: Engine, order: str
) -> None:
    a, b, case = _offline_edits(tmp_path, server_engine)
    first, second = (a, b) if order == "a-then-b" else (b, a)
    assert sync(first, server_engine).pushed
    report = sync(second, server_engine)
    assert len(report.held) == 1
    _settle(first, second, server_engine, case)


def test_offline_edits_synced_at_the_same_moment(tmp_path: Path, server_engine: Engine) -> None:
    a, b, case = _offline_edits(tmp_path, server_engine)
    reports: dict[str, Any] = {}
    start = threading.Barrier(2)

    def run(name: str, factory: SessionFactory) -> None:
        start.wait()
        try:
            reports[name] = sync(factory, server_engine)
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            reports[name] = error

    threads = [threading.Thread(target=run, args=(n, f)) for n, f in (("a", a), ("b", b))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert all(not isinstance(r, Exception) for r in reports.values()), reports
    # Exactly one laptop's version was taken; the other is refused or held, never overwritten.
    taken = [name for name, report in reports.items() if report.pushed]
    assert len(taken) == 1, reports
    first, second = (a, b) if taken == ["a"] else (b, a)
    sync(second, server_engine)  # brings the taken version: held for a choice
    _settle(first, second, server_engine, case)
