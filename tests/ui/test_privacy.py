"""No network, and no names or notes in the log, through a whole session of use."""

from __future__ import annotations

import logging
import socket
from pathlib import Path

import pytest
from conftest import TODAY
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot
from ui_helpers import FakePrompts, find, type_text

from chair_app.core.agenda import StepKey
from chair_app.models.db import SessionFactory
from chair_app.services.demo import ensure_demo_family
from chair_app.services.families import FamilyService
from chair_app.ui.launch import build_context
from chair_app.ui.main_window import MainWindow

NOTE = "Private note about the family"


def test_a_session_opens_no_connection_and_logs_no_names(
    qtbot: QtBot, factory: SessionFactory, data_dir: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
) -> None:
    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("network use is not allowed in Chair")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    caplog.set_level(logging.DEBUG)

    ensure_demo_family(factory, TODAY)
    prompts = FakePrompts()
    window = MainWindow(build_context(factory, data_dir, prompts))
    qtbot.addWidget(window)
    window.show()
    window.open_meeting(2)
    walk = window.walkthrough
    assert walk is not None
    walk.go_to(StepKey.THREE_COLUMNS)
    type_text(qtbot, find(walk, QPlainTextEdit, "worries_edit"), NOTE)
    window.close_meeting()
    out = tmp_path / "out"
    out.mkdir()
    prompts.directories.append(out)
    window.family_page.meetings_table.selectRow(1)
    with qtbot.waitSignal(window.exporter.export_finished, timeout=20000):
        qtbot.mouseClick(find(window, QPushButton, "family_export_button"), Qt.MouseButton.LeftButton)

    assert attempts == []
    logged = "\n".join(record.getMessage() for record in caplog.records)
    family = FamilyService(factory).get_family(1)
    for text in [p.name for p in family.people] + [c.name for c in family.children] + [NOTE, family.name]:
        assert text not in logged
