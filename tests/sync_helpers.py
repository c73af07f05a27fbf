"""Laptops (data folders) and a team server for the sync tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, select
from sqlalchemy.orm import sessionmaker

from chair_app.models.db import SessionFactory
from chair_app.models.migrations import prepare_schema
from chair_app.models.orm import (
    ActionRow,
    FamilyRow,
    MeetingRow,
)
from chair_app.services.demo import create_demo_family
from chair_app.services.storage import open_factory
from chair_app.services.sync import SyncReport, SyncService

TODAY = dt.date(2026, 11, 23)


def laptop(folder: Path, with_demo: bool = False) -> SessionFactory:
    folder.mkdir(parents=True, exist_ok=True)
    factory = open_factory(folder)
    if with_demo:
        create_demo_family(factory, TODAY)
    return factory


def server(url: str) -> Engine:
    engine = create_engine(url, pool_size=2, max_overflow=4)
    prepare_schema(engine)
    return engine


def sync(factory: SessionFactory, engine: Engine) -> SyncReport:
    return SyncService(factory, engine).sync()


def contents(factory: SessionFactory) -> dict[str, Any]:
    """Every family's record as the record format reads it, keyed by UUID, without the
    bookkeeping (hashes, ids): what two copies must agree on."""
    from chair_app.core.record_format import without_sync
    from chair_app.models.record_import import record_transaction

    found: dict[str, Any] = {}
    with record_transaction(factory) as store:
        for family in store.families():
            meetings = {
                row.uuid: without_sync(store.read_meeting(row)) for row in family.meetings
            }
            found[family.uuid] = {"family": without_sync(store.read_family(family)), "meetings": meetings}
    return found


def server_factory(engine: Engine) -> SessionFactory:
    return sessionmaker(bind=engine, expire_on_commit=False)


def first_draft_meeting(factory: SessionFactory) -> tuple[int, str]:
    """The id and UUID of a meeting whose minutes are not agreed (a draft both may edit)."""
    from chair_app.models.orm import MinutesStateRow

    with factory() as session:
        for row in session.scalars(select(MeetingRow).order_by(MeetingRow.date.desc())):
            state = session.get(MinutesStateRow, row.id)
            if state is None or state.status != "agreed":
                return row.id, row.uuid
    raise AssertionError("no draft meeting")


def set_worries(factory: SessionFactory, meeting_uuid: str, text_: str) -> None:
    with factory.begin() as session:
        row = session.scalars(select(MeetingRow).where(MeetingRow.uuid == meeting_uuid)).one()
        row.worries = text_


def worries(factory: SessionFactory, meeting_uuid: str) -> str:
    with factory() as session:
        return session.scalars(
            select(MeetingRow.worries).where(MeetingRow.uuid == meeting_uuid)
        ).one()


def count(factory: SessionFactory, row: type[Any]) -> int:
    with factory() as session:
        return len(session.scalars(select(row)).all())


__all__ = ["ActionRow", "FamilyRow"]
