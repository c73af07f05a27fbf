"""Child process for tests/ui/test_autosave_kill.py: the real Chair window, typed into.

    python tests/autosave_driver.py DATA_DIR MEETING_ID STEP type   # type until killed
    python tests/autosave_driver.py DATA_DIR MEETING_ID STEP show   # print what the step shows

STEP is ``reasons`` (a one-text step), ``danger_statements`` (the first statement's text) or
``actions`` (the text of the action the step opens on).
The data folder is opened as Chair's start-up does (one-writer lock, open_store with its
integrity check, build_context, MainWindow.attach_context), the meeting's walk-through is opened
and the step chosen in its step list.

``type`` types with QTest.keyClicks in small chunks from a QTimer, so the event loop runs and the
autosave timers fire as in real use. After each chunk it prints ``typed <monotonic> <json text>``
(the whole text typed so far) and flushes. It never saves by hand; it stops by itself after
MAX_SECONDS in case its parent is gone. ``show`` prints ``shown <json text>`` and exits.

CHAIR_AUTOSAVE_DRIVER_DELAY_MS (only read here) replaces the meeting's autosaver by one that
waits that long, to show the test fails when saving is too slow.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from chair_app.core.agenda import StepKey
from chair_app.models.db import lock_data_folder
from chair_app.services.storage import open_store
from chair_app.ui.autosave import Autosaver
from chair_app.ui.launch import build_context, run_until_closed
from chair_app.ui.main_window import MainWindow

EDITS = {
    "reasons": "reasons_edit",
    "danger_statements": "statement_edit",
    "actions": "action_what_edit",
}
DELAY_VARIABLE = "CHAIR_AUTOSAVE_DRIVER_DELAY_MS"
PASSPHRASE_VARIABLE = "CHAIR_AUTOSAVE_DRIVER_PASSPHRASE"
CHUNK_EVERY_MS = 30
MAX_SECONDS = 30.0
WORDS = ("Fenwick", "school", "visit", "calm", "Tuesday", "nursery", "breakfast", "Nan's")


def chunks() -> list[str]:
    """Text typed in order: numbered words, so a lost or repeated chunk shows in the text."""
    out = []
    for number in range(10_000):
        word = WORDS[number % len(WORDS)]
        out.extend([f"{number:04d}", f" {word}", ". " if number % 7 == 6 else " "])
    return out


def main(argv: list[str]) -> int:
    data_dir, meeting_id, step, mode = Path(argv[0]), int(argv[1]), argv[2], argv[3]
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow()
    window.show()
    lock_data_folder(data_dir)
    # The test's data is encrypted like the app's; the passphrase comes from the test (a
    # driver-only variable: the app itself asks for it on its passphrase page).
    store = open_store(data_dir, os.environ.get(PASSPHRASE_VARIABLE))
    window.attach_context(build_context(store.factory, data_dir, store=store))
    window.open_meeting(meeting_id)
    walk = window.walkthrough
    assert walk is not None, "the meeting did not open"
    walk.go_to(StepKey(step))
    edit = walk.findChild(QPlainTextEdit, EDITS[step])
    assert edit is not None and edit.isVisible() and not edit.isReadOnly(), "step not editable"
    if mode == "show":
        print("shown " + json.dumps(edit.toPlainText()), flush=True)
        return 0
    delay = os.environ.get(DELAY_VARIABLE)
    if delay:
        controller = walk.controller
        controller.autosaver = Autosaver(controller, int(delay), int(delay))
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    typed = edit.toPlainText()
    pieces = iter(chunks())
    started = time.monotonic()

    def type_chunk() -> None:
        nonlocal typed
        if time.monotonic() - started > MAX_SECONDS:
            app.quit()
            return
        piece = next(pieces)
        QTest.keyClicks(edit, piece)
        typed += piece
        print(f"typed {time.monotonic():.6f} {json.dumps(typed)}", flush=True)

    timer = QTimer()
    timer.setInterval(CHUNK_EVERY_MS)
    timer.timeout.connect(type_chunk)
    timer.start()
    print("ready", flush=True)
    return run_until_closed(app, window)  # as Chair runs: SIGTERM closes the window


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
