"""Accessibility checks shared by the ui tests: the accessible name a screen reader gets, and
labels whose text does not fit."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QSlider,
)


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces as the widget's name (Qt derives it from the accessible
    name, else the button text or the buddy label)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None or not interface.isValid():
        return ""
    if isinstance(widget, QComboBox):
        # On Linux Qt reports a combo box's current value as its Name and hands its label over
        # through the Label relation; Windows and macOS report the accessible name. Either is
        # the combo's name; its value is not.
        labels = [
            other.text(QAccessible.Text.Name)
            for other, relation in interface.relations(QAccessible.RelationFlag.Label)
        ]
        return (widget.accessibleName() or " ".join(labels)).strip()
    return interface.text(QAccessible.Text.Name).strip()


def _is_qt_internal(widget: QWidget) -> bool:
    # The line edit inside a spin box or an editable combo is announced as that control; a
    # table's corner button is not a control anyone names; a table's headers are read as part
    # of the table.
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractSpinBox | QComboBox):
        return True
    if isinstance(widget, QHeaderView) and isinstance(parent, QAbstractItemView):
        return True
    return type(widget).__name__ == "QTableCornerButton"


def describe(widget: QWidget) -> str:
    path = []
    node: QWidget | None = widget
    while node is not None and len(path) < 4:
        path.append(node.objectName() or type(node).__name__)
        node = node.parentWidget()
    return f"{type(widget).__name__} {' < '.join(path)}"


def unnamed_controls(root: QWidget) -> list[str]:
    """Every visible interactive widget under ``root`` (and root itself) with no accessible name."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or not widget.isVisible():
            continue
        if _is_qt_internal(widget):
            continue
        if not accessible_name(widget):
            found.append(describe(widget))
    return found


def clipped_labels(root: QWidget) -> list[str]:
    """Visible one-line labels narrower than their text, and wrapped labels shorter than the
    text needs at their width."""
    found = []
    for label in root.findChildren(QLabel):
        if (
            not label.isVisible()
            or not label.text().strip()
            or label.pixmap() is not None
            and not label.pixmap().isNull()
        ):
            continue
        rect = label.contentsRect()
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + 1:
                found.append(
                    f"{describe(label)}: needs {needed}px high, has {label.height()} "
                    f"({label.text()[:50]!r})"
                )
        else:
            needed = label.sizeHint().width()
            if needed > label.width() + 1:
                found.append(
                    f"{describe(label)}: needs {needed}px wide, has {label.width()} "
                    f"({label.text()[:50]!r}, {rect.width()})"
                )
    return found


def repeated_names(root: QWidget) -> list[str]:
    """Names shared by two visible controls under ``root``: a screen reader user cannot tell
    which is which."""
    by_name: dict[str, list[str]] = {}
    for widget in root.findChildren(QWidget):
        if isinstance(widget, INTERACTIVE) and widget.isVisible() and not _is_qt_internal(widget):
            by_name.setdefault(accessible_name(widget), []).append(describe(widget))
    return [f"{name!r}: {where}" for name, where in by_name.items() if name and len(where) > 1]


def cut_off_controls(scroll: QWidget) -> list[str]:
    """Visible controls inside a scroll area's page that reach past its right edge: cut off,
    unless the page can scroll sideways (which the tests report apart)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QComboBox, QLineEdit

    assert isinstance(scroll, QAbstractScrollArea)
    viewport = scroll.viewport()
    right = viewport.width()
    found = []
    for kind in (QAbstractButton, QComboBox, QLineEdit):
        for control in viewport.findChildren(kind):
            if not control.isVisible():
                continue
            edge = control.mapTo(viewport, QPoint(control.width(), 0)).x()
            if edge > right + 1:
                found.append(f"{describe(control)}: its right edge is {edge - right}px past view")
    return found
