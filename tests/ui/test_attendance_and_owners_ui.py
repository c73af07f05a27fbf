"""Issue 12, what real cases need recorded, through the real window: who was invited, why
people were absent, who arrived late or left early, an interpreter, the children present, a
representative chosen from the network and one added there and then; actions owned jointly,
by the family and by someone outside the network. The exported minutes are read back.

Every name here is made up (the demo family, and the people added in the test).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
)
from pytestqt.qtbot import QtBot
from ui_helpers import FakePrompts, find, type_text

from chair_app.core.agenda import StepKey
from chair_app.core.domain import AttendanceStatus, Person
from chair_app.models.db import SessionFactory
from chair_app.services.export_minutes import ExportFormat
from chair_app.services.families import FamilyService
from chair_app.ui.launch import build_context
from chair_app.ui.main_window import MainWindow
from chair_app.ui.walkthrough import MeetingWalkthrough as Walkthrough

Key = Qt.Key
SHOTS = Path("/tmp/chair-issue12-attendance")


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
    families = FamilyService(factory)
    family_id = families.list_families()[0].id
    # A detective in the network already, who comes for the police officer today.
    families.save_person(
        family_id, Person(0, "DC Mo Finch", "Detective constable", "Northfield Police", True)
    )
    main = MainWindow(build_context(factory, data_dir, prompts))
    qtbot.addWidget(main)
    main.show()  # the default window size
    qtbot.waitExposed(main)
    return main


def _ids(window: MainWindow) -> dict[str, int]:
    family = window.family_page.family
    assert family is not None
    return {p.name: p.id for p in family.people} | {c.name: c.id for c in family.children}


def _choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick an entry with the arrow keys, as a keyboard user does in a closed combo box."""
    combo.setFocus()
    qtbot.keyClick(combo, Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText().startswith(text):
            return
        qtbot.keyClick(combo, Key.Key_Down)
    raise AssertionError(f"{combo.objectName()} has no {text!r}")


def _press_space(qtbot: QtBot, widget: QCheckBox | QPushButton) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Key.Key_Space)


