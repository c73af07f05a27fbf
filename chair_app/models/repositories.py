"""Repositories: each call is one short transaction that returns core dataclasses, never rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, selectinload

from chair_app.core.domain import (
    Action,
    ActionStatus,
    AgencyUpdate,
    AttendanceEntry,
    AttendanceStatus,
    Child,
    ChildDecision,
    ChildPlanView,
    ChildViews,
    ContingencyPart,
    CPCategory,
    DangerStatement,
    Decision,
    Family,
    FamilySummary,
    Meeting,
    MeetingStatus,
    MeetingSummary,
    MeetingType,
    NextMeeting,
    Person,
    PlanType,
    PlanView,
    Score,
    ThreeColumns,
    Vote,
    VoteChoice,
    Withholding,
)
from chair_app.core.snapshot import network_to_json
from chair_app.core.withholding import parse_key
from chair_app.models.db import SessionFactory, checkpoint
from chair_app.models.errors import (
    ActionCarried,
    MeetingClosed,
    NotFound,
    PersonInRecord,
    StorageUnavailable,
)
from chair_app.models.orm import (
    ActionRow,
    AttendanceRow,
    ChildDecisionRow,
    ChildRow,
    ChildViewsRow,
    ContingencyPartRow,
    DangerStatementRow,
    DecisionRow,
    FamilyRow,
    MeetingRow,
    PersonRow,
    PlanViewRow,
    ScoreRow,
    SettingRow,
    StepTimeRow,
    UpdateRow,
    VoteRow,
)

__all__ = ["FamilyRepository", "MeetingClosed", "MeetingRepository", "PersonInRecord"]

RowT = TypeVar("RowT")


@contextmanager
def _transaction(factory: SessionFactory) -> Iterator[Session]:
    try:
        with factory.begin() as session:
            yield session
    except OperationalError as error:
        raise StorageUnavailable(f"The data could not be saved or read: {error.orig}.") from error
    except DatabaseError as error:
        raise StorageUnavailable(f"The data file is damaged or not a database: {error.orig}.") from error


def _ids_to_text(ids: tuple[int, ...]) -> str:
    return ",".join(str(i) for i in sorted(set(ids)))


def _ids_from_text(text: str | None) -> tuple[int, ...]:
    return tuple(int(part) for part in (text or "").split(",") if part.strip().isdigit())


def _action(a: ActionRow) -> Action:
    return Action(
        a.id,
        a.what,
        a.owner_id,
        a.due_date,
        a.goal_statement_id,
        ActionStatus(a.status),
        _ids_from_text(a.child_ids),
        a.carried_from_id,
        a.work_done or "",
        a.difference_for_child or "",
        _ids_from_text(a.joint_owner_ids),
        bool(a.owner_family),
        a.owner_other or "",
    )


def _get_or_add(session: Session, row_type: type[RowT], **keys: object) -> RowT:
    """The one row of row_type with these column values, added (with them) if there is none:
    the rows kept once per meeting and person, child or scale."""
    query = select(row_type)
    for column, value in keys.items():
        attribute = getattr(row_type, column)
        query = query.where(attribute.is_(None) if value is None else attribute == value)
    row = session.scalars(query).one_or_none()
    if row is None:
        row = row_type(**keys)
        session.add(row)
    return row


def _get(session: Session, row_type: type[RowT], row_id: int) -> RowT:
    row = session.get(row_type, row_id)
    if row is None:
        raise NotFound(f"{row_type.__name__} {row_id} does not exist.")
    return row


def _categories_to_text(categories: tuple[CPCategory, ...]) -> str:
    return ",".join(c.value for c in categories)


def _categories_from_text(text: str) -> tuple[CPCategory, ...]:
    return tuple(CPCategory(value) for value in text.split(",") if value)


def _child(row: ChildRow) -> Child:
    return Child(
        row.id,
        row.name,
        row.date_of_birth,
        PlanType(row.plan),
        _categories_from_text(row.categories),
        bool(row.unborn),
        row.expected_date,
    )


def _person(row: PersonRow) -> Person:
    return Person(
        row.id, row.name, row.role, row.agency, row.is_professional, row.phone, row.email
    )


person_from_row = _person  # for a service reading rows it wrote, in an open session


def _meeting_summary(row: MeetingRow) -> MeetingSummary:
    return MeetingSummary(
        row.id, row.family_id, MeetingType(row.meeting_type), row.date, MeetingStatus(row.status)
    )


class FamilyRepository:
    """Families, their children and their network."""

    def __init__(self, factory: SessionFactory) -> None:
        self._factory = factory

    def list_summaries(self) -> tuple[FamilySummary, ...]:
        with _transaction(self._factory) as session:
            rows = session.scalars(
                select(FamilyRow)
                .options(selectinload(FamilyRow.children))
                .order_by(func.lower(FamilyRow.name), FamilyRow.id)
            ).all()
            counts = dict(
                session.execute(
                    select(MeetingRow.family_id, func.count()).group_by(MeetingRow.family_id)
                ).all()
            )
            return tuple(
                FamilySummary(
                    row.id, row.name, tuple(c.name for c in row.children), counts.get(row.id, 0)
                )
                for row in rows
            )

    def names_by_family(self) -> dict[int, tuple[str, ...]]:
        """Every family's searchable names: its own name, its children's and its network's."""
        with _transaction(self._factory) as session:
            names: dict[int, list[str]] = {
                family_id: [name]
                for family_id, name in session.execute(select(FamilyRow.id, FamilyRow.name))
            }
            members = (
                select(ChildRow.family_id, ChildRow.name).order_by(ChildRow.id),
                select(PersonRow.family_id, PersonRow.name).order_by(PersonRow.position),
            )
            for query in members:
                for family_id, name in session.execute(query):
                    names.setdefault(family_id, []).append(name)
            return {family_id: tuple(found) for family_id, found in names.items()}

    def get(self, family_id: int) -> Family:
        with _transaction(self._factory) as session:
            row = session.scalars(
                select(FamilyRow)
                .where(FamilyRow.id == family_id)
                .options(
                    selectinload(FamilyRow.children),
                    selectinload(FamilyRow.people),
                    selectinload(FamilyRow.meetings),
                )
            ).one_or_none()
            if row is None:
                raise NotFound(f"Family {family_id} does not exist.")
            return Family(
                row.id,
                row.name,
                tuple(_child(c) for c in row.children),
                tuple(_person(p) for p in row.people),
                tuple(
                    _meeting_summary(m)
                    for m in sorted(row.meetings, key=lambda m: (m.date, m.id))
                ),
            )

    def create(self, name: str) -> int:
        with _transaction(self._factory) as session:
            row = FamilyRow(name=name)
            session.add(row)
            session.flush()
            return row.id

    def rename(self, family_id: int, name: str) -> None:
        with _transaction(self._factory) as session:
            _get(session, FamilyRow, family_id).name = name

    def save_child(self, family_id: int, child: Child) -> int:
        """Insert (child.id == 0) or update a child. Returns its id."""
        with _transaction(self._factory) as session:
            if child.id:
                row = _get(session, ChildRow, child.id)
            else:
                row = ChildRow(family_id=family_id)
                session.add(row)
            row.name = child.name
            row.date_of_birth = child.date_of_birth
            row.plan = child.plan.value
            row.categories = _categories_to_text(child.categories)
            row.unborn = child.unborn
            row.expected_date = child.expected_date
            session.flush()
            return row.id

    def remove_child(self, child_id: int) -> None:
        with _transaction(self._factory) as session:
            session.delete(_get(session, ChildRow, child_id))

    def save_person(self, family_id: int, person: Person) -> int:
        """Insert (person.id == 0) or update a network member. Returns their id."""
        with _transaction(self._factory) as session:
            if person.id:
                row = _get(session, PersonRow, person.id)
            else:
                position = session.scalar(
                    select(func.coalesce(func.max(PersonRow.position), 0)).where(
                        PersonRow.family_id == family_id
                    )
                )
                row = PersonRow(family_id=family_id, position=(position or 0) + 1)
                session.add(row)
            row.name = person.name
            row.role = person.role
            row.agency = person.agency
            row.is_professional = person.is_professional
            row.phone = person.phone
            row.email = person.email
            session.flush()
            return row.id

    def remove_person(self, person_id: int) -> None:
        """Remove a network member who is named in no meeting record.

        Raises:
            PersonInRecord: they chair, minute, attend, represent someone, score, own or share
                an action, or vote somewhere.
        """
        with _transaction(self._factory) as session:
            row = _get(session, PersonRow, person_id)
            checks = (
                select(MeetingRow.id).where(
                    (MeetingRow.chair_id == person_id) | (MeetingRow.minute_taker_id == person_id)
                ),
                select(AttendanceRow.id).where(
                    AttendanceRow.person_id == person_id,
                    AttendanceRow.status != AttendanceStatus.NOT_RECORDED.value,
                ),
                select(ScoreRow.id).where(ScoreRow.person_id == person_id),
                select(ActionRow.id).where(ActionRow.owner_id == person_id),
                select(VoteRow.id).where(VoteRow.person_id == person_id),
                select(AttendanceRow.id).where(AttendanceRow.representative_id == person_id),
            )
            joint_owners = session.scalars(
                select(ActionRow.joint_owner_ids).where(ActionRow.joint_owner_ids != "")
            )
            if any(session.scalar(check.limit(1)) is not None for check in checks) or any(
                person_id in _ids_from_text(ids) for ids in joint_owners
            ):
                raise PersonInRecord(
                    f"{row.name} is named in a meeting's record, so they stay in the network."
                )
            session.delete(row)


