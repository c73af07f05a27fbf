"""The walk-through's steps and the shared dialogs in Welsh, read as a Welsh-speaking chair sees them.

The window is switched to Cymraeg before the meeting is opened. Each step is reached as the chair
reaches it (the list of steps, the Add buttons), and every text it shows is read from its widgets:
none may be English, apart from the family's names and what was typed (``known``).

TODAY is Monday 23 November 2026; the demo family (Marlowe) has a closed Core Group and a draft
Core Group on TODAY. A review conference is set up for the same family, as a chair would.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import TODAY
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from ui_helpers import FakePrompts, find, type_text
from welsh_check import english_left

from chair_app.core.agenda import StepKey
from chair_app.core.domain import AttendanceStatus, Child, MeetingType, PlanType
from chair_app.core.language import Language
from chair_app.models.db import SessionFactory
from chair_app.services.families import FamilyService
from chair_app.services.meetings import MeetingService
from chair_app.ui.attendance_dialogs import AttendanceDetailsDialog, RepresentativeDialog
from chair_app.ui.dialogs import (
    BirthDialog,
    ChildDialog,
    FamilyDialog,
    MeetingSetupDialog,
    PersonDialog,
    _FormDialog,
)
from chair_app.ui.i18n import app_translations
from chair_app.ui.launch import build_context
from chair_app.ui.main_window import MainWindow
from chair_app.ui.not_held import NotHeldDialog
from chair_app.ui.prompts import Prompts
from chair_app.ui.step_clock import StepClock
from chair_app.ui.steps.base import elide
from chair_app.ui.walkthrough import MeetingWalkthrough

DRAFT_ID = 2


@pytest.fixture
def welsh() -> Iterator[None]:
    """The window in Cymraeg; English again afterwards (other tests read English)."""
    assert app_translations().switch(Language.WELSH) == ""
    try:
        yield
    finally:
        app_translations().switch(Language.ENGLISH)


@pytest.fixture
def window(
    qtbot: QtBot, welsh: None, factory: SessionFactory, with_demo_family: None, data_dir: Path
) -> MainWindow:
    ctx = dataclasses.replace(build_context(factory, data_dir, FakePrompts()), today=lambda: TODAY)
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def _strings(value: object) -> Iterator[str]:
    """Every text held in a record: names, roles, agencies, what was typed (not labels)."""
    if isinstance(value, enum.Enum):
        return
    if isinstance(value, str):
        yield from (part for part in (value, *value.splitlines()) if part.strip())
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _strings(getattr(value, field.name))
    elif isinstance(value, (tuple, list, set, frozenset)):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)


def known_texts(factory: SessionFactory, meeting_id: int) -> tuple[str, ...]:
    """The family's names and the meeting's typed content, also shortened as a list shows it
    (90 characters) and as the list of what is missing quotes it (60): left as they are in
    Welsh."""
    meetings = MeetingService(factory)
    meeting = meetings.get(meeting_id)
    family = FamilyService(factory).get_family(meeting.family_id)
    texts = {*_strings(meeting), *_strings(family)}
    return tuple(texts | {elide(text, limit) for text in texts for limit in (90, 60)})


def _everyone_present(factory: SessionFactory, meeting_id: int) -> None:
    meetings = MeetingService(factory)
    meeting = meetings.get(meeting_id)
    for person in meetings.family_as_recorded(meeting_id).people:
        entry = meeting.attendance_of(person.id)
        meetings.set_attendance(
            meeting_id, dataclasses.replace(entry, status=AttendanceStatus.PRESENT)
        )


def _open(window: MainWindow, meeting_id: int) -> MeetingWalkthrough:
    window.open_meeting(meeting_id)
    walk = window.walkthrough
    assert walk is not None and walk.isVisible()
    return walk


def _page(walk: MeetingWalkthrough, key: StepKey) -> QWidget:
    walk.go_to(key)
    page = walk.pages.currentWidget()
    assert page is not None and page.isVisible()
    return page


def _click(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _english_on_screen(walk: MeetingWalkthrough, page: QWidget, known: tuple[str, ...]) -> list:
    """English left on the step's own page and on the clock above it. The step's title and
    purpose (from the agenda's data file) are not read here: they are not on the page."""
    clock = walk.findChild(StepClock)
    assert clock is not None
    return english_left(page, known) + english_left(clock, known)


def test_every_core_group_step_of_the_walk_through_is_in_welsh(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory
) -> None:
    meetings = MeetingService(factory)
    _everyone_present(factory, DRAFT_ID)
    meetings.start(DRAFT_ID)
    walk = _open(window, DRAFT_ID)
    known = known_texts(factory, DRAFT_ID)

    # Reasons, updates from each person present, the review of the plan.
    for key in (StepKey.REASONS, StepKey.UPDATES, StepKey.PLAN_REVIEW):
        page = _page(walk, key)
        assert _english_on_screen(walk, page, known) == [], key
    reasons = _page(walk, StepKey.REASONS)
    assert find(reasons, QLabel, "reasons_edit_hint").text() == (
        "Beth sydd wedi digwydd ers y cyfarfod diwethaf."
    )
    clock = walk.findChild(StepClock)
    assert clock is not None
    assert find(clock, QLabel, "step_elapsed_label").text().startswith("Y cam hwn: ")

    # Danger statements, with one added by the chair.
    page = _page(walk, StepKey.DANGER_STATEMENTS)
    add = find(page, QPushButton, "add_statement_button")
    assert add.text() == "&Ychwanegu datganiad"
    _click(qtbot, add)
    assert _english_on_screen(walk, page, known) == []
    assert find(page, QLabel, "statement_heading").text().startswith("Datganiad perygl ")

    # The contingency plan with a second part.
    page = _page(walk, StepKey.CONTINGENCY)
    _click(qtbot, find(page, QPushButton, "add_contingency_part_button"))
    assert _english_on_screen(walk, page, known) == []
    assert any(label.text() == "Rhan 2" for label in page.findChildren(QLabel))

    # A decision put to the meeting: the professionals' votes, the people heard, the tally.
    page = _page(walk, StepKey.DECISIONS)
    assert _english_on_screen(walk, page, known) == []
    _click(qtbot, find(page, QPushButton, "add_decision_button"))
    assert _english_on_screen(walk, page, known) == []
    assert find(page, QLabel, "heard_label").text().startswith("Wedi'u clywed, heb bleidleisio: ")

    # The next meeting, with a date later than the rule allows.
    page = _page(walk, StepKey.NEXT_MEETING)
    date_edit = find(page, QLineEdit, "next_date_edit")
    date_edit.selectAll()
    type_text(qtbot, date_edit, "1/6/2027")
    assert find(page, QLabel, "next_date_warning_label").isVisible()
    assert _english_on_screen(walk, page, known) == []
    assert find(page, QLabel, "next_date_edit_message").text() == "Dydd Mawrth 1 Mehefin 2027"
    assert find(page, QLabel, "next_gap_label").text().startswith("Mae hynny 190 diwrnod (27 wythnos")

    # The last step: what is missing, close, the chair's summary.
    page = _page(walk, StepKey.CLOSE)
    assert _english_on_screen(walk, page, known) == []
    assert find(page, QPushButton, "close_meeting_button").text() == "Cau'r cyfarfod"


def test_a_review_conference_decision_and_plan_review_are_in_welsh(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory
) -> None:
    meetings = MeetingService(factory)
    draft = meetings.get(DRAFT_ID)
    conference_id = meetings.create_meeting(
        draft.family_id,
        MeetingType.REVIEW_CONFERENCE,
        TODAY + dt.timedelta(days=7),
        dt.time(10, 0),
        draft.venue,
        draft.chair_id,
        draft.minute_taker_id,
    )
    _everyone_present(factory, conference_id)
    meetings.start(conference_id)
    walk = _open(window, conference_id)
    known = known_texts(factory, conference_id)
    for key in (StepKey.REASONS, StepKey.PLAN_REVIEW, StepKey.CONFERENCE_DECISION, StepKey.CLOSE):
        page = _page(walk, key)
        assert _english_on_screen(walk, page, known) == [], key
    page = _page(walk, StepKey.CONFERENCE_DECISION)
    assert find(page, QLabel, "conference_rule_label").text().startswith(
        "A yw cynllun amddiffyn pob plentyn yn parhau, neu'n dod i ben?"
    )
    reasons = _page(walk, StepKey.REASONS)
    assert find(reasons, QLabel, "reasons_edit_hint").text() == (
        "Cynnydd ar y cynllun ers y gynhadledd ddiwethaf."
    )


def _dialog_english(qtbot: QtBot, dialog: _FormDialog, known: tuple[str, ...]) -> list:
    """English in the dialog as it opens, and in the message OK gives for empty fields."""
    qtbot.addWidget(dialog)
    dialog.show()
    left = english_left(dialog, known)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    _click(qtbot, ok)
    if dialog.isVisible():
        message = find(dialog, QLabel, "dialog_message_label")
        assert message.isVisible() and message.text()
        left += english_left(dialog, known)
    dialog.close()
    return left


def test_the_shared_dialogs_are_in_welsh(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory
) -> None:
    meetings = MeetingService(factory)
    meeting = meetings.get(DRAFT_ID)
    family = FamilyService(factory).get_family(meeting.family_id)
    known = known_texts(factory, DRAFT_ID)
    person = family.people[0]
    unborn = Child(0, "Baby Marlowe", None, PlanType.CHILD_PROTECTION, (), unborn=True,
                   expected_date=TODAY + dt.timedelta(days=40))
    dialogs: list[_FormDialog] = [
        FamilyDialog(window),
        ChildDialog(window, today=TODAY),
        BirthDialog(window, unborn, today=TODAY),
        PersonDialog(window),
        MeetingSetupDialog(window, family, TODAY),
        NotHeldDialog(window, meeting, TODAY),
        AttendanceDetailsDialog(window, person, meeting.attendance_of(person.id)),
        RepresentativeDialog(window, person),
    ]
    for dialog in dialogs:
        assert _dialog_english(qtbot, dialog, (*known, "Baby Marlowe")) == [], type(dialog)
    family_dialog = FamilyDialog(window)
    qtbot.addWidget(family_dialog)
    assert family_dialog.windowTitle() == "Teulu"
    assert family_dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Canslo"
    _click(qtbot, family_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert find(family_dialog, QLabel, "dialog_message_label").text() == "Teipiwch enw'r teulu."
    not_held = NotHeldDialog(window, meeting, TODAY)
    qtbot.addWidget(not_held)
    assert not_held.reason_edit.toPlainText() == "Nid oedd y gweithiwr cymdeithasol yn bresennol."


def test_questions_and_notices_are_in_welsh(qtbot: QtBot, window: MainWindow) -> None:
    """The real message boxes (not the scripted ones other tests use): their buttons too."""
    seen: list[list[str]] = []

    def answer() -> None:
        """Read the buttons of the box shown, then close it (always: a test never hangs)."""
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append([button.text() for button in box.buttons()])
        if isinstance(box, QDialog):
            box.reject()

    prompts = Prompts()
    QTimer.singleShot(0, answer)
    assert not prompts.confirm(window, "Dileu", "Dileu'r penderfyniad hwn a'i bleidleisiau?")
    QTimer.singleShot(0, answer)
    prompts.info(window, "Gwahoddiad calendr", "Cadwyd.")
    assert seen == [["Ie", "Canslo"], ["Iawn"]]
