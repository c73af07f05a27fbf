"""Repositories: each call is one short transaction that returns core dataclasses, never rows."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from chair_app.core.domain import (
    AttendanceStatus,
    Child,
    Family,
    FamilySummary,
    MeetingStatus,
    Person,
)
from chair_app.core.errors import (
    MeetingClosed,
    NotFound,
    PersonInRecord,
)
from chair_app.models.db import SessionFactory
from chair_app.models.meeting_repository import MeetingRepository
from chair_app.models.orm import (
    ActionRow,
    AttendanceRow,
    ChildRow,
    FamilyRow,
    MeetingRow,
    PersonRow,
    ScoreRow,
    SettingRow,
    StepTimeRow,
    VoteRow,
)
from chair_app.models.rows import (
    _categories_to_text,
    _child,
    _get,
    _ids_from_text,
    _meeting_summary,
    _person,
    _transaction,
    person_from_row,
)

__all__ = [
    "FamilyRepository",
    "MeetingClosed",
    "MeetingRepository",
    "PersonInRecord",
    "person_from_row",
]


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
        from sqlalchemy.dialects import postgresql, sqlite

        with _transaction(self._factory) as session:
            # The same statement in each database's words (the team server is PostgreSQL).
            dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
            session.execute(
                dialect.insert(SettingRow).values(key=key, value=value).on_conflict_do_nothing()
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
