"""Step 3: scaling, a score from 0 to 10 per person present, per scale."""

from __future__ import annotations

from statistics import mean

from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from chair_app.core.agenda import OVERALL_SCALE_NAME, SCALE_TEN_MEANS, SCALE_ZERO_MEANS
from chair_app.core.rules import present_people
from chair_app.ui.meeting_controller import MeetingController
from chair_app.ui.steps.base import StepPage, elide, heading_label, make_line_edit

NO_SCORE = -1


class ScalingPage(StepPage):
    def __init__(self, controller: MeetingController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        meaning = QLabel(f"{SCALE_ZERO_MEANS}\n{SCALE_TEN_MEANS}")
        meaning.setObjectName("scale_meaning_label")
        meaning.setWordWrap(True)
        meaning.setStyleSheet("background: #eef3f8; padding: 8px; border-radius: 4px;")
        self.scale_selector = QComboBox()
        self.scale_selector.setObjectName("scale_selector")
        self.scale_selector.setAccessibleName("Which scale")
        self.scale_selector.setProperty("always_enabled", True)
        self.scale_text = QLabel()
        self.scale_text.setObjectName("scale_text_label")
        self.scale_text.setWordWrap(True)
        self.stats_label = QLabel()
        self.stats_label.setObjectName("scale_stats_label")
        self.nobody_label = QLabel(
            "Nobody is marked present yet. Record attendance in step 1 first: "
            "only people who are here give a score."
        )
        self.nobody_label.setObjectName("scaling_nobody_label")
        self.nobody_label.setWordWrap(True)
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(meaning)
        layout.addWidget(self.scale_selector)
        layout.addWidget(self.scale_text)
        layout.addWidget(self.nobody_label)
        layout.addWidget(self._scroll, 1)
        layout.addWidget(self.stats_label)
        self.scores: dict[int, QSpinBox] = {}
        self.reasons: dict[int, QLineEdit] = {}
        self.scale_selector.currentIndexChanged.connect(self._on_scale_changed)
        self.refresh()

    def current_statement_id(self) -> int | None:
        index = self.scale_selector.currentIndex()
        statements = self.controller.meeting.statements
        return statements[index - 1].id if 0 < index <= len(statements) else None

    def refresh(self) -> None:
        self._loading = True
        try:
            statements = self.controller.meeting.statements
            keep = max(0, self.scale_selector.currentIndex())
            self.scale_selector.clear()
            self.scale_selector.addItem(OVERALL_SCALE_NAME)
            for index, statement in enumerate(statements, start=1):
                self.scale_selector.addItem(f"Danger statement {index}: {elide(statement.statement, 60)}")
            self.scale_selector.setCurrentIndex(min(keep, len(statements)))
            self._build_rows()
        finally:
            self._loading = False
        self.apply_editable()
        self._update_reason_enabled()

    def _on_scale_changed(self) -> None:
        if self.loading:
            return
        self.controller.flush()
        self._loading = True
        try:
            self._build_rows()
        finally:
            self._loading = False
        self.apply_editable()
        self._update_reason_enabled()

    def _build_rows(self) -> None:
        meeting, family = self.controller.meeting, self.controller.family
        statement_id = self.current_statement_id()
        statement = next((s for s in meeting.statements if s.id == statement_id), None)
        self.scale_text.setText(
            statement.statement
            if statement
            else "How safe are the children now, taking everything into account?"
        )
        people = present_people(meeting, family)
        self.nobody_label.setVisible(not people)
        container = QWidget()
        grid = QGridLayout(container)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 5)
        for column, title in enumerate(("Person", "Score", "Reason (optional)")):
            grid.addWidget(heading_label(title), 0, column)
        self.scores, self.reasons = {}, {}
        for row, person in enumerate(people, start=1):
            score = meeting.score_of(person.id, statement_id)
            name = QLabel(f"{person.name}\n{person.role}" if person.role else person.name)
            spin = QSpinBox()
            spin.setObjectName(f"score_{person.id}")
            spin.setAccessibleName(f"Score of {person.name}")
            spin.setRange(NO_SCORE, 10)
            spin.setSpecialValueText("No score")
            spin.setValue(score.value if score else NO_SCORE)
            spin.setMinimumWidth(110)
            reason = make_line_edit(
                f"reason_{person.id}",
                f"Reason for {person.name}'s score",
                "Why this score? What would move it up one point?",
            )
            reason.setText(score.reason if score else "")
            grid.addWidget(name, row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(reason, row, 2)
            spin.valueChanged.connect(lambda _v, pid=person.id: self._on_score_changed(pid))
            reason.textEdited.connect(lambda _t, pid=person.id: self._on_reason_edited(pid))
            self.scores[person.id] = spin
            self.reasons[person.id] = reason
        grid.setRowStretch(len(people) + 1, 1)
        self._scroll.setWidget(container)
        self._update_stats()

    def _update_reason_enabled(self) -> None:
        for person_id, reason in self.reasons.items():
            reason.setEnabled(self.scores[person_id].value() != NO_SCORE)

    def _update_stats(self) -> None:
        values = [spin.value() for spin in self.scores.values() if spin.value() != NO_SCORE]
        if values:
            self.stats_label.setText(
                f"{len(values)} of {len(self.scores)} scored. Average {mean(values):.1f}, "
                f"range {min(values)} to {max(values)}."
            )
        else:
            self.stats_label.setText("No scores on this scale yet.")

    def _save(self, person_id: int) -> None:
        value = self.scores[person_id].value()
        reason = self.reasons[person_id].text()
        statement_id = self.current_statement_id()
        meetings = self.controller.ctx.meetings
        meeting_id = self.controller.meeting_id
        self.controller.change(
            lambda: meetings.set_score(
                meeting_id, person_id, statement_id, None if value == NO_SCORE else value, reason
            )
        )

    def _on_score_changed(self, person_id: int) -> None:
        if self.loading:
            return
        self.controller.flush()
        self._save(person_id)
        self._update_reason_enabled()
        self._update_stats()

    def _on_reason_edited(self, person_id: int) -> None:
        value = self.scores[person_id].value()
        if self.loading or value == NO_SCORE:
            return
        reason = self.reasons[person_id].text()
        statement_id = self.current_statement_id()
        meetings = self.controller.ctx.meetings
        meeting_id = self.controller.meeting_id
        self.controller.save_later(
            f"score-{person_id}-{statement_id}",
            lambda: meetings.set_score(meeting_id, person_id, statement_id, value, reason),
        )
