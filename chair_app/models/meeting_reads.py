"""Reading meetings: the full record, the outline, a family's history, what was exported."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from chair_app.core.domain import (
    Action,
    AgencyUpdate,
    AttendanceEntry,
    AttendanceStatus,
    ChildDecision,
    ChildPlanView,
    ChildViews,
    ContingencyPart,
    DangerStatement,
    Decision,
    Meeting,
    MeetingStatus,
    MeetingSummary,
    MeetingType,
    NextMeeting,
    PlanView,
    Score,
    ThreeColumns,
    Vote,
    VoteChoice,
    Withholding,
)
from chair_app.core.errors import (
    NotFound,
)
from chair_app.models.db import SessionFactory
from chair_app.models.orm import (
    ActionRow,
    DecisionRow,
    MeetingRow,
)
from chair_app.models.rows import (
    _action,
    _categories_from_text,
    _get,
    _ids_from_text,
    _meeting_summary,
    _transaction,
)


class MeetingReads:
    """Reading meetings and everything recorded in them (MeetingRepository adds the writes)."""

    def __init__(self, factory: SessionFactory) -> None:
        self._factory = factory

    # Reading

    _FULL_RECORD = (
        selectinload(MeetingRow.attendance),
        selectinload(MeetingRow.statements),
        selectinload(MeetingRow.scores),
        selectinload(MeetingRow.actions),
        selectinload(MeetingRow.decisions).selectinload(DecisionRow.votes),
        selectinload(MeetingRow.updates),
        selectinload(MeetingRow.child_views),
        selectinload(MeetingRow.plan_views),
        selectinload(MeetingRow.child_decisions),
        selectinload(MeetingRow.contingency_parts),
    )

    def get(self, meeting_id: int) -> Meeting:
        with _transaction(self._factory) as session:
            row = session.scalars(
                select(MeetingRow).where(MeetingRow.id == meeting_id).options(*self._FULL_RECORD)
            ).one_or_none()
            if row is None:
                raise NotFound(f"Meeting {meeting_id} does not exist.")
            return self._to_meeting(row)

    def get_outline(self, meeting_id: int) -> Meeting:
        """The meeting's own fields and its attendance only (no statements, scores, actions,
        decisions, ...): what the checks on one typed change need, read in two small queries
        whatever the size of the meeting."""
        with _transaction(self._factory) as session:
            row = session.scalars(
                select(MeetingRow)
                .where(MeetingRow.id == meeting_id)
                .options(selectinload(MeetingRow.attendance))
            ).one_or_none()
            if row is None:
                raise NotFound(f"Meeting {meeting_id} does not exist.")
            return Meeting(
                **self._heading(row),
                attendance=self._attendance(row),
                non_professionals_acknowledged=bool(row.non_professionals_acknowledged),
            )

    @staticmethod
    def _heading(row: MeetingRow) -> dict[str, Any]:
        """What the meeting is: the fields an outline and the full record share."""
        return {
            "id": row.id,
            "family_id": row.family_id,
            "meeting_type": MeetingType(row.meeting_type),
            "date": row.date,
            "start_time": row.start_time,
            "venue": row.venue,
            "chair_id": row.chair_id,
            "minute_taker_id": row.minute_taker_id,
            "status": MeetingStatus(row.status),
        }

    @staticmethod
    def _attendance(row: MeetingRow) -> tuple[AttendanceEntry, ...]:
        return tuple(
            AttendanceEntry(
                a.person_id,
                AttendanceStatus(a.status),
                a.report_text,
                a.represented_by,
                bool(a.invited),
                a.absence_reason or "",
                a.arrived_at,
                a.left_at,
                a.interpreter or "",
                a.representative_id,
                Withholding.from_text(a.report_withheld),
            )
            for a in row.attendance
        )

    def get_many(self, meeting_ids: Sequence[int]) -> tuple[Meeting, ...]:
        """Several full records in one query each per part (a family's history), in the
        order asked for; unknown ids are left out."""
        if not meeting_ids:
            return ()
        with _transaction(self._factory) as session:
            rows = session.scalars(
                select(MeetingRow).where(MeetingRow.id.in_(meeting_ids)).options(*self._FULL_RECORD)
            ).all()
            by_id = {row.id: self._to_meeting(row) for row in rows}
            return tuple(by_id[i] for i in meeting_ids if i in by_id)

    @staticmethod
    def _statements(row: MeetingRow) -> tuple[DangerStatement, ...]:
        return tuple(
            DangerStatement(
                s.id,
                s.position,
                s.statement,
                s.safety_goal,
                s.carried_from_id,
                s.lineage_id if s.lineage_id is not None else s.id,
                _ids_from_text(s.child_ids),
                s.notes or "",
                Withholding.from_text(s.notes_withheld),
            )
            for s in row.statements
        )

    @staticmethod
    def _scores(row: MeetingRow) -> tuple[Score, ...]:
        return tuple(
            Score(s.person_id, s.statement_id, s.value, s.reason)
            for s in sorted(row.scores, key=lambda s: s.id)
        )

    @staticmethod
    def to_meeting(row: MeetingRow) -> Meeting:
        """The full record of a meeting read from its row, in an open session (an import
        checks what it wrote before it commits)."""
        return MeetingReads._to_meeting(row)

    @staticmethod
    def _to_meeting(row: MeetingRow) -> Meeting:
        return Meeting(
            **MeetingReads._heading(row),
            attendance=MeetingReads._attendance(row),
            statements=MeetingReads._statements(row),
            scores=MeetingReads._scores(row),
            columns=ThreeColumns(
                row.worries,
                row.working_well,
                row.needs_to_happen,
                Withholding.from_text(row.worries_withheld),
                Withholding.from_text(row.working_well_withheld),
                Withholding.from_text(row.needs_to_happen_withheld),
            ),
            actions=tuple(
                _action(a)
                for a in row.actions
            ),
            decisions=tuple(
                Decision(
                    d.id,
                    d.position,
                    d.question,
                    tuple(
                        Vote(
                            v.person_id,
                            VoteChoice(v.choice),
                            v.reason,
                            Withholding.from_text(v.reason_withheld),
                        )
                        for v in sorted(d.votes, key=lambda v: v.id)
                    ),
                )
                for d in row.decisions
            ),
            next_meeting=NextMeeting(row.next_date, row.next_time, row.next_venue),
            reasons=row.reasons or "",
            updates=tuple(
                AgencyUpdate(
                    u.person_id,
                    u.text,
                    bool(u.third_party),
                    _ids_from_text(u.withheld_from_people),
                )
                for u in sorted(row.updates, key=lambda u: u.id)
            ),
            child_views=tuple(
                ChildViews(v.child_id, v.views, v.how_gathered, Withholding.from_text(v.withheld))
                for v in sorted(row.child_views, key=lambda v: v.id)
            ),
            contingency=row.contingency or "",
            plan_views=tuple(
                ChildPlanView(
                    v.child_id,
                    v.person_id,
                    PlanView(v.view),
                    _categories_from_text(v.categories),
                    v.reason,
                )
                for v in sorted(row.plan_views, key=lambda v: v.id)
            ),
            child_decisions=tuple(
                ChildDecision(
                    d.child_id,
                    PlanView(d.decision),
                    _categories_from_text(d.categories),
                    d.reason,
                    d.cin_follows,
                )
                for d in sorted(row.child_decisions, key=lambda d: d.id)
            ),
            quorum_shortfall=row.quorum_shortfall or "",
            non_professionals_acknowledged=bool(row.non_professionals_acknowledged),
            not_held_reason=row.not_held_reason or "",
            contingency_withheld=Withholding.from_text(row.contingency_withheld),
            contingency_parts=tuple(
                ContingencyPart(p.id, p.position, p.text, Withholding.from_text(p.withheld))
                for p in row.contingency_parts
            ),
            children_present=_ids_from_text(row.children_present),
            chair_summary=row.chair_summary or "",
            review_conference_date=row.review_conference_date,
            early_review_requested=bool(row.early_review_requested),
            early_review_reason=row.early_review_reason or "",
        )

    def list_all(self) -> tuple[MeetingSummary, ...]:
        with _transaction(self._factory) as session:
            rows = session.scalars(select(MeetingRow).order_by(MeetingRow.date, MeetingRow.id))
            return tuple(_meeting_summary(row) for row in rows)

    def minutes_out(self, meeting_ids: Sequence[int]) -> frozenset[int]:
        """Of these meetings, those whose minutes have left the app: exported, a copy recorded
        as sent, or agreed (one query each, for a family's whole history)."""
        from chair_app.models.orm import DistributionRow, MinutesStateRow

        if not meeting_ids:
            return frozenset()
        with _transaction(self._factory) as session:
            out = set(
                session.scalars(
                    select(MeetingRow.id).where(
                        MeetingRow.id.in_(meeting_ids), MeetingRow.minutes_exported_on.is_not(None)
                    )
                )
            )
            out |= set(
                session.scalars(
                    select(DistributionRow.meeting_id).where(DistributionRow.meeting_id.in_(meeting_ids))
                )
            )
            out |= set(
                session.scalars(
                    select(MinutesStateRow.meeting_id).where(
                        MinutesStateRow.meeting_id.in_(meeting_ids),
                        MinutesStateRow.status == "agreed",
                    )
                )
            )
            return frozenset(out)

    def minutes_exported_on(self, meeting_id: int) -> dt.date | None:
        with _transaction(self._factory) as session:
            return _get(session, MeetingRow, meeting_id).minutes_exported_on

    def network_as_recorded(self, meeting_id: int) -> str | None:
        """The snapshot JSON kept when the meeting closed; None while it is open."""
        with _transaction(self._factory) as session:
            return _get(session, MeetingRow, meeting_id).network_as_recorded

    def action_history(self, action_id: int) -> tuple[tuple[dt.date, Action], ...]:
        """The action as it stood in each earlier meeting it was carried through, oldest first."""
        with _transaction(self._factory) as session:
            chain: list[tuple[dt.date, Action]] = []
            row = _get(session, ActionRow, action_id)
            seen: set[int] = set()
            while row.carried_from_id is not None and row.carried_from_id not in seen:
                seen.add(row.carried_from_id)
                previous = session.get(ActionRow, row.carried_from_id)
                if previous is None:
                    break
                meeting = session.get(MeetingRow, previous.meeting_id)
                assert meeting is not None
                chain.append((meeting.date, _action(previous)))
                row = previous
            return tuple(reversed(chain))
