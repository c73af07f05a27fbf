"""Who may see what, through the real window: withholding an item from the family or from a
named person with the control beside it, by mouse and by keyboard; the contingency plan's further
parts and a danger statement's notes; and previewing a parent's copy beside the full record with
what is withheld from them highlighted. The demo family is fictional."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from conftest import TODAY
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot
from ui_helpers import FakePrompts, find, type_text

from chair_app.core.agenda import StepKey
from chair_app.core.domain import AttendanceEntry, AttendanceStatus, MeetingStatus, Withholding
from chair_app.core.withholding import withholding_of
from chair_app.models.db import SessionFactory
from chair_app.ui.copy_preview import WITHHELD_LABEL
from chair_app.ui.launch import build_context
from chair_app.ui.main_window import MainWindow
from chair_app.ui.walkthrough import MeetingWalkthrough

KERRY, DEAN, PRIYA, FFION, TOM, OKORO = 1, 2, 4, 5, 6, 7
OKORO_UPDATE = "One call-out on 14 October"  # the start of PC Okoro's update in the demo


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def window(
    qtbot: QtBot,
    factory: SessionFactory,
    with_demo_family_unsent: None,
    data_dir: Path,
    prompts: FakePrompts,
) -> MainWindow:
    # Minutes not yet sent: no version is fixed until something is sent.
    ctx = dataclasses.replace(build_context(factory, data_dir, prompts), today=lambda: TODAY)
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.resize(1280, 820)
    main.show()
    qtbot.waitExposed(main)
    return main


def _meeting_id(window: MainWindow, status: MeetingStatus) -> int:
    return next(m.id for m in window.ctx.meetings.list_meetings() if m.status is status)


def _open(window: MainWindow, meeting_id: int, step: StepKey) -> MeetingWalkthrough:
    window.open_meeting(meeting_id)
    walk = window.walkthrough
    assert walk is not None
    walk.go_to(step)
    return walk


def _click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), f"{button.objectName()} cannot be clicked"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _tick(qtbot: QtBot, box: QCheckBox) -> None:
    was = box.isChecked()
    assert box.isVisible() and box.isEnabled(), f"{box.objectName()} cannot be ticked"
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked() is not was


def _dialog(qtbot: QtBot, window: MainWindow, name: str) -> QDialog:
    qtbot.waitUntil(lambda: (d := window.findChild(QDialog, name)) is not None and d.isVisible())
    dialog = window.findChild(QDialog, name)
    assert dialog is not None
    return dialog


def _press(qtbot: QtBot, dialog: QDialog, which: QDialogButtonBox.StandardButton) -> None:
    button = find(dialog, QDialogButtonBox, "dialog_buttons").button(which)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def _grab(qtbot: QtBot, widget: QWidget, path: str) -> None:
    """Save a picture of the widget as the user sees it (its layout done) to look at, and check
    that no withhold control in it is cut short."""
    qtbot.wait(30)
    for control in widget.findChildren(QPushButton):
        if control.objectName().startswith("withhold_") and control.isVisible():
            assert control.width() >= control.sizeHint().width(), control.objectName()
    widget.grab().save(path)


def _withholding(window: MainWindow, meeting_id: int, key: str) -> Withholding:
    return withholding_of(window.ctx.meetings.get(meeting_id), key)


def test_a_written_report_is_withheld_from_the_family_and_cancel_changes_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    closed = _meeting_id(window, MeetingStatus.CLOSED)
    walk = _open(window, closed, StepKey.ATTENDANCE)
    control = find(walk, QPushButton, f"withhold_report_{TOM}")
    # The meeting is closed and its page read-only, but the copies are not sent yet.
    assert find(walk, QPlainTextEdit, f"report_text_{TOM}").isReadOnly()
    assert control.text() == "Shared with everyone"
    assert control.accessibleName() == (
        "Who may see the written report of Tom Ashby: shared with everyone"
    )
    _click(qtbot, control)
    dialog = _dialog(qtbot, window, "withhold_dialog")
    _tick(qtbot, find(dialog, QCheckBox, "withhold_from_family"))
    _press(qtbot, dialog, QDialogButtonBox.StandardButton.Cancel)
    assert _withholding(window, closed, f"report:{TOM}") == Withholding()
    assert control.text() == "Shared with everyone"

    _click(qtbot, control)
    dialog = _dialog(qtbot, window, "withhold_dialog")
    family_box = find(dialog, QCheckBox, "withhold_from_family")
    assert family_box.text() == "Keep from the family and their advocates"
    _tick(qtbot, family_box)
    # The family's own boxes are covered by it; the professionals stay free to choose.
    assert not find(dialog, QCheckBox, f"withhold_person_{DEAN}").isEnabled()
    assert find(dialog, QCheckBox, f"withhold_person_{DEAN}").isChecked()
    assert find(dialog, QCheckBox, f"withhold_person_{FFION}").isEnabled()
    _grab(qtbot, dialog, "/tmp/withhold_dialog.png")
    _press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    assert _withholding(window, closed, f"report:{TOM}") == Withholding(True, ())
    assert control.text() == "Withheld from the family"
    assert "Withheld from the family and their advocates" in control.toolTip()
    report_row = find(walk, QWidget, f"report_text_{TOM}").parentWidget()
    _grab(qtbot, report_row, "/tmp/withhold_report_row.png")


def test_an_update_is_withheld_from_one_parent_by_keyboard_alone(
    qtbot: QtBot, window: MainWindow
) -> None:
    closed = _meeting_id(window, MeetingStatus.CLOSED)
    walk = _open(window, closed, StepKey.UPDATES)
    control = find(walk, QPushButton, f"withhold_update_{OKORO}")
    control.setFocus()
    qtbot.keyClick(control, Qt.Key.Key_Space)
    dialog = _dialog(qtbot, window, "withhold_dialog")
    dean = find(dialog, QCheckBox, f"withhold_person_{DEAN}")
    dean.setFocus()
    qtbot.keyClick(dean, Qt.Key.Key_Space)
    assert dean.isChecked()
    qtbot.keyClick(dean, Qt.Key.Key_Return)  # the dialog's default button: OK
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert _withholding(window, closed, f"update:{OKORO}") == Withholding(False, (DEAN,))
    assert control.text() == "Withheld from Dean Marlowe"
    # The parent's own update and the rest of the step are untouched.
    assert _withholding(window, closed, f"update:{KERRY}") == Withholding()
    assert find(walk, QPushButton, f"withhold_update_{KERRY}").text() == "Shared with everyone"
    updates = find(walk, QPlainTextEdit, f"update_edit_{OKORO}").parentWidget()
    _grab(qtbot, updates, "/tmp/withhold_updates.png")


def test_the_third_party_box_and_the_control_follow_each_other(
    qtbot: QtBot, window: MainWindow
) -> None:
    ctx = window.ctx
    draft = _meeting_id(window, MeetingStatus.DRAFT)
    ctx.meetings.start(draft)
    for person in (PRIYA, OKORO):
        ctx.meetings.set_attendance(draft, AttendanceEntry(person, AttendanceStatus.PRESENT))
    walk = _open(window, draft, StepKey.UPDATES)
    type_text(qtbot, find(walk, QPlainTextEdit, f"update_edit_{OKORO}"), "A neighbour's caution.")
    box = find(walk, QCheckBox, f"third_party_{OKORO}")
    control = find(walk, QPushButton, f"withhold_update_{OKORO}")
    _tick(qtbot, box)
    assert control.text() == "Withheld from the family"
    _click(qtbot, control)
    dialog = _dialog(qtbot, window, "withhold_dialog")
    assert find(dialog, QCheckBox, "withhold_from_family").isChecked()
    _tick(qtbot, find(dialog, QCheckBox, f"withhold_person_{TOM}"))
    _press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    assert _withholding(window, draft, f"update:{OKORO}") == Withholding(True, (TOM,))
    assert control.text() == "Withheld from the family and 1 more person"
    _click(qtbot, control)
    dialog = _dialog(qtbot, window, "withhold_dialog")
    _tick(qtbot, find(dialog, QCheckBox, "withhold_from_family"))
    _press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    assert not box.isChecked()
    assert control.text() == "Withheld from Tom Ashby"
    update = next(u for u in ctx.meetings.get(draft).updates if u.person_id == OKORO)
    assert (update.text, update.third_party) == ("A neighbour's caution.", False)


def test_a_contingency_part_is_added_typed_withheld_and_removed(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts
) -> None:
    ctx = window.ctx
    draft = _meeting_id(window, MeetingStatus.DRAFT)
    walk = _open(window, draft, StepKey.CONTINGENCY)
    _click(qtbot, find(walk, QPushButton, "add_contingency_part_button"))
    (part,) = ctx.meetings.get(draft).contingency_parts
    edit = find(walk, QPlainTextEdit, f"contingency_part_edit_{part.id}")
    assert edit.hasFocus()
    assert edit.accessibleName() == "Contingency plan, part 2"
    type_text(qtbot, edit, "Kerry and the children move to the refuge.")
    control = find(walk, QPushButton, f"withhold_contingency_part_{part.id}")
    _click(qtbot, control)  # the typed text is saved first
    dialog = _dialog(qtbot, window, "withhold_dialog")
    _tick(qtbot, find(dialog, QCheckBox, f"withhold_person_{DEAN}"))
    _press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    (stored,) = ctx.meetings.get(draft).contingency_parts
    assert (stored.text, stored.withheld) == (
        "Kerry and the children move to the refuge.",
        Withholding(False, (DEAN,)),
    )
    assert control.text() == "Withheld from Dean Marlowe"
    # The first part has its own control, untouched.
    assert find(walk, QPushButton, "withhold_contingency").text() == "Shared with everyone"
    _grab(qtbot, walk.step_pages[StepKey.CONTINGENCY], "/tmp/withhold_contingency.png")
    prompts.confirm_answers.append(False)
    _click(qtbot, find(walk, QPushButton, f"remove_contingency_part_{part.id}"))
    assert len(ctx.meetings.get(draft).contingency_parts) == 1  # not confirmed
    _click(qtbot, find(walk, QPushButton, f"remove_contingency_part_{part.id}"))
    assert "part 2" in prompts.confirmations[-1]
    assert ctx.meetings.get(draft).contingency_parts == ()


def test_a_danger_statements_notes_are_typed_and_withheld(
    qtbot: QtBot, window: MainWindow
) -> None:
    ctx = window.ctx
    draft = _meeting_id(window, MeetingStatus.DRAFT)
    walk = _open(window, draft, StepKey.DANGER_STATEMENTS)
    statement = ctx.meetings.get(draft).statements[0]
    notes = find(walk, QPlainTextEdit, "statement_notes_edit")
    goal = find(walk, QPlainTextEdit, "safety_goal_edit")
    goal.setFocus()
    qtbot.keyClick(goal, Qt.Key.Key_Tab)
    assert notes.hasFocus()  # the notes come after the goal
    type_text(qtbot, notes, "From the police log of 14 October.")
    control = find(walk, QPushButton, f"withhold_statement_notes_{statement.id}")
    qtbot.keyClick(notes, Qt.Key.Key_Tab)
    assert control.hasFocus()
    qtbot.keyClick(control, Qt.Key.Key_Space)
    dialog = _dialog(qtbot, window, "withhold_dialog")
    _tick(qtbot, find(dialog, QCheckBox, "withhold_from_family"))
    _press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    stored = ctx.meetings.get(draft).statements[0]
    assert (stored.notes, stored.notes_withheld) == (
        "From the police log of 14 October.",
        Withholding(True, ()),
    )
    _grab(qtbot, walk.step_pages[StepKey.DANGER_STATEMENTS], "/tmp/withhold_statement.png")


def test_columns_views_and_a_vote_reason_each_have_their_control(
    qtbot: QtBot, window: MainWindow
) -> None:
    closed = _meeting_id(window, MeetingStatus.CLOSED)
    meeting = window.ctx.meetings.get(closed)
    walk = _open(window, closed, StepKey.THREE_COLUMNS)
    for name in ("worries", "working_well", "needs_to_happen"):
        assert find(walk, QPushButton, f"withhold_columns_{name}").isEnabled()
    _grab(qtbot, walk.step_pages[StepKey.THREE_COLUMNS], "/tmp/withhold_columns.png")
    walk.go_to(StepKey.CHILD_VIEWS)
    child = window.ctx.meetings.family_as_recorded(closed).children[0]
    assert find(walk, QPushButton, f"withhold_child_views_{child.id}").isEnabled()
    _grab(qtbot, walk.step_pages[StepKey.CHILD_VIEWS], "/tmp/withhold_child_views.png")
    walk.go_to(StepKey.DECISIONS)
    decision = meeting.decisions[0]
    # PC Okoro's vote (Ffion took the minutes, so has no vote).
    control = find(walk, QPushButton, f"withhold_vote_reason_{decision.id}_{OKORO}")
    _click(qtbot, control)
    dialog = _dialog(qtbot, window, "withhold_dialog")
    _tick(qtbot, find(dialog, QCheckBox, "withhold_from_family"))
    _press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    key = f"vote_reason:{decision.id}:{OKORO}"
    assert _withholding(window, closed, key) == Withholding(True, ())
    # The step's rows are rebuilt when the record changes; the new control shows it too.
    walk.controller.structure_changed.emit()
    qtbot.wait(10)  # the old rows are gone; a later save must not reach their controls
    walk.controller.record_changed.emit()
    control = find(walk, QPushButton, f"withhold_vote_reason_{decision.id}_{OKORO}")
    assert control.text() == "Withheld from the family"
    _grab(qtbot, walk.step_pages[StepKey.DECISIONS], "/tmp/withhold_decisions.png")


def test_nothing_is_withheld_once_the_minutes_are_agreed(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts
) -> None:
    ctx = window.ctx
    closed = _meeting_id(window, MeetingStatus.CLOSED)
    walk = _open(window, closed, StepKey.UPDATES)
    control = find(walk, QPushButton, f"withhold_update_{OKORO}")
    _click(qtbot, control)
    dialog = _dialog(qtbot, window, "withhold_dialog")
    _tick(qtbot, find(dialog, QCheckBox, "withhold_from_family"))
    ctx.minutes.agree(closed, None, TODAY)  # meanwhile, from another window
    _press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    assert "agreed, so they can no longer be changed" in prompts.errors[-1]
    assert _withholding(window, closed, f"update:{OKORO}") == Withholding()
    assert not control.isEnabled()
    assert "agreed" in control.toolTip()


def test_the_preview_shows_a_parents_copy_beside_the_full_record_with_the_withheld_highlighted(
    qtbot: QtBot, window: MainWindow
) -> None:
    ctx = window.ctx
    closed = _meeting_id(window, MeetingStatus.CLOSED)
    ctx.meetings.set_withholding(closed, f"update:{OKORO}", Withholding(False, (DEAN,)))
    walk = _open(window, closed, StepKey.CLOSE)
    _click(qtbot, find(walk, QPushButton, "preview_copy_button"))
    dialog = _dialog(qtbot, window, "copy_preview_dialog")
    combo = find(dialog, QComboBox, "preview_reader_combo")
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert offered[-1] == "Family summary"
    assert "Copy for Dean Marlowe (Father)" in offered
    combo.setCurrentIndex(offered.index("Copy for Dean Marlowe (Father)"))
    assert find(dialog, QLabel, "preview_copy_heading").text() == "Copy for Dean Marlowe (Father)"
    summary = find(dialog, QLabel, "preview_summary_label").text()
    assert "Update from PC Daniel Okoro" in summary
    full = find(dialog, QTextBrowser, "preview_full_view")
    copy = find(dialog, QTextBrowser, "preview_copy_view")
    assert "Copy for Dean Marlowe" in copy.toPlainText()
    full_text = full.toPlainText()
    marked = full_text.index(WITHHELD_LABEL)
    assert full_text.index(OKORO_UPDATE) > marked
    assert full_text.count(WITHHELD_LABEL) == 1
    assert "#ffe08a" in full.toHtml().lower()
    qtbot.waitUntil(lambda: full.verticalScrollBar().value() > 0)
    _grab(qtbot, dialog, "/tmp/preview_dean.png")
    # Kerry's copy: nothing withheld from her, nothing highlighted.
    combo.setCurrentIndex(offered.index("Copy for Kerry Marlowe (Mother)"))
    assert WITHHELD_LABEL not in full.toPlainText()
    assert "Nothing the meeting recorded is withheld" in summary_text(dialog)
    # The family summary loses anything kept from anybody.
    combo.setCurrentIndex(offered.index("Family summary"))
    assert "Update from PC Daniel Okoro" in summary_text(dialog)
    assert "Family summary" in copy.toPlainText()
    assert ctx.minutes.record(closed).versions == ()  # a preview sends nothing
    _press(qtbot, dialog, QDialogButtonBox.StandardButton.Close)


def summary_text(dialog: QDialog) -> str:
    return find(dialog, QLabel, "preview_summary_label").text()
