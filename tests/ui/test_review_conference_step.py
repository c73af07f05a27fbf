"""The Next meeting step as a chair uses it for the review conference: a Core Group records the
date of the next review conference and any request for an early one, with why, and the minutes
print them; after a conference held before a baby's birth, the step proposes the date by the
pre-birth rule and names it in its warning.

TODAY is Monday 23 November 2026; the demo family (Marlowe) has a draft Core Group on TODAY.
Worked out by hand: 3 months after Monday 2 November 2026 is Tuesday 2 February 2027; 10 working
days after the expected date, Tuesday 5 January 2027, is Tuesday 19 January 2027.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from pathlib import Path

import pytest
from conftest import TODAY
from minutes_files import docx_body
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from ui_helpers import FakePrompts, find, type_text

from chair_app.core.agenda import StepKey
from chair_app.core.domain import (
    AttendanceEntry,
    AttendanceStatus,
    Child,
    ChildDecision,
    CPCategory,
    MeetingStatus,
    MeetingType,
    NextMeeting,
    PlanType,
    PlanView,
)
from chair_app.models.db import SessionFactory
from chair_app.services.export_minutes import ExportFormat, ExportService
from chair_app.services.families import FamilyService
from chair_app.services.meetings import MeetingService
from chair_app.ui.launch import build_context
from chair_app.ui.main_window import MainWindow
from chair_app.ui.walkthrough import MeetingWalkthrough

SHOTS = os.environ.get("CHAIR_SCREENSHOTS")  # a folder: save what the chair sees there
REASON = "The father has moved back in, against the written agreement."


@pytest.fixture
def window(
    qtbot: QtBot, factory: SessionFactory, with_demo_family: None, data_dir: Path
) -> MainWindow:
    ctx = dataclasses.replace(build_context(factory, data_dir, FakePrompts()), today=lambda: TODAY)
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def _shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def _draft_core_group(factory: SessionFactory) -> int:
    family = FamilyService(factory).get_family(1)
    return next(m.id for m in family.meetings if m.status is MeetingStatus.DRAFT)


def _person(factory: SessionFactory, role: str) -> int:
    return next(p.id for p in FamilyService(factory).get_family(1).people if p.role == role)


def _open_next_meeting_step(qtbot: QtBot, window: MainWindow, meeting_id: int) -> MeetingWalkthrough:
    window.open_meeting(meeting_id)
    walk = window.walkthrough
    assert walk is not None
    qtbot.mouseClick(find(walk, QPushButton, "start_meeting_button"), Qt.MouseButton.LeftButton)
    social_worker = next(p for p in walk.controller.family.people if p.role == "Social worker")
    combo = find(walk, QComboBox, f"attendance_status_{social_worker.id}")
    combo.setCurrentIndex(combo.findData(AttendanceStatus.PRESENT))
    walk.go_to(StepKey.NEXT_MEETING)
    return walk


def _retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.clear()
    type_text(qtbot, edit, text)


def test_a_core_group_records_the_review_conference_and_an_early_request_and_prints_them(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory, tmp_path: Path
) -> None:
    meetings = MeetingService(factory)
    draft = _draft_core_group(factory)
    walk = _open_next_meeting_step(qtbot, window, draft)
    assert find(walk, QWidget, "review_conference_box").isVisible()
    date_edit = find(walk, QLineEdit, "review_conference_date_edit")
    message = find(walk, QLabel, "review_conference_message_label")
    reason_edit = find(walk, QPlainTextEdit, "early_review_reason_edit")
    assert not reason_edit.isEnabled(), "a reason asked for before any request"

    # A date before this meeting: said at once, and not saved.
    type_text(qtbot, date_edit, "01/11/2026")
    assert message.isVisible()
    assert "must be after this meeting (Monday 23 November 2026)" in message.text()
    walk.controller.flush()
    assert meetings.get(draft).review_conference_date is None

    _retype(qtbot, date_edit, "15/02/2027")
    assert not message.isVisible()
    find(walk, QCheckBox, "early_review_box").setChecked(True)
    assert reason_edit.isEnabled()
    assert message.text() == "Say why the core group asks for an early review conference."
    type_text(qtbot, reason_edit, REASON)
    assert not message.isVisible()
    _shot(walk, "next_meeting_core_group_review_conference")
    walk.controller.flush()
    record = meetings.get(draft)
    assert record.review_conference_date == dt.date(2027, 2, 15)
    assert record.early_review_requested
    assert record.early_review_reason == REASON

    # Closed and exported, the minutes print both under the next meeting.
    meetings.set_next_meeting(draft, NextMeeting(dt.date(2026, 12, 21), dt.time(10, 0), "Elm Road"))
    for role in ("Health visitor", "Class teacher (Ellie)", "Police officer"):
        meetings.set_attendance(draft, AttendanceEntry(_person(factory, role), AttendanceStatus.PRESENT))
    meetings.close(draft)
    path = ExportService(factory).export(draft, ExportFormat.DOCX, tmp_path / "minutes.docx")
    body = docx_body(path)
    assert "Next review conference Monday 15 February 2027" in body
    assert f"Early review conference The core group asked for an early review conference: {REASON}" in body


def test_a_later_review_conference_date_than_the_pre_birth_rule_is_warned_naming_it(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory
) -> None:
    families, meetings = FamilyService(factory), MeetingService(factory)
    baby = families.save_child(
        1,
        Child(0, "Unborn baby", None, PlanType.CHILD_PROTECTION, (CPCategory.NEGLECT,),
              unborn=True, expected_date=dt.date(2027, 1, 5)),
        today=TODAY,
    )
    icpc = meetings.create_meeting(
        1, MeetingType.INITIAL_CONFERENCE, dt.date(2026, 11, 2), dt.time(10, 0), "Elm Road",
        _person(factory, "Social worker"), _person(factory, "Health visitor"),
    )
    meetings.start(icpc)
    for role in ("Social worker", "Health visitor", "Class teacher (Ellie)", "Police officer"):
        meetings.set_attendance(icpc, AttendanceEntry(_person(factory, role), AttendanceStatus.PRESENT))
    for child in families.get_family(1).children:
        meetings.set_child_decision(icpc, ChildDecision(child.id, PlanView.PLAN))
    meetings.close(icpc)
    assert baby in [c.id for c in families.get_family(1).children]

    walk = _open_next_meeting_step(qtbot, window, _draft_core_group(factory))
    due = find(walk, QLabel, "review_conference_due_label")
    assert due.isVisible()
    assert due.text().startswith("By the rule: Tuesday 19 January 2027. ")
    assert "counted from the expected date of delivery, 5 January 2027" in due.text()
    type_text(qtbot, find(walk, QLineEdit, "review_conference_date_edit"), "02/02/2027")
    message = find(walk, QLabel, "review_conference_message_label")
    assert message.isVisible()
    assert message.text().startswith(
        "Warning: Tuesday 2 February 2027 is later than the rule allows. The pre-birth rule: "
    )
    assert message.text().endswith("The latest date is Tuesday 19 January 2027.")


def test_an_initial_conference_before_the_birth_proposes_the_pre_birth_date(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory
) -> None:
    families, meetings = FamilyService(factory), MeetingService(factory)
    families.save_child(
        1,
        Child(0, "Unborn baby", None, PlanType.CHILD_PROTECTION, (),
              unborn=True, expected_date=dt.date(2027, 1, 5)),
        today=TODAY,
    )
    icpc = meetings.create_meeting(
        1, MeetingType.INITIAL_CONFERENCE, dt.date(2026, 11, 2), dt.time(10, 0), "Elm Road",
        _person(factory, "Social worker"), _person(factory, "Health visitor"),
    )
    walk = _open_next_meeting_step(qtbot, window, icpc)
    assert not find(walk, QWidget, "review_conference_box").isVisible()  # a Core Group's only
    due = find(walk, QLabel, "next_due_label")
    assert due.text().startswith(
        "Latest date: Tuesday 19 January 2027. First Review Child Protection Conference "
        "(pre-birth) by Tuesday 19 January 2027: the pre-birth rule, the earlier of 3 months "
    )
    qtbot.mouseClick(find(walk, QPushButton, "use_latest_date_button"), Qt.MouseButton.LeftButton)
    assert find(walk, QLineEdit, "next_date_edit").text() == "19/01/2027"

    edit = find(walk, QLineEdit, "next_date_edit")
    _retype(qtbot, edit, "02/02/2027")
    warning = find(walk, QLabel, "next_date_warning_label")
    assert warning.isVisible()
    assert warning.text().startswith(
        "Warning: Tuesday 2 February 2027 is 14 days later than the rule allows. The pre-birth "
        "rule: First Review Child Protection Conference (pre-birth) by the earlier of 3 months "
        "after the pre-birth Initial Child Protection Conference and 10 working days"
    )
    assert "Tees pre-birth procedures" in warning.text()
    _shot(walk, "next_meeting_pre_birth_conference")