def _ok(qtbot: QtBot, dialog: QDialog) -> None:
    button = dialog.findChild(QDialogButtonBox, "dialog_buttons").button(
        QDialogButtonBox.StandardButton.Ok
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _open_meeting(qtbot: QtBot, window: MainWindow, ids: dict[str, int]) -> Walkthrough:
    qtbot.mouseClick(find(window, QPushButton, "new_meeting_button"), Qt.MouseButton.LeftButton)
    dialog = find(window.family_page, QDialog, "meeting_setup_dialog")
    find(dialog, QLineEdit, "meeting_date_edit").clear()
    type_text(qtbot, find(dialog, QLineEdit, "meeting_date_edit"), "30/11/2026")
    type_text(qtbot, find(dialog, QLineEdit, "meeting_time_edit"), "10:30")
    chair = find(dialog, QComboBox, "chair_combo")
    chair.setCurrentIndex(chair.findData(ids["Priya Desai"]))
    minutes = find(dialog, QComboBox, "minute_taker_combo")
    minutes.setCurrentIndex(minutes.findData(ids["Ffion Rhys"]))
    dialog.buttons.accepted.emit()
    walk = window.walkthrough
    assert walk is not None
    qtbot.mouseClick(find(walk, QPushButton, "start_meeting_button"), Qt.MouseButton.LeftButton)
    return walk


def _details(qtbot: QtBot, walk: Walkthrough, person_id: int) -> QDialog:
    qtbot.mouseClick(
        find(walk, QPushButton, f"attendance_details_button_{person_id}"),
        Qt.MouseButton.LeftButton,
    )
    dialog = find(walk, QDialog, "attendance_details_dialog")
    assert dialog.isVisible()
    return dialog


def _record_attendance(qtbot: QtBot, walk: Walkthrough, ids: dict[str, int]) -> None:
    status = {
        "Kerry Marlowe": "Present",
        "Maureen Price": "Sent apologies",
        "Priya Desai": "Present",
        "Ffion Rhys": "Present",
        "Tom Ashby": "Represented by someone else",
        "PC Daniel Okoro": "Represented by someone else",
        "Jo Clarke": "Present",
    }
    for name, text in status.items():
        _choose(qtbot, find(walk, QComboBox, f"attendance_status_{ids[name]}"), text)

    # Dean was not invited: the chair unticks "Invited" and says why.
    dean = ids["Dean Marlowe"]
    reason = find(walk, QLineEdit, f"absence_reason_{dean}")
    assert not reason.isVisibleTo(walk), "a reason is asked only of someone absent"
    _press_space(qtbot, find(walk, QCheckBox, f"invited_{dean}"))
    assert reason.isVisibleTo(walk)
    type_text(qtbot, reason, "Excluded by the chair after the incident")
    type_text(
        qtbot, find(walk, QLineEdit, f"absence_reason_{ids['Maureen Price']}"),
        "Hospital appointment",
    )

    # Kerry needed a Polish interpreter.
    dialog = _details(qtbot, walk, ids["Kerry Marlowe"])
    _press_space(qtbot, find(dialog, QCheckBox, "interpreter_box"))
    _ok(qtbot, dialog)
    assert dialog.isVisible(), "an interpreter with no language was accepted"
    assert "language" in find(dialog, QLabel, "dialog_message_label").text()
    type_text(qtbot, find(dialog, QLineEdit, "interpreter_language_edit"), "Polish")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: walk.findChild(QDialog, "attendance_details_dialog") is None)

    # Jo Clarke arrived late and left early; a malformed time is refused, plainly.
    dialog = _details(qtbot, walk, ids["Jo Clarke"])
    type_text(qtbot, find(dialog, QLineEdit, "arrived_at_edit"), "25:70")
    type_text(qtbot, find(dialog, QLineEdit, "left_at_edit"), "11:15")
    _ok(qtbot, dialog)
    message = find(dialog, QLabel, "dialog_message_label").text()
    assert dialog.isVisible() and message.startswith("Arrived at: “25:70” is not a time."), message
    arrived = find(dialog, QLineEdit, "arrived_at_edit")
    arrived.clear()
    type_text(qtbot, arrived, "11:40")
    _ok(qtbot, dialog)
    assert "not after arrived at 11:40" in find(dialog, QLabel, "dialog_message_label").text()
    arrived.clear()
    type_text(qtbot, arrived, "10:40")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: walk.findChild(QDialog, "attendance_details_dialog") is None)
    assert find(walk, QLabel, f"attendance_details_label_{ids['Jo Clarke']}").text() == (
        "Arrived 10:40; left 11:15."
    )

    # The police officer's representative is already in the network: chosen from it.
    _choose(qtbot, find(walk, QComboBox, f"representative_combo_{ids['PC Daniel Okoro']}"),
            "DC Mo Finch")

    # The class teacher's deputy is not: added there and then, as a person of the network.
    tom = ids["Tom Ashby"]
    qtbot.mouseClick(
        find(walk, QPushButton, f"add_representative_button_{tom}"), Qt.MouseButton.LeftButton
    )
    dialog = find(walk, QDialog, "representative_dialog")
    assert find(dialog, QLineEdit, "representative_agency_edit").text() == (
        "Brookfield Primary School"
    ), "the agency they speak for is the teacher's"
    _ok(qtbot, dialog)
    assert dialog.isVisible()
    assert find(dialog, QLabel, "dialog_message_label").text() == (
        "Type the representative's name."
    )
    type_text(qtbot, find(dialog, QLineEdit, "representative_name_edit"), "Helen Carter")
    type_text(qtbot, find(dialog, QLineEdit, "representative_role_edit"), "Deputy headteacher")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: walk.findChild(QDialog, "representative_dialog") is None)

    # Ellie came to the meeting; Jacob did not.
    _press_space(qtbot, find(walk, QCheckBox, f"child_present_{ids['Ellie Marlowe']}"))


