"""Stable identifiers: every record that can be handed from one laptop to another gets a UUID.

Integer ids are local to one data file; a UUID stays with the record wherever it goes, so an
import finds a record it already holds instead of adding it twice (services.record_format).
Existing rows get a new random UUID (uuid4) each; then the columns are made NOT NULL and unique,
exactly as a new file gets them from the ORM. The family and the meeting also get
``synced_hash`` and ``exported_hash``: the SHA-256 of their record as last imported and as last
exported, used to tell whether they changed here since (services.record_format).

A carried-forward action or statement is a record of its own (its own UUID); its link to the
record it was carried from, and a statement's lineage, stay integer ids inside the file and are
written as the UUIDs of those records in an exported record.

Revision ID: 0002_stable_ids
Revises: 0001_first_release
Create Date: 2026-11-25
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0002_stable_ids"
down_revision = "0001_first_release"
branch_labels = None
depends_on = None

# Every table whose rows get a UUID (minutes_state and setting have none: minutes_state is one
# row per meeting, keyed by it; settings are not handed over).
TABLES = (
    "family",
    "child",
    "person",
    "meeting",
    "attendance",
    "danger_statement",
    "score",
    "action",
    "decision",
    "vote",
    "agency_update",
    "child_views",
    "plan_view",
    "child_decision",
    "minutes_version",
    "minutes_distribution",
    "minutes_comment",
    "minutes_correction",
    "minutes_addendum",
    "exclusion",
)
SYNCED = ("family", "meeting")


def upgrade() -> None:
    """Add, fill, then constrain the UUID columns, table by table."""
    connection = op.get_bind()
    for table in TABLES:
        op.add_column(table, sa.Column("uuid", sa.String(36), nullable=True))
        ids = connection.execute(sa.text(f'SELECT id FROM "{table}"')).scalars().all()
        if ids:
            connection.execute(
                sa.text(f'UPDATE "{table}" SET uuid = :uuid WHERE id = :id'),
                [{"uuid": str(uuid.uuid4()), "id": row_id} for row_id in ids],
            )
        with op.batch_alter_table(table) as batch:
            batch.alter_column("uuid", existing_type=sa.String(36), nullable=False)
            batch.create_unique_constraint(f"uq_{table}_uuid", ["uuid"])
            if table in SYNCED:
                batch.add_column(sa.Column("synced_hash", sa.String(64), nullable=True))
                batch.add_column(sa.Column("exported_hash", sa.String(64), nullable=True))


def downgrade() -> None:
    """Chair never downgrades a data file; a newer file is refused instead."""
    from chair_app.core.errors import DowngradeRefused

    raise DowngradeRefused("Chair does not downgrade data files.")
