"""Step 1: welcome and introductions, with everyone's attendance."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from chair_app.core import edits
from chair_app.core.agenda import StepKey
from chair_app.core.attendance import detail_parts, reason_applies, stands_in_for
from chair_app.core.conference import (
    CONFERENCE_TYPES,
    PROFESSIONALS_ONLY_TYPES,
    check_quorum,
    social_worker_missing,
)
from chair_app.core.domain import AttendanceEntry, AttendanceStatus, MeetingStatus, Person
from chair_app.core.errors import MinutesAgreed, NotFound, StorageUnavailable
from chair_app.core.facts import FactKind, FactRef
from chair_app.core.lifecycle import Exclusion
from chair_app.core.rules import RuleViolation
from chair_app.ui.attendance_dialogs import AttendanceDetailsDialog, RepresentativeDialog
from chair_app.ui.meeting_controller import MeetingController
from chair_app.ui.minutes_dialogs import ExclusionDialog
from chair_app.ui.steps.base import (
    RowsHolder,
    StepPage,
    heading_label,
    join_names,
    make_line_edit,
    make_text_edit,
)
from chair_app.ui.withhold_control import WithholdControl


def _person_label(person: Person) -> str:
    details = ", ".join(p for p in (person.role.strip(), person.agency.strip()) if p)
    return f"{person.name} ({details})" if details else person.name


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


class _PersonRow:
    """The widgets of one network member on the attendance page.

    Beside how they took part: whether they were invited (under the status), and in the details
    column only what their status asks for (who came in their place, the written report, why
    they were not there), then one line of further details (arrived late, left early, an
    interpreter) with a "Details…" button to change them.
    """

    def __init__(self, page: AttendancePage, person: Person, grid: QGridLayout, row: int) -> None:
        self.page = page
        self.person = person
        name = heading_label(person.name)
        details = ", ".join(p for p in (person.role, person.agency) if p.strip())
        kind = (
            QCoreApplication.translate("AttendancePage", "Professional")
            if person.is_professional
            else QCoreApplication.translate("AttendancePage", "Family and friends")
        )
        info = QLabel(f"{details}\n{kind}" if details else kind)
        info.setWordWrap(True)
        info.setObjectName(f"person_info_{person.id}")
        self.status = QComboBox()
        self.status.setObjectName(f"attendance_status_{person.id}")
        self.status.setAccessibleName(
            QCoreApplication.translate("AttendancePage", "Attendance of {name}").format(name=person.name)
        )
        for status in AttendanceStatus:
            self.status.addItem(status.label, status)
        self.invited = QCheckBox(QCoreApplication.translate("AttendancePage", "Invited"))
        self.invited.setObjectName(f"invited_{person.id}")
        self.invited.setAccessibleName(
            QCoreApplication.translate("AttendancePage", "{name} was invited to this meeting").format(
                name=person.name
            )
        )
        self.invited.setChecked(True)
        self.representative = QComboBox()
        self.representative.setObjectName(f"representative_combo_{person.id}")
        self.representative.setAccessibleName(
            QCoreApplication.translate("AttendancePage", "Who came in place of {name}").format(
                name=person.name
            )
        )
        # Long names and agencies are cut in the closed box (the list shows them whole), so
        # the step does not grow wider than the window.
        self.representative.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.representative.setMinimumContentsLength(18)
        self.add_representative_button = QPushButton(
            QCoreApplication.translate("AttendancePage", "New person…")
        )
        self.add_representative_button.setObjectName(f"add_representative_button_{person.id}")
        self.add_representative_button.setAccessibleName(
            QCoreApplication.translate(
                "AttendancePage", "Add the person who came in place of {name} to the network"
            ).format(name=person.name)
        )
        self.representative_row = QWidget()
        self.representative_row.setObjectName(f"representative_row_{person.id}")
        chooser = QHBoxLayout(self.representative_row)
        chooser.setContentsMargins(0, 0, 0, 0)
        chooser.addWidget(self.representative, 1)
        chooser.addWidget(self.add_representative_button)
        # The name as typed, kept for older records made before representatives were people.
        self.represented_by: QLineEdit = make_line_edit(
            f"represented_by_{person.id}",
            QCoreApplication.translate("AttendancePage", "Who represented {name}").format(name=person.name),
            QCoreApplication.translate("AttendancePage", "Who came in their place?"),
        )
        self.report: QPlainTextEdit = make_text_edit(
            f"report_text_{person.id}",
            QCoreApplication.translate("AttendancePage", "Written report of {name}").format(name=person.name),
            QCoreApplication.translate("AttendancePage", "Type or paste the written report here."),
        )
        self.report.setMinimumHeight(90)
        self.absence_reason: QLineEdit = make_line_edit(
            f"absence_reason_{person.id}",
            QCoreApplication.translate("AttendancePage", "Why {name} was not there").format(name=person.name),
            QCoreApplication.translate("AttendancePage", "Why were they not there?"),
        )
        self.details_label = QLabel()
        self.details_label.setObjectName(f"attendance_details_label_{person.id}")
        self.details_label.setWordWrap(True)
        self.details_label.setStyleSheet("color: #3b3b3b;")
        self.details_button = QPushButton(QCoreApplication.translate("AttendancePage", "Details…"))
        self.details_button.setObjectName(f"attendance_details_button_{person.id}")
        self.details_button.setAccessibleName(
            QCoreApplication.translate(
                "AttendancePage",
                "More about the attendance of {name}: arrived late, left early, interpreter",
            ).format(name=person.name)
        )
        left = QVBoxLayout()
        left.addWidget(name)
        left.addWidget(info)
        # No alignment on the cell: an aligned layout loses its wrapped labels' height for the
        # width, and at large text sizes the lines overlapped. The stretch keeps it at the top.
        left.addStretch(1)
        grid.addLayout(left, row, 0)
        taking_part = QVBoxLayout()
        taking_part.addWidget(self.status)
        taking_part.addWidget(self.invited)
        taking_part.addStretch(1)
        grid.addLayout(taking_part, row, 1)
        extra = QVBoxLayout()
        extra.addWidget(self.representative_row)
        extra.addWidget(self.represented_by)
        extra.addWidget(self.report)
        # Who may see the report: a report can hold what one parent must not read.
        self.report_withhold = WithholdControl(
            page.controller,
            FactRef.of(FactKind.REPORT, person.id),
            QCoreApplication.translate("AttendancePage", "the written report of {name}").format(
                name=person.name
            ),
        )
        extra.addWidget(self.report_withhold)
        # One line: why they were not there (if asked), the further details, and the button.
        more = QHBoxLayout()
        more.addWidget(self.absence_reason, 3)
        more.addWidget(self.details_label, 2)
        more.addStretch(0)  # keeps the button its own size when there is nothing to say
        more.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignTop)
        extra.addLayout(more)
        extra.addStretch(1)
        grid.addLayout(extra, row, 2)
        self.status.currentIndexChanged.connect(self._on_status_changed)
        self.invited.toggled.connect(self._on_field_changed)
        self.representative.currentIndexChanged.connect(self._on_field_changed)
        self.add_representative_button.clicked.connect(self._on_add_representative)
        self.details_button.clicked.connect(self._on_details)
        self.represented_by.textEdited.connect(self._on_text_changed)
        self.report.textChanged.connect(self._on_text_changed)
        self.absence_reason.textEdited.connect(self._on_text_changed)

    def load(self, entry: AttendanceEntry) -> None:
        self.status.setCurrentIndex(self.status.findData(entry.status))
        self.invited.setChecked(entry.invited)
        self._fill_representatives(entry.representative_id)
        if self.represented_by.text() != entry.represented_by:
            self.represented_by.setText(entry.represented_by)
        if self.report.toPlainText() != entry.report_text:
            self.report.setPlainText(entry.report_text)
        if self.absence_reason.text() != entry.absence_reason:
            self.absence_reason.setText(entry.absence_reason)
        self.show_details(entry)

    def _fill_representatives(self, selected: int | None) -> None:
        """Everyone else in the network may have come in this person's place."""
        self.representative.clear()
        self.representative.addItem(
            QCoreApplication.translate("AttendancePage", "Choose who came in their place"), None
        )
        for other in self.page.controller.family.people:
            if other.id != self.person.id:
                self.representative.addItem(_person_label(other), other.id)
        if selected is None:
            self.representative.setCurrentIndex(0)
            return
        if self.representative.findData(selected) < 0:
            # Kept, not dropped, so that saving the row never loses who it was.
            self.representative.addItem(
                QCoreApplication.translate("AttendancePage", "Someone no longer in the network"), selected
            )
        self.representative.setCurrentIndex(self.representative.findData(selected))

    def show_details(self, entry: AttendanceEntry) -> None:
        """Show what this entry's status asks for, and the further details as printed."""
        represented = entry.status is AttendanceStatus.REPRESENTED
        self.representative_row.setVisible(represented)
        self.represented_by.setVisible(
            represented and entry.representative_id is None and bool(entry.represented_by.strip())
        )
        self.report.setVisible(entry.status is AttendanceStatus.WRITTEN_REPORT)
        self.report_withhold.setVisible(entry.status is AttendanceStatus.WRITTEN_REPORT)
        self.absence_reason.setVisible(reason_applies(entry))
        parts = detail_parts(entry)
        meeting, family = self.page.controller.meeting, self.page.controller.family
        names = [p.name for p in family.people if p.id in stands_in_for(meeting, self.person.id)]
        if names:
            here = QCoreApplication.translate("AttendancePage", "here in place of {names}")
            parts.insert(0, here.format(names=join_names(names)))
        self.details_label.setText(_capitalised("; ".join(parts)) + "." if parts else "")
        self.details_label.setVisible(bool(parts))

    def entry(self) -> AttendanceEntry:
        """The entry as the row shows it. Built on the one saved, since saving writes every
        field: what the row does not show (the report's withholding, the times) is kept."""
        saved = self.page.controller.meeting.attendance_of(self.person.id)
        return replace(
            saved,
            status=self.status.currentData(),
            report_text=self.report.toPlainText(),
            represented_by=self.represented_by.text(),
            invited=self.invited.isChecked(),
            absence_reason=self.absence_reason.text(),
            representative_id=self.representative.currentData(),
        )

    def _on_status_changed(self) -> None:
        if self.page.loading:
            return
        entry = self.entry()
        self.show_details(entry)
        controller = self.page.controller
        controller.autosaver.flush()
        meetings = controller.ctx.meetings
        warning = meetings.needs_acknowledgement(controller.meeting_id, entry)
        acknowledged = False
        if warning is not None:
            acknowledged = controller.ctx.prompts.confirm(
                self.page,
                QCoreApplication.translate("AttendancePage", "Professionals only"),
                warning,
                yes=QCoreApplication.translate("AttendancePage", "Record as present"),
            )
            if not acknowledged:
                # Put the choice back as it was: nothing is recorded.
                self.page.refresh()
                return
        controller.change(
            lambda: meetings.set_attendance(
                controller.meeting_id, entry, acknowledged=acknowledged
            )
        )
        self.page.update_summary()
        self.page.show_stand_ins()

    def _on_field_changed(self) -> None:
        """Invited, or the representative chosen: saved at once."""
        if self.page.loading:
            return
        controller = self.page.controller
        controller.autosaver.flush()
        entry = self.entry()
        self.show_details(entry)
        meetings = controller.ctx.meetings
        controller.change(lambda: meetings.set_attendance(controller.meeting_id, entry))
        self.page.update_summary()
        self.page.show_stand_ins()

    def _on_text_changed(self) -> None:
        if self.page.loading:
            return
        controller = self.page.controller
        entry = self.entry()
        controller.save_later(
            f"attendance-{self.person.id}",
            lambda: controller.ctx.meetings.set_attendance(controller.meeting_id, entry),
            patch=edits.set_attendance(entry),
        )

    def _on_details(self) -> None:
        controller = self.page.controller
        controller.flush()
        dialog = AttendanceDetailsDialog(
            self.page, self.person, controller.meeting.attendance_of(self.person.id)
        )
        meetings, meeting_id = controller.ctx.meetings, controller.meeting_id

        def accepted() -> None:
            details = dialog.details()
            saved = controller.meeting.attendance_of(self.person.id)
            entry = replace(
                saved,
                arrived_at=details.arrived_at,
                left_at=details.left_at,
                interpreter=details.interpreter,
            )
            controller.change(lambda: meetings.set_attendance(meeting_id, entry))
            self.page.refresh()

        _open(dialog, accepted)

    def _on_add_representative(self) -> None:
        controller = self.page.controller
        controller.flush()
        dialog = RepresentativeDialog(self.page, self.person)
        meetings, meeting_id = controller.ctx.meetings, controller.meeting_id

        def accepted() -> None:
            representative = dialog.person()
            # The new person joins the network, so every page rebuilds its people.
            controller.change(
                lambda: meetings.add_representative(meeting_id, self.person.id, representative),
                structural=True,
            )

        _open(dialog, accepted)


