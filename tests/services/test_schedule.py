"""When the next meeting and the minutes are due, with a real database: the rule each meeting
type follows, the nation's bank holidays, the chosen policy, and what a family is waiting for.

Every expected date below is worked out by hand from the calendar; each test that relies on a
bank holiday checks that premise with the ``holidays`` package itself, not with the app's code.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import holidays
import pytest
from conftest import TODAY

from chair_app.core.deadlines import DeadlineState
from chair_app.core.domain import (
    AttendanceEntry,
    AttendanceStatus,
    Child,
    ChildDecision,
    CPCategory,
    MeetingType,
    NextMeeting,
    Person,
    PlanType,
    PlanView,
)
from chair_app.core.timescales import Nation, Unit
from chair_app.models.db import SessionFactory
from chair_app.paths import resources_dir
from chair_app.services.export_minutes import ExportFormat, ExportService
from chair_app.services.families import FamilyService
from chair_app.services.meetings import MeetingService
from chair_app.services.schedule import ScheduleService
from chair_app.services.settings import SettingsService

D = dt.date


def _bank_holiday(day: dt.date, subdivision: str) -> str | None:
    """The bank holiday on ``day`` per the holidays package (GB, ENG/WLS/SCT/NIR), or None."""
    calendar = holidays.country_holidays("GB", subdiv=subdivision, years=day.year)
    return calendar.get(day)


def _open(day: dt.date, subdivision: str) -> bool:
    return day.weekday() < 5 and _bank_holiday(day, subdivision) is None


# ---------------------------------------------------------------------------------------------
# A fictional family, made through the services


@dataclass
class Quills:
    family_id: int
    mother: int
    social_worker: int
    health_visitor: int
    police: int
    children: tuple[int, ...]


@pytest.fixture
def quills(factory: SessionFactory) -> Quills:
    families = FamilyService(factory)
    family_id = families.create_family("Quill family")
    children = (
        families.save_child(
            family_id,
            Child(0, "Poppy Quill", D(2018, 5, 2), PlanType.CHILD_PROTECTION, (CPCategory.NEGLECT,)),
        ),
        families.save_child(
            family_id,
            Child(0, "Alfie Quill", D(2022, 1, 9), PlanType.CHILD_PROTECTION, (CPCategory.EMOTIONAL,)),
        ),
    )
    return Quills(
        family_id=family_id,
        mother=families.save_person(family_id, Person(0, "Dana Quill", "Mother", "", False)),
        social_worker=families.save_person(
            family_id,
            Person(0, "Noor Haddad", "Social worker", "Children's Social Care", True),
        ),
        health_visitor=families.save_person(
            family_id, Person(0, "Bryn Pritchard", "Health visitor", "Health", True)
        ),
        police=families.save_person(
            family_id, Person(0, "PC Lyle Hart", "Police officer", "Police", True)
        ),
        children=children,
    )


@pytest.fixture
def schedule(factory: SessionFactory) -> ScheduleService:
    return ScheduleService(factory)


def _draft(factory: SessionFactory, family: Quills, kind: MeetingType, day: dt.date) -> int:
    return MeetingService(factory).create_meeting(
        family.family_id, kind, day, dt.time(10, 0), "Elm Street Family Centre",
        family.social_worker, family.health_visitor,
    )


def _held(
    factory: SessionFactory,
    family: Quills,
    kind: MeetingType,
    day: dt.date,
    decisions: tuple[PlanView, ...] = (),
    next_date: dt.date | None = None,
) -> int:
    """A meeting held and closed on ``day``, everyone present (but the mother at a strategy
    meeting, which is for professionals); at a conference, the chair's decision for each child
    in turn; the next meeting's date if given."""
    meetings = MeetingService(factory)
    meeting_id = _draft(factory, family, kind, day)
    if next_date is not None:
        meetings.set_next_meeting(meeting_id, NextMeeting(next_date, dt.time(10), "Quill House"))
    meetings.start(meeting_id)
    for person in (family.social_worker, family.health_visitor, family.police):
        meetings.set_attendance(meeting_id, AttendanceEntry(person, AttendanceStatus.PRESENT))
    mother = AttendanceStatus.DID_NOT_ATTEND if kind is MeetingType.STRATEGY else AttendanceStatus.PRESENT
    meetings.set_attendance(meeting_id, AttendanceEntry(family.mother, mother))
    for child_id, decision in zip(family.children, decisions, strict=False):
        meetings.set_child_decision(meeting_id, ChildDecision(child_id, decision))
    meetings.close(meeting_id)
    return meeting_id


