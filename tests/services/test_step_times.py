"""Time spent per agenda step is kept with the meeting, and the minutes option is per meeting."""

from __future__ import annotations

import pytest

from chair_app.core.agenda import StepKey
from chair_app.core.rules import RuleViolation
from chair_app.models.db import SessionFactory
from chair_app.services.meetings import MeetingService

DRAFT_ID = 2


def test_record_step_time_adds_up_and_reads_back(
    factory: SessionFactory, with_demo_family: None
) -> None:
    service = MeetingService(factory)
    assert service.step_times(DRAFT_ID) == {}
    service.record_step_time(DRAFT_ID, {"attendance": 95, "scaling": 0})
    service.record_step_time(DRAFT_ID, {"attendance": 5, "scaling": 40})
    assert MeetingService(factory).step_times(DRAFT_ID) == {
        StepKey.ATTENDANCE: 100,
        StepKey.SCALING: 40,
    }
    assert service.step_times(1) == {}  # other meetings untouched


def test_record_step_time_unknown_step_is_refused(
    factory: SessionFactory, with_demo_family: None
) -> None:
    with pytest.raises(RuleViolation):
        MeetingService(factory).record_step_time(DRAFT_ID, {"tea_break": 60})


def test_printing_step_times_is_off_until_the_chair_asks(
    factory: SessionFactory, with_demo_family: None
) -> None:
    service = MeetingService(factory)
    assert not service.prints_step_times(DRAFT_ID)
    service.set_prints_step_times(DRAFT_ID, True)
    assert service.prints_step_times(DRAFT_ID)
    assert not service.prints_step_times(1)
    service.set_prints_step_times(DRAFT_ID, False)
    assert not service.prints_step_times(DRAFT_ID)


def _time_spent_rows(service: MeetingService) -> list[tuple[str, ...]] | None:
    from chair_app.core.minutes import Table

    document = service.build_minutes(DRAFT_ID, with_chart=False)
    section = next((s for s in document.sections if s.title == "Time spent"), None)
    if section is None:
        return None
    table = section.blocks[0]
    assert isinstance(table, Table)
    return list(table.rows)


def test_minutes_print_time_spent_only_when_asked(
    factory: SessionFactory, with_demo_family: None
) -> None:
    service = MeetingService(factory)
    service.record_step_time(DRAFT_ID, {"scaling": 620, "attendance": 20})
    assert _time_spent_rows(service) is None
    service.set_prints_step_times(DRAFT_ID, True)
    assert _time_spent_rows(service) == [
        ("Welcome and introductions", "under 1 min"),
        ("Scaling", "10 min"),
        ("Whole meeting", "11 min"),
    ]
