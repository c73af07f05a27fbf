"""Autosave, in the real window on the demo family's draft Core Group: for each of EDITS edits
(a few characters typed into the reasons step), the time from the last keystroke until the text
is committed (seen from a second, independent database connection), and how long the window is
unresponsive meanwhile. Plain SQLite, then SQLCipher once ``open_store`` takes a passphrase.
Target: worst stall under 50 ms (and every edit committed within 1 s).

The stall is the longest gap between ticks of a 1 ms timer on the main thread, from the last
keystroke until the commit is seen; the save itself (service call and reload, run by the
autosave timer on the main thread) is also timed on its own.

Run: .venv/bin/python benchmarks/bench_autosave.py   (headless; about 90 s per case)
"""

from __future__ import annotations

import datetime as dt
import inspect
import os
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
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from chair_app.app import ensure_demo_family, open_store
from chair_app.core.agenda import StepKey
from chair_app.core.domain import MeetingStatus
from chair_app.models.db import DATABASE_FILE_NAME
from chair_app.ui.launch import build_context, settle_memory
from chair_app.ui.main_window import MainWindow

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
    """The longest gap between ticks of a 1 ms main-thread timer since ``reset``."""

    def __init__(self) -> None:
        self._clock = QElapsedTimer()
        self._clock.start()
        self._last = self._clock.nsecsElapsed()
        self.longest_ms = 0.0
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(1)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def reset(self) -> None:
        self._last = self._clock.nsecsElapsed()
        self.longest_ms = 0.0

    def _tick(self) -> None:
        now = self._clock.nsecsElapsed()
        self.longest_ms = max(self.longest_ms, (now - self._last) / 1e6)
        self._last = now


def measure(passphrase: str | None) -> dict[str, list[float]]:
    """Latency, stall and save times (ms) of EDITS edits, on a fresh demo data folder."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        factory = open_store(data_dir) if passphrase is None else open_store(
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


def main() -> int:
    ok = report("plain SQLite", measure(None))
    if "passphrase" in inspect.signature(open_store).parameters:
        ok = report("encrypted (SQLCipher)", measure(PASSPHRASE)) and ok
    else:
        print("encrypted: not available yet")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
