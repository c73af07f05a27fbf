"""Which tables hold a family's record, and how each row leads to its family: the laptop's
change triggers (models.sync_triggers) and the server's row-level security and audit
(services.server_admin) are written from this one list, so a table added to the record is covered
by all three or the test that compares it with the ORM fails."""

from __future__ import annotations

from dataclasses import dataclass

from chair_app.models.orm import Base

# Tables that are not part of any family's record.
NOT_RECORD_TABLES = frozenset(
    {"setting", "sync_pending", "sync_held", "audit_event", "alembic_version"}
)


@dataclass(frozen=True, slots=True)
class RecordTable:
    """A table of the record. ``parent`` is the column that leads towards the family: ``id``
    for the family table itself, else family_id, meeting_id or decision_id."""

    name: str
    parent: str

    def family_id_sql(self, row: str) -> str:
        """SQL for the family id of the row called ``row`` (NEW or OLD in a trigger)."""
        if self.parent == "id":
            return f"{row}.id"
        if self.parent == "family_id":
            return f"{row}.family_id"
        if self.parent == "meeting_id":
            return f"(SELECT family_id FROM meeting WHERE id = {row}.meeting_id)"
        return (
            "(SELECT m.family_id FROM meeting m JOIN decision d ON d.meeting_id = m.id "
            f"WHERE d.id = {row}.decision_id)"
        )

    def meeting_id_sql(self, row: str) -> str | None:
        """SQL for the meeting id of the row, or None for the family's own tables."""
        if self.name == "meeting":
            return f"{row}.id"
        if self.parent == "meeting_id":
            return f"{row}.meeting_id"
        if self.parent == "decision_id":
            return f"(SELECT meeting_id FROM decision WHERE id = {row}.decision_id)"
        return None


def record_tables() -> tuple[RecordTable, ...]:
    """Every table of the record, in the ORM's dependency order."""
    found: list[RecordTable] = []
    for table in Base.metadata.sorted_tables:
        if table.name in NOT_RECORD_TABLES:
            continue
        columns = set(table.columns.keys())
        if table.name == "family":
            parent = "id"
        else:
            parent = next(
                (c for c in ("family_id", "meeting_id", "decision_id") if c in columns), ""
            )
        if not parent:
            raise RuntimeError(f"table {table.name} does not lead to a family")
        found.append(RecordTable(table.name, parent))
    return tuple(found)