def test_attendance_details_are_recorded_through_the_step_and_printed(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts, tmp_path: Path
) -> None:
    ids = _ids(window)
    walk = _open_meeting(qtbot, window, ids)
    _record_attendance(qtbot, walk, ids)
    walk.controller.flush()

    family = walk.controller.family
    helen = next(p for p in family.people if p.name == "Helen Carter")
    assert (helen.role, helen.agency, helen.is_professional) == (
        "Deputy headteacher", "Brookfield Primary School", True
    )
    meeting = walk.controller.ctx.meetings.get(walk.controller.meeting_id)
    dean = meeting.attendance_of(ids["Dean Marlowe"])
    assert not dean.invited
    assert dean.absence_reason == "Excluded by the chair after the incident"
    assert meeting.attendance_of(ids["Maureen Price"]).absence_reason == "Hospital appointment"
    assert meeting.attendance_of(ids["Kerry Marlowe"]).interpreter == "Polish"
    jo = meeting.attendance_of(ids["Jo Clarke"])
    assert (jo.arrived_at, jo.left_at, jo.status) == (
        dt.time(10, 40), dt.time(11, 15), AttendanceStatus.PRESENT
    )
    assert meeting.attendance_of(ids["PC Daniel Okoro"]).representative_id == ids["DC Mo Finch"]
    tom = meeting.attendance_of(ids["Tom Ashby"])
    assert (tom.status, tom.representative_id) == (AttendanceStatus.REPRESENTED, helen.id)
    assert meeting.children_present == (ids["Ellie Marlowe"],)
    # The page says it back: the representative's own row, and the summary.
    assert find(walk, QLabel, f"attendance_details_label_{helen.id}").text() == (
        "Here in place of Tom Ashby."
    )
    summary = find(walk, QLabel, "attendance_summary_label").text()
    assert "1 not invited" in summary and "not recorded" not in summary, summary

    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()  # lay out as the event loop would before it paints
    window.grab().save(str(SHOTS / "attendance_step.png"))
    scroll = find(walk, QScrollArea, "step_pages_scroll")
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    QApplication.processEvents()
    window.grab().save(str(SHOTS / "attendance_step_scrolled.png"))

    # Leaving the step and coming back shows the same.
    walk.go_to(StepKey.REASONS)
    walk.go_to(StepKey.ATTENDANCE)
    assert not find(walk, QCheckBox, f"invited_{ids['Dean Marlowe']}").isChecked()
    assert find(walk, QCheckBox, f"child_present_{ids['Ellie Marlowe']}").isChecked()
    combo = find(walk, QComboBox, f"representative_combo_{ids['Tom Ashby']}")
    assert combo.currentData() == helen.id

    _close(walk)
    rows = _minutes_attendance_rows(window, walk, tmp_path)
    assert rows["Kerry Marlowe"] == "Present; interpreter: Polish"
    assert rows["Jo Clarke"] == "Present; arrived 10:40; left 11:15"
    assert rows["Dean Marlowe"] == (
        "Not invited; reason: Excluded by the chair after the incident"
    )
    assert rows["Maureen Price"] == "Sent apologies; reason: Hospital appointment"
    assert rows["Tom Ashby"] == (
        "Represented by Helen Carter (Deputy headteacher), for Brookfield Primary School"
    )
    assert rows["PC Daniel Okoro"] == (
        "Represented by DC Mo Finch (Detective constable), for Northfield Police"
    )
    assert rows["Helen Carter"] == "Came in place of Tom Ashby"
    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "minutes.docx")).paragraphs)
    assert "Children at the meeting: Ellie Marlowe." in text
    assert "Everyone listed was invited, except those marked “Not invited”." in text


def _close(walk: Walkthrough) -> None:
    controller = walk.controller
    controller.flush()
    controller.change(lambda: controller.ctx.meetings.close(controller.meeting_id))
    assert controller.meeting.is_closed


def _minutes_attendance_rows(
    window: MainWindow, walk: Walkthrough, folder: Path
) -> dict[str, str]:
    exports = walk.controller.ctx.exports
    exports.export(walk.controller.meeting_id, ExportFormat.DOCX, folder / "minutes.docx")
    exports.export(walk.controller.meeting_id, ExportFormat.PDF, SHOTS / "minutes.pdf",
                   overwrite=True)
    document = docx.Document(str(folder / "minutes.docx"))
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Name"
                 and t.rows[0].cells[3].text == "Attendance")
    return {row.cells[0].text: row.cells[3].text for row in table.rows[1:]}


def _select_action(qtbot: QtBot, walk: Walkthrough, index: int) -> None:
    table = find(walk, QTableWidget, "actions_table")
    table.setFocus()
    table.selectRow(index)
    QApplication.processEvents()


