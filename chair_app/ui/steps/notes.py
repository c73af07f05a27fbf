"""Steps that are one piece of text: the reasons for the meeting, and the contingency plan."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from chair_app.core import edits
from chair_app.core.domain import ContingencyPart, Meeting, MeetingType
from chair_app.core.facts import FactKind, FactRef
from chair_app.ui.meeting_controller import MeetingController
from chair_app.ui.steps.base import RowsHolder, StepPage, heading_label, make_text_edit
from chair_app.ui.withhold_control import WithholdControl


class _TextStepPage(StepPage):
    """One text box, saved as the user types."""

    edit_name = ""
    # The Meeting attribute shown, and the MeetingService method that saves it.
    meeting_field = ""
    save_method = ""

    def __init__(self, controller: MeetingController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.hint_label = QLabel()
        self.hint_label.setObjectName(f"{self.edit_name}_hint")
        self.hint_label.setWordWrap(True)
        self.edit = make_text_edit(self.edit_name, *self.box_texts())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.edit, 1)
        self.edit.textChanged.connect(self._on_text_changed)
        self.refresh()

    def stored_text(self, meeting: Meeting) -> str:
        return str(getattr(meeting, self.meeting_field))

    def saver(self) -> Callable[[int, str], None]:
        saver: Callable[[int, str], None] = getattr(self.controller.ctx.meetings, self.save_method)
        return saver

    def box_texts(self) -> tuple[str, str]:
        """The text box's accessible name and placeholder, in the language shown."""
        return "", ""

    def hint(self, meeting_type: MeetingType) -> str:
        return ""

    def refresh(self) -> None:
        self._loading = True
        try:
            meeting = self.controller.meeting
            self.hint_label.setText(self.hint(meeting.meeting_type))
            self.hint_label.setVisible(bool(self.hint_label.text()))
            text = self.stored_text(meeting)
            if self.edit.toPlainText() != text:
                self.edit.setPlainText(text)
        finally:
            self._loading = False
        self.apply_editable()

    def _on_text_changed(self) -> None:
        if self.loading:
            return
        text = self.edit.toPlainText()
        save, meeting_id = self.saver(), self.controller.meeting_id
        self.controller.save_later(
            self.edit_name,
            lambda: save(meeting_id, text),
            patch=edits.set_fields(**{self.meeting_field: text}),
        )


class ReasonsPage(_TextStepPage):
    edit_name = "reasons_edit"
    meeting_field = "reasons"
    save_method = "set_reasons"

    def box_texts(self) -> tuple[str, str]:
        return self.tr("Reasons for the meeting"), self.tr(
            "Why we are meeting, the worries that brought us here, and what has changed."
        )

    def hint(self, meeting_type: MeetingType) -> str:
        return {
            MeetingType.INITIAL_CONFERENCE: self.tr(
                "The reasons for the conference: what the enquiries found, and the categories "
                "of concern (neglect, physical, emotional or sexual abuse)."
            ),
            MeetingType.REVIEW_CONFERENCE: self.tr(
                "Progress on the plan since the last conference."
            ),
            MeetingType.FIRST_CORE_GROUP: self.tr(
                "What the conference asked for: the outline plan this group turns into a "
                "detailed one."
            ),
            MeetingType.LOOKED_AFTER_REVIEW: self.tr(
                "The care plan: placement, health, education, contact, and plans for the future."
            ),
            MeetingType.STRATEGY: self.tr(
                "Why this strategy meeting was called, and what is known."
            ),
        }.get(meeting_type, self.tr("What has happened since the last meeting."))


