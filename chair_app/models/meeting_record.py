"""One meeting's whole record, read once in one transaction: the meeting, the family as the
record names it, the earlier meetings its history needs, the minutes' state, the step times and
the kept scaling chart (core.record.MeetingRecord). Every copy of the minutes is built from it."""

from __future__ import annotations

import datetime as dt
import logging

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from chair_app.core.domain import Action, Family, Meeting, MeetingStatus, MeetingType
from chair_app.core.errors import NotFound
from chair_app.core.record import KeptChart, MeetingRecord
from chair_app.core.snapshot import network_from_json
from chair_app.models.db import SessionFactory
from chair_app.models.meeting_reads import MeetingReads
from chair_app.models.minutes_repository import minutes_record_in
from chair_app.models.orm import (
    ActionRow,
    FamilyRow,
    MeetingRow,
    ScalingChartRow,
    SettingRow,
    StepTimeRow,
)
from chair_app.models.rows import _action, _child, _meeting_summary, _person, _transaction

logger = logging.getLogger(__name__)

STEP_TIMES_SETTING = "minutes_step_times:{}"
"""The setting key (per meeting id) for printing the time spent per step in the minutes."""


def load_meeting_record(factory: SessionFactory, meeting_id: int) -> MeetingRecord:
    """The meeting's whole record, read in one transaction.

    Raises:
        NotFound: there is no such meeting.
    """
    with _transaction(factory) as session:
        return meeting_record_in(session, meeting_id)


def meeting_record_in(session: Session, meeting_id: int) -> MeetingRecord:
    """The meeting's whole record, read in an open session (see load_meeting_record)."""
    row = session.scalars(
        select(MeetingRow)
        .where(MeetingRow.id == meeting_id)
        .options(*MeetingReads._FULL_RECORD)
    ).one_or_none()
    if row is None:
        raise NotFound(f"Meeting {meeting_id} does not exist.")
    meeting = MeetingReads.to_meeting(row)
    family_row = session.scalars(
        select(FamilyRow)
        .where(FamilyRow.id == row.family_id)
        .options(
            selectinload(FamilyRow.children),
            selectinload(FamilyRow.people),
            selectinload(FamilyRow.meetings),
        )
    ).one()
    summaries = tuple(
        _meeting_summary(m) for m in sorted(family_row.meetings, key=lambda m: (m.date, m.id))
    )
    family = Family(
        family_row.id,
        family_row.name,
        tuple(_child(c) for c in family_row.children),
        tuple(_person(p) for p in family_row.people),
        summaries,
    )
    if row.network_as_recorded is not None:
        try:
            family = network_from_json(row.network_as_recorded, family.id, summaries)
        except ValueError:
            # A damaged snapshot must not hide the minutes: fall back to the network as it is.
            logger.error("meeting %s: network snapshot unreadable", meeting_id)
    earlier_ids = [
        m.id
        for m in summaries
        if m.status is MeetingStatus.CLOSED
        and m.meeting_type is not MeetingType.STRATEGY
        and (m.date, m.id) < (meeting.date, meeting.id)
    ]
    settings = session.get(SettingRow, STEP_TIMES_SETTING.format(meeting_id))
    kept = session.get(ScalingChartRow, meeting_id)
    return MeetingRecord(
        meeting=meeting,
        family=family,
        earlier=_earlier(session, earlier_ids),
        action_histories=_action_histories(session, meeting),
        minutes=minutes_record_in(session, meeting_id),
        step_times={
            r.step: r.seconds
            for r in session.scalars(select(StepTimeRow).where(StepTimeRow.meeting_id == meeting_id))
        },
        prints_step_times=settings is not None and settings.value == "yes",
        chart=KeptChart(kept.chart_key, kept.png) if kept is not None else None,
    )


def _earlier(session: Session, meeting_ids: list[int]) -> tuple[Meeting, ...]:
    """The earlier meetings (in the order given), with their statements and scores only: what
    the scores over time need."""
    if not meeting_ids:
        return ()
    rows = session.scalars(
        select(MeetingRow)
        .where(MeetingRow.id.in_(meeting_ids))
        .options(selectinload(MeetingRow.statements), selectinload(MeetingRow.scores))
    ).all()
    by_id = {
        r.id: Meeting(
            **MeetingReads._heading(r),
            statements=MeetingReads._statements(r),
            scores=MeetingReads._scores(r),
        )
        for r in rows
    }
    return tuple(by_id[i] for i in meeting_ids if i in by_id)


def _action_histories(
    session: Session, meeting: Meeting
) -> dict[int, tuple[tuple[dt.date, Action], ...]]:
    """For each carried action, the action as it stood in each earlier meeting it was carried
    through, oldest first (as MeetingRepository.action_history), from one query of the family's
    other actions."""
    carried = [a for a in meeting.actions if a.is_carried]
    if not carried:
        return {}
    found = session.execute(
        select(ActionRow, MeetingRow.date)
        .join(MeetingRow, ActionRow.meeting_id == MeetingRow.id)
        .where(MeetingRow.family_id == meeting.family_id, MeetingRow.id != meeting.id)
    ).all()
    by_id = {action.id: (action, day) for action, day in found}
    histories: dict[int, tuple[tuple[dt.date, Action], ...]] = {}
    for action in carried:
        chain: list[tuple[dt.date, Action]] = []
        seen: set[int] = set()
        previous_id = action.carried_from_id
        while previous_id is not None and previous_id not in seen and previous_id in by_id:
            seen.add(previous_id)
            previous, day = by_id[previous_id]
            chain.append((day, _action(previous)))
            previous_id = previous.carried_from_id
        histories[action.id] = tuple(reversed(chain))
    return histories