def _open(dialog: QDialog, accepted: Callable[[], None]) -> None:
    """Open a dialog of the page (window-modal, not blocking), and let it go when done."""

    def finished() -> None:
        dialog.setObjectName("")
        dialog.deleteLater()

    dialog.accepted.connect(accepted)
    dialog.finished.connect(finished)
    dialog.open()


class AttendancePage(StepPage):
    def __init__(self, controller: MeetingController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.roles_label = QLabel()
        self.roles_label.setObjectName("roles_label")
        self.roles_label.setWordWrap(True)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("attendance_summary_label")
        self.summary_label.setWordWrap(True)
        self._rows: dict[int, _PersonRow] = {}
        self._scroll = RowsHolder()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.rule_label = QLabel()
        self.rule_label.setObjectName("attendance_rule_label")
        self.rule_label.setWordWrap(True)
        self.rule_label.setStyleSheet("color: #8a4b00;")
        layout.addWidget(self.roles_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.rule_label)
        # Each person's attendance first (where the chair starts), then which children came.
        layout.addWidget(self._scroll, 1)
        layout.addWidget(self._build_children_present())
        layout.addWidget(self._build_exclusions())
        self._people_ids: tuple[int, ...] = ()
        self._exclusions: tuple[Exclusion, ...] = ()
        self.refresh()

    def _build_children_present(self) -> QWidget:
        """A box for each child of the family who can come: which of them were at the meeting."""
        self.children_row = QWidget()
        self.children_row.setObjectName("children_present_row")
        self._children_layout = QHBoxLayout(self.children_row)
        self._children_layout.setContentsMargins(0, 0, 0, 0)
        self.children_label = QLabel(self.tr("Children at the meeting:"))
        self.children_label.setObjectName("children_present_label")
        self.child_boxes: dict[int, QCheckBox] = {}
        return self.children_row

    def _fill_children(self) -> None:
        # An unborn child is not asked about.
        children = [c for c in self.controller.family.children if not c.unborn]
        if list(self.child_boxes) != [c.id for c in children]:
            while self._children_layout.count():
                taken = self._children_layout.takeAt(0)
                widget = taken.widget() if taken is not None else None
                if widget is not None and widget is not self.children_label:
                    widget.deleteLater()
            self._children_layout.addWidget(self.children_label)
            self.child_boxes = {}
            for child in children:
                box = QCheckBox(child.name)
                box.setObjectName(f"child_present_{child.id}")
                box.setAccessibleName(self.tr("{name} was at the meeting").format(name=child.name))
                box.toggled.connect(self._on_child_present_toggled)
                self.child_boxes[child.id] = box
                self._children_layout.addWidget(box)
            self._children_layout.addStretch(1)
        for child_id, box in self.child_boxes.items():
            box.setChecked(child_id in self.controller.meeting.children_present)
        self.children_row.setVisible(bool(children))

    def _on_child_present_toggled(self) -> None:
        if self.loading:
            return
        present = tuple(cid for cid, box in self.child_boxes.items() if box.isChecked())
        controller = self.controller
        meetings = controller.ctx.meetings
        controller.change(lambda: meetings.set_children_present(controller.meeting_id, present))

    def _build_exclusions(self) -> QWidget:
        """Who was kept out of which parts of the meeting: their copy leaves those parts out.
        Recorded during the meeting, or after it while the minutes are a draft."""
        box = QFrame()
        box.setObjectName("exclusions_box")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        self.exclusions_list = QListWidget()
        self.exclusions_list.setObjectName("exclusions_list")
        self.exclusions_list.setAccessibleName(self.tr("Exclusions from parts of the meeting"))
        self.exclusions_list.setWordWrap(True)
        self.exclusions_list.setMaximumHeight(72)
        self.exclusions_list.setProperty("always_enabled", True)
        self.add_exclusion_button = QPushButton(self.tr("Record an exclusion…"))
        self.add_exclusion_button.setObjectName("add_exclusion_button")
        self.add_exclusion_button.setAccessibleName(
            self.tr("Record that someone was excluded from part of the meeting")
        )
        self.remove_exclusion_button = QPushButton(self.tr("Remove"))
        self.remove_exclusion_button.setObjectName("remove_exclusion_button")
        self.remove_exclusion_button.setAccessibleName(self.tr("Remove the chosen exclusion"))
        # The minutes' state decides these buttons, not whether the meeting is still open.
        for button in (self.add_exclusion_button, self.remove_exclusion_button):
            button.setProperty("always_enabled", True)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_exclusion_button)
        buttons.addWidget(self.remove_exclusion_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.exclusions_list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(heading_label(self.tr("Excluded from part of the meeting")))
        layout.addLayout(row)
        self.add_exclusion_button.clicked.connect(self._on_add_exclusion)
        self.remove_exclusion_button.clicked.connect(self._on_remove_exclusion)
        self.exclusions_list.itemSelectionChanged.connect(self._update_exclusion_buttons)
        return box

    def _fill_exclusions(self) -> None:
        self._exclusions = self.controller.ctx.minutes.record(self.controller.meeting_id).exclusions
        titles = {step.key: step.title for step in self.controller.loaded_agenda.steps}
        names = {p.id: p.name for p in self.controller.family.people}
        self.exclusions_list.clear()
        for exclusion in self._exclusions:
            parts = ", ".join(titles.get(step, step.value) for step in exclusion.steps)
            item = QListWidgetItem(
                self.tr("{name}: {parts}. Why: {reason}").format(
                    name=names.get(exclusion.person_id, self.tr("Someone")),
                    parts=parts,
                    reason=exclusion.reason,
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, exclusion.id)
            item.setToolTip(item.text())
            self.exclusions_list.addItem(item)
        if not self._exclusions:
            empty = QListWidgetItem(self.tr("Nobody was excluded from any part of the meeting."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.exclusions_list.addItem(empty)
        self._update_exclusion_buttons()

    def _update_exclusion_buttons(self) -> None:
        meeting = self.controller.meeting
        agreed = self.controller.ctx.minutes.record(meeting.id).is_agreed
        usable = meeting.status is not MeetingStatus.NOT_HELD and not agreed
        why = (
            self.tr(
                "The minutes are agreed, so they can no longer be changed. Add an addendum instead."
            )
            if agreed
            else self.tr("This meeting was not held.") if not usable else ""
        )
        selected = self._selected_exclusion() is not None
        self.add_exclusion_button.setEnabled(usable)
        self.add_exclusion_button.setToolTip(why)
        self.remove_exclusion_button.setEnabled(usable and selected)
        self.remove_exclusion_button.setToolTip(
            why or ("" if selected else self.tr("Choose an exclusion in the list first."))
        )

    def _selected_exclusion(self) -> Exclusion | None:
        items = self.exclusions_list.selectedItems()
        if not items:
            return None
        exclusion_id = items[0].data(Qt.ItemDataRole.UserRole)
        return next((e for e in self._exclusions if e.id == exclusion_id), None)

    def _exclusion_call(self, title: str, action: Callable[[], object]) -> None:
        try:
            action()
        except (RuleViolation, MinutesAgreed, NotFound, StorageUnavailable) as error:
            self.controller.ctx.prompts.error(self, title, str(error))
        self._fill_exclusions()

    def _on_add_exclusion(self) -> None:
        controller = self.controller
        meeting = controller.meeting
        people = [
            (p.id, f"{p.name} ({p.role})" if p.role.strip() else p.name)
            for p in controller.family.people
            if p.id not in (meeting.chair_id, meeting.minute_taker_id)
        ]
        steps = [s for s in controller.loaded_agenda.steps if s.key is not StepKey.CLOSE]
        dialog = ExclusionDialog(self, people, steps)
        minutes, meeting_id = controller.ctx.minutes, controller.meeting_id

        def accepted() -> None:
            exclusion = dialog.exclusion()
            self._exclusion_call(
                self.tr("Record an exclusion"),
                lambda: minutes.add_exclusion(meeting_id, exclusion),
            )

        def finished() -> None:
            dialog.setObjectName("")
            dialog.deleteLater()

        dialog.accepted.connect(accepted)
        dialog.finished.connect(finished)
        dialog.open()

    def _on_remove_exclusion(self) -> None:
        exclusion = self._selected_exclusion()
        if exclusion is None:
            return
        item = self.exclusions_list.selectedItems()[0]
        if not self.controller.ctx.prompts.confirm(
            self,
            self.tr("Remove the exclusion"),
            self.tr(
                "Remove this exclusion?\n\n{exclusion}\n\nTheir copy will then include every "
                "part of the meeting."
            ).format(exclusion=item.text()),
            yes=self.tr("Remove"),
        ):
            return
        minutes = self.controller.ctx.minutes
        self._exclusion_call(
            self.tr("Remove the exclusion"), lambda: minutes.remove_exclusion(exclusion.id)
        )

    def _build_rows(self) -> None:
        container = QWidget()
        grid = QGridLayout(container)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 4)
        grid.setVerticalSpacing(14)
        titles = (self.tr("Who"), self.tr("Attendance"), self.tr("Details"))
        for column, title in enumerate(titles):
            grid.addWidget(heading_label(title), 0, column)
        self._rows = {}
        for row, person in enumerate(self.controller.family.people, start=1):
            self._rows[person.id] = _PersonRow(self, person, grid, row)
        grid.setRowStretch(len(self._rows) + 1, 1)
        self._scroll.setWidget(container)
        self._people_ids = tuple(p.id for p in self.controller.family.people)

    def refresh(self) -> None:
        self._loading = True
        try:
            family, meeting = self.controller.family, self.controller.meeting
            if tuple(p.id for p in family.people) != self._people_ids or not self._rows:
                self._build_rows()
            chair = family.person(meeting.chair_id)
            minutes = family.person(meeting.minute_taker_id)
            not_set = self.tr("not set")
            self.roles_label.setText(
                self.tr("Chair: {chair}.  Minute-taker: {minute_taker}.").format(
                    chair=chair.name if chair else not_set,
                    minute_taker=minutes.name if minutes else not_set,
                )
            )
            for person_id, row in self._rows.items():
                row.load(meeting.attendance_of(person_id))
            self._fill_children()
            self.update_summary()
            self._fill_exclusions()
        finally:
            self._loading = False
        self.apply_editable()

    def show_stand_ins(self) -> None:
        """Say again on each row whom they came in place of (a representative was chosen)."""
        for row in self._rows.values():
            row.show_details(row.entry())

    def update_summary(self) -> None:
        counts: dict[AttendanceStatus, int] = {}
        not_invited = 0
        for row in self._rows.values():
            status = row.status.currentData()
            if status is AttendanceStatus.NOT_RECORDED:
                if not row.invited.isChecked():
                    not_invited += 1
                    continue
                if stands_in_for(self.controller.meeting, row.person.id):
                    continue  # here for someone else: that person's status says so
            counts[status] = counts.get(status, 0) + 1
        parts = [
            f"{counts[status]} {status.label.lower()}" for status in AttendanceStatus if counts.get(status)
        ]
        if not_invited:
            parts.append(self.tr("{count} not invited").format(count=not_invited))
        self.summary_label.setText("; ".join(parts) + "." if parts else "")
        self.rule_label.setText(self._rule_text())
        self.rule_label.setVisible(bool(self.rule_label.text()))

    def _rule_text(self) -> str:
        """What this type of meeting asks of attendance, and where it stands now."""
        meeting, family = self.controller.meeting, self.controller.family
        if meeting.meeting_type in PROFESSIONALS_ONLY_TYPES:
            return self.tr(
                "A strategy meeting is for professionals only. Parents are told the outcome "
                "afterwards, unless that would put the child at risk."
            )
        if meeting.meeting_type in CONFERENCE_TYPES:
            quorum = check_quorum(meeting, family)
            if quorum.is_quorate:
                return self.tr("Quorate: {count} agencies present.").format(
                    count=len(quorum.agencies)
                )
            text = self.tr("Not quorate yet. {shortfall}").format(shortfall=quorum.shortfall)
            if meeting.quorum_shortfall:
                text += " " + self.tr("The chair went ahead anyway; the minutes say so.")
            return text
        if social_worker_missing(meeting, family):
            return self.tr(
                "A Core Group should not go ahead without the child's social worker: "
                "mark them present, or record the meeting as not held."
            )
        return ""

    def row(self, person_id: int) -> _PersonRow:
        return self._rows[person_id]