class MeetingRepository:
    """Meetings and everything recorded in them. Changes to a closed meeting are refused."""

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
    def to_meeting(row: MeetingRow) -> Meeting:
        """The full record of a meeting read from its row, in an open session (an import
        checks what it wrote before it commits)."""
        return MeetingRepository._to_meeting(row)

    @staticmethod
    def _to_meeting(row: MeetingRow) -> Meeting:
        return Meeting(
            **MeetingRepository._heading(row),
            attendance=MeetingRepository._attendance(row),
            statements=tuple(
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
            ),
            scores=tuple(
                Score(s.person_id, s.statement_id, s.value, s.reason)
                for s in sorted(row.scores, key=lambda s: s.id)
            ),
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

    # Writing

    def _editable(self, session: Session, meeting_id: int) -> MeetingRow:
        row = _get(session, MeetingRow, meeting_id)
        if row.status in (MeetingStatus.CLOSED.value, MeetingStatus.NOT_HELD.value):
            raise MeetingClosed()
        return row

    def create(
        self,
        family_id: int,
        meeting_type: MeetingType,
        date: dt.date,
        start_time: dt.time | None,
        venue: str,
        chair_id: int | None,
        minute_taker_id: int | None,
    ) -> int:
        with _transaction(self._factory) as session:
            _get(session, FamilyRow, family_id)
            row = MeetingRow(
                family_id=family_id,
                meeting_type=meeting_type.value,
                date=date,
                start_time=start_time,
                venue=venue,
                chair_id=chair_id,
                minute_taker_id=minute_taker_id,
                status=MeetingStatus.DRAFT.value,
            )
            session.add(row)
            session.flush()
            return row.id

    def update_details(
        self,
        meeting_id: int,
        date: dt.date,
        start_time: dt.time | None,
        venue: str,
        chair_id: int | None,
        minute_taker_id: int | None,
    ) -> None:
        with _transaction(self._factory) as session:
            row = self._editable(session, meeting_id)
            row.date = date
            row.start_time = start_time
            row.venue = venue
            row.chair_id = chair_id
            row.minute_taker_id = minute_taker_id

    def set_status(self, meeting_id: int, status: MeetingStatus) -> None:
        with _transaction(self._factory) as session:
            self._editable(session, meeting_id).status = status.value

    def close(self, meeting_id: int, network: Family) -> None:
        """Close the meeting and keep the family as it stands now with it, in one transaction."""
        with _transaction(self._factory) as session:
            row = self._editable(session, meeting_id)
            row.status = MeetingStatus.CLOSED.value
            row.network_as_recorded = network_to_json(network)
        checkpoint(self._factory)

    def mark_minutes_exported(self, meeting_id: int, day: dt.date) -> None:
        """Keep the first day the minutes were exported (a fact about the minutes, so allowed
        on a closed meeting)."""
        with _transaction(self._factory) as session:
            row = _get(session, MeetingRow, meeting_id)
            if row.minutes_exported_on is None:
                row.minutes_exported_on = day

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

    def set_attendance(self, meeting_id: int, entry: AttendanceEntry) -> None:
        with _transaction(self._factory) as session:
            self._editable(session, meeting_id)
            row = _get_or_add(
                session, AttendanceRow, meeting_id=meeting_id, person_id=entry.person_id
            )
            row.status = entry.status.value
            row.report_text = entry.report_text
            row.represented_by = entry.represented_by
            row.invited = entry.invited
            row.absence_reason = entry.absence_reason
            row.arrived_at = entry.arrived_at
            row.left_at = entry.left_at
            row.interpreter = entry.interpreter
            row.representative_id = entry.representative_id
            # Who the report is withheld from is set by set_withholding only, so that typing
            # in the report never clears it.

    def add_statement(self, meeting_id: int, statement: str = "", safety_goal: str = "") -> int:
        with _transaction(self._factory) as session:
            self._editable(session, meeting_id)
            position = session.scalar(
                select(func.coalesce(func.max(DangerStatementRow.position), 0)).where(
                    DangerStatementRow.meeting_id == meeting_id
                )
            )
            row = DangerStatementRow(
                meeting_id=meeting_id,
                position=(position or 0) + 1,
                statement=statement,
                safety_goal=safety_goal,
            )
            session.add(row)
            session.flush()
            row.lineage_id = row.id
            return row.id

    def update_statement(self, statement_id: int, statement: str, safety_goal: str) -> None:
        with _transaction(self._factory) as session:
            row = _get(session, DangerStatementRow, statement_id)
            self._editable(session, row.meeting_id)
            row.statement = statement
            row.safety_goal = safety_goal

    def set_statement_notes(self, statement_id: int, notes: str) -> None:
        with _transaction(self._factory) as session:
            row = _get(session, DangerStatementRow, statement_id)
            self._editable(session, row.meeting_id)
            row.notes = notes

    def set_statement_children(self, statement_id: int, child_ids: tuple[int, ...]) -> None:
        with _transaction(self._factory) as session:
            row = _get(session, DangerStatementRow, statement_id)
            self._editable(session, row.meeting_id)
            row.child_ids = _ids_to_text(child_ids)

    def remove_statement(self, statement_id: int) -> None:
        with _transaction(self._factory) as session:
            row = _get(session, DangerStatementRow, statement_id)
            self._editable(session, row.meeting_id)
            session.delete(row)
            session.flush()
            self._renumber(session, row.meeting_id)

    def move_statement(self, statement_id: int, offset: int) -> None:
        """Move a statement up (offset -1) or down (+1) among its meeting's statements."""
        with _transaction(self._factory) as session:
            row = _get(session, DangerStatementRow, statement_id)
            self._editable(session, row.meeting_id)
            rows = list(
                session.scalars(
                    select(DangerStatementRow)
                    .where(DangerStatementRow.meeting_id == row.meeting_id)
                    .order_by(DangerStatementRow.position, DangerStatementRow.id)
                )
            )
            index = rows.index(row)
            target = max(0, min(len(rows) - 1, index + offset))
            rows.insert(target, rows.pop(index))
            for position, item in enumerate(rows, start=1):
                item.position = position

    def _renumber(self, session: Session, meeting_id: int) -> None:
        rows = session.scalars(
            select(DangerStatementRow)
            .where(DangerStatementRow.meeting_id == meeting_id)
            .order_by(DangerStatementRow.position, DangerStatementRow.id)
        )
        for position, item in enumerate(rows, start=1):
            item.position = position

    def set_score(
        self,
        meeting_id: int,
        person_id: int,
        statement_id: int | None,
        value: int | None,
        reason: str,
    ) -> None:
        """Record one person's score on one scale; value None removes it."""
        with _transaction(self._factory) as session:
            self._editable(session, meeting_id)
            row = session.scalars(
                select(ScoreRow).where(
                    ScoreRow.meeting_id == meeting_id,
                    ScoreRow.person_id == person_id,
                    ScoreRow.statement_id.is_(None)
                    if statement_id is None
                    else ScoreRow.statement_id == statement_id,
                )
            ).one_or_none()
            if value is None:
                if row is not None:
                    session.delete(row)
                return
            if row is None:
                row = ScoreRow(meeting_id=meeting_id, person_id=person_id, statement_id=statement_id)
                session.add(row)
            row.value = value
            row.reason = reason

    def set_columns(self, meeting_id: int, columns: ThreeColumns) -> None:
        with _transaction(self._factory) as session:
            row = self._editable(session, meeting_id)
            row.worries = columns.worries
            row.working_well = columns.working_well
            row.needs_to_happen = columns.needs_to_happen

    def set_reasons(self, meeting_id: int, text: str) -> None:
        with _transaction(self._factory) as session:
            self._editable(session, meeting_id).reasons = text

    def set_contingency(self, meeting_id: int, text: str) -> None:
        with _transaction(self._factory) as session:
            self._editable(session, meeting_id).contingency = text

    def set_update(self, meeting_id: int, update: AgencyUpdate) -> None:
        with _transaction(self._factory) as session:
            self._editable(session, meeting_id)
            row = _get_or_add(session, UpdateRow, meeting_id=meeting_id, person_id=update.person_id)
            row.text = update.text
            row.third_party = update.third_party

    def set_child_views(self, meeting_id: int, views: ChildViews) -> None:
        with _transaction(self._factory) as session:
            self._editable(session, meeting_id)
            row = _get_or_add(
                session, ChildViewsRow, meeting_id=meeting_id, child_id=views.child_id
            )
            row.views = views.views
            row.how_gathered = views.how_gathered

    def set_plan_view(self, meeting_id: int, view: ChildPlanView) -> None:
        with _transaction(self._factory) as session:
            self._editable(session, meeting_id)
            row = _get_or_add(
                session,
                PlanViewRow,
                meeting_id=meeting_id,
                child_id=view.child_id,
                person_id=view.person_id,
            )
            row.view = view.view.value
            row.categories = _categories_to_text(view.categories)
            row.reason = view.reason

    def set_child_decision(self, meeting_id: int, decision: ChildDecision) -> None:
        with _transaction(self._factory) as session:
            self._editable(session, meeting_id)
            row = _get_or_add(
                session, ChildDecisionRow, meeting_id=meeting_id, child_id=decision.child_id
            )
            row.decision = decision.decision.value
            row.categories = _categories_to_text(decision.categories)
            row.reason = decision.reason
            row.cin_follows = decision.cin_follows

    def set_quorum_shortfall(self, meeting_id: int, shortfall: str) -> None:
        with _transaction(self._factory) as session:
            self._editable(session, meeting_id).quorum_shortfall = shortfall

    def acknowledge_non_professionals(self, meeting_id: int) -> None:
        with _transaction(self._factory) as session:
            self._editable(session, meeting_id).non_professionals_acknowledged = True

    def record_not_held(self, meeting_id: int, reason: str, network: Family) -> None:
        """Mark the meeting as not held, with why; like a close, it keeps the network with it."""
        with _transaction(self._factory) as session:
            row = self._editable(session, meeting_id)
            row.status = MeetingStatus.NOT_HELD.value
            row.not_held_reason = reason
            row.network_as_recorded = network_to_json(network)
        checkpoint(self._factory)

    def add_action(self, meeting_id: int) -> int:
        with _transaction(self._factory) as session:
            self._editable(session, meeting_id)
            row = ActionRow(meeting_id=meeting_id, what="", status=ActionStatus.OPEN.value)
            session.add(row)
            session.flush()
            return row.id

    def update_action(self, action: Action) -> None:
        with _transaction(self._factory) as session:
            row = _get(session, ActionRow, action.id)
            self._editable(session, row.meeting_id)
            row.what = action.what
            row.owner_id = action.owner_id
            row.due_date = action.due_date
            row.goal_statement_id = action.goal_statement_id
            row.status = action.status.value
            row.child_ids = _ids_to_text(action.child_ids)
            row.work_done = action.work_done
            row.difference_for_child = action.difference_for_child
            row.joint_owner_ids = _ids_to_text(
                tuple(i for i in action.joint_owner_ids if i != action.owner_id)
            )
            row.owner_family = action.owner_family
            row.owner_other = action.owner_other
            # carried_from_id is set once, by carry_forward, and never changed.

    def remove_action(self, action_id: int) -> None:
        """Remove an action agreed at this meeting. A carried action is never removed: it is
        reviewed (done, not done, no longer needed), so nothing leaves the plan silently."""
        with _transaction(self._factory) as session:
            row = _get(session, ActionRow, action_id)
            self._editable(session, row.meeting_id)
            if row.carried_from_id is not None:
                raise ActionCarried()
            session.delete(row)

    def carry_forward(self, from_meeting_id: int, to_meeting_id: int) -> None:
        """Copy the danger statements, safety goals and the actions still in the plan of one
        meeting into a new one, in one transaction. The copies are marked as carried and can be
        changed without touching the earlier meeting's record."""
        with _transaction(self._factory) as session:
            self._editable(session, to_meeting_id)
            source = _get(session, MeetingRow, from_meeting_id)
            new_ids: dict[int, int] = {}
            for old in sorted(source.statements, key=lambda r: r.position):
                copy = DangerStatementRow(
                    meeting_id=to_meeting_id,
                    position=old.position,
                    statement=old.statement,
                    safety_goal=old.safety_goal,
                    carried_from_id=old.id,
                    lineage_id=old.lineage_id if old.lineage_id is not None else old.id,
                    child_ids=old.child_ids,
                    notes=old.notes,
                    notes_withheld=old.notes_withheld,
                )
                session.add(copy)
                session.flush()
                new_ids[old.id] = copy.id
            for action in sorted(source.actions, key=lambda r: r.id):
                if not ActionStatus(action.status).stays_in_plan:
                    continue
                session.add(
                    ActionRow(
                        meeting_id=to_meeting_id,
                        what=action.what,
                        owner_id=action.owner_id,
                        due_date=action.due_date,
                        goal_statement_id=new_ids.get(action.goal_statement_id)
                        if action.goal_statement_id is not None
                        else None,
                        # To be reviewed at this meeting: open until the review says otherwise.
                        status=ActionStatus.OPEN.value,
                        child_ids=action.child_ids,
                        carried_from_id=action.id,
                        joint_owner_ids=action.joint_owner_ids,
                        owner_family=action.owner_family,
                        owner_other=action.owner_other,
                    )
                )

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

    def add_decision(self, meeting_id: int, question: str = "") -> int:
        with _transaction(self._factory) as session:
            self._editable(session, meeting_id)
            position = session.scalar(
                select(func.coalesce(func.max(DecisionRow.position), 0)).where(
                    DecisionRow.meeting_id == meeting_id
                )
            )
            row = DecisionRow(meeting_id=meeting_id, position=(position or 0) + 1, question=question)
            session.add(row)
            session.flush()
            return row.id

    def update_question(self, decision_id: int, question: str) -> None:
        with _transaction(self._factory) as session:
            row = _get(session, DecisionRow, decision_id)
            self._editable(session, row.meeting_id)
            row.question = question

    def set_vote(self, decision_id: int, vote: Vote) -> None:
        with _transaction(self._factory) as session:
            decision = _get(session, DecisionRow, decision_id)
            self._editable(session, decision.meeting_id)
            row = session.scalars(
                select(VoteRow).where(
                    VoteRow.decision_id == decision_id, VoteRow.person_id == vote.person_id
                )
            ).one_or_none()
            if row is None:
                row = VoteRow(decision_id=decision_id, person_id=vote.person_id)
                session.add(row)
            row.choice = vote.choice.value
            row.reason = vote.reason

    def remove_decision(self, decision_id: int) -> None:
        with _transaction(self._factory) as session:
            row = _get(session, DecisionRow, decision_id)
            self._editable(session, row.meeting_id)
            session.delete(row)

    def set_withholding(self, meeting_id: int, key: str, withholding: Withholding) -> None:
        """Set who one item (core.withholding's keys) is withheld from. The item's row is made
        if there is none yet (an update not typed yet), so a withholding is never lost.

        Raises:
            BadItemKey: no such kind of item.
            NotFound: the key's person, child, statement, decision or part is not in this
                meeting.
        """
        kind, ids = parse_key(key)
        text = withholding.to_text()
        with _transaction(self._factory) as session:
            # Allowed after the meeting closes too (the chair withholds while preparing the
            # copies); the minutes service refuses it once the minutes are agreed.
            meeting = _get(session, MeetingRow, meeting_id)
            if kind == "columns":
                setattr(meeting, f"{ids}_withheld", text)
                return
            if kind == "contingency":
                meeting.contingency_withheld = text
                return
            assert isinstance(ids, tuple)
            if kind == "report":
                _get(session, PersonRow, ids[0])
                row = _get_or_add(session, AttendanceRow, meeting_id=meeting_id, person_id=ids[0])
                if row.status is None:
                    row.status = AttendanceStatus.NOT_RECORDED.value
                row.report_withheld = text
            elif kind == "update":
                _get(session, PersonRow, ids[0])
                update = _get_or_add(session, UpdateRow, meeting_id=meeting_id, person_id=ids[0])
                update.third_party = withholding.from_family
                update.withheld_from_people = _ids_to_text(withholding.from_people)
            elif kind == "child_views":
                _get(session, ChildRow, ids[0])
                views = _get_or_add(
                    session, ChildViewsRow, meeting_id=meeting_id, child_id=ids[0]
                )
                views.withheld = text
            elif kind == "statement_notes":
                statement = _get(session, DangerStatementRow, ids[0])
                if statement.meeting_id != meeting_id:
                    raise NotFound(f"Danger statement {ids[0]} is not in meeting {meeting_id}.")
                statement.notes_withheld = text
            elif kind == "contingency_part":
                part = _get(session, ContingencyPartRow, ids[0])
                if part.meeting_id != meeting_id:
                    raise NotFound(f"Contingency part {ids[0]} is not in meeting {meeting_id}.")
                part.withheld = text
            elif kind == "vote_reason":
                decision = _get(session, DecisionRow, ids[0])
                if decision.meeting_id != meeting_id:
                    raise NotFound(f"Decision {ids[0]} is not in meeting {meeting_id}.")
                vote = session.scalars(
                    select(VoteRow).where(
                        VoteRow.decision_id == ids[0], VoteRow.person_id == ids[1]
                    )
                ).one_or_none()
                if vote is None:
                    raise NotFound(f"Nothing is recorded from person {ids[1]} on that decision.")
                vote.reason_withheld = text

    def add_contingency_part(self, meeting_id: int, text: str = "") -> int:
        with _transaction(self._factory) as session:
            self._editable(session, meeting_id)
            position = session.scalar(
                select(func.coalesce(func.max(ContingencyPartRow.position), 0)).where(
                    ContingencyPartRow.meeting_id == meeting_id
                )
            )
            row = ContingencyPartRow(meeting_id=meeting_id, position=(position or 0) + 1, text=text)
            session.add(row)
            session.flush()
            return row.id

    def update_contingency_part(self, part_id: int, text: str) -> None:
        with _transaction(self._factory) as session:
            row = _get(session, ContingencyPartRow, part_id)
            self._editable(session, row.meeting_id)
            row.text = text

    def remove_contingency_part(self, part_id: int) -> None:
        with _transaction(self._factory) as session:
            row = _get(session, ContingencyPartRow, part_id)
            self._editable(session, row.meeting_id)
            session.delete(row)

    def set_children_present(self, meeting_id: int, child_ids: tuple[int, ...]) -> None:
        with _transaction(self._factory) as session:
            self._editable(session, meeting_id).children_present = _ids_to_text(child_ids)

    def set_chair_summary(self, meeting_id: int, text: str) -> None:
        with _transaction(self._factory) as session:
            self._editable(session, meeting_id).chair_summary = text

    def set_review_conference(
        self,
        meeting_id: int,
        day: dt.date | None,
        early_requested: bool = False,
        early_reason: str = "",
    ) -> None:
        """A Core Group's record of the next review conference, and any request for an early
        one (with why)."""
        with _transaction(self._factory) as session:
            row = self._editable(session, meeting_id)
            row.review_conference_date = day
            row.early_review_requested = early_requested
            row.early_review_reason = early_reason

    def set_next_meeting(self, meeting_id: int, next_meeting: NextMeeting) -> None:
        with _transaction(self._factory) as session:
            row = self._editable(session, meeting_id)
            row.next_date = next_meeting.date
            row.next_time = next_meeting.time
            row.next_venue = next_meeting.venue


class SettingsRepository:
    """Short user settings kept with the data (the nation and the timescale policy)."""

    def __init__(self, factory: SessionFactory) -> None:
        self._factory = factory

    def get(self, key: str, default: str = "") -> str:
        with _transaction(self._factory) as session:
            row = session.get(SettingRow, key)
            return row.value if row is not None else default

    def set(self, key: str, value: str) -> None:
        with _transaction(self._factory) as session:
            row = session.get(SettingRow, key)
            if row is None:
                session.add(SettingRow(key=key, value=value))
            else:
                row.value = value

    def set_once(self, key: str, value: str) -> str:
        """Store the value unless the key has one already; returns the value kept (the first
        one stored, when two callers race)."""
        from sqlalchemy.dialects.sqlite import insert

        with _transaction(self._factory) as session:
            session.execute(
                insert(SettingRow).values(key=key, value=value).on_conflict_do_nothing()
            )
            row = session.get(SettingRow, key)
            return row.value if row is not None else value


class StepTimeRepository:
    """The seconds spent on each agenda step of a meeting (table ``step_time``)."""

    def __init__(self, factory: SessionFactory) -> None:
        self._factory = factory

    def add(self, meeting_id: int, seconds_by_step: dict[str, int]) -> None:
        """Add seconds to each step's total, in one transaction.

        Raises:
            MeetingClosed: the meeting is closed or not held; its record no longer changes.
        """
        with _transaction(self._factory) as session:
            row = _get(session, MeetingRow, meeting_id)
            if row.status in (MeetingStatus.CLOSED.value, MeetingStatus.NOT_HELD.value):
                raise MeetingClosed()
            for step, seconds in seconds_by_step.items():
                time_row = session.get(StepTimeRow, (meeting_id, step))
                if time_row is None:
                    session.add(StepTimeRow(meeting_id=meeting_id, step=step, seconds=seconds))
                else:
                    time_row.seconds += seconds

    def of_meeting(self, meeting_id: int) -> dict[str, int]:
        """Each step's stored seconds (steps with no time are left out)."""
        with _transaction(self._factory) as session:
            rows = session.scalars(
                select(StepTimeRow).where(StepTimeRow.meeting_id == meeting_id)
            ).all()
            return {row.step: row.seconds for row in rows}
