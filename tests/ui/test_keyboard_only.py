"""A whole Core Group chaired with the keyboard alone: from the family page to a closed
meeting, every change made by key presses sent to whichever control has the focus (Tab,
Shift+Tab, arrows, Space, Return, typing, the walk-through's shortcuts). The test only reads
state to check it; it never clicks or calls a method that changes anything."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import FakePrompts, find, focused, press, type_keys

from chair_app.core.domain import AttendanceStatus, MeetingStatus
from chair_app.models.db import SessionFactory
from chair_app.ui.launch import build_context
from chair_app.ui.main_window import MainWindow
from chair_app.ui.theme import FOCUS_COLOUR, HIGH_CONTRAST_FOCUS, apply_theme, clear_theme

Key = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier
MAX_TABS = 120


@pytest.fixture
def window(
    qtbot: QtBot,
    qapp: QApplication,
    factory: SessionFactory,
    with_demo_family: None,
    data_dir: Path,
) -> MainWindow:
    apply_theme(qapp)  # the focus ring, as at start-up
    main = MainWindow(build_context(factory, data_dir, FakePrompts()))
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    yield main
    clear_theme(qapp)



def tab_to(qtbot: QtBot, name: str, backwards: bool = False) -> QWidget:
    """Tab (or Shift+Tab) until the control named ``name`` has the focus."""
    seen = []
    for _ in range(MAX_TABS):
        if focused().objectName() == name:
            return focused()
        seen.append(focused().objectName() or type(focused()).__name__)
        press(qtbot, Key.Key_Backtab if backwards else Key.Key_Tab, SHIFT if backwards else NONE)
    raise AssertionError(f"Tab never reached {name!r}; it went {seen[:40]}")


def choose(qtbot: QtBot, name: str, text: str) -> None:
    """Tab to a combo box and pick the entry by typing its first letters, as keyboard users do
    (keyboard search in a closed combo)."""
    combo = tab_to(qtbot, name)
    assert isinstance(combo, QComboBox)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        press(qtbot, Key.Key_Down)
    raise AssertionError(
        f"{name} has no {text!r}: {[combo.itemText(i) for i in range(combo.count())]}"
    )


def reactivate(qtbot: QtBot, window: MainWindow) -> None:
    """When a dialog closes a desktop's window manager makes the main window active again; the
    offscreen platform has none, so the test does what it would. Nothing in Chair changes."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def counter(window: MainWindow) -> str:
    walk = window.walkthrough
    assert walk is not None
    return find(walk, QLabel, "step_counter_label").text()


