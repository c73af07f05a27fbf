"""A change of passphrase killed half-way: the next start never calls the intact file damaged,
never sets it aside, and never puts an older backup in its place. Only fictional people."""

from __future__ import annotations

from pathlib import Path

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
