"""The common council laptop screens, 1280x800 and 1366x768 less the taskbar: at 100% text every
step of a Core Group in progress shows its main fields and button whole without scrolling, text
boxes at least three lines high, with at most one vertical scroll bar; a step opens at its top
even when the step before was scrolled to its bottom. CHAIR_LAYOUT_SHOTS=folder saves a picture
of every step."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from focus_order import above_the_fold, first_shown
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot
from ui_helpers import FakePrompts

from chair_app.core.domain import AttendanceEntry, AttendanceStatus, MeetingStatus
from chair_app.models.db import SessionFactory
from chair_app.ui.launch import build_context
from chair_app.ui.main_window import MainWindow
from chair_app.ui.theme import apply_theme, clear_theme
from chair_app.ui.walkthrough import MeetingWalkthrough

SIZES = [(1280, 740), (1366, 708)]  # the screen less a 60px taskbar


@pytest.fixture
def walk(
    qtbot: QtBot,
    qapp: QApplication,
    factory: SessionFactory,
    with_demo_family: None,
    data_dir: Path,
) -> MeetingWalkthrough:
    clear_theme(qapp)
    apply_theme(qapp)
    main = MainWindow(build_context(factory, data_dir, FakePrompts()))
    qtbot.addWidget(main)
    family = main.family_page.family
    assert family is not None
    draft = next(m for m in family.meetings if m.status is MeetingStatus.DRAFT)
    main.ctx.meetings.start(draft.id)
    for person in family.people:
        main.ctx.meetings.set_attendance(
            draft.id, AttendanceEntry(person.id, AttendanceStatus.PRESENT)
        )
    main.show()
    qtbot.waitExposed(main)
    main.open_meeting(draft.id)
    assert main.walkthrough is not None
    yield main.walkthrough
    clear_theme(qapp)


def step_scroll(walk: MeetingWalkthrough) -> QScrollArea:
    scroll = walk.findChild(QScrollArea, "step_pages_scroll")
    assert scroll is not None
    return scroll


def vertical_bars(walk: MeetingWalkthrough) -> list[str]:
    """The vertical scroll bars shown in the step's area (the step's own and any inside it)."""
    areas = [step_scroll(walk), *walk.pages.currentWidget().findChildren(QAbstractScrollArea)]
    return [
        area.objectName() or type(area).__name__
        for area in areas
        if area.isVisible() and area.verticalScrollBar().isVisible()
    ]


def whole(widget: QWidget) -> bool:
    return widget.visibleRegion().boundingRect() == widget.rect()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_step_shows_its_main_fields_with_one_scroll_bar(
    walk: MeetingWalkthrough, size: tuple[int, int]
) -> None:
    window = walk.window()
    window.resize(*size)
    shots = os.environ.get("CHAIR_LAYOUT_SHOTS")
    problems = []
    for index, step in enumerate(walk.agenda, start=1):
        walk.go_to(step.key)
        QApplication.processEvents()
        if shots:
            Path(shots).mkdir(parents=True, exist_ok=True)
            window.grab().save(f"{shots}/{size[0]}x{size[1]}_{index:02d}_{step.key.value}.png")
        page = walk.pages.currentWidget()
        bars = vertical_bars(walk)
        if len(bars) > 1:
            problems.append(f"{step.key.value}: {len(bars)} scroll bars {bars}")
        for pattern in above_the_fold()[step.key.value]:
            widget = first_shown(page, pattern)
            if widget is None:
                problems.append(f"{step.key.value}: {pattern} not shown")
            elif not whole(widget):
                problems.append(f"{step.key.value}: {pattern} not whole in view")
            elif isinstance(widget, QPlainTextEdit):
                lines = widget.viewport().height() / widget.fontMetrics().lineSpacing()
                if lines < 3:
                    problems.append(f"{step.key.value}: {pattern} shows {lines:.1f} lines")
    assert not problems, "\n".join(problems)


def test_a_step_opens_at_its_top_after_the_last_was_scrolled_down(
    qtbot: QtBot, walk: MeetingWalkthrough
) -> None:
    walk.window().resize(*SIZES[0])
    walk.go_to(walk.agenda[0].key)
    QApplication.processEvents()
    bar = step_scroll(walk).verticalScrollBar()
    assert bar.maximum() > 0, "the introductions fit: nothing to scroll"
    for _ in range(10):  # from the step list into the step's fields
        if walk.pages.isAncestorOf(QApplication.focusWidget()):
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    bar.setValue(bar.maximum())  # the chair scrolls to the bottom of step 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    QApplication.processEvents()
    assert walk.current_index == 1
    assert bar.value() == 0
    focused = QApplication.focusWidget()
    assert focused is not None and focused.objectName() == "reasons_edit"
    assert whole(focused)
