"""The room display: follows the chair, shows typing live, blanks at once, never shows a
confidential third-party update."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from ui_helpers import FakePrompts, find, type_text

from chair_app.core.agenda import StepKey
from chair_app.core.domain import AttendanceStatus
from chair_app.models.db import SessionFactory
from chair_app.services.meetings import MeetingService
from chair_app.ui.launch import build_context, open_data_into
from chair_app.ui.main_window import MainWindow
from chair_app.ui.room_display import RoomDisplay, choose_room_screen
from chair_app.ui.walkthrough import MeetingWalkthrough

DRAFT_ID = 2
SECRET = "Her former partner was released from prison last week and asked where she lives."
SHOTS = Path(__file__).resolve().parent.parent.parent / "room_shots"


@pytest.fixture
def window(
    qtbot: QtBot, factory: SessionFactory, with_demo_family: None, data_dir: Path
) -> MainWindow:
    main = MainWindow(build_context(factory, data_dir, FakePrompts()))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def _walk(window: MainWindow) -> MeetingWalkthrough:
    window.open_meeting(DRAFT_ID)
    walk = window.walkthrough
    assert walk is not None
    return walk


def _open_display(qtbot: QtBot, walk: MeetingWalkthrough) -> RoomDisplay:
    action = walk.findChild(QAction, "room_display_action")
    assert action is not None
    action.trigger()
    display = walk.room.display
    assert display.objectName() == "room_display"
    qtbot.waitExposed(display)
    return display


def _present(walk: MeetingWalkthrough, person_id: int) -> None:
    combo = find(walk, QComboBox, f"attendance_status_{person_id}")
    combo.setCurrentIndex(combo.findData(AttendanceStatus.PRESENT))


def test_room_display_opens_and_follows_the_chairs_step(qtbot: QtBot, window: MainWindow) -> None:
    walk = _walk(window)
    display = _open_display(qtbot, walk)
    assert display.isVisible() and display.isWindow()
    assert walk.agenda[0].title in display.shown_text()
    assert "Marlowe" in display.shown_text()  # the family's name: the family is in the room
    for key in (StepKey.THREE_COLUMNS, StepKey.ACTIONS, StepKey.REASONS):
        walk.go_to(key)
        step = next(s for s in walk.agenda if s.key is key)
        assert step.title in display.shown_text()
        assert step.purpose in display.shown_text()
    qtbot.mouseClick(find(walk, QPushButton, "next_button"), Qt.MouseButton.LeftButton)
    assert walk.agenda[walk.current_index].title in display.shown_text()


def test_room_display_shows_typing_before_the_autosave(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory
) -> None:
    from chair_app.ui.autosave import Autosaver

    walk = _walk(window)
    # A slow autosave, so that "before the autosave" holds on a loaded machine too.
    walk.controller.autosaver = Autosaver(walk.controller, 60_000, 60_000)
    display = _open_display(qtbot, walk)
    walk.go_to(StepKey.THREE_COLUMNS)
    service = MeetingService(factory)
    edit = find(walk, QPlainTextEdit, "working_well_edit")
    type_text(qtbot, edit, "Gran walks them to school")
    qtbot.waitUntil(lambda: "Gran walks them to school" in display.shown_text(), timeout=500)
    # Shown from what is typed, not from the database: the autosave has not run yet.
    assert service.get(DRAFT_ID).columns.working_well != "Gran walks them to school"
    assert walk.controller.autosaver.has_pending


def test_room_display_blanks_at_once_and_comes_back(qtbot: QtBot, window: MainWindow) -> None:
    walk = _walk(window)
    display = _open_display(qtbot, walk)
    walk.go_to(StepKey.THREE_COLUMNS)
    title = walk.agenda[walk.current_index].title
    blank = find(walk, QPushButton, "blank_room_button")
    qtbot.mouseClick(blank, Qt.MouseButton.LeftButton)
    # No waiting: the record is gone as the click returns.
    assert display.is_blanked
    assert title not in display.shown_text() and "Marlowe" not in display.shown_text()
    assert find(display, QWidget, "room_display_blank").isVisible()
    assert not find(display, QWidget, "room_display_content").isVisible()
    qtbot.mouseClick(blank, Qt.MouseButton.LeftButton)
    assert not display.is_blanked and title in display.shown_text()


def test_room_display_blank_shortcut(qtbot: QtBot, window: MainWindow) -> None:
    walk = _walk(window)
    display = _open_display(qtbot, walk)
    walk.step_list.setFocus()
    qtbot.keyClick(walk.step_list, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert display.is_blanked and find(walk, QPushButton, "blank_room_button").isChecked()
    qtbot.keyClick(walk.step_list, Qt.Key.Key_F7)
    assert not display.is_blanked


def test_room_display_never_shows_a_confidential_update_while_it_is_typed(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory
) -> None:
    walk = _walk(window)
    family = walk.controller.family
    police = next(p for p in family.people if p.is_professional and p.name.startswith("PC"))
    mother = next(p for p in family.people if not p.is_professional)
    for person in (police, mother):
        _present(walk, person.id)
    walk.controller.flush()
    display = _open_display(qtbot, walk)
    walk.go_to(StepKey.UPDATES)
    find(walk, QCheckBox, f"third_party_{police.id}").setChecked(True)
    edit = find(walk, QPlainTextEdit, f"update_edit_{police.id}")
    seen = []
    words = SECRET.split(" ")
    for start in range(0, len(words), 3):
        type_text(qtbot, edit, " ".join(words[start : start + 3]) + " ")
        qtbot.wait(60)
        seen.append(display.shown_text())
    qtbot.wait(400)  # past the display's delay and the autosave
    seen.append(display.shown_text())
    assert MeetingService(factory).get(DRAFT_ID).update_of(police.id).strip() == SECRET
    for text in seen:
        for fragment in ("released", "prison", "former partner", police.name):
            assert fragment not in text
    assert "confidential" in seen[-1]
    # An ordinary update typed next to it does reach the room.
    type_text(qtbot, find(walk, QPlainTextEdit, f"update_edit_{mother.id}"), "We go to the park.")
    qtbot.waitUntil(lambda: "We go to the park." in display.shown_text(), timeout=500)
    assert "prison" not in display.shown_text()


def test_room_display_hides_an_update_at_once_when_it_is_marked_confidential(
    qtbot: QtBot, window: MainWindow
) -> None:
    walk = _walk(window)
    police = next(p for p in walk.controller.family.people if p.name.startswith("PC"))
    _present(walk, police.id)
    walk.controller.flush()
    display = _open_display(qtbot, walk)
    walk.go_to(StepKey.UPDATES)
    type_text(qtbot, find(walk, QPlainTextEdit, f"update_edit_{police.id}"), "Arrested on Friday")
    qtbot.waitUntil(lambda: "Arrested on Friday" in display.shown_text(), timeout=500)
    find(walk, QCheckBox, f"third_party_{police.id}").setChecked(True)
    assert "Arrested on Friday" not in display.shown_text()


def _unlock(qtbot: QtBot, main: MainWindow) -> None:
    page = find(main, QWidget, "passphrase_page")
    type_text(qtbot, find(page, QLineEdit, "passphrase_edit"), "demo")
    qtbot.mouseClick(find(page, QPushButton, "passphrase_submit_button"), Qt.MouseButton.LeftButton)


def test_room_display_blanks_when_the_window_locks(qtbot: QtBot, tmp_path: Path) -> None:
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    assert open_data_into(main, tmp_path / "demo", demo=True)
    try:
        family = main.ctx.families.get_family(main.ctx.families.list_families()[0].id)
        draft = next(m for m in family.meetings if m.status.value != "closed")
        main.open_meeting(draft.id)
        walk = main.walkthrough
        assert walk is not None
        display = _open_display(qtbot, walk)
        main.lock()
        assert display.is_blanked and "Marlowe" not in display.shown_text()
        _unlock(qtbot, main)
        assert not main.is_locked and not display.is_blanked
        # A blank the chair chose stays through a lock and unlock.
        qtbot.mouseClick(find(walk, QPushButton, "blank_room_button"), Qt.MouseButton.LeftButton)
        main.lock()
        _unlock(qtbot, main)
        assert display.is_blanked
    finally:
        main.ctx.background.wait()
        assert main.ctx.store is not None
        main.ctx.store.close()


def test_room_display_closes_with_the_meeting(qtbot: QtBot, window: MainWindow) -> None:
    walk = _walk(window)
    display = _open_display(qtbot, walk)
    qtbot.mouseClick(find(walk, QPushButton, "back_to_family_button"), Qt.MouseButton.LeftButton)
    assert not display.isVisible()


def test_choose_room_screen_picks_the_screen_the_main_window_is_not_on() -> None:
    a, b = object(), object()
    assert choose_room_screen([a], a) is None  # type: ignore[list-item,arg-type]
    assert choose_room_screen([a, b], a) is b  # type: ignore[list-item,arg-type]
    assert choose_room_screen([a, b], b) is a  # type: ignore[list-item,arg-type]


def test_room_display_goes_full_screen_on_a_second_screen(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    walk = _walk(window)
    main_screen = window.screen()
    chosen: list[object] = []

    def fake_choose(screens: object, main: object) -> object:
        chosen.append(main)
        return main_screen  # offscreen has one screen; stand it in as "the other"

    monkeypatch.setattr("chair_app.ui.room_display.choose_room_screen", fake_choose)
    display = _open_display(qtbot, walk)
    assert chosen == [main_screen]
    assert display.isFullScreen()


def test_room_display_is_an_ordinary_window_on_one_screen(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert len(QGuiApplication.screens()) == 1
    display = _open_display(qtbot, _walk(window))
    assert not display.isFullScreen()


def test_room_display_screenshots(qtbot: QtBot, window: MainWindow) -> None:
    """Not an assertion of looks: saves pictures to look at (room_shots/, git-ignored)."""
    walk = _walk(window)
    display = _open_display(qtbot, walk)
    display.resize(1280, 720)
    SHOTS.mkdir(exist_ok=True)
    for key in (StepKey.THREE_COLUMNS, StepKey.ACTIONS, StepKey.ATTENDANCE):
        walk.go_to(key)
        if key is StepKey.THREE_COLUMNS:
            type_text(qtbot, find(walk, QPlainTextEdit, "worries_edit"), "Shouting at night. " * 12)
            qtbot.waitUntil(lambda: "Shouting at night" in display.shown_text(), timeout=500)
        assert display.grab().save(str(SHOTS / f"{key.value}.png"))
    qtbot.mouseClick(find(walk, QPushButton, "blank_room_button"), Qt.MouseButton.LeftButton)
    assert display.grab().save(str(SHOTS / "blanked.png"))
    walk.resize(1200, 800)
    assert walk.grab().save(str(SHOTS / "walkthrough.png"))


def test_room_display_type_can_be_made_larger(qtbot: QtBot, window: MainWindow) -> None:
    display = _open_display(qtbot, _walk(window))
    text = find(display, QWidget, "room_display_text")
    before = text.font().pointSizeF()
    assert before >= 28  # large enough to read across a room
    larger = display.findChild(QAction, "room_larger_action")
    assert larger is not None and larger.shortcut().toString() == "Ctrl++"
    larger.trigger()  # Ctrl++ on the display; offscreen windows never get the keyboard focus
    assert text.font().pointSizeF() > before


def test_room_display_updates_screenshot(qtbot: QtBot, window: MainWindow) -> None:
    walk = _walk(window)
    people = walk.controller.family.people
    police = next(p for p in people if p.name.startswith("PC"))
    mother = next(p for p in people if not p.is_professional)
    for person in (police, mother):
        _present(walk, person.id)
    walk.controller.flush()
    display = _open_display(qtbot, walk)
    display.resize(1280, 720)
    walk.go_to(StepKey.UPDATES)
    find(walk, QCheckBox, f"third_party_{police.id}").setChecked(True)
    type_text(qtbot, find(walk, QPlainTextEdit, f"update_edit_{police.id}"), "Not for the room.")
    type_text(qtbot, find(walk, QPlainTextEdit, f"update_edit_{mother.id}"), "We go to the park.")
    qtbot.waitUntil(lambda: "We go to the park." in display.shown_text(), timeout=500)
    SHOTS.mkdir(exist_ok=True)
    assert display.grab().save(str(SHOTS / "updates.png"))
    assert "Not for the room" not in display.shown_text()


def test_room_display_keeps_a_withheld_column_hidden_while_it_is_typed(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory
) -> None:
    """Typing into a withheld column must not bring it onto the room's screen: the live view
    keeps each item's withholding (it once rebuilt the columns without it)."""
    from chair_app.core.domain import Withholding

    service = MeetingService(factory)
    service.set_withholding(DRAFT_ID, "columns:worries", Withholding(from_family=True))
    walk = _walk(window)
    display = _open_display(qtbot, walk)
    walk.go_to(StepKey.THREE_COLUMNS)
    edit = find(walk, QPlainTextEdit, "worries_edit")
    type_text(qtbot, edit, "refuge address zqhidden")
    well = find(walk, QPlainTextEdit, "working_well_edit")
    type_text(qtbot, well, "Gran walks them to school")
    qtbot.waitUntil(lambda: "Gran walks them to school" in display.shown_text(), timeout=500)
    assert "zqhidden" not in display.shown_text()
    assert "Withheld from this copy." in display.shown_text()


