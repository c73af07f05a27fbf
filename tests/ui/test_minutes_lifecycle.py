"""The minutes after the meeting, through the real window: correct the wording, record copies
sent, record comments and rule on them, agree (which locks everything), add an addendum, export
each reader's copy and check a file. The demo family is fictional."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import docx
import pytest
from conftest import TODAY
from minutes_files import docx_first_lines, docx_footers
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from ui_helpers import FakePrompts, find, type_text

from chair_app.core.agenda import StepKey
from chair_app.core.domain import AttendanceEntry, AttendanceStatus, MeetingStatus
from chair_app.core.lifecycle import CommentStatus, MinutesStatus
from chair_app.models.db import SessionFactory
from chair_app.services.export_minutes import ExportFormat
from chair_app.ui.launch import build_context
from chair_app.ui.main_window import MainWindow
from chair_app.ui.walkthrough import MeetingWalkthrough

DAY = TODAY.strftime("%d/%m/%Y")
CORRECTED = "Ellie and Jacob have been on child protection plans for seven weeks."
KERRY_ASKS = "Please say that I went to three of the six parenting sessions."
ACCEPTED = (
    "Ellie and Jacob have been on plans for seven weeks. Kerry has been to three of six sessions."
)
DEAN_ASKS = "Leave the police call-out out of my update."
DECLINED = "The call-out was reported at the meeting; the minutes record it."


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
    ctx = dataclasses.replace(build_context(factory, data_dir, prompts), today=lambda: TODAY)
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.resize(1280, 820)
    main.show()
    qtbot.waitExposed(main)
    return main


def _meeting_id(window: MainWindow, status: MeetingStatus) -> int:
    return next(m.id for m in window.ctx.meetings.list_meetings() if m.status is status)


def _people(window: MainWindow) -> dict[str, int]:
    family = window.ctx.meetings.family_as_recorded(_meeting_id(window, MeetingStatus.CLOSED))
    return {
        (p.name.split()[-1] if p.name.startswith("PC ") else p.name.split()[0]): p.id
        for p in family.people
    }


def _open(qtbot: QtBot, window: MainWindow, meeting_id: int, step: StepKey) -> MeetingWalkthrough:
    window.open_meeting(meeting_id)
    walk = window.walkthrough
    assert walk is not None
    row = next(i for i, s in enumerate(walk.agenda) if s.key is step)
    item = walk.step_list.item(row)
    qtbot.mouseClick(
        walk.step_list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=walk.step_list.visualItemRect(item).center(),
    )
    assert walk.step_list.currentRow() == row
    return walk


def _click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), f"{button.objectName()} cannot be clicked"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _dialog(qtbot: QtBot, parent: QWidget, name: str) -> QDialog:
    qtbot.waitUntil(lambda: (d := parent.findChild(QDialog, name)) is not None and d.isVisible())
    dialog = parent.findChild(QDialog, name)
    assert dialog is not None
    return dialog


def _ok(qtbot: QtBot, dialog: QDialog) -> None:
    buttons = find(dialog, QDialogButtonBox, "dialog_buttons")
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def _message(dialog: QDialog) -> str:
    label = find(dialog, QLabel, "dialog_message_label")
    return label.text() if label.isVisible() else ""


def _choose(combo: QComboBox, text: str) -> None:
    index = next((i for i in range(combo.count()) if combo.itemText(i).startswith(text)), -1)
    assert index >= 0, f"{combo.objectName()} has no {text!r}"
    combo.setCurrentIndex(index)


def _replace_text(qtbot: QtBot, edit: QPlainTextEdit | QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


def _cells(table: QTableWidget, row: int) -> list[str]:
    items = [table.item(row, column) for column in range(table.columnCount())]
    return [item.text() if item is not None else "" for item in items]


def _select_row(qtbot: QtBot, table: QTableWidget, row: int) -> None:
    item = table.item(row, 0)
    assert item is not None
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualItemRect(item).center()
    )


def _tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Click the box itself (a wide check box only toggles on its box and label)."""
    was = box.isChecked()
    assert box.isVisible() and box.isEnabled()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked() is not was


def _status(walk: QWidget) -> str:
    return find(walk, QLabel, "minutes_status_label").text()


def _list_texts(widget: QListWidget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]  # type: ignore[union-attr]


