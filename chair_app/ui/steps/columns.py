"""Step 4: the three columns."""

from __future__ import annotations

import itertools

from PySide6.QtWidgets import QGridLayout, QWidget

from chair_app.core import edits
from chair_app.core.domain import ThreeColumns
from chair_app.core.facts import FactRef
from chair_app.ui.meeting_controller import MeetingController
from chair_app.ui.steps.base import StepPage, heading_label, make_text_edit
from chair_app.ui.withhold_control import WithholdControl


class ColumnsPage(StepPage):
    def __init__(self, controller: MeetingController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        worries = self.tr("What are we worried about?")
        working_well = self.tr("What is working well?")
        needs = self.tr("What needs to happen?")
        self.worries_edit = make_text_edit(
            "worries_edit", worries, self.tr("Past harm, future danger, complicating factors.")
        )
        self.working_well_edit = make_text_edit(
            "working_well_edit",
            working_well,
            self.tr("Strengths, and safety people have already shown."),
        )
        self.needs_edit = make_text_edit(
            "needs_to_happen_edit", needs, self.tr("Next steps towards the safety goals.")
        )
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        order: list[QWidget] = []
        for column, (title, edit) in enumerate(
            (
                (worries, self.worries_edit),
                (working_well, self.working_well_edit),
                (needs, self.needs_edit),
            )
        ):
            # "worries_heading" over "worries_edit": plain words find the heading by its name.
            heading_name = edit.objectName().removesuffix("_edit") + "_heading"
            layout.addWidget(heading_label(title, heading_name), 0, column)
            layout.addWidget(edit, 1, column)
            key = heading_name.removesuffix("_heading")
            withhold = WithholdControl(
                self.controller,
                FactRef.column(key),
                self.tr("the column “{title}”").format(title=title),
            )
            layout.addWidget(withhold, 2, column)
            order += [edit, withhold]
            layout.setColumnStretch(column, 1)
            edit.textChanged.connect(self._on_text_changed)
        # Each column's box, then who may see it: Tab goes down one column before the next.
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.refresh()

    def refresh(self) -> None:
        self._loading = True
        try:
            columns = self.controller.meeting.columns
            for edit, text in (
                (self.worries_edit, columns.worries),
                (self.working_well_edit, columns.working_well),
                (self.needs_edit, columns.needs_to_happen),
            ):
                if edit.toPlainText() != text:
                    edit.setPlainText(text)
        finally:
            self._loading = False
        self.apply_editable()

    def _on_text_changed(self) -> None:
        if self.loading:
            return
        columns = ThreeColumns(
            self.worries_edit.toPlainText(),
            self.working_well_edit.toPlainText(),
            self.needs_edit.toPlainText(),
        )
        meetings, meeting_id = self.controller.ctx.meetings, self.controller.meeting_id
        self.controller.save_later(
            "columns",
            lambda: meetings.set_columns(meeting_id, columns),
            patch=edits.set_columns(columns),
        )
