"""The scaling chart kept with a meeting (issue 16).

Adds the table ``scaling_chart``: per meeting, the PNG of its scores over time and the key of
the scores it shows. A closed meeting's record never changes, so its chart is drawn once (on its
first export) and every later export and preview reuses it. Meetings without a row have their
chart drawn when next needed.

Revision ID: 0006_scaling_chart
Revises: 0005_exported_files
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_scaling_chart"
down_revision = "0005_exported_files"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "scaling_chart",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("chart_key", sa.String(length=64), nullable=False),
        sa.Column("png", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name="fk_scaling_chart_meeting_id_meeting",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("meeting_id", name="pk_scaling_chart"),
    )


def downgrade() -> None:
    """Chair never downgrades a data file; a newer file is refused instead."""
    from chair_app.core.errors import DowngradeRefused

    raise DowngradeRefused("Chair does not downgrade data files.")
