"""The window (no command given): Qt is imported only now, and the window opens the data
itself, after it is on screen (ui.launch)."""

from __future__ import annotations

from pathlib import Path


def run(data_dir: Path, *, demo: bool) -> int:
    from chair_app.ui.launch import run_window

    return run_window(data_dir, demo=demo)
