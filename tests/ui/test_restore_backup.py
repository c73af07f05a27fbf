"""File > Restore a backup…: the list, the confirmation, the safety backup, the reopened data.
Only fictional families."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot
from ui_helpers import FakePrompts, find

from chair_app.services.backup import list_backups, make_backup
from chair_app.services.families import FamilyService
from chair_app.services.storage import open_factory
from chair_app.ui.launch import build_context
from chair_app.ui.main_window import MainWindow


def _window(qtbot: QtBot, data_dir: Path, prompts: FakePrompts) -> MainWindow:
    window = MainWindow(build_context(open_factory(data_dir), data_dir, prompts))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _families_shown(window: MainWindow) -> list[str]:
    assert window.family_page is not None
    listing = window.family_page.family_list
    return [listing.item(row).text() for row in range(listing.count())]


def test_restore_from_the_menu_reopens_the_old_data(qtbot: QtBot, data_dir: Path) -> None:
    prompts = FakePrompts()
    store = open_factory(data_dir)
    FamilyService(store).create_family("Fenwick-Arden")
    make_backup(data_dir, "startup")
    FamilyService(store).create_family("Okonjo-Marsh")
    store.kw["bind"].dispose()
    window = _window(qtbot, data_dir, prompts)
    assert any("Okonjo-Marsh" in text for text in _families_shown(window))

    window.restore_backup_action.trigger()
    dialog = window.backup_dialog
    listing = find(dialog, QListWidget, "backup_list")
    assert listing.count() == 1 and "startup" in listing.item(0).text()
    dialog.accept()

    assert prompts.confirmations and "backed up first" in prompts.confirmations[-1]
    shown = _families_shown(window)
    assert any("Fenwick-Arden" in text for text in shown)
    assert not any("Okonjo-Marsh" in text for text in shown)
    assert prompts.infos and "reopened" in prompts.infos[-1]
    assert [b.reason for b in list_backups(data_dir)] == ["before-restore", "startup"]
    # The reopened data is in use: a new family is saved through the fresh context.
    window.ctx.families.create_family("Lindqvist-Ross")
    assert len(window.ctx.families.list_families()) == 2
    window.ctx.close_store()


def test_declining_changes_nothing(qtbot: QtBot, data_dir: Path) -> None:
    prompts = FakePrompts()
    prompts.confirm_answers.append(False)
    store = open_factory(data_dir)
    FamilyService(store).create_family("Fenwick-Arden")
    make_backup(data_dir, "startup")
    FamilyService(store).create_family("Okonjo-Marsh")
    store.kw["bind"].dispose()
    window = _window(qtbot, data_dir, prompts)
    ctx = window.ctx

    assert not window.restore_backup(list_backups(data_dir)[0])

    assert window.ctx is ctx
    assert len(list_backups(data_dir)) == 1
    assert any("Okonjo-Marsh" in text for text in _families_shown(window))
    window.ctx.close_store()