def _rows(schedule: ScheduleService, family: Quills, today: dt.date) -> list[tuple[str, dt.date, DeadlineState]]:
    return [
        (d.what, d.due.latest_date, d.state)
        for d in schedule.family_deadlines(family.family_id, today)
    ]


# ---------------------------------------------------------------------------------------------
# The next meeting of each type, England


def test_the_england_premises_of_the_table_below() -> None:
    """The bank holidays and open days the table of expected dates below relies on."""
    for closed in (D(2026, 12, 25), D(2026, 12, 28), D(2027, 1, 1)):
        assert _bank_holiday(closed, "ENG") is not None
    for day in (D(2026, 12, 24), D(2027, 1, 11), D(2027, 2, 26), D(2027, 5, 28), D(2027, 1, 7)):
        assert _open(day, "ENG")
    for weekend in (D(2026, 12, 26), D(2027, 2, 28), D(2027, 5, 30)):
        assert weekend.weekday() >= 5


@pytest.mark.parametrize(
    ("kind", "anchor", "key", "limit", "unit", "expected"),
    [
        # 30 Nov + 28 days = Mon 28 Dec, England's substitute day for Boxing Day; Sun 27 and
        # Sat 26 are the weekend and Fri 25 is Christmas Day: the latest open day is Thu 24 Dec.
        (MeetingType.CORE_GROUP, D(2026, 11, 30), "core-group", 28, Unit.CALENDAR_DAYS, D(2026, 12, 24)),
        # A first Core Group is followed by an ordinary Core Group, on the same rule.
        (MeetingType.FIRST_CORE_GROUP, D(2026, 11, 30), "core-group", 28, Unit.CALENDAR_DAYS, D(2026, 12, 24)),
        # 30 Nov + 6 weeks = Mon 11 Jan 2027, an ordinary working day.
        (MeetingType.CHILD_IN_NEED, D(2026, 11, 30), "cin-meeting", 6, Unit.WEEKS, D(2027, 1, 11)),
        # 30 Nov + 3 months: February 2027 has no 30th, so 28 Feb, a Sunday: Fri 26 Feb.
        (MeetingType.INITIAL_CONFERENCE, D(2026, 11, 30), "first-review-conference", 3, Unit.MONTHS, D(2027, 2, 26)),
        # 30 Nov + 6 months = Sun 30 May 2027: Fri 28 May.
        (MeetingType.REVIEW_CONFERENCE, D(2026, 11, 30), "review-conference", 6, Unit.MONTHS, D(2027, 5, 28)),
        # 15 working days after Mon 14 Dec 2026: 15-18 Dec (4), 21-24 Dec (8), Christmas Day and
        # the Boxing Day substitute skipped, 29-31 Dec (11), New Year's Day skipped, 4-7 Jan (15).
        (MeetingType.STRATEGY, D(2026, 12, 14), "initial-conference", 15, Unit.WORKING_DAYS, D(2027, 1, 7)),
        # The first looked-after review is followed by the second: 3 months, as above.
        (MeetingType.LOOKED_AFTER_REVIEW, D(2026, 11, 30), "second-lac-review", 3, Unit.MONTHS, D(2027, 2, 26)),
    ],
)
def test_next_meeting_due_for_each_meeting_type_in_england(
    factory: SessionFactory,
    schedule: ScheduleService,
    quills: Quills,
    kind: MeetingType,
    anchor: dt.date,
    key: str,
    limit: int,
    unit: Unit,
    expected: dt.date,
) -> None:
    meeting_id = _draft(factory, quills, kind, anchor)

    due = schedule.next_meeting_due(meeting_id)

    assert due is not None
    assert due.rule.key == key
    assert (due.rule.limit, due.rule.unit) == (limit, unit)
    assert due.anchor_date == anchor
    assert due.latest_date == expected
    assert due.nation is Nation.ENGLAND


