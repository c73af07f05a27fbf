"""An unborn child as a chair records one: "Not born yet" with the expected date of delivery and
the pre-birth plan, then "Record the birth" with the name and date of birth. The same child is
kept, so what the meetings recorded about the baby stays with them.

TODAY is Monday 23 November 2026. The demo family (Marlowe) has a draft Core Group on TODAY.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from pathlib import Path

import pytest
from conftest import TODAY
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QLineEdit, QPushButton, QTableWidget
from pytestqt.qtbot import QtBot
from ui_helpers import FakePrompts, find, type_text

from chair_app.core.domain import ChildViews, CPCategory, MeetingStatus, PlanType
from chair_app.models.db import SessionFactory
from chair_app.services.families import FamilyService
from chair_app.services.meetings import MeetingService
from chair_app.ui.launch import build_context
from chair_app.ui.main_window import MainWindow

SHOTS = os.environ.get("CHAIR_SCREENSHOTS")  # a folder: save what the chair sees there


@pytest.fixture
def window(
    qtbot: QtBot, factory: SessionFactory, with_demo_family: None, data_dir: Path
) -> MainWindow:
    ctx = dataclasses.replace(build_context(factory, data_dir, FakePrompts()), today=lambda: TODAY)
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def _click(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.clear()
    type_text(qtbot, edit, text)


def _shot(widget: object, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))  # type: ignore[attr-defined]


def _row_texts(table: QTableWidget, row: int) -> list[str]:
    return [table.item(row, column).text() for column in range(table.columnCount())]


def _heading_children(factory: SessionFactory, meeting_id: int) -> str:
    heading = MeetingService(factory).build_minutes(meeting_id, with_chart=False).heading
    return dict(heading.items)["Children"]


def test_an_unborn_child_then_the_birth_keeps_the_same_child_and_its_history(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory
) -> None:
    families, meetings = FamilyService(factory), MeetingService(factory)
    draft = next(m.id for m in families.get_family(1).meetings if m.status is MeetingStatus.DRAFT)
    table = find(window, QTableWidget, "children_table")
    assert table.rowCount() == 2

    _click(qtbot, find(window, QPushButton, "add_child_button"))
    dialog = find(window.family_page, QDialog, "child_dialog")
    expected_edit = find(dialog, QLineEdit, "child_expected_edit")
    assert not expected_edit.isVisible()
    find(dialog, QCheckBox, "child_unborn_box").setChecked(True)
    # Not born yet: the expected date instead of the date of birth, a placeholder name offered.
    assert expected_edit.isVisible()
    assert not find(dialog, QLineEdit, "child_dob_edit").isVisible()
    assert find(dialog, QLineEdit, "child_name_edit").text() == "Unborn baby"
    find(dialog, QCheckBox, "category_neglect").setChecked(True)

    # An expected date in the far past: said why, and nothing saved.
    type_text(qtbot, expected_edit, "05/01/2026")
    dialog.buttons.accepted.emit()
    message = find(dialog, QLabel, "dialog_message_label").text()
    assert dialog.isVisible()
    assert "The expected date of delivery, 05/01/2026, is more than 4 weeks ago" in message
    assert "Record the birth" in message
    assert len(families.get_family(1).children) == 2

    _retype(qtbot, expected_edit, "05/01/2027")
    assert not find(dialog, QLabel, "dialog_message_label").isVisible(), "a stale message stayed"
    _shot(dialog, "child_editor_unborn")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: table.rowCount() == 3)
    baby = families.get_family(1).children[2]
    assert (baby.name, baby.unborn, baby.expected_date, baby.date_of_birth) == (
        "Unborn baby", True, dt.date(2027, 1, 5), None
    )
    assert (baby.plan, baby.categories) == (PlanType.CHILD_PROTECTION, (CPCategory.NEGLECT,))
    assert _row_texts(table, 2) == [
        "Unborn baby", "Expected 05/01/2027", "Child protection plan", "Neglect"
    ]
    _shot(window, "family_page_unborn")
    assert table.item(2, 0).toolTip() == (
        "Unborn baby (expected 05/01/2027; child protection plan: neglect)"
    )
    assert "Unborn baby (expected 05/01/2027; child protection plan: neglect)" in (
        _heading_children(factory, draft)
    )

    # The meeting records things about the baby before the birth.
    meetings.start(draft)
    statement = meetings.add_statement(draft)
    meetings.update_statement(statement, "Worried the baby will be left alone.", "Always with an adult.")
    meetings.set_statement_children(statement, (baby.id,))
    meetings.set_child_views(draft, ChildViews(baby.id, "Mum says she is ready.", "Told by mum"))

    record_birth = find(window, QPushButton, "record_birth_button")
    table.selectRow(0)
    assert not record_birth.isEnabled(), "a child already born offered Record the birth"
    table.selectRow(2)
    assert record_birth.isEnabled()
    _click(qtbot, record_birth)
    birth = find(window.family_page, QDialog, "birth_dialog")
    assert "Unborn baby, expected on 05/01/2027" in find(birth, QLabel, "birth_intro_label").text()
    name_edit = find(birth, QLineEdit, "birth_name_edit")
    assert name_edit.text() == ""  # the placeholder is not a name to keep
    type_text(qtbot, name_edit, "Seren Marlowe")
    dob_edit = find(birth, QLineEdit, "birth_dob_edit")

    # A birth date in the future: said why, and nothing saved.
    type_text(qtbot, dob_edit, "30/11/2026")
    birth.buttons.accepted.emit()
    assert birth.isVisible()
    assert "The date of birth, 30/11/2026, is in the future" in (
        find(birth, QLabel, "dialog_message_label").text()
    )
    assert families.get_family(1).children[2].unborn

    _retype(qtbot, dob_edit, "20/11/2026")
    _shot(birth, "record_the_birth")
    birth.buttons.accepted.emit()
    qtbot.waitUntil(lambda: table.item(2, 0).text() == "Seren Marlowe")
    born = families.get_family(1).children[2]
    assert born.id == baby.id
    assert (born.name, born.unborn, born.date_of_birth) == ("Seren Marlowe", False, dt.date(2026, 11, 20))
    assert (born.plan, born.categories) == (PlanType.CHILD_PROTECTION, (CPCategory.NEGLECT,))
    assert _row_texts(table, 2)[:2] == ["Seren Marlowe", "20/11/2026"]

    # What the meeting recorded about the baby stays with the child, now named.
    record = meetings.get(draft)
    assert next(s for s in record.statements if s.id == statement).child_ids == (baby.id,)
    assert [v.views for v in record.child_views if v.child_id == baby.id] == ["Mum says she is ready."]
    assert "Seren Marlowe, born 20/11/2026 (child protection plan: neglect)" in (
        _heading_children(factory, draft)
    )
    table.selectRow(2)
    assert not record_birth.isEnabled(), "the birth can be recorded only once"


def test_a_date_of_birth_in_the_future_is_refused_unless_not_born_yet(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory
) -> None:
    _click(qtbot, find(window, QPushButton, "add_child_button"))
    dialog = find(window.family_page, QDialog, "child_dialog")
    type_text(qtbot, find(dialog, QLineEdit, "child_name_edit"), "Ivo Marlowe")
    type_text(qtbot, find(dialog, QLineEdit, "child_dob_edit"), "01/02/2027")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    assert find(dialog, QLabel, "dialog_message_label").text() == (
        "The date of birth, 01/02/2027, is in the future. If the baby is not born yet, tick "
        "“Not born yet” and type the expected date of delivery."
    )
    # An expected date more than 42 weeks away cannot be right either.
    find(dialog, QCheckBox, "child_unborn_box").setChecked(True)
    type_text(qtbot, find(dialog, QLineEdit, "child_expected_edit"), "01/12/2027")
    dialog.buttons.accepted.emit()
    assert "is more than 42 weeks from today" in find(dialog, QLabel, "dialog_message_label").text()
    assert len(FamilyService(factory).get_family(1).children) == 2
