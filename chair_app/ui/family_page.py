"""The families list and one family's children, network and meetings."""

from __future__ import annotations

import copy
import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chair_app.core.children import born_or_expected, describe_child
from chair_app.core.dates import format_short_date
from chair_app.core.deadlines import DeadlineState
from chair_app.core.domain import Child, Family, MeetingStatus, MeetingSummary
from chair_app.core.errors import NotFound, PersonInRecord, StorageUnavailable
from chair_app.core.rules import RuleViolation
from chair_app.ui.context import AppContext
from chair_app.ui.dialogs import (
    BirthDialog,
    ChildDialog,
    FamilyDialog,
    MeetingSetupDialog,
    PersonDialog,
)
from chair_app.ui.fitted_table import filling, fitted_table, named_button
from chair_app.ui.glossary_dialog import explain
from chair_app.ui.minutes_language import add_copy_language_choice, save_copy_language
from chair_app.ui.steps.base import heading_label

if TYPE_CHECKING:
    from chair_app.core.deadlines import Deadline
    from chair_app.services.families import ChronologyEntry

logger = logging.getLogger(__name__)

DECISIONS_COLUMN, NEXT_DATE_COLUMN = 3, 4

FAMILY_ERRORS = (RuleViolation, PersonInRecord, StorageUnavailable, NotFound)