def test_after_a_second_looked_after_review_the_next_is_six_monthly(
    factory: SessionFactory, schedule: ScheduleService, quills: Quills
) -> None:
    _held(factory, quills, MeetingType.LOOKED_AFTER_REVIEW, D(2026, 8, 28))
    second = _draft(factory, quills, MeetingType.LOOKED_AFTER_REVIEW, D(2026, 11, 30))

    due = schedule.next_meeting_due(second)

    assert due is not None
    assert due.rule.key == "lac-review"
    # 30 Nov 2026 + 6 months = Sun 30 May 2027: Fri 28 May.
    assert due.latest_date == D(2027, 5, 28)


def test_core_group_in_england_explains_the_christmas_bank_holidays(
    factory: SessionFactory, schedule: ScheduleService, quills: Quills
) -> None:
    meeting_id = _draft(factory, quills, MeetingType.CORE_GROUP, D(2026, 11, 30))

    due = schedule.next_meeting_due(meeting_id)

    assert due is not None
    assert due.latest_date == D(2026, 12, 24)
    assert due.explanation.startswith(
        "Next Core Group by Thursday 24 December 2026: within 28 days of the previous Core Group "
        "on 30 November 2026."
    )
    assert "Monday 28 December 2026" in due.explanation
    assert "England" in due.explanation


# ---------------------------------------------------------------------------------------------
# Nations and policies


def test_scotland_core_group_before_the_new_year_holidays(
    factory: SessionFactory, schedule: ScheduleService, quills: Quills
) -> None:
    # 5 Dec 2026 + 4 weeks = Sat 2 Jan 2027 (Scotland's New Year Holiday, and a Saturday);
    # Fri 1 Jan is New Year's Day: the latest open day is Thu 31 Dec.
    assert _bank_holiday(D(2027, 1, 1), "SCT") is not None
    assert _bank_holiday(D(2027, 1, 2), "SCT") is not None
    assert _open(D(2026, 12, 31), "SCT")
    SettingsService(factory).set_nation(Nation.SCOTLAND)
    meeting_id = _draft(factory, quills, MeetingType.CORE_GROUP, D(2026, 12, 5))

    due = schedule.next_meeting_due(meeting_id)

    assert due is not None
    assert due.nation is Nation.SCOTLAND
    assert (due.rule.limit, due.rule.unit) == (4, Unit.WEEKS)
    assert due.latest_date == D(2026, 12, 31)


def test_changing_the_nation_changes_the_next_core_group(
    factory: SessionFactory, schedule: ScheduleService, quills: Quills
) -> None:
    # 7 Dec 2026 + 28 days (4 weeks) = Mon 4 Jan 2027: open in England; in Scotland it is the
    # substitute day for the 2 January holiday, so back past the weekend and New Year's Day to
    # Thu 31 Dec 2026.
    assert _open(D(2027, 1, 4), "ENG")
    assert _bank_holiday(D(2027, 1, 4), "SCT") is not None
    meeting_id = _draft(factory, quills, MeetingType.CORE_GROUP, D(2026, 12, 7))
    england = schedule.next_meeting_due(meeting_id)

    SettingsService(factory).set_nation(Nation.SCOTLAND)
    scotland = schedule.next_meeting_due(meeting_id)

    assert england is not None and scotland is not None
    assert england.latest_date == D(2027, 1, 4)
    assert scotland.latest_date == D(2026, 12, 31)
    assert "Scotland" in scotland.explanation
    assert "4 January 2027" in scotland.explanation


