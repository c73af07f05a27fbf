"""Three meetings of one family in a row, through the real window: the plan is carried from one
meeting to the next (statements, goals, actions still open), reviewed, scored over time, and
every earlier record stays as it was.

Every name here is made up.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
)
from pytestqt.qtbot import QtBot
from ui_helpers import FakePrompts, find, type_text

from chair_app.core.agenda import StepKey
from chair_app.core.domain import (
    ActionStatus,
    AttendanceStatus,
    Child,
    MeetingStatus,
    Person,
    PlanType,
    VoteChoice,
)
from chair_app.models.db import SessionFactory
from chair_app.services.families import FamilyService
from chair_app.ui.launch import build_context
from chair_app.ui.main_window import MainWindow
from chair_app.ui.walkthrough import MeetingWalkthrough

STATEMENT_1 = "Amara worries Nia goes to school hungry and tired most days."
GOAL_1 = "Nia has breakfast and arrives at school on time every day for three months."
STATEMENT_2 = "Everyone worries the children hear shouting late at night."
GOAL_2 = "The children sleep in a calm home every night for six months."
STATEMENT_1_REWORDED = "Amara worries Nia still misses breakfast on Mondays."
ACTION_A = "Refer the family to the food bank."
ACTION_B = "Weigh Ifan at the clinic every week."
ACTION_C = "Carys goes to every session of the parenting course."
ACTION_C_REWORDED = "Carys finishes the last three sessions of the parenting course."
ACTION_D = "Book Nia a place at the breakfast club."
QUESTION = "Should the group ask for an early review conference?"
BIG_MOVE_REASON = "The food bank parcels arrive every week now."

MEETING_1, MEETING_2, MEETING_3 = "02/11/2026", "30/11/2026", "28/12/2026"


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def people(factory: SessionFactory) -> dict[str, int]:
    """The Tregarthen family: two children and their network; no meeting yet."""
    families = FamilyService(factory)
    family_id = families.create_family("Tregarthen family")
    ids = {
        "Nia": families.save_child(
            family_id, Child(0, "Nia Tregarthen", None, PlanType.CHILD_PROTECTION)
        ),
        "Ifan": families.save_child(
            family_id, Child(0, "Ifan Tregarthen", None, PlanType.CHILD_PROTECTION)
        ),
    }
    for key, name, role, agency, pro in (
        ("Carys", "Carys Tregarthen", "Mother", "", False),
        ("Amara", "Amara Boateng", "Social worker", "Children's Social Care", True),
        ("Joss", "Joss Lindqvist", "Health visitor", "Community Health", True),
        ("Tomasz", "Tomasz Wren", "Independent chair", "Safeguarding Unit", True),
        ("Lena", "Lena Ruiz", "Minute-taker", "Safeguarding Unit", True),
    ):
        ids[key] = families.save_person(family_id, Person(0, name, role, agency, pro))
    return ids


@pytest.fixture
def window(
    qtbot: QtBot,
    factory: SessionFactory,
    data_dir: Path,
    prompts: FakePrompts,
    people: dict[str, int],
) -> MainWindow:
    main = MainWindow(build_context(factory, data_dir, prompts))
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    return main


# Doing things as the chair does them


def _click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled(), f"{button.objectName()} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _combo_to(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, f"{combo.objectName()} has no option {data!r}"
    combo.setCurrentIndex(index)


def _retype(qtbot: QtBot, edit: QLineEdit | QPlainTextEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


def _score(qtbot: QtBot, spin: QSpinBox, value: int) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))
    assert spin.value() == value


def _tick(qtbot: QtBot, box: QCheckBox) -> None:
    assert box.isEnabled() and not box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert box.isChecked()


def _new_meeting(qtbot: QtBot, window: MainWindow, date: str, minute_taker: int) -> QDialog:
    _click(qtbot, find(window, QPushButton, "new_meeting_button"))
    (dialog,) = [
        d for d in window.family_page.findChildren(QDialog, "meeting_setup_dialog") if d.isVisible()
    ]
    _retype(qtbot, find(dialog, QLineEdit, "meeting_date_edit"), date)
    _combo_to(find(dialog, QComboBox, "minute_taker_combo"), minute_taker)
    return dialog


def _accept(qtbot: QtBot, window: MainWindow, dialog: QDialog) -> MeetingWalkthrough:
    dialog.buttons.accepted.emit()  # type: ignore[attr-defined]
    walk = window.walkthrough
    assert walk is not None and walk.isVisible()
    _click(qtbot, find(walk, QPushButton, "start_meeting_button"))
    assert walk.controller.meeting.status is MeetingStatus.IN_PROGRESS
    for person_id in _network(walk):
        _combo_to(find(walk, QComboBox, f"attendance_status_{person_id}"), AttendanceStatus.PRESENT)
    return walk


def _network(walk: MeetingWalkthrough) -> list[int]:
    return [p.id for p in walk.controller.family.people]


def _go(qtbot: QtBot, walk: MeetingWalkthrough, key: StepKey) -> None:
    row = next(i for i, step in enumerate(walk.agenda) if step.key is key)
    item = walk.step_list.item(row)
    qtbot.mouseClick(
        walk.step_list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=walk.step_list.visualItemRect(item).center(),
    )
    page = walk.pages.currentWidget()
    assert page is not None and page.objectName() == f"page_{key.value}"


def _text(item: QListWidgetItem | QTableWidgetItem | None) -> str:
    assert item is not None, "an empty cell"
    return item.text()


def _list_texts(widget: QListWidget) -> list[str]:
    return [_text(widget.item(i)) for i in range(widget.count())]


def _headers(table: QTableWidget) -> list[str]:
    return [
        " ".join(_text(table.horizontalHeaderItem(c)).split()) for c in range(table.columnCount())
    ]


def _column(table: QTableWidget, header: str) -> list[str]:
    column = _headers(table).index(header)
    return [_text(table.item(row, column)) for row in range(table.rowCount())]


def _tab(qtbot: QtBot, walk: MeetingWalkthrough, title: str) -> None:
    """Open the scaling step's tab "Now" or "Over time"."""
    tabs = find(walk, QTabWidget, "scaling_tabs")
    index = [tabs.tabText(i) for i in range(tabs.count())].index(title)
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def _history_rows(qtbot: QtBot, walk: MeetingWalkthrough) -> list[dict[str, str]]:
    """The "Scores over time" table as the chair reads it: one dict per row, by header."""
    _tab(qtbot, walk, "Over time")
    table = find(walk, QTableWidget, "scaling_history_table")
    headers = _headers(table)
    return [
        {headers[c]: _text(table.item(row, c)) for c in range(table.columnCount())}
        for row in range(table.rowCount())
    ]


