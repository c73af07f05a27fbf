"""Create the Qt application and show the main window."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from chair_app.models.errors import StorageUnavailable
from chair_app.ui.background import BackgroundRunner
from chair_app.ui.context import AppContext
from chair_app.ui.main_window import MainWindow
from chair_app.ui.prompts import Prompts

logger = logging.getLogger(__name__)

BENCHMARK_EXIT_VARIABLE = "CHAIR_APP_EXIT_WHEN_SHOWN"


if TYPE_CHECKING:
    from chair_app.models.db import SessionFactory


def build_context(factory: SessionFactory, data_dir: Path, prompts: Prompts | None = None) -> AppContext:
    from chair_app.paths import LOCAL_AGENDAS_FOLDER, LOCAL_POLICIES_FOLDER
    from chair_app.services.calendar_invite import CalendarService
    from chair_app.services.minutes import MinutesService
    from chair_app.services.schedule import ScheduleService
    from chair_app.services.export_minutes import ExportService
    from chair_app.services.families import FamilyService
    from chair_app.services.meetings import MeetingService

    return AppContext(
        families=FamilyService(factory),
        meetings=MeetingService(
            factory, data_dir / LOCAL_AGENDAS_FOLDER, backup_data_dir=data_dir
        ),
        exports=ExportService(factory, data_dir / LOCAL_AGENDAS_FOLDER),
        schedule=ScheduleService(factory, data_dir / LOCAL_POLICIES_FOLDER),
        calendar=CalendarService(factory),
        minutes=MinutesService(factory, data_dir / LOCAL_AGENDAS_FOLDER),
        prompts=prompts or Prompts(),
        background=BackgroundRunner(),
        data_dir=data_dir,
        close_store=factory.kw["bind"].dispose,
    )


def _install_excepthook() -> None:
    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        # The traceback is logged without the error's message, which may quote user text.
        logger.error("unexpected error %s\n%s", kind.__name__, "".join(traceback.format_tb(tb)))
        QMessageBox.critical(
            None,
            "Something went wrong",
            "Chair met an unexpected error. What you had saved is safe; "
            "the last thing you did may not have been saved.",
        )

    sys.excepthook = hook


def open_data_into(window: MainWindow, data_dir: Path, *, demo: bool) -> bool:
    """Open the data folder and fill the window; if it cannot be opened, the window says why.

    Returns:
        Whether the data is open.
    """
    from chair_app.app import ensure_demo_family, open_store
    from chair_app.models.db import lock_data_folder

    try:
        # One writer: a second copy of Chair on the same folder is refused, not let in.
        lock_data_folder(data_dir)
        factory = open_store(data_dir)
        if demo:
            ensure_demo_family(factory, dt.date.today())
    except StorageUnavailable as error:
        logger.warning("data folder could not be opened")
        window.show_unavailable(str(error))
        return False
    ctx = build_context(factory, data_dir)
    window.attach_context(ctx)
    _back_up_in_background(window, ctx, "startup")
    return True


def _back_up_in_background(window: MainWindow, ctx: AppContext, reason: str) -> None:
    """Back up the data off the main thread; a failure is logged and shown, never fatal."""
    from chair_app.services.backup import make_backup

    def failed(_error: BaseException) -> None:
        logger.warning("start-up backup failed")
        window.statusBar().showMessage("Chair could not make its start-up backup.", 10000)

    ctx.background.run(lambda: make_backup(ctx.data_dir, reason), lambda _path: None, failed)


def reopen_data_into(window: MainWindow, ctx: AppContext) -> bool:
    """Open the data folder again (after a restore) and give the window a fresh context."""
    from chair_app.app import open_store

    try:
        factory = open_store(ctx.data_dir)
    except StorageUnavailable as error:
        window.show_unavailable(str(error))
        return False
    window.attach_context(build_context(factory, ctx.data_dir, ctx.prompts))
    return True


def run_window(data_dir: Path, *, demo: bool) -> int:
    """Show the main window at once, then open the data (SQLAlchemy takes longer to load than
    Qt) and fill the window."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Chair")
    app.setOrganizationName("ChairApp")
    _install_excepthook()
    window = MainWindow()
    window.show()
    benchmark = bool(os.environ.get(BENCHMARK_EXIT_VARIABLE))

    def open_data() -> None:
        opened = open_data_into(window, data_dir, demo=demo)
        if benchmark and opened:
            # benchmarks/bench_startup.py: the families are on screen; report and quit.
            print("data-shown", flush=True)
            app.quit()

    if benchmark:
        QTimer.singleShot(0, lambda: print("window-shown", flush=True))
    QTimer.singleShot(0, open_data)
    return int(app.exec())
