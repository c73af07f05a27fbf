"""Helpers for driving the real window: scripted prompts and widget lookup by objectName."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from chair_app.ui.export_protection import ExportProtection
from chair_app.ui.main_window import MainWindow
from chair_app.ui.prompts import Prompts

W = TypeVar("W", bound=QWidget)


class FakePrompts(Prompts):
    """Answers questions from a script and records every notice shown."""

    def __init__(self) -> None:
        self.confirm_answers: deque[bool] = deque()
        self.directories: deque[Path | None] = deque()
        self.save_paths: deque[Path | None] = deque()
        self.open_paths: deque[Path | None] = deque()
        # Answers to "protect the exported files?"; unprotected when none is scripted.
        self.protections: deque[ExportProtection | None] = deque()
        self.confirmations: list[str] = []
        self.errors: list[str] = []
        self.infos: list[str] = []

    def confirm(self, parent: QWidget | None, title: str, text: str, yes: str = "Yes") -> bool:
        self.confirmations.append(text)
        return self.confirm_answers.popleft() if self.confirm_answers else True

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.errors.append(text)

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self.infos.append(text)

    def choose_directory(self, parent: QWidget | None, title: str, start: Path) -> Path | None:
        return self.directories.popleft() if self.directories else None

    def choose_save_file(
        self, parent: QWidget | None, title: str, suggested: Path, file_filter: str
    ) -> Path | None:
        return self.save_paths.popleft() if self.save_paths else None

    def choose_open_file(
        self, parent: QWidget | None, title: str, start: Path, file_filter: str
    ) -> Path | None:
        return self.open_paths.popleft() if self.open_paths else None

    def choose_export_protection(self, parent: QWidget | None) -> ExportProtection | None:
        return self.protections.popleft() if self.protections else ExportProtection()


def find(parent: QWidget, kind: type[W], name: str) -> W:
    widget = parent.findChild(kind, name)
    assert widget is not None, f"no {kind.__name__} named {name!r}"
    return widget


def type_text(qtbot: QtBot, widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Type short printable ASCII key by key; paste anything else, as a user would (QTest can
    only type printable ASCII keys)."""
    widget.setFocus()
    if text.isascii() and text.isprintable() and len(text) <= 200:
        qtbot.keyClicks(widget, text)
        return
    clipboard = QApplication.clipboard()
    clipboard.setText(text)
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


# Keys as a real keyboard sends them: to whatever has the keyboard focus, never to a widget
# looked up by name.


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """One key press, delivered where the keyboard focus is."""
    qtbot.keyClick(focused(), key, modifier)
    QApplication.processEvents()


def type_keys(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)
    QApplication.processEvents()


def shown_window(qtbot: QtBot) -> Iterator[MainWindow]:
    """A main window shown with no data yet (the tests open it themselves), for a fixture to
    yield; afterwards any opening still under way is waited for and the data closed."""
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    qtbot.waitUntil(lambda: not main.is_opening, timeout=20000)
    ctx = main.context_or_none()
    if ctx is not None:
        ctx.background.wait()
        ctx.store.close()
