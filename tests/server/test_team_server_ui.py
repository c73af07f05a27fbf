"""The team server in the real window, against a real PostgreSQL: File > Team server…, File >
Sync with team server between two laptops (two data folders), Differences to choose…, and View >
Team view. Every dialog is the real one, found by objectName; the password is typed key by key.
This computer has no keyring here, so the password is asked for at each sync. All names are
fictional."""

from __future__ import annotations

import csv
import dataclasses
import os
import re
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QTableWidget, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sync_helpers import TODAY, first_draft_meeting, laptop, set_worries, worries
from team_helpers import fill_server
from ui_helpers import FakePrompts, find

from chair_app.models.db import SessionFactory
from chair_app.services.server_settings import configured_server, save_server
from chair_app.ui.launch import build_context
from chair_app.ui.main_window import MainWindow

SHOTS = os.environ.get("CHAIR_SCREENSHOTS")


@pytest.fixture(autouse=True)
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def _window(qtbot: QtBot, factory: SessionFactory, folder: Path) -> MainWindow:
    ctx = dataclasses.replace(build_context(factory, folder, FakePrompts()), today=lambda: TODAY)
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    return main


def _prompts(window: MainWindow) -> FakePrompts:
    prompts = window.ctx.prompts
    assert isinstance(prompts, FakePrompts)
    return prompts


def _address(server_database) -> str:
    from pg_cluster import ADMIN_USER

    return f"postgresql://{ADMIN_USER}@localhost:{server_database.cluster.port}/{server_database.name}"


def _open_dialog(qtbot: QtBot, window: MainWindow, name: str) -> QDialog:
    def shown() -> bool:
        widget = window.findChild(QDialog, name)
        return widget is not None and widget.isVisible()

    qtbot.waitUntil(shown)
    widget = window.findChild(QDialog, name)
    assert widget is not None
    return widget


def _text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None, (row, column)
    return item.text()


def _type_password(qtbot: QtBot, window: MainWindow, password: str) -> None:
    dialog = _open_dialog(qtbot, window, "serverPasswordDialog")
    edit = find(dialog, QLineEdit, "serverPasswordEdit")
    assert edit.echoMode() is QLineEdit.EchoMode.Password
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClicks(edit, password)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def _sync(qtbot: QtBot, window: MainWindow, password: str) -> None:
    window.sync_action.trigger()
    _type_password(qtbot, window, password)
    qtbot.waitUntil(lambda: not window.team_sync.running, timeout=30000)


