"""Exporting from the window with a password: the real "Protect the minutes?" dialog, driven by
objectName, writes both files protected; passwords that differ write nothing."""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import msoffcrypto
import pytest
from pypdf import PasswordType, PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import FakePrompts, find

from chair_app.models.db import SessionFactory
from chair_app.ui.export_flow import confirmation_text
from chair_app.ui.launch import build_context
from chair_app.ui.main_window import MainWindow
from chair_app.ui.prompts import Prompts

PASSWORD = "Heron-Lantern-82"
# Set CHAIR_SCREENSHOTS to a folder to keep pictures of the dialog.
SHOTS = os.environ.get("CHAIR_SCREENSHOTS")


class DialogPrompts(FakePrompts):
    """Scripted prompts, except that "protect the files?" shows the real dialog, which the
    test then drives with the mouse and keyboard."""

    def __init__(self, qtbot: QtBot) -> None:
        super().__init__()
        self.qtbot = qtbot
        self.drive: Callable[[QDialog], None] = lambda dialog: None
        self.shown = 0

    def choose_export_protection(self, parent: QWidget | None):  # type: ignore[override]
        return Prompts.choose_export_protection(self, parent)

    def run_dialog(self, dialog: QDialog) -> bool:
        self.shown += 1
        dialog.show()
        self.qtbot.waitExposed(dialog)
        self.drive(dialog)
        return dialog.result() == QDialog.DialogCode.Accepted


@pytest.fixture
def prompts(qtbot: QtBot) -> DialogPrompts:
    return DialogPrompts(qtbot)


