"""The copies of the minutes built from one meeting record (core.minutes_copy)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sample_data import sample_family, sample_meeting

from chair_app.core.agenda import CORE_GROUP_AGENDA
from chair_app.core.lifecycle import (
    Addendum,
    Distribution,
    MinutesRecord,
    MinutesStatus,
    MinutesVersion,
    SendMethod,
    footer_note,
)
from chair_app.core.minutes import build_minutes
from chair_app.core.minutes_copy import (
    chart_figure,
    content_document,
    copy_document,
    distribution_rows,
    scaling_histories,
)
from chair_app.core.minutes_document import MinutesExtras
from chair_app.core.record import CopyRequest, MeetingRecord

AGENDA = tuple((step.key, step.title) for step in CORE_GROUP_AGENDA)
AGREED = MinutesVersion(2, "f" * 64, True, dt.date(2026, 12, 1), dt.date(2026, 12, 3), 3)


def _record() -> MeetingRecord:
    family = sample_family()
    earlier = replace(sample_meeting(), id=99, date=dt.date(2026, 10, 1))
    minutes = MinutesRecord(
        MinutesStatus.AGREED,
        versions=(AGREED,),
        distribution=(Distribution(family.people[0].id, SendMethod.EMAIL, dt.date(2026, 12, 4),
                                   2, "full"),),
        addenda=(Addendum(1, dt.date(2026, 12, 5), None, "A date was missing", "Added text"),),
    )
    return MeetingRecord(sample_meeting(), family, (earlier,), minutes=minutes)


def test_the_full_record_from_its_content_reads_as_the_full_record_built_whole() -> None:
    record = _record()
    chart = chart_figure(b"png")
    histories = scaling_histories(record, AGENDA)
    assert histories  # the chart has scores over time to go with
    whole = build_minutes(
        record.meeting,
        record.family,
        tuple(key for key, _ in AGENDA),
        MinutesExtras(
            scaling_history=histories,
            scaling_chart=chart,
            footer_note=footer_note(AGREED),
            agreed_on=AGREED.agreed_on,
            distribution=distribution_rows(record, AGREED),
            addenda=(("05/12/2026", "not recorded", "A date was missing", "Added text"),),
        ),
    )
    dressed = copy_document(
        record, AGENDA, CopyRequest(), AGREED, chart, content=content_document(record, AGENDA)
    )
    assert "Version 2 (agreed 03/12/2026)" in dressed.footer_note
    assert dressed == whole
    assert "Agreed on 03/12/2026" in dressed.plain_text()
    assert "Added text" in dressed.plain_text()
