"""Each meeting type through the real window: who gives a view at a conference, the chair's
decision against the majority, professionals only at a strategy meeting, a Core Group without its
social worker, an inquorate conference, and every type's own agenda."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
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
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
)
from pytestqt.qtbot import QtBot
from ui_helpers import FakePrompts, find, type_text

from chair_app.core.agenda import BUILT_IN_AGENDAS, StepKey
from chair_app.core.domain import (
    SUPPORTED_MEETING_TYPES,
    AttendanceStatus,
    Child,
    CPCategory,
    MeetingStatus,
    MeetingType,
    Person,
    PlanType,
    PlanView,
)
from chair_app.models.db import SessionFactory
from chair_app.services.families import FamilyService
from chair_app.services.meetings import MeetingService
from chair_app.ui.launch import build_context
from chair_app.ui.main_window import MainWindow
from chair_app.ui.walkthrough import MeetingWalkthrough

MEETING_DAY = dt.date(2026, 11, 23)
P, A = AttendanceStatus.PRESENT, AttendanceStatus.APOLOGIES
NOT_RECORDED = AttendanceStatus.NOT_RECORDED

# Every name here is made up.
PEOPLE = {
    "mother": ("Hollie Tennant", "Mother", "", False),
    "father": ("Gareth Tennant", "Father", "", False),
    "advocate": ("Ruth Beck", "Parents' advocate", "Westbury Family Advocacy", False),
    "sw": ("Amara Osei", "Social worker", "Westbury Children's Social Care", True),
    "hv": ("Kit Doyle", "Health visitor", "Westbury Community Health", True),
    "teacher": ("Owen Pugh", "Class teacher", "Hillside Primary School", True),
    "police": ("DC Sara Lund", "Police officer", "Westbury Police", True),
    "chair": ("Jan Ellis", "Independent chair", "Westbury Safeguarding Unit", True),
    "minutes": ("Lee Grant", "Minute-taker", "Westbury Business Support", True),
}


@dataclass
class Tennants:
    family_id: int
    people: dict[str, int]
    children: dict[str, int]
    meetings: MeetingService

    def meeting(self, meeting_type: MeetingType, *, start: bool = True) -> int:
        meeting_id = self.meetings.create_meeting(
            self.family_id,
            meeting_type,
            MEETING_DAY,
            dt.time(10, 0),
            "Westbury Civic Centre, Room 2",
            self.people["chair"],
            self.people["minutes"],
        )
        if start:
            self.meetings.start(meeting_id)
        return meeting_id


@pytest.fixture
def tennants(factory: SessionFactory) -> Tennants:
    families = FamilyService(factory)
    family_id = families.create_family("Tennant family")
    children = {
        key: families.save_child(
            family_id, Child(0, name, born, PlanType.CHILD_PROTECTION, (CPCategory.NEGLECT,))
        )
        for key, name, born in (
            ("mia", "Mia Tennant", dt.date(2017, 3, 14)),
            ("leo", "Leo Tennant", dt.date(2022, 8, 1)),
        )
    }
    people = {
        key: families.save_person(family_id, Person(0, name, role, agency, professional))
        for key, (name, role, agency, professional) in PEOPLE.items()
    }
    return Tennants(family_id, people, children, MeetingService(factory))


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def window(
    qtbot: QtBot, factory: SessionFactory, data_dir: Path, prompts: FakePrompts, tennants: Tennants
) -> MainWindow:
    main = MainWindow(build_context(factory, data_dir, prompts))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    assert find(main, QLabel, "family_title_label").text() == "Tennant family"
    return main


def _click(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _combo_to(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, f"{combo.objectName()} has no option {data!r}"
    combo.setCurrentIndex(index)


def _open(window: MainWindow, meeting_id: int) -> MeetingWalkthrough:
    window.open_meeting(meeting_id)
    walk = window.walkthrough
    assert walk is not None and walk.isVisible()
    return walk


def _mark(
    walk: MeetingWalkthrough, tennants: Tennants, attendance: dict[str, AttendanceStatus]
) -> None:
    """Choose each person's attendance on the attendance page, as the chair would."""
    for key, status in attendance.items():
        _combo_to(find(walk, QComboBox, f"attendance_status_{tennants.people[key]}"), status)


def _counter(walk: MeetingWalkthrough) -> str:
    return find(walk, QLabel, "step_counter_label").text()


def _next(qtbot: QtBot, walk: MeetingWalkthrough) -> None:
    _click(qtbot, find(walk, QPushButton, "next_button"))


