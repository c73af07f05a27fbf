"""The passphrase in the window: chosen on first use, typed at each start, asked again after the
window locks itself; an earlier version's data is encrypted; a damaged file opens its latest good
backup; the passphrase can be changed. Only fictional people."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from chair_app.core.agenda import StepKey
from chair_app.models.db import DATABASE_FILE_NAME, FileKind, file_kind
from chair_app.services.families import FamilyService
from chair_app.services.meetings import MeetingService
from chair_app.services.storage import open_store
from chair_app.ui.launch import open_data_into
from chair_app.ui.main_window import MainWindow
from chair_app.ui.passphrase_page import PassphraseMode
from tests.rekey_kill import cheap_keys
from tests.ui_helpers import FakePrompts, find, shown_window, type_text

PASSPHRASE = "plum orchard lantern"
FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "chair-0.1.0.sqlite3"


@pytest.fixture(autouse=True)
def cheap_key_derivation() -> Iterator[None]:
    # Every store here is made and opened in this process, so SQLCipher's key derivation can
    # be cheap for all of them (a key costs a quarter of a second at its default): what the
    # window asks and shows does not depend on it. Set up before, and put back after, the window.
    with cheap_keys():
        yield


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    yield from shown_window(qtbot)


def _page(window: MainWindow) -> QWidget:
    return find(window, QWidget, "passphrase_page")


def _submit(qtbot: QtBot, window: MainWindow, passphrase: str, repeated: str | None = None) -> None:
    page = _page(window)
    find(page, QLineEdit, "passphrase_edit").clear()
    find(page, QLineEdit, "passphrase_repeat_edit").clear()
    type_text(qtbot, find(page, QLineEdit, "passphrase_edit"), passphrase)
    if repeated is not None:
        type_text(qtbot, find(page, QLineEdit, "passphrase_repeat_edit"), repeated)
    qtbot.mouseClick(find(page, QPushButton, "passphrase_submit_button"), Qt.MouseButton.LeftButton)


def _problem(window: MainWindow) -> str:
    label = find(_page(window), QLabel, "passphrase_problem_label")
    return label.text() if label.isVisible() else ""


def _visible_texts(window: MainWindow) -> str:
    """Everything readable on screen: labels, fields, text boxes, list rows, table cells."""
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QAbstractItemView

    texts = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QLineEdit)):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount(QModelIndex())):
                column = 0
                while model.index(row, column).isValid():
                    texts.append(str(model.index(row, column).data() or ""))
                    column += 1
    return "\n".join(texts)


def test_first_use_asks_for_a_new_passphrase_twice_then_opens_encrypted(
    qtbot: QtBot, window: MainWindow, data_dir: Path
) -> None:
    assert not open_data_into(window, data_dir, demo=False)
    assert window.stack.currentWidget() is _page(window)
    assert window.passphrase_page.mode is PassphraseMode.CREATE
    assert "does not keep it" in find(window, QLabel, "passphrase_explanation_label").text()

    _submit(qtbot, window, "short", "short")
    assert "at least 8 characters" in _problem(window)
    _submit(qtbot, window, PASSPHRASE, PASSPHRASE + "x")
    assert "not the same" in _problem(window)
    assert window._ctx is None
    _submit(qtbot, window, PASSPHRASE, PASSPHRASE)

    assert window.stack.currentWidget() is window.family_page
    assert file_kind(data_dir / DATABASE_FILE_NAME) is FileKind.ENCRYPTED
    window.ctx.background.wait()
    window.ctx.store.close()
    open_store(data_dir, PASSPHRASE).close()


def test_a_wrong_passphrase_is_refused_and_the_right_one_opens(
    qtbot: QtBot, window: MainWindow, data_dir: Path
) -> None:
    store = open_store(data_dir, PASSPHRASE)
    FamilyService(store.factory).create_family("Ashdown-Vale")
    store.close()
    before = (data_dir / DATABASE_FILE_NAME).read_bytes()

    open_data_into(window, data_dir, demo=False)
    assert window.passphrase_page.mode is PassphraseMode.OPEN
    assert not find(window, QLineEdit, "passphrase_repeat_edit").isVisible()
    _submit(qtbot, window, "plum orchard lanterns")
    assert "does not open" in _problem(window)
    assert "Ashdown-Vale" not in _visible_texts(window)
    assert (data_dir / DATABASE_FILE_NAME).read_bytes() == before

    _submit(qtbot, window, PASSPHRASE)
    assert window.stack.currentWidget() is window.family_page
    assert "Ashdown-Vale" in _visible_texts(window)


def test_an_earlier_versions_plain_data_is_encrypted_once_a_passphrase_is_chosen(
    qtbot: QtBot, window: MainWindow, data_dir: Path
) -> None:
    shutil.copy(FIXTURE, data_dir / DATABASE_FILE_NAME)

    open_data_into(window, data_dir, demo=False)
    assert window.passphrase_page.mode is PassphraseMode.CONVERT
    _submit(qtbot, window, PASSPHRASE, PASSPHRASE)

    assert window.stack.currentWidget() is window.family_page
    assert "Marlowe" in _visible_texts(window)
    assert file_kind(data_dir / DATABASE_FILE_NAME) is FileKind.ENCRYPTED
    window.ctx.background.wait()
    for path in (data_dir / "backups").iterdir():
        assert file_kind(path) is FileKind.ENCRYPTED


def test_the_demo_opens_without_asking(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    assert open_data_into(window, tmp_path / "demo", demo=True)
    assert window.stack.currentWidget() is window.family_page
    assert file_kind(tmp_path / "demo" / DATABASE_FILE_NAME) is FileKind.ENCRYPTED
    window.lock()
    assert "its passphrase is demo" in find(window, QLabel, "passphrase_hint_label").text()


def _open_on_demo_meeting(qtbot: QtBot, window: MainWindow, data_dir: Path) -> None:
    assert open_data_into(window, data_dir, demo=True)
    summaries = window.ctx.families.list_families()
    family = window.ctx.families.get_family(summaries[0].id)
    draft = next(m for m in family.meetings if m.status.value != "closed")
    window.open_meeting(draft.id)


def test_idle_lock_hides_the_record_keeps_the_typing_and_unlocks(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    data_dir = tmp_path / "demo"
    _open_on_demo_meeting(qtbot, window, data_dir)
    walk = window.walkthrough
    assert walk is not None
    walk.go_to(StepKey.THREE_COLUMNS)
    edit = find(walk, QPlainTextEdit, "working_well_edit")
    type_text(qtbot, edit, "Gran walks them to school")
    meeting_id = walk.controller.meeting_id
    assert "Marlowe" in _visible_texts(window)

    window.lock_timer.setInterval(150)  # the setting is in minutes; the test cannot wait that long
    window.lock_timer.start()
    qtbot.waitUntil(lambda: window.is_locked, timeout=2000)

    assert window.stack.currentWidget() is _page(window)
    shown = _visible_texts(window)
    assert "Marlowe" not in shown and "Gran walks them" not in shown
    assert not window.menuBar().isEnabled()
    # Locking saved what was typed, at once.
    saved = MeetingService(window.ctx.store.factory).get(meeting_id).columns.working_well
    assert saved == "Gran walks them to school"

    _submit(qtbot, window, "not the passphrase")
    assert window.is_locked and "not the passphrase" in _problem(window)
    _submit(qtbot, window, "demo")
    assert not window.is_locked
    assert window.stack.currentWidget() is walk
    assert edit.toPlainText() == "Gran walks them to school"
    assert window.menuBar().isEnabled()


def test_using_the_window_puts_the_lock_off(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    _open_on_demo_meeting(qtbot, window, tmp_path / "demo")
    assert window.lock_timer.interval() == 5 * 60_000  # the default setting
    # 2.5 s of use against a 1 s lock: each key press puts the lock off (with room to spare for
    # a loaded machine, where a step change can take a few hundred milliseconds).
    window.lock_timer.setInterval(1000)
    window.lock_timer.start()
    for _ in range(10):
        qtbot.wait(250)
        qtbot.keyClick(window.walkthrough.step_list, Qt.Key.Key_Down)
    assert not window.is_locked
    qtbot.waitUntil(lambda: window.is_locked, timeout=4000)


def test_lock_now_shortcut_locks(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    _open_on_demo_meeting(qtbot, window, tmp_path / "demo")
    find(window, type(window.lock_action), "lock_action").trigger()
    assert window.is_locked
    assert window.lock_action.shortcut().toString() == "Ctrl+L"


def test_a_damaged_file_at_start_up_offers_the_latest_good_backup(
    qtbot: QtBot, window: MainWindow, data_dir: Path
) -> None:
    store = open_store(data_dir, PASSPHRASE)
    FamilyService(store.factory).create_family("Ashdown-Vale")
    store.backup("startup")
    store.close()
    path = data_dir / DATABASE_FILE_NAME
    damaged = bytearray(path.read_bytes())
    damaged[100:600] = bytes(500)
    path.write_bytes(bytes(damaged))

    open_data_into(window, data_dir, demo=False)
    _submit(qtbot, window, PASSPHRASE)

    assert "damaged" in _problem(window)
    button = find(window, QPushButton, "open_backup_button")
    assert button.isVisible()
    assert path.read_bytes() == bytes(damaged)
    import chair_app.ui.prompts as prompts_module

    shown: list[str] = []
    original = prompts_module.Prompts.info
    prompts_module.Prompts.info = lambda self, parent, title, text: shown.append(text)  # type: ignore[method-assign]
    try:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    finally:
        prompts_module.Prompts.info = original  # type: ignore[method-assign]

    assert window.stack.currentWidget() is window.family_page
    assert "Ashdown-Vale" in _visible_texts(window)
    assert shown and "damaged" in shown[0]
    (aside,) = data_dir.glob("damaged-*")
    assert (aside / DATABASE_FILE_NAME).read_bytes() == bytes(damaged)


def test_changing_the_passphrase_in_the_window(qtbot: QtBot, data_dir: Path) -> None:
    from chair_app.ui.change_passphrase_dialog import ChangePassphraseDialog
    from chair_app.ui.launch import build_context

    store = open_store(data_dir, PASSPHRASE)
    FamilyService(store.factory).create_family("Ashdown-Vale")
    prompts = FakePrompts()
    main = MainWindow(build_context(store.factory, data_dir, prompts, store))
    qtbot.addWidget(main)
    main.show()
    main.change_passphrase_action.trigger()
    dialog = main.findChild(ChangePassphraseDialog, "change_passphrase_dialog")
    assert dialog is not None
    type_text(qtbot, find(dialog, QLineEdit, "current_passphrase_edit"), "wrong passphrase")
    type_text(qtbot, find(dialog, QLineEdit, "new_passphrase_edit"), "quiet harbour morning")
    type_text(qtbot, find(dialog, QLineEdit, "repeat_passphrase_edit"), "quiet harbour morning")
    dialog._on_accept()
    assert "not right" in find(dialog, QLabel, "dialog_message_label").text()
    find(dialog, QLineEdit, "current_passphrase_edit").clear()
    type_text(qtbot, find(dialog, QLineEdit, "current_passphrase_edit"), PASSPHRASE)
    dialog._on_accept()

    assert prompts.infos and "new passphrase" in prompts.infos[-1]
    assert "Ashdown-Vale" in _visible_texts(main)
    main.ctx.background.wait()
    main.ctx.store.close()
    from chair_app.core.errors import WrongPassphrase

    with pytest.raises(WrongPassphrase):
        open_store(data_dir, PASSPHRASE)
    open_store(data_dir, "quiet harbour morning").close()


def test_settings_keep_the_backups_and_lock_minutes(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QSpinBox

    from chair_app.ui.settings_dialog import SettingsDialog

    _open_on_demo_meeting(qtbot, window, tmp_path / "demo")
    window.open_settings()
    dialog = window.findChild(SettingsDialog, "settings_dialog")
    find(dialog, QSpinBox, "backups_kept_spin").setValue(3)
    find(dialog, QSpinBox, "lock_minutes_spin").setValue(12)
    assert find(dialog, QSpinBox, "backup_days_spin").value() == 14
    assert find(dialog, QSpinBox, "backup_weeks_spin").value() == 8
    find(dialog, QSpinBox, "backup_days_spin").setValue(30)
    find(dialog, QSpinBox, "backup_weeks_spin").setValue(0)
    dialog._on_accept()

    settings = window.ctx.schedule.settings
    assert settings.backups_kept() == 3
    assert (settings.backup_days(), settings.backup_weeks()) == (30, 0)
    assert settings.lock_minutes() == 12
    assert window.lock_timer.interval() == 12 * 60_000
    for reason in ("a", "b", "c", "d", "e"):
        window.ctx.store.backup(reason)
    from chair_app.services.backup import list_backups

    assert len(list_backups(tmp_path / "demo")) == 3


def test_an_open_dialog_is_hidden_while_locked_and_comes_back_as_it_was(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QSpinBox

    from chair_app.ui.settings_dialog import SettingsDialog

    _open_on_demo_meeting(qtbot, window, tmp_path / "demo")
    window.open_settings()
    dialog = window.findChild(SettingsDialog, "settings_dialog")
    assert dialog is not None and dialog.isVisible()
    find(dialog, QSpinBox, "backups_kept_spin").setValue(7)

    window.lock()
    assert not dialog.isVisible()
    _submit(qtbot, window, "demo")

    assert dialog.isVisible()
    assert find(dialog, QSpinBox, "backups_kept_spin").value() == 7


def test_an_emptied_data_file_at_start_up_offers_the_newest_backup_not_a_new_store(
    qtbot: QtBot, window: MainWindow, data_dir: Path
) -> None:
    store = open_store(data_dir, PASSPHRASE)
    FamilyService(store.factory).create_family("Ashdown-Vale")
    store.backup("startup")
    store.close()
    path = data_dir / DATABASE_FILE_NAME
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    path.write_bytes(b"")

    open_data_into(window, data_dir, demo=False)
    _submit(qtbot, window, PASSPHRASE)  # the backups' passphrase, asked as for any data

    assert "is empty or missing" in _visible_texts(window)
    # The page that says the data cannot be opened has its own "open the backup" button.
    button = find(window, QPushButton, "recover_button")
    assert button.isVisible()
    assert path.read_bytes() == b""
    import chair_app.ui.prompts as prompts_module

    original = prompts_module.Prompts.info
    prompts_module.Prompts.info = lambda self, parent, title, text: None  # type: ignore[method-assign]
    try:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    finally:
        prompts_module.Prompts.info = original  # type: ignore[method-assign]
    assert window.stack.currentWidget() is window.family_page
    assert "Ashdown-Vale" in _visible_texts(window)


def test_a_closed_window_stops_its_idle_lock_and_watches_no_more_events(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Once closed, the window no longer counts the application's key presses and clicks (it
    watched every event of every window, which slowed everything left running)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    _open_on_demo_meeting(qtbot, window, tmp_path / "demo")
    assert window.lock_timer.isActive()
    seen: list[QEvent.Type] = []
    original = window.eventFilter

    def counting(watched, event):  # type: ignore[no-untyped-def]
        seen.append(event.type())
        return original(watched, event)

    window.eventFilter = counting  # type: ignore[method-assign]
    window.close()
    assert not window.lock_timer.isActive()
    other = QLineEdit()
    qtbot.addWidget(other)
    seen.clear()
    QApplication.sendEvent(
        other, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    )
    assert seen == []
