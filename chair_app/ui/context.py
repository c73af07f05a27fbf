"""What the window needs from the rest of the app, passed in rather than looked up."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from chair_app.ui.background import BackgroundRunner
from chair_app.ui.prompts import Prompts

if TYPE_CHECKING:  # the services load SQLAlchemy; the window is shown before that happens
    from chair_app.services.calendar_invite import CalendarService
    from chair_app.services.export_minutes import ExportService
    from chair_app.services.families import FamilyService
    from chair_app.services.meetings import MeetingService
    from chair_app.services.minutes import MinutesService
    from chair_app.services.schedule import ScheduleService
    from chair_app.services.storage import Store


@dataclass(frozen=True)
class AppContext:
    families: FamilyService
    meetings: MeetingService
    exports: ExportService
    schedule: ScheduleService
    minutes: MinutesService
    calendar: CalendarService
    prompts: Prompts
    background: BackgroundRunner
    data_dir: Path
    today: Callable[[], dt.date] = dt.date.today
    # Seconds from a monotonic clock: speaker timers and time spent per step (tests inject one).
    monotonic: Callable[[], float] = time.monotonic
    # Closes the database's connections (before a backup is restored over it).
    close_store: Callable[[], None] = lambda: None
    # The open data folder: backups, restore, the passphrase (in memory only).
    store: Store | None = None