def test_changing_the_nation_changes_when_the_minutes_are_due(
    factory: SessionFactory, schedule: ScheduleService, quills: Quills
) -> None:
    # 5 working days after Mon 23 Nov 2026: 24-27 Nov and Mon 30 Nov in England; in Scotland
    # 30 Nov is St Andrew's Day, so Tue 1 Dec.
    assert _bank_holiday(D(2026, 11, 30), "SCT") is not None
    assert _open(D(2026, 11, 30), "ENG")
    _held(factory, quills, MeetingType.CORE_GROUP, D(2026, 11, 23))

    england = _rows(schedule, quills, D(2026, 11, 23))
    SettingsService(factory).set_nation(Nation.SCOTLAND)
    scotland = _rows(schedule, quills, D(2026, 11, 23))

    minutes = "Minutes of the Core Group of Monday 23 November 2026"
    assert (minutes, D(2026, 11, 30), DeadlineState.DUE) in england
    assert (minutes, D(2026, 12, 1), DeadlineState.DUE) in scotland


def test_wales_core_groups_are_six_weekly(
    factory: SessionFactory, schedule: ScheduleService, quills: Quills
) -> None:
    # 30 Nov 2026 + 6 weeks = Mon 11 Jan 2027, open in Wales.
    assert _open(D(2027, 1, 11), "WLS")
    SettingsService(factory).set_nation(Nation.WALES)
    meeting_id = _draft(factory, quills, MeetingType.CORE_GROUP, D(2026, 11, 30))

    due = schedule.next_meeting_due(meeting_id)

    assert schedule.policy().name == "Wales default"
    assert due is not None
    assert (due.rule.limit, due.rule.unit) == (6, Unit.WEEKS)
    assert due.latest_date == D(2027, 1, 11)
    assert "within 6 weeks of the previous Core Group" in due.explanation


def test_an_unknown_policy_name_falls_back_to_the_nations_default(
    factory: SessionFactory, schedule: ScheduleService, quills: Quills
) -> None:
    settings = SettingsService(factory)
    settings.set_nation(Nation.WALES)
    settings.set_policy_name("Northfield 2019 (withdrawn)")
    meeting_id = _draft(factory, quills, MeetingType.CORE_GROUP, D(2026, 11, 30))

    assert schedule.policy().name == "Wales default"
    due = schedule.next_meeting_due(meeting_id)
    assert due is not None and due.latest_date == D(2027, 1, 11)


def test_an_unreadable_nation_setting_means_england(factory: SessionFactory, schedule: ScheduleService) -> None:
    from chair_app.models.repositories import SettingsRepository

    SettingsRepository(factory).set("nation", "atlantis")
    assert schedule.nation() is Nation.ENGLAND
    assert schedule.policy().name == "England default"


def _local_policy(folder: Path, name: str, core_group_days: int) -> Path:
    data: dict[str, Any] = json.loads(
        (resources_dir() / "policies" / "england.json").read_text(encoding="utf-8")
    )
    data["name"] = name
    data["description"] = "A made-up local policy for tests."
    data["rules"]["core-group"].update(limit=core_group_days, source="Northfield procedures (test)")
    path = folder / "northfield.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_local_policy_file_is_chosen_by_name(
    factory: SessionFactory, quills: Quills, tmp_path: Path
) -> None:
    folder = tmp_path / "policies"
    folder.mkdir()
    _local_policy(folder, "Northfield local timescales", core_group_days=21)
    (folder / "broken.json").write_text("{ not json", encoding="utf-8")
    SettingsService(factory).set_policy_name("northfield   LOCAL timescales")
    schedule = ScheduleService(factory, folder)
    meeting_id = _draft(factory, quills, MeetingType.CORE_GROUP, D(2026, 11, 30))

    due = schedule.next_meeting_due(meeting_id)

    # 30 Nov 2026 + 21 days = Mon 21 Dec 2026, an ordinary working day.
    assert schedule.policy().name == "Northfield local timescales"
    assert due is not None
    assert due.latest_date == D(2026, 12, 21)
    assert due.rule.source == "Northfield procedures (test)"
    assert "Northfield local timescales" in schedule.catalogue.names()
    assert any("broken.json" in problem for problem in schedule.catalogue.problems)


