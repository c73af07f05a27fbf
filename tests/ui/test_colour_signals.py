"""Colour is never the only sign of a state: what is shown in red also says so in words, for
chairs who cannot tell red from black and for screen readers."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QTableWidget
from pytestqt.qtbot import QtBot
from ui_helpers import FakePrompts, find, type_text

from chair_app.core.agenda import StepKey
from chair_app.core.deadlines import DeadlineState
from chair_app.models.db import SessionFactory
from chair_app.ui.launch import build_context
from chair_app.ui.main_window import MainWindow

DRAFT_ID = 2
IN_WORDS = (DeadlineState.OVERDUE.label, DeadlineState.SCHEDULED_LATE.label)


@pytest.fixture
def window(
    qtbot: QtBot, factory: SessionFactory, with_demo_family_unsent: None, data_dir: Path
) -> MainWindow:
    # The demo before its held meeting's minutes went out: their row is overdue, in red.
    main = MainWindow(build_context(factory, data_dir, FakePrompts()))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.ctx.background.wait()  # deadlines are worked out off the main thread
    return main


def test_family_page_overdue_rows_say_overdue_in_words(window: MainWindow) -> None:
    table = find(window.family_page, QTableWidget, "deadlines_table")
    coloured = 0
    for row in range(table.rowCount()):
        stands = table.item(row, 2)
        if stands is None:
            continue
        if stands.foreground().style() != Qt.BrushStyle.NoBrush:  # given its own (red) colour
            coloured += 1
            assert stands.text().startswith(IN_WORDS), (
                f"row {row} is red but says {stands.text()!r}"
            )
            assert stands.font().bold(), "the overdue row is not bold as well"
    assert coloured > 0, "the demo family has an overdue deadline; none was found"


def test_next_meeting_warning_says_warning_in_words(qtbot: QtBot, window: MainWindow) -> None:
    window.open_meeting(DRAFT_ID)
    walk = window.walkthrough
    assert walk is not None
    walk.go_to(StepKey.NEXT_MEETING)
    type_text(qtbot, find(walk, QLineEdit, "next_date_edit"), "28/02/2027")
    warning = find(walk, QLabel, "next_date_warning_label")
    assert warning.isVisible()
    assert warning.text().startswith("Warning: ")
    assert "later than the rule allows" in warning.text()


def test_a_wrong_date_says_so_in_words_and_to_screen_readers(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.open_meeting(DRAFT_ID)
    walk = window.walkthrough
    assert walk is not None
    walk.go_to(StepKey.NEXT_MEETING)
    edit = find(walk, QLineEdit, "next_date_edit")
    type_text(qtbot, edit, "31/02/2027")
    QApplication.processEvents()
    message = find(walk, QLabel, "next_date_edit_message")
    assert message.isVisible() and "no day 31" in message.text()
    assert edit.accessibleDescription().startswith("Not valid: ")
    edit.clear()
    type_text(qtbot, edit, "14/12/2026")
    assert edit.accessibleDescription() == ""
