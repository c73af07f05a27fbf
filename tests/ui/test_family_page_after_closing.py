"""The family page after a meeting is closed and its minutes exported (issue 14 item 8): what is
due agrees with the meetings table, and minutes never exported stay chased. Fictional family."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTableWidget
from pytestqt.qtbot import QtBot
from ui_helpers import FakePrompts, find

from chair_app.core.agenda import StepKey
from chair_app.core.domain import (
    AttendanceEntry,
    AttendanceStatus,
    Child,
    CPCategory,
    MeetingType,
    NextMeeting,
    Person,
    PlanType,
)
from chair_app.models.db import SessionFactory
from chair_app.services.export_minutes import ExportService
from chair_app.services.families import FamilyService
from chair_app.services.meetings import MeetingService
from chair_app.ui.launch import build_context
from chair_app.ui.main_window import MainWindow

D = dt.date
FIRST, SECOND, NEXT = D(2026, 11, 10), D(2026, 12, 1), D(2026, 12, 29)


def _rows(table: QTableWidget) -> list[tuple[str, ...]]:
    return [
        tuple(table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount()))
        for r in range(table.rowCount())
    ]


def _family(factory: SessionFactory) -> tuple[int, int]:
    """The fictional Marlowe family: a Core Group held on 10 November (minutes never exported)
    and the next one booked for 1 December, today."""
    families, meetings = FamilyService(factory), MeetingService(factory)
    family_id = families.create_family("Marlowe family")
    families.save_child(
        family_id, Child(0, "Ivy Marlowe", D(2019, 4, 2), PlanType.CHILD_PROTECTION, (CPCategory.NEGLECT,))
    )
    people = [
        families.save_person(family_id, Person(0, "Jo Marlowe", "Mother", "", False)),
        families.save_person(family_id, Person(0, "Sam Okoro", "Social worker", "Children's Services", True)),
        families.save_person(family_id, Person(0, "Bea Lund", "Health visitor", "Health", True)),
    ]
    ids = []
    for day in (FIRST, SECOND):
        meeting_id = meetings.create_meeting(
            family_id, MeetingType.CORE_GROUP, day, dt.time(10), "Hill Centre", people[1], people[2]
        )
        meetings.start(meeting_id)
        for person in people:
            meetings.set_attendance(meeting_id, AttendanceEntry(person, AttendanceStatus.PRESENT))
        ids.append(meeting_id)
        if day == FIRST:
            meetings.set_next_meeting(meeting_id, NextMeeting(SECOND, dt.time(10), "Hill Centre"))
            meetings.close(meeting_id)
    return family_id, ids[1]


def test_after_closing_the_family_page_agrees_with_itself(
    qtbot: QtBot, factory: SessionFactory, data_dir: Path
) -> None:
    _family_id, second = _family(factory)
    ctx = dataclasses.replace(build_context(factory, data_dir, FakePrompts()), today=lambda: SECOND)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    # The chair sets the next date at the Next meeting step, closes, and goes back.
    window.open_meeting(second)
    walk = window.walkthrough
    assert walk is not None
    ctx.meetings.set_next_meeting(second, NextMeeting(NEXT, dt.time(10), "Hill Centre"))
    walk.controller.reload()
    walk.go_to(StepKey.CLOSE)
    qtbot.mouseClick(find(walk, QPushButton, "close_meeting_button"), Qt.MouseButton.LeftButton)
    assert ctx.meetings.get(second).is_closed
    window.close_meeting()
    ctx.background.wait()
    qtbot.waitUntil(lambda: _rows(window.family_page.meetings_table)[0][4] != "")

    meetings_rows = _rows(window.family_page.meetings_table)
    deadlines = _rows(window.family_page.deadlines_table)
    next_shown = meetings_rows[0][4]  # the closed meeting's "Next date"
    assert next_shown == "29/12/2026"
    core = [row for row in deadlines if row[1] == "Next Core Group"]
    assert len(core) == 1, deadlines
    assert "none booked" not in core[0][2], core[0]
    assert core[0][2].startswith("Booked. For Tuesday 29 December 2026"), core[0]

    # The latest minutes exported; those of 10 November never were, and are still chased.
    ExportService(factory).mark_exported(second, SECOND)
    window.family_page.refresh_family()
    ctx.background.wait()  # deadlines are worked out off the main thread
    whats = [row[1] for row in _rows(window.family_page.deadlines_table)]
    assert "Minutes of the Core Group of Tuesday 10 November 2026" in whats, whats
    assert "Minutes of the Core Group of Tuesday 1 December 2026" not in whats, whats
    ctx.background.wait()
    qtbot.waitUntil(lambda: _rows(window.family_page.meetings_table)[0][4] == next_shown)
    window.family_page.grab().save(str(data_dir / "family_after_closing.png"))
