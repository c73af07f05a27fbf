"""Step 2: danger statements, each paired with its safety goal, which children each applies to,
and which were carried from the last meeting."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from chair_app.core import edits
from chair_app.core.domain import DangerStatement
from chair_app.core.facts import FactKind, FactRef
from chair_app.ui.meeting_controller import MeetingController
from chair_app.ui.steps.base import StepPage, elide, heading_label, make_text_edit
from chair_app.ui.steps.continuity import CarriedFrom, children_text, hint_label
from chair_app.ui.withhold_control import WithholdControl


class StatementsPage(StepPage):
    def __init__(self, controller: MeetingController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.statement_list = QListWidget()
        self.statement_list.setObjectName("statement_list")
        self.statement_list.setAccessibleName(self.tr("Danger statements"))
        self.statement_list.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add statement"))
        self.add_button.setObjectName("add_statement_button")
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("remove_statement_button")
        self.remove_button.setAccessibleName(self.tr("Remove the selected danger statement"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.setObjectName("move_statement_up_button")
        self.up_button.setAccessibleName(self.tr("Move the selected statement up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.setObjectName("move_statement_down_button")
        self.down_button.setAccessibleName(self.tr("Move the selected statement down"))
        self.statement_edit = make_text_edit(
            "statement_edit",
            self.tr("Danger statement"),
            self.tr(
                "Who is worried, what exactly they are worried about, and what they fear will "
                "happen to the child if nothing changes. Use everyday words."
            ),
        )
        self.goal_edit = make_text_edit(
            "safety_goal_edit",
            self.tr("Safety goal"),
            self.tr(
                "What the adults will be seen doing, what the child will experience, and for how "
                "long, for everyone to feel the child is safe."
            ),
        )
        # Where the worry comes from can name a third party or a place; kept apart from the
        # statement so that it alone can be withheld.
        self.notes_edit = make_text_edit(
            "statement_notes_edit",
            self.tr("Notes behind this statement"),
            self.tr("Sources, and any third-party detail the statement rests on."),
        )
        self.notes_edit.setMinimumHeight(48)
        self.notes_edit.setMaximumHeight(96)
        self.notes_withhold = WithholdControl(
            controller, FactRef.of(FactKind.STATEMENT_NOTES, 0),
            self.tr("the notes behind this danger statement"),
        )
        self.empty_label = QLabel(
            self.tr("No danger statements yet. Press Add statement to write one.")
        )
        self.empty_label.setObjectName("statements_empty_label")
        self.empty_label.setWordWrap(True)

        self.carried_label = hint_label("statement_carried_label")
        self.children_row = QWidget()
        self.children_row.setObjectName("statement_children_row")
        self._children_layout = QHBoxLayout(self.children_row)
        self._children_layout.setContentsMargins(0, 0, 0, 0)
        self.children_label = hint_label("statement_children_label")
        self.child_boxes: dict[int, QCheckBox] = {}
        self._carried = CarriedFrom(controller)

        # The list is a few lines beside its buttons, so that the statement and its safety
        # goal show whole in a laptop's window.
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        lines = self.fontMetrics().lineSpacing()
        self.statement_list.setMaximumHeight(6 * lines + 12)
        for edit in (self.statement_edit, self.goal_edit):
            edit.setMinimumHeight(4 * lines + 12)
            edit.setMaximumHeight(7 * lines + 12)
        self.editor = QWidget()
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        self.statement_heading = heading_label(self.tr("Danger statement"), "statement_heading")
        editor_layout.addWidget(self.statement_heading)
        editor_layout.addWidget(self.carried_label)
        editor_layout.addWidget(self.children_row)
        editor_layout.addWidget(self.statement_edit, 1)
        self.goal_heading = heading_label(self.tr("Safety goal"), "goal_heading")
        editor_layout.addWidget(self.goal_heading)
        editor_layout.addWidget(self.goal_edit, 1)
        self.notes_heading = heading_label(
            self.tr("Notes behind this statement (sources, third-party detail)"),
            "statement_notes_heading",
        )
        editor_layout.addWidget(self.notes_heading)
        editor_layout.addWidget(self.notes_edit)
        editor_layout.addWidget(self.notes_withhold)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.statement_list, 1)
        top.addLayout(buttons)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.editor, 2)

        self.statement_list.currentRowChanged.connect(self._on_row_changed)
        self.add_button.clicked.connect(self._on_add)
        self.remove_button.clicked.connect(self._on_remove)
        self.up_button.clicked.connect(lambda: self._on_move(-1))
        self.down_button.clicked.connect(lambda: self._on_move(1))
        self.statement_edit.textChanged.connect(self._on_text_changed)
        self.goal_edit.textChanged.connect(self._on_text_changed)
        self.notes_edit.textChanged.connect(self._on_notes_changed)
        self._selected_id: int | None = None
        self.refresh()

    def refresh(self) -> None:
        self._loading = True
        try:
            statements = self.controller.meeting.statements
            ids = [s.id for s in statements]
            if self._selected_id not in ids:
                self._selected_id = ids[0] if ids else None
            self._build_child_boxes()
            self.statement_list.clear()
            for index, statement in enumerate(statements, start=1):
                item = QListWidgetItem(self._item_text(index, statement, statement.statement))
                item.setData(Qt.ItemDataRole.UserRole, statement.id)
                self.statement_list.addItem(item)
            if self._selected_id is not None:
                self.statement_list.setCurrentRow(ids.index(self._selected_id))
            self._load_editor()
        finally:
            self._loading = False
        self.apply_editable()
        self._update_buttons()

    def _build_child_boxes(self) -> None:
        """One "Applies to" box per child; none for a family of one child, where it is moot."""
        children = self.controller.family.children
        if list(self.child_boxes) == [c.id for c in children]:
            return
        while self._children_layout.count():
            taken = self._children_layout.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None and widget is not self.children_label:
                widget.deleteLater()
        self.child_boxes = {}
        title = QLabel(self.tr("Applies to:"))
        title.setObjectName("statement_children_title")
        self._children_layout.addWidget(title)
        for child in children:
            box = QCheckBox(child.name)
            box.setObjectName(f"statement_child_{child.id}")
            box.setAccessibleName(self.tr("Applies to {name}").format(name=child.name))
            box.toggled.connect(self._on_child_toggled)
            self.child_boxes[child.id] = box
            self._children_layout.addWidget(box)
        self._children_layout.addWidget(self.children_label, 1)
        self.children_row.setVisible(len(children) > 1)
        self.texts_changed.emit()

    def _item_text(self, index: int, statement: DangerStatement, text: str) -> str:
        """The list's line: number and text, then where it came from and whom it is for."""
        unwritten = self.tr("(not written yet)")
        line = f"{index}. {elide(text) if text.strip() else unwritten}"
        notes = []
        if statement.carried_from_id is not None:
            source = self._carried.statement_source(statement.carried_from_id)
            notes.append(self.tr("carried from {source}").format(source=source))
        if statement.child_ids and len(self.controller.family.children) > 1:
            children = children_text(self.controller.family, statement.child_ids)
            notes.append(self.tr("for {children}").format(children=children))
        return f"{line} ({'; '.join(notes)})" if notes else line

    def _statement(self) -> DangerStatement | None:
        return next(
            (s for s in self.controller.meeting.statements if s.id == self._selected_id), None
        )

    def _load_editor(self) -> None:
        statement = self._statement()
        self.editor.setVisible(statement is not None)
        self.empty_label.setVisible(not self.controller.meeting.statements)
        if statement is None:
            return
        index = self.controller.meeting.statements.index(statement) + 1
        self.statement_heading.setText(self.tr("Danger statement {number}").format(number=index))
        self.goal_heading.setText(self.tr("Safety goal {number}").format(number=index))
        for heading in (self.statement_heading, self.goal_heading):
            heading.setProperty("plain_n", index)
        self.texts_changed.emit()
        was_loading = self._loading
        self._loading = True
        if self.statement_edit.toPlainText() != statement.statement:
            self.statement_edit.setPlainText(statement.statement)
        if self.goal_edit.toPlainText() != statement.safety_goal:
            self.goal_edit.setPlainText(statement.safety_goal)
        if self.notes_edit.toPlainText() != statement.notes:
            self.notes_edit.setPlainText(statement.notes)
        self.notes_withhold.set_key(
            FactRef.of(FactKind.STATEMENT_NOTES, statement.id),
            self.tr("the notes behind danger statement {number}").format(number=index),
        )
        for child_id, box in self.child_boxes.items():
            box.setChecked(child_id in statement.child_ids)
        self._loading = was_loading
        self._show_notes(statement)

    def _show_notes(self, statement: DangerStatement) -> None:
        if statement.carried_from_id is not None:
            self.carried_label.setText(
                self.tr(
                    "Carried from the meeting on {source}. Changing it here changes only this "
                    "meeting's record; the earlier minutes stay as they were."
                ).format(source=self._carried.statement_source(statement.carried_from_id))
            )
        else:
            self.carried_label.setText(self.tr("New at this meeting."))
        if statement.child_ids:
            self.children_label.setText(
                self.tr("Applies to {children} only.").format(
                    children=children_text(self.controller.family, statement.child_ids)
                )
            )
        else:
            self.children_label.setText(self.tr("No child ticked, so it applies to every child."))

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
        current = self._statement()
        if item is not None and current is not None:
            item.setText(self._item_text(row + 1, current, statement))
        meetings = self.controller.ctx.meetings
        self.controller.save_later(
            f"statement-{statement_id}",
            lambda: meetings.update_statement(statement_id, statement, goal),
            patch=edits.update_statement(statement_id, statement, goal),
        )

    def _on_notes_changed(self) -> None:
        if self.loading or self._selected_id is None:
            return
        statement_id, notes = self._selected_id, self.notes_edit.toPlainText()
        meetings = self.controller.ctx.meetings
        self.controller.save_later(
            f"statement-notes-{statement_id}",
            lambda: meetings.set_statement_notes(statement_id, notes),
            patch=edits.set_statement_notes(statement_id, notes),
        )

    def _on_child_toggled(self) -> None:
        if self.loading or self._selected_id is None:
            return
        statement_id = self._selected_id
        child_ids = tuple(cid for cid, box in self.child_boxes.items() if box.isChecked())
        meetings = self.controller.ctx.meetings
        self.controller.flush()
        self.controller.change(lambda: meetings.set_statement_children(statement_id, child_ids))
        statement = self._statement()
        row = self.statement_list.currentRow()
        item = self.statement_list.item(row)
        if statement is not None:
            self._show_notes(statement)
            if item is not None:
                item.setText(self._item_text(row + 1, statement, statement.statement))

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
            self.tr("Remove danger statement"),
            self.tr(
                "Remove danger statement {number} and its safety goal? Scores given on it and "
                "links from actions to its goal are removed too."
            ).format(number=index),
            yes=self.tr("Remove"),
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
