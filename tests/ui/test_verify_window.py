"""The window's export records each file's SHA-256 and signs the agreed PDF, so that File >
Check a minutes file… calls exactly those files the agreed minutes, and not a changed copy."""

from __future__ import annotations

import hashlib
from pathlib import Path

from conftest import TODAY
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from ui_helpers import FakePrompts, find

from chair_app.core.domain import MeetingStatus
from chair_app.models.db import SessionFactory
from chair_app.ui.launch import build_context
from chair_app.ui.main_window import MainWindow


def test_files_exported_from_the_window_are_recorded_signed_and_checked(
    qtbot: QtBot, factory: SessionFactory, with_demo_family: None, data_dir: Path, tmp_path: Path
) -> None:
    prompts = FakePrompts()
    window = MainWindow(build_context(factory, data_dir, prompts))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    ctx = window.ctx
    closed = next(m.id for m in ctx.meetings.list_meetings() if m.status is MeetingStatus.CLOSED)
    ctx.minutes.agree(closed, None, TODAY)
    out = tmp_path / "out"
    out.mkdir()
    prompts.directories.append(out)

    window.family_page.meetings_table.selectRow(1)  # the closed Core Group
    with qtbot.waitSignal(window.exporter.export_finished, timeout=30000) as finished:
        qtbot.mouseClick(
            find(window, QPushButton, "family_export_button"), Qt.MouseButton.LeftButton
        )
    written = {Path(p).suffix: Path(p) for p in finished.args[0]}
    qtbot.waitUntil(lambda: len(prompts.infos) == 1)  # "Saved: ..."
    prompts.infos.clear()

    with factory() as session:
        rows = session.execute(
            text("SELECT format, sha256, copy, agreed, signed FROM minutes_export ORDER BY id")
        ).all()
    assert sorted(tuple(row) for row in rows) == [
        ("docx", hashlib.sha256(written[".docx"].read_bytes()).hexdigest(), "full", 1, 0),
        ("pdf", hashlib.sha256(written[".pdf"].read_bytes()).hexdigest(), "full", 1, 1),
    ]
    assert b"/ByteRange" in written[".pdf"].read_bytes()  # the PDF carries a signature

    changed = out / "changed.pdf"
    changed.write_bytes(written[".pdf"].read_bytes() + b"\n% a line added\n")
    for path in (written[".docx"], written[".pdf"], changed):
        prompts.open_paths.append(path)
        shown = len(prompts.infos) + len(prompts.errors)
        window.verify_action.trigger()
        qtbot.waitUntil(
            lambda shown=shown: len(prompts.infos) + len(prompts.errors) > shown, timeout=30000
        )
    assert len(prompts.infos) == 2
    assert all("is the agreed minutes (Full record)" in info for info in prompts.infos)
    assert len(prompts.errors) == 1
    assert "changed.pdf is not the agreed copy" in prompts.errors[0]
