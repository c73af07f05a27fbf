"""Choose a backup to restore: the backups newest first, with when and why each was taken."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from chair_app.services.backup import Backup


class RestoreBackupDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, backups: list[Backup], earlier: set[Path] | None = None
    ) -> None:
        """Args:
        earlier: the backups recorded as made under an earlier passphrase (not damaged, but
            they do not open with the current one).
        """
        super().__init__(parent)
        self.setObjectName("restore_backup_dialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        intro = QLabel(
            self.tr(
                "Chair backs up the data when it opens and when a meeting closes. Choose the "
                "backup to go back to (newest first). You are asked before anything changes."
            )
        )
        intro.setWordWrap(True)
        self.backup_list = QListWidget()
        self.backup_list.setObjectName("backup_list")
        self.backup_list.setAccessibleName(self.tr("Backups, newest first"))
        for backup in backups:
            label = backup.label
            if earlier and backup.path in earlier:
                label = self.tr("{backup}: made under an earlier passphrase").format(backup=label)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, backup)
            self.backup_list.addItem(item)
        self.backup_list.setCurrentRow(0)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("dialog_buttons")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.backup_list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.backup_list)
        layout.addWidget(self.buttons)
        self.resize(520, 360)

    def selected(self) -> Backup:
        item = self.backup_list.currentItem()
        backup: Backup = item.data(Qt.ItemDataRole.UserRole)
        return backup
