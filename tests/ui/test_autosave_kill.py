"""Typing survives a SIGKILL: what was typed more than a second before it is in the database.

The real window runs in a child process (tests/autosave_driver.py), types into a step without
pausing, and is killed with SIGKILL mid-typing. The database must pass ``PRAGMA quick_check``,
hold every character typed more than 1.0 s before the kill (and nothing that was not typed), and
the restarted app must show that text in the same step.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import itertools
import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from chair_app.core.domain import (
    AttendanceEntry,
    AttendanceStatus,
    Child,
    MeetingType,
    Person,
    PlanType,
)
from chair_app.models.db import DATABASE_FILE_NAME, quick_check
from chair_app.services.families import FamilyService
from chair_app.services.meetings import MeetingService
from chair_app.services.storage import open_factory

pytestmark = pytest.mark.slow  # the typing process is killed with SIGKILL

DRIVER = Path(__file__).resolve().parents[1] / "autosave_driver.py"
REPO = DRIVER.parents[1]
TYPE_FOR_S = 3.0
SAVED_WITHIN_S = 1.0
STARTUP_TIMEOUT_S = 60.0
PASSPHRASE = "tea towel lighthouse"


def _prepare(data_dir: Path) -> int:
    """A fictional family with an in-progress Core Group and one empty danger statement."""
    factory = open_factory(data_dir, PASSPHRASE)  # encrypted, as the app keeps it
    try:
        families, meetings = FamilyService(factory), MeetingService(factory)
        family_id = families.create_family("Fenwick family")
        families.save_child(
            family_id, Child(0, "Tamsin Fenwick", dt.date(2019, 3, 14), PlanType.CHILD_PROTECTION)
        )
        people = [
            families.save_person(family_id, Person(0, "Gwen Fenwick", "Mother", "", False)),
            families.save_person(
                family_id, Person(0, "Ade Olusola", "Social worker", "Children's Services", True)
            ),
            families.save_person(
                family_id, Person(0, "Kit Marsh", "Health visitor", "Health", True)
            ),
        ]
        meeting_id = meetings.create_meeting(
            family_id, MeetingType.CORE_GROUP, dt.date(2026, 11, 30), dt.time(10, 0),
            "Linden Family Centre", people[1], people[2],
        )
        meetings.start(meeting_id)
        for person_id in people:
            meetings.set_attendance(meeting_id, AttendanceEntry(person_id, AttendanceStatus.PRESENT))
        meetings.add_statement(meeting_id)
        return meeting_id
    finally:
        factory.kw["bind"].dispose()


def _prepare_large(data_dir: Path) -> int:
    """The benchmarks' large meeting (60 people, 1,000 actions), in progress, bulk-written."""
    spec = importlib.util.spec_from_file_location(
        "large_meeting", REPO / "benchmarks" / "large_meeting.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    factory = open_factory(data_dir, PASSPHRASE)
    try:
        return int(module.store_large_meeting(factory))
    finally:
        factory.kw["bind"].dispose()


def _env() -> dict[str, str]:
    """The child imports chair_app from this same tree, headless."""
    path = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    return dict(
        os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=path,
        CHAIR_AUTOSAVE_DRIVER_PASSPHRASE=PASSPHRASE,
    )


def _driver(data_dir: Path, meeting_id: int, step: str, mode: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(DRIVER), str(data_dir), str(meeting_id), step, mode],
        cwd=REPO, env=_env(), text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )


def _lines(process: subprocess.Popen[str]) -> tuple[queue.Queue[str | None], threading.Thread]:
    """The child's stdout, line by line, read on a thread so the test never blocks on it."""
    lines: queue.Queue[str | None] = queue.Queue()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.put(line.rstrip("\n"))
        lines.put(None)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    return lines, reader


def _next_line(lines: queue.Queue[str | None], process: subprocess.Popen[str]) -> str:
    try:
        line = lines.get(timeout=STARTUP_TIMEOUT_S)
    except queue.Empty:
        line = None
    if line is None:
        process.kill()
        _, err = process.communicate(timeout=10)
        pytest.fail(f"the driver stopped without a line; stderr:\n{err[-3000:]}")
    return line


def _type_then_kill(data_dir: Path, meeting_id: int, step: str) -> tuple[float, list[tuple[float, str]]]:
    """Type for TYPE_FOR_S, SIGKILL while still typing; the kill time and each (time, text)."""
    process = _driver(data_dir, meeting_id, step, "type")
    lines, reader = _lines(process)
    try:
        while _next_line(lines, process) != "ready":
            pass
        typed: list[tuple[float, str]] = []
        while True:
            _, stamp, text = _next_line(lines, process).split(" ", 2)
            typed.append((float(stamp), json.loads(text)))
            if typed[-1][0] - typed[0][0] >= TYPE_FOR_S:
                break
        killed_at = time.monotonic()
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.kill()
        process.wait(timeout=30)
        reader.join(timeout=30)
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()
        process.stderr.close()
    assert process.returncode == -signal.SIGKILL
    return killed_at, typed


def _stored_text(data_dir: Path, meeting_id: int, step: str) -> str:
    factory = open_factory(data_dir, PASSPHRASE)
    try:
        meeting = MeetingService(factory).get(meeting_id)
    finally:
        factory.kw["bind"].dispose()
    if step == "actions":
        return meeting.actions[-1].what  # the action the step opens on: the last one
    return meeting.reasons if step == "reasons" else meeting.statements[0].statement


@pytest.mark.parametrize(
    ("step", "size"),
    [("reasons", "small"), ("danger_statements", "small"), ("actions", "large")],
)
def test_typing_survives_sigkill_within_a_second(tmp_path: Path, step: str, size: str) -> None:
    data_dir = tmp_path / "data"
    meeting_id = _prepare(data_dir) if size == "small" else _prepare_large(data_dir)

    killed_at, typed = _type_then_kill(data_dir, meeting_id, step)

    # Still typing, and the window never froze, right up to the kill.
    stamps = [stamp for stamp, _ in typed]
    assert killed_at - stamps[-1] < 0.5
    assert max(b - a for a, b in itertools.pairwise(stamps)) < 0.5
    must_have = max((text for stamp, text in typed if stamp <= killed_at - SAVED_WITHIN_S), key=len)
    assert len(must_have) > 50, "too little was typed before the deadline to prove anything"

    # The file as the kill left it: whole, before anything else opens it.
    assert quick_check(data_dir / DATABASE_FILE_NAME, PASSPHRASE)
    stored = _stored_text(data_dir, meeting_id, step)
    everything = typed[-1][1]
    assert everything.startswith(stored), "the database holds text that was never typed"
    assert stored.startswith(must_have), (
        f"lost typing: {len(must_have)} characters were typed a second before the kill, "
        f"{len(stored)} were saved"
    )

    # Restarted, the app opens the folder (the dead process's lock is gone) and shows the text.
    restarted = subprocess.run(
        [sys.executable, str(DRIVER), str(data_dir), str(meeting_id), step, "show"],
        check=False, cwd=REPO, env=_env(), text=True,
        capture_output=True, timeout=STARTUP_TIMEOUT_S,
    )
    assert restarted.returncode == 0, restarted.stderr[-3000:]
    shown = restarted.stdout.strip().splitlines()[-1]
    assert shown == "shown " + json.dumps(stored)
