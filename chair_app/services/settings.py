"""The user's settings kept with the data: the nation whose bank holidays count, the
timescale policy (a nation's default, or a local authority's own), how many backups are kept,
how long the window waits unused before it locks, and the text size and contrast.

IT may deploy defaults for these, and fix some of them, in its configuration folder
(services.site_config). A value is read from, in order: IT's fixed value; the user's own choice
(a row in the setting table); IT's default; the app's built-in default. Setting a fixed value
raises ``SettingFixed``.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol

from chair_app.core.language import BilingualLayout, MinutesLanguage
from chair_app.core.timescales import Nation

if TYPE_CHECKING:
    from chair_app.models.db import SessionFactory

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
# How a copy of the minutes in Welsh and English is laid out (core.language.BilingualLayout).
BILINGUAL_LAYOUT_KEY = "bilingual_layout"
BACKUPS_KEPT_RANGE = (1, 100)
# The team server (services.server_settings): its address (never with a password) and the
# certificate authority file that checks its certificate.
SERVER_URL_KEY = "server.url"
SERVER_CA_FILE_KEY = "server.ca_file"
# Whether the password is kept in the system keyring (the password itself never is a setting).
SERVER_REMEMBER_KEY = "server.remember_password"


class SettingFixed(Exception):
    """IT fixed this setting in its configuration folder; it cannot be changed here."""


class SettingSource(enum.Enum):
    """Where a setting's value comes from, for Settings to say."""

    FIXED = "Set by your IT department"
    IT_DEFAULT = "Your IT department's default"
    CHOSEN = "Chosen here"
    BUILT_IN = ""


class _SettingRows(Protocol):
    def get(self, key: str, default: str = "") -> str: ...

    def set(self, key: str, value: str) -> None: ...


class _RowsRead:
    """Setting rows already read (the first screen's read, before SQLAlchemy loads): read only."""

    def __init__(self, rows: Mapping[str, str]) -> None:
        self._rows = dict(rows)

    def get(self, key: str, default: str = "") -> str:
        return self._rows.get(key, default)

    def set(self, key: str, value: str) -> None:
        raise TypeError("settings read for the first screen cannot be changed")


