"""The families list and one family's children, network and meetings."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chair_app.core.dates import format_short_date
from chair_app.core.deadlines import DeadlineState
from chair_app.core.domain import Family, MeetingStatus
from chair_app.core.rules import RuleViolation
from chair_app.models.errors import NotFound, PersonInRecord, StorageUnavailable
from chair_app.ui.context import AppContext
from chair_app.ui.dialogs import ChildDialog, FamilyDialog, MeetingSetupDialog, PersonDialog
from chair_app.ui.steps.base import heading_label

FAMILY_ERRORS = (RuleViolation, PersonInRecord, StorageUnavailable, NotFound)


def _table(name: str, accessible: str, headers: tuple[str, ...]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


def _button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    return button


class FamilyPage(QWidget):
    """Signals:
    meeting_opened(int): the user opened a meeting (its id).
    export_requested(int): the user asked to export a closed meeting's minutes.
    """

    meeting_opened = Signal(int)
    export_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("family_page")
        self.ctx = ctx
        self.family: Family | None = None

        self.family_list = QListWidget()
        self.family_list.setObjectName("family_list")
        self.family_list.setAccessibleName("Families")
        self.new_family_button = _button("New family…", "new_family_button")
        self.rename_family_button = _button("Rename…", "rename_family_button")

        self.family_title = QLabel()
        self.family_title.setObjectName("family_title_label")
        font = self.family_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.family_title.setFont(font)
        self.empty_label = QLabel("No families yet. Press New family to add one.")
        self.empty_label.setObjectName("no_family_label")

        self.meetings_table = _table("meetings_table", "Meetings", ("Date", "Meeting", "Status"))
        self.deadlines_table = _table(
            "deadlines_table", "Due next and overdue", ("By", "What", "Where it stands")
        )
        self.deadlines_table.setWordWrap(True)
        self.deadlines_table.setMinimumHeight(120)
        self.new_meeting_button = _button("New meeting…", "new_meeting_button")
        self.open_meeting_button = _button("Open meeting", "open_meeting_button")
        self.export_button = _button("Export minutes…", "family_export_button")
        self.children_table = _table(
            "children_table", "Children", ("Name", "Date of birth", "Plan", "Categories")
        )
        self.add_child_button = _button("Add child…", "add_child_button")
        self.edit_child_button = _button("Edit child…", "edit_child_button")
        self.remove_child_button = _button("Remove child", "remove_child_button")
        self.people_table = _table(
            "people_table", "Network", ("Name", "Role", "Agency", "Professional", "Phone", "Email")
        )
        self.add_person_button = _button("Add person…", "add_person_button")
        self.edit_person_button = _button("Edit person…", "edit_person_button")
        self.remove_person_button = _button("Remove person", "remove_person_button")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(heading_label("Families"))
        left_layout.addWidget(self.family_list, 1)
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(self.new_family_button)
        left_buttons.addWidget(self.rename_family_button)
        left_layout.addLayout(left_buttons)

        self.detail = QWidget()
        detail = QVBoxLayout(self.detail)
        detail.addWidget(self.family_title)
        for title, table, stretch, buttons in (
            ("Due next and overdue", self.deadlines_table, 1, ()),
            ("Meetings", self.meetings_table, 2,
             (self.new_meeting_button, self.open_meeting_button, self.export_button)),
            ("Children", self.children_table, 1,
             (self.add_child_button, self.edit_child_button, self.remove_child_button)),
            ("Network", self.people_table, 3,
             (self.add_person_button, self.edit_person_button, self.remove_person_button)),
        ):
            detail.addWidget(heading_label(title))
            detail.addWidget(table, stretch)
            if buttons:
                row = QHBoxLayout()
                for button in buttons:
                    row.addWidget(button)
                row.addStretch(1)
                detail.addLayout(row)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.empty_label)
        right_layout.addWidget(self.detail, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.family_list.currentRowChanged.connect(self._on_family_selected)
        self.new_family_button.clicked.connect(self._on_new_family)
        self.rename_family_button.clicked.connect(self._on_rename_family)
        self.new_meeting_button.clicked.connect(self._on_new_meeting)
        self.open_meeting_button.clicked.connect(self._on_open_meeting)
        self.meetings_table.itemDoubleClicked.connect(lambda _item: self._on_open_meeting())
        self.meetings_table.itemSelectionChanged.connect(self._update_buttons)
        self.export_button.clicked.connect(self._on_export)
        self.add_child_button.clicked.connect(lambda: self._edit_child(None))
        self.edit_child_button.clicked.connect(self._on_edit_child)
        self.remove_child_button.clicked.connect(self._on_remove_child)
        self.add_person_button.clicked.connect(lambda: self._edit_person(None))
        self.edit_person_button.clicked.connect(self._on_edit_person)
        self.remove_person_button.clicked.connect(self._on_remove_person)
        self.children_table.itemSelectionChanged.connect(self._update_buttons)
        self.people_table.itemSelectionChanged.connect(self._update_buttons)
        self.reload_families()

    # Families

    def reload_families(self, select_id: int | None = None) -> None:
        if select_id is None and self.family is not None:
            select_id = self.family.id
        summaries = self.ctx.families.list_families()
        self.family_list.blockSignals(True)
        self.family_list.clear()
        for summary in summaries:
            children = ", ".join(summary.child_names)
            item = QListWidgetItem(f"{summary.name}\n{children}" if children else summary.name)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            self.family_list.addItem(item)
        self.family_list.blockSignals(False)
        ids = [s.id for s in summaries]
        row = ids.index(select_id) if select_id in ids else (0 if ids else -1)
        self.family_list.setCurrentRow(row)
        self._on_family_selected(row)

    def select_family(self, family_id: int) -> None:
        self.reload_families(family_id)

    def _on_family_selected(self, row: int) -> None:
        item = self.family_list.item(row) if row >= 0 else None
        self.family = self.ctx.families.get_family(item.data(Qt.ItemDataRole.UserRole)) if item else None
        self._show_family()

    def refresh_family(self) -> None:
        if self.family is not None:
            self.family = self.ctx.families.get_family(self.family.id)
        self._show_family()

    def _show_family(self) -> None:
        family = self.family
        self.detail.setVisible(family is not None)
        self.empty_label.setVisible(family is None)
        self.rename_family_button.setEnabled(family is not None)
        if family is None:
            return
        self.family_title.setText(family.name)
        meetings = list(reversed(family.meetings))
        self.meetings_table.setRowCount(len(meetings))
        for row, meeting in enumerate(meetings):
            for column, text in enumerate(
                (format_short_date(meeting.date), meeting.meeting_type.label, meeting.status.label)
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, meeting.id)
                self.meetings_table.setItem(row, column, item)
        if meetings:
            self.meetings_table.selectRow(0)
        self._show_deadlines(family)
        self.children_table.setRowCount(len(family.children))
        for row, child in enumerate(family.children):
            values = (
                child.name,
                format_short_date(child.date_of_birth),
                child.plan.label,
                ", ".join(c.label for c in child.categories),
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, child.id)
                self.children_table.setItem(row, column, item)
        self.people_table.setRowCount(len(family.people))
        for row, person in enumerate(family.people):
            values = (
                person.name,
                person.role,
                person.agency,
                "Yes" if person.is_professional else "No",
                person.phone,
                person.email,
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, person.id)
                self.people_table.setItem(row, column, item)
        self._update_buttons()

    def _show_deadlines(self, family: Family) -> None:
        deadlines = self.ctx.schedule.family_deadlines(family.id, self.ctx.today())
        self.deadlines_table.setRowCount(len(deadlines))
        for row, deadline in enumerate(deadlines):
            values = (
                format_short_date(deadline.due.latest_date),
                deadline.what,
                f"{deadline.state.label}. {deadline.detail}",
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                # The rule behind the date, for the chair who wants to check it.
                item.setToolTip(deadline.due.explanation)
                if deadline.state in (DeadlineState.OVERDUE, DeadlineState.SCHEDULED_LATE):
                    item.setForeground(QColor("#a40000"))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.deadlines_table.setItem(row, column, item)
        if not deadlines:
            self.deadlines_table.setRowCount(1)
            self.deadlines_table.setItem(0, 1, QTableWidgetItem("Nothing is due yet."))
        header = self.deadlines_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.deadlines_table.resizeRowsToContents()

    @staticmethod
    def _selected_id(table: QTableWidget) -> int | None:
        item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def selected_meeting_id(self) -> int | None:
        return self._selected_id(self.meetings_table)

    def _update_buttons(self) -> None:
        meeting_id = self.selected_meeting_id()
        summary = next(
            (m for m in (self.family.meetings if self.family else ()) if m.id == meeting_id), None
        )
        self.open_meeting_button.setEnabled(summary is not None)
        if summary is not None and summary.status is MeetingStatus.DRAFT:
            self.open_meeting_button.setText("Open meeting (not started)")
        else:
            self.open_meeting_button.setText("Open meeting")
        self.export_button.setEnabled(summary is not None and summary.status is MeetingStatus.CLOSED)
        self.edit_child_button.setEnabled(self._selected_id(self.children_table) is not None)
        self.remove_child_button.setEnabled(self._selected_id(self.children_table) is not None)
        self.edit_person_button.setEnabled(self._selected_id(self.people_table) is not None)
        self.remove_person_button.setEnabled(self._selected_id(self.people_table) is not None)

    def _guarded(self, title: str, action: object) -> bool:
        try:
            action()  # type: ignore[operator]
        except FAMILY_ERRORS as error:
            self.ctx.prompts.error(self, title, str(error))
            return False
        return True

    def _on_new_family(self) -> None:
        dialog = FamilyDialog(self)
        dialog.setObjectName("family_dialog")

        def accepted() -> None:
            new_id: list[int] = []
            if self._guarded("New family", lambda: new_id.append(self.ctx.families.create_family(dialog.name()))):
                self.reload_families(new_id[0])

        dialog.accepted.connect(accepted)
        dialog.open()

    def _on_rename_family(self) -> None:
        family = self.family
        if family is None:
            return
        dialog = FamilyDialog(self, family.name)
        dialog.setObjectName("family_dialog")

        def accepted() -> None:
            if self._guarded("Rename family", lambda: self.ctx.families.rename_family(family.id, dialog.name())):
                self.reload_families(family.id)

        dialog.accepted.connect(accepted)
        dialog.open()

    # Meetings

    def _on_new_meeting(self) -> None:
        family = self.family
        if family is None:
            return
        if len(family.people) < 2:
            self.ctx.prompts.error(
                self,
                "New meeting",
                "Add the people in the network first: a meeting needs a chair and a "
                "minute-taker, who are two different people.",
            )
            return
        dialog = MeetingSetupDialog(self, family, self.ctx.today())
        dialog.setObjectName("meeting_setup_dialog")

        def accepted() -> None:
            meeting_type, date, time, venue, chair, minutes = dialog.values()
            new_id: list[int] = []
            if self._guarded(
                "New meeting",
                lambda: new_id.append(
                    self.ctx.meetings.create_meeting(family.id, meeting_type, date, time, venue, chair, minutes)
                ),
            ):
                self.refresh_family()
                self.meeting_opened.emit(new_id[0])

        dialog.accepted.connect(accepted)
        dialog.open()

    def _on_open_meeting(self) -> None:
        meeting_id = self.selected_meeting_id()
        if meeting_id is not None:
            self.meeting_opened.emit(meeting_id)

    def _on_export(self) -> None:
        meeting_id = self.selected_meeting_id()
        if meeting_id is not None:
            self.export_requested.emit(meeting_id)

    # Children and people

    def _edit_child(self, child_id: int | None) -> None:
        family = self.family
        if family is None:
            return
        child = next((c for c in family.children if c.id == child_id), None)
        dialog = ChildDialog(self, child)
        dialog.setObjectName("child_dialog")

        def accepted() -> None:
            if self._guarded("Child", lambda: self.ctx.families.save_child(family.id, dialog.child())):
                self.reload_families(family.id)

        dialog.accepted.connect(accepted)
        dialog.open()

    def _on_edit_child(self) -> None:
        child_id = self._selected_id(self.children_table)
        if child_id is not None:
            self._edit_child(child_id)

    def _on_remove_child(self) -> None:
        family, child_id = self.family, self._selected_id(self.children_table)
        child = next((c for c in family.children if c.id == child_id), None) if family else None
        if family is None or child is None:
            return
        if self.ctx.prompts.confirm(self, "Remove child", f"Remove {child.name} from this family?", yes="Remove"):
            if self._guarded("Remove child", lambda: self.ctx.families.remove_child(child.id)):
                self.reload_families(family.id)

    def _edit_person(self, person_id: int | None) -> None:
        family = self.family
        if family is None:
            return
        person = family.person(person_id)
        dialog = PersonDialog(self, person)
        dialog.setObjectName("person_dialog")

        def accepted() -> None:
            if self._guarded("Person", lambda: self.ctx.families.save_person(family.id, dialog.person())):
                self.refresh_family()

        dialog.accepted.connect(accepted)
        dialog.open()

    def _on_edit_person(self) -> None:
        person_id = self._selected_id(self.people_table)
        if person_id is not None:
            self._edit_person(person_id)

    def _on_remove_person(self) -> None:
        family, person_id = self.family, self._selected_id(self.people_table)
        person = family.person(person_id) if family else None
        if family is None or person is None:
            return
        if self.ctx.prompts.confirm(
            self, "Remove person", f"Remove {person.name} from the network?", yes="Remove"
        ):
            if self._guarded("Remove person", lambda: self.ctx.families.remove_person(person.id)):
                self.refresh_family()