def _not_yet_sent(walk: QWidget) -> list[str]:
    text = find(walk, QLabel, "not_yet_sent_label").text()
    return text.removeprefix("Not yet sent a copy: ").rstrip(".").split(", ")


def test_walk_the_minutes_from_draft_to_agreed_and_locked(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts, tmp_path: Path
) -> None:
    ctx, ids = window.ctx, _people(window)
    closed = _meeting_id(window, MeetingStatus.CLOSED)
    walk = _open(qtbot, window, closed, StepKey.CLOSE)
    panel = find(walk, QWidget, "minutes_panel")
    assert panel.isVisible()
    first_print = ctx.minutes.fingerprint(closed)
    assert "Draft" in _status(walk) and "not yet agreed" in _status(walk)
    assert first_print in _status(walk)

    # Correct the wording; the same text again is refused in the dialog.
    _click(qtbot, find(walk, QPushButton, "correct_wording_button"))
    dialog = _dialog(qtbot, panel, "correction_dialog")
    _choose(find(dialog, QComboBox, "correction_part_combo"), "Reasons for the meeting")
    before = ctx.meetings.get(closed).reasons
    assert find(dialog, QPlainTextEdit, "correction_current_text").toPlainText() == before
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "same as what it says now" in _message(dialog)
    _replace_text(qtbot, find(dialog, QPlainTextEdit, "correction_new_text"), CORRECTED)
    _choose(find(dialog, QComboBox, "correction_by_combo"), "Ffion Rhys (minute-taker)")
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert ctx.meetings.get(closed).reasons == CORRECTED
    (logged,) = _list_texts(find(walk, QListWidget, "corrections_list"))
    assert "Ffion Rhys: Reasons for the meeting" in logged and f"Now: {CORRECTED}" in logged
    assert first_print not in _status(walk)
    assert ctx.minutes.fingerprint(closed) in _status(walk)
    walk.go_to(StepKey.REASONS)  # the step shows the corrected wording
    assert find(walk, QPlainTextEdit, "reasons_edit").toPlainText() == CORRECTED
    walk.go_to(StepKey.CLOSE)

    # Record the copies sent: the not-yet-sent list shrinks.
    everyone = _not_yet_sent(walk)
    assert "Kerry Marlowe" in everyone and len(everyone) == len(ids)
    _click(qtbot, find(walk, QPushButton, "record_sent_button"))
    dialog = _dialog(qtbot, panel, "record_sent_dialog")
    assert find(dialog, QComboBox, "sent_person_combo").currentText().startswith("Kerry Marlowe")
    _choose(find(dialog, QComboBox, "sent_method_combo"), "Email")
    _ok(qtbot, dialog)
    _click(qtbot, find(walk, QPushButton, "record_sent_button"))
    dialog = _dialog(qtbot, panel, "record_sent_dialog")
    _choose(find(dialog, QComboBox, "sent_person_combo"), "Priya Desai")
    _choose(find(dialog, QComboBox, "sent_method_combo"), "Secure email")
    _choose(find(dialog, QComboBox, "sent_copy_combo"), "Full record")
    _replace_text(qtbot, find(dialog, QLineEdit, "sent_date_edit"), "24/11/2026")
    _ok(qtbot, dialog)
    table = find(walk, QTableWidget, "distribution_table")
    assert table.rowCount() == 2
    assert _cells(table, 0) == ["Kerry Marlowe", "Own copy", "Email", DAY, "1"]
    assert _cells(table, 1) == ["Priya Desai", "Full record", "Secure email", "24/11/2026", "1"]
    assert _not_yet_sent(walk) == [n for n in everyone if n not in ("Kerry Marlowe", "Priya Desai")]
    assert "Draft, circulated" in _status(walk)

    # Comments: an empty one is refused; two are recorded against their parts.
    for who, part, text in (
        ("Kerry Marlowe", "What has happened since last time", KERRY_ASKS),
        ("Dean Marlowe", "Updates from the family and each agency", DEAN_ASKS),
    ):
        _click(qtbot, find(walk, QPushButton, "add_comment_button"))
        dialog = _dialog(qtbot, panel, "comment_dialog")
        _choose(find(dialog, QComboBox, "comment_person_combo"), who)
        _choose(find(dialog, QComboBox, "comment_step_combo"), part)
        _ok(qtbot, dialog)
        assert dialog.isVisible() and "Write down what the comment asks" in _message(dialog)
        type_text(qtbot, find(dialog, QPlainTextEdit, "comment_text_edit"), text)
        _ok(qtbot, dialog)
        assert not dialog.isVisible()
    comments = find(walk, QTableWidget, "comments_table")
    assert [_cells(comments, r) for r in range(2)] == [
        ["Kerry Marlowe", DAY, "What has happened since last time", KERRY_ASKS, "Waiting"],
        ["Dean Marlowe", DAY, "Updates from the family and each agency", DEAN_ASKS, "Waiting"],
    ]

    # Agreement is refused while comments wait, with the reason, and no question is asked.
    _click(qtbot, find(walk, QPushButton, "agree_button"))
    assert prompts.errors[-1].startswith("2 comments wait for a ruling")
    assert panel.findChild(QDialog, "agree_dialog") is None
    assert not ctx.minutes.record(closed).is_agreed

    # Accept Kerry's comment: the correction dialog opens on the part it is about.
    accept = find(walk, QPushButton, "accept_comment_button")
    assert not accept.isEnabled() and "Choose a waiting comment" in accept.toolTip()
    _select_row(qtbot, comments, 0)
    _click(qtbot, accept)
    dialog = _dialog(qtbot, panel, "correction_dialog")
    assert KERRY_ASKS in find(dialog, QLabel, "correction_comment_label").text()
    assert (
        find(dialog, QComboBox, "correction_part_combo").currentText() == "Reasons for the meeting"
    )
    assert find(dialog, QPlainTextEdit, "correction_current_text").toPlainText() == CORRECTED
    _replace_text(qtbot, find(dialog, QPlainTextEdit, "correction_new_text"), ACCEPTED)
    _ok(qtbot, dialog)
    assert ctx.meetings.get(closed).reasons == ACCEPTED
    assert _cells(comments, 0)[-1] == f"Accepted {DAY}"
    newest = find(walk, QListWidget, "corrections_list").item(0)
    assert newest is not None
    assert "Priya Desai (accepting the comment from Kerry Marlowe)" in newest.text()
    assert f"Was:\n{CORRECTED}\n\nNow:\n{ACCEPTED}" == newest.toolTip()  # in full

    # Decline Dean's: the reason is required.
    _select_row(qtbot, comments, 1)
    _click(qtbot, find(walk, QPushButton, "decline_comment_button"))
    dialog = _dialog(qtbot, panel, "decline_dialog")
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "Give the reason" in _message(dialog)
    assert ctx.minutes.record(closed).comments[1].status is CommentStatus.PENDING
    type_text(qtbot, find(dialog, QPlainTextEdit, "decline_reason_edit"), DECLINED)
    _ok(qtbot, dialog)
    assert _cells(comments, 1)[-1] == f"Declined {DAY}: {DECLINED}"
    assert not find(walk, QPushButton, "decline_comment_button").isEnabled()
    assert ctx.meetings.get(closed).update_of(ids["Dean"]) != ""  # the update stays as it was

    # Mark as agreed.
    _click(qtbot, find(walk, QPushButton, "agree_button"))
    dialog = _dialog(qtbot, panel, "agree_dialog")
    assert find(dialog, QComboBox, "agreed_by_combo").currentText().startswith("Priya Desai")
    _ok(qtbot, dialog)
    record = ctx.minutes.record(closed)
    assert record.status is MinutesStatus.AGREED
    agreed = record.agreed_version
    assert agreed is not None
    status = _status(walk)
    assert f"Agreed</b>: version {agreed.number}, agreed on {DAY} by Priya Desai" in status
    assert agreed.fingerprint in status and agreed.fingerprint == ctx.minutes.fingerprint(closed)

    # Locked: every editing button is disabled and says why; sending copies still works.
    for name in (
        "correct_wording_button",
        "add_comment_button",
        "accept_comment_button",
        "decline_comment_button",
    ):
        button = find(walk, QPushButton, name)
        assert not button.isEnabled(), name
        assert "minutes are agreed" in button.toolTip(), name
    assert not find(walk, QPushButton, "agree_button").isVisible()
    _click(qtbot, find(walk, QPushButton, "record_sent_button"))
    dialog = _dialog(qtbot, panel, "record_sent_dialog")
    _choose(find(dialog, QComboBox, "sent_person_combo"), "Dean Marlowe")
    _choose(find(dialog, QComboBox, "sent_method_combo"), "Post")
    _ok(qtbot, dialog)
    assert _cells(table, 2) == [
        "Dean Marlowe", "Own copy", "Post", DAY, f"{agreed.number} (agreed)"
    ]

    # An addendum: printed after the minutes; the fingerprint stays.
    _click(qtbot, find(walk, QPushButton, "add_addendum_button"))
    dialog = _dialog(qtbot, panel, "addendum_dialog")
    type_text(qtbot, find(dialog, QPlainTextEdit, "addendum_reason_edit"), "The report came late.")
    type_text(
        qtbot,
        find(dialog, QPlainTextEdit, "addendum_text_edit"),
        "Jacob is back on the 25th centile.",
    )
    _ok(qtbot, dialog)
    (addendum,) = _list_texts(find(walk, QListWidget, "addenda_list"))
    assert "by Priya Desai" in addendum and "Jacob is back on the 25th centile." in addendum
    assert agreed.fingerprint in _status(walk)

    # Export Kerry's copy, then check the file from the File menu.
    folder = tmp_path / "minutes"
    folder.mkdir()
    _click(qtbot, find(walk, QPushButton, "export_copy_button"))
    dialog = _dialog(qtbot, panel, "export_copy_dialog")
    copy_combo = find(dialog, QComboBox, "copy_combo")
    assert [copy_combo.itemText(i) for i in (0, copy_combo.count() - 1)] == [
        "Full record",
        "Family summary",
    ]
    _choose(copy_combo, "Copy for Kerry Marlowe")
    assert (
        "Leaves out confidential third-party information"
        in find(dialog, QLabel, "copy_description_label").text()
    )
    prompts.directories.append(folder)
    with qtbot.waitSignal(window.exporter.export_finished, timeout=30000) as finished:
        _ok(qtbot, dialog)
    written = sorted(Path(p).name for p in finished.args[0])
    assert written == [
        "Marlowe family - Core Group - 2026-10-26 - Copy for Kerry Marlowe.docx",
        "Marlowe family - Core Group - 2026-10-26 - Copy for Kerry Marlowe.pdf",
    ]
    kerrys = folder / written[0]
    assert "Copy for Kerry Marlowe" in docx_first_lines(kerrys)
    note = f"Version {agreed.number} (agreed {DAY}) · SHA-256 {agreed.fingerprint}"
    assert all(note in footer for footer in docx_footers(kerrys))

    prompts.open_paths.append(kerrys)
    infos = len(prompts.infos)
    window.verify_action.trigger()
    qtbot.waitUntil(lambda: len(prompts.infos) > infos, timeout=30000)
    assert "is the agreed minutes (Copy for Kerry Marlowe)" in prompts.infos[-1]


