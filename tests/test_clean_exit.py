"""Closed by the system (log-out, shutdown, `kill`): SIGTERM ends Chair as closing its window
does. Every character typed is saved, not only what autosave had reached, the write-ahead log
is folded into the data file, and the process exits 0. (Without a handler, SIGTERM ends a Qt
app at once, like a kill -9.)"""

from __future__ import annotations

import json
import os
import queue
import signal
from pathlib import Path

import pytest

from chair_app.models.db import DATABASE_FILE_NAME, quick_check
from tests.ui.test_autosave_kill import (
    PASSPHRASE,
    _driver,
    _lines,
    _next_line,
    _prepare,
    _stored_text,
)

pytestmark = pytest.mark.slow  # a real process, ended by SIGTERM

TYPE_FOR_S = 1.5


def test_sigterm_saves_everything_typed_and_folds_the_log(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    meeting_id = _prepare(data_dir)
    process = _driver(data_dir, meeting_id, "reasons", "type")
    lines, reader = _lines(process)
    typed: list[str] = []
    try:
        while _next_line(lines, process) != "ready":
            pass
        first = None
        while True:
            line = _next_line(lines, process)
            typed.append(line)
            stamp = float(line.split(" ", 2)[1])
            first = first if first is not None else stamp
            if stamp - first >= TYPE_FOR_S:
                break
        os.kill(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
        reader.join(timeout=30)
    finally:
        process.kill()
        process.wait(timeout=30)
    assert process.stderr is not None and process.stdout is not None
    err = process.stderr.read()
    process.stdout.close()
    process.stderr.close()
    while True:  # what was typed between the signal and the exit
        try:
            line = lines.get_nowait()
        except queue.Empty:
            break
        if line is not None and line.startswith("typed "):
            typed.append(line)
    assert process.returncode == 0, err[-3000:]
    everything = json.loads(typed[-1].split(" ", 2)[2])
    wal = data_dir / (DATABASE_FILE_NAME + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0, "the log was not folded into the file"
    assert quick_check(data_dir / DATABASE_FILE_NAME, PASSPHRASE)
    assert _stored_text(data_dir, meeting_id, "reasons") == everything
