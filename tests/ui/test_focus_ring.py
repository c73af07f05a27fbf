"""The focus ring never covers a button's label: a button is as wide when focused as its label
needs, in the normal and the high-contrast theme, at 100% and 200% text. (The ring's border and
padding used to be added only on focus, to a button sized without them: "Show ro…display",
"Agree and loc".)"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from chair_app.ui.theme import apply_theme

LABELS = ("Show room display", "Agree and lock", "Next ▶", "Close the meeting")


def _label_room(button: QPushButton) -> tuple[int, int]:
    """The width the style leaves for the label as the button is drawn now, and the width the
    label needs."""
    option = QStyleOptionButton()
    button.initStyleOption(option)
    contents = button.style().subElementRect(
        QStyle.SubElement.SE_PushButtonContents, option, button
    )
    return contents.width(), button.fontMetrics().horizontalAdvance(button.text())


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast"])
@pytest.mark.parametrize("scale", [1.0, 2.0], ids=["100%", "200%"])
def test_a_focused_buttons_label_is_never_covered(
    qtbot: QtBot, high_contrast: bool, scale: float
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, scale, high_contrast)
    try:
        row = QWidget()
        layout = QHBoxLayout(row)
        buttons = [QPushButton(text) for text in LABELS]
        for button in buttons:
            layout.addWidget(button)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(box)
        qtbot.addWidget(row)
        row.show()
        qtbot.waitExposed(row)
        buttons.append(box.button(QDialogButtonBox.StandardButton.Cancel))
        for button in buttons:
            unfocused_size = button.size()
            button.setFocus()
            qtbot.waitUntil(button.hasFocus)
            room, needed = _label_room(button)
            assert button.size() == unfocused_size
            assert room >= needed, f"{button.text()!r}: {needed}px of label in {room}px"
    finally:
        apply_theme(app)