def test_chair_a_whole_core_group_with_the_keyboard_alone(qtbot: QtBot, window: MainWindow) -> None:
    # The family page: the new meeting button, reached by Tab, pressed with Space.
    tab_to(qtbot, "new_meeting_button")
    press(qtbot, Key.Key_Space)
    dialog = find(window.family_page, QWidget, "meeting_setup_dialog")
    assert dialog.isVisible()
    date = tab_to(qtbot, "meeting_date_edit")
    press(qtbot, Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_keys(qtbot, "30/11/2026")
    tab_to(qtbot, "meeting_time_edit")
    type_keys(qtbot, "10:30")
    tab_to(qtbot, "meeting_venue_edit")
    type_keys(qtbot, "Brookfield Primary, Room 4")
    choose(qtbot, "chair_combo", "Priya Desai (Social worker)")
    choose(qtbot, "minute_taker_combo", "Tom Ashby (Class teacher (Ellie))")
    press(qtbot, Key.Key_Return)
    assert not dialog.isVisible(), find(dialog, QLabel, "dialog_message_label").text()
    del date
    reactivate(qtbot, window)
    walk = window.walkthrough
    assert walk is not None and walk.isVisible()
    assert counter(window) == "Step 1 of 13"
    family = window.family_page.family
    assert family is not None
    people = {p.name: p.id for p in family.people}

    tab_to(qtbot, "start_meeting_button")
    press(qtbot, Key.Key_Space)
    assert walk.controller.meeting.status is MeetingStatus.IN_PROGRESS

    # 1. Attendance: everyone there but Dean, who sent apologies.
    for person in family.people:
        status = "Sent apologies" if person.name.startswith("Dean") else "Present"
        choose(qtbot, f"attendance_status_{person.id}", status)
    attendance = {e.person_id: e.status for e in walk.controller.meeting.attendance}
    assert attendance[people["Dean Marlowe"]] is AttendanceStatus.APOLOGIES
    assert attendance[people["Priya Desai"]] is AttendanceStatus.PRESENT
    press(qtbot, Key.Key_Right, ALT)
    assert counter(window) == "Step 2 of 13"

    # 2. What has happened since last time
    tab_to(qtbot, "reasons_edit")
    type_keys(qtbot, "One police call-out since the last meeting.")
    press(qtbot, Key.Key_Right, ALT)

    # 3. Updates
    tab_to(qtbot, f"update_edit_{people['Priya Desai']}")
    type_keys(qtbot, "Two home visits; the home was calm.")
    press(qtbot, Key.Key_Right, ALT)

    # 4. The children's views
    for child in family.children:
        tab_to(qtbot, f"child_views_edit_{child.id}")
        type_keys(qtbot, f"{child.name} says home is quieter.")
    press(qtbot, Key.Key_Right, ALT)
    assert counter(window) == "Step 5 of 13"

    # 5. Review of the plan: each carried action reviewed.
    carried = [a for a in walk.controller.meeting.actions if a.is_carried]
    for action in carried:
        choose(qtbot, f"review_status_{action.id}", "Done")
        tab_to(qtbot, f"review_work_done_{action.id}")
        type_keys(qtbot, "Done as agreed.")
    press(qtbot, Key.Key_Right, ALT)

    # 6. Danger statements: last time's are kept; the first one's goal is reworded.
    tab_to(qtbot, "safety_goal_edit")
    press(qtbot, Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_keys(qtbot, " Checked monthly.")
    press(qtbot, Key.Key_Right, ALT)
    assert counter(window) == "Step 7 of 13"

    # 7. Scaling: the people present score.
    for name, score in (("Kerry Marlowe", "7"), ("Priya Desai", "4"), ("Ffion Rhys", "5")):
        tab_to(qtbot, f"score_{people[name]}")
        press(qtbot, Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_keys(qtbot, score)
    press(qtbot, Key.Key_Right, ALT)

    # 8. The three columns
    for name, text in (
        ("worries_edit", "Shouting at night"),
        ("working_well_edit", "Nan helps"),
        ("needs_to_happen_edit", "Breakfast club"),
    ):
        tab_to(qtbot, name)
        type_keys(qtbot, text)
    press(qtbot, Key.Key_Right, ALT)
    assert counter(window) == "Step 9 of 13"

    # 9. Actions: Alt+A adds one.
    before = len(walk.controller.meeting.actions)
    press(qtbot, Key.Key_A, ALT)  # a mnemonic clicks its button after a short flash
    qtbot.waitUntil(lambda: len(walk.controller.meeting.actions) == before + 1)
    tab_to(qtbot, "action_what_edit")
    type_keys(qtbot, "Book a place at the breakfast club for Ellie.")
    choose(qtbot, "action_owner_combo", "Tom Ashby (Class teacher (Ellie))")
    tab_to(qtbot, "action_due_edit")
    type_keys(qtbot, "14/12/2026")
    press(qtbot, Key.Key_Right, ALT)

    # 10. Contingency plan
    tab_to(qtbot, "contingency_edit")
    type_keys(qtbot, "If the police are called again, a strategy discussion is held that day.")
    press(qtbot, Key.Key_Right, ALT)

    # 11. Decisions: none needed today.
    press(qtbot, Key.Key_Right, ALT)
    assert counter(window) == "Step 12 of 13"

    # 12. Next meeting: the latest date the rule allows, by its button.
    tab_to(qtbot, "use_latest_date_button")
    press(qtbot, Key.Key_Space)
    tab_to(qtbot, "next_time_edit")
    type_keys(qtbot, "2pm")
    tab_to(qtbot, "next_venue_edit")
    type_keys(qtbot, "Northfield Family Centre")
    press(qtbot, Key.Key_Right, ALT)
    assert counter(window) == "Step 13 of 13"

    # 13. Close
    tab_to(qtbot, "close_meeting_button")
    press(qtbot, Key.Key_Space)
    meeting = walk.controller.meeting
    assert meeting.status is MeetingStatus.CLOSED
    assert meeting.columns.worries == "Shouting at night"
    assert (
        meeting.next_meeting.date is not None
        and meeting.next_meeting.venue == "Northfield Family Centre"
    )
    assert meeting.reasons == "One police call-out since the last meeting."
    assert all(a.status.label == "Done" for a in meeting.actions if a.is_carried)
    scores = {s.person_id: s.value for s in meeting.scores if s.statement_id is None}
    assert scores[people["Priya Desai"]] == 4
    assert any(a.what == "Book a place at the breakfast club for Ellie." for a in meeting.actions)


def _has_colour(widget: QWidget, colour: str) -> bool:
    image = widget.grab().toImage()
    wanted = QColor(colour).rgb()
    return any(
        image.pixel(x, y) == wanted
        for x in range(image.width())
        for y in (0, 1, image.height() // 2, image.height() - 1, image.height() - 2)
    ) or any(
        image.pixel(x, y) == wanted
        for y in range(image.height())
        for x in (0, 1, image.width() - 2, image.width() - 1)
    )


@pytest.mark.parametrize("high_contrast", [False, True], ids=["standard", "high_contrast"])
def test_the_focused_control_shows_a_ring(
    qtbot: QtBot, qapp: QApplication, window: MainWindow, high_contrast: bool
) -> None:
    apply_theme(qapp, 1.0, high_contrast)
    ring = "#000000" if high_contrast else FOCUS_COLOUR
    for name in ("new_meeting_button", "family_search_edit"):
        widget = tab_to(qtbot, name)
        QApplication.processEvents()
        assert _has_colour(widget, ring), f"{name} shows no focus ring"
        if high_contrast:
            assert _has_colour(widget, HIGH_CONTRAST_FOCUS), f"{name} is not yellow when focused"
        press(qtbot, Key.Key_Tab)
        QApplication.processEvents()
        assert not _has_colour(
            widget, FOCUS_COLOUR if not high_contrast else HIGH_CONTRAST_FOCUS
        ), f"{name} still looks focused after Tab moved on"
