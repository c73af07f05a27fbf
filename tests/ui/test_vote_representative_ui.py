"""A representative votes for their absent colleague's agency on the decisions step, as the
chair would record it: the row reads "For [agency], given by [name]", the tally counts it and
the minutes print it."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from conftest import TODAY
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot
from ui_helpers import FakePrompts, find

from chair_app.core.agenda import StepKey
from chair_app.core.domain import AttendanceEntry, AttendanceStatus, MeetingStatus, Person
from chair_app.models.db import SessionFactory
from chair_app.ui.launch import build_context
from chair_app.ui.main_window import MainWindow

POLICE = "Northfield Police, Public Protection Unit"


@pytest.fixture
def window(
    qtbot: QtBot, factory: SessionFactory, with_demo_family: None, data_dir: Path
) -> MainWindow:
    ctx = dataclasses.replace(build_context(factory, data_dir, FakePrompts()), today=lambda: TODAY)
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.resize(1280, 820)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_representative_records_the_agencys_vote_through_the_window(
    qtbot: QtBot, window: MainWindow
) -> None:
    meetings = window.ctx.meetings
    draft = next(m.id for m in meetings.list_meetings() if m.status is MeetingStatus.DRAFT)
    family = meetings.family_as_recorded(draft)
    ids = {p.name: p.id for p in family.people}
    # The draft: Priya chairs, Tom takes the minutes; PC Okoro could not come, and DS Lena
    # Frost came in his place.
    for name in ("Priya Desai", "Tom Ashby", "Ffion Rhys", "Kerry Marlowe"):
        meetings.set_attendance(draft, AttendanceEntry(ids[name], AttendanceStatus.PRESENT))
    lena = meetings.add_representative(
        draft, ids["PC Daniel Okoro"], Person(0, "DS Lena Frost", "Detective sergeant", POLICE, True)
    )
    window.open_meeting(draft)
    walk = window.walkthrough
    assert walk is not None
    walk.go_to(StepKey.DECISIONS)
    qtbot.mouseClick(find(walk, QPushButton, "add_decision_button"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(walk.focusWidget(), "Ask for an early review conference?")

    okoro = ids["PC Daniel Okoro"]
    row = find(walk, QLabel, f"voter_label_{okoro}")
    assert row.text() == f"For {POLICE}, given by DS Lena Frost"
    assert walk.findChild(QComboBox, f"vote_{ids['Priya Desai']}") is None  # the chair
    assert walk.findChild(QComboBox, f"vote_{ids['Tom Ashby']}") is None  # the minute-taker
    assert walk.findChild(QComboBox, f"vote_{lena}") is None  # her vote is the agency's
    assert walk.findChild(QLineEdit, f"heard_{ids['Kerry Marlowe']}") is not None

    # As a person would: focus the vote, open it with the keyboard, choose "Against".
    choice = find(walk, QComboBox, f"vote_{okoro}")
    choice.setFocus()
    qtbot.keyClick(choice, Qt.Key.Key_Down)
    qtbot.keyClick(choice, Qt.Key.Key_Down)
    assert choice.currentText() == "Against"
    reason = find(walk, QLineEdit, f"vote_reason_{okoro}")
    qtbot.mouseClick(reason, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(reason, "Too soon to tell.")
    ffion = find(walk, QComboBox, f"vote_{ids['Ffion Rhys']}")
    ffion.setFocus()
    qtbot.keyClick(ffion, Qt.Key.Key_Down)
    assert ffion.currentText() == "For"
    walk.controller.flush()

    [decision] = meetings.get(draft).decisions
    assert {(v.person_id, v.choice.value, v.reason) for v in decision.votes} == {
        (okoro, "against", "Too soon to tell."),
        (ids["Ffion Rhys"], "for", ""),
    }
    assert "For 1, against 1" in find(walk, QLabel, "tally_label").text()
    text = meetings.build_minutes(draft, with_chart=False).plain_text()
    assert f"for {POLICE}, given by DS Lena Frost | {POLICE} | Against | Too soon to tell." in text
    assert "Tally: For 1, against 1, abstained 0. Outcome: No majority (votes tied)." in text
