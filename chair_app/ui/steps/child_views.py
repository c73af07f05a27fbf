"""The child's views: each child's wishes and feelings, and how they were gathered."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from chair_app.core import edits
from chair_app.core.domain import ChildViews
from chair_app.core.facts import FactKind, FactRef
from chair_app.ui.meeting_controller import MeetingController
from chair_app.ui.steps.base import RowsHolder, StepPage, heading_label, make_text_edit
from chair_app.ui.withhold_control import WithholdControl


class ChildViewsPage(StepPage):
    def __init__(self, controller: MeetingController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.empty_label = QLabel(
            self.tr("This family has no children recorded. Add them on the family page.")
        )
        self.empty_label.setObjectName("child_views_empty_label")
        self._scroll = RowsHolder()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addWidget(self._scroll, 1)
        self._rows: dict[int, tuple[QPlainTextEdit, QComboBox]] = {}
        self._shown: tuple[int, ...] = ()
        self.refresh()

    def ways_gathered(self) -> list[str]:
        """Common ways, in the window's language; the box also takes free text. The one chosen
        is kept as it reads, like anything typed in the box."""
        return [
            self.tr("Seen alone"),
            self.tr("Three Houses"),
            self.tr("Wizard and Fairy"),
            self.tr("Through an advocate"),
            self.tr("Observed (too young to say)"),
            self.tr("Told us at the meeting"),
        ]

    def _build(self) -> None:
        container = QWidget()
        grid = QGridLayout(container)
        grid.setColumnStretch(1, 1)
        self._rows = {}
        row = 0
        for child in self.controller.family.children:
            grid.addWidget(heading_label(child.name), row, 0, 1, 2)
            views = make_text_edit(
                f"child_views_edit_{child.id}",
                self.tr("Wishes and feelings of {name}").format(name=child.name),
                self.tr("In the child's own words where possible."),
            )
            views.setProperty("plain_name", child.name)
            views.setMinimumHeight(80)
            how = QComboBox()
            how.setObjectName(f"how_gathered_edit_{child.id}")
            how.setAccessibleName(
                self.tr("How the views of {name} were gathered").format(name=child.name)
            )
            how.setEditable(True)
            how.addItem("")
            how.addItems(self.ways_gathered())
            line_edit = how.lineEdit()
            assert line_edit is not None  # an editable box has one
            line_edit.setPlaceholderText(self.tr("How they were gathered"))
            how_label = QLabel(self.tr("How gathered"))
            how_label.setObjectName(f"how_gathered_label_{child.id}")
            grid.addWidget(how_label, row + 1, 0)
            grid.addWidget(how, row + 1, 1)
            grid.addWidget(views, row + 2, 0, 1, 2)
            withhold = WithholdControl(
                self.controller,
                FactRef.of(FactKind.CHILD_VIEWS, child.id),
                self.tr("the views of {name}").format(name=child.name),
            )
            grid.addWidget(withhold, row + 3, 0, 1, 2)
            views.textChanged.connect(lambda child_id=child.id: self._on_changed(child_id))
            how.editTextChanged.connect(lambda _text, child_id=child.id: self._on_changed(child_id))
            self._rows[child.id] = (views, how)
            row += 4
        grid.setRowStretch(row, 1)
        self._scroll.setWidget(container)
        self.texts_changed.emit()
        self._shown = tuple(c.id for c in self.controller.family.children)

    def refresh(self) -> None:
        self._loading = True
        try:
            if tuple(c.id for c in self.controller.family.children) != self._shown or not self._rows:
                self._build()
            self.empty_label.setVisible(not self._rows)
            for child_id, (views, how) in self._rows.items():
                stored = self.controller.meeting.views_of_child(child_id)
                if views.toPlainText() != stored.views:
                    views.setPlainText(stored.views)
                if how.currentText() != stored.how_gathered:
                    how.setEditText(stored.how_gathered)
        finally:
            self._loading = False
        self.apply_editable()

    def _on_changed(self, child_id: int) -> None:
        if self.loading:
            return
        views, how = self._rows[child_id]
        entry = ChildViews(child_id, views.toPlainText(), how.currentText())
        meetings, meeting_id = self.controller.ctx.meetings, self.controller.meeting_id
        self.controller.save_later(
            f"child-views-{child_id}",
            lambda: meetings.set_child_views(meeting_id, entry),
            patch=edits.set_child_views(entry),
        )
