"""The minutes' due date on the family page: five working days after the meeting, until the
minutes leave the app (exported, a copy recorded as sent, or agreed)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from chair_app.core.deadlines import DeadlineState
from chair_app.core.lifecycle import SendMethod
from chair_app.models.db import SessionFactory
from chair_app.services.export_minutes import ExportService
from chair_app.services.minutes import MinutesService
from chair_app.services.schedule import ScheduleService

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_minutes_over_time import _three_meetings


def _minutes_rows(factory: SessionFactory, family_id: int, today: dt.date) -> list[tuple[str, DeadlineState]]:
    return [
        (d.what, d.state)
        for d in ScheduleService(factory).family_deadlines(family_id, today)
        if d.what.startswith("Minutes")
    ]


def test_minutes_are_due_until_they_leave_the_app_whatever_later_minutes_do(
    factory: SessionFactory,
) -> None:
    """Issue 14 item 8: a later meeting's minutes going out does not excuse earlier minutes that
    never did."""
    meetings, ids, people = _three_meetings(factory)
    family_id = meetings.get(ids[0]).family_id
    today = dt.date(2026, 11, 25)
    # Three closed meetings (1 Sep, 29 Sep, 27 Oct 2026), no minutes out: all three overdue.
    rows = _minutes_rows(factory, family_id, today)
    assert [state for _, state in rows] == [DeadlineState.OVERDUE] * 3
    assert rows[2][0] == "Minutes of the Core Group of Tuesday 27 October 2026"
    # A copy of the second meeting's minutes recorded as sent: only it drops out.
    MinutesService(factory).record_sent(ids[1], people["mum"], SendMethod.POST, dt.date(2026, 10, 2))
    rows = _minutes_rows(factory, family_id, today)
    assert rows == [
        ("Minutes of the Core Group of Tuesday 1 September 2026", DeadlineState.OVERDUE),
        ("Minutes of the Core Group of Tuesday 27 October 2026", DeadlineState.OVERDUE),
    ]
    # Before the fifth working day after 27 October (3 November) they are due, not overdue.
    assert _minutes_rows(factory, family_id, dt.date(2026, 11, 2))[-1] == (
        "Minutes of the Core Group of Tuesday 27 October 2026", DeadlineState.DUE
    )
    # The latest meeting's minutes exported: the first meeting's are still chased.
    ExportService(factory).mark_exported(ids[2], dt.date(2026, 11, 25))
    rows = _minutes_rows(factory, family_id, today)
    assert rows == [("Minutes of the Core Group of Tuesday 1 September 2026", DeadlineState.OVERDUE)]
    # Sent at last: nothing is chased.
    MinutesService(factory).record_sent(ids[0], people["mum"], SendMethod.POST, dt.date(2026, 11, 25))
    assert _minutes_rows(factory, family_id, today) == []
