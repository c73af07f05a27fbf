"""Review of the plan: each action carried from the last meeting, with what was done and the
difference it made for the child. An action not done stays in the plan; none leaves silently."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from chair_app.core import edits
from chair_app.core.dates import format_short_date
from chair_app.core.domain import Action, ActionStatus
from chair_app.core.owners import owners_text
from chair_app.ui.meeting_controller import MeetingController
from chair_app.ui.steps.base import RowsHolder, StepPage, make_text_edit


def review_choices() -> tuple[tuple[ActionStatus, str], ...]:
    """The outcomes a carried action can be given, in the language shown."""
    return (
        (ActionStatus.OPEN, QCoreApplication.translate("_ReviewBox", "Not reviewed yet")),
        *((status, status.label) for status in ActionStatus if status is not ActionStatus.OPEN),
    )


class _ReviewBox(QGroupBox):
    def __init__(self, page: PlanReviewPage, action: Action, number: int) -> None:
        what = " ".join(action.what.split()) or QCoreApplication.translate(
            "_ReviewBox", "No text recorded"
        )
        super().__init__(f"{number}. {what}")
        self.setObjectName(f"review_box_{action.id}")
        self.page, self.action_id = page, action.id
        self.details_label = QLabel()
        self.details_label.setObjectName(f"review_details_{action.id}")
        self.details_label.setWordWrap(True)
        self.status = QComboBox()
        self.status.setObjectName(f"review_status_{action.id}")
        self.status.setAccessibleName(self.tr("Outcome of action {number}").format(number=number))
        for status, label in review_choices():
            self.status.addItem(label, status)
        self.work_done = make_text_edit(
            f"review_work_done_{action.id}",
            self.tr("Work done on action {number}").format(number=number),
            self.tr("What was done."),
        )
        self.difference = make_text_edit(
            f"review_difference_{action.id}",
            self.tr("Difference for the child, action {number}").format(number=number),
            self.tr("What difference it made for the child."),
        )
        for edit in (self.work_done, self.difference):
            edit.setMinimumHeight(50)
            edit.setMaximumHeight(80)
        grid = QGridLayout(self)
        grid.addWidget(self.details_label, 0, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("Outcome")), 1, 0)
        grid.addWidget(self.status, 1, 1)
        grid.addWidget(QLabel(self.tr("Work done")), 2, 0)
        grid.addWidget(self.work_done, 2, 1)
        grid.addWidget(QLabel(self.tr("Difference for the child")), 3, 0)
        grid.addWidget(self.difference, 3, 1)
        grid.setColumnStretch(1, 1)
        self.status.currentIndexChanged.connect(self._on_status_changed)
        self.work_done.textChanged.connect(self._on_text_changed)
        self.difference.textChanged.connect(self._on_text_changed)

    def current(self) -> Action | None:
        return next((a for a in self.page.controller.meeting.actions if a.id == self.action_id), None)

    def load(self) -> None:
        action = self.current()
        if action is None:
            return
        controller = self.page.controller
        history = controller.ctx.meetings.action_history(action.id)
        not_set = self.tr("not set")
        details = self.tr("Who: {who}. By when: {when}.").format(
            who=owners_text(action, controller.family, missing=not_set),
            when=format_short_date(action.due_date) or not_set,
        )
        if history:
            details += " " + self.tr("In the plan since {date}.").format(
                date=format_short_date(history[0][0])
            )
        self.details_label.setText(details)
        index = self.status.findData(action.status)
        if index >= 0:
            self.status.setCurrentIndex(index)
        if self.work_done.toPlainText() != action.work_done:
            self.work_done.setPlainText(action.work_done)
        if self.difference.toPlainText() != action.difference_for_child:
            self.difference.setPlainText(action.difference_for_child)

    def value(self) -> Action | None:
        action = self.current()
        if action is None:
            return None
        return replace(
            action,
            status=self.status.currentData(),
            work_done=self.work_done.toPlainText(),
            difference_for_child=self.difference.toPlainText(),
        )

    def _on_status_changed(self) -> None:
        if self.page.loading:
            return
        value, controller = self.value(), self.page.controller
        if value is None:
            return
        controller.autosaver.flush()
        controller.change(lambda: controller.ctx.meetings.update_action(value))

    def _on_text_changed(self) -> None:
        if self.page.loading:
            return
        value, controller = self.value(), self.page.controller
        if value is None:
            return
        controller.save_later(
            f"review-{self.action_id}",
            lambda: controller.ctx.meetings.update_action(value),
            patch=edits.update_action(value),
        )


class PlanReviewPage(StepPage):
    def __init__(self, controller: MeetingController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.hint_label = QLabel(
            self.tr(
                "For each action from last time: was it done, what was done, and what difference "
                "it made for the child. Actions not done stay in the plan."
            )
        )
        self.hint_label.setWordWrap(True)
        self.empty_label = QLabel(self.tr("No actions were carried from the last meeting."))
        self.empty_label.setObjectName("plan_review_empty_label")
        self._scroll = RowsHolder()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self._scroll, 1)
        self._boxes: dict[int, _ReviewBox] = {}
        self.refresh()

    def refresh(self) -> None:
        self._loading = True
        try:
            carried = [a for a in self.controller.meeting.actions if a.is_carried]
            if [a.id for a in carried] != list(self._boxes):
                container = QWidget()
                column = QVBoxLayout(container)
                self._boxes = {}
                for number, action in enumerate(carried, start=1):
                    box = _ReviewBox(self, action, number)
                    self._boxes[action.id] = box
                    column.addWidget(box)
                column.addStretch(1)
                self._scroll.setWidget(container)
            self.empty_label.setVisible(not carried)
            for box in self._boxes.values():
                box.load()
        finally:
            self._loading = False
        self.apply_editable()