def test_a_local_policy_whose_file_was_removed_falls_back_to_the_default(
    factory: SessionFactory, quills: Quills, tmp_path: Path
) -> None:
    folder = tmp_path / "policies"
    folder.mkdir()
    path = _local_policy(folder, "Northfield local timescales", core_group_days=21)
    SettingsService(factory).set_policy_name("Northfield local timescales")
    assert ScheduleService(factory, folder).policy().name == "Northfield local timescales"
    path.unlink()

    schedule = ScheduleService(factory, folder)  # the app opened again
    meeting_id = _draft(factory, quills, MeetingType.CORE_GROUP, D(2026, 11, 30))

    assert schedule.policy().name == "England default"
    due = schedule.next_meeting_due(meeting_id)
    assert due is not None and due.latest_date == D(2026, 12, 24)


def test_a_missing_policy_folder_is_no_problem(factory: SessionFactory, tmp_path: Path) -> None:
    schedule = ScheduleService(factory, tmp_path / "no such folder")
    assert schedule.policy().name == "England default"
    assert schedule.catalogue.problems == ()


# ---------------------------------------------------------------------------------------------
# What a family is waiting for


NEXT_CORE_GROUP = "Next Core Group"
OCT_26_MINUTES = "Minutes of the Core Group of Monday 26 October 2026"


def test_next_core_group_is_due_on_the_last_day_and_overdue_the_day_after(
    factory: SessionFactory, schedule: ScheduleService, quills: Quills
) -> None:
    # Mon 26 Oct 2026 + 28 days = Mon 23 Nov 2026 (TODAY), an open day. Its minutes were due 5
    # working days later: 27-30 Oct and Mon 2 Nov.
    assert _open(D(2026, 11, 23), "ENG") and _open(D(2026, 11, 2), "ENG")
    _held(factory, quills, MeetingType.CORE_GROUP, D(2026, 10, 26))

    on_the_day = schedule.family_deadlines(quills.family_id, TODAY)
    day_after = schedule.family_deadlines(quills.family_id, TODAY + dt.timedelta(days=1))

    assert [(d.what, d.due.latest_date, d.state) for d in on_the_day] == [
        (OCT_26_MINUTES, D(2026, 11, 2), DeadlineState.OVERDUE),
        (NEXT_CORE_GROUP, D(2026, 11, 23), DeadlineState.DUE),
    ]
    assert on_the_day[1].detail == "Due by Monday 23 November 2026; none booked."
    assert [(d.what, d.state) for d in day_after] == [
        (OCT_26_MINUTES, DeadlineState.OVERDUE),
        (NEXT_CORE_GROUP, DeadlineState.OVERDUE),
    ]
    assert day_after[1].detail == "Was due by Monday 23 November 2026; none booked."
    assert day_after[1].state.label == "Overdue"


@pytest.mark.parametrize(
    ("booked_on", "state", "detail"),
    [
        (D(2026, 11, 20), DeadlineState.SCHEDULED, "For Friday 20 November 2026."),
        (D(2026, 11, 23), DeadlineState.SCHEDULED, "For Monday 23 November 2026."),
        (
            D(2026, 11, 27),
            DeadlineState.SCHEDULED_LATE,
            "For Friday 27 November 2026, after the latest date, Monday 23 November 2026.",
        ),
    ],
)
def test_a_booked_core_group_is_booked_or_booked_late(
    factory: SessionFactory,
    schedule: ScheduleService,
    quills: Quills,
    booked_on: dt.date,
    state: DeadlineState,
    detail: str,
) -> None:
    _held(factory, quills, MeetingType.CORE_GROUP, D(2026, 10, 26))
    _draft(factory, quills, MeetingType.CORE_GROUP, booked_on)

    # The day after the latest date: a booking still counts, on time or late.
    deadlines = schedule.family_deadlines(quills.family_id, D(2026, 11, 24))

    core = [d for d in deadlines if d.what == NEXT_CORE_GROUP]
    assert len(core) == 1
    assert core[0].due.latest_date == D(2026, 11, 23)
    assert core[0].state is state
    assert core[0].detail == detail
    assert core[0].state.label == ("Booked late" if state is DeadlineState.SCHEDULED_LATE else "Booked")


