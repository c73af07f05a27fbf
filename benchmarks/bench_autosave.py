"""Autosave, in the real window on the demo family's draft Core Group: for each of EDITS edits
(a few characters typed into the reasons step), the time from the last keystroke until the text
is committed (seen from a second, independent database connection), and how long the window is
unresponsive meanwhile. Plain SQLite, then SQLCipher once ``open_store`` takes a passphrase.
Target: worst stall under 50 ms (and every edit committed within 1 s).

The stall is the longest gap between ticks of a 1 ms timer on the main thread, from the last
keystroke until the commit is seen; the save itself (service call and reload, run by the
autosave timer on the main thread) is also timed on its own.

Then the large meeting (benchmarks/large_meeting.py: 60 people, 1,000 actions, encrypted as
the app keeps it): on every step of a Core Group, a text field is typed into at 15 characters a
second for TYPE_SECONDS, key by key from a timer, and for each keystroke the time until a commit
holding it is seen. Targets: every keystroke committed within 0.6 s, worst stall under 50 ms.

Run: .venv/bin/python benchmarks/bench_autosave.py [--large-only]
(headless; about 90 s per demo case, about 2 minutes for the large meeting)
"""

from __future__ import annotations

import datetime as dt
import inspect
import os
import re
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from chair_app.core.agenda import StepKey
from chair_app.core.domain import MeetingStatus
from chair_app.models.db import DATABASE_FILE_NAME
from chair_app.services.demo import ensure_demo_family
from chair_app.services.storage import open_factory
from chair_app.ui.launch import build_context, settle_memory
from chair_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parent))
from large_meeting import store_large_meeting

EDITS = 200
STALL_TARGET_MS = 50.0
LATENCY_LIMIT_MS = 1000.0
PASSPHRASE = "Fenwick kettle Tuesday 47"  # a made-up passphrase for a throwaway folder
TODAY = dt.date(2026, 11, 23)


def _reader(path: Path, passphrase: str | None) -> Any:
    """A DB-API connection of its own (not the app's engine or pool)."""
    if passphrase is None:
        import sqlite3

        return sqlite3.connect(path, check_same_thread=False)
    from chair_app.models import db

    return db.connect(path, passphrase)  # type: ignore[attr-defined]


class CommitWatcher:
    """Polls the meeting's reasons every millisecond on a thread, through its own connection;
    ``wait_for(text)`` returns when that text is committed (perf_counter time)."""

    def __init__(self, path: Path, passphrase: str | None, meeting_id: int) -> None:
        self._path, self._passphrase, self._meeting_id = path, passphrase, meeting_id
        self._wanted: str | None = None
        self.seen_at = 0.0
        self._found = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)
        self._thread.start()

    def expect(self, text: str) -> None:
        self._found.clear()
        self._wanted = text

    def found(self) -> bool:
        return self._found.is_set()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _poll(self) -> None:
        connection = _reader(self._path, self._passphrase)
        try:
            while not self._stop.is_set():
                wanted = self._wanted
                if wanted is not None and not self._found.is_set():
                    row = connection.execute(
                        "SELECT reasons FROM meeting WHERE id = ?", (self._meeting_id,)
                    ).fetchone()
                    connection.rollback()  # a fresh read snapshot next time
                    if row is not None and row[0] == wanted:
                        self.seen_at = time.perf_counter()
                        self._found.set()
                time.sleep(0.001)
        finally:
            connection.close()


class TickGaps:
    """The longest gap between ticks of a 1 ms main-thread timer since ``reset``; and the most
    CPU time the main thread used within one gap (``busiest_ms``: its own work, which a busy
    machine's waiting for a core does not inflate)."""

    def __init__(self) -> None:
        self._clock = QElapsedTimer()
        self._clock.start()
        self._last = self._clock.nsecsElapsed()
        self._last_cpu = time.thread_time()
        self.longest_ms = 0.0
        self.busiest_ms = 0.0
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(1)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def reset(self) -> None:
        self._last = self._clock.nsecsElapsed()
        self._last_cpu = time.thread_time()
        self.longest_ms = 0.0
        self.busiest_ms = 0.0

    def _tick(self) -> None:
        now, cpu = self._clock.nsecsElapsed(), time.thread_time()
        self.longest_ms = max(self.longest_ms, (now - self._last) / 1e6)
        self.busiest_ms = max(self.busiest_ms, (cpu - self._last_cpu) * 1000)
        self._last, self._last_cpu = now, cpu


