"""Every row of every table, to show that a refused or failed operation changed nothing."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from chair_app.models.db import SessionFactory
from chair_app.models.orm import Base


def every_row(factory: SessionFactory) -> dict[str, list[tuple[Any, ...]]]:
    with factory() as session:
        return {
            table.name: [
                tuple(row)
                for row in session.execute(text(f'SELECT * FROM "{table.name}" ORDER BY 1'))
            ]
            for table in Base.metadata.sorted_tables
        }
