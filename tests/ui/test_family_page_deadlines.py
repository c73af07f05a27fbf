"""The families are shown at once; what is due is worked out off the main thread and filled in
when it is known, never guessed meanwhile. Only fictional people."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QListWidget, QTableWidget
from pytestqt.qtbot import QtBot
from ui_helpers import FakePrompts, find

from chair_app.models.db import SessionFactory
from chair_app.services.demo import ensure_demo_family
from chair_app.ui.context import AppContext
from chair_app.ui.launch import build_context
from chair_app.ui.main_window import MainWindow

TODAY = dt.date(2026, 11, 22)
WORKING_OUT = "Working out what is due…"


def _column(table: QTableWidget, column: int) -> list[str]:
    return [
        table.item(row, column).text() if table.item(row, column) else ""
        for row in range(table.rowCount())
    ]


@pytest.fixture
def ctx(factory: SessionFactory, data_dir: Path) -> AppContext:
    ensure_demo_family(factory, TODAY)
    return dataclasses.replace(build_context(factory, data_dir, FakePrompts()), today=lambda: TODAY)


@pytest.fixture
def gate(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Holds back the working out of deadlines until the test sets it (at most 10 s)."""
    release = threading.Event()
    real = type(ctx.schedule).family_deadlines

    def held(self: object, family_id: int, today: dt.date) -> object:
        release.wait(10)
        return real(self, family_id, today)  # type: ignore[arg-type]

    monkeypatch.setattr(type(ctx.schedule), "family_deadlines", held)
    return release


def test_the_families_show_before_their_deadlines_are_worked_out(
    qtbot: QtBot, ctx: AppContext, gate: threading.Event
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.family_page
    families = find(page, QListWidget, "family_list")
    deadlines = find(page, QTableWidget, "deadlines_table")

    # On screen already: the family, and no deadline yet, only that it is being worked out.
    assert families.count() == 1 and families.item(0).text().startswith("Marlowe")
    assert _column(deadlines, 1) == [WORKING_OUT]
    assert _column(deadlines, 0) == [""]

    gate.set()
    qtbot.waitUntil(lambda: _column(deadlines, 1) == ["Next Core Group"], timeout=10000)
    assert deadlines.item(0, 2).text() == "Booked. For Monday 23 November 2026."


def test_a_refreshed_family_never_shows_its_earlier_deadlines_meanwhile(
    qtbot: QtBot, ctx: AppContext, gate: threading.Event
) -> None:
    gate.set()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    page = window.family_page
    deadlines = find(page, QTableWidget, "deadlines_table")
    qtbot.waitUntil(lambda: _column(deadlines, 1) == ["Next Core Group"], timeout=10000)

    gate.clear()
    page.refresh_family()
    assert _column(deadlines, 1) == [WORKING_OUT]  # not the old rows, which may be out of date
    gate.set()
    qtbot.waitUntil(lambda: _column(deadlines, 1) == ["Next Core Group"], timeout=10000)
