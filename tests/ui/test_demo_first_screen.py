"""What a newcomer sees first: the demo family's page, with nothing in alarm."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot
from ui_helpers import FakePrompts, find

from chair_app.models.db import SessionFactory
from chair_app.services.demo import ensure_demo_family
from chair_app.ui.launch import build_context
from chair_app.ui.main_window import MainWindow


@pytest.mark.parametrize(
    ("today", "next_meeting"),
    [
        # A Sunday (the day the demo fell on): the next Core Group is on Monday.
        (dt.date(2026, 11, 22), "Monday 23 November 2026"),
        # Christmas Day, a Friday: the weekend, then Boxing Day's substitute on Monday.
        (dt.date(2026, 12, 25), "Tuesday 29 December 2026"),
    ],
)
def test_demo_family_page_has_no_red_row(
    qtbot: QtBot, factory: SessionFactory, data_dir: Path, today: dt.date, next_meeting: str
) -> None:
    ensure_demo_family(factory, today)
    ctx = dataclasses.replace(build_context(factory, data_dir, FakePrompts()), today=lambda: today)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    ctx.background.wait()  # deadlines are worked out off the main thread
    page = window.family_page
    deadlines = find(page, QTableWidget, "deadlines_table")
    assert [deadlines.item(row, 1).text() for row in range(deadlines.rowCount())] == [
        "Next Core Group"
    ]
    assert deadlines.item(0, 2).text() == f"Booked. For {next_meeting}."
    for table in page.findChildren(QTableWidget):
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                item = table.item(row, column)
                if item is None:
                    continue
                # Overdue and late rows are given their own (red) colour, in bold.
                assert item.foreground().style() == Qt.BrushStyle.NoBrush, (
                    f"{table.objectName()} row {row} is coloured: {item.text()!r}"
                )
                assert not item.font().bold(), f"{table.objectName()} row {row} is bold"