def test_a_sync_from_the_window_carries_an_edit_from_one_laptop_to_the_other(
    qtbot: QtBot, tmp_path: Path, server_engine: Engine, server_database
) -> None:
    from pg_cluster import ADMIN_PASSWORD

    a_factory = laptop(tmp_path / "a", with_demo=True)
    b_factory = laptop(tmp_path / "b")
    a = _window(qtbot, a_factory, tmp_path / "a")
    # No server yet: Sync asks where it is, in the Team server dialog.
    assert not a.last_sync_label.isVisible()
    a.sync_action.trigger()
    dialog = _open_dialog(qtbot, a, "teamServerDialog")
    qtbot.keyClicks(find(dialog, QLineEdit, "serverUrlEdit"), _address(server_database))
    _prompts(a).open_paths.append(server_database.cluster.ca_file)
    qtbot.mouseClick(find(dialog, QPushButton, "caFileButton"), Qt.MouseButton.LeftButton)
    assert find(dialog, QLineEdit, "caFileEdit").text() == str(server_database.cluster.ca_file)
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "team-server-dialog.png"))
    qtbot.keyClick(find(dialog, QLineEdit, "serverUrlEdit"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert configured_server(a_factory) is not None
    # Sync: the password is asked for (no keyring), the action is off while it runs.
    a.sync_action.trigger()
    dialog = _open_dialog(qtbot, a, "serverPasswordDialog")
    edit = find(dialog, QLineEdit, "serverPasswordEdit")
    qtbot.keyClicks(edit, ADMIN_PASSWORD)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert not a.sync_action.isEnabled()
    assert a.statusBar().currentMessage() == "Syncing with the team server…"
    qtbot.waitUntil(lambda: not a.team_sync.running, timeout=30000)
    assert a.sync_action.isEnabled()
    assert a.statusBar().currentMessage() == "Families: 0 brought from the server, 1 sent."
    label = a.last_sync_label
    assert label.isVisible()
    assert re.fullmatch(
        r"Last sync: \d\d:\d\d, Families: 0 brought from the server, 1 sent\.", label.text()
    ), label.text()
    assert _prompts(a).errors == []
    if SHOTS:
        a.grab().save(str(Path(SHOTS) / "window-after-sync.png"))

    # Laptop B: the same server; its sync brings the family.
    save_server(b_factory, _address(server_database), str(server_database.cluster.ca_file))
    b = _window(qtbot, b_factory, tmp_path / "b")
    assert b.last_sync_label.text() == "Not synced with the team server yet"
    _sync(qtbot, b, ADMIN_PASSWORD)
    assert b.statusBar().currentMessage() == "Families: 1 brought from the server, 0 sent."
    assert b.family_page is not None and b.family_page.family_list.count() == 1
    # An edit on B reaches A after both sync; A is asked for the password again.
    _id, meeting = first_draft_meeting(b_factory)
    set_worries(b_factory, meeting, "Dad missed two contact sessions.")
    _sync(qtbot, b, ADMIN_PASSWORD)
    assert "1 sent" in b.last_sync_label.text()
    _sync(qtbot, a, ADMIN_PASSWORD)
    assert worries(a_factory, meeting) == "Dad missed two contact sessions."
    assert "1 brought from the server" in a.last_sync_label.text()
    # A new window on A's data shows the last sync from the start.
    again = _window(qtbot, a_factory, tmp_path / "a")
    assert again.last_sync_label.text() == a.last_sync_label.text()
    # Nothing of the password in the data folders.
    for folder in (tmp_path / "a", tmp_path / "b"):
        for path in folder.rglob("*"):
            assert not path.is_file() or ADMIN_PASSWORD.encode() not in path.read_bytes()


def test_a_failed_sync_says_why_and_changes_nothing(
    qtbot: QtBot, tmp_path: Path, server_engine: Engine, server_database
) -> None:
    a_factory = laptop(tmp_path / "a", with_demo=True)
    save_server(a_factory, _address(server_database), str(server_database.cluster.ca_file))
    a = _window(qtbot, a_factory, tmp_path / "a")
    _sync(qtbot, a, "not-the-password")
    message = "The server did not accept the user name and password."
    assert _prompts(a).errors == [message]
    assert a.statusBar().currentMessage() == message
    assert a.last_sync_label.text() == "Not synced with the team server yet"
    assert a.sync_action.isEnabled()


def test_held_differences_are_chosen_in_the_window(
    qtbot: QtBot, tmp_path: Path, server_engine: Engine, server_database
) -> None:
    from pg_cluster import ADMIN_PASSWORD

    from chair_app.services.sync import SyncService

    a_factory = laptop(tmp_path / "a", with_demo=True)
    b_factory = laptop(tmp_path / "b")
    SyncService(a_factory, server_engine).sync()
    SyncService(b_factory, server_engine).sync()
    _id, meeting = first_draft_meeting(a_factory)
    set_worries(a_factory, meeting, "Worry as laptop A wrote it.")
    set_worries(b_factory, meeting, "Worry as laptop B wrote it.")
    SyncService(a_factory, server_engine).sync()
    save_server(b_factory, _address(server_database), str(server_database.cluster.ca_file))
    b = _window(qtbot, b_factory, tmp_path / "b")
    assert not b.held_differences_action.isEnabled()
    _sync(qtbot, b, ADMIN_PASSWORD)
    assert "1 with differences to choose" in b.last_sync_label.text()
    assert any("Differences to choose" in text for text in _prompts(b).infos)
    assert b.held_differences_action.isEnabled()
    b.held_differences_action.trigger()
    dialog = _open_dialog(qtbot, b, "conflicts_dialog")
    table = find(dialog, QTableWidget, "conflicts_table")
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]
    assert headers == ["What", "This laptop", "The team server", "Keep"]
    cells = {
        (_text(table, r, 1), _text(table, r, 2)) for r in range(table.rowCount())
    }
    assert ("Worry as laptop B wrote it.", "Worry as laptop A wrote it.") in cells
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "held-differences.png"))
    qtbot.mouseClick(find(dialog, QPushButton, "take_all_file_button"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(
        find(dialog, QPushButton, "conflicts_apply_button"), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not b.team_sync.running and not b.held_differences_action.isEnabled())
    assert worries(b_factory, meeting) == "Worry as laptop A wrote it."
    assert _prompts(b).errors == []
    # The choice goes to the server at the next sync, and A agrees.
    _sync(qtbot, b, ADMIN_PASSWORD)
    SyncService(a_factory, server_engine).sync()
    assert worries(a_factory, meeting) == "Worry as laptop A wrote it."


def test_the_team_view_lists_overdue_first_and_saves_csv(
    qtbot: QtBot, tmp_path: Path, server_engine: Engine, server_database
) -> None:
    from pg_cluster import ADMIN_PASSWORD

    fill_server(server_engine)
    factory = laptop(tmp_path / "a")
    save_server(factory, _address(server_database), str(server_database.cluster.ca_file))
    window = _window(qtbot, factory, tmp_path / "a")
    window.team_view_action.trigger()
    _type_password(qtbot, window, ADMIN_PASSWORD)
    view = _open_dialog(qtbot, window, "teamView")
    table = find(view, QTableWidget, "teamDueTable")
    qtbot.waitUntil(lambda: table.rowCount() == 3, timeout=30000)
    names = [_text(table, r, 0) for r in range(3)]
    assert names == ["Willow family", "Ash family", "Beech family"]
    assert re.fullmatch(r"Overdue by \d+ days", _text(table, 0, 3))
    assert [_text(table, r, 3) for r in (1, 2)] == ["No", "No"]
    assert _text(table, 0, 1) == "riverside"
    status = find(view, QLabel, "teamViewStatusLabel").text()
    assert status == "3 families; 1 with something overdue (listed first)."
    if SHOTS:
        view.grab().save(str(Path(SHOTS) / "team-view.png"))
    target = tmp_path / "team.csv"
    _prompts(window).save_paths.append(target)
    qtbot.mouseClick(find(view, QPushButton, "saveTeamCsvButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists)
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert [row[0] for row in rows] == ["Family", "Willow family", "Ash family", "Beech family"]


def test_a_bad_address_is_refused_in_the_dialog_and_nothing_is_saved(
    qtbot: QtBot, factory: SessionFactory, data_dir: Path
) -> None:
    window = _window(qtbot, factory, data_dir)
    window.team_server_action.trigger()
    dialog = _open_dialog(qtbot, window, "teamServerDialog")
    edit = find(dialog, QLineEdit, "serverUrlEdit")
    qtbot.keyClicks(edit, "postgresql://sam:heron-7@chair.council.example/chair")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    message = find(dialog, QLabel, "dialog_message_label")
    assert dialog.isVisible() and message.isVisible()
    assert message.text().startswith("Do not put the password in the server address")
    dialog.reject()
    assert configured_server(factory) is None
    # Sync with no server opens the same dialog, and no password is asked for.
    window.sync_action.trigger()
    _open_dialog(qtbot, window, "teamServerDialog")
    assert window.findChild(QWidget, "serverPasswordDialog") is None
