"""Every message box and file picker goes through here, so tests can script the answers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


class Prompts:
    """Modal questions and notices shown to the user."""

    def confirm(self, parent: QWidget | None, title: str, text: str, yes: str = "Yes") -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Cancel", QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is yes_button

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

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
