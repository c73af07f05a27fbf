"""The team server's sync against a real PostgreSQL (the distribution's, started here in a
temporary folder with TLS, as tests/pg_cluster.py does for the tests):

- the first pull of 200 families with 20 meetings each onto an empty laptop: at most 20 s;
- a sync with nothing changed: at most 0.3 s (median of 5);
- a sync pushing one edited meeting: at most 0.5 s (median of 5).

Both repeated syncs are timed as ``chair-app sync`` runs them (``sync_with_server``: connect
with TLS verify-full, check the schema, sync, disconnect); the same sync on an engine already
connected is printed beside them. It also prints the database's size on disk, for
docs/team-server.md.

The server's 200 families are copies of one realistic family (the demo family grown to 20
meetings), each with fresh UUIDs for the family and every record in it, written on the server
by the record import the sync itself uses (only the pull is timed).

The laptop connects as the database's owner: row-level security, whose roles ``chair-app
server init`` creates, is not part of this measurement.

Run: .venv/bin/python benchmarks/bench_sync.py   (PostgreSQL installed; builds the server's data
first, about a minute)
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import json
import statistics
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from pg_cluster import ADMIN_PASSWORD, ADMIN_USER, Cluster, remove_cluster, start_cluster
from sqlalchemy import Engine, create_engine, event, select, text
from sqlalchemy.orm import sessionmaker

from chair_app.core.record_format import (
    FAMILY_COLLECTIONS,
    MEETING_COLLECTIONS,
    SYNC_KEY,
    content_hash,
)
from chair_app.models.db import SessionFactory
from chair_app.models.migrations import prepare_schema
from chair_app.models.orm import ActionRow, FamilyRow, MeetingRow, MinutesStateRow
from chair_app.models.record_import import record_transaction
from chair_app.models.server_db import ServerAddress
from chair_app.models.sync_store import session_factory
from chair_app.services.demo import create_demo_family
from chair_app.services.record_changes import ImportOutcome
from chair_app.services.record_import import ImportService
from chair_app.services.storage import open_factory
from chair_app.services.sync import SyncService, _family_record, sync_with_server

TODAY = dt.date(2026, 11, 23)
FAMILIES = 200
MEETINGS = 20
RUNS = 5
FIRST_PULL_TARGET = 20.0
NOTHING_CHANGED_TARGET = 0.3
ONE_MEETING_TARGET = 0.5
DATABASE = "chair_bench"


# -- the server's data -----------------------------------------------------------------------


def realistic_family(folder: Path, meetings: int) -> dict[str, Any]:
    """The demo family grown to ``meetings`` meetings, as the sync sends it: its closed Core
    Group repeated every four weeks before it (each copy with its own statements, actions,
    attendance and minutes), and every closed meeting's minutes agreed."""
    from chair_app.services.meetings import MeetingService
    from chair_app.services.minutes import MinutesService

    factory = open_factory(folder)
    create_demo_family(factory, TODAY)
    with record_transaction(factory) as store:
        (family,) = store.families()
        record = grown(_family_record(store, family), meetings)
    rehash(record)
    with record_transaction(factory) as store:
        result = ImportService(factory).import_in(store, record, new_family=True)
        if result.outcome not in (ImportOutcome.IMPORTED, ImportOutcome.UP_TO_DATE):
            raise SystemExit(f"the grown family was refused: {result.message}")
    minutes = MinutesService(factory)
    meetings_ = MeetingService(factory)
    with factory() as session:
        closed = session.scalars(
            select(MeetingRow.id).where(MeetingRow.status != "draft").order_by(MeetingRow.date)
        ).all()
    for meeting_id in closed:
        meeting = meetings_.get(meeting_id)
        minutes.agree(meeting_id, meeting.chair_id, meeting.date + dt.timedelta(days=14))
    with record_transaction(factory) as store:
        (family,) = store.families()
        return _family_record(store, family)


def uuids_in(value: Any) -> set[str]:
    """Every value of a "uuid" key, at any depth."""
    found: set[str] = set()
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "uuid" and isinstance(item, str):
                found.add(item)
            else:
                found |= uuids_in(item)
    elif isinstance(value, list):
        for item in value:
            found |= uuids_in(item)
    return found


def renewed(value: Any, keep: set[str] | None = None) -> Any:
    """A copy with a fresh UUID for every record in it (references to them follow), except
    those in ``keep``."""
    text_ = json.dumps(value, ensure_ascii=False)
    for old in uuids_in(value) - (keep or set()):
        text_ = text_.replace(old, str(uuid.uuid4()))
    return json.loads(text_)


