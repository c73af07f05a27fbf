"""Start-up works out the demo's key before the window's code (Qt) loads, so that it is ready
when the first screen reads the families: PBKDF2 takes about 0.2 s, loading Qt about as long.
Only fictional people: the demo folder's file here is random bytes with SQLCipher's salt."""

from __future__ import annotations

import os
import sys
import time
import types
from pathlib import Path

import pytest

from chair_app.cli import window
from chair_app.models import keys
from chair_app.paths import DATABASE_FILE_NAME, DEMO_MARKER_FILE, DEMO_PASSPHRASE


def test_the_demo_key_is_worked_out_without_waiting_for_the_window(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / DEMO_MARKER_FILE).write_text("")
    salt = os.urandom(keys.SALT_BYTES)
    (tmp_path / DATABASE_FILE_NAME).write_bytes(salt + os.urandom(4096 - keys.SALT_BYTES))
    keys.forget_keys()
    seen: list[bool] = []

    def window_that_never_shows(data_dir: Path, *, demo: bool) -> int:
        # The window's code: Qt has not even loaded. Does the key come anyway?
        deadline = time.monotonic() + 20
        while not keys.holds_key(DEMO_PASSPHRASE, salt) and time.monotonic() < deadline:
            time.sleep(0.01)
        seen.append(keys.holds_key(DEMO_PASSPHRASE, salt))
        return 0

    launch = types.ModuleType("chair_app.ui.launch")
    launch.run_window = window_that_never_shows  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "chair_app.ui.launch", launch)
    try:
        assert window.run(tmp_path, demo=False) == 0
    finally:
        keys.forget_keys()
    assert seen == [True], "the demo's key was not worked out before the window loaded"
