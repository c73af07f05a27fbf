"""The window in Welsh (issue 17): switched through View > Language or Settings while Chair runs,
kept outside the encrypted data so the passphrase page is in Welsh at the next start, with an open
meeting brought back at the same step and nothing typed lost. Only fictional people."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from chair_app.core.agenda import StepKey
from chair_app.core.language import Language, display_language
from chair_app.models.db import SessionFactory
from chair_app.services.families import FamilyService
from chair_app.services.language_setting import LANGUAGE_FILE
from chair_app.services.meetings import MeetingService
from chair_app.ui.i18n import app_translations, compiled_file
from chair_app.ui.launch import build_context, open_data_into, show_saved_language
from chair_app.ui.main_window import MainWindow
from tests.ui_helpers import FakePrompts, find, type_text
from tests.welsh_check import english_left

DRAFT_ID = 2  # the demo family's Core Group, not started


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    """Other tests in this process expect English: it is put back whatever happens."""
    assert compiled_file(Language.WELSH).is_file(), "run scripts/translations first"
    yield
    app_translations().switch(Language.ENGLISH)


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def window(
    qtbot: QtBot, factory: SessionFactory, with_demo_family: None, data_dir: Path,
    prompts: FakePrompts,
) -> MainWindow:
    main = MainWindow(build_context(factory, data_dir, prompts))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def _known(factory: SessionFactory) -> list[str]:
    """The demo family's names and what was typed about its people: never translated."""
    families = FamilyService(factory)
    known: list[str] = []
    for summary in families.list_families():
        family = families.get_family(summary.id)
        known.append(family.name)
        known += [child.name for child in family.children]
        for person in family.people:
            known += [person.name, person.role, person.agency, person.phone, person.email]
    return [text for text in known if text]


def _choose(window: MainWindow, language: Language) -> None:
    """View > Language > English or Cymraeg, as a user picks it."""
    window.language_actions[language].trigger()


def test_view_menu_switches_the_window_and_family_page_to_welsh_and_back(
    window: MainWindow, factory: SessionFactory, data_dir: Path
) -> None:
    assert window.view_menu.title() == "&View"
    _choose(window, Language.WELSH)
    assert display_language() is Language.WELSH
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&Ffeil", "&Gweld", "&Cymorth"]
    assert window.settings_action.text() == "&Gosodiadau…"
    assert window.language_menu.title() == "&Iaith"
    # The language names stay in their own language, and the one shown is ticked.
    assert window.language_actions[Language.ENGLISH].text() == "English"
    assert window.language_actions[Language.WELSH].isChecked()
    page = window.family_page
    assert page is not None and page.isVisible()
    assert find(page, QPushButton, "new_meeting_button").text() == "Cyfarfod newydd…"
    assert find(page, QPushButton, "add_child_button").text() == "Ychwanegu plentyn…"
    header = page.children_table.horizontalHeaderItem(1)
    assert header is not None and header.text() == "Dyddiad geni"
    assert english_left(window, _known(factory)) == []
    # Kept for the next start, outside the encrypted data.
    assert (data_dir / LANGUAGE_FILE).read_text(encoding="utf-8").strip() == "cy"

    _choose(window, Language.ENGLISH)
    assert [action.text() for action in window.menuBar().actions()] == ["&File", "&View", "&Help"]
    assert window.family_page is not None
    assert find(window.family_page, QPushButton, "new_meeting_button").text() == "New meeting…"
    assert (data_dir / LANGUAGE_FILE).read_text(encoding="utf-8").strip() == "en"


def test_settings_offers_the_language_and_then_shows_itself_in_welsh(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory, data_dir: Path
) -> None:
    window.settings_action.trigger()
    dialog = window.settings_dialog
    combo = find(dialog, QComboBox, "language_combo")
    assert [combo.itemText(i) for i in range(combo.count())] == ["English", "Cymraeg"]
    combo.setCurrentIndex(combo.findText("Cymraeg"))
    find(dialog, QDialogButtonBox, "dialog_buttons").button(
        QDialogButtonBox.StandardButton.Ok
    ).click()
    assert display_language() is Language.WELSH
    assert window.file_menu.title() == "&Ffeil"
    assert (data_dir / LANGUAGE_FILE).read_text(encoding="utf-8").strip() == "cy"

    window.settings_action.trigger()
    dialog = window.settings_dialog
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Gosodiadau"
    assert find(dialog, QComboBox, "language_combo").currentText() == "Cymraeg"
    buttons = find(dialog, QDialogButtonBox, "dialog_buttons")
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Canslo"
    # The policies' names and rules come from their files: only the dialog's own texts here.
    policies = [dialog.policy_combo.itemText(i) for i in range(1, dialog.policy_combo.count())]
    shown = [name for name in (dialog.description_label.text(),) if name]
    assert english_left(dialog, _known(factory) + policies + shown) == []
    dialog.reject()


