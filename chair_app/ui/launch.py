"""Create the Qt application and show the main window."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from chair_app.models.db import SessionFactory
from chair_app.services.export_minutes import ExportService
from chair_app.services.families import FamilyService
from chair_app.services.meetings import MeetingService
from chair_app.ui.background import BackgroundRunner
from chair_app.ui.context import AppContext
from chair_app.ui.main_window import MainWindow
from chair_app.ui.prompts import Prompts

logger = logging.getLogger(__name__)


def build_context(factory: SessionFactory, data_dir: Path, prompts: Prompts | None = None) -> AppContext:
    return AppContext(
        families=FamilyService(factory),
        meetings=MeetingService(factory),
        exports=ExportService(factory),
        prompts=prompts or Prompts(),
        background=BackgroundRunner(),
        data_dir=data_dir,
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


def run_window(factory: SessionFactory, data_dir: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Chair")
    app.setOrganizationName("ChairApp")
    _install_excepthook()
    window = MainWindow(build_context(factory, data_dir))
    window.show()
    return int(app.exec())
