"""Updates from each agency and from the family: one box for each person present."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from chair_app.core.domain import AgencyUpdate, AttendanceStatus, Person
from chair_app.ui.meeting_controller import MeetingController
from chair_app.ui.steps.base import StepPage, heading_label, make_text_edit


class UpdatesPage(StepPage):
    def __init__(self, controller: MeetingController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.hint_label = QLabel(
            "Family and network first, then each agency: what is working well, what is "
            "worrying, any new incidents."
        )
        self.hint_label.setWordWrap(True)
        self.empty_label = QLabel("Nobody is marked as present yet: record attendance first.")
        self.empty_label.setObjectName("updates_empty_label")
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self._scroll, 1)
        self._edits: dict[int, QWidget] = {}
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
        for row, person in enumerate(speakers):
            who = person.name
            if person.role or person.agency:
                who += "\n" + ", ".join(x for x in (person.role, person.agency) if x)
            grid.addWidget(heading_label(who), row, 0)
            edit = make_text_edit(
                f"update_edit_{person.id}", f"Update from {person.name}", "What they said."
            )
            edit.setMinimumHeight(60)
            edit.setMaximumHeight(90)
            edit.textChanged.connect(lambda person_id=person.id: self._on_text_changed(person_id))
            grid.addWidget(edit, row, 1)
            self._edits[person.id] = edit
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
        finally:
            self._loading = False
        self.apply_editable()

    def _on_text_changed(self, person_id: int) -> None:
        if self.loading:
            return
        text = self._edits[person_id].toPlainText()
        meetings, meeting_id = self.controller.ctx.meetings, self.controller.meeting_id
        self.controller.save_later(
            f"update-{person_id}",
            lambda: meetings.set_update(meeting_id, AgencyUpdate(person_id, text)),
        )
