"""Load test of the team server: 20 laptops (20 data folders, one thread each) sync in parallel
against a real PostgreSQL (started here, as tests/pg_cluster.py does) for 60 s, each repeatedly
editing a draft meeting of the team's families and syncing as ``chair-app sync`` does (connect
with TLS verify-full, check the schema, sync, disconnect). The laptops' threads share one
Python interpreter and this machine's cores, so a sync's time here is mostly waiting for its
turn: it shows the server copes, not how long one laptop's sync takes.

Each laptop writes the worries of its own draft meeting, except two that share one meeting, so
that held differences happen: the laptop that finds one resolves it by keeping its own version
(the other laptop then finds one in turn). At the end every laptop syncs until a whole round
changes nothing (a difference still held then is resolved by taking the server's version), and
the script checks:

- no sync raised an error;
- no lost write: each meeting edited by one laptop holds that laptop's last edit on the server
  and on every laptop; the shared meeting holds the same edit everywhere, one of its two
  laptops' edits;
- nothing doubled: the numbers of families, meetings and actions are the same on the server and
  on every laptop, and as they were at the start.

Run: .venv/bin/python benchmarks/load_sync.py [--seconds 60] [--laptops 20]
Exit status 1 on any error or lost write.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from bench_sync import fill_server, realistic_family, rehash, renewed, uuids_in
from pg_cluster import ADMIN_PASSWORD, ADMIN_USER, Cluster, remove_cluster, start_cluster
from sqlalchemy import create_engine, select
from sqlalchemy.orm import sessionmaker

from chair_app.core.record_format import Side
from chair_app.models.db import SessionFactory
from chair_app.models.migrations import prepare_schema
from chair_app.models.orm import ActionRow, FamilyRow, MeetingRow
from chair_app.models.server_db import ServerAddress
from chair_app.services.storage import open_factory
from chair_app.services.sync import SyncReport, SyncService, sync_with_server

DATABASE = "chair_load"


@dataclass
class Laptop:
    number: int
    factory: SessionFactory
    meeting: str  # the UUID of the draft meeting whose worries it edits
    edits: int = 0
    last_edit: str = ""
    taken: int = 0  # edits the server took
    pulled: int = 0  # families brought from the server
    held: int = 0
    refused: int = 0
    times: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def team_family(folder: Path) -> dict[str, Any]:
    """The demo family (its closed meeting's minutes agreed) with a second draft meeting."""
    record = realistic_family(folder, 2)
    draft = next(m for m in record["meetings"] if m["status"] == "draft")
    family_uuids = uuids_in(record["family"])
    second = renewed(copy.deepcopy(draft), keep=family_uuids)
    second["date"] = (dt.date.fromisoformat(draft["date"]) + dt.timedelta(weeks=4)).isoformat()
    record["meetings"].append(second)
    rehash(record)
    return record


def draft_meetings(factory: SessionFactory) -> list[str]:
    with factory() as session:
        return list(
            session.scalars(
                select(MeetingRow.uuid)
                .where(MeetingRow.status == "draft")
                .order_by(MeetingRow.family_id, MeetingRow.date)
            )
        )


def worries(factory: SessionFactory) -> dict[str, str]:
    with factory() as session:
        return dict(session.execute(select(MeetingRow.uuid, MeetingRow.worries)).all())


def counts(factory: SessionFactory) -> tuple[int, int, int]:
    with factory() as session:
        return tuple(  # type: ignore[return-value]
            len(session.scalars(select(row.id)).all()) for row in (FamilyRow, MeetingRow, ActionRow)
        )


def set_worries(factory: SessionFactory, meeting_uuid: str, value: str) -> None:
    with factory.begin() as session:
        row = session.scalars(select(MeetingRow).where(MeetingRow.uuid == meeting_uuid)).one()
        row.worries = value


def run_laptop(laptop: Laptop, address: ServerAddress, stop: float, engine_url: str) -> None:
    """Edit, sync, repeat until ``stop``; a held difference is resolved keeping this laptop's
    version."""
    service_engine = create_engine(engine_url, pool_size=1, max_overflow=0)
    service = SyncService(laptop.factory, service_engine)
    try:
        while time.monotonic() < stop:
            laptop.edits += 1
            value = f"Worry {laptop.edits} written on laptop {laptop.number}."
            set_worries(laptop.factory, laptop.meeting, value)
            laptop.last_edit = value
            report = timed_sync(laptop, address)
            if report is None:
                continue
            for held in service.held_families():
                laptop.held += 1
                service.resolve(held.family_uuid, take=Side.LOCAL)
    finally:
        service_engine.dispose()


def timed_sync(laptop: Laptop, address: ServerAddress) -> SyncReport | None:
    start = time.perf_counter()
    try:
        report = sync_with_server(laptop.factory, address, ADMIN_PASSWORD)
    except Exception as error:  # noqa: BLE001 - every failure is counted and shown
        laptop.errors.append(f"{type(error).__name__}: {error}")
        return None
    finally:
        laptop.times.append(time.perf_counter() - start)
    laptop.taken += len(report.pushed)
    laptop.pulled += len(report.pulled)
    laptop.refused += len(report.refused)
    return report


def until_quiet(laptops: list[Laptop], address: ServerAddress, engine_url: str) -> int:
    """Rounds of syncs, one laptop after another, until a whole round changes nothing; a
    difference still held is resolved by taking the server's version."""
    for round_ in range(1, 11):
        busy = False
        for laptop in laptops:
            report = timed_sync(laptop, address)
            if report is None:
                busy = True
                continue
            if report.pulled or report.pushed or report.held or report.refused:
                busy = True
            engine = create_engine(engine_url, pool_size=1, max_overflow=0)
            try:
                service = SyncService(laptop.factory, engine)
                for held in service.held_families():
                    laptop.held += 1
                    service.resolve(held.family_uuid, take=Side.INCOMING)
                    busy = True
            finally:
                engine.dispose()
        if not busy:
            return round_
    return -1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--laptops", type=int, default=20)
    options = parser.parse_args()
    if options.laptops < 3:
        parser.error("at least 3 laptops: two share a meeting")
    cluster = start_cluster()
    try:
        return load(cluster, options.laptops, options.seconds)
    finally:
        remove_cluster(cluster)


def load(cluster: Cluster, laptop_count: int, seconds: float) -> int:
    cluster.admin_sql(f"CREATE DATABASE {DATABASE}")
    url = cluster.url(database=DATABASE)
    engine = create_engine(url, pool_size=2, max_overflow=2)
    prepare_schema(engine)
    server = sessionmaker(bind=engine, expire_on_commit=False)
    address = ServerAddress(
        host="localhost", database=DATABASE, user=ADMIN_USER, port=cluster.port,
        ca_file=cluster.ca_file,
    )
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        # Two draft meetings per family: one family per two laptops.
        fill_server(engine, team_family(base / "seed"), (laptop_count + 1) // 2)
        meetings = draft_meetings(server)
        start_counts = counts(server)
        laptops: list[Laptop] = []
        for number in range(laptop_count):
            # The last two laptops share one meeting: their edits are held differences.
            meeting = meetings[min(number, laptop_count - 2)]
            laptops.append(Laptop(number, open_factory(base / f"laptop{number:02d}"), meeting))
        setup = time.perf_counter()
        threads = [
            threading.Thread(target=timed_sync, args=(laptop, address)) for laptop in laptops
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        print(
            f"{laptop_count} laptops, {start_counts[0]} families, first pull by all in "
            f"{time.perf_counter() - setup:.1f} s"
        )
        for laptop in laptops:
            laptop.times.clear()
            laptop.pulled = 0
        stop = time.monotonic() + seconds
        threads = [
            threading.Thread(target=run_laptop, args=(laptop, address, stop, url))
            for laptop in laptops
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        times = sorted(t for laptop in laptops for t in laptop.times)
        pulled = sum(laptop.pulled for laptop in laptops)
        print(f"families brought from the server per sync: {pulled / max(1, len(times)):.1f}")
        rounds = until_quiet(laptops, address, url)
        return check(laptops, server, start_counts, times, rounds)


def check(
    laptops: list[Laptop],
    server: SessionFactory,
    start_counts: tuple[int, int, int],
    times: list[float],
    rounds: int,
) -> int:
    on_server = worries(server)
    lost: list[str] = []
    shared = laptops[-1].meeting
    for laptop in laptops:
        here = worries(laptop.factory)
        for other in laptops:
            if other.meeting == shared:
                continue
            if on_server[other.meeting] != other.last_edit:
                lost.append(f"laptop {other.number}'s last edit is not on the server")
            if here[other.meeting] != other.last_edit:
                lost.append(f"laptop {other.number}'s last edit is not on laptop {laptop.number}")
        if here[shared] != on_server[shared]:
            lost.append(f"the shared meeting differs on laptop {laptop.number}")
    sharers = {laptop.number for laptop in laptops if laptop.meeting == shared}
    if not any(f"on laptop {n}." in on_server[shared] for n in sharers):
        lost.append("the shared meeting holds neither sharing laptop's edit")
    doubled = [
        f"laptop {laptop.number}: {counts(laptop.factory)}"
        for laptop in laptops
        if counts(laptop.factory) != start_counts
    ]
    if counts(server) != start_counts:
        doubled.append(f"server: {counts(server)}")
    errors = [error for laptop in laptops for error in laptop.errors]
    print(
        f"syncs done: {len(times)} ({sum(laptop.edits for laptop in laptops)} edits, "
        f"{sum(laptop.taken for laptop in laptops)} taken by the server, "
        f"{sum(laptop.refused for laptop in laptops)} refused until the next pull)"
    )
    print(f"errors: {len(errors)}")
    for error in sorted(set(errors))[:5]:
        print(f"  {error}")
    print(f"lost writes: {len(lost)}")
    for problem in lost[:5]:
        print(f"  {problem}")
    print(f"doubled or missing records: {len(doubled)} (families, meetings, actions: {start_counts})")
    for problem in doubled[:5]:
        print(f"  {problem}")
    print(f"held differences: {sum(laptop.held for laptop in laptops)} (resolved)")
    if times:
        p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
        print(f"sync time: p50 {statistics.median(times):.3f} s, p95 {p95:.3f} s")
    print(f"quiet after {rounds} round(s) of syncs" if rounds > 0 else "NOT quiet after 10 rounds")
    ok = not errors and not lost and not doubled and rounds > 0
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
