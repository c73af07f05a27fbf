"""Families as a user keeps them: a new family, its children and network, its first meeting."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
)
from pytestqt.qtbot import QtBot
from ui_helpers import FakePrompts, find, type_text

from chair_app.core.domain import CPCategory, PlanType
from chair_app.models.db import SessionFactory
from chair_app.services.families import FamilyService
from chair_app.ui.launch import build_context
from chair_app.ui.main_window import MainWindow


def _click(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _add_person(qtbot: QtBot, window: MainWindow, name: str, role: str, agency: str, pro: bool) -> None:
    _click(qtbot, find(window, QPushButton, "add_person_button"))
    dialog = find(window.family_page, QDialog, "person_dialog")
    type_text(qtbot, find(dialog, QLineEdit, "person_name_edit"), name)
    type_text(qtbot, find(dialog, QLineEdit, "person_role_edit"), role)
    type_text(qtbot, find(dialog, QLineEdit, "person_agency_edit"), agency)
    find(dialog, QCheckBox, "person_professional_box").setChecked(pro)
    dialog.buttons.accepted.emit()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: window.family_page.findChild(QDialog, "person_dialog") is None)


def test_new_family_with_children_network_and_first_meeting(
    qtbot: QtBot, factory: SessionFactory, data_dir: Path
) -> None:
    prompts = FakePrompts()
    window = MainWindow(build_context(factory, data_dir, prompts))
    qtbot.addWidget(window)
    window.show()
    assert find(window, QLabel, "no_family_label").isVisible()

    _click(qtbot, find(window, QPushButton, "new_family_button"))
    dialog = find(window.family_page, QDialog, "family_dialog")
    dialog.buttons.accepted.emit()
    assert "Type the family's name" in find(dialog, QLabel, "dialog_message_label").text()
    type_text(qtbot, find(dialog, QLineEdit, "family_name_edit"), "Ŵynne-Okafor family")
    dialog.buttons.accepted.emit()
    assert find(window, QListWidget, "family_list").count() == 1
    assert find(window, QLabel, "family_title_label").text() == "Ŵynne-Okafor family"

    _click(qtbot, find(window, QPushButton, "add_child_button"))
    child = find(window.family_page, QDialog, "child_dialog")
    type_text(qtbot, find(child, QLineEdit, "child_name_edit"), "Bea Okafor")
    type_text(qtbot, find(child, QLineEdit, "child_dob_edit"), "12/13/2019")
    child.buttons.accepted.emit()
    assert child.isVisible(), "a malformed date of birth was accepted"
    assert "no month 13" in find(child, QLabel, "dialog_message_label").text()
    find(child, QLineEdit, "child_dob_edit").clear()
    type_text(qtbot, find(child, QLineEdit, "child_dob_edit"), "12/03/2019")
    find(child, QCheckBox, "category_neglect").setChecked(True)
    child.buttons.accepted.emit()
    assert find(window, QTableWidget, "children_table").rowCount() == 1

    _add_person(qtbot, window, "Ada Okafor", "Mother", "", False)
    _add_person(qtbot, window, "Lin Park", "Social worker", "Children's Social Care", True)
    _add_person(qtbot, window, "Ola Berg", "School nurse", "Health", True)
    assert find(window, QTableWidget, "people_table").rowCount() == 3

    family = FamilyService(factory).get_family(1)
    assert family.children[0].plan is PlanType.CHILD_PROTECTION
    assert family.children[0].categories == (CPCategory.NEGLECT,)
    assert family.children[0].date_of_birth is not None
    assert family.children[0].date_of_birth.isoformat() == "2019-03-12"
    assert [p.is_professional for p in family.people] == [False, True, True]

    _click(qtbot, find(window, QPushButton, "new_meeting_button"))
    setup = find(window.family_page, QDialog, "meeting_setup_dialog")
    type_combo = find(setup, QComboBox, "meeting_type_combo")
    assert [type_combo.itemText(i) for i in range(type_combo.count())] == [
        "Strategy meeting",
        "Initial Child Protection Conference",
        "First Core Group",
        "Core Group",
        "Review Child Protection Conference",
        "Child in Need meeting",
        "Looked-After Child review",
    ]
    assert type_combo.currentText() == "Core Group"  # the meeting chaired most often
    find(setup, QComboBox, "chair_combo").setCurrentIndex(2)
    find(setup, QComboBox, "minute_taker_combo").setCurrentIndex(3)
    setup.buttons.accepted.emit()
    assert window.walkthrough is not None and window.walkthrough.isVisible()
    _click(qtbot, find(window.walkthrough, QPushButton, "back_to_family_button"))
    assert find(window, QTableWidget, "meetings_table").rowCount() == 1


def test_a_person_named_in_a_record_stays_in_the_network(
    qtbot: QtBot, factory: SessionFactory, with_demo_family: None, data_dir: Path
) -> None:


    prompts = FakePrompts()
    window = MainWindow(build_context(factory, data_dir, prompts))
    qtbot.addWidget(window)
    table = find(window, QTableWidget, "people_table")
    table.selectRow(3)  # the social worker, who chaired the closed meeting
    _click(qtbot, find(window, QPushButton, "remove_person_button"))
    assert prompts.errors and "stay in the network" in prompts.errors[-1]
    assert table.rowCount() == 8


def test_the_family_search_has_the_keyboard_focus_once_the_data_opens(
    qtbot: QtBot, factory: SessionFactory, data_dir: Path
) -> None:
    """Start-up shows the window before the data is open; once the families show, the first key
    a chair presses goes to the search box, not nowhere."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.attach_context(build_context(factory, data_dir, FakePrompts()))
    qtbot.keyClicks(QApplication.focusWidget() or window, "Marlowe")
    assert find(window, QLineEdit, "family_search_edit").text() == "Marlowe"