@pytest.fixture
def window(
    qtbot: QtBot,
    factory: SessionFactory,
    with_demo_family: None,
    data_dir: Path,
    prompts: DialogPrompts,
) -> MainWindow:
    main = MainWindow(build_context(factory, data_dir, prompts))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _click(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _type(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    qtbot.keyClicks(edit, text)


def _shot(dialog: QDialog, name: str) -> None:
    if SHOTS:
        assert dialog.grab().save(str(Path(SHOTS) / name))


def _start_export(qtbot: QtBot, window: MainWindow) -> None:
    window.family_page.meetings_table.selectRow(1)  # the closed Core Group
    _click(qtbot, find(window, QPushButton, "family_export_button"))


def test_export_with_a_password_writes_both_files_protected(
    qtbot: QtBot, window: MainWindow, prompts: DialogPrompts, out: Path
) -> None:
    def protect(dialog: QDialog) -> None:
        password = find(dialog, QLineEdit, "export_password_edit")
        confirm = find(dialog, QLineEdit, "export_password_confirm_edit")
        assert not password.isEnabled()  # unprotected unless the chair asks
        _click(qtbot, find(dialog, QCheckBox, "protect_checkbox"))
        assert password.isEnabled() and confirm.isEnabled()
        assert password.echoMode() is QLineEdit.EchoMode.Password
        assert confirm.echoMode() is QLineEdit.EchoMode.Password
        _type(qtbot, password, PASSWORD)
        _type(qtbot, confirm, PASSWORD)
        _shot(dialog, "protect_dialog.png")
        _click(qtbot, find(dialog, QPushButton, "export_protection_ok_button"))
        # The widgets forget the password once the dialog closes.
        assert password.text() == "" and confirm.text() == ""

    prompts.drive = protect
    prompts.directories.append(out)
    with qtbot.waitSignal(window.exporter.export_finished, timeout=30000) as finished:
        _start_export(qtbot, window)

    assert prompts.shown == 1
    written = finished.args[0]
    assert sorted(p.suffix for p in written) == [".docx", ".pdf"]
    assert sorted(out.iterdir()) == sorted(written)  # the same names, nothing else
    pdf = next(p for p in written if p.suffix == ".pdf")
    word = next(p for p in written if p.suffix == ".docx")

    assert PdfReader(str(pdf)).is_encrypted
    reader = PdfReader(str(pdf))
    assert reader.decrypt(PASSWORD) == PasswordType.USER_PASSWORD
    assert "Marlowe family" in reader.pages[0].extract_text()

    assert not zipfile.is_zipfile(word)
    plain = io.BytesIO()
    with open(word, "rb") as handle:
        office = msoffcrypto.OfficeFile(handle)
        assert office.is_encrypted()
        office.load_key(password=PASSWORD)
        office.decrypt(plain)
    plain.seek(0)
    document = docx.Document(plain)
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert "Marlowe family" in cells  # the heading's Family row
    assert document.paragraphs[0].text == "Core Group minutes"

    assert window.exporter.last_protected
    assert "protected with the password" in confirmation_text(written, True)
    assert prompts.errors == []


def test_export_with_passwords_that_differ_says_so_and_writes_nothing(
    qtbot: QtBot, window: MainWindow, prompts: DialogPrompts, out: Path
) -> None:
    started: list[bool] = []
    window.exporter.export_started.connect(lambda: started.append(True))

    def mismatch(dialog: QDialog) -> None:
        _click(qtbot, find(dialog, QCheckBox, "protect_checkbox"))
        _type(qtbot, find(dialog, QLineEdit, "export_password_edit"), PASSWORD)
        _type(qtbot, find(dialog, QLineEdit, "export_password_confirm_edit"), "Heron-Lantern-28")
        _click(qtbot, find(dialog, QPushButton, "export_protection_ok_button"))
        message = find(dialog, QLabel, "export_password_message_label")
        assert dialog.isVisible()  # still open, to type it again
        assert message.isVisible()
        assert message.text() == "The two passwords are not the same. Type the password again."
        assert find(dialog, QLineEdit, "export_password_confirm_edit").text() == ""
        _shot(dialog, "protect_dialog_mismatch.png")
        _click(qtbot, find(dialog, QPushButton, "export_protection_cancel_button"))

    prompts.drive = mismatch
    prompts.directories.append(out)
    _start_export(qtbot, window)
    qtbot.wait(200)

    assert prompts.shown == 1
    assert started == []
    assert list(out.iterdir()) == []
    assert prompts.infos == [] and prompts.errors == []


def test_export_with_an_empty_password_says_so_and_writes_nothing(
    qtbot: QtBot, window: MainWindow, prompts: DialogPrompts, out: Path
) -> None:
    def empty(dialog: QDialog) -> None:
        _click(qtbot, find(dialog, QCheckBox, "protect_checkbox"))
        _click(qtbot, find(dialog, QPushButton, "export_protection_ok_button"))
        assert dialog.isVisible()
        assert find(dialog, QLabel, "export_password_message_label").text().startswith(
            "The password is empty."
        )
        _click(qtbot, find(dialog, QPushButton, "export_protection_cancel_button"))

    prompts.drive = empty
    prompts.directories.append(out)
    _start_export(qtbot, window)
    qtbot.wait(200)
    assert list(out.iterdir()) == []


def test_export_without_ticking_protect_writes_ordinary_files(
    qtbot: QtBot, window: MainWindow, prompts: DialogPrompts, out: Path
) -> None:
    prompts.drive = lambda dialog: _click(
        qtbot, find(dialog, QPushButton, "export_protection_ok_button")
    )
    prompts.directories.append(out)
    with qtbot.waitSignal(window.exporter.export_finished, timeout=30000) as finished:
        _start_export(qtbot, window)

    pdf = next(p for p in finished.args[0] if p.suffix == ".pdf")
    word = next(p for p in finished.args[0] if p.suffix == ".docx")
    assert not PdfReader(str(pdf)).is_encrypted
    assert zipfile.is_zipfile(word)
    assert not window.exporter.last_protected


def test_export_that_fails_to_write_records_no_version_and_no_export(
    qtbot: QtBot, window: MainWindow, prompts: DialogPrompts, out: Path, factory: SessionFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from sqlalchemy import text

    from chair_app.services.export_minutes import ExportFailed

    def rows() -> list[object]:
        with factory() as session:
            return [
                *session.execute(text("SELECT * FROM minutes_version ORDER BY id")),
                *session.execute(text("SELECT id, minutes_exported_on FROM meeting ORDER BY id")),
            ]

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise ExportFailed("Could not write the file: No space left on device.")

    monkeypatch.setattr("chair_app.services.minutes.write_exported", disk_full)
    prompts.drive = lambda dialog: _click(
        qtbot, find(dialog, QPushButton, "export_protection_ok_button")
    )
    prompts.directories.append(out)
    before = rows()
    with qtbot.waitSignal(window.exporter.export_failed, timeout=30000):
        _start_export(qtbot, window)
    assert rows() == before
    assert list(out.iterdir()) == []