@pytest.mark.parametrize(
    ("set_for", "today", "state", "detail"),
    [
        (
            D(2026, 11, 20), D(2026, 11, 2), DeadlineState.SCHEDULED,
            "For Friday 20 November 2026, the date set at the meeting of Monday 26 October 2026.",
        ),
        (
            D(2026, 11, 27), D(2026, 11, 2), DeadlineState.SCHEDULED_LATE,
            (
                "For Friday 27 November 2026, the date set at the meeting of Monday 26 October "
                "2026, after the latest date, Monday 23 November 2026."
            ),
        ),
        (
            D(2026, 11, 20), D(2026, 11, 24), DeadlineState.OVERDUE,
            (
                "Was due by Monday 23 November 2026; the date set, Friday 20 November 2026, has "
                "passed with no meeting recorded."
            ),
        ),
    ],
)
def test_the_next_date_set_at_the_last_meeting_counts_as_booked(
    factory: SessionFactory,
    schedule: ScheduleService,
    quills: Quills,
    set_for: dt.date,
    today: dt.date,
    state: DeadlineState,
    detail: str,
) -> None:
    """Issue 14 item 8: the family page does not say "none booked" while the meetings table
    shows the next date the chair set at the Next meeting step."""
    _held(factory, quills, MeetingType.CORE_GROUP, D(2026, 10, 26), next_date=set_for)

    core = [d for d in schedule.family_deadlines(quills.family_id, today) if d.what == NEXT_CORE_GROUP]

    assert [(d.state, d.detail) for d in core] == [(state, detail)]


def test_a_meeting_not_held_is_not_a_booking(
    factory: SessionFactory, schedule: ScheduleService, quills: Quills
) -> None:
    _held(factory, quills, MeetingType.CORE_GROUP, D(2026, 10, 26))
    called = _draft(factory, quills, MeetingType.CORE_GROUP, D(2026, 11, 20))
    meetings = MeetingService(factory)
    meetings.start(called)
    # Rebooked after the latest date.
    meetings.record_not_held(called, "The social worker was ill.", D(2026, 11, 26))

    core = [d for d in schedule.family_deadlines(quills.family_id, TODAY) if d.what == NEXT_CORE_GROUP]

    assert [(d.state, d.detail) for d in core] == [
        (
            DeadlineState.SCHEDULED_LATE,
            "For Thursday 26 November 2026, after the latest date, Monday 23 November 2026.",
        )
    ]


def test_first_core_group_is_due_ten_working_days_after_an_initial_conference_that_made_a_plan(
    factory: SessionFactory, schedule: ScheduleService, quills: Quills
) -> None:
    # Initial conference Mon 2 Nov 2026. First Core Group: 10 working days, 3-6 Nov and 9-13 Nov
    # (9), Mon 16 Nov (10). First review conference: 3 months, Tue 2 Feb 2027. Minutes: 3-6 Nov
    # and Mon 9 Nov.
    for day in (D(2026, 11, 16), D(2027, 2, 2), D(2026, 11, 9)):
        assert _open(day, "ENG")
    _held(
        factory, quills, MeetingType.INITIAL_CONFERENCE, D(2026, 11, 2),
        (PlanView.PLAN, PlanView.NO_PLAN),
    )

    deadlines = schedule.family_deadlines(quills.family_id, TODAY)

    assert [(d.what, d.due.latest_date, d.state) for d in deadlines] == [
        (
            "Minutes of the Initial Child Protection Conference of Monday 2 November 2026",
            D(2026, 11, 9),
            DeadlineState.OVERDUE,
        ),
        ("First Core Group", D(2026, 11, 16), DeadlineState.OVERDUE),
        ("First Review Child Protection Conference", D(2027, 2, 2), DeadlineState.DUE),
    ]
    assert deadlines[1].due.rule.key == "first-core-group"


def test_a_first_core_group_booked_in_time_is_booked(
    factory: SessionFactory, schedule: ScheduleService, quills: Quills
) -> None:
    _held(factory, quills, MeetingType.INITIAL_CONFERENCE, D(2026, 11, 2), (PlanView.PLAN, PlanView.PLAN))
    _draft(factory, quills, MeetingType.FIRST_CORE_GROUP, D(2026, 11, 13))

    first = [d for d in schedule.family_deadlines(quills.family_id, TODAY) if d.what == "First Core Group"]

    assert [(d.state, d.detail) for d in first] == [
        (DeadlineState.SCHEDULED, "For Friday 13 November 2026.")
    ]


