"""The SHA-256 of each exported file of the minutes (issue 13, F0).

Adds the table ``minutes_export``: one row per file written (meeting, version, copy, format, the
SHA-256 of its bytes, the day, whether it was drawn as the agreed version, signed or password protected), so that ``verify``
certifies a file only when it is byte for byte one the app wrote. Files exported before this
revision have no row: they are checked as before, word for word, and are never called the agreed
copy.

Revision ID: 0005_exported_files
Revises: 0004_withholding
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_exported_files"
down_revision = "0004_withholding"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "minutes_export",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("copy", sa.String(length=16), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("format", sa.String(length=8), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("exported_on", sa.Date(), nullable=False),
        sa.Column("agreed", sa.Boolean(), nullable=False),
        sa.Column("signed", sa.Boolean(), nullable=False),
        sa.Column("protected", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name="fk_minutes_export_meeting_id_meeting",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_minutes_export"),
    )
    op.create_index("ix_minutes_export_meeting_id", "minutes_export", ["meeting_id"])
    op.create_index("ix_minutes_export_sha256", "minutes_export", ["sha256"])


def downgrade() -> None:
    """Chair never downgrades a data file; a newer file is refused instead."""
    from chair_app.core.errors import DowngradeRefused

    raise DowngradeRefused("Chair does not downgrade data files.")
