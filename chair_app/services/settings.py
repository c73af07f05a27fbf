"""The user's settings kept with the data: the nation whose bank holidays count, the
timescale policy (a nation's default, or a local authority's own), how many backups are kept,
how long the window waits unused before it locks, and the text size and contrast."""

from __future__ import annotations

from chair_app.core.timescales import Nation
from chair_app.models.db import SessionFactory
from chair_app.models.repositories import SettingsRepository

NATION_KEY = "nation"
POLICY_KEY = "timescale_policy"
DEFAULT_NATION = Nation.ENGLAND
LOCK_MINUTES_KEY = "lock_after_minutes"
DEFAULT_LOCK_MINUTES = 5
LOCK_MINUTES_RANGE = (1, 120)
# Plain words (issue 7), for the whole window or for one meeting: settings rows, not columns.
PLAIN_LANGUAGE_KEY = "plain_language"
PLAIN_LANGUAGE_MEETING_KEY = "plain_language:meeting:{meeting_id}"
TEXT_SCALE_KEY = "text_scale"
TEXT_SCALE_RANGE = (100, 200)  # per cent of the platform's text size
HIGH_CONTRAST_KEY = "high_contrast"


class SettingsService:
    def __init__(self, factory: SessionFactory) -> None:
        self._settings = SettingsRepository(factory)

    def plain_language(self) -> bool:
        """Whether plain words are on for the whole window."""
        return self._settings.get(PLAIN_LANGUAGE_KEY, "0") == "1"

    def set_plain_language(self, on: bool) -> None:
        self._settings.set(PLAIN_LANGUAGE_KEY, "1" if on else "0")

    def meeting_plain_language(self, meeting_id: int) -> bool:
        """Whether plain words were chosen for this one meeting."""
        key = PLAIN_LANGUAGE_MEETING_KEY.format(meeting_id=meeting_id)
        return self._settings.get(key, "0") == "1"

    def set_meeting_plain_language(self, meeting_id: int, on: bool) -> None:
        key = PLAIN_LANGUAGE_MEETING_KEY.format(meeting_id=meeting_id)
        self._settings.set(key, "1" if on else "0")

    def nation(self) -> Nation:
        value = self._settings.get(NATION_KEY, DEFAULT_NATION.value)
        try:
            return Nation(value)
        except ValueError:
            return DEFAULT_NATION

    def set_nation(self, nation: Nation) -> None:
        self._settings.set(NATION_KEY, nation.value)

    def policy_name(self) -> str:
        """The chosen policy's name, or "" for the nation's default."""
        return self._settings.get(POLICY_KEY, "")

    def set_policy_name(self, name: str) -> None:
        self._settings.set(POLICY_KEY, name)

    def backups_kept(self) -> int:
        """How many backups of the data are kept (services.backup rotates them)."""
        from chair_app.services.backup import BACKUPS_KEPT_KEY, DEFAULT_BACKUPS_KEPT

        value = self._settings.get(BACKUPS_KEPT_KEY, str(DEFAULT_BACKUPS_KEPT))
        try:
            return max(1, int(value))
        except ValueError:
            return DEFAULT_BACKUPS_KEPT

    def set_backups_kept(self, count: int) -> None:
        from chair_app.services.backup import BACKUPS_KEPT_KEY

        self._settings.set(BACKUPS_KEPT_KEY, str(max(1, count)))

    def lock_minutes(self) -> int:
        """Minutes without use after which the window locks and hides the record."""
        low, high = LOCK_MINUTES_RANGE
        try:
            value = int(self._settings.get(LOCK_MINUTES_KEY, str(DEFAULT_LOCK_MINUTES)))
        except ValueError:
            return DEFAULT_LOCK_MINUTES
        return min(high, max(low, value))

    def set_lock_minutes(self, minutes: int) -> None:
        low, high = LOCK_MINUTES_RANGE
        self._settings.set(LOCK_MINUTES_KEY, str(min(high, max(low, minutes))))

    def text_scale(self) -> int:
        """Text size in per cent of the platform's, 100 to 200."""
        low, high = TEXT_SCALE_RANGE
        try:
            value = int(self._settings.get(TEXT_SCALE_KEY, str(low)))
        except ValueError:
            return low
        return min(high, max(low, value))

    def set_text_scale(self, percent: int) -> None:
        low, high = TEXT_SCALE_RANGE
        self._settings.set(TEXT_SCALE_KEY, str(min(high, max(low, percent))))

    def high_contrast(self) -> bool:
        return self._settings.get(HIGH_CONTRAST_KEY, "0") == "1"

    def set_high_contrast(self, on: bool) -> None:
        self._settings.set(HIGH_CONTRAST_KEY, "1" if on else "0")