# The parents, the advocate and the agencies that take part; the police officer sent apologies.
# The chair and the minute-taker are left unrecorded, so that they play no part in the views.
CONFERENCE_ATTENDANCE = {
    "mother": P,
    "father": P,
    "advocate": P,
    "sw": P,
    "hv": P,
    "teacher": P,
    "police": A,
}


def _view_combo(
    walk: MeetingWalkthrough, tennants: Tennants, child: str, person: str
) -> QComboBox | None:
    return walk.findChild(
        QComboBox, f"plan_view_{tennants.children[child]}_{tennants.people[person]}"
    )


def _to_conference_decision(
    qtbot: QtBot, window: MainWindow, tennants: Tennants, meeting_type: MeetingType
) -> tuple[int, MeetingWalkthrough]:
    meeting_id = tennants.meeting(meeting_type)
    walk = _open(window, meeting_id)
    _mark(walk, tennants, CONFERENCE_ATTENDANCE)
    _next(qtbot, walk)
    assert _counter(walk) == "Step 2 of 12"  # quorate: nothing asked
    walk.go_to(StepKey.CONFERENCE_DECISION)
    assert find(walk, QLabel, "step_title_label").text() == "Decision for each child"
    return meeting_id, walk


# (a) Who gives a view at an initial conference, and the tally of each child


def test_initial_conference_views_only_from_professionals_present_and_the_tally_per_child(
    qtbot: QtBot, window: MainWindow, tennants: Tennants, prompts: FakePrompts
) -> None:
    _, walk = _to_conference_decision(qtbot, window, tennants, MeetingType.INITIAL_CONFERENCE)
    assert prompts.confirmations == []
    for child in ("mia", "leo"):
        for person in ("sw", "hv", "teacher"):
            assert _view_combo(walk, tennants, child, person) is not None, (child, person)
            assert (
                walk.findChild(
                    QCheckBox,
                    f"plan_category_{tennants.children[child]}_{tennants.people[person]}_neglect",
                )
                is not None
            )
        for person in ("mother", "father", "advocate", "police"):
            assert _view_combo(walk, tennants, child, person) is None, (
                f"{person} was offered a view"
            )
    heard = find(walk, QLabel, "conference_heard_label")
    assert heard.isVisible()
    assert heard.text() == "Heard, not counted: Hollie Tennant, Gareth Tennant, Ruth Beck."

    mia, leo = tennants.children["mia"], tennants.children["leo"]
    mia_tally, leo_tally = (
        find(walk, QLabel, f"plan_tally_{mia}"),
        find(walk, QLabel, f"plan_tally_{leo}"),
    )
    untouched = (
        "Child protection plan: 0; No plan: 0; no view yet: 3. Majority: none (tied or no views)."
    )
    assert mia_tally.text() == untouched
    _combo_to(_view_combo(walk, tennants, "mia", "sw"), PlanView.PLAN)
    assert mia_tally.text() == (
        "Child protection plan: 1; No plan: 0; no view yet: 2. Majority: child protection plan."
    )
    _combo_to(_view_combo(walk, tennants, "mia", "hv"), PlanView.NO_PLAN)
    assert mia_tally.text() == (
        "Child protection plan: 1; No plan: 1; no view yet: 1. Majority: none (tied or no views)."
    )
    _combo_to(_view_combo(walk, tennants, "mia", "teacher"), PlanView.NO_PLAN)
    assert mia_tally.text() == "Child protection plan: 1; No plan: 2. Majority: no plan."
    assert leo_tally.text() == untouched  # each child is decided on their own
    _combo_to(_view_combo(walk, tennants, "leo", "teacher"), PlanView.PLAN)
    assert leo_tally.text() == (
        "Child protection plan: 1; No plan: 0; no view yet: 2. Majority: child protection plan."
    )
    assert mia_tally.text() == "Child protection plan: 1; No plan: 2. Majority: no plan."
    stored = tennants.meetings.get(walk.controller.meeting_id)
    assert {
        (v.child_id, v.person_id, v.view)
        for v in stored.plan_views
        if v.view is not PlanView.NOT_GIVEN
    } == {
        (mia, tennants.people["sw"], PlanView.PLAN),
        (mia, tennants.people["hv"], PlanView.NO_PLAN),
        (mia, tennants.people["teacher"], PlanView.NO_PLAN),
        (leo, tennants.people["teacher"], PlanView.PLAN),
    }


