"""A whole Core Group chaired through the real window, closed, and exported to DOCX and PDF."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
)
from pytestqt.qtbot import QtBot
from ui_helpers import FakePrompts, find, type_text

from chair_app.core.agenda import StepKey
from chair_app.core.domain import ActionStatus, AttendanceStatus, MeetingStatus, VoteChoice
from chair_app.models.db import SessionFactory
from chair_app.services.families import FamilyService
from chair_app.ui.launch import build_context
from chair_app.ui.main_window import MainWindow

STATEMENT_1 = "Everyone worries the children hear shouting at night ŵ."
GOAL_1 = "The children sleep in a calm home every night for six months."
STATEMENT_2 = "The school worries Ellie comes in hungry."
GOAL_2 = "Ellie has breakfast every school day for three months."
REPORT = "Ellie attended every day; she said home was calmer."
ACTION = "Book a place at the breakfast club for Ellie."
QUESTION = "Should the group ask for an early review conference?"
DISSENT = "The shouting has not stopped yet."
HEARD = "We have not had a single argument this month."
REASONS = "A month since the last Core Group; one police call-out since."
UPDATE_SW = "Two home visits, one unannounced; the home was calm both times."
UPDATE_NAN = "Maureen has had the children every Friday night."
VIEWS = "says home is quieter and she likes Nan's house."
WORK_DONE = "Rebooked and attended;"
DIFFERENCE = "Jacob has gained weight;"
CONTINGENCY = "If the police are called again, a strategy discussion is held that day."


def _combo_to(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, f"{combo.objectName()} has no option {data!r}"
    combo.setCurrentIndex(index)


def _type(qtbot: QtBot, widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    type_text(qtbot, widget, text)


def _score(qtbot: QtBot, spin: QSpinBox, value: int) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))
    assert spin.value() == value


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
    ctx = build_context(factory, data_dir, prompts)
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def _people(window: MainWindow) -> dict[str, int]:
    family = window.family_page.family
    assert family is not None
    return {p.name.split()[-1] if not p.name.startswith("PC") else "Okoro": p.id for p in family.people}


def test_chair_a_whole_core_group_and_export_both_formats(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts, tmp_path: Path
) -> None:
    ids = _people(window)
    # Set up a new meeting; the same person as chair and minute-taker is refused, plainly.
    qtbot.mouseClick(find(window, QPushButton, "new_meeting_button"), Qt.MouseButton.LeftButton)
    dialog = find(window.family_page, QDialog, "meeting_setup_dialog")
    find(dialog, QLineEdit, "meeting_date_edit").clear()
    _type(qtbot, find(dialog, QLineEdit, "meeting_date_edit"), "30/11/2026")
    _type(qtbot, find(dialog, QLineEdit, "meeting_time_edit"), "10:30")
    _type(qtbot, find(dialog, QLineEdit, "meeting_venue_edit"), "Brookfield Primary, Room 4")
    _combo_to(find(dialog, QComboBox, "chair_combo"), ids["Desai"])
    _combo_to(find(dialog, QComboBox, "minute_taker_combo"), ids["Desai"])
    message = find(dialog, QLabel, "dialog_message_label")
    assert "two different people" in message.text()
    dialog.buttons.accepted.emit()
    assert dialog.isVisible(), "a meeting with one person as chair and minute-taker was accepted"
    _combo_to(find(dialog, QComboBox, "minute_taker_combo"), ids["Ashby"])
    dialog.buttons.accepted.emit()
    walk = window.walkthrough
    assert walk is not None and walk.isVisible()
    assert find(walk, QLabel, "step_counter_label").text() == "Step 1 of 13"
    qtbot.mouseClick(find(walk, QPushButton, "start_meeting_button"), Qt.MouseButton.LeftButton)
    assert walk.controller.meeting.status is MeetingStatus.IN_PROGRESS

    # 1. Attendance
    statuses = {
        "Marlowe": AttendanceStatus.PRESENT,
        "Price": AttendanceStatus.PRESENT,
        "Desai": AttendanceStatus.PRESENT,
        "Rhys": AttendanceStatus.PRESENT,
        "Ashby": AttendanceStatus.WRITTEN_REPORT,
        "Okoro": AttendanceStatus.PRESENT,
        "Clarke": AttendanceStatus.PRESENT,
    }
    family = window.family_page.family
    assert family is not None
    for person in family.people:
        key = "Okoro" if person.name.startswith("PC") else person.name.split()[-1]
        status = AttendanceStatus.APOLOGIES if person.name.startswith("Dean") else statuses[key]
        _combo_to(find(walk, QComboBox, f"attendance_status_{person.id}"), status)
    _type(qtbot, find(walk, QPlainTextEdit, f"report_text_{ids['Ashby']}"), REPORT)
    qtbot.keyClick(walk.step_list, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert find(walk, QLabel, "step_counter_label").text() == "Step 2 of 13"

    # 2. What has happened since last time
    _type(qtbot, find(walk, QPlainTextEdit, "reasons_edit"), REASONS)
    qtbot.mouseClick(find(walk, QPushButton, "next_button"), Qt.MouseButton.LeftButton)

    # 3. Updates: a box for each person present, nobody absent.
    assert walk.findChild(QPlainTextEdit, f"update_edit_{ids['Ashby']}") is None
    _type(qtbot, find(walk, QPlainTextEdit, f"update_edit_{ids['Desai']}"), UPDATE_SW)
    _type(qtbot, find(walk, QPlainTextEdit, f"update_edit_{ids['Price']}"), UPDATE_NAN)
    qtbot.mouseClick(find(walk, QPushButton, "next_button"), Qt.MouseButton.LeftButton)

    # 4. The child's views, for each child.
    for child in family.children:
        _type(qtbot, find(walk, QPlainTextEdit, f"child_views_edit_{child.id}"), f"{child.name}: {VIEWS}")
        how = find(walk, QComboBox, f"how_gathered_edit_{child.id}")
        how.setCurrentIndex(how.findText("Three Houses"))
    qtbot.mouseClick(find(walk, QPushButton, "next_button"), Qt.MouseButton.LeftButton)

    # 5. Review of the plan: the four actions still open last time, each reviewed.
    carried = [a for a in walk.controller.meeting.actions if a.is_carried]
    assert len(carried) == 4
    outcomes = (ActionStatus.DONE, ActionStatus.NOT_DONE, ActionStatus.PARTLY_DONE,
                ActionStatus.NO_LONGER_NEEDED)
    for action, outcome in zip(carried, outcomes, strict=True):
        _combo_to(find(walk, QComboBox, f"review_status_{action.id}"), outcome)
        _type(qtbot, find(walk, QPlainTextEdit, f"review_work_done_{action.id}"), f"{WORK_DONE} {outcome.label}")
        _type(qtbot, find(walk, QPlainTextEdit, f"review_difference_{action.id}"), f"{DIFFERENCE} {outcome.label}")
    qtbot.mouseClick(find(walk, QPushButton, "next_button"), Qt.MouseButton.LeftButton)

    # 6. Danger statements and safety goals: last time's two are carried; the group replaces them.
    assert [s.carried_from_id is not None for s in walk.controller.meeting.statements] == [True, True]
    for _ in range(2):
        qtbot.mouseClick(find(walk, QPushButton, "remove_statement_button"), Qt.MouseButton.LeftButton)
    assert walk.controller.meeting.statements == ()
    add = find(walk, QPushButton, "add_statement_button")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    _type(qtbot, find(walk, QPlainTextEdit, "statement_edit"), STATEMENT_2)
    _type(qtbot, find(walk, QPlainTextEdit, "safety_goal_edit"), GOAL_2)
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    _type(qtbot, find(walk, QPlainTextEdit, "statement_edit"), STATEMENT_1)
    _type(qtbot, find(walk, QPlainTextEdit, "safety_goal_edit"), GOAL_1)
    qtbot.mouseClick(find(walk, QPushButton, "move_statement_up_button"), Qt.MouseButton.LeftButton)
    statements = walk.controller.meeting.statements
    assert [s.statement for s in statements] == [STATEMENT_1, STATEMENT_2]
    assert [s.safety_goal for s in statements] == [GOAL_1, GOAL_2]
    qtbot.mouseClick(find(walk, QPushButton, "next_button"), Qt.MouseButton.LeftButton)

    # 7. Scaling: overall and the first danger statement.
    assert "0 means" in find(walk, QLabel, "scale_meaning_label").text()
    assert "10 means" in find(walk, QLabel, "scale_meaning_label").text()
    overall = {"Marlowe": 7, "Desai": 4, "Rhys": 5, "Okoro": 3}
    kerry = next(p.id for p in family.people if p.name == "Kerry Marlowe")
    for key, value in overall.items():
        person_id = kerry if key == "Marlowe" else ids[key]
        _score(qtbot, find(walk, QSpinBox, f"score_{person_id}"), value)
    _type(qtbot, find(walk, QLineEdit, f"reason_{ids['Rhys']}"), "Weight is back on track")
    assert walk.findChild(QSpinBox, f"score_{ids['Ashby']}") is None, "an absent person was asked to score"
    find(walk, QComboBox, "scale_selector").setCurrentIndex(1)
    _score(qtbot, find(walk, QSpinBox, f"score_{ids['Desai']}"), 2)
    find(walk, QComboBox, "scale_selector").setCurrentIndex(2)
    _score(qtbot, find(walk, QSpinBox, f"score_{ids['Desai']}"), 6)
    qtbot.mouseClick(find(walk, QPushButton, "next_button"), Qt.MouseButton.LeftButton)

    # 8. The three columns
    _type(qtbot, find(walk, QPlainTextEdit, "worries_edit"), "Shouting at night")
    _type(qtbot, find(walk, QPlainTextEdit, "working_well_edit"), "Maureen helps every evening")
    _type(qtbot, find(walk, QPlainTextEdit, "needs_to_happen_edit"), "Breakfast club")
    qtbot.mouseClick(find(walk, QPushButton, "next_button"), Qt.MouseButton.LeftButton)

    # 9. Actions
    qtbot.mouseClick(find(walk, QPushButton, "add_action_button"), Qt.MouseButton.LeftButton)
    _type(qtbot, find(walk, QPlainTextEdit, "action_what_edit"), ACTION)
    _combo_to(find(walk, QComboBox, "action_owner_combo"), ids["Ashby"])
    due = find(walk, QLineEdit, "action_due_edit")
    _type(qtbot, due, "31/02/2027")
    assert "February 2027 has no day 31" in find(walk, QLabel, "action_due_edit_message").text()
    due.clear()
    _type(qtbot, due, "14/12/2026")
    _combo_to(find(walk, QComboBox, "action_goal_combo"), statements[1].id)
    table = find(walk, QTableWidget, "actions_table")
    # The four carried actions stay in the plan's table, with the new one after them.
    assert table.rowCount() == 5 and table.item(4, 3).text() == "14/12/2026"
    qtbot.mouseClick(find(walk, QPushButton, "next_button"), Qt.MouseButton.LeftButton)

    # 10. Contingency plan
    _type(qtbot, find(walk, QPlainTextEdit, "contingency_edit"), CONTINGENCY)
    qtbot.mouseClick(find(walk, QPushButton, "next_button"), Qt.MouseButton.LeftButton)

    # 11. Decisions and votes: only the professionals present vote.
    qtbot.mouseClick(find(walk, QPushButton, "add_decision_button"), Qt.MouseButton.LeftButton)
    _type(qtbot, find(walk, QPlainTextEdit, "question_edit"), QUESTION)
    assert walk.findChild(QComboBox, f"vote_{kerry}") is None, "a parent was offered a vote"
    assert walk.findChild(QComboBox, f"vote_{ids['Clarke']}") is None, "the advocate was offered a vote"
    assert "Kerry Marlowe" in find(walk, QLabel, "heard_label").text()
    # Priya chairs and Tom takes the minutes: neither is offered a vote.
    assert walk.findChild(QComboBox, f"vote_{ids['Desai']}") is None, "the chair was offered a vote"
    assert walk.findChild(QComboBox, f"vote_{ids['Ashby']}") is None, "the minute-taker votes"
    _type(qtbot, find(walk, QLineEdit, f"heard_{kerry}"), HEARD)
    _combo_to(find(walk, QComboBox, f"vote_{ids['Rhys']}"), VoteChoice.AGAINST)
    _combo_to(find(walk, QComboBox, f"vote_{ids['Okoro']}"), VoteChoice.FOR)
    _type(qtbot, find(walk, QLineEdit, f"vote_reason_{ids['Okoro']}"), DISSENT)
    assert "For 1, against 1" in find(walk, QLabel, "tally_label").text()
    assert "No majority" in find(walk, QLabel, "tally_label").text()
    qtbot.mouseClick(find(walk, QPushButton, "next_button"), Qt.MouseButton.LeftButton)

    # 12. Next meeting
    # 28 days after 30 November is Monday 28 December, England's Boxing Day substitute bank
    # holiday; Christmas Day is the Friday. The latest open day is Thursday 24 December.
    due = find(walk, QLabel, "next_due_label").text()
    assert "Latest date: Thursday 24 December 2026" in due, due
    _type(qtbot, find(walk, QLineEdit, "next_date_edit"), "28/12/2026")
    warning = find(walk, QLabel, "next_date_warning_label")
    assert warning.isVisible()
    assert "4 days later than the rule allows" in warning.text()
    assert "within 28 days of the previous Core Group" in warning.text()
    qtbot.mouseClick(find(walk, QPushButton, "use_latest_date_button"), Qt.MouseButton.LeftButton)
    assert find(walk, QLineEdit, "next_date_edit").text() == "24/12/2026"
    assert not warning.isVisible()
    _type(qtbot, find(walk, QLineEdit, "next_time_edit"), "2pm")
    _type(qtbot, find(walk, QLineEdit, "next_venue_edit"), "Northfield Family Centre")
    qtbot.keyClick(walk.step_list, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)

    # 13. Close: nothing missing, close, export.
    assert find(walk, QLabel, "step_counter_label").text() == "Step 13 of 13"
    missing = find(walk, QListWidget, "missing_list")
    assert missing.count() == 0, [missing.item(i).text() for i in range(missing.count())]
    qtbot.mouseClick(find(walk, QPushButton, "close_meeting_button"), Qt.MouseButton.LeftButton)
    assert walk.controller.meeting.status is MeetingStatus.CLOSED
    assert find(walk, QPlainTextEdit, "worries_edit").isReadOnly()

    out = tmp_path / "minutes"
    out.mkdir()
    prompts.directories.append(out)
    with qtbot.waitSignal(window.exporter.export_finished, timeout=20000) as finished:
        qtbot.mouseClick(find(walk, QPushButton, "export_minutes_button"), Qt.MouseButton.LeftButton)
    written = sorted(Path(p) for p in finished.args[0])
    assert [p.name for p in written] == [
        "Marlowe family - Core Group - 2026-11-30.docx",
        "Marlowe family - Core Group - 2026-11-30.pdf",
    ]
    assert prompts.errors == []

    docx_text = _docx_text(written[0])
    pdf_text = _pdf_text(written[1])
    for text in (docx_text, pdf_text):
        for expected in (
            STATEMENT_1, GOAL_1, STATEMENT_2, GOAL_2, REPORT, ACTION, QUESTION, DISSENT,
            "Weight is back on track", "Thursday 24 December 2026", "14:00",
            "Northfield Family Centre", "OFFICIAL-SENSITIVE", "Sent apologies",
            "For 1, against 1, abstained 0", "No majority", "14/12/2026",
            f"Heard: Kerry Marlowe (Mother) said: {HEARD}",
            REASONS, UPDATE_SW, UPDATE_NAN, CONTINGENCY, f"Ellie Marlowe: {VIEWS}",
            f"Jacob Marlowe: {VIEWS}", "How gathered: Three Houses", "Review of the plan",
            f"{WORK_DONE} Done", f"{DIFFERENCE} Not done", f"{DIFFERENCE} No longer needed",
            "Stays in the plan and is reviewed again next time.",
        ):
            assert _norm(expected) in text, f"{expected!r} missing"
    # The scaling table: each person's scores in the order Overall, DS1, DS2.
    assert re.search(r"Priya Desai\W+4\W+2\W+6", docx_text)
    assert re.search(r"Priya Desai\W+4\W+2\W+6", pdf_text)
    assert re.search(r"Ffion Rhys\W+5", pdf_text)


def _norm(text: str) -> str:
    return " ".join(text.split())


def _docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append(" | ".join(cell.text for cell in row.cells))
    for section in document.sections:
        parts += [p.text for p in section.header.paragraphs]
    return _norm("\n".join(parts))


def _pdf_text(path: Path) -> str:
    reader = PdfReader(str(path))
    return _norm("\n".join(page.extract_text() for page in reader.pages))


def test_everything_typed_is_there_after_reopening(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory, data_dir: Path
) -> None:
    family = FamilyService(factory).get_family(1)
    draft = next(m for m in family.meetings if m.status is MeetingStatus.DRAFT)
    window.open_meeting(draft.id)
    walk = window.walkthrough
    assert walk is not None
    walk.go_to(StepKey.THREE_COLUMNS)
    _type(qtbot, find(walk, QPlainTextEdit, "worries_edit"), "Typed just before closing 👨‍👩‍👧")
    window.close()  # no Save button: closing the window must lose nothing
    reopened = MainWindow(build_context(factory, data_dir, FakePrompts()))
    qtbot.addWidget(reopened)
    reopened.open_meeting(draft.id)
    assert reopened.walkthrough is not None
    columns = reopened.walkthrough.controller.meeting.columns
    assert columns.worries == "Typed just before closing 👨‍👩‍👧"