def measure(passphrase: str | None) -> dict[str, list[float]]:
    """Latency, stall and save times (ms) of EDITS edits, on a fresh demo data folder."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        factory = open_factory(data_dir) if passphrase is None else open_factory(
            data_dir, passphrase=passphrase  # type: ignore[call-arg]
        )
        ensure_demo_family(factory, TODAY)
        header = (data_dir / DATABASE_FILE_NAME).read_bytes()[:16]
        if (header == b"SQLite format 3\x00") != (passphrase is None):
            raise RuntimeError("the database file is not stored as this case needs")
        window = MainWindow(build_context(factory, data_dir))
        window.show()
        settle_memory()  # as start-up does once the window is filled (ui.launch)
        ctx = window.ctx
        draft = next(m for m in ctx.meetings.list_meetings() if m.status is MeetingStatus.DRAFT)
        window.open_meeting(draft.id)
        walk = window.walkthrough
        assert walk is not None
        walk.go_to(StepKey.REASONS)
        edit = walk.findChild(QPlainTextEdit, "reasons_edit")
        assert edit is not None and not edit.isReadOnly()
        edit.setFocus()
        controller = walk.controller
        saves: list[float] = []
        change: Callable[..., Any] = controller.change

        def timed_change(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return change(*args, **kwargs)
            finally:
                saves.append((time.perf_counter() - start) * 1000)

        controller.change = timed_change  # type: ignore[method-assign]
        watcher = CommitWatcher(data_dir / DATABASE_FILE_NAME, passphrase, draft.id)
        gaps = TickGaps()
        loop = QEventLoop()
        check = QTimer()
        check.setInterval(1)
        check.timeout.connect(lambda: loop.quit() if watcher.found() else None)
        check.start()
        give_up = QTimer()
        give_up.setSingleShot(True)
        give_up.setInterval(10_000)
        give_up.timeout.connect(loop.quit)
        latencies: list[float] = []
        stalls: list[float] = []
        try:
            for number in range(EDITS):
                edit.moveCursor(edit.textCursor().MoveOperation.End)
                QTest.keyClicks(edit, f" w{number:03d}")
                typed_at = time.perf_counter()
                watcher.expect(edit.toPlainText())
                give_up.start()
                gaps.reset()
                loop.exec()  # the app's own event loop runs: the autosave timer fires in it
                if not watcher.found():
                    raise RuntimeError(f"edit {number} was not committed within 10 s")
                latencies.append((watcher.seen_at - typed_at) * 1000)
                stalls.append(gaps.longest_ms)
        finally:
            watcher.stop()
            window.close()
            window.deleteLater()
            app.processEvents()
            factory.kw["bind"].dispose()
    return {"latency": latencies, "stall": stalls, "save": saves}


def report(label: str, results: dict[str, list[float]]) -> bool:
    latency, stall, save = results["latency"], results["stall"], results["save"]
    ok = max(stall) < STALL_TARGET_MS and max(latency) < LATENCY_LIMIT_MS
    print(f"{label}: {len(latency)} edits")
    print(f"  keystroke to committed : median {statistics.median(latency):6.1f} ms, "
          f"worst {max(latency):6.1f} ms (limit {LATENCY_LIMIT_MS:.0f} ms)")
    print(f"  save on the main thread: median {statistics.median(save):6.1f} ms, "
          f"worst {max(save):6.1f} ms")
    print(f"  window stall           : median {statistics.median(stall):6.1f} ms, "
          f"worst {max(stall):6.1f} ms (target under {STALL_TARGET_MS:.0f} ms) "
          f"{'PASS' if ok else 'FAIL'}")
    over = sum(1 for ms in stall if ms >= STALL_TARGET_MS)
    print(f"  edits with a stall of {STALL_TARGET_MS:.0f} ms or more: {over} of {len(stall)}")
    return ok


TYPE_SECONDS = 4.0
CHARS_PER_SECOND = 15
COMMIT_TARGET_MS = 600.0
# Per step: the text field typed into (objectName, a pattern) and where its text is stored.
LARGE_FIELDS: dict[StepKey, tuple[str, str, str]] = {
    StepKey.ATTENDANCE: (r"report_text_\d+", "attendance", "report_text"),
    StepKey.REASONS: ("reasons_edit", "meeting", "reasons"),
    StepKey.UPDATES: (r"update_edit_\d+", "agency_update", "text"),
    StepKey.CHILD_VIEWS: (r"child_views_edit_\d+", "child_views", "views"),
    StepKey.PLAN_REVIEW: (r"review_work_done_\d+", "action", "work_done"),
    StepKey.DANGER_STATEMENTS: ("statement_edit", "danger_statement", "statement"),
    StepKey.SCALING: (r"reason_\d+", "score", "reason"),
    StepKey.THREE_COLUMNS: ("worries_edit", "meeting", "worries"),
    StepKey.ACTIONS: ("action_what_edit", "action", "what"),
    StepKey.CONTINGENCY: ("contingency_edit", "meeting", "contingency"),
    StepKey.DECISIONS: ("question_edit", "decision", "question"),
    StepKey.NEXT_MEETING: ("next_venue_edit", "meeting", "next_venue"),
    StepKey.CLOSE: ("chair_summary_edit", "meeting", "chair_summary"),
}


class FieldWatcher:
    """Polls, on a thread through its own connection, the stored text of the one row whose
    column holds ``marker``; keeps each new value with the time it was first seen."""

    def __init__(self, path: Path, passphrase: str | None, table: str, column: str,
                 marker: str) -> None:
        self.seen: list[tuple[float, str]] = []
        self._query = f"SELECT {column} FROM {table} WHERE instr({column}, ?) > 0"
        self._path, self._passphrase, self._marker = path, passphrase, marker
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)
        self._thread.start()

    def latest(self) -> str:
        return self.seen[-1][1] if self.seen else ""

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _poll(self) -> None:
        connection = _reader(self._path, self._passphrase)
        try:
            while not self._stop.is_set():
                row = connection.execute(self._query, (self._marker,)).fetchone()
                connection.rollback()
                if row is not None and row[0] != self.latest():
                    self.seen.append((time.perf_counter(), row[0]))
                time.sleep(0.002)
        finally:
            connection.close()


def _field(page: QWidget, pattern: str) -> QLineEdit | QPlainTextEdit:
    for widget in page.findChildren(QWidget):
        if (
            isinstance(widget, QLineEdit | QPlainTextEdit)
            and re.fullmatch(pattern, widget.objectName())
            and widget.isVisible()
            and not widget.isReadOnly()
        ):
            return widget
    raise RuntimeError(f"no editable field {pattern!r} on the step")


def _text(edit: QLineEdit | QPlainTextEdit) -> str:
    return edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()


def _type_step(app: QApplication, edit: QLineEdit | QPlainTextEdit, marker: str,
               watcher: FieldWatcher, gaps: TickGaps) -> tuple[list[float], float, float]:
    """Type at CHARS_PER_SECOND for TYPE_SECONDS; each keystroke's time to commit (ms), the
    worst stall and the most main-thread CPU time in one stall (ms), from the first keystroke
    until the last one is committed."""
    if isinstance(edit, QLineEdit):
        edit.end(False)
    else:
        edit.moveCursor(edit.textCursor().MoveOperation.End)
    words = iter(f" {marker}" + "".join(f" w{n:03d}" for n in range(1000)))
    typed: list[tuple[float, str]] = []
    count = int(TYPE_SECONDS * CHARS_PER_SECOND)
    loop = QEventLoop()

    def key() -> None:
        if len(typed) >= count:
            if watcher.latest() == typed[-1][1] or time.perf_counter() - typed[-1][0] > 10:
                loop.quit()
            return
        QTest.keyClicks(edit, next(words))
        typed.append((time.perf_counter(), _text(edit)))

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(1000 // CHARS_PER_SECOND)
    timer.timeout.connect(key)
    gaps.reset()
    timer.start()
    loop.exec()
    timer.stop()
    stall, busy = gaps.longest_ms, gaps.busiest_ms
    latencies = []
    for stamp, text in typed:
        seen = next((at for at, value in watcher.seen if value.startswith(text)), None)
        latencies.append((seen - stamp) * 1000 if seen is not None else float("inf"))
    return latencies, stall, busy


def measure_large(passphrase: str | None) -> dict[str, tuple[list[float], float, float]]:
    """Per step of the large meeting: keystroke-to-committed times and the worst stall."""
    from chair_app.models.db import lock_data_folder
    from chair_app.services.storage import open_store as open_data

    app = QApplication.instance() or QApplication(sys.argv[:1])
    results: dict[str, tuple[list[float], float, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        lock_data_folder(data_dir)
        store = open_data(data_dir, passphrase)
        meeting_id = store_large_meeting(store.factory)
        window = MainWindow()
        window.show()
        window.attach_context(build_context(store.factory, data_dir, store=store))
        settle_memory()
        window.open_meeting(meeting_id)
        walk = window.walkthrough
        assert walk is not None
        gaps = TickGaps()
        try:
            for number, (step, (pattern, table, column)) in enumerate(LARGE_FIELDS.items()):
                walk.go_to(step)
                app.processEvents()
                edit = _field(walk, pattern)
                edit.setFocus()
                marker = f"zq{number}x"
                watcher = FieldWatcher(data_dir / DATABASE_FILE_NAME, passphrase, table, column,
                                       marker)
                try:
                    results[step.value] = _type_step(app, edit, marker, watcher, gaps)
                finally:
                    watcher.stop()
                walk.controller.flush()
        finally:
            window.close()
            window.deleteLater()
            app.processEvents()
            store.factory.kw["bind"].dispose()
    return results


def report_large(label: str, results: dict[str, tuple[list[float], float, float]]) -> bool:
    """The stall target is judged on the main thread's own work in one gap (CPU time): on a
    machine shared with other work, the wall-clock gap also counts time spent waiting for a
    core, and is printed beside it."""
    print(f"{label}: typing at {CHARS_PER_SECOND} characters a second for {TYPE_SECONDS:.0f} s "
          f"on each step (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    print(f"  {'step':<18} {'to committed: median':>21} {'worst':>8} {'stall: wall':>12} "
          f"{'main-thread CPU':>16}")
    ok = True
    for step, (latencies, stall, busy) in results.items():
        worst = max(latencies)
        passed = worst <= COMMIT_TARGET_MS and busy <= STALL_TARGET_MS
        ok = ok and passed
        print(f"  {step:<18} {statistics.median(latencies):18.0f} ms {worst:5.0f} ms "
              f"{stall:9.1f} ms {busy:13.1f} ms {'PASS' if passed else 'FAIL'}")
    print(f"  targets: every keystroke committed within {COMMIT_TARGET_MS:.0f} ms, worst stall "
          f"{STALL_TARGET_MS:.0f} ms or less")
    return ok


def main() -> int:
    if "--large-only" in sys.argv:
        return 0 if report_large(
            "large meeting (60 people, 1,000 actions, encrypted)", measure_large(PASSPHRASE)
        ) else 1
    ok = report("plain SQLite", measure(None))
    if "passphrase" in inspect.signature(open_factory).parameters:
        ok = report("encrypted (SQLCipher)", measure(PASSPHRASE)) and ok
    else:
        print("encrypted: not available yet")
    ok = report_large(
        "large meeting (60 people, 1,000 actions, encrypted)", measure_large(PASSPHRASE)
    ) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