class FamilyPage(QWidget):
    """Signals:
    meeting_opened(int): the user opened a meeting (its id).
    export_requested(int): the user asked to export a closed meeting's minutes.
    deadlines_shown(): the shown family's deadlines are worked out and filled in.
    """

    meeting_opened = Signal(int)
    export_requested = Signal(int)
    deadlines_shown = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("family_page")
        self.ctx = ctx
        self.family: Family | None = None
        self._chronology_request = 0  # the latest; older answers are dropped
        self._deadlines_request = 0  # likewise

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("family_search_edit")
        self.search_edit.setAccessibleName(self.tr("Find a family by anyone's name"))
        self.search_edit.setPlaceholderText(self.tr("Find by a child's or adult's name"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_empty_label = QLabel()
        self.search_empty_label.setObjectName("family_search_empty_label")
        self.search_empty_label.setWordWrap(True)
        self.search_empty_label.hide()
        self.family_list = QListWidget()
        self.family_list.setObjectName("family_list")
        self.family_list.setAccessibleName(self.tr("Families"))
        self.family_list.setWordWrap(True)
        self.new_family_button = named_button(self.tr("New family…"), "new_family_button")
        self.rename_family_button = named_button(self.tr("Rename…"), "rename_family_button")

        self.family_title = QLabel()
        self.family_title.setObjectName("family_title_label")
        font = self.family_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.family_title.setFont(font)
        self.empty_label = QLabel(self.tr("No families yet. Press New family to add one."))
        self.empty_label.setObjectName("no_family_label")

        self.meetings_table = fitted_table(
            "meetings_table",
            self.tr("Chronology of meetings"),
            (self.tr("Date"), self.tr("Meeting"), self.tr("Status"), self.tr("Decisions"),
             self.tr("Next date")),
            wrapped=(DECISIONS_COLUMN,),
        )
        self.deadlines_table = fitted_table(
            "deadlines_table",
            self.tr("Due next and overdue"),
            (self.tr("By"), self.tr("What"), self.tr("Where it stands")),
            (1, 2),
        )
        self.new_meeting_button = named_button(self.tr("New meeting…"), "new_meeting_button")
        self.open_meeting_button = named_button(self.tr("Open meeting"), "open_meeting_button")
        self.export_button = named_button(self.tr("Export minutes…"), "family_export_button")
        self.children_table = fitted_table(
            "children_table",
            self.tr("Children"),
            (self.tr("Name"), self.tr("Date of birth"), self.tr("Plan"), self.tr("Categories")),
            wrapped=(3,),
        )
        self.add_child_button = named_button(self.tr("Add child…"), "add_child_button")
        self.edit_child_button = named_button(self.tr("Edit child…"), "edit_child_button")
        self.remove_child_button = named_button(self.tr("Remove child"), "remove_child_button")
        self.record_birth_button = named_button(self.tr("Record the birth…"), "record_birth_button")
        self.record_birth_button.setAccessibleName(
            self.tr("Record the birth of the selected child, who is not born yet")
        )
        self.people_table = fitted_table(
            "people_table",
            self.tr("Network"),
            (self.tr("Name"), self.tr("Role"), self.tr("Agency"), self.tr("Professional"),
             self.tr("Phone"), self.tr("Email")),
            wrapped=(1, 2, 5),
            rows_shown=4,
        )
        self.add_person_button = named_button(self.tr("Add person…"), "add_person_button")
        self.edit_person_button = named_button(self.tr("Edit person…"), "edit_person_button")
        self.remove_person_button = named_button(self.tr("Remove person"), "remove_person_button")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(heading_label(self.tr("Families")))
        left_layout.addWidget(self.search_edit)
        left_layout.addWidget(self.search_empty_label)
        left_layout.addWidget(self.family_list, 1)
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(self.new_family_button)
        left_buttons.addWidget(self.rename_family_button)
        left_layout.addLayout(left_buttons)

        self.detail = QWidget()
        detail = QVBoxLayout(self.detail)
        detail.addWidget(self.family_title)
        for title, table, stretch, buttons in (
            (self.tr("Due next and overdue"), self.deadlines_table, 1, ()),
            (self.tr("Meetings, newest first"), self.meetings_table, 2,
             (self.new_meeting_button, self.open_meeting_button, self.export_button)),
            (self.tr("Children"), self.children_table, 1,
             (self.add_child_button, self.edit_child_button, self.record_birth_button,
              self.remove_child_button)),
            (self.tr("Network"), self.people_table, 3,
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
        # At large text the tables need more height than the window has: the family's details
        # scroll as one page instead of each table shrinking to a sliver.
        detail_scroll = QScrollArea()
        detail_scroll.setObjectName("family_detail_scroll")
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        detail_scroll.setWidget(self.detail)
        self.detail_scroll = detail_scroll
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.empty_label)
        right_layout.addWidget(detail_scroll, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.family_list.currentRowChanged.connect(self._on_family_selected)
        self.search_edit.textChanged.connect(self._on_search_changed)
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
        self.record_birth_button.clicked.connect(self._on_record_birth)
        self.add_person_button.clicked.connect(lambda: self._edit_person(None))
        self.edit_person_button.clicked.connect(self._on_edit_person)
        self.remove_person_button.clicked.connect(self._on_remove_person)
        self.children_table.itemSelectionChanged.connect(self._update_buttons)
        self.people_table.itemSelectionChanged.connect(self._update_buttons)
        self.reload_families()

    # Families

    def reload_families(self, select_id: int | None = None) -> None:
        """Fill the families list (those the search finds) and show the selected family."""
        if select_id is None and self.family is not None:
            select_id = self.family.id
        text = self.search_edit.text()
        matches = self.ctx.families.search(text)
        self.family_list.blockSignals(True)
        self.family_list.clear()
        for match in matches:
            summary = match.summary
            lines = [summary.name]
            if summary.child_names:
                lines.append(", ".join(summary.child_names))
            shown = (summary.name, *summary.child_names)
            found = [n for n in match.matched_names if n not in shown]
            if found:
                lines.append(self.tr("Found: {names}").format(names=", ".join(found)))
            item = QListWidgetItem("\n".join(lines))
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            self.family_list.addItem(item)
        self.family_list.blockSignals(False)
        searching = bool(text.strip())
        self.search_empty_label.setVisible(searching and not matches)
        if searching and not matches:
            self.search_empty_label.setText(
                self.tr("No family has a child or adult called “{name}”.").format(name=text.strip())
            )
        if searching:
            self.empty_label.setText(
                self.tr("No family matches the search. Clear the search to see every family.")
            )
        else:
            self.empty_label.setText(self.tr("No families yet. Press New family to add one."))
        ids = [m.summary.id for m in matches]
        row = ids.index(select_id) if select_id in ids else (0 if ids else -1)
        # Shown once: the list's own selection signal is held back while the row is set.
        self.family_list.blockSignals(True)
        self.family_list.setCurrentRow(row)
        self.family_list.blockSignals(False)
        self._on_family_selected(row)

    def select_family(self, family_id: int) -> None:
        self._clear_search()
        self.reload_families(family_id)

    def _clear_search(self) -> None:
        """Forget the search without reloading: the caller reloads, showing every family."""
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)

    def _on_search_changed(self, _text: str) -> None:
        self.reload_families()

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
        self.detail_scroll.setVisible(family is not None)
        self.empty_label.setVisible(family is None)
        self.rename_family_button.setEnabled(family is not None)
        if family is None:
            return
        self.family_title.setText(family.name)
        self._show_deadlines(family)  # asked for first: what is overdue matters most
        self._show_chronology(family)
        self.children_table.setRowCount(len(family.children))
        for row, child in enumerate(family.children):
            values: tuple[str, ...] = (
                child.name,
                born_or_expected(child),
                child.plan.label,
                ", ".join(c.label for c in child.categories),
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, child.id)
                # Jargon (e.g. "Child in need plan") explained; the name gives the whole child.
                item.setToolTip(describe_child(child) if column == 0 else explain(text))
                self.children_table.setItem(row, column, item)
        self.people_table.setRowCount(len(family.people))
        for row, person in enumerate(family.people):
            values = (
                person.name,
                person.role,
                person.agency,
                self.tr("Yes") if person.is_professional else self.tr("No"),
                person.phone,
                person.email,
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, person.id)
                self.people_table.setItem(row, column, item)
        self.children_table.fit()
        self.people_table.fit()
        self._update_buttons()

    def _show_chronology(self, family: Family) -> None:
        """The family's meetings, newest first, at once; what each decided and the next date
        follow from the background (reading years of records takes a moment)."""
        meetings: list[MeetingSummary] = list(reversed(family.meetings))
        table = self.meetings_table
        with filling(table):
            table.setRowCount(len(meetings))
            for row, meeting in enumerate(meetings):
                values = (
                    format_short_date(meeting.date),
                    meeting.meeting_type.label,
                    meeting.status.label,
                    "",
                    "",
                )
                for column, text in enumerate(values):
                    item = QTableWidgetItem(text)
                    item.setData(Qt.ItemDataRole.UserRole, meeting.id)
                    item.setToolTip(explain(text))  # e.g. "Core Group" explained on hover
                    table.setItem(row, column, item)
        if meetings:
            table.selectRow(0)
        self._chronology_request += 1
        request, families, family_id = self._chronology_request, self.ctx.families, family.id

        def done(entries: object) -> None:
            assert isinstance(entries, tuple)
            if shiboken6.isValid(self) and request == self._chronology_request:
                self._show_decisions(entries)

        def failed(error: BaseException) -> None:
            # The dates and statuses are shown; only the summaries are missing.
            logger.error("family %s: chronology not read: %s", family_id, type(error).__name__)

        self.ctx.background.run(lambda: families.chronology(family_id), done, failed)

    def _show_decisions(self, entries: tuple[ChronologyEntry, ...]) -> None:
        by_meeting = {entry.meeting.id: entry for entry in entries}
        table = self.meetings_table
        with filling(table):
            for row in range(table.rowCount()):
                first = table.item(row, 0)
                entry = by_meeting.get(first.data(Qt.ItemDataRole.UserRole)) if first else None
                if entry is None:
                    continue
                decided = "\n".join(entry.decisions)
                if not decided and entry.meeting.status is MeetingStatus.CLOSED:
                    decided = self.tr("No decisions recorded")
                for column, text in (
                    (DECISIONS_COLUMN, decided),
                    (NEXT_DATE_COLUMN, format_short_date(entry.next_date)),
                ):
                    item = QTableWidgetItem(text)
                    item.setData(Qt.ItemDataRole.UserRole, entry.meeting.id)
                    if column == DECISIONS_COLUMN and decided:
                        item.setToolTip(decided)
                    table.setItem(row, column, item)

    def _show_deadlines(self, family: Family) -> None:
        """What is due, worked out off the main thread (it reads every meeting's record): until
        it is known the table says so, never showing deadlines that may be out of date."""
        self._deadlines_request += 1
        request, family_id, today = self._deadlines_request, family.id, self.ctx.today()
        self.deadlines_table.setRowCount(1)
        for column, text in enumerate(("", self.tr("Working out what is due…"), "")):
            self.deadlines_table.setItem(0, column, QTableWidgetItem(text))
        self.deadlines_table.fit()
        # A copy of its own: the service keeps the policy it is using while it works.
        schedule = copy.copy(self.ctx.schedule)

        def done(deadlines: object) -> None:
            assert isinstance(deadlines, tuple)
            if shiboken6.isValid(self) and request == self._deadlines_request:
                self._fill_deadlines(deadlines)

        def failed(error: BaseException) -> None:
            logger.error("family %s: deadlines not worked out: %s", family_id, type(error).__name__)
            if shiboken6.isValid(self) and request == self._deadlines_request:
                self.deadlines_table.setItem(
                    0,
                    1,
                    QTableWidgetItem(
                        self.tr(
                            "What is due could not be worked out. Choose the family again to "
                            "try again."
                        )
                    ),
                )

        self.ctx.background.run(lambda: schedule.family_deadlines(family_id, today), done, failed)

    def _fill_deadlines(self, deadlines: tuple[Deadline, ...]) -> None:
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
            self.deadlines_table.setItem(0, 1, QTableWidgetItem(self.tr("Nothing is due yet.")))
        self.deadlines_table.fit()
        self.deadlines_shown.emit()

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
            self.open_meeting_button.setText(self.tr("Open meeting (not started)"))
        else:
            self.open_meeting_button.setText(self.tr("Open meeting"))
        self.export_button.setEnabled(summary is not None and summary.status is MeetingStatus.CLOSED)
        self.edit_child_button.setEnabled(self._selected_id(self.children_table) is not None)
        self.remove_child_button.setEnabled(self._selected_id(self.children_table) is not None)
        selected_child = self._selected_child()
        self.record_birth_button.setEnabled(selected_child is not None and selected_child.unborn)
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
            if self._guarded(self.tr("New family"), lambda: new_id.append(self.ctx.families.create_family(dialog.name()))):
                self._clear_search()  # else the new family may be hidden by the search
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
            if self._guarded(self.tr("Rename family"), lambda: self.ctx.families.rename_family(family.id, dialog.name())):
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
                self.tr("New meeting"),
                self.tr(
                    "Add the people in the network first: a meeting needs a chair and a "
                    "minute-taker, who are two different people."
                ),
            )
            return
        dialog = MeetingSetupDialog(
            self, family, self.ctx.today(), usual_chair_id=self.ctx.meetings.usual_chair(family.id)
        )
        dialog.setObjectName("meeting_setup_dialog")

        def accepted() -> None:
            meeting_type, date, time, venue, chair, minutes = dialog.values()
            new_id: list[int] = []
            if self._guarded(
                self.tr("New meeting"),
                lambda: new_id.append(
                    self.ctx.meetings.create_meeting(family.id, meeting_type, date, time, venue, chair, minutes)
                ),
            ):
                self.refresh_family()
                self.meeting_opened.emit(new_id[0])

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)  # the next meeting gets a fresh dialog
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
        today = self.ctx.today()
        dialog = ChildDialog(self, child, today)
        dialog.setObjectName("child_dialog")

        def accepted() -> None:
            if self._guarded(
                self.tr("Child"), lambda: self.ctx.families.save_child(family.id, dialog.child(), today)
            ):
                self.reload_families(family.id)

        dialog.accepted.connect(accepted)
        dialog.open()

    def _on_edit_child(self) -> None:
        child_id = self._selected_id(self.children_table)
        if child_id is not None:
            self._edit_child(child_id)

    def _selected_child(self) -> Child | None:
        child_id = self._selected_id(self.children_table)
        family = self.family
        if family is None or child_id is None:
            return None
        return next((c for c in family.children if c.id == child_id), None)

    def _on_record_birth(self) -> None:
        """The baby recorded before the birth is born: the same child gets its name and date
        of birth, so everything recorded about it stays with it."""
        family, child = self.family, self._selected_child()
        if family is None or child is None or not child.unborn:
            return
        today = self.ctx.today()
        dialog = BirthDialog(self, child, today)
        dialog.setObjectName("birth_dialog")

        def accepted() -> None:
            if self._guarded(
                self.tr("Record the birth"),
                lambda: self.ctx.families.record_birth(
                    family.id, child.id, dialog.name(), dialog.date_of_birth(), today
                ),
            ):
                self.reload_families(family.id)

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _on_remove_child(self) -> None:
        family, child_id = self.family, self._selected_id(self.children_table)
        child = next((c for c in family.children if c.id == child_id), None) if family else None
        if family is None or child is None:
            return
        if self.ctx.prompts.confirm(
            self,
            self.tr("Remove child"),
            self.tr("Remove {name} from this family?").format(name=child.name),
            yes=self.tr("Remove"),
        ) and self._guarded(self.tr("Remove child"), lambda: self.ctx.families.remove_child(child.id)):
            self.reload_families(family.id)

    def _edit_person(self, person_id: int | None) -> None:
        family = self.family
        if family is None:
            return
        person = family.person(person_id)
        dialog = PersonDialog(self, person)
        dialog.setObjectName("person_dialog")
        copy_language = add_copy_language_choice(
            dialog.form, self.ctx.minutes, self.ctx.schedule.settings, person.id if person else 0
        )

        def accepted() -> None:
            saved: list[int] = []
            if self._guarded(
                self.tr("Person"),
                lambda: saved.append(self.ctx.families.save_person(family.id, dialog.person())),
            ):
                self._guarded(
                    self.tr("Person"),
                    lambda: save_copy_language(copy_language, self.ctx.minutes, saved[0]),
                )
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
            self,
            self.tr("Remove person"),
            self.tr("Remove {name} from the network?").format(name=person.name),
            yes=self.tr("Remove"),
        ) and self._guarded(self.tr("Remove person"), lambda: self.ctx.families.remove_person(person.id)):
            self.refresh_family()
