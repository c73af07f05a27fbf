"""What every agenda step page shares: its controller, a loading guard and read-only mode."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from chair_app.ui.meeting_controller import MeetingController
from chair_app.ui.theme import read_only_look

# The inputs that show a value (who came, a score, a tick): on a closed meeting they cannot be
# changed, and are still drawn in the normal text colour so the record stays readable.
VALUE_WIDGETS = (QComboBox, QAbstractSpinBox, QCheckBox, QRadioButton)


class StepPage(QWidget):
    """One page of the walk-through. Subclasses build widgets and implement ``refresh``.

    Signals:
        texts_changed(): the page set some of its labels anew (rebuilt its rows, or showed
            another statement); plain words put their plain versions back on (plain_guide.py).
            A label with a number or a name in it gives them as the properties ``plain_n`` and
            ``plain_name``, for the ``{n}`` and ``{name}`` of its plain text.
    """

    texts_changed = Signal()

    def __init__(self, controller: MeetingController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._loading = False
        controller.structure_changed.connect(self.refresh)

    def refresh(self) -> None:
        """Rebuild the page from ``controller.meeting`` and ``controller.family``."""
        raise NotImplementedError

    @property
    def loading(self) -> bool:
        """True while the page fills its widgets, so their change signals save nothing."""
        return self._loading

    def apply_editable(self) -> None:
        """Make every input read-only when the meeting is closed; values stay readable (normal
        text colour), while buttons that would change something are greyed as unavailable."""
        editable = self.controller.editable
        for widget in self.findChildren(QWidget):
            if isinstance(widget, VALUE_WIDGETS):
                read_only_look(widget, not editable)
            if widget.property("always_enabled"):
                continue
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(not editable)
            elif isinstance(widget, QComboBox | QSpinBox | QAbstractButton):
                widget.setEnabled(editable)


def make_text_edit(name: str, accessible_name: str, placeholder: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible_name)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    return edit


def make_line_edit(name: str, accessible_name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible_name)
    edit.setPlaceholderText(placeholder)
    return edit


def heading_label(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def elide(text: str, limit: int = 90) -> str:
    """One line of a long text, for list items."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