def test_action_owners_are_recorded_through_the_step_and_printed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    ids = _ids(window)
    walk = _open_meeting(qtbot, window, ids)
    _choose(qtbot, find(walk, QComboBox, f"attendance_status_{ids['Priya Desai']}"), "Present")
    walk.go_to(StepKey.ACTIONS)
    carried = len(walk.controller.meeting.actions)
    add = find(walk, QPushButton, "add_action_button")

    # Kerry and Dean, jointly: Kerry under "Who", Dean ticked under "Together with".
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    what = find(walk, QPlainTextEdit, "action_what_edit")
    type_text(qtbot, what, "Go to every session of the parenting course together.")
    _choose(qtbot, find(walk, QComboBox, "action_owner_combo"), "Kerry Marlowe")
    joint = find(walk, QListWidget, "action_joint_owners_list")
    joint.setFocus()
    for row in range(joint.count()):
        if joint.item(row).text().startswith("Dean Marlowe"):
            joint.setCurrentRow(row)
            qtbot.keyClick(joint, Key.Key_Space)
    type_text(qtbot, find(walk, QLineEdit, "action_due_edit"), "14/12/2026")

    # The family as a whole.
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    type_text(qtbot, what, "Keep bedtime calm and quiet.")
    _choose(qtbot, find(walk, QComboBox, "action_owner_combo"), "The family as a whole")

    # A friend in the safety network, who is not in the network.
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    type_text(qtbot, what, "Have the children for tea every Wednesday.")
    other = find(walk, QLineEdit, "action_owner_other_edit")
    assert not other.isVisibleTo(walk)
    _choose(qtbot, find(walk, QComboBox, "action_owner_combo"), "Someone not in the network")
    assert other.isVisibleTo(walk)
    type_text(qtbot, other, "Aunt Rose, a friend in the safety network")
    walk.controller.flush()

    new = walk.controller.meeting.actions[carried:]
    assert [(a.owner_id, a.joint_owner_ids, a.owner_family, a.owner_other) for a in new] == [
        (ids["Kerry Marlowe"], (ids["Dean Marlowe"],), False, ""),
        (None, (), True, ""),
        (None, (), False, "Aunt Rose, a friend in the safety network"),
    ]
    table = find(walk, QTableWidget, "actions_table")
    who = [table.item(row, 2).text() for row in range(carried, carried + 3)]
    assert who == [
        "Kerry Marlowe and Dean Marlowe",
        "The family",
        "Aunt Rose, a friend in the safety n…",  # the whole of it in the tip
    ]
    assert table.item(carried + 2, 2).toolTip() == (
        "Aunt Rose, a friend in the safety network (not in the network)"
    )
    # Back on the joint action, the form shows both owners; Kerry cannot be ticked twice.
    _select_action(qtbot, walk, carried)
    assert find(walk, QComboBox, "action_owner_combo").currentData() == ids["Kerry Marlowe"]
    ticked = [joint.item(r).text() for r in range(joint.count())
              if joint.item(r).checkState() is Qt.CheckState.Checked]
    assert ticked == ["Dean Marlowe (Father)"]
    kerry_item = next(joint.item(r) for r in range(joint.count())
                      if joint.item(r).text().startswith("Kerry"))
    assert not kerry_item.flags() & Qt.ItemFlag.ItemIsEnabled

    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()  # lay out as the event loop would before it paints
    window.grab().save(str(SHOTS / "actions_step.png"))
    scroll = find(walk, QScrollArea, "step_pages_scroll")
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    QApplication.processEvents()
    window.grab().save(str(SHOTS / "actions_step_scrolled.png"))

    _close(walk)
    exports = walk.controller.ctx.exports
    path = exports.export(walk.controller.meeting_id, ExportFormat.DOCX, tmp_path / "m.docx")
    exports.export(walk.controller.meeting_id, ExportFormat.PDF, SHOTS / "actions_minutes.pdf",
                   overwrite=True)
    document = docx.Document(str(path))
    table = next(t for t in document.tables if t.rows[0].cells[1].text == "What")
    printed = {row.cells[1].text: row.cells[3].text for row in table.rows[1:]}
    assert printed["Go to every session of the parenting course together."] == (
        "Kerry Marlowe and Dean Marlowe"
    )
    assert printed["Keep bedtime calm and quiet."] == "The family"
    assert printed["Have the children for tea every Wednesday."] == (
        "Aunt Rose, a friend in the safety network (not in the network)"
    )


def test_an_older_record_s_typed_representative_still_shows_and_is_kept(
    qtbot: QtBot, window: MainWindow
) -> None:
    ids = _ids(window)
    walk = _open_meeting(qtbot, window, ids)
    okoro = ids["PC Daniel Okoro"]
    meetings, meeting_id = walk.controller.ctx.meetings, walk.controller.meeting_id
    # As an older record has it: a name typed, no person of the network.
    meetings.set_attendance(
        meeting_id,
        replace(
            meetings.get(meeting_id).attendance_of(okoro),
            status=AttendanceStatus.REPRESENTED,
            represented_by="DS Ann Reed",
        ),
    )
    walk.controller.reload()
    walk.step_pages[StepKey.ATTENDANCE].refresh()
    typed = find(walk, QLineEdit, f"represented_by_{okoro}")
    assert typed.isVisibleTo(walk) and typed.text() == "DS Ann Reed"
    combo = find(walk, QComboBox, f"representative_combo_{okoro}")
    assert combo.currentData() is None
    # Choosing a person of the network replaces it in the minutes, but the typed name is kept.
    _choose(qtbot, combo, "DC Mo Finch")
    entry = walk.controller.meeting.attendance_of(okoro)
    assert (entry.representative_id, entry.represented_by) == (ids["DC Mo Finch"], "DS Ann Reed")
    assert not typed.isVisibleTo(walk)
    _choose(qtbot, combo, "Choose who came")
    assert walk.controller.meeting.attendance_of(okoro).representative_id is None
    assert typed.isVisibleTo(walk) and typed.text() == "DS Ann Reed"