def test_a_professional_marked_absent_loses_their_view_box(
    qtbot: QtBot, window: MainWindow, tennants: Tennants
) -> None:
    _, walk = _to_conference_decision(qtbot, window, tennants, MeetingType.INITIAL_CONFERENCE)
    assert _view_combo(walk, tennants, "mia", "teacher") is not None
    walk.go_to(StepKey.ATTENDANCE)
    _mark(walk, tennants, {"teacher": A, "police": P})
    walk.go_to(StepKey.CONFERENCE_DECISION)
    assert _view_combo(walk, tennants, "mia", "teacher") is None
    assert _view_combo(walk, tennants, "mia", "police") is not None


# (b) The chair's decision against the majority needs a reason before the close


def test_chair_against_the_majority_needs_a_reason_before_the_meeting_closes(
    qtbot: QtBot, window: MainWindow, tennants: Tennants, prompts: FakePrompts
) -> None:
    meeting_id, walk = _to_conference_decision(
        qtbot, window, tennants, MeetingType.INITIAL_CONFERENCE
    )
    mia, leo = tennants.children["mia"], tennants.children["leo"]
    for person, view in (
        ("sw", PlanView.PLAN),
        ("hv", PlanView.PLAN),
        ("teacher", PlanView.NO_PLAN),
    ):
        _combo_to(_view_combo(walk, tennants, "mia", person), view)
        _combo_to(_view_combo(walk, tennants, "leo", person), PlanView.PLAN)
    # Leo: the chair follows the majority. Mia: the chair decides no plan, against 2 to 1.
    _combo_to(find(walk, QComboBox, f"chair_decision_{leo}"), PlanView.PLAN)
    find(walk, QCheckBox, f"decision_category_{leo}_neglect").setChecked(True)
    assert not find(walk, QLabel, f"decision_differs_{leo}").isVisible()
    _combo_to(find(walk, QComboBox, f"chair_decision_{mia}"), PlanView.NO_PLAN)
    differs = find(walk, QLabel, f"decision_differs_{mia}")
    assert differs.isVisible()
    assert "differs from the majority" in differs.text()
    assert "give the reason" in differs.text()
    assert "cannot close" in differs.text()
    dissent = find(walk, QLabel, f"plan_dissent_{mia}")
    assert "Amara Osei" in dissent.text() and "Kit Doyle" in dissent.text()

    walk.go_to(StepKey.CLOSE)
    missing = find(walk, QListWidget, "missing_list")
    listed = [missing.item(i).text() for i in range(missing.count())]
    needs_reason = (
        "The chair's decision for Mia Tennant differs from the majority of views, "
        "so it needs a reason."
    )
    assert needs_reason in listed
    _click(qtbot, find(walk, QPushButton, "close_meeting_button"))
    assert prompts.errors and needs_reason in prompts.errors[-1]
    assert walk.controller.meeting.status is MeetingStatus.IN_PROGRESS
    assert tennants.meetings.get(meeting_id).status is MeetingStatus.IN_PROGRESS
    assert find(walk, QPushButton, "close_meeting_button").isVisible()

    walk.go_to(StepKey.CONFERENCE_DECISION)
    reason = "Mia's school sees her every day and has no worries; a child in need plan is enough."
    type_text(qtbot, find(walk, QLineEdit, f"decision_reason_{mia}"), reason)
    errors_before = len(prompts.errors)
    walk.go_to(StepKey.CLOSE)  # leaving the step saves what was typed
    listed = [missing.item(i).text() for i in range(missing.count())]
    assert needs_reason not in listed
    _click(qtbot, find(walk, QPushButton, "close_meeting_button"))
    assert len(prompts.errors) == errors_before, prompts.errors
    assert walk.controller.meeting.status is MeetingStatus.CLOSED
    text = tennants.meetings.build_minutes(meeting_id).plain_text()
    assert "The chair's decision differs from the majority of views. Reason: " + reason in text


def test_typing_the_chairs_reason_clears_the_warning(
    qtbot: QtBot, window: MainWindow, tennants: Tennants
) -> None:
    meeting_id, walk = _to_conference_decision(
        qtbot, window, tennants, MeetingType.INITIAL_CONFERENCE
    )
    mia = tennants.children["mia"]
    for person, view in (
        ("sw", PlanView.PLAN),
        ("hv", PlanView.PLAN),
        ("teacher", PlanView.NO_PLAN),
    ):
        _combo_to(_view_combo(walk, tennants, "mia", person), view)
    _combo_to(find(walk, QComboBox, f"chair_decision_{mia}"), PlanView.NO_PLAN)
    differs = find(walk, QLabel, f"decision_differs_{mia}")
    assert "give the reason" in differs.text()
    type_text(qtbot, find(walk, QLineEdit, f"decision_reason_{mia}"), "The school has no worries.")
    qtbot.waitUntil(
        lambda: (
            tennants.meetings.get(meeting_id).decision_for(mia).reason
            == "The school has no worries."
        ),
        timeout=2000,
    )
    qtbot.wait(50)
    assert "give the reason" not in differs.text()
    assert "the reason is recorded" in differs.text()