def rehash(record: dict[str, Any]) -> None:
    """Each unit's hash after its contents changed; no base (as a laptop's first push)."""
    record["family"][SYNC_KEY] = {
        "content_hash": content_hash(record["family"], FAMILY_COLLECTIONS),
        "based_on": None,
    }
    for unit in record["meetings"]:
        unit[SYNC_KEY] = {"content_hash": content_hash(unit, MEETING_COLLECTIONS), "based_on": None}


def grown(record: dict[str, Any], meetings: int) -> dict[str, Any]:
    """The family with ``meetings`` meetings: its closed meeting repeated every four weeks
    before it, with fresh UUIDs."""
    record = copy.deepcopy(record)
    held = next(m for m in record["meetings"] if m["status"] != "draft")
    family_uuids = uuids_in(record["family"])
    first = dt.date.fromisoformat(held["date"])
    extra = []
    for weeks_back in range(1, meetings - len(record["meetings"]) + 1):
        unit = renewed(held, keep=family_uuids)
        unit["date"] = (first - dt.timedelta(weeks=4 * weeks_back)).isoformat()
        extra.append(unit)
    record["meetings"] = sorted(extra, key=lambda m: m["date"]) + record["meetings"]
    return record


def fill_server(engine: Engine, family: dict[str, Any], count: int) -> None:
    """``count`` copies of the family on the server, each sent by the sync's own push (the
    server's checks, revision and notes exactly as a laptop's first sync leaves them)."""
    from chair_app.services.sync import SyncService, _Progress

    service = SyncService(session_factory(engine), engine)
    for number in range(count):
        record = renewed(family)
        rehash(record)
        progress = _Progress()
        revision = service._server_take(record, 0, progress, f"copy {number + 1}")  # noqa: SLF001
        if revision is None:
            raise SystemExit(f"the server refused copy {number + 1}: {progress.refused}")


# -- measuring -------------------------------------------------------------------------------


def count(factory: SessionFactory, row: type[Any]) -> int:
    with factory() as session:
        return len(session.scalars(select(row.id)).all())


def draft_meeting(factory: SessionFactory) -> str:
    with factory() as session:
        for row in session.scalars(select(MeetingRow).order_by(MeetingRow.date.desc())):
            state = session.get(MinutesStateRow, row.id)
            if state is None or state.status != "agreed":
                return row.uuid
    raise SystemExit("no draft meeting on the laptop")


def set_worries(factory: SessionFactory, meeting_uuid: str, value: str) -> None:
    with factory.begin() as session:
        row = session.scalars(select(MeetingRow).where(MeetingRow.uuid == meeting_uuid)).one()
        row.worries = value


def median_of(runs: int, prepare: Callable[[int], None], action: Callable[[], Any],
              check: Callable[[Any], None]) -> float:
    times = []
    for run in range(runs):
        prepare(run)
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
        check(result)
    return statistics.median(times)


