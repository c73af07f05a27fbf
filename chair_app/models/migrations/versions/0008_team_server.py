"""The team server (issue 18).

Adds ``family.team`` and ``family.revision``; ``sync_pending`` and ``sync_held`` (laptops);
``audit_event`` (the server). On SQLite, the triggers that count each change to a family's
record (models.sync_triggers); on PostgreSQL, the sequence the families' revisions come from.

Revision ID: 0008_team_server
Revises: 0007_copy_language
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_team_server"
down_revision = "0007_copy_language"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from chair_app.models.migrations import install_dialect_extras

    with op.batch_alter_table("family") as batch:
        batch.add_column(sa.Column("team", sa.String(length=63), nullable=True))
        batch.add_column(
            sa.Column("revision", sa.BigInteger(), nullable=False, server_default="0")
        )
    op.create_table(
        "sync_pending",
        sa.Column("family_uuid", sa.String(length=36), nullable=False),
        sa.Column("changes", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("family_uuid", name=op.f("pk_sync_pending")),
    )
    op.create_table(
        "sync_held",
        sa.Column("family_uuid", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.BigInteger(), nullable=False),
        sa.Column("record", sa.Text(), nullable=False),
        sa.Column("held_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("family_uuid", name=op.f("pk_sync_held")),
    )
    op.create_table(
        "audit_event",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("member", sa.String(length=63), nullable=False),
        sa.Column("team", sa.String(length=63), nullable=True),
        sa.Column("family_uuid", sa.String(length=36), nullable=True),
        sa.Column("meeting_uuid", sa.String(length=36), nullable=True),
        sa.Column("record", sa.String(length=32), nullable=False),
        sa.Column("record_uuid", sa.String(length=36), nullable=True),
        sa.Column("action", sa.String(length=8), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    op.create_index(
        op.f("ix_audit_event_family_uuid"), "audit_event", ["family_uuid"], unique=False
    )
    install_dialect_extras(op.get_bind())


def downgrade() -> None:
    """Chair never downgrades a data file; a newer file is refused instead."""
    from chair_app.core.errors import DowngradeRefused

    raise DowngradeRefused("Chair does not downgrade data files.")
