"""A change of passphrase killed half-way: the next start never calls the intact file damaged,
never sets it aside, and never puts an older backup in its place. Only fictional people."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from chair_app.services.families import FamilyService
from chair_app.services.storage import open_store
from chair_app.ui.launch import open_data_into
from chair_app.ui.main_window import MainWindow
from tests.rekey_kill import killed_during_rekey
from tests.row_snapshot import every_row
from tests.ui.test_passphrase_and_lock import _problem, _submit, window  # noqa: F401
from tests.ui_helpers import find

OLD = "plum orchard lantern"
NEW = "quiet harbour morning"


@pytest.mark.slow
def test_a_start_with_the_old_passphrase_after_a_killed_rekey_calls_nothing_damaged(
    qtbot: QtBot, window: MainWindow, data_dir: Path  # noqa: F811
) -> None:
    from PySide6.QtWidgets import QPushButton

    store = open_store(data_dir, OLD)
    FamilyService(store.factory).create_family("Ashdown-Vale")
    store.backup("startup")
    before = every_row(store.factory)
    store.close()
    assert killed_during_rekey(data_dir, OLD, NEW, "data-renamed")

    open_data_into(window, data_dir, demo=False)
    _submit(qtbot, window, OLD)

    problem = _problem(window)
    assert "interrupted" in problem and "new passphrase" in problem
    assert "file is damaged" not in problem
    assert not find(window, QPushButton, "open_backup_button").isVisible()
    assert not list(data_dir.glob("damaged-*"))

    # The new passphrase opens the data as it was, and the change is finished.
    import chair_app.ui.prompts as prompts_module

    shown: list[str] = []
    original = prompts_module.Prompts.info
    prompts_module.Prompts.info = lambda self, parent, title, text: shown.append(text)  # type: ignore[method-assign]
    try:
        _submit(qtbot, window, NEW)
    finally:
        prompts_module.Prompts.info = original  # type: ignore[method-assign]
    assert window.stack.currentWidget() is window.family_page
    assert shown and "finished" in shown[0]
    assert every_row(window.ctx.store.factory) == before
    assert not list(data_dir.glob("damaged-*"))


def test_the_restore_list_shows_a_backup_left_under_the_earlier_passphrase(
    qtbot: QtBot, data_dir: Path, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    from chair_app.core.errors import StorageUnavailable
    from chair_app.services import rekey
    from chair_app.services.backup import list_backups
    from chair_app.ui.launch import build_context
    from tests.rekey_kill import cheap_keys
    from tests.ui_helpers import FakePrompts

    with cheap_keys():
        store = open_store(data_dir, OLD)
        FamilyService(store.factory).create_family("Ashdown-Vale")
        store.backup("startup")
        store.backup("meeting-closed")
        older, _newer = sorted(list_backups(data_dir), key=lambda b: b.taken_at)
        copy = rekey._copy_under_new_key

        def failing_for_older(path: Path, *args: str) -> Path:
            if path == older.path:
                raise StorageUnavailable("The copy did not pass its check.")
            return copy(path, *args)

        monkeypatch.setattr(rekey, "_copy_under_new_key", failing_for_older)
        store.change_passphrase(OLD, NEW)
        assert "1 backup could not be re-keyed" in store.notice
        main = MainWindow(build_context(store.factory, data_dir, FakePrompts(), store))
        qtbot.addWidget(main)
        main.restore_backup_action.trigger()
        from PySide6.QtWidgets import QListWidget

        listing = find(main.backup_dialog, QListWidget, "backup_list")
        rows = [listing.item(row).text() for row in range(listing.count())]
        main.ctx.background.wait()
        store.close()

    assert len(rows) == 2
    assert "meeting closed" in rows[0] and "earlier passphrase" not in rows[0]
    assert "startup" in rows[1] and "made under an earlier passphrase" in rows[1]
    assert not any("damaged" in row for row in rows)
