"""The window on a read-only data folder (issue 13, F8): it says the folder is read-only and
names it, and offers nothing that would need to write there (no backup to open, nothing to
restore). The folder is nothing like damaged, and is left exactly as it was."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot
from read_only_folders import fake_read_only, read_only_mount

from chair_app.services.families import FamilyService
from chair_app.services.storage import open_store
from chair_app.ui.launch import open_data_into
from chair_app.ui.main_window import MainWindow
from tests.ui_helpers import find, shown_window, type_text

PASSPHRASE = "plum orchard lantern"


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    yield from shown_window(qtbot)


@pytest.fixture
def stored(tmp_path: Path) -> Path:
    """A folder Chair has used: a family, a backup, and the lock file of earlier runs."""
    folder = tmp_path / "data"
    store = open_store(folder, PASSPHRASE)
    FamilyService(store.factory).create_family("Ashdown-Vale")
    store.backup("startup")
    store.close()
    (folder / "chair.lock").touch(mode=0o600)
    return folder


def _fingerprint(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _says_read_only_and_offers_nothing(window: MainWindow, folder: Path) -> str:
    assert window.stack.currentWidget() is window.unavailable_page
    label = find(window, QLabel, "loading_label")
    assert label.isVisible()
    text = label.text()
    assert f"The data folder {folder} is read-only" in text
    assert "damaged" not in text
    offers = [
        button.text()
        for button in window.findChildren(QPushButton)
        if button.isVisible() and any(w in button.text().lower() for w in ("backup", "restore"))
    ]
    assert offers == []
    assert not window.restore_backup_action.isEnabled()
    return text


def test_a_folder_chair_finds_read_only_is_named_and_nothing_is_offered(
    qtbot: QtBot, window: MainWindow, stored: Path, monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    before = _fingerprint(stored)
    fake_read_only(monkeypatch, stored)

    open_data_into(window, stored, demo=False)

    # Said at once: no passphrase is asked for data that could not be opened anyway.
    _says_read_only_and_offers_nothing(window, stored)
    assert _fingerprint(stored) == before
    window.grab().save(str(tmp_path / "read-only.png"))


def test_a_folder_found_read_only_after_the_passphrase_offers_no_backup(
    qtbot: QtBot, window: MainWindow, stored: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The folder was writable when the window asked for the passphrase, and is not by the time
    # it is typed: what was reported as a damaged file with a backup to open.
    open_data_into(window, stored, demo=False)
    assert window.stack.currentWidget() is window.passphrase_page
    before = _fingerprint(stored)
    fake_read_only(monkeypatch, stored)

    type_text(qtbot, find(window.passphrase_page, QLineEdit, "passphrase_edit"), PASSPHRASE)
    qtbot.mouseClick(
        find(window.passphrase_page, QPushButton, "passphrase_submit_button"),
        Qt.MouseButton.LeftButton,
    )

    _says_read_only_and_offers_nothing(window, stored)
    assert _fingerprint(stored) == before


def test_a_read_only_file_system_is_named_and_nothing_is_offered(
    qtbot: QtBot, window: MainWindow, stored: Path, tmp_path: Path
) -> None:
    with read_only_mount(
        tmp_path / "mount", lambda mount: shutil.copytree(stored, mount / "data")
    ) as mount:
        folder = mount / "data"
        before = _fingerprint(folder)
        open_data_into(window, folder, demo=False)
        _says_read_only_and_offers_nothing(window, folder)
        assert _fingerprint(folder) == before