def sizes(cluster: Cluster, engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        found = {
            "database": int(
                connection.execute(text("SELECT pg_database_size(current_database())")).scalar_one()
            ),
        }
        rows = connection.execute(
            text(
                "SELECT c.relname, pg_total_relation_size(c.oid) FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY 2 DESC"
            )
        ).all()
        found.update({f"table {name}": int(size) for name, size in rows})
    return found


class Statements:
    """SQL statements sent on an engine, by their first word."""

    def __init__(self, engine: Engine) -> None:
        self.counts: Counter[str] = Counter()
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, _connection: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        self.counts[statement.split(None, 1)[0].upper()] += 1

    def total(self) -> int:
        return sum(self.counts.values())

    def writes(self) -> str:
        return ", ".join(f"{self.counts[w]} {w}" for w in ("INSERT", "UPDATE", "DELETE"))


def audit_row_size(engine: Engine, rows: int = 20_000) -> float:
    """Bytes on disk per audit row (with its index), from rows like the triggers write."""
    import uuid as uuid_

    with engine.begin() as connection:
        before = int(connection.execute(
            text("SELECT pg_total_relation_size('audit_event')")).scalar_one())
        connection.execute(
            text(
                "INSERT INTO audit_event (at, member, team, family_uuid, meeting_uuid, record, "
                "record_uuid, action, fields) VALUES (now(), 'chair_sjones', 'north', :family, "
                ":meeting, 'meeting', :meeting, 'UPDATE', 'worries,working_well')"
            ),
            [{"family": str(uuid_.uuid4()), "meeting": str(uuid_.uuid4())} for _ in range(rows)],
        )
    with engine.connect() as connection:
        after = int(connection.execute(
            text("SELECT pg_total_relation_size('audit_event')")).scalar_one())
    return (after - before) / rows


def report(label: str, value: float, target: float) -> bool:
    passed = value <= target
    print(f"{label:58s}: {value:6.3f} s (target {target} s) {'PASS' if passed else 'FAIL'}")
    return passed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--families", type=int, default=FAMILIES)
    parser.add_argument("--meetings", type=int, default=MEETINGS)
    options = parser.parse_args()
    cluster = start_cluster()
    try:
        return measure(cluster, options.families, options.meetings)
    finally:
        remove_cluster(cluster)


def measure(cluster: Cluster, families: int, meetings: int) -> int:
    cluster.admin_sql(f"CREATE DATABASE {DATABASE}")
    engine = create_engine(cluster.url(database=DATABASE), pool_size=2, max_overflow=2)
    prepare_schema(engine)
    server = sessionmaker(bind=engine, expire_on_commit=False)
    address = ServerAddress(
        host="localhost", database=DATABASE, user=ADMIN_USER, port=cluster.port,
        ca_file=cluster.ca_file,
    )
    with engine.connect() as connection:
        version = connection.execute(text("SHOW server_version")).scalar_one()
        empty = int(
            connection.execute(text("SELECT pg_database_size(current_database())")).scalar_one()
        )
    ok = True
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        family = realistic_family(base / "seed", meetings)
        built = time.perf_counter()
        fill_server(engine, family, families)
        print(
            f"PostgreSQL {version}; server filled with {families} families x "
            f"{len(family['meetings'])} meetings in {time.perf_counter() - built:.1f} s"
        )
        laptop = open_factory(base / "laptop")
        service = SyncService(laptop, engine)
        on_server, on_laptop = Statements(engine), Statements(laptop.kw["bind"])

        start = time.perf_counter()
        first = service.sync()
        first_pull = time.perf_counter() - start
        print(
            f"first pull: {on_server.total() / families:.0f} SQL statements per family on the "
            f"server, {on_laptop.total() / families:.0f} on the laptop"
        )
        assert len(first.pulled) == families, first
        assert (count(laptop, FamilyRow), count(laptop, MeetingRow), count(laptop, ActionRow)) == (
            count(server, FamilyRow), count(server, MeetingRow), count(server, ActionRow)
        ), "the laptop's counts differ from the server's"
        print(
            f"pulled {count(laptop, FamilyRow)} families, {count(laptop, MeetingRow)} meetings, "
            f"{count(laptop, ActionRow)} actions"
        )
        ok &= report(f"first pull of {families} families x {meetings} meetings", first_pull,
                     FIRST_PULL_TARGET)

        def nothing_done(result: Any) -> None:
            assert (result.pulled, result.pushed, result.held) == ((), (), ()), result

        def one_sent(result: Any) -> None:
            assert len(result.pushed) == 1 and not result.pulled, result

        def synced() -> Any:
            return sync_with_server(laptop, address, ADMIN_PASSWORD)

        ok &= report(
            "sync, nothing changed (chair-app sync: connect, TLS)",
            median_of(RUNS, lambda _run: None, synced, nothing_done),
            NOTHING_CHANGED_TARGET,
        )
        print(
            f"{'  the same on a connected engine':58s}: "
            f"{median_of(RUNS, lambda _run: None, service.sync, nothing_done):6.3f} s"
        )
        meeting = draft_meeting(laptop)

        def edit(run: int) -> None:
            set_worries(laptop, meeting, f"Worry written at run {run} of the benchmark.")

        on_server.counts.clear()
        on_laptop.counts.clear()
        edit(-1)
        one_sent(service.sync())
        print(
            f"one edited meeting sent: {on_server.total()} SQL statements on the server "
            f"({on_server.writes()}), {on_laptop.total()} on the laptop"
        )

        ok &= report(
            "sync pushing one edited meeting (chair-app sync)",
            median_of(RUNS, edit, synced, one_sent),
            ONE_MEETING_TARGET,
        )
        print(
            f"{'  the same on a connected engine':58s}: "
            f"{median_of(RUNS, lambda run: edit(run + RUNS), service.sync, one_sent):6.3f} s"
        )
        measured = sizes(cluster, engine)
        data = measured["database"] - empty
        print(
            f"database on disk: {measured['database'] / 2**20:.1f} MiB "
            f"(with the schema only: {empty / 2**20:.1f} MiB); "
            f"per family: {data / families / 1024:.0f} KiB"
        )
        for name, size in list(measured.items())[1:10]:
            print(f"  {name:40s} {size / 2**20:7.2f} MiB")
        print(f"one audit row (with its index): {audit_row_size(engine):.0f} bytes")
    engine.dispose()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
