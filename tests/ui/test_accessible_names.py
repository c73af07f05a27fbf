"""Every control a chair can reach has a name a screen reader announces: every step of every
meeting type's agenda, the family page, the main window, Settings, the minutes panel and its
dialogs. The name checked is the one Qt's accessibility interface reports."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from a11y_helpers import repeated_names, unnamed_controls
from conftest import TODAY
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot
from ui_helpers import FakePrompts

from chair_app.core.domain import (
    SUPPORTED_MEETING_TYPES,
    AttendanceEntry,
    AttendanceStatus,
    MeetingType,
)
from chair_app.models.db import SessionFactory
from chair_app.ui.launch import build_context
from chair_app.ui.main_window import MainWindow

CLOSED_ID = 1


@pytest.fixture
def window(
    qtbot: QtBot, factory: SessionFactory, with_demo_family: None, data_dir: Path
) -> MainWindow:
    main = MainWindow(build_context(factory, data_dir, FakePrompts()))
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_a_control_without_a_name_is_found(qtbot: QtBot) -> None:
    """The control case: the check is able to fail."""
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    bare = QLineEdit()
    bare.setObjectName("bare_edit")
    named = QLineEdit()
    named.setAccessibleName("Venue")
    layout.addWidget(bare)
    layout.addWidget(named)
    layout.addWidget(QPushButton("Save"))
    combo = QComboBox()
    combo.setObjectName("bare_combo")
    combo.addItem("Present")  # its value is not its name
    layout.addWidget(combo)
    root.show()
    qtbot.waitExposed(root)
    problems = unnamed_controls(root)
    assert len(problems) == 2, problems
    assert "bare_edit" in problems[0] and "bare_combo" in problems[1], problems
    bare.setAccessibleName("Venue")
    combo.setAccessibleName("Attendance")
    assert unnamed_controls(root) == []
    assert len(repeated_names(root)) == 1, "two controls both called Venue were not noticed"


def test_family_page_and_main_window_controls_are_named(window: MainWindow) -> None:
    assert unnamed_controls(window) == []
    assert repeated_names(window) == []


@pytest.mark.parametrize("meeting_type", SUPPORTED_MEETING_TYPES, ids=lambda t: t.value)
def test_every_step_of_every_agenda_names_its_controls(
    qtbot: QtBot, window: MainWindow, meeting_type: MeetingType
) -> None:
    ctx = window.ctx
    family = window.family_page.family
    assert family is not None
    meeting_id = ctx.meetings.create_meeting(
        family.id, meeting_type, TODAY + dt.timedelta(days=3), dt.time(10, 0), "Room 4", None, None
    )
    ctx.meetings.start(meeting_id)
    # Everyone present, so every per-person control (scores, votes, views) is on screen.
    for person in family.people:
        ctx.meetings.set_attendance(
            meeting_id, AttendanceEntry(person.id, AttendanceStatus.PRESENT), acknowledged=True
        )
    window.open_meeting(meeting_id)
    walk = window.walkthrough
    assert walk is not None
    problems: dict[str, list[str]] = {}
    for step in walk.agenda:
        walk.go_to(step.key)
        QApplication.processEvents()
        page = walk.step_pages[step.key]
        # Steps with something to add: add one, so the editing controls show too.
        for name in ("add_statement_button", "add_action_button", "add_decision_button"):
            button = page.findChild(QPushButton, name)
            if button is not None and button.isVisible() and button.isEnabled():
                button.click()
        QApplication.processEvents()
        missing = unnamed_controls(window) + repeated_names(window)
        if missing:
            problems[step.key.value] = missing
    assert problems == {}


def test_closed_meeting_minutes_panel_and_its_dialogs_name_their_controls(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.open_meeting(CLOSED_ID)
    walk = window.walkthrough
    assert walk is not None
    walk.go_to(walk.agenda[-1].key)
    QApplication.processEvents()
    problems = {"panel": unnamed_controls(window)}
    panel = walk.findChild(QWidget, "minutes_panel")
    assert panel is not None
    for button in panel.findChildren(QPushButton):
        if not (button.isVisible() and button.isEnabled()) or button.objectName().startswith(
            "export"
        ):
            continue
        before = set(window.findChildren(QDialog))
        button.click()
        QApplication.processEvents()
        for dialog in set(window.findChildren(QDialog)) - before:
            if dialog.isVisible():
                problems[f"{button.objectName()} dialog"] = unnamed_controls(dialog)
                dialog.reject()
    assert {key: value for key, value in problems.items() if value} == {}


def test_settings_dialog_names_its_controls(window: MainWindow) -> None:
    window.open_settings()
    dialog = window.settings_dialog
    QApplication.processEvents()
    assert unnamed_controls(dialog) == []
    dialog.reject()
