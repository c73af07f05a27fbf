"""Run the whole-meeting walk-through of tests/ui/test_full_meeting.py from another test.

The script there chairs a Core Group through the real window, closes it (which backs the data
up) and exports the minutes to DOCX and PDF, asserting every step. Tests that watch the app from
outside (sockets, logs) reuse it instead of copying it, so they see exactly what a user does.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from conftest import TODAY
from pytestqt.qtbot import QtBot
from ui_helpers import FakePrompts

from chair_app.models.db import SessionFactory
from chair_app.services.demo import ensure_demo_family
from chair_app.ui.launch import build_context
from chair_app.ui.main_window import MainWindow

_SCRIPT = Path(__file__).resolve().parent / "ui" / "test_full_meeting.py"


def full_meeting_script() -> ModuleType:
    """tests/ui/test_full_meeting.py, loaded under a name of its own (it is not a package), so
    that pytest does not collect its tests a second time in the importing module."""
    spec = importlib.util.spec_from_file_location("_chair_full_meeting_script", _SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def chair_full_meeting(
    qtbot: QtBot, factory: SessionFactory, data_dir: Path, tmp_path: Path
) -> tuple[MainWindow, list[Path]]:
    """Chair, close and export a whole Core Group in the window. Returns the window and the
    exported files (DOCX first, then PDF)."""
    script = full_meeting_script()
    ensure_demo_family(factory, TODAY)
    prompts = FakePrompts()
    window = MainWindow(build_context(factory, data_dir, prompts))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # The walk-through's keyboard shortcuts need the window to be active, as it is for a user;
    # in a fixture pytest-qt processes the activation between setup and the test, here we wait.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    script.test_chair_a_whole_core_group_and_export_both_formats(qtbot, window, prompts, tmp_path)
    written = sorted((tmp_path / "minutes").iterdir())
    assert [p.suffix for p in written] == [".docx", ".pdf"], written
    return window, written
