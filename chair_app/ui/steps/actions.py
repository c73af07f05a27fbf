"""Step 5: the plan's actions: what, who, by when, which safety goal, status."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chair_app.core.dates import format_short_date
from chair_app.core.domain import Action, ActionStatus
from chair_app.ui.fields import DateField
from chair_app.ui.meeting_controller import MeetingController
from chair_app.ui.steps.base import StepPage, elide, make_text_edit

COLUMNS = ("No.", "What", "Who", "By when", "Goal", "Status")


class ActionsPage(StepPage):
    def __init__(self, controller: MeetingController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("actions_table")
        self.table.setAccessibleName("Actions")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setProperty("always_enabled", True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton("&Add action")
        self.add_button.setObjectName("add_action_button")
        self.remove_button = QPushButton("Remove action")
        self.remove_button.setObjectName("remove_action_button")
        self.what_edit = make_text_edit("action_what_edit", "What will be done", "What will be done?")
        self.what_edit.setMaximumHeight(80)
        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("action_owner_combo")
        self.owner_combo.setAccessibleName("Who will do it")
        self.due_field = DateField("action_due_edit")
        self.goal_combo = QComboBox()
        self.goal_combo.setObjectName("action_goal_combo")
        self.goal_combo.setAccessibleName("Which safety goal it serves")
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("action_status_combo")
        self.status_combo.setAccessibleName("Status of the action")
        for status in ActionStatus:
            self.status_combo.addItem(status.label, status)
        self.empty_label = QLabel("No actions yet. Press Add action to agree one.")
        self.empty_label.setObjectName("actions_empty_label")

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.editor = QWidget()
        form = QFormLayout(self.editor)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow("What", self.what_edit)
        form.addRow("Who", self.owner_combo)
        form.addRow("By when", self.due_field)
        form.addRow("Safety goal", self.goal_combo)
        form.addRow("Status", self.status_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.editor, 2)

        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.add_button.clicked.connect(self._on_add)
        self.remove_button.clicked.connect(self._on_remove)
        self.what_edit.textChanged.connect(self._on_text_changed)
        self.due_field.value_changed.connect(self._on_field_changed)
        self.owner_combo.currentIndexChanged.connect(self._on_field_changed)
        self.goal_combo.currentIndexChanged.connect(self._on_field_changed)
        self.status_combo.currentIndexChanged.connect(self._on_field_changed)
        self._selected_id: int | None = None
        self._last_due = None
        self.refresh()

    def refresh(self) -> None:
        self._loading = True
        try:
            meeting, family = self.controller.meeting, self.controller.family
            ids = [a.id for a in meeting.actions]
            if self._selected_id not in ids:
                self._selected_id = ids[-1] if ids else None
            self.owner_combo.clear()
            self.owner_combo.addItem("Choose a person", None)
            for person in family.people:
                label = f"{person.name} ({person.role})" if person.role else person.name
                self.owner_combo.addItem(label, person.id)
            self.goal_combo.clear()
            self.goal_combo.addItem("No particular goal", None)
            for index, statement in enumerate(meeting.statements, start=1):
                self.goal_combo.addItem(f"Safety goal {index}: {elide(statement.safety_goal, 60)}", statement.id)
            self.table.setRowCount(len(meeting.actions))
            for row, action in enumerate(meeting.actions):
                self._fill_row(row, action)
            if self._selected_id is not None:
                self.table.selectRow(ids.index(self._selected_id))
            self._load_editor()
        finally:
            self._loading = False
        self.apply_editable()
        self.remove_button.setEnabled(self.controller.editable and self._selected_id is not None)

    def _fill_row(self, row: int, action: Action) -> None:
        family, meeting = self.controller.family, self.controller.meeting
        owner = family.person(action.owner_id)
        goals = {s.id: f"Goal {i}" for i, s in enumerate(meeting.statements, start=1)}
        values = (
            str(row + 1),
            elide(action.what, 120) or "(not written yet)",
            owner.name if owner else "",
            format_short_date(action.due_date),
            goals.get(action.goal_statement_id, "") if action.goal_statement_id else "",
            action.status.label,
        )
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setData(Qt.ItemDataRole.UserRole, action.id)
            self.table.setItem(row, column, item)

    def _action(self) -> Action | None:
        return next((a for a in self.controller.meeting.actions if a.id == self._selected_id), None)

    def _load_editor(self) -> None:
        action = self._action()
        self.editor.setVisible(action is not None)
        self.empty_label.setVisible(not self.controller.meeting.actions)
        if action is None:
            return
        was_loading, self._loading = self._loading, True
        if self.what_edit.toPlainText() != action.what:
            self.what_edit.setPlainText(action.what)
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(action.owner_id)))
        self.goal_combo.setCurrentIndex(max(0, self.goal_combo.findData(action.goal_statement_id)))
        self.status_combo.setCurrentIndex(self.status_combo.findData(action.status))
        self.due_field.set_value(action.due_date)
        self._last_due = action.due_date
        self._loading = was_loading

    def _edited_action(self) -> Action | None:
        if self._selected_id is None:
            return None
        if self.due_field.is_valid:
            self._last_due = self.due_field.value()
        return Action(
            self._selected_id,
            self.what_edit.toPlainText(),
            self.owner_combo.currentData(),
            self._last_due,
            self.goal_combo.currentData(),
            self.status_combo.currentData(),
        )

    def _save(self, *, now: bool) -> None:
        action = self._edited_action()
        if action is None:
            return
        row = self.table.currentRow()
        if row >= 0:
            self._fill_row(row, action)
        meetings = self.controller.ctx.meetings
        self.controller.save_later(f"action-{action.id}", lambda: meetings.update_action(action))
        if now:
            self.controller.flush()

    def _on_text_changed(self) -> None:
        if not self.loading:
            self._save(now=False)

    def _on_field_changed(self) -> None:
        if not self.loading:
            self._save(now=True)

    def _on_selection_changed(self) -> None:
        if self.loading:
            return
        self.controller.flush()
        item = self.table.item(self.table.currentRow(), 0)
        self._selected_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        self._load_editor()
        self.remove_button.setEnabled(self.controller.editable and self._selected_id is not None)

    def _on_add(self) -> None:
        self.controller.flush()
        meetings = self.controller.ctx.meetings
        new_id = self.controller.change(lambda: meetings.add_action(self.controller.meeting_id))
        if new_id is not None:
            self._selected_id = new_id
            self.controller.structure_changed.emit()
            self.what_edit.setFocus()

    def _on_remove(self) -> None:
        action = self._action()
        if action is None:
            return
        row = self.controller.meeting.actions.index(action) + 1
        if not self.controller.ctx.prompts.confirm(
            self, "Remove action", f"Remove action {row} from the plan?", yes="Remove"
        ):
            return
        self.controller.flush()
        meetings = self.controller.ctx.meetings
        self.controller.change(lambda: meetings.remove_action(action.id), structural=True)
