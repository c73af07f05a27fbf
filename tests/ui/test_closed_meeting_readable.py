"""A closed meeting's pages are read-only, and stay readable (issue 14 item 11): the values of its
drop-down lists, spin boxes and check boxes are drawn in the normal text colour, at a contrast of
at least 4.5:1 (WCAG AA), in both themes. Fictional demo family."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QWidget,
)
from pytestqt.qtbot import QtBot
from ui_helpers import FakePrompts

from chair_app.core.agenda import StepKey
from chair_app.core.domain import AttendanceEntry, AttendanceStatus
from chair_app.models.db import SessionFactory
from chair_app.services.meetings import MeetingService
from chair_app.ui.launch import build_context
from chair_app.ui.main_window import MainWindow
from chair_app.ui.theme import apply_theme, clear_theme

DRAFT_ID = 2
DISABLED, ACTIVE = QPalette.ColorGroup.Disabled, QPalette.ColorGroup.Active
Role = QPalette.ColorRole


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _colours(widget: QWidget) -> tuple[QColor, QColor, QColor]:
    """(text colour as drawn now, its background, the normal text colour) of a value widget."""
    palette = widget.palette()
    group = ACTIVE if widget.isEnabled() else DISABLED
    if isinstance(widget, QCheckBox):
        return palette.color(group, Role.WindowText), palette.color(group, Role.Window), palette.color(ACTIVE, Role.WindowText)
    if isinstance(widget, QAbstractSpinBox):
        return palette.color(group, Role.Text), palette.color(group, Role.Base), palette.color(ACTIVE, Role.Text)
    return palette.color(group, Role.ButtonText), palette.color(group, Role.Button), palette.color(ACTIVE, Role.ButtonText)


@pytest.fixture
def app(qapp: QApplication) -> QApplication:
    clear_theme(qapp)
    yield qapp
    clear_theme(qapp)


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high_contrast"])
def test_a_closed_meetings_attendance_is_read_only_and_readable(
    qtbot: QtBot,
    app: QApplication,
    factory: SessionFactory,
    with_demo_family: None,
    data_dir: Path,
    high_contrast: bool,
) -> None:
    apply_theme(app, 1.0, high_contrast)
    service = MeetingService(factory)
    for person in service.family_as_recorded(DRAFT_ID).people:
        service.set_attendance(DRAFT_ID, AttendanceEntry(person.id, AttendanceStatus.PRESENT))
    service.start(DRAFT_ID)
    service.close(DRAFT_ID)
    window = MainWindow(build_context(factory, data_dir, FakePrompts()))
    qtbot.addWidget(window)
    window.resize(1280, 820)
    window.show()
    qtbot.waitExposed(window)
    window.open_meeting(DRAFT_ID)
    walk = window.walkthrough
    assert walk is not None
    walk.go_to(StepKey.ATTENDANCE)
    page = walk.step_pages[StepKey.ATTENDANCE]
    values = [
        w for w in page.findChildren(QWidget)
        if isinstance(w, QComboBox | QAbstractSpinBox | QCheckBox) and w.isVisible()
    ]
    assert len(values) >= 6, "the attendance step shows each person's attendance"
    for widget in values:
        assert not widget.isEnabled(), f"{widget.objectName()} can be changed on a closed meeting"
        text, background, normal = _colours(widget)
        assert text == normal, f"{widget.objectName()}: {text.name()} is not the text colour {normal.name()}"
        ratio = contrast(text, background)
        assert ratio >= 4.5, f"{widget.objectName()}: contrast {ratio:.1f}:1"
    if not high_contrast:
        window.grab().save(str(data_dir / "closed_attendance.png"))
    window.ctx.background.wait()
