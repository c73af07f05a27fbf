"""The first screen: the families list, shown from one small read (services.first_screen) while
the rest of Chair loads. It only shows: nothing on it changes the data, the File menu's data
actions stay off, and it says plainly that the rest is opening. The families page replaces it
once the data is open, with the family chosen here still chosen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from chair_app.core.domain import FamilySummary

class FirstScreenPage(QWidget):
    def __init__(self, families: tuple[FamilySummary, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_screen_page")
        self.heading = heading = QLabel()
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.status_label = QLabel()
        self.status_label.setObjectName("first_screen_status_label")
        self.status_label.setWordWrap(True)
        self.family_list = QListWidget()
        self.family_list.setObjectName("first_screen_family_list")
        self.family_list.setWordWrap(True)
        # The same rows as the families page's list: the family, then its children.
        for family in families:
            lines = [family.name]
            if family.child_names:
                lines.append(", ".join(family.child_names))
            item = QListWidgetItem("\n".join(lines))
            item.setData(Qt.ItemDataRole.UserRole, family.id)
            self.family_list.addItem(item)
        if families:
            self.family_list.setCurrentRow(0)
        # Laid out as the families page is (the list in the same left column, the rest to its
        # right), so nothing jumps when that page replaces this one.
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(heading)
        left_layout.addWidget(self.family_list, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.status_label)
        right_layout.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Families"))
        self.status_label.setText(
            self.tr("Opening the rest of your records… The families can be used in a moment.")
        )
        self.family_list.setAccessibleName(self.tr("Families (opening)"))

    def chosen_family_id(self) -> int | None:
        item = self.family_list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))