def test_after_agreement_no_step_can_change_the_record(qtbot: QtBot, window: MainWindow) -> None:
    ctx = window.ctx
    closed = _meeting_id(window, MeetingStatus.CLOSED)
    ctx.minutes.agree(closed, None, TODAY)
    walk = _open(qtbot, window, closed, StepKey.CLOSE)
    # Widgets that stay usable and change nothing in the record: lists to read, a scale to
    # view, the calendar invite, exports, previews and copies sent (allowed after agreement).
    harmless = {
        "missing_list",
        "export_minutes_button",
        "scale_selector",
        "save_invite_button",
        "export_copy_button",
        "preview_copy_button",
        "record_sent_button",
        "add_addendum_button",
        "corrections_list",
    }
    for step in walk.agenda:
        walk.go_to(step.key)
        page = walk.step_pages[step.key]
        for widget in page.findChildren(QWidget):
            name = widget.objectName()
            if not widget.isVisibleTo(page) or name in harmless:
                continue
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                assert widget.isReadOnly() or not widget.isEnabled(), f"{step.key.value}: {name}"
            elif isinstance(widget, QComboBox | QSpinBox | QAbstractButton):
                assert not widget.isEnabled(), f"{step.key.value}: {name} is enabled"
    walk.go_to(StepKey.ATTENDANCE)
    add = find(walk, QPushButton, "add_exclusion_button")
    assert not add.isEnabled() and "minutes are agreed" in add.toolTip()


