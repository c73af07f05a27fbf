"""Steps that are one piece of text: the reasons for the meeting, and the contingency plan."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from chair_app.core.domain import Meeting, MeetingType
from chair_app.ui.meeting_controller import MeetingController
from chair_app.ui.steps.base import StepPage, make_text_edit


class _TextStepPage(StepPage):
    """One text box, saved as the user types."""

    edit_name = ""
    accessible_name = ""
    placeholder = ""
    # The Meeting attribute shown, and the MeetingService method that saves it.
    meeting_field = ""
    save_method = ""

    def __init__(self, controller: MeetingController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.hint_label = QLabel()
        self.hint_label.setObjectName(f"{self.edit_name}_hint")
        self.hint_label.setWordWrap(True)
        self.edit = make_text_edit(self.edit_name, self.accessible_name, self.placeholder)
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
        self.controller.save_later(self.edit_name, lambda: save(meeting_id, text))


class ReasonsPage(_TextStepPage):
    edit_name = "reasons_edit"
    accessible_name = "Reasons for the meeting"
    placeholder = "Why we are meeting, the worries that brought us here, and what has changed."
    meeting_field = "reasons"
    save_method = "set_reasons"

    def hint(self, meeting_type: MeetingType) -> str:
        return {
            MeetingType.INITIAL_CONFERENCE: (
                "The reasons for the conference: what the enquiries found, and the categories "
                "of concern (neglect, physical, emotional or sexual abuse)."
            ),
            MeetingType.REVIEW_CONFERENCE: "Progress on the plan since the last conference.",
            MeetingType.FIRST_CORE_GROUP: (
                "What the conference asked for: the outline plan this group turns into a "
                "detailed one."
            ),
            MeetingType.LOOKED_AFTER_REVIEW: (
                "The care plan: placement, health, education, contact, and plans for the future."
            ),
            MeetingType.STRATEGY: "Why this strategy meeting was called, and what is known.",
        }.get(meeting_type, "What has happened since the last meeting.")


class ContingencyPage(_TextStepPage):
    edit_name = "contingency_edit"
    accessible_name = "Contingency plan"
    placeholder = "If the plan does not work, or things change, this is what will happen."
    meeting_field = "contingency"
    save_method = "set_contingency"
