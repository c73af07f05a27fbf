"""Exporting a closed meeting's minutes from the window: pick a folder, confirm, write both."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from chair_app.services.export_minutes import (
    ExportFailed,
    ExportFormat,
    WrittenFile,
    check_password,
)
from chair_app.ui.context import AppContext

if TYPE_CHECKING:
    from chair_app.services.minutes import CopyRequest

logger = logging.getLogger(__name__)


def default_export_folder() -> Path:
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()


def confirmation_text(paths: list[Path], protected: bool) -> str:
    """What the window says once the files are written, and whether they need the password."""
    folder = paths[0].parent if paths else Path()
    text = QCoreApplication.translate("MinutesExporter", "Saved:\n{files}\n\nin {folder}").format(
        files="\n".join(p.name for p in paths), folder=folder
    )
    if protected:
        text += "\n\n" + QCoreApplication.translate(
            "MinutesExporter",
            "Both files are protected with the password you chose: they open only with "
            "it. Tell the reader the password another way, never in the same email.",
        )
    return text


class MinutesExporter(QObject):
    """Writes the DOCX and the PDF of one meeting off the main thread, protected with a
    password when the chair asks (for sending by email).

    Signals:
        export_started(): files are being written.
        export_finished(list): the paths written.
        export_failed(str): why nothing (or not everything) was written.
    """

    export_started = Signal()
    export_finished = Signal(list)
    export_failed = Signal(str)

    def __init__(self, ctx: AppContext, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._ctx = ctx
        self._parent_widget = parent_widget
        self._last_folder: Path | None = None
        # Whether the files of the last export were protected (for the confirmation).
        self.last_protected = False

    def _copy_suffix(self, meeting_id: int, copy: CopyRequest) -> str:
        """The copy's name in its file names; none for the full record."""
        from chair_app.services.minutes import CopyKind

        if copy.kind is CopyKind.FULL:
            return ""
        return self._ctx.minutes.copy_label(meeting_id, copy)

    def export(self, meeting_id: int, copy: CopyRequest | None = None) -> None:
        """Ask for a folder, confirm any overwrite, ask whether to protect the files with a
        password, then write both files in the background.

        Args:
            copy: which copy (the full record when None); other copies get their name in the
                file names, e.g. "... - Copy for Kerry Marlowe.docx".
        """
        meeting = self._ctx.meetings.get(meeting_id)
        if not meeting.is_closed:
            self._ctx.prompts.error(
                self._parent_widget,
                self.tr("Export minutes"),
                self.tr("Minutes can be exported once the meeting is closed."),
            )
            return
        folder = self._ctx.prompts.choose_directory(
            self._parent_widget,
            self.tr("Choose the folder for the minutes"),
            self._last_folder or default_export_folder(),
        )
        if folder is None:
            return
        self._last_folder = folder
        suffix = "" if copy is None else self._copy_suffix(meeting_id, copy)
        paths = self._ctx.exports.planned_paths(meeting_id, folder, suffix)
        existing = [p for p in paths.values() if p.exists()]
        if existing and not self._ctx.prompts.confirm(
            self._parent_widget,
            self.tr("Replace files?"),
            self.tr("These files already exist:\n{files}\nin {folder}.\n\nReplace them?").format(
                files="\n".join(p.name for p in existing), folder=folder
            ),
            yes=self.tr("Replace"),
        ):
            return
        protection = self._ctx.prompts.choose_export_protection(self._parent_widget)
        if protection is None:
            return
        password = protection.password
        try:
            check_password(password)  # the dialog checks too; never write with an empty one
        except ExportFailed as error:
            self._ctx.prompts.error(self._parent_widget, self.tr("Export minutes"), str(error))
            return
        self.last_protected = password is not None
        minutes, today = self._ctx.minutes, self._ctx.today()

        from chair_app.services.minutes import CopyRequest

        chosen = copy or CopyRequest()
        drawn: list[object] = []
        failed_text = self.tr("The export failed.")

        def write_both() -> list[WrittenFile]:
            # Built off the main thread too: drawing the chart (and signing the agreed PDF)
            # takes a moment. Nothing is recorded until both files are in place (finished).
            document, version = minutes.document_to_export(meeting_id, chosen, today)
            drawn.append(version)
            return [
                minutes.write_export(document, version, fmt, paths[fmt], password=password)
                for fmt in ExportFormat
            ]

        def failed(error: BaseException) -> None:
            message = str(error) if isinstance(error, ExportFailed) else failed_text
            if not isinstance(error, ExportFailed):
                logger.error("export failed: %s", type(error).__name__)
            self.export_failed.emit(message)

        def finished(written: list[WrittenFile]) -> None:
            # Each file's SHA-256 with the export, in one transaction, for verify.
            minutes.record_export(meeting_id, drawn[0], today, chosen, written)  # type: ignore[arg-type]
            self.export_finished.emit([file.path for file in written])

        self.export_started.emit()
        self._ctx.background.run(write_both, finished, failed)
