"""The window (no command given): Qt is imported only now, and the window opens the data
itself, after it is on screen (ui.launch)."""

from __future__ import annotations

import threading
from pathlib import Path


def run(data_dir: Path, *, demo: bool) -> int:
    from chair_app.services.demo_key import derive_demo_key_ahead

    # The demo opens with its published passphrase: its key is worked out on a thread of its own
    # from here, before Qt loads, so that it is ready when the first screen reads the families
    # (PBKDF2 runs outside Python's lock: it overlaps Qt's loading and the window's building).
    threading.Thread(
        target=derive_demo_key_ahead, args=(data_dir, demo), name="chair-demo-key", daemon=True
    ).start()
    from chair_app.ui.launch import run_window

    return run_window(data_dir, demo=demo)
