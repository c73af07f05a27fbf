"""Finding a family on the families page by typing anyone's name. Every name here is made up."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QPushButton
from pytestqt.qtbot import QtBot
from ui_helpers import FakePrompts, find, type_text

from chair_app.core.domain import Child, Person, PlanType
from chair_app.models.db import SessionFactory
from chair_app.services.families import FamilyService
from chair_app.ui.launch import build_context
from chair_app.ui.main_window import MainWindow


def _families(factory: SessionFactory) -> None:
    service = FamilyService(factory)
    for family_name, child, adults in (
        ("Pritchard family", "Elis Pritchard", ("Bryn Ŵyn Pritchard", "Nerys Ap Ifan")),
        ("Okonkwo family", "Ada Okonkwo", ("Wyn Davies",)),
        ("Marsh family", "Zoë Marsh", ("José Ruiz",)),
    ):
        family_id = service.create_family(family_name)
        service.save_child(family_id, Child(0, child, None, PlanType.CHILD_IN_NEED))
        for adult in adults:
            service.save_person(family_id, Person(0, adult, "", "", False))


def _listed(window: MainWindow) -> list[str]:
    families = find(window, QListWidget, "family_list")
    return [families.item(i).text() for i in range(families.count())]


def test_search_box_filters_the_families_by_anyones_name(
    qtbot: QtBot, factory: SessionFactory, data_dir: Path
) -> None:
    _families(factory)
    window = MainWindow(build_context(factory, data_dir, FakePrompts()))
    qtbot.addWidget(window)
    window.show()
    search = find(window, QLineEdit, "family_search_edit")
    empty = find(window, QLabel, "family_search_empty_label")
    title = find(window, QLabel, "family_title_label")
    assert len(_listed(window)) == 3 and not empty.isVisible()

    type_text(qtbot, search, "ŵyn")  # pasted: a Welsh keyboard types it in one go
    assert _listed(window) == ["Pritchard family\nElis Pritchard\nFound: Bryn Ŵyn Pritchard"]
    assert title.text() == "Pritchard family", "the one family found is shown"
    assert not empty.isVisible()

    search.clear()
    type_text(qtbot, search, "wyn")
    assert [text.splitlines()[0] for text in _listed(window)] == [
        "Okonkwo family",
        "Pritchard family",
    ]

    search.clear()
    type_text(qtbot, search, "ZOE")
    assert _listed(window) == ["Marsh family\nZoë Marsh"]  # the child's name is already shown

    search.clear()
    type_text(qtbot, search, "Quintrell")
    assert _listed(window) == []
    assert empty.isVisible()
    assert empty.text() == "No family has a child or adult called “Quintrell”."
    assert find(window, QLabel, "no_family_label").text() == (
        "No family matches the search. Clear the search to see every family."
    )
    assert not find(window, QPushButton, "new_meeting_button").isVisible()

    search.clear()
    assert len(_listed(window)) == 3 and not empty.isVisible()


def test_a_new_family_is_shown_even_when_a_search_would_hide_it(
    qtbot: QtBot, factory: SessionFactory, data_dir: Path
) -> None:
    _families(factory)
    window = MainWindow(build_context(factory, data_dir, FakePrompts()))
    qtbot.addWidget(window)
    window.show()
    search = find(window, QLineEdit, "family_search_edit")
    type_text(qtbot, search, "Marsh")
    qtbot.mouseClick(find(window, QPushButton, "new_family_button"), Qt.MouseButton.LeftButton)
    dialog = find(window.family_page, QDialog, "family_dialog")
    type_text(qtbot, find(dialog, QLineEdit, "family_name_edit"), "Trevail family")
    dialog.buttons.accepted.emit()  # type: ignore[attr-defined]
    assert search.text() == ""
    assert find(window, QLabel, "family_title_label").text() == "Trevail family"
    assert len(_listed(window)) == 4
