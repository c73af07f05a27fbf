"""Issue 12 through the real window: the chair types the summary on the Close step (saved as
typed, read-only once the meeting is closed), and records which copy of the minutes was sent.
The demo family is fictional."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from conftest import TODAY
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QPushButton,
)
from pytestqt.qtbot import QtBot
from ui_helpers import FakePrompts, find

from chair_app.core.agenda import StepKey
from chair_app.core.domain import AttendanceEntry, AttendanceStatus, MeetingStatus
from chair_app.models.db import SessionFactory
from chair_app.ui.launch import build_context
from chair_app.ui.main_window import MainWindow
from chair_app.ui.walkthrough import MeetingWalkthrough

SUMMARY = "Kerry has kept every appointment. The plan stays as it is until the review."


@pytest.fixture
def window(
    qtbot: QtBot, factory: SessionFactory, with_demo_family_unsent: None, data_dir: Path
) -> MainWindow:
    ctx = dataclasses.replace(build_context(factory, data_dir, FakePrompts()), today=lambda: TODAY)
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.resize(1280, 820)
    main.show()
    qtbot.waitExposed(main)
    return main


def _meeting_id(window: MainWindow, status: MeetingStatus) -> int:
    return next(m.id for m in window.ctx.meetings.list_meetings() if m.status is status)


def _open_close_step(qtbot: QtBot, window: MainWindow, meeting_id: int) -> MeetingWalkthrough:
    window.open_meeting(meeting_id)
    walk = window.walkthrough
    assert walk is not None
    row = next(i for i, s in enumerate(walk.agenda) if s.key is StepKey.CLOSE)
    item = walk.step_list.item(row)
    qtbot.mouseClick(
        walk.step_list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=walk.step_list.visualItemRect(item).center(),
    )
    assert walk.step_list.currentRow() == row
    return walk


def test_chair_types_the_summary_on_the_close_step_and_it_is_stored(
    qtbot: QtBot, window: MainWindow
) -> None:
    draft = _meeting_id(window, MeetingStatus.DRAFT)
    walk = _open_close_step(qtbot, window, draft)
    edit = find(walk, QPlainTextEdit, "chair_summary_edit")
    assert edit.isVisible() and not edit.isReadOnly()
    qtbot.mouseClick(edit.viewport(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)
    qtbot.keyClicks(QApplication.focusWidget(), SUMMARY)
    qtbot.waitUntil(lambda: window.ctx.meetings.get(draft).chair_summary == SUMMARY, timeout=3000)
    assert edit.toPlainText() == SUMMARY


def test_the_close_step_shows_the_stored_summary_read_only_once_closed(
    qtbot: QtBot, window: MainWindow
) -> None:
    closed = _meeting_id(window, MeetingStatus.CLOSED)
    window.ctx.minutes.correct(closed, "chair_summary", SUMMARY, None)
    walk = _open_close_step(qtbot, window, closed)
    edit = find(walk, QPlainTextEdit, "chair_summary_edit")
    assert edit.toPlainText() == SUMMARY
    assert edit.isReadOnly()


def test_record_sent_dialog_defaults_to_own_copy_and_keeps_the_copy_chosen(
    qtbot: QtBot, window: MainWindow
) -> None:
    closed = _meeting_id(window, MeetingStatus.CLOSED)
    walk = _open_close_step(qtbot, window, closed)
    panel = walk
    for choice in (None, "Family summary"):
        button = find(walk, QPushButton, "record_sent_button")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: (d := panel.findChild(QDialog, "record_sent_dialog")) is not None
            and d.isVisible()
        )
        dialog = panel.findChild(QDialog, "record_sent_dialog")
        assert dialog is not None
        combo = find(dialog, QComboBox, "sent_copy_combo")
        assert combo.currentText() == "Own copy"
        if choice is not None:
            combo.setCurrentIndex(combo.findText(choice))
        ok = find(dialog, QDialogButtonBox, "dialog_buttons").button(
            QDialogButtonBox.StandardButton.Ok
        )
        assert ok is not None
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda dialog=dialog: not dialog.isVisible())
    copies = [d.copy for d in window.ctx.minutes.record(closed).distribution]
    assert copies == ["person", "family_summary"]


def test_after_closing_by_keyboard_the_focus_is_on_export(qtbot: QtBot, window: MainWindow) -> None:
    """The Close button goes once the meeting is closed; the focus moves to what the chair does
    next, exporting the minutes, not back to the walk-through's Back button."""
    draft = _meeting_id(window, MeetingStatus.DRAFT)
    meetings = window.ctx.meetings
    meetings.start(draft)
    family = window.family_page.family
    assert family is not None
    for person in family.people:
        meetings.set_attendance(draft, AttendanceEntry(person.id, AttendanceStatus.PRESENT))
    walk = _open_close_step(qtbot, window, draft)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    find(walk, QPushButton, "close_meeting_button").setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget().objectName() == "close_meeting_button")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert window.ctx.meetings.get(draft).is_closed
    assert QApplication.focusWidget().objectName() == "export_minutes_button"
