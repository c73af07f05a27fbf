"""Working out the demo's key ahead, while the window loads (light imports only: no SQLAlchemy,
so the key derivation overlaps Qt's and SQLAlchemy's loading instead of following them)."""

from __future__ import annotations

from pathlib import Path

from chair_app.paths import DATABASE_FILE_NAME, DEMO_MARKER_FILE, DEMO_PASSPHRASE


def derive_demo_key_ahead(data_dir: Path, demo: bool) -> None:
    """Start deriving the demo data's key on a thread if this folder holds (or will hold) the
    demo; opening the file then waits for that key instead of deriving it again."""
    from chair_app.models.keys import derive_ahead

    if demo or (data_dir / DEMO_MARKER_FILE).is_file():
        derive_ahead(data_dir / DATABASE_FILE_NAME, DEMO_PASSPHRASE)
    # While Qt loads: the code of the first screen's read and of the checks before it (the lock,
    # the file's kind), and the machine's settings it is shown in. Once the window is up, only
    # the read itself is left to do before the families show.
    from chair_app.services import first_screen, storage  # noqa: F401
    from chair_app.services.site_config import load_site_defaults

    load_site_defaults()
