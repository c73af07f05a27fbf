"""Step 5: the plan's actions: what, who, by when, which safety goal, which children, status;
and whether each was agreed here or carried from the last meeting."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chair_app.core import edits
from chair_app.core.dates import format_short_date
from chair_app.core.domain import Action, ActionStatus
from chair_app.core.owners import owners_text
from chair_app.ui.fields import DateField
from chair_app.ui.meeting_controller import MeetingController
from chair_app.ui.steps.base import StepPage, elide, make_line_edit, make_text_edit
from chair_app.ui.steps.continuity import CarriedFrom, children_text, first_names, hint_label
from chair_app.ui.theme import current_scale

COLUMN_COUNT = 8  # No., What, Who, By when, Goal, For, From, Status (see column_titles)
# The "Who" choices besides the network's people (whose ids are the choice).
OWNER_FAMILY = "family"
OWNER_OTHER = "other"


LEFT_COLUMN = ("action_what_label", "action_owner_label", "action_joint_label", "action_for_label")


class ActionsPage(StepPage):
    def __init__(self, controller: MeetingController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.table = QTableWidget(0, COLUMN_COUNT)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName("actions_table")
        self.table.setAccessibleName(self.tr("Actions"))
        self.table.setHorizontalHeaderLabels(self.column_titles())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setProperty("always_enabled", True)
        # Sized to their contents when the table is filled (refresh), not on every change of a
        # cell: "resize to contents" measured every row of a long plan at each keystroke.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("&Add action"))
        self.add_button.setObjectName("add_action_button")
        self.remove_button = QPushButton(self.tr("Remove action"))
        self.remove_button.setObjectName("remove_action_button")
        self.what_edit = make_text_edit(
            "action_what_edit", self.tr("What will be done"), self.tr("What will be done?")
        )
        self.what_edit.setMaximumHeight(80)
        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("action_owner_combo")
        self.owner_combo.setAccessibleName(self.tr("Who will do it"))
        self.owner_other_edit = make_line_edit(
            "action_owner_other_edit",
            self.tr("Name of the person outside the network who will do it"),
            self.tr("Their name, and who they are, e.g. Aunt Rose, a friend in the safety network"),
        )
        self.joint_list = QListWidget()
        self.joint_list.setObjectName("action_joint_owners_list")
        self.joint_list.setAccessibleName(self.tr("Who else will do it with them"))
        self.joint_list.setToolTip(
            self.tr("Tick everyone else in the network who shares this action.")
        )
        # About three names show; the list scrolls for a large network.
        # Every name shows (up to ten; a larger network scrolls): see _size_lists.
        self.due_field = DateField("action_due_edit")
        self.goal_combo = QComboBox()
        self.goal_combo.setObjectName("action_goal_combo")
        # Long safety goals are cut in the closed box (the list shows them whole), so the step
        # does not scroll sideways at large text sizes.
        self.goal_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.goal_combo.setMinimumContentsLength(24)
        self.goal_combo.setAccessibleName(self.tr("Which safety goal it serves"))
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("action_status_combo")
        self.status_combo.setAccessibleName(self.tr("Status of the action"))
        for status in ActionStatus:
            self.status_combo.addItem(status.label, status)
        self.empty_label = QLabel(self.tr("No actions yet. Press Add action to agree one."))
        self.empty_label.setObjectName("actions_empty_label")
        self.carried_label = hint_label("action_carried_label")
        self.children_row = QWidget()
        self.children_row.setObjectName("action_children_row")
        self._children_layout = QHBoxLayout(self.children_row)
        self._children_layout.setContentsMargins(0, 0, 0, 0)
        self.children_label = hint_label("action_children_label")
        self.child_boxes: dict[int, QCheckBox] = {}
        self._carried = CarriedFrom(controller)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.editor = QWidget()
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.carried_label)
        # Two columns, so that the whole form shows under the table in a laptop's window:
        # what, who and for which child on the left; when, why and the status on the right.
        form = QFormLayout()
        second_form = QFormLayout()
        columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        columns.addLayout(form, 3)
        columns.addSpacing(12)
        columns.addLayout(second_form, 2)
        self._form_columns = columns
        editor_layout.addLayout(columns)
        editor_layout.addStretch(1)
        who = QHBoxLayout()
        who.setContentsMargins(0, 0, 0, 0)
        who.addWidget(self.owner_combo)
        who.addWidget(self.owner_other_edit, 1)
        self.owner_row = QWidget()
        self.owner_row.setLayout(who)
        self.owner_row.setFocusProxy(self.owner_combo)
        for text, name, field in (
            (self.tr("What"), "action_what_label", self.what_edit),
            (self.tr("Who"), "action_owner_label", self.owner_row),
            (self.tr("Together with"), "action_joint_label", self.joint_list),
            (self.tr("By when"), "action_due_label", self.due_field),
            (self.tr("Safety goal"), "action_goal_label", self.goal_combo),
            (self.tr("For"), "action_for_label", self.children_row),
            (self.tr("Status"), "action_status_label", self.status_combo),
        ):
            row_label = QLabel(text)
            row_label.setObjectName(name)  # plain words find it by this name
            row_label.setBuddy(field)  # as addRow(text, field) would
            (form if name in LEFT_COLUMN else second_form).addRow(row_label, field)
        self._for_row_label = form.labelForField(self.children_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.editor, 2)

        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.add_button.clicked.connect(self._on_add)
        self.remove_button.clicked.connect(self._on_remove)
        self.what_edit.textChanged.connect(self._on_text_changed)
        self.due_field.value_changed.connect(self._on_field_changed)
        self.owner_combo.currentIndexChanged.connect(self._on_owner_changed)
        self.owner_other_edit.textEdited.connect(self._on_text_changed)
        self.joint_list.itemChanged.connect(self._on_field_changed)
        self.goal_combo.currentIndexChanged.connect(self._on_field_changed)
        self.status_combo.currentIndexChanged.connect(self._on_field_changed)
        self._selected_id: int | None = None
        self._last_due: dt.date | None = None
        self.refresh()

    def column_titles(self) -> list[str]:
        return [
            self.tr("No."),
            self.tr("What"),
            self.tr("Who"),
            self.tr("By when"),
            self.tr("Goal"),
            self.tr("For"),
            self.tr("From"),
            self.tr("Status"),
        ]

    def carried_remove_tip(self) -> str:
        return self.tr(
            "This action was carried from the last meeting, so it is not removed: review it "
            "instead in the step “Review of the plan” (done, partly done, not done or no longer "
            "needed)."
        )

    def refresh(self) -> None:
        self._loading = True
        try:
            meeting, family = self.controller.meeting, self.controller.family
            ids = [a.id for a in meeting.actions]
            if self._selected_id not in ids:
                self._selected_id = ids[-1] if ids else None
            self.owner_combo.clear()
            self.owner_combo.addItem(self.tr("Choose a person"), None)
            self.owner_combo.addItem(self.tr("The family as a whole"), OWNER_FAMILY)
            self.joint_list.clear()
            for person in family.people:
                label = f"{person.name} ({person.role})" if person.role else person.name
                self.owner_combo.addItem(label, person.id)
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, person.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.joint_list.addItem(item)
            self.owner_combo.addItem(self.tr("Someone not in the network"), OWNER_OTHER)
            self.goal_combo.clear()
            self.goal_combo.addItem(self.tr("No particular goal"), None)
            for index, statement in enumerate(meeting.statements, start=1):
                self.goal_combo.addItem(
                    self.tr("Safety goal {number}: {goal}").format(
                        number=index, goal=elide(statement.safety_goal, 60)
                    ),
                    statement.id,
                )
            self._build_child_boxes()
            self.table.setRowCount(len(meeting.actions))
            for row, action in enumerate(meeting.actions):
                self._fill_row(row, action)
            for column in range(COLUMN_COUNT):
                if column != 1:
                    self.table.resizeColumnToContents(column)
            self._size_lists()
            # Large text (above 125%) has no room for two columns: one, under each other.
            app = QApplication.instance()
            large = isinstance(app, QApplication) and current_scale(app) > 1.25
            self._form_columns.setDirection(
                QBoxLayout.Direction.TopToBottom if large else QBoxLayout.Direction.LeftToRight
            )
            if self._selected_id is not None:
                self.table.selectRow(ids.index(self._selected_id))
            self._load_editor()
        finally:
            self._loading = False
        self.apply_editable()
        self._update_remove_button()

    def _size_lists(self) -> None:
        """The table as tall as its actions (two to five rows; more scroll), the joint owners'
        list as tall as the network (up to ten names): no empty space above the form, and no
        scroll bar beside the page's own for an ordinary network."""
        frame = 2 * self.table.frameWidth()
        row = self.table.verticalHeader().defaultSectionSize()
        rows = min(max(self.table.rowCount(), 2), 5)
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + rows * row + frame + 2)
        count = self.joint_list.count()
        line = self.joint_list.sizeHintForRow(0) if count else self.fontMetrics().lineSpacing()
        shown = min(max(count, 1), 10)
        self.joint_list.setFixedHeight(shown * line + 2 * self.joint_list.frameWidth() + 2)

    def _build_child_boxes(self) -> None:
        """One "For" box per child; none for a family of one child, where it is moot."""
        children = self.controller.family.children
        if list(self.child_boxes) == [c.id for c in children]:
            return
        while self._children_layout.count():
            taken = self._children_layout.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None and widget is not self.children_label:
                widget.deleteLater()
        self.child_boxes = {}
        for child in children:
            box = QCheckBox(child.name)
            box.setObjectName(f"action_child_{child.id}")
            box.setAccessibleName(self.tr("For {name}").format(name=child.name))
            box.toggled.connect(self._on_field_changed)
            self.child_boxes[child.id] = box
            self._children_layout.addWidget(box)
        self._children_layout.addWidget(self.children_label, 1)
        several = len(children) > 1
        self.children_row.setVisible(several)
        if self._for_row_label is not None:
            self._for_row_label.setVisible(several)

    def _update_remove_button(self) -> None:
        """A carried action cannot be removed (storage refuses it); the button says why."""
        action = self._action()
        carried = action is not None and action.is_carried
        removable = action is not None and not carried
        self.remove_button.setEnabled(self.controller.editable and removable)
        self.remove_button.setToolTip(self.carried_remove_tip() if carried else "")

    def _fill_row(self, row: int, action: Action) -> None:
        for column, (value, tip) in enumerate(self._row_cells(row, action)):
            item = QTableWidgetItem(value)
            item.setData(Qt.ItemDataRole.UserRole, action.id)
            if tip is not None:
                item.setToolTip(tip)
            self.table.setItem(row, column, item)

    def _update_row(self, row: int, action: Action) -> None:
        """The cells of one row that an edit changed, and only those (typing is not slowed
        by the length of the plan)."""
        for column, (value, tip) in enumerate(self._row_cells(row, action)):
            item = self.table.item(row, column)
            if item is None:
                self._fill_row(row, action)
                return
            if item.text() != value:
                item.setText(value)
            if tip is not None and item.toolTip() != tip:
                item.setToolTip(tip)

    def _row_cells(self, row: int, action: Action) -> list[tuple[str, str | None]]:
        """Each cell's text and tooltip (None: no tooltip)."""
        family, meeting = self.controller.family, self.controller.meeting
        goals = {
            s.id: self.tr("Goal {number}").format(number=i)
            for i, s in enumerate(meeting.statements, start=1)
        }
        carried_from = (
            self.tr("Carried from the meeting on {date}").format(
                date=self._carried.action_source(action.carried_from_id)
            )
            if action.is_carried
            else self.tr("Agreed at this meeting")
        )
        values = (
            str(row + 1),
            elide(action.what, 120) or self.tr("(not written yet)"),
            elide(owners_text(action, family, missing=""), 36),
            format_short_date(action.due_date),
            goals.get(action.goal_statement_id, "") if action.goal_statement_id else "",
            first_names(family, action.child_ids),
            self.tr("Last time") if action.is_carried else self.tr("New"),
            action.status.label,
        )
        tips: dict[int, str] = {
            2: owners_text(action, family, missing=""),
            5: self.tr("For {children}").format(children=children_text(family, action.child_ids)),
            6: carried_from,
        }
        return [(value, tips.get(column)) for column, value in enumerate(values)]

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
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(_owner_choice(action))))
        if self.owner_other_edit.text() != action.owner_other:
            self.owner_other_edit.setText(action.owner_other)
        self._show_owner_other()
        for row in range(self.joint_list.count()):
            item = self.joint_list.item(row)
            person_id = item.data(Qt.ItemDataRole.UserRole)
            item.setCheckState(
                Qt.CheckState.Checked
                if person_id in action.joint_owner_ids
                else Qt.CheckState.Unchecked
            )
        self.goal_combo.setCurrentIndex(max(0, self.goal_combo.findData(action.goal_statement_id)))
        self.status_combo.setCurrentIndex(self.status_combo.findData(action.status))
        self.due_field.set_value(action.due_date)
        self._last_due = action.due_date
        for child_id, box in self.child_boxes.items():
            box.setChecked(child_id in action.child_ids)
        self._loading = was_loading
        self._show_notes(action)

    def _show_notes(self, action: Action) -> None:
        if action.is_carried:
            self.carried_label.setText(
                self.tr(
                    "Carried from the meeting on {date}. It stays in the plan until it is "
                    "reviewed in “Review of the plan”, so it cannot be removed here. Changing it "
                    "changes only this meeting's record."
                ).format(date=self._carried.action_source(action.carried_from_id))
            )
        else:
            self.carried_label.setText(self.tr("Agreed at this meeting."))
        self.children_label.setText(
            self.tr("For {children} only.").format(
                children=children_text(self.controller.family, action.child_ids)
            )
            if action.child_ids
            else self.tr("No child ticked, so it is for every child.")
        )

    def _edited_action(self) -> Action | None:
        if self._selected_id is None:
            return None
        current = self._action()
        if current is None:
            return None
        if self.due_field.is_valid:
            self._last_due = self.due_field.value()
        # replace() keeps what this form does not show (the review's work done and difference
        # for the child, the carried mark): saving the form must not wipe them.
        choice = self.owner_combo.currentData()
        owner_id = choice if isinstance(choice, int) else None
        joint = []
        for row in range(self.joint_list.count()):
            item = self.joint_list.item(row)
            person_id = item.data(Qt.ItemDataRole.UserRole)
            if item.checkState() is Qt.CheckState.Checked and person_id != owner_id:
                joint.append(person_id)
        return replace(
            current,
            what=self.what_edit.toPlainText(),
            owner_id=owner_id,
            owner_family=choice == OWNER_FAMILY,
            owner_other=self.owner_other_edit.text() if choice == OWNER_OTHER else "",
            joint_owner_ids=tuple(joint),
            due_date=self._last_due,
            goal_statement_id=self.goal_combo.currentData(),
            status=self.status_combo.currentData(),
            child_ids=tuple(cid for cid, box in self.child_boxes.items() if box.isChecked()),
        )

    def _save(self, *, now: bool) -> None:
        action = self._edited_action()
        if action is None:
            return
        row = self.table.currentRow()
        if row >= 0:
            self._update_row(row, action)
        self._show_notes(action)
        meetings = self.controller.ctx.meetings
        self.controller.save_later(
            f"action-{action.id}",
            lambda: meetings.update_action(action),
            patch=edits.update_action(action),
        )
        if now:
            self.controller.flush()

    def _on_text_changed(self) -> None:
        if not self.loading:
            self._save(now=False)

    def _on_field_changed(self) -> None:
        if not self.loading:
            self._save(now=True)

    def _on_owner_changed(self) -> None:
        self._show_owner_other()
        if not self.loading and self.owner_combo.currentData() == OWNER_OTHER:
            self.owner_other_edit.setFocus()
        self._on_field_changed()

    def _show_owner_other(self) -> None:
        """The name box is for someone not in the network, and shows only when they are chosen.
        The person chosen under "Who" cannot be ticked again under "Together with"."""
        choice = self.owner_combo.currentData()
        self.owner_other_edit.setVisible(choice == OWNER_OTHER)
        was_loading, self._loading = self._loading, True
        try:
            for row in range(self.joint_list.count()):
                item = self.joint_list.item(row)
                first = item.data(Qt.ItemDataRole.UserRole) == choice
                flags = item.flags()
                item.setFlags(
                    flags & ~Qt.ItemFlag.ItemIsEnabled if first else flags | Qt.ItemFlag.ItemIsEnabled
                )
                item.setToolTip(self.tr("Chosen under “Who” already.") if first else "")
        finally:
            self._loading = was_loading

    def _on_selection_changed(self) -> None:
        if self.loading:
            return
        self.controller.flush()
        item = self.table.item(self.table.currentRow(), 0)
        self._selected_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        self._load_editor()
        self._update_remove_button()

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
        if action.is_carried:
            # The button is disabled for these; say why if it is reached another way.
            self.controller.ctx.prompts.error(self, self.tr("Remove action"), self.carried_remove_tip())
            return
        row = self.controller.meeting.actions.index(action) + 1
        if not self.controller.ctx.prompts.confirm(
            self,
            self.tr("Remove action"),
            self.tr("Remove action {number} from the plan?").format(number=row),
            yes=self.tr("Remove"),
        ):
            return
        self.controller.flush()
        meetings = self.controller.ctx.meetings
        self.controller.change(lambda: meetings.remove_action(action.id), structural=True)


def _owner_choice(action: Action) -> int | str | None:
    """The "Who" choice that shows an action's first owner."""
    if action.owner_family:
        return OWNER_FAMILY
    if action.owner_other.strip():
        return OWNER_OTHER
    return action.owner_id
