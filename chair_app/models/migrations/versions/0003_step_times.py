"""The time spent on each agenda step of a meeting (issue 7, "Turns and time").

Adds the table ``step_time``: one row per meeting and step, with the whole seconds the
walk-through showed that step. Earlier meetings simply have no rows.

Revision ID: 0003_step_times
Revises: 0002_stable_ids
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_step_times"
down_revision = "0002_stable_ids"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "step_time",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("step", sa.String(length=32), nullable=False),
        sa.Column("seconds", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name="fk_step_time_meeting_id_meeting",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("meeting_id", "step", name="pk_step_time"),
    )


def downgrade() -> None:
    """Chair never downgrades a data file; a newer file is refused instead."""
    from chair_app.core.errors import DowngradeRefused

    raise DowngradeRefused("Chair does not downgrade data files.")
