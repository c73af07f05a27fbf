"""A Core Group, an initial conference and a Child in Need meeting chaired through real focus:
every key goes to whichever control has the keyboard focus (QApplication.focusWidget()), never
to a control looked up by name. On arriving at each step its first field has the focus, is in
view and the step is scrolled to its top; each Tab then goes to the next field in the order
resources/focus_order.json gives for the step, in view, and after the step's last field to the
walk-through's Back, turns and Next. At 100% and 200% text, and in plain words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import TODAY
from focus_order import expected_order, field_name
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from ui_helpers import FakePrompts, focused, press, type_keys

from chair_app.core.domain import MeetingStatus, MeetingType
from chair_app.models.db import SessionFactory
from chair_app.services.settings import SettingsService
from chair_app.ui.launch import build_context
from chair_app.ui.main_window import MainWindow
from chair_app.ui.theme import apply_theme, clear_theme
from chair_app.ui.walkthrough import MeetingWalkthrough

Key = Qt.Key
NONE = Qt.KeyboardModifier.NoModifier
ALT = Qt.KeyboardModifier.AltModifier
NAV = ("back_button", "turns_button", "next_button")
MAX_TABS = 40


@pytest.fixture(params=["100%", "200%", "plain words"])
def window(
    request: pytest.FixtureRequest,
    qtbot: QtBot,
    qapp: QApplication,
    factory: SessionFactory, with_demo_family: None,
    data_dir: Path,
) -> MainWindow:
    clear_theme(qapp)
    apply_theme(qapp, 2.0 if request.param == "200%" else 1.0)
    if request.param == "plain words":
        SettingsService(factory).set_plain_language(True)
    main = MainWindow(build_context(factory, data_dir, FakePrompts()))
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    yield main
    clear_theme(qapp)



def in_view(widget: QWidget) -> bool:
    return not widget.visibleRegion().isEmpty()


def choose(qtbot: QtBot, text: str) -> None:
    """Pick an entry of the focused drop-down with the arrow keys."""
    combo = focused()
    assert isinstance(combo, QComboBox), field_name(combo)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        press(qtbot, Key.Key_Down)
    raise AssertionError(f"{combo.objectName()} has no {text!r}")


def fill(qtbot: QtBot, name: str, step: str) -> None:
    """What the chair does in the focused field before pressing Tab."""
    widget = focused()
    if name.startswith("attendance_status_"):
        # The mother sent a written report; everyone else is here.
        choose(qtbot, "Sent a written report" if name.endswith("_1") else "Present")
    elif name.startswith("score_"):
        press(qtbot, Key.Key_Up)  # from "No score" to 0, then 1
        press(qtbot, Key.Key_Up)
    elif name.startswith(("plan_view_", "vote_")) and isinstance(widget, QComboBox):
        press(qtbot, Key.Key_Down)
    elif isinstance(widget, QPlainTextEdit | QLineEdit) and not widget.isReadOnly():
        if step == "next_meeting" or name.startswith("how_gathered"):
            return
        type_keys(qtbot, "ok")


def arrive(walk: MeetingWalkthrough, step: str) -> None:
    page = walk.step_pages[walk.agenda[walk.current_index].key]
    order, missing = expected_order(page, step)
    assert not missing, f"{step}: not shown: {missing}"
    assert order, f"{step}: no fields"
    widget = focused()
    assert field_name(widget) == order[0], f"{step}: the focus is on {field_name(widget)!r}"
    assert in_view(widget), f"{step}: its first field is out of view"
    assert walk.pages_scroll.verticalScrollBar().value() == 0, f"{step}: not at the top"


def walk_step(qtbot: QtBot, walk: MeetingWalkthrough, step: str) -> list[str]:
    """Tab through the step's fields, filling them, checking each stop; returns the stops."""
    page = walk.step_pages[walk.agenda[walk.current_index].key]
    stops = []
    for _ in range(MAX_TABS):
        name = field_name(focused())
        stops.append(name)
        fill(qtbot, name, step)
        order, _missing = expected_order(page, step)
        assert name in order, f"{step}: Tab went to {name!r}, not a field of the step: {stops}"
        position = order.index(name)
        press(qtbot, Key.Key_Tab)
        now = focused()
        assert in_view(now), f"{step}: Tab from {name!r} went to {field_name(now)!r}, out of view"
        if position == len(order) - 1:
            assert field_name(now) in NAV, f"{step}: after the last field, {field_name(now)!r}"
            return stops
        assert field_name(now) == order[position + 1], (
            f"{step}: Tab from {name!r} went to {field_name(now)!r}, not "
            f"{order[position + 1]!r}; so far {stops}"
        )
    raise AssertionError(f"{step}: Tab never left the step: {stops}")


def chair(qtbot: QtBot, window: MainWindow, meeting_id: int) -> None:
    window.open_meeting(meeting_id)
    walk = window.walkthrough
    assert walk is not None
    # From the step list, Tab to Start (the header comes first) and press it.
    for _ in range(MAX_TABS):
        if field_name(focused()) == "start_meeting_button":
            break
        press(qtbot, Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    press(qtbot, Key.Key_Space)
    assert walk.controller.meeting.status is MeetingStatus.IN_PROGRESS
    for index, step in enumerate(walk.agenda):
        assert walk.current_index == index, f"still on {walk.agenda[walk.current_index].key}"
        arrive(walk, step.key.value)
        walk_step(qtbot, walk, step.key.value)
        if step.key.value == "close":
            break
        press(qtbot, Key.Key_Right, ALT)
    # The meeting is closed from the keyboard: back to the Close button, and Space.
    for _ in range(MAX_TABS):
        if field_name(focused()) == "close_meeting_button":
            break
        press(qtbot, Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    press(qtbot, Key.Key_Space)
    assert walk.controller.meeting.is_closed
    window.close_meeting()


def test_three_meetings_chaired_by_real_focus(qtbot: QtBot, window: MainWindow) -> None:
    family = window.family_page.family
    assert family is not None
    draft = next(m for m in family.meetings if m.status is MeetingStatus.DRAFT)
    meetings = window.ctx.meetings
    by_role = {p.role: p.id for p in family.people}
    others = [
        meetings.create_meeting(
            family.id, kind, TODAY + dt.timedelta(days=days), dt.time(10, 0), "Room 1",
            by_role["Police officer"], by_role["Health visitor"],
        )
        for kind, days in ((MeetingType.INITIAL_CONFERENCE, 1), (MeetingType.CHILD_IN_NEED, 2))
    ]
    for meeting_id in (draft.id, *others):
        chair(qtbot, window, meeting_id)
