"""Updates from each agency and from the family: one box for each person present."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from chair_app.core import edits
from chair_app.core.domain import AgencyUpdate, AttendanceStatus, Person, Withholding
from chair_app.core.facts import FactKind, FactRef
from chair_app.ui.meeting_controller import MeetingController
from chair_app.ui.steps.base import RowsHolder, StepPage, heading_label, make_text_edit
from chair_app.ui.withhold_control import WithholdControl


class UpdatesPage(StepPage):
    def __init__(self, controller: MeetingController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.hint_label = QLabel(
            self.tr(
                "Family and network first, then each agency: what is working well, what is "
                "worrying, any new incidents."
            )
        )
        self.hint_label.setObjectName("updates_hint_label")
        self.hint_label.setWordWrap(True)
        self.empty_label = QLabel(
            self.tr("Nobody is marked as present yet: record attendance first.")
        )
        self.empty_label.setObjectName("updates_empty_label")
        self._scroll = RowsHolder()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self._scroll, 1)
        self._edits: dict[int, QPlainTextEdit] = {}
        self._third_party: dict[int, QCheckBox] = {}
        self._shown: tuple[int, ...] = ()
        self.refresh()

    def _speakers(self) -> tuple[Person, ...]:
        """People present, family and friends first (the guidance hears them first)."""
        meeting, family = self.controller.meeting, self.controller.family
        present = [
            p for p in family.people
            if meeting.attendance_of(p.id).status is AttendanceStatus.PRESENT
        ]
        return tuple(sorted(present, key=lambda p: p.is_professional))

    def _build(self, speakers: tuple[Person, ...]) -> None:
        container = QWidget()
        grid = QGridLayout(container)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(10)
        self._edits = {}
        self._third_party = {}
        for row, person in enumerate(speakers):
            who = person.name
            if person.role or person.agency:
                who += "\n" + ", ".join(x for x in (person.role, person.agency) if x)
            grid.addWidget(heading_label(who), row, 0, Qt.AlignmentFlag.AlignTop)
            edit = make_text_edit(
                f"update_edit_{person.id}",
                self.tr("Update from {name}").format(name=person.name),
                self.tr("What they said."),
            )
            edit.setMinimumHeight(60)
            edit.setMaximumHeight(90)
            edit.textChanged.connect(lambda person_id=person.id: self._on_text_changed(person_id))
            # Left out of the family's copies, with an "omitted" line; in the professionals'.
            third_party = QCheckBox(
                self.tr("Confidential third-party information (professionals only)")
            )
            third_party.setObjectName(f"third_party_{person.id}")
            third_party.setAccessibleName(
                self.tr(
                    "The update from {name} is confidential third-party information"
                ).format(name=person.name)
            )
            third_party.toggled.connect(
                lambda _checked, person_id=person.id: self._on_third_party_toggled(person_id)
            )
            # The third-party box is "kept from the family"; the control beside it also names
            # people (a parent excluded from this one update), and follows the box.
            withhold = WithholdControl(
                self.controller,
                FactRef.of(FactKind.UPDATE, person.id),
                self.tr("the update from {name}").format(name=person.name),
            )
            withhold.withholding_saved.connect(
                lambda withheld, person_id=person.id: self._show_third_party(person_id, withheld)
            )
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(edit)
            cell.addWidget(third_party)
            cell.addWidget(withhold)
            grid.addLayout(cell, row, 1)
            self._edits[person.id] = edit
            self._third_party[person.id] = third_party
        grid.setRowStretch(len(speakers), 1)
        self._scroll.setWidget(container)
        self._shown = tuple(p.id for p in speakers)

    def refresh(self) -> None:
        self._loading = True
        try:
            speakers = self._speakers()
            if tuple(p.id for p in speakers) != self._shown or not self._edits:
                self._build(speakers)
            self.empty_label.setVisible(not speakers)
            for person_id, edit in self._edits.items():
                text = self.controller.meeting.update_of(person_id)
                if edit.toPlainText() != text:
                    edit.setPlainText(text)
                self._third_party[person_id].setChecked(self._is_third_party(person_id))
        finally:
            self._loading = False
        self.apply_editable()

    def _is_third_party(self, person_id: int) -> bool:
        updates = self.controller.meeting.updates
        return any(u.person_id == person_id and u.third_party for u in updates)

    def _show_third_party(self, person_id: int, withheld: Withholding) -> None:
        """The box follows a withholding saved through the control (already saved: the box's
        own save is not run again)."""
        box = self._third_party.get(person_id)
        if box is None:
            return
        was_loading, self._loading = self._loading, True
        box.setChecked(withheld.from_family)
        self._loading = was_loading

    def _update(self, person_id: int) -> AgencyUpdate:
        """The update as the page shows it: its text and its third-party mark, saved together
        so that saving one never clears the other."""
        return AgencyUpdate(
            person_id,
            self._edits[person_id].toPlainText(),
            third_party=self._third_party[person_id].isChecked(),
        )

    def _on_text_changed(self, person_id: int) -> None:
        if self.loading:
            return
        update = self._update(person_id)
        meetings, meeting_id = self.controller.ctx.meetings, self.controller.meeting_id
        self.controller.save_later(
            f"update-{person_id}",
            lambda: meetings.set_update(meeting_id, update),
            patch=edits.set_update(update),
        )

    def _on_third_party_toggled(self, person_id: int) -> None:
        if self.loading:
            return
        # Saved at once, with any text still waiting to be saved.
        self.controller.flush()
        update = self._update(person_id)
        meetings, meeting_id = self.controller.ctx.meetings, self.controller.meeting_id
        self.controller.change(lambda: meetings.set_update(meeting_id, update))
