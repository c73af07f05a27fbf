"""Names in every script in the window (issue 17): an Arabic, Urdu, Bengali, Punjabi (Gurmukhi),
Hindi (Devanagari), Chinese and Polish name shows intact (the same text, in logical order) on the
family page, in the attendance list, in the turn panel and on the room display, and the font Qt
draws it in has every glyph (no boxes) once the Noto fonts are bundled in resources/fonts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QFontInfo, QFontMetrics, QTextLayout
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QPushButton, QTableWidget, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import FakePrompts, find

from chair_app.core.domain import AttendanceEntry, AttendanceStatus, Person
from chair_app.models.db import SessionFactory
from chair_app.services.families import FamilyService
from chair_app.services.meetings import MeetingService
from chair_app.ui.launch import build_context
from chair_app.ui.main_window import MainWindow
from chair_app.ui.theme import apply_theme, bundled_font_files, clear_theme

DRAFT_ID = 2  # the demo family's draft Core Group

# Fictional people.
NAMES = {
    "Arabic": "فاطمة الزهراء",
    "Urdu": "عائشہ پروین",
    "Bengali": "সুমাইয়া রহমান",
    "Punjabi (Gurmukhi)": "ਹਰਪ੍ਰੀਤ ਕੌਰ",
    "Hindi (Devanagari)": "प्रिया शर्मा",
    "Chinese": "王小明",
    "Polish": "Łucja Wójcik-Żółkiewska",
}

Shown = list[tuple[str, str, QFont]]  # (where, the name, the font it is drawn in)


@pytest.fixture
def started(qtbot: QtBot) -> Iterator[None]:
    """The window's start-up look (apply_theme registers the bundled fonts), undone after."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = app.font()
    apply_theme(app)
    yield
    clear_theme(app)
    app.setFont(font)


@pytest.fixture
def window(
    qtbot: QtBot, factory: SessionFactory, with_demo_family: None, data_dir: Path, started: None
) -> MainWindow:
    families = FamilyService(factory)
    family_id = families.list_families()[0].id
    meetings = MeetingService(factory)
    for name in NAMES.values():
        person_id = families.save_person(family_id, Person(0, name, "Aunt", "", False))
        meetings.set_attendance(DRAFT_ID, AttendanceEntry(person_id, AttendanceStatus.PRESENT))
    meetings.start(DRAFT_ID)
    main = MainWindow(build_context(factory, data_dir, FakePrompts()))
    qtbot.addWidget(main)
    main.resize(1280, 820)
    main.show()
    qtbot.waitExposed(main)
    return main


def _everywhere(qtbot: QtBot, window: MainWindow) -> Shown:
    """Each name where the window, the turn panel and the room display show it."""
    shown: Shown = []
    assert window.family_page is not None
    people = find(window.family_page, QTableWidget, "people_table")
    for row in range(people.rowCount()):
        item = people.item(row, 0)
        if item is not None and item.text() in NAMES.values():
            shown.append(("family page", item.text(), people.font()))

    window.open_meeting(DRAFT_ID)
    walk = window.walkthrough
    assert walk is not None
    page = walk.step_pages[walk.agenda[0].key]
    for label in page.findChildren(QLabel):
        if label.text() in NAMES.values():
            shown.append(("attendance", label.text(), label.font()))

    qtbot.mouseClick(find(walk, QPushButton, "turns_button"), Qt.MouseButton.LeftButton)
    speakers = find(find(walk, QWidget, "turn_panel"), QListWidget, "speaker_list")
    for row in range(speakers.count()):
        name = speakers.item(row).text().split("\n")[0].split(". ", 1)[1]
        if name in NAMES.values():
            shown.append(("turn panel", name, speakers.font()))

    action = walk.findChild(QAction, "room_display_action")
    assert action is not None
    action.trigger()
    display = walk.room.display
    qtbot.waitExposed(display)
    room_text = display.shown_text()
    shown.extend(
        ("room display", name, display.text.font()) for name in NAMES.values() if name in room_text
    )
    return shown


def test_a_name_in_any_script_shows_intact_everywhere(qtbot: QtBot, window: MainWindow) -> None:
    shown = _everywhere(qtbot, window)
    for place in ("family page", "attendance", "turn panel", "room display"):
        names = [name for where, name, _font in shown if where == place]
        assert sorted(names) == sorted(NAMES.values()), place


def _missing_glyphs(text: str, font: QFont) -> bool:
    """Whether Qt draws any character of ``text`` as a box (glyph 0) in ``font`` with its
    fallbacks: laid out as a label lays it out."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return any(0 in run.glyphIndexes() for run in layout.glyphRuns())


def test_every_name_is_drawn_without_boxes(qtbot: QtBot, window: MainWindow) -> None:
    # Without a bundled font, Bengali, Gurmukhi, Devanagari and Chinese have no font on a
    # machine that lacks them: the fonts are part of Chair, not of the machine.
    assert bundled_font_files(), "no Noto font is bundled in chair_app/resources/fonts"
    shown = _everywhere(qtbot, window)
    assert len(shown) == 4 * len(NAMES)
    boxes = [(where, name) for where, name, font in shown if _missing_glyphs(name, font)]
    assert boxes == []
    # Taller scripts (Urdu in Naskh, the Indic scripts, Chinese) are not cut off: the
    # family page's rows grow to the line the fallback font needs.
    assert window.family_page is not None
    people = find(window.family_page, QTableWidget, "people_table")
    cut = []
    for row in range(people.rowCount()):
        item = people.item(row, 0)
        if item is None or item.text() not in NAMES.values():
            continue
        layout = QTextLayout(item.text(), people.font())
        layout.beginLayout()
        line = layout.createLine()
        layout.endLayout()
        if people.rowHeight(row) < line.height():
            cut.append((item.text(), people.rowHeight(row), line.height()))
    assert cut == []


def test_bundled_fonts_leave_the_main_font_and_its_line_height_alone(started: None) -> None:
    """The Noto families are fallbacks only: Latin text keeps its font, and every line of the
    window its height (a generic family name first once made Naskh the main font, and every row
    taller)."""
    assert bundled_font_files(), "no Noto font is bundled in chair_app/resources/fonts"
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = app.font()
    main_only = QFont(font)
    main_only.setFamilies(font.families()[:1])
    assert len(font.families()) > 1  # the bundled fallbacks are there
    assert QFontInfo(font).family() == QFontInfo(main_only).family()
    assert QFontMetrics(font).height() == QFontMetrics(main_only).height()