class ContingencyPage(_TextStepPage):
    """The contingency plan: its first part, and further parts each in a box of its own, so
    that one part (a safe address, say) can be kept from someone while the rest is shared."""

    edit_name = "contingency_edit"
    meeting_field = "contingency"
    save_method = "set_contingency"

    def box_texts(self) -> tuple[str, str]:
        return self.tr("Contingency plan"), self.tr(
            "If the plan does not work, or things change, this is what will happen."
        )

    def __init__(self, controller: MeetingController, parent: QWidget | None = None) -> None:
        self._part_rows: dict[int, tuple[QLabel, QPlainTextEdit]] = {}
        self._parts_shown: tuple[int, ...] | None = None
        super().__init__(controller, parent)
        self.withhold = WithholdControl(
            controller, FactRef.text(FactKind.CONTINGENCY), self.tr("the contingency plan")
        )
        self.add_part_button = QPushButton(self.tr("Add a &part"))
        self.add_part_button.setObjectName("add_contingency_part_button")
        self.add_part_button.setAccessibleName(self.tr("Add a part to the contingency plan"))
        self.add_part_button.setToolTip(
            self.tr(
                "A further part in a box of its own, which can be kept from someone on its own."
            )
        )
        self.add_part_button.clicked.connect(self._on_add_part)
        self._parts_scroll = RowsHolder()
        self._parts_scroll.setObjectName("contingency_parts_scroll")
        below = QHBoxLayout()
        below.addWidget(self.withhold)
        below.addStretch(1)
        below.addWidget(self.add_part_button)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addLayout(below)
        layout.addWidget(self._parts_scroll, 1)
        self.refresh()

    def refresh(self) -> None:
        super().refresh()
        if hasattr(self, "_parts_scroll"):
            self._refresh_parts()
            self.apply_editable()

    def _refresh_parts(self) -> None:
        parts = self.controller.meeting.contingency_parts
        if tuple(p.id for p in parts) != self._parts_shown:
            self._build_parts(parts)
        self._parts_scroll.setVisible(bool(parts))
        self._loading = True
        try:
            for part in parts:
                edit = self._part_rows[part.id][1]
                if edit.toPlainText() != part.text:
                    edit.setPlainText(part.text)
        finally:
            self._loading = False

    def _build_parts(self, parts: tuple[ContingencyPart, ...]) -> None:
        container = QWidget()
        grid = QGridLayout(container)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(0, 1)
        self._part_rows = {}
        for index, part in enumerate(parts):
            number = index + 2  # the first part is the box above
            heading = heading_label(
                self.tr("Part {number}").format(number=number),
                f"contingency_part_heading_{part.id}",
            )
            heading.setProperty("plain_n", number)
            edit = make_text_edit(
                f"contingency_part_edit_{part.id}",
                self.tr("Contingency plan, part {number}").format(number=number),
                self.tr("A further part of the plan: what will happen, and who will do it."),
            )
            edit.setMinimumHeight(60)
            edit.setMaximumHeight(110)
            edit.textChanged.connect(lambda part_id=part.id: self._on_part_changed(part_id))
            withhold = WithholdControl(
                self.controller,
                FactRef.of(FactKind.CONTINGENCY_PART, part.id),
                self.tr("part {number} of the contingency plan").format(number=number),
            )
            remove = QPushButton(self.tr("Remove part"))
            remove.setObjectName(f"remove_contingency_part_{part.id}")
            remove.setAccessibleName(
                self.tr("Remove part {number} of the contingency plan").format(number=number)
            )
            remove.clicked.connect(lambda _checked=False, part_id=part.id: self._on_remove(part_id))
            row = index * 2
            grid.addWidget(heading, row, 0)
            grid.addWidget(edit, row + 1, 0)
            side = QVBoxLayout()
            side.addWidget(withhold)
            side.addWidget(remove)
            side.addStretch(1)
            grid.addLayout(side, row + 1, 1)
            self._part_rows[part.id] = (heading, edit)
        grid.setRowStretch(len(parts) * 2, 1)
        self._parts_scroll.setWidget(container)
        self._parts_shown = tuple(p.id for p in parts)
        self.texts_changed.emit()

    def part_edit(self, part_id: int) -> QPlainTextEdit:
        return self._part_rows[part_id][1]

    def _on_part_changed(self, part_id: int) -> None:
        if self.loading:
            return
        text = self._part_rows[part_id][1].toPlainText()
        meetings = self.controller.ctx.meetings
        self.controller.save_later(
            f"contingency-part-{part_id}",
            lambda: meetings.update_contingency_part(part_id, text),
            patch=edits.update_contingency_part(part_id, text),
        )

    def _on_add_part(self) -> None:
        self.controller.flush()
        meetings, meeting_id = self.controller.ctx.meetings, self.controller.meeting_id
        new_id = self.controller.change(
            lambda: meetings.add_contingency_part(meeting_id), structural=True
        )
        if new_id is not None and new_id in self._part_rows:
            edit = self._part_rows[new_id][1]
            self._parts_scroll.ensureWidgetVisible(edit)
            edit.setFocus()

    def _on_remove(self, part_id: int) -> None:
        self.controller.flush()
        heading, edit = self._part_rows[part_id]
        if edit.toPlainText().strip() and not self.controller.ctx.prompts.confirm(
            self,
            self.tr("Remove a part of the contingency plan"),
            self.tr("Remove part {number} of the contingency plan and what it says?").format(
                number=heading.property("plain_n")
            ),
            yes=self.tr("Remove"),
        ):
            return
        meetings = self.controller.ctx.meetings
        self.controller.change(
            lambda: meetings.remove_contingency_part(part_id), structural=True
        )
