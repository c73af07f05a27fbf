"""The first screen: the families list read before the rest of Chair loads (models.first_screen),
and the text size and contrast it is to be shown in. No SQLAlchemy is loaded here."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from chair_app.core.domain import FamilySummary
from chair_app.models.first_screen import read_first_screen_with
from chair_app.paths import DATABASE_FILE_NAME
from chair_app.services.settings import HIGH_CONTRAST_KEY, TEXT_SCALE_KEY, SettingsService


@dataclass(frozen=True, slots=True)
class FirstScreen:
    """The families to show at once, and the look chosen in Settings (or fixed by IT).

    Attributes:
        text_scale: per cent of the platform's text size, as ``SettingsService.text_scale``.
    """

    families: tuple[FamilySummary, ...]
    text_scale: int
    high_contrast: bool


def first_screen(data_dir: Path, passphrase: str) -> FirstScreen | None:
    """What the first screen shows, from one read; None when the data must be opened in full
    first (to upgrade, refuse, repair or encrypt it, or to check a passphrase)."""
    read = read_first_screen_with(
        data_dir / DATABASE_FILE_NAME, passphrase, (TEXT_SCALE_KEY, HIGH_CONTRAST_KEY)
    )
    if read is None:
        return None
    settings = SettingsService.from_rows(read.settings)
    return FirstScreen(read.families, settings.text_scale(), settings.high_contrast())

