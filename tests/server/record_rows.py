"""A family with one row in every table of its record, written with plain SQL (SQLAlchemy Core)
as whoever is connected: the row-level security and audit tests check every table this way, so a
table added to the record is covered without anyone remembering to add it here."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    Boolean,
    Connection,
    Date,
    DateTime,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Text,
    TypeDecorator,
)

from chair_app.models.orm import Base
from chair_app.models.record_tables import record_tables

PARENTS = {"family_id": "family", "meeting_id": "meeting", "decision_id": "decision"}


def _value(column_type: object) -> object:
    if isinstance(column_type, TypeDecorator):
        column_type = column_type.impl
    if isinstance(column_type, LargeBinary):
        return b"x"
    if isinstance(column_type, Boolean):
        return False
    if isinstance(column_type, DateTime):
        return dt.datetime(2026, 12, 1, 10, 0)
    if isinstance(column_type, Date):
        return dt.date(2026, 12, 1)
    if isinstance(column_type, Integer | Numeric):
        return 0
    if isinstance(column_type, String | Text):
        return "x"
    return "x"


def fill_every_table(connection: Connection, team: str, name: str = "Fictional family") -> dict[str, dict[str, object]]:
    """One row in each record table for a new family of ``team``; returns each row's key
    columns ({table: {column: value}})."""
    made: dict[str, dict[str, object]] = {}
    for record in record_tables():
        table = Base.metadata.tables[record.name]
        values: dict[str, object] = {}
        for column in table.columns:
            if column.name == "id":
                continue
            foreign = next(iter(column.foreign_keys), None)
            if foreign is not None:
                target = foreign.column.table.name
                if target in made and (not column.nullable or column.name in PARENTS):
                    values[column.name] = made[target]["id"]
                continue
            if column.name == "uuid":
                values["uuid"] = str(uuid.uuid4())
            elif column.name == "team":
                values["team"] = team
            elif column.name == "name" and record.name == "family":
                values["name"] = name
            elif not column.nullable and column.default is None and column.server_default is None:
                values[column.name] = _value(column.type)
        result = connection.execute(table.insert().returning(*table.primary_key.columns), values)
        key = result.one()._asdict()
        made[record.name] = {"id": key.get("id"), **key, **{k: v for k, v in values.items() if k == "uuid"}}
    return made
