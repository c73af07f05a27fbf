"""The walk-through as a chair uses it: keys, plain-language steps, bad input, read-only records."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox
from pytestqt.qtbot import QtBot
from ui_helpers import FakePrompts, find, type_text

from chair_app.core.agenda import BUILT_IN_AGENDAS, StepKey
from chair_app.core.domain import AttendanceStatus, MeetingStatus, MeetingType
from chair_app.models.db import SessionFactory
from chair_app.services.meetings import MeetingService
from chair_app.ui.launch import build_context, open_data_into
from chair_app.ui.main_window import MainWindow

CLOSED_ID, DRAFT_ID = 1, 2


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
    main = MainWindow(build_context(factory, data_dir, prompts))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_keys_walk_every_step_with_its_plain_purpose(qtbot: QtBot, window: MainWindow) -> None:
    window.open_meeting(DRAFT_ID)
    walk = window.walkthrough
    assert walk is not None
    counter = find(walk, QLabel, "step_counter_label")
    # The draft is a Core Group; it follows the bundled Core Group agenda file, step by step.
    agenda = BUILT_IN_AGENDAS[MeetingType.CORE_GROUP]
    assert [step.key for step in walk.agenda] == [step.key for step in agenda]
    for index, step in enumerate(agenda, start=1):
        assert counter.text() == f"Step {index} of {len(agenda)}"
        assert find(walk, QLabel, "step_title_label").text() == step.title
        assert find(walk, QLabel, "step_purpose_label").text() == step.purpose
        qtbot.keyClick(walk.step_list, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert counter.text() == "Step 13 of 13"
    assert not find(walk, QPushButton, "next_button").isEnabled()
    qtbot.keyClick(walk.step_list, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert counter.text() == "Step 12 of 13"
    qtbot.keyClick(walk.step_list, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert counter.text() == "Step 11 of 13"


def test_typing_is_saved_within_a_second_without_any_save(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory
) -> None:
    window.open_meeting(DRAFT_ID)
    walk = window.walkthrough
    assert walk is not None
    walk.go_to(StepKey.THREE_COLUMNS)
    type_text(qtbot, find(walk, QPlainTextEdit, "working_well_edit"), "Maureen collects Ellie")
    service = MeetingService(factory)
    qtbot.waitUntil(
        lambda: service.get(DRAFT_ID).columns.working_well == "Maureen collects Ellie", timeout=1000
    )


@pytest.mark.parametrize(
    "pasted",
    [
        "Bell\x07 null\x00 escape\x1b[31m vertical\x0btab",
        "Emoji 👨‍👩‍👧 and a flag 🏴󠁧󠁢󠁷󠁬󠁳󠁿",
        "עברית and العربية mixed with English",
        "Welsh: ŵ ŷ Ŵ Ŷ — Gwŷr y Gŵyl",
        "long " * 20_000,
    ],
    ids=["control-characters", "emoji", "right-to-left", "welsh", "100k-characters"],
)
def test_pasted_text_is_kept_exactly_and_exports(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory, prompts: FakePrompts,
    tmp_path: Path, pasted: str,
) -> None:
    service = MeetingService(factory)
    window.open_meeting(DRAFT_ID)
    walk = window.walkthrough
    assert walk is not None
    walk.go_to(StepKey.DANGER_STATEMENTS)
    edit = find(walk, QPlainTextEdit, "statement_edit")
    edit.selectAll()
    type_text(qtbot, edit, pasted)
    walk.go_to(StepKey.THREE_COLUMNS)  # leaving the step saves at once
    stored = service.get(DRAFT_ID).statements[0].statement
    assert stored == pasted.replace("\r", "")  # stored exactly: cleaning is for documents only
    # Record the rest and close, then export: neither file may fail on the pasted text.
    for person_id in (4, 5, 6):
        service.set_attendance(DRAFT_ID, service.get(DRAFT_ID).attendance_of(person_id).__class__(
            person_id, AttendanceStatus.PRESENT))
    service.start(DRAFT_ID)
    service.close(DRAFT_ID)
    window.close_meeting()
    window.open_meeting(DRAFT_ID)
    walk = window.walkthrough
    assert walk is not None
    walk.go_to(StepKey.CLOSE)
    out = tmp_path / "out"
    out.mkdir()
    prompts.directories.append(out)
    with qtbot.waitSignal(window.exporter.export_finished, timeout=30000) as finished:
        qtbot.mouseClick(find(walk, QPushButton, "export_minutes_button"), Qt.MouseButton.LeftButton)
    assert len(finished.args[0]) == 2
    assert sorted(p.suffix for p in out.iterdir()) == [".docx", ".pdf"]


def test_malformed_next_date_is_explained_at_the_field_and_nothing_is_lost(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory
) -> None:
    window.open_meeting(DRAFT_ID)
    walk = window.walkthrough
    assert walk is not None
    walk.go_to(StepKey.NEXT_MEETING)
    date = find(walk, QLineEdit, "next_date_edit")
    type_text(qtbot, date, "21/12/2026")
    type_text(qtbot, find(walk, QLineEdit, "next_venue_edit"), "Room 2")
    date.clear()
    type_text(qtbot, date, "32/12/2026")
    message = find(walk, QLabel, "next_date_edit_message")
    assert message.isVisible()
    assert "December 2026 has no day 32" in message.text()
    walk.go_to(StepKey.CLOSE)
    saved = MeetingService(factory).get(DRAFT_ID).next_meeting
    assert saved.date is not None and saved.date.isoformat() == "2026-12-21"
    assert saved.venue == "Room 2"


def test_closed_meeting_is_read_only(qtbot: QtBot, window: MainWindow) -> None:
    window.open_meeting(CLOSED_ID)
    walk = window.walkthrough
    assert walk is not None
    walk.go_to(StepKey.DANGER_STATEMENTS)
    assert find(walk, QPlainTextEdit, "statement_edit").isReadOnly()
    assert not find(walk, QPushButton, "add_statement_button").isEnabled()
    walk.go_to(StepKey.SCALING)
    spins = walk.findChildren(QSpinBox)
    assert spins and not any(spin.isEnabled() for spin in spins)
    walk.go_to(StepKey.CLOSE)
    assert not find(walk, QPushButton, "close_meeting_button").isVisible()
    assert find(walk, QPushButton, "export_minutes_button").isVisible()


def test_close_review_lists_gaps_and_leads_to_the_step(qtbot: QtBot, window: MainWindow) -> None:
    window.open_meeting(DRAFT_ID)
    walk = window.walkthrough
    assert walk is not None
    qtbot.mouseClick(find(walk, QPushButton, "start_meeting_button"), Qt.MouseButton.LeftButton)
    # With the social worker there, the chair may leave the introductions for any step.
    social_worker = next(p for p in walk.controller.family.people if p.role == "Social worker")
    status = find(walk, QComboBox, f"attendance_status_{social_worker.id}")
    status.setCurrentIndex(status.findData(AttendanceStatus.PRESENT))
    walk.go_to(StepKey.CLOSE)
    from PySide6.QtWidgets import QListWidget

    missing = find(walk, QListWidget, "missing_list")
    texts = [missing.item(i).text() for i in range(missing.count())]
    # The actions carried from the last meeting wait for their review.
    not_reviewed = "“Write the family safety plan with Kerry, Dean and Maureen.” from last time is not reviewed."
    assert not_reviewed in texts
    assert "The next meeting has no date." in texts
    item = next(missing.item(i) for i in range(missing.count()) if missing.item(i).text() == not_reviewed)
    missing.itemActivated.emit(item)
    assert find(walk, QLabel, "step_title_label").text() == "Review of the plan"


def test_closing_with_gaps_asks_first_and_cancel_keeps_it_open(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts
) -> None:
    window.open_meeting(DRAFT_ID)
    walk = window.walkthrough
    assert walk is not None
    qtbot.mouseClick(find(walk, QPushButton, "start_meeting_button"), Qt.MouseButton.LeftButton)
    walk.go_to(StepKey.CLOSE)
    prompts.confirm_answers.append(False)
    qtbot.mouseClick(find(walk, QPushButton, "close_meeting_button"), Qt.MouseButton.LeftButton)
    assert "still missing" in prompts.confirmations[-1]
    assert walk.controller.meeting.status is MeetingStatus.IN_PROGRESS


def test_export_into_a_missing_folder_says_so_and_writes_nothing(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts, tmp_path: Path
) -> None:
    missing = tmp_path / "no-such-folder"
    prompts.directories.append(missing)
    window.family_page.meetings_table.selectRow(1)  # the closed meeting (newest first)
    with qtbot.waitSignal(window.exporter.export_failed, timeout=10000) as failed:
        qtbot.mouseClick(find(window, QPushButton, "family_export_button"), Qt.MouseButton.LeftButton)
    assert "does not exist" in failed.args[0]
    assert prompts.errors and "does not exist" in prompts.errors[-1]
    assert not missing.exists()


def test_existing_minutes_are_not_replaced_without_asking(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    stem = window.ctx.exports.file_stem(CLOSED_ID)
    old = out / f"{stem}.pdf"
    old.write_bytes(b"an earlier copy")
    prompts.directories.append(out)
    prompts.confirm_answers.append(False)
    window.family_page.meetings_table.selectRow(1)
    qtbot.mouseClick(find(window, QPushButton, "family_export_button"), Qt.MouseButton.LeftButton)
    assert "already exist" in prompts.confirmations[-1]
    assert old.read_bytes() == b"an earlier copy"
    assert not (out / f"{stem}.docx").exists()


def test_same_person_cannot_chair_and_take_minutes_in_an_existing_meeting(
    factory: SessionFactory, with_demo_family: None,
) -> None:
    from chair_app.core.rules import RuleViolation

    service = MeetingService(factory)
    meeting = service.get(DRAFT_ID)
    with pytest.raises(RuleViolation, match="two different people"):
        service.update_details(DRAFT_ID, meeting.date, meeting.start_time, meeting.venue, 4, 4)


def test_data_folder_that_cannot_be_opened_is_explained_in_the_window(
    qtbot: QtBot, tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("not a folder")
    main = MainWindow()
    qtbot.addWidget(main)
    assert not open_data_into(main, not_a_folder, demo=False)
    text = find(main, QLabel, "loading_label").text()
    assert "cannot open your data" in text
    assert not_a_folder.read_text() == "not a folder"


def test_damaged_database_is_not_overwritten(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    damaged = folder / "chair.sqlite3"
    damaged.write_bytes(b"this is not a database " * 200)
    before = damaged.read_bytes()
    main = MainWindow()
    qtbot.addWidget(main)
    assert not open_data_into(main, folder, demo=False)
    assert "damaged" in find(main, QLabel, "loading_label").text() or "not a database" in find(
        main, QLabel, "loading_label"
    ).text()
    assert damaged.read_bytes() == before


def test_only_core_group_is_offered_and_votes_follow_attendance(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.open_meeting(DRAFT_ID)
    walk = window.walkthrough
    assert walk is not None
    family = walk.controller.family
    meeting = walk.controller.meeting
    # A professional who neither chairs nor takes the minutes: they vote when present.
    social_worker = next(
        p
        for p in family.people
        if p.is_professional and p.id not in (meeting.chair_id, meeting.minute_taker_id)
    )
    combo = find(walk, QComboBox, f"attendance_status_{social_worker.id}")
    combo.setCurrentIndex(combo.findData(AttendanceStatus.PRESENT))
    walk.go_to(StepKey.DECISIONS)
    qtbot.mouseClick(find(walk, QPushButton, "add_decision_button"), Qt.MouseButton.LeftButton)
    assert walk.findChild(QComboBox, f"vote_{social_worker.id}") is not None
    walk.go_to(StepKey.ATTENDANCE)
    combo = find(walk, QComboBox, f"attendance_status_{social_worker.id}")
    combo.setCurrentIndex(combo.findData(AttendanceStatus.APOLOGIES))
    walk.go_to(StepKey.DECISIONS)
    assert walk.findChild(QComboBox, f"vote_{social_worker.id}") is None


def test_meeting_details_can_be_corrected_but_never_to_one_person_in_both_roles(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtWidgets import QDialog

    window.open_meeting(DRAFT_ID)
    walk = window.walkthrough
    assert walk is not None
    qtbot.mouseClick(find(walk, QPushButton, "edit_details_button"), Qt.MouseButton.LeftButton)
    dialog = find(walk, QDialog, "meeting_details_dialog")
    date = find(dialog, QLineEdit, "meeting_date_edit")
    assert date.text() == "23/11/2026"
    date.clear()
    type_text(qtbot, date, "24/11/2026")
    chair = find(dialog, QComboBox, "chair_combo")
    minutes = find(dialog, QComboBox, "minute_taker_combo")
    minutes.setCurrentIndex(chair.currentIndex())
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    assert "two different people" in find(dialog, QLabel, "dialog_message_label").text()
    minutes.setCurrentIndex(minutes.findText("Ffion Rhys (Health visitor)"))
    dialog.buttons.accepted.emit()
    assert walk.controller.meeting.date.isoformat() == "2026-11-24"
    assert "Tuesday 24 November 2026" in find(walk, QLabel, "meeting_details_label").text()