def test_room_display_follows_plain_words(qtbot: QtBot, window: MainWindow) -> None:
    """Issue 14 item 9: with plain words on, the room reads the same plain step title and
    explanation as the chair's window, and the professional ones when they are turned off."""
    walk = _walk(window)
    display = _open_display(qtbot, walk)
    walk.go_to(StepKey.DANGER_STATEMENTS)
    step = next(s for s in walk.agenda if s.key is StepKey.DANGER_STATEMENTS)
    assert step.title in display.shown_text()
    find(walk, QCheckBox, "meeting_plain_words_check").setChecked(True)
    plain_title = walk.step_title_label.text()
    assert plain_title != step.title
    assert plain_title in display.shown_text()
    assert walk.purpose_label.text() in display.shown_text()
    assert step.title not in display.shown_text()
    walk.go_to(StepKey.ACTIONS)  # the next step is plain too
    assert walk.step_title_label.text() in display.shown_text()
    find(walk, QCheckBox, "meeting_plain_words_check").setChecked(False)
    actions = next(s for s in walk.agenda if s.key is StepKey.ACTIONS)
    assert actions.title in display.shown_text()
    SHOTS.mkdir(exist_ok=True)
    find(walk, QCheckBox, "meeting_plain_words_check").setChecked(True)
    walk.go_to(StepKey.DANGER_STATEMENTS)
    display.resize(1280, 720)
    assert display.grab().save(str(SHOTS / "plain_words.png"))


