"""Timescales as the chair sees them in the real window: the latest date of the next meeting and
its rule, the warning for a later date, the calendar invite, the nation and policy settings, and
the family's table of what is due and overdue.

The demo family (made relative to TODAY, Mon 23 Nov 2026) has a Core Group held on Mon 26 Oct
2026, minutes not exported, and the next Core Group booked as a draft on TODAY. Every date below
is worked out by hand; bank-holiday premises are checked with the holidays package.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import zoneinfo
from pathlib import Path

import holidays
import pytest
from conftest import TODAY
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
)
from pytestqt.qtbot import QtBot
from ui_helpers import FakePrompts, find, type_text

from chair_app.core.agenda import StepKey
from chair_app.core.domain import AttendanceStatus, MeetingStatus, MeetingType
from chair_app.core.timescales import Nation
from chair_app.models.db import SessionFactory
from chair_app.services.families import FamilyService
from chair_app.services.meetings import MeetingService
from chair_app.services.settings import SettingsService
from chair_app.ui.launch import build_context
from chair_app.ui.main_window import MainWindow
from chair_app.ui.walkthrough import MeetingWalkthrough

LONDON = zoneinfo.ZoneInfo("Europe/London")
NO_EMAIL = "Kerry Marlowe, Dean Marlowe, Maureen Price, PC Daniel Okoro, Jo Clarke"


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
    # The demo before its held meeting's minutes went out: they are overdue by TODAY.
    ctx = dataclasses.replace(build_context(factory, data_dir, prompts), today=lambda: TODAY)
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    ctx.background.wait()  # deadlines are worked out off the main thread
    return main


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _click(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _demo_meeting(factory: SessionFactory, status: MeetingStatus) -> int:
    family = FamilyService(factory).get_family(1)
    return next(m.id for m in family.meetings if m.status is status)


def _person(factory: SessionFactory, name: str) -> int:
    return next(p.id for p in FamilyService(factory).get_family(1).people if p.name == name)


def _open_next_meeting_step(qtbot: QtBot, window: MainWindow, meeting_id: int) -> MeetingWalkthrough:
    window.open_meeting(meeting_id)
    walk = window.walkthrough
    assert walk is not None
    _click(qtbot, find(walk, QPushButton, "start_meeting_button"))
    # The social worker is there, so leaving the introductions is not stopped (a Core Group
    # does not go ahead without them).
    _mark_social_worker_present(walk)
    walk.go_to(StepKey.NEXT_MEETING)
    return walk


def _mark_social_worker_present(walk: MeetingWalkthrough) -> None:
    social_worker = next(p for p in walk.controller.family.people if p.role == "Social worker")
    combo = find(walk, QComboBox, f"attendance_status_{social_worker.id}")
    combo.setCurrentIndex(combo.findData(AttendanceStatus.PRESENT))


def _type_date(qtbot: QtBot, walk: MeetingWalkthrough, text: str) -> None:
    edit = find(walk, QLineEdit, "next_date_edit")
    edit.clear()
    type_text(qtbot, edit, text)


def _missing(walk: MeetingWalkthrough) -> list[str]:
    walk.go_to(StepKey.CLOSE)
    missing = find(walk, QListWidget, "missing_list")
    return [missing.item(i).text() for i in range(missing.count())]


# The demo's draft Core Group is on Mon 23 Nov 2026; + 28 days = Mon 21 Dec 2026, an open day.
DEC_21_DUE = (
    "Latest date: Monday 21 December 2026. Next Core Group by Monday 21 December 2026: within 28 "
    "days of the previous Core Group on 23 November 2026."
)
ENGLAND_CORE_GROUP_RULE = (
    "Next Core Group: within 28 days of the previous Core Group (Barnsley core group guidance)."
)


def test_next_meeting_step_shows_the_latest_date_warns_and_uses_it(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory
) -> None:
    assert dt.date(2026, 12, 21).weekday() == 0
    assert dt.date(2026, 12, 21) not in holidays.country_holidays("GB", subdiv="ENG", years=2026)
    draft = _demo_meeting(factory, MeetingStatus.DRAFT)
    walk = _open_next_meeting_step(qtbot, window, draft)

    assert find(walk, QLabel, "next_due_label").text() == DEC_21_DUE
    warning = find(walk, QLabel, "next_date_warning_label")
    assert not warning.isVisible()

    # A day later than the rule allows: warned, naming the rule.
    _type_date(qtbot, walk, "04/01/2027")
    assert warning.isVisible()
    assert warning.text() == (
        "Warning: Monday 4 January 2027 is 14 days later than the rule allows. "
        f"{ENGLAND_CORE_GROUP_RULE} The latest date is Monday 21 December 2026."
    )
    # The close step lists it as something to check; the chair may keep it knowingly.
    late = (
        "The next meeting is later than the rule allows (latest Monday 21 December 2026). "
        f"{ENGLAND_CORE_GROUP_RULE}"
    )
    assert late in _missing(walk)
    assert MeetingService(factory).get(draft).next_meeting.date == dt.date(2027, 1, 4)

    walk.go_to(StepKey.NEXT_MEETING)
    _click(qtbot, find(walk, QPushButton, "use_latest_date_button"))
    assert find(walk, QLineEdit, "next_date_edit").text() == "21/12/2026"
    assert not warning.isVisible()
    assert late not in _missing(walk)
    assert MeetingService(factory).get(draft).next_meeting.date == dt.date(2026, 12, 21)


def test_the_latest_date_itself_is_not_warned_about(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory
) -> None:
    walk = _open_next_meeting_step(qtbot, window, _demo_meeting(factory, MeetingStatus.DRAFT))
    warning = find(walk, QLabel, "next_date_warning_label")

    _type_date(qtbot, walk, "21/12/2026")
    assert not warning.isVisible()
    _type_date(qtbot, walk, "22/12/2026")
    assert warning.isVisible()
    assert warning.text().startswith("Warning: Tuesday 22 December 2026 is 1 day later than the rule allows.")


def test_save_the_calendar_invite(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory, prompts: FakePrompts, out: Path
) -> None:
    walk = _open_next_meeting_step(qtbot, window, _demo_meeting(factory, MeetingStatus.DRAFT))
    _click(qtbot, find(walk, QPushButton, "use_latest_date_button"))
    type_text(qtbot, find(walk, QLineEdit, "next_time_edit"), "2pm")
    type_text(qtbot, find(walk, QLineEdit, "next_venue_edit"), "Northfield Family Centre")
    prompts.save_paths.append(out / "next core group")  # typed without the extension

    _click(qtbot, find(walk, QPushButton, "save_invite_button"))

    path = out / "next core group.ics"
    assert prompts.errors == []
    assert [p.name for p in out.iterdir()] == ["next core group.ics"]
    data = path.read_bytes()
    events = list(Calendar.from_ical(data).walk("VEVENT"))
    assert len(events) == 1
    event = events[0]
    assert event["DTSTART"].dt == dt.datetime(2026, 12, 21, 14, 0, tzinfo=LONDON)
    assert str(event["LOCATION"]) == "Northfield Family Centre"
    assert str(event["SUMMARY"]) == "Core Group (family M.)"
    assert {str(a) for a in event["ATTENDEE"]} == {
        "mailto:priya.desai@northfield.example",
        "mailto:ffion.rhys@health.example",
        "mailto:t.ashby@brookfield.example",
    }
    unfolded = data.replace(b"\r\n ", b"")
    for secret in (b"Marlowe", b"Ellie", b"Jacob"):
        assert secret not in unfolded
    assert prompts.infos == [
        (
            f"Saved next core group.ics in {out}. Send it from your own mail program. These "
            f"people have no email address in the network, so tell them another way: {NO_EMAIL}."
        )
    ]


def test_no_invite_without_a_date(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory, prompts: FakePrompts, out: Path
) -> None:
    walk = _open_next_meeting_step(qtbot, window, _demo_meeting(factory, MeetingStatus.DRAFT))
    prompts.save_paths.append(out / "invite.ics")

    _click(qtbot, find(walk, QPushButton, "save_invite_button"))

    assert prompts.errors == ["Fix the date of the next meeting first."]
    assert prompts.infos == []
    assert list(out.iterdir()) == []
    assert len(prompts.save_paths) == 1, "a file was asked for although there is nothing to save"


def test_switching_the_nation_to_scotland_changes_the_proposed_date(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory
) -> None:
    # A Core Group on Mon 7 Dec 2026: + 28 days (England) or 4 weeks (Scotland) = Mon 4 Jan
    # 2027. Open in England; in Scotland the substitute day for the 2 January holiday, and
    # 1 January is New Year's Day, so back to Thu 31 Dec 2026.
    england = holidays.country_holidays("GB", subdiv="ENG", years=2027)
    scotland = holidays.country_holidays("GB", subdiv="SCT", years=[2026, 2027])
    assert dt.date(2027, 1, 4).weekday() == 0 and dt.date(2027, 1, 4) not in england
    assert dt.date(2027, 1, 4) in scotland and dt.date(2027, 1, 1) in scotland
    assert dt.date(2026, 12, 31) not in scotland and dt.date(2026, 12, 31).weekday() == 3
    meeting_id = MeetingService(factory).create_meeting(
        1, MeetingType.CORE_GROUP, dt.date(2026, 12, 7), dt.time(10, 0), "Northfield Family Centre",
        _person(factory, "Priya Desai"), _person(factory, "Ffion Rhys"),
    )
    walk = _open_next_meeting_step(qtbot, window, meeting_id)
    due_label = find(walk, QLabel, "next_due_label")
    assert due_label.text().startswith("Latest date: Monday 4 January 2027. ")

    window.open_settings()
    dialog = find(window, QDialog, "settings_dialog")
    nation = find(dialog, QComboBox, "nation_combo")
    assert nation.currentText() == "England"
    nation.setCurrentIndex(nation.findData(Nation.SCOTLAND))
    dialog.buttons.accepted.emit()

    assert not dialog.isVisible()
    assert SettingsService(factory).nation() is Nation.SCOTLAND
    text = due_label.text()
    assert text.startswith(
        "Latest date: Thursday 31 December 2026. Next Core Group by Thursday 31 December 2026: "
        "within 4 weeks of the previous Core Group on 7 December 2026."
    ), text
    assert "Monday 4 January 2027" in text and "Scotland" in text

    _type_date(qtbot, walk, "04/01/2027")
    warning = find(walk, QLabel, "next_date_warning_label")
    assert warning.isVisible()
    assert warning.text() == (
        "Warning: Monday 4 January 2027 is 4 days later than the rule allows. Next Core Group: within 4 "
        "weeks of the previous Core Group (NHS Scotland child protection procedures (4-weekly)). "
        "The latest date is Thursday 31 December 2026."
    )


def test_a_wales_policy_with_england_as_the_nation_is_refused(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory
) -> None:
    window.open_settings()
    dialog = find(window, QDialog, "settings_dialog")
    policy = find(dialog, QComboBox, "policy_combo")
    nation = find(dialog, QComboBox, "nation_combo")
    policy.setCurrentIndex(policy.findData("Wales default"))

    dialog.buttons.accepted.emit()

    assert dialog.isVisible(), "a Wales policy was accepted with England as the nation"
    message = find(dialog, QLabel, "dialog_message_label")
    assert message.isVisible()
    assert message.text() == (
        "The policy Wales default is for Wales. Choose Wales as the nation, or another policy."
    )
    settings = SettingsService(factory)
    assert (settings.nation(), settings.policy_name()) == (Nation.ENGLAND, "")

    nation.setCurrentIndex(nation.findData(Nation.WALES))
    dialog.buttons.accepted.emit()

    assert not dialog.isVisible()
    assert (settings.nation(), settings.policy_name()) == (Nation.WALES, "Wales default")


def _table_rows(table: QTableWidget) -> list[tuple[str, ...]]:
    return [
        tuple(table.item(row, column).text() if table.item(row, column) else ""
              for column in range(table.columnCount()))
        for row in range(table.rowCount())
    ]


# Minutes of the Core Group of Mon 26 Oct 2026: 5 working days, 27-30 Oct and Mon 2 Nov:
# overdue on TODAY. The next Core Group: 26 Oct + 28 days = Mon 23 Nov, booked on that day.
MINUTES_ROW = (
    "02/11/2026",
    "Minutes of the Core Group of Monday 26 October 2026",
    "Overdue. To the social worker by Monday 2 November 2026; not yet exported.",
)
CORE_GROUP_ROW = ("23/11/2026", "Next Core Group", "Booked. For Monday 23 November 2026.")


def test_family_page_shows_the_demo_familys_overdue_minutes(window: MainWindow) -> None:
    assert dt.date(2026, 11, 2).weekday() == 0
    october = holidays.country_holidays("GB", subdiv="ENG", years=2026)
    assert not any(dt.date(2026, 10, 27) <= day <= dt.date(2026, 11, 2) for day in october)
    table = find(window.family_page, QTableWidget, "deadlines_table")

    assert _table_rows(table) == [MINUTES_ROW, CORE_GROUP_ROW]
    overdue = table.item(0, 2)
    assert overdue.foreground().color() == QColor("#a40000")
    assert overdue.font().bold()
    assert not table.item(1, 2).font().bold()
    assert table.item(0, 0).toolTip() == (
        "Minutes to the social worker by Monday 2 November 2026: within 5 working days (England "
        "bank holidays skipped) of the meeting on 26 October 2026."
    )


def test_exporting_from_the_family_page_clears_the_overdue_minutes(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory, prompts: FakePrompts, out: Path
) -> None:
    page = window.family_page
    closed = _demo_meeting(factory, MeetingStatus.CLOSED)
    meetings = find(page, QTableWidget, "meetings_table")
    row = next(r for r in range(meetings.rowCount())
               if meetings.item(r, 0).data(Qt.ItemDataRole.UserRole) == closed)
    meetings.selectRow(row)
    prompts.directories.append(out)

    with qtbot.waitSignal(window.exporter.export_finished, timeout=20000):
        _click(qtbot, find(page, QPushButton, "family_export_button"))

    assert prompts.errors == []
    assert len(list(out.iterdir())) == 2
    window.ctx.background.wait()  # deadlines are worked out off the main thread
    assert _table_rows(find(page, QTableWidget, "deadlines_table")) == [CORE_GROUP_ROW]


def test_back_to_the_family_after_exporting_the_minutes_is_no_longer_overdue(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory, prompts: FakePrompts, out: Path
) -> None:
    window.open_meeting(_demo_meeting(factory, MeetingStatus.CLOSED))
    walk = window.walkthrough
    assert walk is not None
    walk.go_to(StepKey.CLOSE)
    prompts.directories.append(out)
    with qtbot.waitSignal(window.exporter.export_finished, timeout=20000):
        _click(qtbot, find(walk, QPushButton, "export_minutes_button"))

    _click(qtbot, find(walk, QPushButton, "back_to_family_button"))
    window.ctx.background.wait()  # deadlines are worked out off the main thread

    assert _table_rows(find(window.family_page, QTableWidget, "deadlines_table")) == [CORE_GROUP_ROW]