def test_typing_a_dissenters_reason_shows_it_in_the_dissent_line(
    qtbot: QtBot, window: MainWindow, tennants: Tennants
) -> None:
    meeting_id, walk = _to_conference_decision(
        qtbot, window, tennants, MeetingType.INITIAL_CONFERENCE
    )
    mia = tennants.children["mia"]
    for person, view in (
        ("sw", PlanView.PLAN),
        ("hv", PlanView.PLAN),
        ("teacher", PlanView.NO_PLAN),
    ):
        _combo_to(_view_combo(walk, tennants, "mia", person), view)
    _combo_to(find(walk, QComboBox, f"chair_decision_{mia}"), PlanView.PLAN)
    dissent = find(walk, QLabel, f"plan_dissent_{mia}")
    assert "Owen Pugh (Hillside Primary School): no reason given yet" in dissent.text()
    teacher = tennants.people["teacher"]
    type_text(qtbot, find(walk, QLineEdit, f"plan_reason_{mia}_{teacher}"), "Mia is thriving.")
    qtbot.waitUntil(
        lambda: (
            tennants.meetings.get(meeting_id).plan_view_of(mia, teacher).reason
            == "Mia is thriving."
        ),
        timeout=2000,
    )
    qtbot.wait(50)
    assert "Owen Pugh (Hillside Primary School): Mia is thriving." in dissent.text()


# (c) A strategy meeting is for professionals only


def test_strategy_meeting_asks_before_recording_a_parent_present(
    qtbot: QtBot, window: MainWindow, tennants: Tennants, prompts: FakePrompts
) -> None:
    meeting_id = tennants.meeting(MeetingType.STRATEGY)
    walk = _open(window, meeting_id)
    rule = find(walk, QLabel, "attendance_rule_label")
    assert rule.isVisible() and "professionals only" in rule.text()
    _mark(walk, tennants, {"sw": P, "police": P})
    assert prompts.confirmations == []  # professionals are recorded without a question

    mother = tennants.people["mother"]
    combo = find(walk, QComboBox, f"attendance_status_{mother}")
    prompts.confirm_answers.append(False)
    _combo_to(combo, P)
    assert len(prompts.confirmations) == 1
    assert "professionals only" in prompts.confirmations[0]
    assert "Hollie Tennant" in prompts.confirmations[0]
    assert combo.currentData() is NOT_RECORDED
    stored = tennants.meetings.get(meeting_id)
    assert stored.attendance_of(mother).status is NOT_RECORDED
    assert not stored.non_professionals_acknowledged

    prompts.confirm_answers.append(True)
    _combo_to(combo, P)
    assert len(prompts.confirmations) == 2
    assert combo.currentData() is P
    stored = tennants.meetings.get(meeting_id)
    assert stored.attendance_of(mother).status is P
    assert stored.non_professionals_acknowledged
    assert prompts.errors == []
    assert "the chair acknowledged that family members or advocates were present" in (
        tennants.meetings.build_minutes(meeting_id).plain_text()
    )


# (d) A Core Group without its social worker is recorded as not held


def test_core_group_without_social_worker_declining_stays_on_attendance(
    qtbot: QtBot, window: MainWindow, tennants: Tennants, prompts: FakePrompts
) -> None:
    meeting_id = tennants.meeting(MeetingType.CORE_GROUP)
    walk = _open(window, meeting_id)
    _mark(walk, tennants, {"mother": P, "hv": P, "sw": A})
    rule = find(walk, QLabel, "attendance_rule_label")
    assert "without the child's social worker" in rule.text()
    prompts.confirm_answers.append(False)
    _next(qtbot, walk)
    assert len(prompts.confirmations) == 1
    assert "social worker" in prompts.confirmations[0]
    assert "not held" in prompts.confirmations[0]
    assert _counter(walk) == "Step 1 of 13"
    assert walk.findChild(QDialog, "not_held_dialog") is None
    assert tennants.meetings.get(meeting_id).status is MeetingStatus.IN_PROGRESS


