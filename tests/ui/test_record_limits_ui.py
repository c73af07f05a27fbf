"""File > Import meeting record… with a file beyond the bounds every Chair record keeps: the
window shows the message naming the bound, and nothing in the data changes. The demo family is
fictional."""

from __future__ import annotations

import dataclasses
import hashlib
import struct
from pathlib import Path
from typing import Any

import pytest
from conftest import TODAY
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot
from row_snapshot import every_row
from ui_helpers import FakePrompts, find

from chair_app.models.db import SessionFactory
from chair_app.services.meetings import MeetingService
from chair_app.services.record_export import RecordService
from chair_app.services.record_format import record_bytes
from chair_app.services.record_package import write_package
from chair_app.ui.launch import build_context
from chair_app.ui.main_window import MainWindow

PASSPHRASE = "heron over the weir"


@pytest.fixture
def window(
    qtbot: QtBot, factory: SessionFactory, with_demo_family: None, data_dir: Path
) -> MainWindow:
    ctx = dataclasses.replace(build_context(factory, data_dir, FakePrompts()), today=lambda: TODAY)
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def _record(factory: SessionFactory) -> dict[str, Any]:
    ids = [m.id for m in MeetingService(factory).list_meetings()]
    return RecordService(factory).export_record(ids)


def _import(qtbot: QtBot, window: MainWindow, path: Path, passphrase: str | None) -> str:
    prompts = window.ctx.prompts
    assert isinstance(prompts, FakePrompts)
    before = len(prompts.errors) + len(prompts.infos)
    prompts.open_paths.append(path)
    window.import_record_action.trigger()
    if passphrase is not None:
        def shown() -> QDialog | None:
            return next(
                (
                    d
                    for d in window.findChildren(QDialog, "record_open_passphrase_dialog")
                    if d.isVisible()
                ),
                None,
            )

        qtbot.waitUntil(lambda: shown() is not None)
        dialog = shown()
        assert dialog is not None
        qtbot.keyClicks(find(dialog, QLineEdit, "record_open_passphrase_edit"), passphrase)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(prompts.errors) + len(prompts.infos) > before, timeout=20_000)
    assert prompts.errors, prompts.infos
    return prompts.errors[-1]


def test_deeply_nested_json_is_refused_in_the_window(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory, tmp_path: Path
) -> None:
    path = tmp_path / "deep.json"
    path.write_bytes(b"[" * 100_000 + b"]" * 100_000)
    before = every_row(factory)
    message = _import(qtbot, window, path, None)
    assert "nested too deeply" in message and "Nothing changed" in message
    assert every_row(factory) == before


def test_too_many_items_are_refused_in_the_window_naming_the_field(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory, tmp_path: Path
) -> None:
    record = _record(factory)
    record["meetings"][0]["actions"] = [{}] * 10_001
    path = tmp_path / "many.json"
    path.write_bytes(record_bytes(record))
    before = every_row(factory)
    message = _import(qtbot, window, path, None)
    assert "more than 10,000 items at $.meetings[0].actions" in message
    assert every_row(factory) == before


def test_a_package_asking_too_much_argon2_work_is_refused_in_the_window(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory, tmp_path: Path
) -> None:
    path = write_package(record_bytes(_record(factory)), tmp_path / "a.chairpkg", PASSPHRASE)
    blob = bytearray(path.read_bytes())
    struct.pack_into(">B", blob, 19, 9)  # 9 Argon2 lanes: Chair writes 4
    blob[72:88] = hashlib.sha256(bytes(blob[:72])).digest()[:16]  # crafted: digest made again
    path.write_bytes(bytes(blob))
    before = every_row(factory)
    message = _import(qtbot, window, path, PASSPHRASE)
    assert "asks for more work to open than Chair ever writes" in message
    assert every_row(factory) == before


def test_the_largest_record_imported_is_set_in_settings(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QSpinBox

    from chair_app.ui.settings_dialog import SettingsDialog

    record = _record(factory)
    record["meetings"][0]["notes_padding"] = " " * 1_200_000  # a file of about 1.2 MB
    path = tmp_path / "large.json"
    path.write_bytes(record_bytes(record))
    window.open_settings()
    dialog = window.findChild(SettingsDialog, "settings_dialog")
    spin = find(dialog, QSpinBox, "record_size_limit_spin")
    assert spin.value() == 50
    spin.setValue(1)
    dialog._on_accept()
    before = every_row(factory)
    message = _import(qtbot, window, path, None)
    assert "larger than 1 MB, the largest record this laptop imports" in message
    assert every_row(factory) == before
