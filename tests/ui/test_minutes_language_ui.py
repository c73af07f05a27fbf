"""The language of each person's copy of the minutes, chosen in the network's person form, and
the layout of copies in both languages, chosen in Settings (issue 17)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import FakePrompts, find, type_text
from welsh_check import english_left

from chair_app.core.language import BilingualLayout, Language, MinutesLanguage
from chair_app.core.timescales import Nation
from chair_app.models.db import SessionFactory
from chair_app.services.families import FamilyService
from chair_app.services.minutes import MinutesService
from chair_app.services.settings import SettingsService
from chair_app.ui.dialogs import PersonDialog
from chair_app.ui.family_page import FamilyPage
from chair_app.ui.launch import build_context
from chair_app.ui.main_window import MainWindow
from chair_app.ui.minutes_language import add_bilingual_layout_setting, add_copy_language_choice
from chair_app.ui.settings_dialog import SettingsDialog


@pytest.fixture
def welsh_window() -> Iterator[None]:
    from chair_app.ui.i18n import app_translations

    problem = app_translations().switch(Language.WELSH)
    assert not problem, problem
    try:
        yield
    finally:
        app_translations().switch(Language.ENGLISH)


def _open_person(qtbot: QtBot, window: MainWindow, button: str) -> PersonDialog:
    qtbot.mouseClick(find(window, QPushButton, button), Qt.MouseButton.LeftButton)
    return find(_page(window), PersonDialog, "person_dialog")


def _page(window: MainWindow) -> FamilyPage:
    assert window.family_page is not None
    return window.family_page


def test_a_parents_copy_language_is_chosen_in_the_network(
    qtbot: QtBot, factory: SessionFactory, data_dir: Path
) -> None:
    families = FamilyService(factory)
    family_id = families.create_family("Pryce family")
    window = MainWindow(build_context(factory, data_dir, FakePrompts()))
    qtbot.addWidget(window)
    window.show()
    _page(window).select_family(family_id)
    qtbot.waitUntil(lambda: find(window, QPushButton, "add_person_button").isEnabled())

    dialog = _open_person(qtbot, window, "add_person_button")
    type_text(qtbot, find(dialog, QWidget, "person_name_edit"), "Angharad Pryce")
    combo = find(dialog, QComboBox, "person_copy_language_combo")
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "English",
        "Cymraeg",
        "Both: Welsh first, then English",
    ]
    assert combo.currentText() == "English"  # the default outside Wales
    combo.setCurrentIndex(combo.findText("Cymraeg"))
    dialog.buttons.accepted.emit()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: _page(window).findChild(QDialog, "person_dialog") is None)

    (person,) = families.get_family(family_id).people
    minutes = MinutesService(factory)
    assert minutes.chosen_copy_language(person.id) is MinutesLanguage.WELSH
    # Opened again, the form shows the language recorded.
    assert _open_person_for(qtbot, window, person.id).currentText() == "Cymraeg"


def _open_person_for(qtbot: QtBot, window: MainWindow, person_id: int) -> QComboBox:
    _page(window)._edit_person(person_id)
    dialog = find(_page(window), QDialog, "person_dialog")
    return find(dialog, QComboBox, "person_copy_language_combo")


def test_the_bilingual_layout_is_a_setting(qtbot: QtBot, factory: SessionFactory, data_dir: Path) -> None:
    dialog = SettingsDialog(None, build_context(factory, data_dir))
    qtbot.addWidget(dialog)
    combo = find(dialog, QComboBox, "bilingual_layout_combo")
    assert combo.currentText() == "Welsh first, then English"
    combo.setCurrentIndex(combo.findText("Side by side, Welsh on the left"))
    dialog.save()
    assert SettingsService(factory).bilingual_layout() is BilingualLayout.SIDE_BY_SIDE


def test_the_choices_read_in_welsh_in_the_welsh_window(
    qtbot: QtBot, factory: SessionFactory, data_dir: Path, welsh_window: None
) -> None:
    SettingsService(factory).set_nation(Nation.WALES)
    host = QWidget()
    qtbot.addWidget(host)
    form = QFormLayout(host)
    settings = SettingsService(factory)
    copy = add_copy_language_choice(form, MinutesService(factory), settings, 0)
    layout = add_bilingual_layout_setting(form, settings)
    host.show()
    # In Wales, someone whose language was never chosen gets both languages.
    assert copy.currentText() == "Y ddwy iaith: Cymraeg yn gyntaf, yna Saesneg"
    assert copy.accessibleName() == "Iaith eu copi o'r cofnodion"
    assert layout.itemText(1) == "Ochr yn ochr, Cymraeg ar y chwith"
    assert english_left(host, ["English"]) == []
