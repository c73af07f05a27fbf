"""What every agenda step page shares: its controller, a loading guard and read-only mode."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
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
        # The controls Tab goes to after the page's own (the walk-through's Back, turns, Next).
        self.tab_tail: list[QWidget] = []
        # Rows a page builds anew are created after everything else, so Qt would put them at
        # the end of the window's Tab order. After any change to the page's layout, Tab order
        # is set again from the layout: top to bottom, left to right, as the step is filled.
        self._tab_order_timer = QTimer(self)
        self._tab_order_timer.setSingleShot(True)
        self._tab_order_timer.setInterval(0)
        self._tab_order_timer.timeout.connect(self.arrange_tab_order)
        controller.structure_changed.connect(self.refresh)

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show):
            self._tab_order_timer.start()
        return super().event(event)

    def focus_chain(self) -> list[QWidget]:
        """The page's controls in the order Tab visits them: the order of its layout."""
        return layout_focus_order(self)

    def arrange_tab_order(self) -> None:
        """Tab goes through the page's controls in layout order, then to ``tab_tail``. Only
        the page shown: ``tab_tail`` follows one page at a time."""
        self._tab_order_timer.stop()
        if not self.isVisible():
            return
        chain = self.focus_chain() + self.tab_tail
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def first_field(self) -> QWidget | None:
        """The control that has the focus when the chair arrives at the step."""
        return next((w for w in self.focus_chain() if can_take_focus(w)), None)

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


class RowsHolder(QWidget):
    """Where a page puts the rows it rebuilds (people, children, actions, voters), at their
    full height. The walk-through scrolls the whole step, so a page has one scroll bar, never a
    scrolling list inside a scrolling page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._widget: QWidget | None = None

    def setWidget(self, widget: QWidget) -> None:
        """Show ``widget`` instead of the rows shown before, which are let go."""
        if self._widget is not None:
            # Gone at once (as a scroll area's widget is), so no old row is found by name.
            self._layout.removeWidget(self._widget)
            self._widget.hide()
            self._widget.setParent(None)
            self._widget.deleteLater()
        self._widget = widget
        self._layout.addWidget(widget)

    def widget(self) -> QWidget | None:
        return self._widget

    def ensureWidgetVisible(self, child: QWidget) -> None:
        """Scroll the step so that ``child`` is in view."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            parent.ensureWidgetVisible(child)


def can_take_focus(widget: QWidget) -> bool:
    """Whether Tab can stop on ``widget`` now: shown, enabled and taking focus by Tab."""
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    )


def layout_focus_order(root: QWidget) -> list[QWidget]:
    """Every control under ``root`` that can take the focus by Tab, shown or not, in the order
    of the layouts (a grid in the order its cells were added: row by row on every page)."""
    found: list[QWidget] = []

    def visit_widget(widget: QWidget) -> None:
        if isinstance(widget, QTabWidget):
            found.append(widget.tabBar())
            current = widget.currentWidget()
            if current is not None:
                visit_widget(current)
            return
        takes_focus = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if widget is not root and widget.focusProxy() is None and takes_focus:
            found.append(widget)
            if isinstance(widget, QComboBox | QSpinBox) or not widget.layout():
                return  # a control's own parts (an editable box's line) are not stops
        layout = widget.layout()
        if layout is not None:
            visit_layout(layout)

    def visit_layout(layout: QLayout) -> None:
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if item is None:
                continue
            inner_widget, inner_layout = item.widget(), item.layout()
            if inner_widget is not None:
                visit_widget(inner_widget)
            elif inner_layout is not None:
                visit_layout(inner_layout)

    visit_widget(root)
    return found


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


def join_names(names: list[str]) -> str:
    """Names in a sentence: "Ellie", "Ellie and Jacob", "Ellie, Jacob and Sam" (in Welsh
    "Ellie a Jacob"; the translator can write "ac" where the next name needs it)."""
    if len(names) <= 1:
        return "".join(names)
    return QCoreApplication.translate("StepPage", "{names} and {last}").format(
        names=", ".join(names[:-1]), last=names[-1]
    )


def elide(text: str, limit: int = 90) -> str:
    """One line of a long text, for list items."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
