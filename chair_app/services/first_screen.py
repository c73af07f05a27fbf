"""The first screen: the families list read before the rest of Chair loads (models.first_screen).
No SQLAlchemy is loaded here."""

from __future__ import annotations

from pathlib import Path

from chair_app.core.domain import FamilySummary
from chair_app.models.first_screen import read_first_screen
from chair_app.paths import DATABASE_FILE_NAME


def first_screen_families(data_dir: Path, passphrase: str) -> tuple[FamilySummary, ...] | None:
    """The families to show at once, in the families list's order; None when the data must be
    opened in full first (to upgrade, refuse, repair or encrypt it, or to check a passphrase)."""
    return read_first_screen(data_dir / DATABASE_FILE_NAME, passphrase)
