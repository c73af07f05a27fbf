"""What the window needs from the rest of the app, passed in rather than looked up."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from chair_app.services.export_minutes import ExportService
from chair_app.services.families import FamilyService
from chair_app.services.meetings import MeetingService
from chair_app.ui.background import BackgroundRunner
from chair_app.ui.prompts import Prompts


@dataclass(frozen=True)
class AppContext:
    families: FamilyService
    meetings: MeetingService
    exports: ExportService
    prompts: Prompts
    background: BackgroundRunner
    data_dir: Path
    today: Callable[[], dt.date] = dt.date.today