def test_a_refusal_arriving_while_a_dialog_is_open_is_shown_not_raised(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts
) -> None:
    ctx = window.ctx
    closed = _meeting_id(window, MeetingStatus.CLOSED)
    walk = _open(qtbot, window, closed, StepKey.CLOSE)
    panel = find(walk, QWidget, "minutes_panel")
    reasons = ctx.meetings.get(closed).reasons
    _click(qtbot, find(walk, QPushButton, "correct_wording_button"))
    dialog = _dialog(qtbot, panel, "correction_dialog")
    _replace_text(qtbot, find(dialog, QPlainTextEdit, "correction_new_text"), "Too late.")
    # Meanwhile the minutes are agreed elsewhere (another window on the same data).
    ctx.minutes.agree(closed, None, TODAY)
    _ok(qtbot, dialog)
    assert "agreed, so they can no longer be changed" in prompts.errors[-1]
    assert ctx.meetings.get(closed).reasons == reasons
    assert not find(walk, QPushButton, "correct_wording_button").isEnabled()
    assert "Agreed" in _status(walk)


def test_exclusion_recorded_and_removed_on_the_attendance_step(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts
) -> None:
    ctx, ids = window.ctx, _people(window)
    closed = _meeting_id(window, MeetingStatus.CLOSED)
    walk = _open(qtbot, window, closed, StepKey.ATTENDANCE)
    page = walk.step_pages[StepKey.ATTENDANCE]
    exclusions = find(walk, QListWidget, "exclusions_list")
    assert _list_texts(exclusions) == ["Nobody was excluded from any part of the meeting."]
    _click(qtbot, find(walk, QPushButton, "add_exclusion_button"))
    dialog = _dialog(qtbot, page, "exclusion_dialog")
    keys = [s.key for s in walk.agenda if s.key is not StepKey.CLOSE]
    assert all(find(dialog, QCheckBox, f"exclusion_step_{k.value}") for k in keys)
    people = find(dialog, QComboBox, "exclusion_person_combo")
    offered = [people.itemText(i) for i in range(people.count())]
    assert not any(n.startswith(("Priya Desai", "Ffion Rhys")) for n in offered)  # chair, minutes
    _choose(people, "Dean Marlowe")
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "Tick the parts" in _message(dialog)
    _tick(qtbot, find(dialog, QCheckBox, "exclusion_step_updates"))
    _tick(qtbot, find(dialog, QCheckBox, "exclusion_step_child_views"))
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "Say why" in _message(dialog)
    type_text(qtbot, find(dialog, QPlainTextEdit, "exclusion_reason_edit"), "Police information.")
    _ok(qtbot, dialog)
    assert _list_texts(exclusions) == [
        (
            "Dean Marlowe: Updates from the family and each agency, The children's views. "
            "Why: Police information."
        )
    ]
    (stored,) = ctx.minutes.record(closed).exclusions
    assert (stored.person_id, stored.steps) == (ids["Dean"], (StepKey.UPDATES, StepKey.CHILD_VIEWS))
    remove = find(walk, QPushButton, "remove_exclusion_button")
    assert not remove.isEnabled()
    exclusions.setCurrentRow(0)
    prompts.confirm_answers.append(False)
    _click(qtbot, remove)
    assert len(ctx.minutes.record(closed).exclusions) == 1  # cancelled
    _click(qtbot, remove)
    assert "Dean Marlowe" in prompts.confirmations[-1]
    assert ctx.minutes.record(closed).exclusions == ()
    assert _list_texts(exclusions) == ["Nobody was excluded from any part of the meeting."]