def _close_and_leave(qtbot: QtBot, walk: MeetingWalkthrough, window: MainWindow) -> None:
    _go(qtbot, walk, StepKey.CLOSE)
    _click(qtbot, find(walk, QPushButton, "close_meeting_button"))
    assert walk.controller.meeting.status is MeetingStatus.CLOSED
    _click(qtbot, find(walk, QPushButton, "back_to_family_button"))
    assert window.walkthrough is None


def _select_action(table: QTableWidget, what: str) -> None:
    row = _column(table, "What").index(what)
    table.selectRow(row)


def _open_meeting(qtbot: QtBot, window: MainWindow, date: str) -> MeetingWalkthrough:
    table = find(window, QTableWidget, "meetings_table")
    row = _column(table, "Date").index(date)
    table.selectRow(row)
    _click(qtbot, find(window, QPushButton, "open_meeting_button"))
    assert window.walkthrough is not None
    return window.walkthrough


def test_three_meetings_carry_the_plan_and_keep_each_record(
    qtbot: QtBot, window: MainWindow, people: dict[str, int], prompts: FakePrompts
) -> None:
    nia, ifan = people["Nia"], people["Ifan"]
    carys, amara, joss = people["Carys"], people["Amara"], people["Joss"]

    # Meeting 1: the family's first. Nobody has chaired for them yet, so no chair is proposed.
    dialog = _new_meeting(qtbot, window, MEETING_1, people["Lena"])
    chair = find(dialog, QComboBox, "chair_combo")
    assert chair.currentData() is None
    assert dialog.findChild(QLabel, "usual_chair_label") is None
    _combo_to(chair, people["Tomasz"])
    walk = _accept(qtbot, window, dialog)

    _go(qtbot, walk, StepKey.PLAN_REVIEW)
    assert find(walk, QLabel, "plan_review_empty_label").isVisible()

    _go(qtbot, walk, StepKey.DANGER_STATEMENTS)
    add = find(walk, QPushButton, "add_statement_button")
    _click(qtbot, add)
    type_text(qtbot, find(walk, QPlainTextEdit, "statement_edit"), STATEMENT_1)
    type_text(qtbot, find(walk, QPlainTextEdit, "safety_goal_edit"), GOAL_1)
    assert find(walk, QLabel, "statement_carried_label").text() == "New at this meeting."
    children_label = find(walk, QLabel, "statement_children_label")
    assert children_label.text() == "No child ticked, so it applies to every child."
    _tick(qtbot, find(walk, QCheckBox, f"statement_child_{nia}"))
    assert children_label.text() == "Applies to Nia Tregarthen only."
    _click(qtbot, add)
    type_text(qtbot, find(walk, QPlainTextEdit, "statement_edit"), STATEMENT_2)
    type_text(qtbot, find(walk, QPlainTextEdit, "safety_goal_edit"), GOAL_2)
    assert not find(walk, QCheckBox, f"statement_child_{nia}").isChecked()
    statements = find(walk, QListWidget, "statement_list")
    assert _list_texts(statements) == [
        f"1. {STATEMENT_1} (for Nia Tregarthen)",
        f"2. {STATEMENT_2}",
    ]

    _go(qtbot, walk, StepKey.SCALING)
    for person_id, value in ((carys, 4), (amara, 3), (joss, 5)):
        _score(qtbot, find(walk, QSpinBox, f"score_{person_id}"), value)
    assert walk.findChild(QLabel, f"last_score_{carys}") is None  # nothing to compare with yet
    find(walk, QComboBox, "scale_selector").setCurrentIndex(1)
    _score(qtbot, find(walk, QSpinBox, f"score_{amara}"), 2)

    _go(qtbot, walk, StepKey.ACTIONS)
    for what, owner, child in (
        (ACTION_A, amara, nia),
        (ACTION_B, joss, ifan),
        (ACTION_C, carys, None),
    ):
        _click(qtbot, find(walk, QPushButton, "add_action_button"))
        type_text(qtbot, find(walk, QPlainTextEdit, "action_what_edit"), what)
        _combo_to(find(walk, QComboBox, "action_owner_combo"), owner)
        if child is not None:
            _tick(qtbot, find(walk, QCheckBox, f"action_child_{child}"))
    table = find(walk, QTableWidget, "actions_table")
    assert _column(table, "What") == [ACTION_A, ACTION_B, ACTION_C]
    assert _column(table, "For") == ["Nia", "Ifan", "All"]
    assert _column(table, "From") == ["New", "New", "New"]
    _select_action(table, ACTION_A)
    assert find(walk, QPushButton, "remove_action_button").isEnabled()
    assert find(walk, QCheckBox, f"action_child_{nia}").isChecked()
    assert find(walk, QLabel, "action_children_label").text() == "For Nia Tregarthen only."
    _select_action(table, ACTION_C)
    assert find(walk, QLabel, "action_children_label").text() == (
        "No child ticked, so it is for every child."
    )

    _go(qtbot, walk, StepKey.DECISIONS)
    _click(qtbot, find(walk, QPushButton, "add_decision_button"))
    type_text(qtbot, find(walk, QPlainTextEdit, "question_edit"), QUESTION)
    _combo_to(find(walk, QComboBox, f"vote_{amara}"), VoteChoice.FOR)
    _combo_to(find(walk, QComboBox, f"vote_{joss}"), VoteChoice.FOR)

    _go(qtbot, walk, StepKey.NEXT_MEETING)
    type_text(qtbot, find(walk, QLineEdit, "next_date_edit"), MEETING_2)
    type_text(qtbot, find(walk, QLineEdit, "next_venue_edit"), "Penrose Family Centre")
    _close_and_leave(qtbot, walk, window)

    # Meeting 2: set up from the family page; last time's chair is proposed.
    dialog = _new_meeting(qtbot, window, MEETING_2, people["Lena"])
    assert find(dialog, QComboBox, "chair_combo").currentData() == people["Tomasz"]
    assert (
        "Tomasz Wren chaired the family's last meeting"
        in find(dialog, QLabel, "usual_chair_label").text()
    )
    walk = _accept(qtbot, window, dialog)

    # Last time's statements and goals are here, marked as carried, with their children.
    _go(qtbot, walk, StepKey.DANGER_STATEMENTS)
    statements = find(walk, QListWidget, "statement_list")
    assert _list_texts(statements) == [
        f"1. {STATEMENT_1} (carried from {MEETING_1}; for Nia Tregarthen)",
        f"2. {STATEMENT_2} (carried from {MEETING_1})",
    ]
    assert find(walk, QPlainTextEdit, "statement_edit").toPlainText() == STATEMENT_1
    assert find(walk, QPlainTextEdit, "safety_goal_edit").toPlainText() == GOAL_1
    carried_label = find(walk, QLabel, "statement_carried_label")
    assert carried_label.isVisible()
    assert f"Carried from the meeting on {MEETING_1}" in carried_label.text()
    assert "only this meeting's record" in carried_label.text()
    assert find(walk, QCheckBox, f"statement_child_{nia}").isChecked()
    assert not find(walk, QCheckBox, f"statement_child_{ifan}").isChecked()

    # The plan review: each of last time's actions, with its outcome and the difference made.
    _go(qtbot, walk, StepKey.PLAN_REVIEW)
    carried = {a.what: a.id for a in walk.controller.meeting.actions}
    assert list(carried) == [ACTION_A, ACTION_B, ACTION_C]
    for what, outcome, work, difference in (
        (ACTION_A, ActionStatus.DONE, "Referral made on 5 November.", "Nia eats breakfast now."),
        (ACTION_B, ActionStatus.NOT_DONE, "The clinic was closed.", "None yet."),
        (ACTION_C, ActionStatus.PARTLY_DONE, "Carys went to 3 of 6 sessions.", "Calmer mornings."),
    ):
        action_id = carried[what]
        assert (
            f"In the plan since {MEETING_1}"
            in find(walk, QLabel, f"review_details_{action_id}").text()
        )
        _combo_to(find(walk, QComboBox, f"review_status_{action_id}"), outcome)
        type_text(qtbot, find(walk, QPlainTextEdit, f"review_work_done_{action_id}"), work)
        type_text(qtbot, find(walk, QPlainTextEdit, f"review_difference_{action_id}"), difference)

    # The actions: last time's are marked, cannot be removed, and say why.
    _go(qtbot, walk, StepKey.ACTIONS)
    table = find(walk, QTableWidget, "actions_table")
    assert _column(table, "What") == [ACTION_A, ACTION_B, ACTION_C]
    assert _column(table, "From") == ["Last time", "Last time", "Last time"]
    assert _column(table, "Status") == ["Done", "Not done", "Partly done"]
    assert _column(table, "For") == ["Nia", "Ifan", "All"]
    remove = find(walk, QPushButton, "remove_action_button")
    _select_action(table, ACTION_C)
    assert not remove.isEnabled()
    assert "review it instead" in remove.toolTip()
    assert (
        f"Carried from the meeting on {MEETING_1}"
        in find(walk, QLabel, "action_carried_label").text()
    )
    status = find(walk, QComboBox, "action_status_combo")
    assert status.currentData() is ActionStatus.PARTLY_DONE
    assert ActionStatus.PARTLY_DONE in [status.itemData(i) for i in range(status.count())]
    # Editing a carried action here keeps what the review recorded.
    _combo_to(find(walk, QComboBox, "action_owner_combo"), amara)
    walk.controller.flush()
    reviewed = next(a for a in walk.controller.meeting.actions if a.what == ACTION_C)
    assert (reviewed.owner_id, reviewed.work_done, reviewed.difference_for_child) == (
        amara,
        "Carys went to 3 of 6 sessions.",
        "Calmer mornings.",
    )
    _combo_to(find(walk, QComboBox, "action_owner_combo"), carys)
    _click(qtbot, find(walk, QPushButton, "add_action_button"))
    type_text(qtbot, find(walk, QPlainTextEdit, "action_what_edit"), ACTION_D)
    _combo_to(find(walk, QComboBox, "action_owner_combo"), amara)
    _tick(qtbot, find(walk, QCheckBox, f"action_child_{nia}"))
    assert _column(table, "From") == ["Last time", "Last time", "Last time", "New"]
    assert _column(table, "For")[3] == "Nia"
    assert remove.isEnabled() and remove.toolTip() == ""

    # Scaling: a move of three points asks why; the scores of both meetings side by side.
    _go(qtbot, walk, StepKey.SCALING)
    assert find(walk, QLabel, f"last_score_{carys}").text() == "4"
    _score(qtbot, find(walk, QSpinBox, f"score_{carys}"), 7)
    _score(qtbot, find(walk, QSpinBox, f"score_{amara}"), 4)
    _score(qtbot, find(walk, QSpinBox, f"score_{joss}"), 5)
    moved = find(walk, QLabel, f"big_move_label_{carys}")
    assert moved.isVisible()
    assert moved.text() == "Was 4 last time: why has it changed?"
    reason = find(walk, QLineEdit, f"reason_{carys}")
    assert reason.property("needs_reason") is True
    assert reason.styleSheet() != ""
    assert not find(walk, QLabel, f"big_move_label_{amara}").isVisible()  # 3 to 4
    assert find(walk, QLineEdit, f"reason_{amara}").property("needs_reason") is False
    missing = walk.controller.ctx.meetings.review(walk.controller.meeting_id)
    assert any(
        "Carys Tregarthen's score" in m.message and "from 4 to 7" in m.message for m in missing
    )
    type_text(qtbot, reason, BIG_MOVE_REASON)
    assert reason.property("needs_reason") is False
    assert moved.isVisible(), "the question goes once a reason is typed, not the note"
    assert _history_rows(qtbot, walk) == [
        {
            "Meeting": MEETING_1,
            "Carys Tregarthen": "4",
            "Amara Boateng": "3",
            "Joss Lindqvist": "5",
            "Average": "4.0",
            "Range": "3 to 5",
        },
        {
            "Meeting": f"{MEETING_2} (this meeting)",
            "Carys Tregarthen": "7",
            "Amara Boateng": "4",
            "Joss Lindqvist": "5",
            "Average": "5.3",
            "Range": "4 to 7",
        },
    ]
    find(walk, QComboBox, "scale_selector").setCurrentIndex(1)
    _tab(qtbot, walk, "Now")
    _score(qtbot, find(walk, QSpinBox, f"score_{amara}"), 3)
    assert not find(walk, QLabel, f"big_move_label_{amara}").isVisible()
    assert [(r["Meeting"], r["Amara Boateng"], r["Range"]) for r in _history_rows(qtbot, walk)] == [
        (MEETING_1, "2", "2"),
        (f"{MEETING_2} (this meeting)", "3", "3"),
    ]
    walk.controller.flush()
    missing = walk.controller.ctx.meetings.review(walk.controller.meeting_id)
    # The review is complete and the big move has its reason: neither is listed any more.
    assert not [m for m in missing if m.step is StepKey.PLAN_REVIEW or "score on" in m.message]

    _go(qtbot, walk, StepKey.NEXT_MEETING)
    type_text(qtbot, find(walk, QLineEdit, "next_date_edit"), MEETING_3)
    type_text(qtbot, find(walk, QLineEdit, "next_venue_edit"), "Penrose Family Centre")
    _close_and_leave(qtbot, walk, window)

    # Meeting 3: what was done has left the plan; what was not (or only partly) stays.
    dialog = _new_meeting(qtbot, window, MEETING_3, people["Lena"])
    assert find(dialog, QComboBox, "chair_combo").currentData() == people["Tomasz"]
    walk = _accept(qtbot, window, dialog)
    _go(qtbot, walk, StepKey.PLAN_REVIEW)
    carried = {a.what: a.id for a in walk.controller.meeting.actions}
    assert list(carried) == [ACTION_B, ACTION_C, ACTION_D]
    assert (
        f"In the plan since {MEETING_1}"
        in find(walk, QLabel, f"review_details_{carried[ACTION_B]}").text()
    )
    assert (
        f"In the plan since {MEETING_1}"
        in find(walk, QLabel, f"review_details_{carried[ACTION_C]}").text()
    )
    assert (
        f"In the plan since {MEETING_2}"
        in find(walk, QLabel, f"review_details_{carried[ACTION_D]}").text()
    )
    history = walk.controller.ctx.meetings.action_history(carried[ACTION_C])
    assert [(day.strftime("%d/%m/%Y"), a.status, a.work_done) for day, a in history] == [
        (MEETING_1, ActionStatus.OPEN, ""),
        (MEETING_2, ActionStatus.PARTLY_DONE, "Carys went to 3 of 6 sessions."),
    ]
    for action_id in carried.values():  # each starts this meeting unreviewed
        assert (
            find(walk, QComboBox, f"review_status_{action_id}").currentData() is ActionStatus.OPEN
        )

    _go(qtbot, walk, StepKey.ACTIONS)
    table = find(walk, QTableWidget, "actions_table")
    assert _column(table, "From") == ["Last time", "Last time", "Last time"]
    assert _column(table, "For") == ["Ifan", "All", "Nia"]
    _select_action(table, ACTION_C)
    _retype(qtbot, find(walk, QPlainTextEdit, "action_what_edit"), ACTION_C_REWORDED)
    _tick(qtbot, find(walk, QCheckBox, f"action_child_{ifan}"))
    assert _column(table, "What")[1] == ACTION_C_REWORDED
    assert _column(table, "For")[1] == "Ifan"

    _go(qtbot, walk, StepKey.DANGER_STATEMENTS)
    statements = find(walk, QListWidget, "statement_list")
    assert (
        _list_texts(statements)[0]
        == f"1. {STATEMENT_1} (carried from {MEETING_2}; for Nia Tregarthen)"
    )
    _retype(qtbot, find(walk, QPlainTextEdit, "statement_edit"), STATEMENT_1_REWORDED)
    assert _list_texts(statements)[0] == (
        f"1. {STATEMENT_1_REWORDED} (carried from {MEETING_2}; for Nia Tregarthen)"
    )

    # The scores of all three meetings; a reworded statement keeps its history.
    _go(qtbot, walk, StepKey.SCALING)
    for person_id, value in ((carys, 6), (amara, 5), (joss, 6)):
        _score(qtbot, find(walk, QSpinBox, f"score_{person_id}"), value)
    assert not any(
        find(walk, QLabel, f"big_move_label_{p}").isVisible() for p in (carys, amara, joss)
    )
    rows = _history_rows(qtbot, walk)
    assert [r["Meeting"] for r in rows] == [MEETING_1, MEETING_2, f"{MEETING_3} (this meeting)"]
    assert [(r["Carys Tregarthen"], r["Amara Boateng"], r["Joss Lindqvist"]) for r in rows] == [
        ("4", "3", "5"),
        ("7", "4", "5"),
        ("6", "5", "6"),
    ]
    assert [(r["Average"], r["Range"]) for r in rows] == [
        ("4.0", "3 to 5"),
        ("5.3", "4 to 7"),
        ("5.7", "5 to 6"),
    ]
    selector = find(walk, QComboBox, "scale_selector")
    selector.setCurrentIndex(1)
    assert STATEMENT_1_REWORDED[:30] in selector.currentText()
    assert [r["Amara Boateng"] for r in _history_rows(qtbot, walk)] == ["2", "3", ""]
    assert [r["Average"] for r in _history_rows(qtbot, walk)][-1] == "No scores"
    _tab(qtbot, walk, "Now")
    selector.setCurrentIndex(0)

    # The chart: drawn off the main thread once "Over time" is opened.
    _tab(qtbot, walk, "Over time")
    chart = find(walk, QLabel, "scaling_chart_label")
    qtbot.waitUntil(lambda: not chart.pixmap().isNull(), timeout=30000)
    assert 0 < chart.pixmap().width() <= chart.width()
    assert 0 < chart.pixmap().height() <= chart.height()
    description = chart.accessibleDescription()
    assert f"{MEETING_1}: average 4.0, range 3 to 5" in description
    assert f"{MEETING_3}: average 5.7, range 5 to 6" in description
    _go(qtbot, walk, StepKey.NEXT_MEETING)
    _click(qtbot, find(walk, QPushButton, "back_to_family_button"))

    # The family's chronology: each meeting with what it decided and when the next one is.
    meetings_table = find(window, QTableWidget, "meetings_table")
    # Dates and statuses at once; the summaries are read in the background.
    assert _column(meetings_table, "Status") == ["In progress", "Closed", "Closed"]
    qtbot.waitUntil(lambda: _column(meetings_table, "Decisions")[-1] != "", timeout=10000)
    assert _column(meetings_table, "Date") == [MEETING_3, MEETING_2, MEETING_1]
    assert _column(meetings_table, "Decisions") == [
        "",
        "No decisions recorded",
        f"“{QUESTION}” Agreed",
    ]
    assert _column(meetings_table, "Next date") == ["", MEETING_3, MEETING_2]

    # The earlier records are as they were, whatever meeting 3 changed.
    for date, actions in (
        (MEETING_1, [ACTION_A, ACTION_B, ACTION_C]),
        (MEETING_2, [ACTION_A, ACTION_B, ACTION_C, ACTION_D]),
    ):
        walk = _open_meeting(qtbot, window, date)
        assert find(walk, QLabel, "meeting_status_label").text() == "Status: Closed"
        _go(qtbot, walk, StepKey.DANGER_STATEMENTS)
        assert _list_texts(find(walk, QListWidget, "statement_list"))[0].startswith(
            f"1. {STATEMENT_1}"
        )
        assert find(walk, QPlainTextEdit, "statement_edit").toPlainText() == STATEMENT_1
        assert find(walk, QPlainTextEdit, "statement_edit").isReadOnly()
        assert not find(walk, QCheckBox, f"statement_child_{nia}").isEnabled()
        _go(qtbot, walk, StepKey.ACTIONS)
        table = find(walk, QTableWidget, "actions_table")
        assert _column(table, "What") == actions
        assert _column(table, "For")[:3] == ["Nia", "Ifan", "All"]
        assert not find(walk, QPushButton, "remove_action_button").isEnabled()
        _click(qtbot, find(walk, QPushButton, "back_to_family_button"))
    walk = _open_meeting(qtbot, window, MEETING_2)
    _go(qtbot, walk, StepKey.PLAN_REVIEW)
    outcomes = {a.what: a for a in walk.controller.meeting.actions if a.is_carried}
    assert outcomes[ACTION_C].status is ActionStatus.PARTLY_DONE
    assert find(
        walk, QPlainTextEdit, f"review_work_done_{outcomes[ACTION_C].id}"
    ).toPlainText() == ("Carys went to 3 of 6 sessions.")
    _go(qtbot, walk, StepKey.SCALING)
    assert find(walk, QLineEdit, f"reason_{carys}").text() == BIG_MOVE_REASON
    assert [r["Meeting"] for r in _history_rows(qtbot, walk)] == [
        MEETING_1,
        f"{MEETING_2} (this meeting)",
    ]
    assert prompts.errors == []
