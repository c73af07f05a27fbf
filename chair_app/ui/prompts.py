"""Every message box and file picker goes through here, so tests can script the answers."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    from chair_app.ui.export_protection import ExportProtection


class Prompts:
    """Modal questions and notices shown to the user."""

    def confirm(self, parent: QWidget | None, title: str, text: str, yes: str = "") -> bool:
        """Ask; True when the chair presses ``yes`` (by default "Yes", translated)."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        yes_button = box.addButton(
            yes or QCoreApplication.translate("Prompts", "Yes"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(
            QCoreApplication.translate("Prompts", "Cancel"), QMessageBox.ButtonRole.RejectRole
        )
        box.exec()
        return box.clickedButton() is yes_button

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self._notice(QMessageBox.Icon.Warning, parent, title, text)

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self._notice(QMessageBox.Icon.Information, parent, title, text)

    @staticmethod
    def _notice(icon: QMessageBox.Icon, parent: QWidget | None, title: str, text: str) -> None:
        """A message with one button, its text translated (Qt has no Welsh for its own OK)."""
        box = QMessageBox(icon, title, text, parent=parent)
        box.addButton(QCoreApplication.translate("Prompts", "OK"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()

    def choose_directory(self, parent: QWidget | None, title: str, start: Path) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(parent, title, str(start))
        return Path(chosen) if chosen else None

    def choose_save_file(
        self, parent: QWidget | None, title: str, suggested: Path, file_filter: str
    ) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
        return Path(chosen) if chosen else None

    def choose_open_file(
        self, parent: QWidget | None, title: str, start: Path, file_filter: str
    ) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(parent, title, str(start), file_filter)
        return Path(chosen) if chosen else None

    def choose_export_protection(self, parent: QWidget | None) -> ExportProtection | None:
        """Whether to protect the exported files with a password (typed twice). None when
        the chair cancels the export."""
        from chair_app.ui.export_protection import ExportProtectionDialog

        dialog = ExportProtectionDialog(parent)
        try:
            if not self.run_dialog(dialog):
                return None
            return dialog.chosen()
        finally:
            dialog.deleteLater()

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog until it closes; True when it was accepted."""
        return dialog.exec() == QDialog.DialogCode.Accepted
