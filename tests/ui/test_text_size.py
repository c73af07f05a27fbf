"""Text at 200%: every step of a Core Group, the family page and an initial conference's
decision fit a 1280x800 window without cut-off or overlapping text; check boxes and radio
buttons grow with the text; the family page's tables keep readable rows and whole cells; the
high-contrast theme and the focus ring; the size and contrast chosen in Settings apply at once
and are kept."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from a11y_helpers import clipped_labels, cut_off_controls
from conftest import TODAY
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QStyle,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot
from ui_helpers import FakePrompts, find

from chair_app.core.domain import AttendanceEntry, AttendanceStatus, MeetingType
from chair_app.core.language import Language
from chair_app.models.db import SessionFactory
from chair_app.services.settings import SettingsService
from chair_app.ui.i18n import app_translations
from chair_app.ui.launch import build_context
from chair_app.ui.main_window import MainWindow
from chair_app.ui.theme import apply_theme, clear_theme, current_scale, is_high_contrast

DRAFT_ID = 2
SIZE = (1280, 800)


@pytest.fixture
def app(qapp: QApplication) -> QApplication:
    # The application is shared with the other tests, which may have left a theme applied
    # (any test that opens data applies the saved one): start from none, and leave none.
    clear_theme(qapp)
    yield qapp
    clear_theme(qapp)


@pytest.fixture(params=[Language.ENGLISH, Language.WELSH], ids=["english", "welsh"])
def language(request: pytest.FixtureRequest) -> Iterator[Language]:
    """Welsh texts run longer than English: every fit is checked in both."""
    assert app_translations().switch(request.param) == ""
    try:
        yield request.param
    finally:
        app_translations().switch(Language.ENGLISH)


@pytest.fixture
def big_window(
    qtbot: QtBot,
    app: QApplication,
    factory: SessionFactory,
    with_demo_family_unsent: None,
    data_dir: Path,
    language: Language,
) -> MainWindow:
    apply_theme(app, 2.0)
    # Minutes not yet sent: the family page has an overdue (bold, red) row to fit too.
    main = MainWindow(build_context(factory, data_dir, FakePrompts()))
    qtbot.addWidget(main)
    main.resize(*SIZE)
    main.show()
    qtbot.waitExposed(main)
    return main


def _settle(main: MainWindow) -> None:
    QApplication.processEvents()
    main.resize(*SIZE)
    QApplication.processEvents()


def test_a_cut_off_label_is_found(qtbot: QtBot, app: QApplication) -> None:
    """The control case: a one-line label squeezed narrower than its text is reported."""
    root = QWidget()
    qtbot.addWidget(root)
    label = QLabel("Minutes of the Core Group of Wednesday 28 October 2026")
    label.setObjectName("squeezed_label")
    QVBoxLayout(root).addWidget(label)
    root.show()
    qtbot.waitExposed(root)
    assert clipped_labels(root) == []
    label.setFixedWidth(80)
    QApplication.processEvents()
    assert len(clipped_labels(root)) == 1 and "squeezed_label" in clipped_labels(root)[0]


def test_family_page_at_200_percent_fits_1280_by_800(big_window: MainWindow) -> None:
    _settle(big_window)
    assert big_window.size().toTuple() == SIZE, "the window had to grow to fit its contents"
    assert clipped_labels(big_window) == []


def test_every_core_group_step_at_200_percent_fits_1280_by_800(big_window: MainWindow) -> None:
    ctx = big_window.ctx
    ctx.meetings.start(DRAFT_ID)
    family = big_window.family_page.family
    assert family is not None
    for person in family.people:
        ctx.meetings.set_attendance(DRAFT_ID, AttendanceEntry(person.id, AttendanceStatus.PRESENT))
    big_window.open_meeting(DRAFT_ID)
    walk = big_window.walkthrough
    assert walk is not None
    problems = {}
    for step in walk.agenda:
        walk.go_to(step.key)
        _settle(big_window)
        assert big_window.size().toTuple() == SIZE, f"{step.key.value}: the window had to grow"
        cut = clipped_labels(big_window)
        scroll = find(walk, QScrollArea, "step_pages_scroll")
        if scroll.horizontalScrollBar().maximum() > 0:
            cut.append("the step scrolls sideways: controls at its right are out of sight")
        cut += cut_off_controls(scroll)
        if cut:
            problems[step.key.value] = cut
    assert problems == {}


def test_conference_decision_at_200_percent_fits(big_window: MainWindow) -> None:
    import datetime as dt

    ctx = big_window.ctx
    family = big_window.family_page.family
    assert family is not None
    meeting_id = ctx.meetings.create_meeting(
        family.id, MeetingType.INITIAL_CONFERENCE, TODAY, dt.time(13, 30), "Room 1", None, None
    )
    ctx.meetings.start(meeting_id)
    for person in family.people:
        ctx.meetings.set_attendance(
            meeting_id, AttendanceEntry(person.id, AttendanceStatus.PRESENT)
        )
    big_window.open_meeting(meeting_id)
    walk = big_window.walkthrough
    assert walk is not None
    problems = {}
    for step in walk.agenda:
        walk.go_to(step.key)
        _settle(big_window)
        assert big_window.size().toTuple() == SIZE, f"{step.key.value}: the window had to grow"
        cut = clipped_labels(big_window)
        scroll = find(walk, QScrollArea, "step_pages_scroll")
        if scroll.horizontalScrollBar().maximum() > 0:
            cut.append("the step scrolls sideways: controls at its right are out of sight")
        cut += cut_off_controls(scroll)
        if cut:
            problems[step.key.value] = cut
    assert problems == {}


def test_theme_scales_text_and_draws_a_focus_ring(app: QApplication) -> None:
    base = app.font().pointSizeF()
    apply_theme(app, 1.5)
    assert app.font().pointSizeF() == pytest.approx(base * 1.5)
    apply_theme(app, 3.0)  # out of range: 200% at most
    assert app.font().pointSizeF() == pytest.approx(base * 2.0)
    assert ":focus" in app.styleSheet() and "2px solid" in app.styleSheet()
    apply_theme(app, 1.0, high_contrast=True)
    assert app.font().pointSizeF() == pytest.approx(base)
    palette = app.palette()
    assert palette.color(QPalette.ColorRole.Window).name() == "#ffffff"
    assert palette.color(QPalette.ColorRole.WindowText).name() == "#000000"
    assert "#ffff00" in app.styleSheet(), "no yellow focus in high contrast"


def test_settings_choose_text_size_and_contrast_live_and_keep_them(
    qtbot: QtBot, app: QApplication, factory: SessionFactory, with_demo_family: None, data_dir: Path
) -> None:
    main = MainWindow(build_context(factory, data_dir, FakePrompts()))
    qtbot.addWidget(main)
    main.show()
    base = app.font().pointSizeF()
    title = find(main, QLabel, "family_title_label")  # its own font: bigger and bold
    title_size = title.font().pointSizeF()
    main.open_settings()
    dialog = main.settings_dialog
    find(dialog, QSpinBox, "text_scale_spin").setValue(150)
    find(dialog, QCheckBox, "high_contrast_check").setChecked(True)
    dialog.buttons.accepted.emit()
    assert current_scale(app) == pytest.approx(1.5)
    assert is_high_contrast(app)
    assert app.font().pointSizeF() == pytest.approx(base * 1.5)
    assert title.font().pointSizeF() == pytest.approx(title_size * 1.5)
    settings = SettingsService(factory)
    assert settings.text_scale() == 150 and settings.high_contrast()


def test_settings_dialog_at_200_percent_cuts_no_text(qtbot: QtBot, big_window: MainWindow) -> None:
    big_window.open_settings()
    dialog = big_window.settings_dialog
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    assert clipped_labels(dialog) == []
    dialog.reject()


def _drawn_indicator(button: QAbstractButton) -> tuple[int, int]:
    """How tall the check box or radio button's indicator is as painted, and the lightness of
    its darkest pixel: grab the widget and measure the leftmost run of columns holding anything
    but the background (the indicator is drawn first, then a gap, then the text)."""
    # Through the parent, as on screen: the parent paints the background behind the button.
    parent = button.parentWidget()
    image: QImage = (parent.grab(button.geometry()) if parent else button.grab()).toImage()
    background = image.pixelColor(image.width() - 1, image.height() - 1)

    def differs(colour: QColor) -> bool:
        return (
            max(
                abs(colour.red() - background.red()),
                abs(colour.green() - background.green()),
                abs(colour.blue() - background.blue()),
            )
            > 24
        )

    top, bottom, started, darkest = image.height(), -1, False, 255
    for x in range(image.width()):
        column = [y for y in range(image.height()) if differs(image.pixelColor(x, y))]
        if not column:
            if started:
                break
            continue
        started = True
        top, bottom = min(top, column[0]), max(bottom, column[-1])
        darkest = min(darkest, *(image.pixelColor(x, y).lightness() for y in column))
    return (bottom - top + 1 if started else 0), darkest


def _drawn_indicator_height(button: QAbstractButton) -> int:
    return _drawn_indicator(button)[0]


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high_contrast"])
@pytest.mark.parametrize("kind", [QCheckBox, QRadioButton], ids=["check_box", "radio_button"])
def test_indicator_at_200_percent_grows_with_the_text(
    qtbot: QtBot, app: QApplication, kind: type[QCheckBox | QRadioButton], high_contrast: bool
) -> None:
    apply_theme(app, 2.0, high_contrast)
    root = QWidget()
    qtbot.addWidget(root)
    button = kind("Plain words")
    button.setObjectName("scaled_button")
    QVBoxLayout(root).addWidget(button)
    root.show()
    qtbot.waitExposed(root)
    text_height = button.fontMetrics().height()
    metric = (
        QStyle.PixelMetric.PM_IndicatorHeight
        if kind is QCheckBox
        else QStyle.PixelMetric.PM_ExclusiveIndicatorHeight
    )
    assert button.style().pixelMetric(metric, None, button) >= 0.8 * text_height
    drawn, darkest = _drawn_indicator(button)
    assert drawn >= 0.8 * text_height, (
        f"indicator drawn {drawn}px high next to {text_height}px text"
    )
    if high_contrast:
        assert darkest < 0x40, f"the indicator's outline is pale (lightness {darkest}) on white"
    assert button.sizeHint().height() >= drawn
    button.setFocus()
    QApplication.processEvents()
    assert button.hasFocus()
    assert _drawn_indicator_height(button) >= drawn, "the focus ring hides the indicator"


def test_indicator_at_100_percent_keeps_the_platform_size(qtbot: QtBot, app: QApplication) -> None:
    """The control case: at 100% the measure finds an indicator near the platform's size."""
    apply_theme(app, 1.0)
    button = QCheckBox("Plain words")
    qtbot.addWidget(button)
    button.show()
    qtbot.waitExposed(button)
    drawn = _drawn_indicator_height(button)
    native = button.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, None, button)
    assert 0 < drawn <= max(native, 0.8 * button.fontMetrics().height()) + 2


