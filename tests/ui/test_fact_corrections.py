"""Correcting a fact recorded in a closed meeting's steps, through the real window: the chair
corrects an attendance and an action's owner on the demo family's closed meeting; the change
reaches the record, the minutes and the log; others are refused; agreement locks it. The demo
family is fictional."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from conftest import TODAY
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from ui_helpers import FakePrompts, find

from chair_app.core.agenda import StepKey
from chair_app.core.domain import AttendanceStatus, MeetingStatus
from chair_app.models.db import SessionFactory
from chair_app.services.minutes import CopyRequest
from chair_app.ui.launch import build_context
from chair_app.ui.main_window import MainWindow


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def window(
    qtbot: QtBot,
    factory: SessionFactory,
    with_demo_family: None,
    data_dir: Path,
    prompts: FakePrompts,
) -> MainWindow:
    ctx = dataclasses.replace(build_context(factory, data_dir, prompts), today=lambda: TODAY)
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.resize(1280, 820)
    main.show()
    qtbot.waitExposed(main)
    return main


def _click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), f"{button.objectName()} cannot be clicked"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _dialog(qtbot: QtBot, parent: QWidget, name: str) -> QDialog:
    qtbot.waitUntil(lambda: (d := parent.findChild(QDialog, name)) is not None and d.isVisible())
    dialog = parent.findChild(QDialog, name)
    assert dialog is not None
    return dialog


def _ok(qtbot: QtBot, dialog: QDialog) -> None:
    ok = find(dialog, QDialogButtonBox, "dialog_buttons").button(
        QDialogButtonBox.StandardButton.Ok
    )
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def _choose(combo: QComboBox, text: str) -> None:
    index = next((i for i in range(combo.count()) if combo.itemText(i).startswith(text)), -1)
    assert index >= 0, f"{combo.objectName()} has no {text!r}"
    combo.setCurrentIndex(index)


def _message(dialog: QDialog) -> str:
    label = find(dialog, QLabel, "dialog_message_label")
    return label.text() if label.isVisible() else ""


def test_the_chair_corrects_recorded_facts_until_the_minutes_are_agreed(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts
) -> None:
    ctx = window.ctx
    closed = next(m.id for m in ctx.meetings.list_meetings() if m.status is MeetingStatus.CLOSED)
    people = {p.name: p.id for p in ctx.meetings.family_as_recorded(closed).people}
    ffion, priya = people["Ffion Rhys"], people["Priya Desai"]
    window.open_meeting(closed)
    walk = window.walkthrough
    assert walk is not None
    walk.go_to(StepKey.CLOSE)
    panel = find(walk, QWidget, "minutes_panel")
    qtbot.waitUntil(panel.isVisible)
    first_print = ctx.minutes.fingerprint(closed)

    # Ffion sent apologies: the attendance is corrected.
    _click(qtbot, find(walk, QPushButton, "correct_fact_button"))
    dialog = _dialog(qtbot, panel, "fact_correction_dialog")
    _choose(find(dialog, QComboBox, "fact_kind_combo"), "Attendance of a person")
    _choose(find(dialog, QComboBox, "fact_subject_combo"), "Ffion Rhys")
    assert find(dialog, QLineEdit, "fact_current_value").text() == "Present"
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "same as what is recorded now" in _message(dialog)
    _choose(find(dialog, QComboBox, "fact_new_combo"), "Sent apologies")
    assert find(dialog, QComboBox, "fact_by_combo").currentText() == "Priya Desai (chair)"
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert prompts.errors == []
    assert ctx.meetings.get(closed).attendance_of(ffion).status is AttendanceStatus.APOLOGIES
    logged = find(walk, QListWidget, "corrections_list").item(0).text()
    assert "Attendance of Ffion Rhys" in logged
    assert "Was: Present" in logged and "Now: Sent apologies" in logged
    assert ctx.minutes.fingerprint(closed) != first_print

    # Priya's action goes to Ffion.
    action = next(a for a in ctx.meetings.get(closed).actions if a.owner_id == priya)
    _click(qtbot, find(walk, QPushButton, "correct_fact_button"))
    dialog = _dialog(qtbot, panel, "fact_correction_dialog")
    _choose(find(dialog, QComboBox, "fact_kind_combo"), "An action's owner")
    subject = find(dialog, QComboBox, "fact_subject_combo")
    subject.setCurrentIndex(subject.findData(f"action:{action.id}:owner"))
    assert find(dialog, QLineEdit, "fact_current_value").text() == "Priya Desai"
    _choose(find(dialog, QComboBox, "fact_new_combo"), "Ffion Rhys")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert next(a for a in ctx.meetings.get(closed).actions if a.id == action.id).owner_id == ffion
    last = ctx.minutes.record(closed).corrections[-1]
    assert (last.before, last.after, last.by_person_id) == ("Priya Desai", "Ffion Rhys", priya)
    text = ctx.minutes.document(closed, CopyRequest(), TODAY, with_chart=False).plain_text()
    assert "Sent apologies" in text

    # Once agreed, the button is off and says why; a correction already open is refused.
    _click(qtbot, find(walk, QPushButton, "correct_fact_button"))
    dialog = _dialog(qtbot, panel, "fact_correction_dialog")
    _choose(find(dialog, QComboBox, "fact_kind_combo"), "An action's status")
    _choose(find(dialog, QComboBox, "fact_new_combo"), "No longer needed")
    ctx.minutes.agree(closed, priya, TODAY)
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(prompts.errors))
    assert "agreed, so they can no longer be changed" in prompts.errors[-1]
    button = find(walk, QPushButton, "correct_fact_button")
    assert not button.isEnabled() and "agreed" in button.toolTip()
    assert len(ctx.minutes.record(closed).corrections) == 2
