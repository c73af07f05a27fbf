"""Shared by the repositories: the transaction every read and write runs in, and turning rows
into core records (and back) where more than one repository needs it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session

from chair_app.core.domain import (
    Action,
    ActionStatus,
    Child,
    CPCategory,
    MeetingStatus,
    MeetingSummary,
    MeetingType,
    Person,
    PlanType,
)
from chair_app.core.errors import (
    NotFound,
    StorageUnavailable,
)
from chair_app.core.language import translate
from chair_app.models.db import SessionFactory
from chair_app.models.orm import (
    ActionRow,
    ChildRow,
    MeetingRow,
    PersonRow,
)

RowT = TypeVar("RowT")


@contextmanager
def _transaction(factory: SessionFactory) -> Iterator[Session]:
    try:
        with factory.begin() as session:
            yield session
    except OperationalError as error:
        raise StorageUnavailable(
            translate("Storage", "The data could not be saved or read: {problem}.").format(
                problem=error.orig
            )
        ) from error
    except DatabaseError as error:
        raise StorageUnavailable(
            translate("Storage", "The data file is damaged or not a database: {problem}.").format(
                problem=error.orig
            )
        ) from error


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