def test_room_display_says_the_meeting_is_closed_once_it_is(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory
) -> None:
    from chair_app.core.room import CLOSING

    service = MeetingService(factory)
    service.start(DRAFT_ID)
    walk = _walk(window)
    for person in walk.controller.family.people:
        _present(walk, person.id)
    walk.controller.flush()
    display = _open_display(qtbot, walk)
    walk.go_to(StepKey.CLOSE)
    assert CLOSING in display.shown_text()
    qtbot.mouseClick(find(walk, QPushButton, "close_meeting_button"), Qt.MouseButton.LeftButton)
    assert service.get(DRAFT_ID).is_closed
    assert CLOSING not in display.shown_text()
    assert "The meeting is closed." in display.shown_text()


def test_room_display_on_one_screen_leaves_the_main_window_in_front(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Issue 14 item 9: with one screen (a laptop alone, or mirrored to a projector) the room
    display is a separate ordinary window that does not cover the chair's window: it is not
    held above the main window, and the chair's window keeps the keyboard."""
    assert len(QGuiApplication.screens()) == 1
    walk = _walk(window)
    walk.step_list.setFocus()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    display = _open_display(qtbot, walk)
    assert display.windowHandle().transientParent() is None
    qtbot.wait(50)
    assert QApplication.activeWindow() is window
    assert "room display" in window.statusBar().currentMessage()


def test_room_display_placement_on_one_screen_is_beside_the_main_window_if_it_fits() -> None:
    from PySide6.QtCore import QRect, QSize

    from chair_app.ui.room_display import single_screen_place

    screen = QRect(0, 0, 1920, 1080)
    beside = single_screen_place(screen, QRect(0, 0, 1100, 1080), QSize(1100, 720))
    assert beside is not None and not beside.intersects(QRect(0, 0, 1100, 1080))
    assert screen.contains(beside) and beside.width() >= 640
    # A main window filling the screen leaves no room: the display goes behind it.
    assert single_screen_place(screen, QRect(0, 0, 1920, 1080), QSize(1100, 720)) is None