def test_exclusion_during_an_open_meeting(qtbot: QtBot, window: MainWindow) -> None:
    ctx, ids = window.ctx, _people(window)
    draft = _meeting_id(window, MeetingStatus.DRAFT)
    walk = _open(qtbot, window, draft, StepKey.ATTENDANCE)
    _click(qtbot, find(walk, QPushButton, "start_meeting_button"))
    _click(qtbot, find(walk, QPushButton, "add_exclusion_button"))
    dialog = _dialog(qtbot, walk.step_pages[StepKey.ATTENDANCE], "exclusion_dialog")
    _choose(find(dialog, QComboBox, "exclusion_person_combo"), "Kerry Marlowe")
    _tick(qtbot, find(dialog, QCheckBox, "exclusion_step_decisions"))
    type_text(qtbot, find(dialog, QPlainTextEdit, "exclusion_reason_edit"), "Police information.")
    _ok(qtbot, dialog)
    (stored,) = ctx.minutes.record(draft).exclusions
    assert (stored.person_id, stored.steps) == (ids["Kerry"], (StepKey.DECISIONS,))


def test_third_party_mark_is_saved_with_the_update_and_kept_while_typing(
    qtbot: QtBot, window: MainWindow
) -> None:
    ctx, ids = window.ctx, _people(window)
    draft = _meeting_id(window, MeetingStatus.DRAFT)
    ctx.meetings.start(draft)
    for who in ("Okoro", "Priya"):  # the Core Group goes ahead with its social worker
        ctx.meetings.set_attendance(draft, AttendanceEntry(ids[who], AttendanceStatus.PRESENT))
    walk = _open(qtbot, window, draft, StepKey.UPDATES)
    okoro = ids["Okoro"]

    def stored() -> tuple[str, bool]:
        update = next(u for u in ctx.meetings.get(draft).updates if u.person_id == okoro)
        return update.text, update.third_party

    box = find(walk, QCheckBox, f"third_party_{okoro}")
    assert box.text() == "Confidential third-party information (professionals only)"
    edit = find(walk, QPlainTextEdit, f"update_edit_{okoro}")
    type_text(qtbot, edit, "The neighbour has a caution.")
    _tick(qtbot, box)
    assert stored() == ("The neighbour has a caution.", True)
    type_text(qtbot, edit, " For harassment.")
    walk.controller.flush()
    assert stored() == ("The neighbour has a caution. For harassment.", True)
    _tick(qtbot, box)
    assert stored() == ("The neighbour has a caution. For harassment.", False)
    # Shown again as stored when the step is visited again.
    _tick(qtbot, box)
    walk.go_to(StepKey.ATTENDANCE)
    walk.go_to(StepKey.UPDATES)
    assert find(walk, QCheckBox, f"third_party_{okoro}").isChecked()