def test_once_the_first_core_group_is_held_the_next_core_group_is_due(
    factory: SessionFactory, schedule: ScheduleService, quills: Quills
) -> None:
    _held(factory, quills, MeetingType.INITIAL_CONFERENCE, D(2026, 11, 2), (PlanView.PLAN, PlanView.PLAN))
    _held(factory, quills, MeetingType.FIRST_CORE_GROUP, D(2026, 11, 13))

    rows = _rows(schedule, quills, TODAY)

    assert all(what != "First Core Group" for what, _, _ in rows)
    # Fri 13 Nov 2026 + 28 days = Fri 11 Dec 2026, an open day.
    assert (NEXT_CORE_GROUP, D(2026, 12, 11), DeadlineState.DUE) in rows


def test_no_first_core_group_when_the_initial_conference_made_no_plan(
    factory: SessionFactory, schedule: ScheduleService, quills: Quills
) -> None:
    _held(
        factory, quills, MeetingType.INITIAL_CONFERENCE, D(2026, 11, 2),
        (PlanView.NO_PLAN, PlanView.NO_PLAN),
    )

    whats = [d.what for d in schedule.family_deadlines(quills.family_id, TODAY)]

    assert "First Core Group" not in whats


def test_no_review_conference_when_the_initial_conference_made_no_plan(
    factory: SessionFactory, schedule: ScheduleService, quills: Quills
) -> None:
    _held(
        factory, quills, MeetingType.INITIAL_CONFERENCE, D(2026, 11, 2),
        (PlanView.NO_PLAN, PlanView.NO_PLAN),
    )

    whats = [d.what for d in schedule.family_deadlines(quills.family_id, TODAY)]

    assert whats == ["Minutes of the Initial Child Protection Conference of Monday 2 November 2026"]


def test_strategy_meeting_then_the_initial_conference_is_due(
    factory: SessionFactory, schedule: ScheduleService, quills: Quills
) -> None:
    _held(factory, quills, MeetingType.STRATEGY, D(2026, 12, 14))

    before = [d for d in schedule.family_deadlines(quills.family_id, D(2026, 12, 15))
              if d.due.rule.key == "initial-conference"]
    _draft(factory, quills, MeetingType.INITIAL_CONFERENCE, D(2027, 1, 7))
    booked = [d for d in schedule.family_deadlines(quills.family_id, D(2026, 12, 15))
              if d.due.rule.key == "initial-conference"]

    # 15 working days after Mon 14 Dec 2026 (see the table above): Thu 7 Jan 2027.
    assert [(d.what, d.due.latest_date, d.state) for d in before] == [
        ("Initial Child Protection Conference", D(2027, 1, 7), DeadlineState.DUE)
    ]
    assert [(d.state, d.detail) for d in booked] == [
        (DeadlineState.SCHEDULED, "For Thursday 7 January 2027.")
    ]


def test_minutes_are_due_five_working_days_after_and_gone_once_exported(
    factory: SessionFactory, schedule: ScheduleService, quills: Quills, tmp_path: Path
) -> None:
    # Mon 16 Nov 2026: 17-20 Nov (4) and Mon 23 Nov (5).
    meeting_id = _held(factory, quills, MeetingType.CORE_GROUP, D(2026, 11, 16))
    minutes = "Minutes of the Core Group of Monday 16 November 2026"

    def minutes_rows(today: dt.date) -> list[tuple[dt.date, DeadlineState, str]]:
        return [
            (d.due.latest_date, d.state, d.detail)
            for d in schedule.family_deadlines(quills.family_id, today)
            if d.what == minutes
        ]

    assert minutes_rows(D(2026, 11, 23)) == [
        (D(2026, 11, 23), DeadlineState.DUE,
         "To the social worker by Monday 23 November 2026; not yet exported.")
    ]
    assert minutes_rows(D(2026, 11, 24)) == [
        (D(2026, 11, 23), DeadlineState.OVERDUE,
         "To the social worker by Monday 23 November 2026; not yet exported.")
    ]

    path = ExportService(factory).export(meeting_id, ExportFormat.DOCX, tmp_path / "minutes.docx")

    assert path.is_file()
    assert minutes_rows(D(2026, 11, 24)) == []
    assert minutes_rows(D(2027, 6, 1)) == []