def test_core_group_without_social_worker_recorded_as_not_held_with_a_new_draft(
    qtbot: QtBot, window: MainWindow, tennants: Tennants, prompts: FakePrompts
) -> None:
    meeting_id = tennants.meeting(MeetingType.CORE_GROUP)
    walk = _open(window, meeting_id)
    _mark(walk, tennants, {"mother": P, "hv": P, "teacher": P, "sw": A})
    prompts.confirm_answers.append(True)
    _next(qtbot, walk)
    dialog = find(walk, QDialog, "not_held_dialog")
    assert dialog.isVisible()
    reason_edit = find(dialog, QPlainTextEdit, "not_held_reason_edit")
    assert reason_edit.toPlainText() == "The social worker was not present."
    # An empty reason, or a new date that is not after this meeting, is refused at the dialog.
    reason_edit.clear()
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    assert "Say why" in find(dialog, QLabel, "dialog_message_label").text()
    reason = "Amara Osei was called to an emergency; nobody could cover."
    type_text(qtbot, reason_edit, reason)
    date_edit = find(dialog, QLineEdit, "new_meeting_date_edit")
    date_edit.clear()
    type_text(qtbot, date_edit, "23/11/2026")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    assert "after" in find(dialog, QLabel, "dialog_message_label").text()
    date_edit.clear()
    type_text(qtbot, date_edit, "07/12/2026")
    time_edit = find(dialog, QLineEdit, "new_meeting_time_edit")
    time_edit.clear()
    type_text(qtbot, time_edit, "14:00")
    dialog.buttons.accepted.emit()

    assert window.walkthrough is None, "the chair was not taken back to the family"
    assert prompts.errors == []
    table = find(window, QTableWidget, "meetings_table")
    rows = {
        tuple(table.item(row, column).text() for column in range(3))
        for row in range(table.rowCount())
    }
    assert rows == {("23/11/2026", "Core Group", "Not held"), ("07/12/2026", "Core Group", "Draft")}
    old = tennants.meetings.get(meeting_id)
    assert old.status is MeetingStatus.NOT_HELD
    assert old.not_held_reason == reason
    new_id = next(
        table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        for row in range(table.rowCount())
        if table.item(row, 2).text() == "Draft"
    )
    new = tennants.meetings.get(new_id)
    assert (new.date, new.start_time, new.venue) == (
        dt.date(2026, 12, 7),
        dt.time(14, 0),
        "Westbury Civic Centre, Room 2",
    )
    assert (new.chair_id, new.minute_taker_id) == (
        tennants.people["chair"],
        tennants.people["minutes"],
    )


def test_child_in_need_meeting_goes_ahead_without_the_social_worker(
    qtbot: QtBot, window: MainWindow, tennants: Tennants, prompts: FakePrompts
) -> None:
    walk = _open(window, tennants.meeting(MeetingType.CHILD_IN_NEED))
    _mark(walk, tennants, {"mother": P, "hv": P, "sw": A})
    assert not find(walk, QLabel, "attendance_rule_label").isVisible()
    _next(qtbot, walk)
    assert prompts.confirmations == []
    assert _counter(walk) == "Step 2 of 13"


# (e) A conference that is not quorate


def test_inquorate_conference_warns_naming_what_is_missing(
    qtbot: QtBot, window: MainWindow, tennants: Tennants, prompts: FakePrompts
) -> None:
    meeting_id = tennants.meeting(MeetingType.INITIAL_CONFERENCE)
    walk = _open(window, meeting_id)
    _mark(walk, tennants, {"mother": P, "sw": A, "hv": P, "teacher": P, "police": P})
    rule = find(walk, QLabel, "attendance_rule_label")
    assert "Not quorate yet. Children's social care is not present." in rule.text()

    prompts.confirm_answers.append(False)
    _next(qtbot, walk)
    assert len(prompts.confirmations) == 1
    assert "not quorate" in prompts.confirmations[0]
    assert "Children's social care is not present." in prompts.confirmations[0]
    assert _counter(walk) == "Step 1 of 12"
    assert tennants.meetings.get(meeting_id).quorum_shortfall == ""

    prompts.confirm_answers.append(True)
    _next(qtbot, walk)
    assert len(prompts.confirmations) == 2
    assert _counter(walk) == "Step 2 of 12"
    assert (
        tennants.meetings.get(meeting_id).quorum_shortfall
        == "Children's social care is not present."
    )
    # Asked once: going back and on again does not ask again.
    walk.go_to(StepKey.ATTENDANCE)
    assert "The chair went ahead anyway" in rule.text()
    _next(qtbot, walk)
    assert len(prompts.confirmations) == 2
    assert _counter(walk) == "Step 2 of 12"
    text = tennants.meetings.build_minutes(meeting_id).plain_text()
    assert (
        "The conference was not quorate and the chair went ahead: "
        "Children's social care is not present."
    ) in text


