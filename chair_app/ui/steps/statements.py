"""Step 2: danger statements, each paired with its safety goal."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from chair_app.ui.meeting_controller import MeetingController
from chair_app.ui.steps.base import StepPage, elide, heading_label, make_text_edit


class StatementsPage(StepPage):
    def __init__(self, controller: MeetingController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.statement_list = QListWidget()
        self.statement_list.setObjectName("statement_list")
        self.statement_list.setAccessibleName("Danger statements")
        self.statement_list.setWordWrap(True)
        self.add_button = QPushButton("&Add statement")
        self.add_button.setObjectName("add_statement_button")
        self.remove_button = QPushButton("Remove")
        self.remove_button.setObjectName("remove_statement_button")
        self.up_button = QPushButton("Move up")
        self.up_button.setObjectName("move_statement_up_button")
        self.down_button = QPushButton("Move down")
        self.down_button.setObjectName("move_statement_down_button")
        self.statement_edit = make_text_edit(
            "statement_edit",
            "Danger statement",
            "Who is worried, what exactly they are worried about, and what they fear will "
            "happen to the child if nothing changes. Use everyday words.",
        )
        self.goal_edit = make_text_edit(
            "safety_goal_edit",
            "Safety goal",
            "What the adults will be seen doing, what the child will experience, and for how "
            "long, for everyone to feel the child is safe.",
        )
        self.empty_label = QLabel("No danger statements yet. Press Add statement to write one.")
        self.empty_label.setObjectName("statements_empty_label")
        self.empty_label.setWordWrap(True)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.editor = QWidget()
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        self.statement_heading = heading_label("Danger statement")
        editor_layout.addWidget(self.statement_heading)
        editor_layout.addWidget(self.statement_edit, 1)
        self.goal_heading = heading_label("Safety goal")
        editor_layout.addWidget(self.goal_heading)
        editor_layout.addWidget(self.goal_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.statement_list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.editor, 2)

        self.statement_list.currentRowChanged.connect(self._on_row_changed)
        self.add_button.clicked.connect(self._on_add)
        self.remove_button.clicked.connect(self._on_remove)
        self.up_button.clicked.connect(lambda: self._on_move(-1))
        self.down_button.clicked.connect(lambda: self._on_move(1))
        self.statement_edit.textChanged.connect(self._on_text_changed)
        self.goal_edit.textChanged.connect(self._on_text_changed)
        self._selected_id: int | None = None
        self.refresh()

    def refresh(self) -> None:
        self._loading = True
        try:
            statements = self.controller.meeting.statements
            ids = [s.id for s in statements]
            if self._selected_id not in ids:
                self._selected_id = ids[0] if ids else None
            self.statement_list.clear()
            for index, statement in enumerate(statements, start=1):
                item = QListWidgetItem(self._item_text(index, statement.statement))
                item.setData(Qt.ItemDataRole.UserRole, statement.id)
                self.statement_list.addItem(item)
            if self._selected_id is not None:
                self.statement_list.setCurrentRow(ids.index(self._selected_id))
            self._load_editor()
        finally:
            self._loading = False
        self.apply_editable()
        self._update_buttons()

    @staticmethod
    def _item_text(index: int, text: str) -> str:
        return f"{index}. {elide(text) if text.strip() else '(not written yet)'}"

    def _load_editor(self) -> None:
        statement = next(
            (s for s in self.controller.meeting.statements if s.id == self._selected_id), None
        )
        self.editor.setVisible(statement is not None)
        self.empty_label.setVisible(not self.controller.meeting.statements)
        if statement is None:
            return
        index = self.controller.meeting.statements.index(statement) + 1
        self.statement_heading.setText(f"Danger statement {index}")
        self.goal_heading.setText(f"Safety goal {index}")
        was_loading = self._loading
        self._loading = True
        if self.statement_edit.toPlainText() != statement.statement:
            self.statement_edit.setPlainText(statement.statement)
        if self.goal_edit.toPlainText() != statement.safety_goal:
            self.goal_edit.setPlainText(statement.safety_goal)
        self._loading = was_loading

    def _update_buttons(self) -> None:
        editable = self.controller.editable
        row = self.statement_list.currentRow()
        count = self.statement_list.count()
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and row >= 0)
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and 0 <= row < count - 1)

    def _on_row_changed(self, row: int) -> None:
        if self.loading:
            return
        self.controller.flush()
        item = self.statement_list.item(row)
        self._selected_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        self._load_editor()
        self._update_buttons()

    def _on_text_changed(self) -> None:
        if self.loading or self._selected_id is None:
            return
        statement_id = self._selected_id
        statement, goal = self.statement_edit.toPlainText(), self.goal_edit.toPlainText()
        row = self.statement_list.currentRow()
        item = self.statement_list.item(row)
        if item is not None:
            item.setText(self._item_text(row + 1, statement))
        meetings = self.controller.ctx.meetings
        self.controller.save_later(
            f"statement-{statement_id}",
            lambda: meetings.update_statement(statement_id, statement, goal),
        )

    def _on_add(self) -> None:
        self.controller.flush()
        meetings = self.controller.ctx.meetings
        new_id = self.controller.change(lambda: meetings.add_statement(self.controller.meeting_id))
        if new_id is not None:
            self._selected_id = new_id
            self.controller.structure_changed.emit()
            self.statement_edit.setFocus()

    def _on_remove(self) -> None:
        statement_id = self._selected_id
        if statement_id is None:
            return
        index = self.statement_list.currentRow() + 1
        if not self.controller.ctx.prompts.confirm(
            self,
            "Remove danger statement",
            f"Remove danger statement {index} and its safety goal? Scores given on it and links "
            "from actions to its goal are removed too.",
            yes="Remove",
        ):
            return
        self.controller.flush()
        meetings = self.controller.ctx.meetings
        self.controller.change(lambda: meetings.remove_statement(statement_id), structural=True)

    def _on_move(self, offset: int) -> None:
        statement_id = self._selected_id
        if statement_id is None:
            return
        self.controller.flush()
        meetings = self.controller.ctx.meetings
        self.controller.change(
            lambda: meetings.move_statement(statement_id, offset), structural=True
        )