def test_minutes_marked_exported_are_no_longer_due(
    factory: SessionFactory, schedule: ScheduleService, quills: Quills
) -> None:
    first = _held(factory, quills, MeetingType.CORE_GROUP, D(2026, 10, 26))
    _held(factory, quills, MeetingType.CORE_GROUP, D(2026, 11, 16))
    ExportService(factory).mark_exported(first, D(2026, 10, 30))

    whats = [d.what for d in schedule.family_deadlines(quills.family_id, TODAY)]

    assert OCT_26_MINUTES not in whats
    assert "Minutes of the Core Group of Monday 16 November 2026" in whats


def test_a_review_conference_that_ended_every_plan_gives_no_next_conference(
    factory: SessionFactory, schedule: ScheduleService, quills: Quills
) -> None:
    _held(factory, quills, MeetingType.REVIEW_CONFERENCE, D(2026, 11, 16), (PlanView.NO_PLAN, PlanView.NO_PLAN))

    whats = [d.what for d in schedule.family_deadlines(quills.family_id, TODAY)]

    assert whats == ["Minutes of the Review Child Protection Conference of Monday 16 November 2026"]


def test_a_review_conference_where_one_plan_continues_gives_the_next_conference(
    factory: SessionFactory, schedule: ScheduleService, quills: Quills
) -> None:
    _held(factory, quills, MeetingType.REVIEW_CONFERENCE, D(2026, 11, 16), (PlanView.NO_PLAN, PlanView.PLAN))

    rows = _rows(schedule, quills, TODAY)

    # Mon 16 Nov 2026 + 6 months = Sun 16 May 2027: Fri 14 May.
    assert ("Next Review Child Protection Conference", D(2027, 5, 14), DeadlineState.DUE) in rows


def test_no_next_core_group_once_a_review_conference_ended_every_plan(
    factory: SessionFactory, schedule: ScheduleService, quills: Quills
) -> None:
    _held(factory, quills, MeetingType.CORE_GROUP, D(2026, 10, 26))
    _held(factory, quills, MeetingType.REVIEW_CONFERENCE, D(2026, 11, 16), (PlanView.NO_PLAN, PlanView.NO_PLAN))

    whats = [d.what for d in schedule.family_deadlines(quills.family_id, D(2027, 1, 4))]

    assert NEXT_CORE_GROUP not in whats


def test_a_family_with_no_meeting_held_has_nothing_due(
    factory: SessionFactory, schedule: ScheduleService, quills: Quills
) -> None:
    _draft(factory, quills, MeetingType.CORE_GROUP, D(2026, 11, 30))

    assert schedule.family_deadlines(quills.family_id, TODAY) == ()


def test_deadlines_of_every_track_are_in_date_order(
    factory: SessionFactory, schedule: ScheduleService, quills: Quills
) -> None:
    cin = _held(factory, quills, MeetingType.CHILD_IN_NEED, D(2026, 10, 5))
    _held(factory, quills, MeetingType.CORE_GROUP, D(2026, 10, 26))
    ExportService(factory).mark_exported(cin, D(2026, 10, 6))

    rows = _rows(schedule, quills, TODAY)

    # CIN: Mon 5 Oct + 6 weeks = Mon 16 Nov 2026 (overdue). Core Group minutes Mon 2 Nov
    # (overdue), next Core Group Mon 23 Nov (due today).
    assert rows == [
        (OCT_26_MINUTES, D(2026, 11, 2), DeadlineState.OVERDUE),
        ("Next Child in Need meeting", D(2026, 11, 16), DeadlineState.OVERDUE),
        (NEXT_CORE_GROUP, D(2026, 11, 23), DeadlineState.DUE),
    ]