def _cut_cells(table: QTableWidget, columns: tuple[int, ...]) -> list[str]:
    """Cells in ``columns`` whose text does not fit their cell: too wide for one line, or (when
    the table wraps) more lines than the row is high."""
    cut = []
    style = table.style()
    margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    for row in range(table.rowCount()):
        for column in columns:
            item = table.item(row, column)
            if item is None or not item.text():
                continue
            cell = table.visualRect(table.model().index(row, column))
            metrics = QFontMetrics(item.font())
            width = cell.width() - margin
            if table.wordWrap():
                needed = metrics.boundingRect(
                    QRect(0, 0, width, 10_000),
                    int(Qt.TextFlag.TextWordWrap),
                    item.text(),
                )
                fits = needed.width() <= width and needed.height() <= cell.height()
            else:
                fits = (
                    max(metrics.horizontalAdvance(line) for line in item.text().split("\n"))
                    <= width
                )
            if not fits:
                cut.append(f"{table.objectName()}[{row},{column}] {item.text()[:40]!r}")
    return cut


def test_family_page_tables_at_200_percent_keep_rows_and_cells_whole(
    big_window: MainWindow, qtbot: QtBot
) -> None:
    _settle(big_window)
    page = big_window.family_page
    meetings = find(page, QTableWidget, "meetings_table")
    qtbot.waitUntil(
        lambda: any(
            meetings.item(r, 3) and meetings.item(r, 3).text() for r in range(meetings.rowCount())
        )
    )
    _settle(big_window)
    line = page.fontMetrics().height()
    key_columns = {
        "deadlines_table": (0, 1, 2),
        "meetings_table": (0, 1, 2, 4),
        "children_table": (0, 1, 2),
        "people_table": (0, 1),
    }
    short, cut, squashed = [], [], []
    for name, columns in key_columns.items():
        table = find(page, QTableWidget, name)
        assert table.rowCount() > 0
        for row in range(table.rowCount()):
            if table.rowHeight(row) < line:
                short.append(f"{name} row {row}: {table.rowHeight(row)}px < {line}px")
        cut += _cut_cells(table, columns)
        # At least two whole rows (or all, if fewer) show without scrolling inside the table.
        shown = sum(table.rowHeight(r) for r in range(min(2, table.rowCount())))
        if table.viewport().height() < shown:
            squashed.append(f"{name}: {table.viewport().height()}px shows less than {shown}px")
    assert short == []
    assert cut == []
    assert squashed == []
    assert big_window.size().toTuple() == SIZE, "the window grew instead of the page scrolling"
    assert clipped_labels(big_window) == []