def test_saved_welsh_gives_a_welsh_passphrase_page_at_start_up(
    qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "new-data"
    folder.mkdir()
    (folder / LANGUAGE_FILE).write_text("cy\n", encoding="utf-8")
    show_saved_language(folder)  # what run_window does before any widget is made
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    assert not open_data_into(main, folder, demo=False)
    page = main.passphrase_page
    assert main.stack.currentWidget() is page
    assert find(page, QLabel, "passphrase_title_label").text() == "Dewiswch gyfrinymadrodd"
    assert find(page, QPushButton, "passphrase_submit_button").text() == (
        "Gosod y cyfrinymadrodd ac agor"
    )
    assert english_left(main) == []


def test_an_open_meeting_comes_back_at_the_same_step_with_what_was_typed(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory
) -> None:
    window.open_meeting(DRAFT_ID)
    walk = window.walkthrough
    assert walk is not None
    walk.go_to(StepKey.THREE_COLUMNS)
    step = walk.current_index
    # Typed, and switched at once: before the autosave's quiet moment has passed.
    type_text(qtbot, find(walk, QPlainTextEdit, "working_well_edit"), "Nain Gwen collects Ellie")
    _choose(window, Language.WELSH)
    walk = window.walkthrough
    assert walk is not None and walk.isVisible()
    assert walk.current_index == step
    assert find(walk, QPlainTextEdit, "working_well_edit").toPlainText() == (
        "Nain Gwen collects Ellie"
    )
    assert MeetingService(factory).get(DRAFT_ID).columns.working_well == "Nain Gwen collects Ellie"
    assert window.file_menu.title() == "&Ffeil"
    _choose(window, Language.ENGLISH)
    assert window.walkthrough is not None and window.walkthrough.current_index == step
    assert window.file_menu.title() == "&File"


def test_the_switch_is_refused_while_typing_cannot_be_saved(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory, prompts: FakePrompts
) -> None:
    full = [False]

    def refuse(cursor: object, statement: str, parameters: object, context: object) -> None:
        if full[0] and statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            raise sqlite3.OperationalError("database or disk is full")

    event.listen(factory.kw["bind"], "do_execute", refuse)
    window.open_meeting(DRAFT_ID)
    walk = window.walkthrough
    assert walk is not None
    walk.go_to(StepKey.THREE_COLUMNS)
    full[0] = True
    type_text(qtbot, find(walk, QPlainTextEdit, "working_well_edit"), "Taid visits on Sundays")
    _choose(window, Language.WELSH)
    assert display_language() is Language.ENGLISH
    assert window.walkthrough is walk  # not closed: the typing is still there, still queued
    assert find(walk, QPlainTextEdit, "working_well_edit").toPlainText() == "Taid visits on Sundays"
    assert window.language_actions[Language.ENGLISH].isChecked()
    assert prompts.errors and "could not be saved" in prompts.errors[-1]
    full[0] = False
    _choose(window, Language.WELSH)
    assert display_language() is Language.WELSH
    assert MeetingService(factory).get(DRAFT_ID).columns.working_well == "Taid visits on Sundays"


def test_a_read_only_folder_still_switches_and_says_the_choice_is_not_kept(
    window: MainWindow, data_dir: Path, prompts: FakePrompts
) -> None:
    (data_dir / LANGUAGE_FILE).mkdir()  # cannot be replaced by a file: as a read-only folder
    _choose(window, Language.WELSH)
    assert display_language() is Language.WELSH
    assert window.file_menu.title() == "&Ffeil"
    assert prompts.errors and "y tro nesaf" in prompts.errors[-1]  # said in Welsh


def test_glossary_and_about_box_in_welsh(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory
) -> None:
    _choose(window, Language.WELSH)
    window.glossary_action.trigger()
    glossary = window.glossary_dialog
    qtbot.waitExposed(glossary)
    assert glossary.windowTitle() == "Geirfa: beth mae'r geiriau'n ei olygu"
    header = glossary.term_list.horizontalHeaderItem(1)
    assert header is not None and header.text() == "Ei ystyr"
    buttons = glossary.findChild(QDialogButtonBox)
    assert buttons is not None
    assert buttons.button(QDialogButtonBox.StandardButton.Close).text() == "Cau"
    assert english_left(glossary) == []
    glossary.reject()

    window.about_action.trigger()
    about = window.about_box
    assert about is not None
    from chair_app.services.translations import review_counts

    reviewed, translated = review_counts(Language.WELSH)
    assert translated > 200
    assert f"Mae siaradwr Cymraeg wedi adolygu {reviewed} o'r {translated} testun Cymraeg" in (
        about.informativeText()
    )
    assert about.windowTitle() == "Ynghylch Chair"
    assert english_left(about) == []
    about.close()


def test_qt_standard_buttons_and_the_edit_menu_read_in_welsh(qtbot: QtBot) -> None:
    assert app_translations().switch(Language.WELSH) == ""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Cwestiwn",
        "Cadw?",
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel
        | QMessageBox.StandardButton.Save,
    )
    qtbot.addWidget(box)
    texts = {
        button: box.button(button).text()
        for button in (
            QMessageBox.StandardButton.Yes,
            QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
    }
    assert texts == {
        QMessageBox.StandardButton.Yes: "&Ie",
        QMessageBox.StandardButton.No: "&Na",
        QMessageBox.StandardButton.Cancel: "Canslo",
        QMessageBox.StandardButton.Save: "Cadw",
    }
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    shown = [action.text().split("\t")[0] for action in menu.actions() if not action.isSeparator()]
    assert "&Copïo" in shown and "&Gludo" in shown and "Dewis y cyfan" in shown
    assert QApplication.translate("QLineEdit", "Select All") == "Dewis y cyfan"
    menu.deleteLater()


def test_a_language_fixed_by_it_is_shown_greyed_out(
    qtbot: QtBot, factory: SessionFactory, with_demo_family: None, data_dir: Path,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from chair_app.paths import SITE_CONFIG_VARIABLE

    site = tmp_path / "site"
    site.mkdir()
    (site / "settings.json").write_text(
        json.dumps({"defaults": {"language": "cy"}, "fixed": ["language"]}), encoding="utf-8"
    )
    monkeypatch.setenv(SITE_CONFIG_VARIABLE, str(site))
    show_saved_language(data_dir)
    main = MainWindow(build_context(factory, data_dir, FakePrompts()))
    qtbot.addWidget(main)
    assert main.file_menu.title() == "&Ffeil"
    assert not main.language_actions[Language.ENGLISH].isEnabled()
    main.settings_action.trigger()
    combo = find(main.settings_dialog, QComboBox, "language_combo")
    assert not combo.isEnabled() and combo.currentText() == "Cymraeg"
    label = find(main.settings_dialog, QLabel, "language_source_label")
    assert label.text() == "Wedi'i osod gan eich adran TG"
    main.settings_dialog.reject()


def test_switching_on_the_passphrase_page_keeps_what_is_typed(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QLineEdit

    folder = tmp_path / "data"
    folder.mkdir()
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    open_data_into(main, folder, demo=False)
    page = main.passphrase_page
    assert find(page, QLabel, "passphrase_title_label").text() == "Choose a passphrase"
    type_text(qtbot, find(page, QLineEdit, "passphrase_edit"), "plum orchard lantern")
    _choose(main, Language.WELSH)
    assert main.stack.currentWidget() is page
    assert find(page, QLabel, "passphrase_title_label").text() == "Dewiswch gyfrinymadrodd"
    assert find(page, QLineEdit, "passphrase_edit").text() == "plum orchard lantern"
    assert english_left(main) == []
    assert (folder / LANGUAGE_FILE).read_text(encoding="utf-8").strip() == "cy"
    # The same page when the window locks itself, and the first screen while the data opens.
    from chair_app.ui.passphrase_page import PassphraseMode

    page.set_mode(PassphraseMode.UNLOCK)
    assert find(page, QLabel, "passphrase_title_label").text() == "Mae Chair wedi'i gloi"
    assert english_left(page) == []
    main.show_first_screen(())
    assert main.first_screen is not None
    assert find(main.first_screen, QLabel, "first_screen_status_label").text().startswith(
        "Wrthi'n agor gweddill eich cofnodion"
    )
    assert english_left(main) == []


def test_passphrase_and_backup_dialogs_in_welsh(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory
) -> None:
    from chair_app.ui.backup_dialog import RestoreBackupDialog
    from chair_app.ui.change_passphrase_dialog import ChangePassphraseDialog

    _choose(window, Language.WELSH)
    change = ChangePassphraseDialog(window, window.ctx)
    change.open()
    qtbot.waitExposed(change)
    assert change.windowTitle() == "Newid y cyfrinymadrodd"
    assert english_left(change) == []
    change.reject()
    restore = RestoreBackupDialog(window, [])
    restore.open()
    qtbot.waitExposed(restore)
    assert restore.windowTitle() == "Adfer copi wrth gefn"
    assert restore.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Adfer…"
    assert restore.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Canslo"
    assert english_left(restore) == []
    restore.reject()


def test_the_room_display_stays_open_and_blanked_across_a_switch(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The chair switches language mid-meeting with the room display paused: the room screen
    comes back at once, still paused (the record never shows on it in between), in Welsh."""
    window.open_meeting(DRAFT_ID)
    walk = window.walkthrough
    assert walk is not None
    walk.room.open_display()
    walk.room.blank_button.setChecked(True)
    assert walk.room.display.is_blanked
    _choose(window, Language.WELSH)
    room = window.walkthrough.room if window.walkthrough is not None else None
    assert room is not None and room.display.isVisible()
    assert room.display.is_blanked and room.blank_button.isChecked()
    assert room.display.blank_label.text() == "Sgrin wedi'i hoedi"
    _choose(window, Language.ENGLISH)
    room = window.walkthrough.room if window.walkthrough is not None else None
    assert room is not None and room.display.isVisible() and room.display.is_blanked
    room.close_display()