class SettingsService:
    def __init__(self, factory: SessionFactory) -> None:
        # Here, not at the top: the first screen reads settings before SQLAlchemy is loaded.
        from chair_app.models.repositories import SettingsRepository

        self._settings: _SettingRows = SettingsRepository(factory)

    @classmethod
    def from_rows(cls, rows: Mapping[str, str]) -> SettingsService:
        """The settings as the rows given say (key to stored value), with IT's configuration
        folder applied as always; read only. For the first screen, which reads its rows with
        plain SQL (models.first_screen)."""
        service = cls.__new__(cls)
        service._settings = _RowsRead(rows)
        return service

    def _get(self, key: str, default: str) -> str:
        from chair_app.services.site_config import load_site_defaults

        site = load_site_defaults()
        if key in site.fixed:
            return site.values[key]
        return self._settings.get(key, site.values.get(key, default))

    def _set(self, key: str, value: str) -> None:
        from chair_app.services.site_config import load_site_defaults, site_fields

        if key in load_site_defaults().fixed:
            name = next((f.name for f in site_fields() if f.key == key), key)
            raise SettingFixed(
                f"Your IT department has fixed the setting '{name}'; it cannot be changed here."
            )
        self._settings.set(key, value)

    def source(self, name: str) -> SettingSource:
        """Where the setting called ``name`` in IT's settings.json (``nation``, ``text_size``,
        ...) takes its value from."""
        from chair_app.services.site_config import load_site_defaults, site_fields

        key = next(f.key for f in site_fields() if f.name == name)
        site = load_site_defaults()
        if key in site.fixed:
            return SettingSource.FIXED
        if self._settings.get(key, "\0") != "\0":
            return SettingSource.CHOSEN
        return SettingSource.IT_DEFAULT if key in site.values else SettingSource.BUILT_IN

    def is_fixed(self, name: str) -> bool:
        return self.source(name) is SettingSource.FIXED

    def site_problems(self) -> tuple[str, ...]:
        """What is wrong with IT's settings.json, one message per file or field."""
        from chair_app.services.site_config import load_site_defaults

        return load_site_defaults().problems

    def plain_language(self) -> bool:
        """Whether plain words are on for the whole window."""
        return self._get(PLAIN_LANGUAGE_KEY, "0") == "1"

    def set_plain_language(self, on: bool) -> None:
        self._set(PLAIN_LANGUAGE_KEY, "1" if on else "0")

    def meeting_plain_language(self, meeting_id: int) -> bool:
        """Whether plain words were chosen for this one meeting."""
        key = PLAIN_LANGUAGE_MEETING_KEY.format(meeting_id=meeting_id)
        return self._get(key, "0") == "1"

    def set_meeting_plain_language(self, meeting_id: int, on: bool) -> None:
        key = PLAIN_LANGUAGE_MEETING_KEY.format(meeting_id=meeting_id)
        self._set(key, "1" if on else "0")

    def nation(self) -> Nation:
        value = self._get(NATION_KEY, DEFAULT_NATION.value)
        try:
            return Nation(value)
        except ValueError:
            return DEFAULT_NATION

    def set_nation(self, nation: Nation) -> None:
        self._set(NATION_KEY, nation.value)

    def policy_name(self) -> str:
        """The chosen policy's name, or "" for the nation's default."""
        return self._get(POLICY_KEY, "")

    def set_policy_name(self, name: str) -> None:
        self._set(POLICY_KEY, name)

    def backups_kept(self) -> int:
        """How many backups of the data are kept (services.backup rotates them)."""
        from chair_app.services.backup import BACKUPS_KEPT_KEY, DEFAULT_BACKUPS_KEPT

        value = self._get(BACKUPS_KEPT_KEY, str(DEFAULT_BACKUPS_KEPT))
        try:
            return max(1, int(value))
        except ValueError:
            return DEFAULT_BACKUPS_KEPT

    def set_backups_kept(self, count: int) -> None:
        from chair_app.services.backup import BACKUPS_KEPT_KEY

        self._set(BACKUPS_KEPT_KEY, str(max(1, count)))

    def backup_days(self) -> int:
        """For how many days the newest backup of each day is kept."""
        from chair_app.core.retention import DEFAULT_DAYS
        from chair_app.services.backup import BACKUP_DAYS_KEY, BACKUP_DAYS_RANGE, within

        return within(self._get(BACKUP_DAYS_KEY, ""), DEFAULT_DAYS, *BACKUP_DAYS_RANGE)

    def set_backup_days(self, days: int) -> None:
        from chair_app.services.backup import BACKUP_DAYS_KEY, BACKUP_DAYS_RANGE, within

        self._set(BACKUP_DAYS_KEY, str(within(str(days), 0, *BACKUP_DAYS_RANGE)))

    def backup_weeks(self) -> int:
        """For how many weeks the newest backup of each week is kept."""
        from chair_app.core.retention import DEFAULT_WEEKS
        from chair_app.services.backup import BACKUP_WEEKS_KEY, BACKUP_WEEKS_RANGE, within

        return within(
            self._get(BACKUP_WEEKS_KEY, ""), DEFAULT_WEEKS, *BACKUP_WEEKS_RANGE
        )

    def set_backup_weeks(self, weeks: int) -> None:
        from chair_app.services.backup import BACKUP_WEEKS_KEY, BACKUP_WEEKS_RANGE, within

        self._set(BACKUP_WEEKS_KEY, str(within(str(weeks), 0, *BACKUP_WEEKS_RANGE)))

    def record_size_limit_mb(self) -> int:
        """The largest record (or what a package unpacks to) imported, in MB."""
        from chair_app.services.backup import within
        from chair_app.services.record_limits import (
            MAX_RECORD_BYTES,
            RECORD_SIZE_LIMIT_KEY,
            RECORD_SIZE_LIMIT_RANGE_MB,
        )

        default = MAX_RECORD_BYTES // (1024 * 1024)
        stored = self._get(RECORD_SIZE_LIMIT_KEY, "")
        return within(stored, default, *RECORD_SIZE_LIMIT_RANGE_MB)

    def record_size_limit(self) -> int:
        """The same, in bytes, as services.record_format's readers take it."""
        return self.record_size_limit_mb() * 1024 * 1024

    def set_record_size_limit_mb(self, megabytes: int) -> None:
        from chair_app.services.backup import within
        from chair_app.services.record_limits import (
            RECORD_SIZE_LIMIT_KEY,
            RECORD_SIZE_LIMIT_RANGE_MB,
        )

        value = within(str(megabytes), 1, *RECORD_SIZE_LIMIT_RANGE_MB)
        self._set(RECORD_SIZE_LIMIT_KEY, str(value))

    def lock_minutes(self) -> int:
        """Minutes without use after which the window locks and hides the record."""
        low, high = LOCK_MINUTES_RANGE
        try:
            value = int(self._get(LOCK_MINUTES_KEY, str(DEFAULT_LOCK_MINUTES)))
        except ValueError:
            return DEFAULT_LOCK_MINUTES
        return min(high, max(low, value))

    def set_lock_minutes(self, minutes: int) -> None:
        low, high = LOCK_MINUTES_RANGE
        self._set(LOCK_MINUTES_KEY, str(min(high, max(low, minutes))))

    def text_scale(self) -> int:
        """Text size in per cent of the platform's, 100 to 200."""
        low, high = TEXT_SCALE_RANGE
        try:
            value = int(self._get(TEXT_SCALE_KEY, str(low)))
        except ValueError:
            return low
        return min(high, max(low, value))

    def set_text_scale(self, percent: int) -> None:
        low, high = TEXT_SCALE_RANGE
        self._set(TEXT_SCALE_KEY, str(min(high, max(low, percent))))

    def server_url(self) -> str:
        """The team server's address ("" for none): the user's, else IT's."""
        return self._get(SERVER_URL_KEY, "").strip()

    def server_ca_file(self) -> str:
        """The certificate authority file for the team server ("" for none)."""
        return self._get(SERVER_CA_FILE_KEY, "").strip()

    def set_server(self, url: str, ca_file: str) -> None:
        self._set(SERVER_URL_KEY, url.strip())
        self._set(SERVER_CA_FILE_KEY, ca_file.strip())

    def remember_server_password(self) -> bool:
        return self._get(SERVER_REMEMBER_KEY, "0") == "1"

    def set_remember_server_password(self, on: bool) -> None:
        self._set(SERVER_REMEMBER_KEY, "1" if on else "0")

    def high_contrast(self) -> bool:
        return self._get(HIGH_CONTRAST_KEY, "0") == "1"

    def set_high_contrast(self, on: bool) -> None:
        self._set(HIGH_CONTRAST_KEY, "1" if on else "0")

    def bilingual_layout(self) -> BilingualLayout:
        """How a copy of the minutes in both languages is laid out: Welsh first (the whole
        Welsh text, then the whole English) unless side by side was chosen."""
        try:
            return BilingualLayout(self._get(BILINGUAL_LAYOUT_KEY, BilingualLayout.WELSH_FIRST))
        except ValueError:
            return BilingualLayout.WELSH_FIRST

    def set_bilingual_layout(self, layout: BilingualLayout) -> None:
        self._set(BILINGUAL_LAYOUT_KEY, BilingualLayout(layout).value)

    def default_copy_language(self) -> MinutesLanguage:
        """The language of the copy of someone whose language was never chosen.

        In Wales it is Welsh and English together: under the Welsh Language Standards a body
        that does not know whether a person wants Welsh must write to them in both languages,
        never in English only. Elsewhere it is English. A choice recorded for the person (the
        network's "Language of their copy") always wins.
        """
        return MinutesLanguage.BOTH if self.nation() is Nation.WALES else MinutesLanguage.ENGLISH
