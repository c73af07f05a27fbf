"""A full disk loses no typing: what is typed while saving fails stays in the field and in a
queue, a banner (not a dialog) says why, and once there is space again every character is saved.

The disk is made "full" at the connection layer: while ``full`` is set, every INSERT, UPDATE or
DELETE raises sqlite3.OperationalError("database or disk is full"), as SQLite does on ENOSPC.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from conftest import TODAY
from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPlainTextEdit, QTableWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import event
from ui_helpers import FakePrompts, find, type_text

from chair_app.core.agenda import StepKey
from chair_app.core.domain import (
    AttendanceEntry,
    AttendanceStatus,
    Child,
    MeetingType,
    Person,
    PlanType,
)
from chair_app.models.db import SessionFactory
from chair_app.services.families import FamilyService
from chair_app.services.meetings import MeetingService
from chair_app.services.storage import open_factory
from chair_app.ui.launch import build_context
from chair_app.ui.main_window import MainWindow

WRITES = ("INSERT", "UPDATE", "DELETE")


class FullDisk:
    """Makes every write through the engine fail as a full disk does, while ``full`` is set."""

    def __init__(self, factory: SessionFactory) -> None:
        self.full = False
        self.refused = 0
        event.listen(factory.kw["bind"], "do_execute", self._do_execute)

    def _do_execute(self, cursor, statement, parameters, context) -> None:  # type: ignore[no-untyped-def]
        if self.full and statement.lstrip().upper().startswith(WRITES):
            self.refused += 1
            raise sqlite3.OperationalError("database or disk is full")
        # None: SQLAlchemy runs the statement itself.


def _meeting_with_two_actions(factory: SessionFactory) -> tuple[int, tuple[int, int]]:
    families, meetings = FamilyService(factory), MeetingService(factory)
    family_id = families.create_family("Fenwick family")
    families.save_child(
        family_id, Child(0, "Tamsin Fenwick", dt.date(2019, 3, 14), PlanType.CHILD_PROTECTION)
    )
    social_worker = families.save_person(
        family_id, Person(0, "Ade Olusola", "Social worker", "Children's Services", True)
    )
    health_visitor = families.save_person(
        family_id, Person(0, "Kit Marsh", "Health visitor", "Health", True)
    )
    meeting_id = meetings.create_meeting(
        family_id, MeetingType.CORE_GROUP, TODAY, dt.time(10, 0), "Linden Family Centre",
        social_worker, health_visitor,
    )
    meetings.start(meeting_id)
    for person_id in (social_worker, health_visitor):
        meetings.set_attendance(meeting_id, AttendanceEntry(person_id, AttendanceStatus.PRESENT))
    first, second = meetings.add_action(meeting_id), meetings.add_action(meeting_id)
    return meeting_id, (first, second)


def _stored_what(data_dir: Path, meeting_id: int, action_id: int) -> str:
    """The action's text as a fresh connection reads it from the file."""
    factory = open_factory(data_dir)
    try:
        meeting = MeetingService(factory).get(meeting_id)
    finally:
        factory.kw["bind"].dispose()
    return next(a.what for a in meeting.actions if a.id == action_id)


class ModalWatch:
    """Records (and closes) any modal dialog or message box that shows up."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._look)
        self.timer.start()

    def _look(self) -> None:
        modal = QApplication.activeModalWidget()
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        for widget in [modal, *boxes]:
            if widget is not None and widget.isVisible():
                self.seen.append(widget.windowTitle() or type(widget).__name__)
                widget.close()


def test_typing_on_a_full_disk_is_kept_shown_in_a_banner_and_saved_when_space_returns(
    qtbot: QtBot, factory: SessionFactory, data_dir: Path
) -> None:
    meeting_id, (first_id, _second_id) = _meeting_with_two_actions(factory)
    disk = FullDisk(factory)
    prompts = FakePrompts()
    main = MainWindow(build_context(factory, data_dir, prompts))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.open_meeting(meeting_id)
    walk = main.walkthrough
    assert walk is not None
    walk.go_to(StepKey.ACTIONS)
    table = find(walk, QTableWidget, "actions_table")
    table.selectRow(0)
    edit = find(walk, QPlainTextEdit, "action_what_edit")
    watch = ModalWatch()

    type_text(qtbot, edit, "Ring the GP")
    qtbot.waitUntil(lambda: _stored_what(data_dir, meeting_id, first_id) == "Ring the GP")

    disk.full = True
    type_text(qtbot, edit, " about Kit")
    banner = main.findChild(QLabel, "saveProblemBanner")
    qtbot.waitUntil(lambda: banner is not None and banner.isVisible(), timeout=5000)
    assert banner is not None
    assert disk.refused > 0
    assert "The disk is full" in banner.text()
    assert "Do not close Chair" in banner.text()
    assert edit.toPlainText() == "Ring the GP about Kit"

    # Typing goes on; looking at the other action and coming back shows what was typed.
    type_text(qtbot, edit, " on Monday")
    table.selectRow(1)
    qtbot.wait(50)
    table.selectRow(0)
    qtbot.wait(50)
    assert edit.toPlainText() == "Ring the GP about Kit on Monday"
    edit.moveCursor(QTextCursor.MoveOperation.End)
    type_text(qtbot, edit, ".")
    qtbot.wait(1000)  # at least one more save fails meanwhile
    assert banner.isVisible()
    assert _stored_what(data_dir, meeting_id, first_id) == "Ring the GP"

    disk.full = False  # space freed: the queue is retried without anyone doing anything
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=15000)
    assert _stored_what(data_dir, meeting_id, first_id) == "Ring the GP about Kit on Monday."
    assert edit.toPlainText() == "Ring the GP about Kit on Monday."
    assert watch.seen == [], f"a dialog appeared: {watch.seen}"
    assert prompts.errors == [], f"an error dialog was asked for: {prompts.errors}"
    watch.timer.stop()