def test_conference_with_too_few_agencies_names_them(
    qtbot: QtBot, window: MainWindow, tennants: Tennants, prompts: FakePrompts
) -> None:
    walk = _open(window, tennants.meeting(MeetingType.REVIEW_CONFERENCE))
    _mark(walk, tennants, {"mother": P, "sw": P, "hv": P, "teacher": A, "police": A})
    prompts.confirm_answers.append(False)
    _next(qtbot, walk)
    assert (
        "Only 2 agencies are present (Westbury Children's Social Care, Westbury Community "
        "Health); at least 3 are needed."
    ) in prompts.confirmations[0]
    assert _counter(walk) == "Step 1 of 13"


def test_inquorate_conference_warns_when_a_later_step_is_picked_in_the_agenda_list(
    qtbot: QtBot, window: MainWindow, tennants: Tennants, prompts: FakePrompts
) -> None:
    walk = _open(window, tennants.meeting(MeetingType.INITIAL_CONFERENCE))
    _mark(walk, tennants, {"mother": P, "sw": A, "hv": P, "teacher": P, "police": P})
    prompts.confirm_answers.append(False)
    walk.step_list.setCurrentRow(2)  # a click on "3. Information from the family and agencies"
    assert prompts.confirmations and "not quorate" in prompts.confirmations[0]


# (f) Every meeting type, created from the New meeting dialog, walks its own agenda


@pytest.mark.parametrize("meeting_type", SUPPORTED_MEETING_TYPES, ids=lambda t: t.value)
def test_every_meeting_type_created_in_the_dialog_walks_its_own_agenda(
    qtbot: QtBot, window: MainWindow, tennants: Tennants, meeting_type: MeetingType
) -> None:
    _click(qtbot, find(window, QPushButton, "new_meeting_button"))
    dialog = find(window.family_page, QDialog, "meeting_setup_dialog")
    _combo_to(find(dialog, QComboBox, "meeting_type_combo"), meeting_type)
    _combo_to(find(dialog, QComboBox, "chair_combo"), tennants.people["chair"])
    _combo_to(find(dialog, QComboBox, "minute_taker_combo"), tennants.people["minutes"])
    type_text(qtbot, find(dialog, QLineEdit, "meeting_venue_edit"), "Westbury Civic Centre")
    dialog.buttons.accepted.emit()
    walk = window.walkthrough
    assert walk is not None and walk.isVisible()
    assert (
        find(walk, QLabel, "meeting_title_label").text() == f"{meeting_type.label}: Tennant family"
    )
    assert walk.controller.meeting.meeting_type is meeting_type
    agenda = BUILT_IN_AGENDAS[meeting_type]
    steps = find(walk, QListWidget, "step_list")
    assert [steps.item(i).text() for i in range(steps.count())] == [
        f"{index}. {step.title}" for index, step in enumerate(agenda, start=1)
    ]
    for index, step in enumerate(agenda, start=1):
        assert _counter(walk) == f"Step {index} of {len(agenda)}"
        assert find(walk, QLabel, "step_title_label").text() == step.title
        assert find(walk, QLabel, "step_purpose_label").text() == step.purpose
        assert walk.pages.currentWidget().objectName() == f"page_{step.key.value}"
        qtbot.keyClick(walk.step_list, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert _counter(walk) == f"Step {len(agenda)} of {len(agenda)}"
    _click(qtbot, find(walk, QPushButton, "back_to_family_button"))
    table = find(window, QTableWidget, "meetings_table")
    assert [table.item(row, 1).text() for row in range(table.rowCount())] == [meeting_type.label]


def test_new_meeting_dialog_offers_every_meeting_type(qtbot: QtBot, window: MainWindow) -> None:
    _click(qtbot, find(window, QPushButton, "new_meeting_button"))
    dialog = find(window.family_page, QDialog, "meeting_setup_dialog")
    combo = find(dialog, QComboBox, "meeting_type_combo")
    assert [combo.itemData(i) for i in range(combo.count())] == list(SUPPORTED_MEETING_TYPES)
    assert set(SUPPORTED_MEETING_TYPES) == set(MeetingType)