def test_copies_exported_to_one_folder_do_not_overwrite_each_other(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts, tmp_path: Path
) -> None:
    closed = _meeting_id(window, MeetingStatus.CLOSED)
    walk = _open(qtbot, window, closed, StepKey.CLOSE)
    panel = find(walk, QWidget, "minutes_panel")
    folder = tmp_path / "out"
    folder.mkdir()
    for choice in ("Full record", "Copy for Kerry Marlowe", "Family summary"):
        _click(qtbot, find(walk, QPushButton, "export_copy_button"))
        dialog = _dialog(qtbot, panel, "export_copy_dialog")
        _choose(find(dialog, QComboBox, "copy_combo"), choice)
        prompts.directories.append(folder)
        with qtbot.waitSignal(window.exporter.export_finished, timeout=30000):
            _ok(qtbot, dialog)
    stem = "Marlowe family - Core Group - 2026-10-26"
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        f"{stem}{suffix}.{fmt.value}"
        for suffix in ("", " - Copy for Kerry Marlowe", " - Family summary")
        for fmt in ExportFormat
    )
    assert prompts.confirmations == []  # nothing was about to be replaced
    assert docx_first_lines(folder / f"{stem} - Family summary.docx")[0] == "Family summary"
    assert "Full record" in docx_first_lines(folder / f"{stem}.docx")


def test_check_a_minutes_file_reports_a_draft_and_a_changed_file(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts, tmp_path: Path
) -> None:
    ctx = window.ctx
    closed = _meeting_id(window, MeetingStatus.CLOSED)
    draft = ctx.minutes.export(closed, ExportFormat.DOCX, tmp_path / "draft.docx", today=TODAY)
    changed = tmp_path / "changed.docx"
    document = docx.Document(str(draft))
    paragraph = next(
        p for p in document.paragraphs if "subject to child protection plans" in p.text
    )
    paragraph.runs[0].text = paragraph.runs[0].text.replace("child protection", "child in need")
    document.save(str(changed))
    for path, expected in ((draft, "is a draft"), (changed, "changed since it was exported")):
        prompts.open_paths.append(path)
        errors = len(prompts.errors)
        window.verify_action.trigger()
        qtbot.waitUntil(lambda errors=errors: len(prompts.errors) > errors, timeout=30000)
        assert expected in prompts.errors[-1]
        assert window.verify_action.isEnabled()
    assert prompts.infos == []
    # Cancelling the file picker checks nothing.
    window.verify_action.trigger()
    assert len(prompts.errors) == 2 and prompts.infos == []
