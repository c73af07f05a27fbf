"""The language of each person's copy of the minutes (issue 17).

Adds ``person.minutes_language``: "en", "cy" or "both" (core.language.MinutesLanguage), or ""
for a person whose language was never chosen (their copy is then in the settings' default:
English, or both languages in Wales).

Revision ID: 0007_copy_language
Revises: 0006_scaling_chart
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_copy_language"
down_revision = "0006_scaling_chart"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.add_column(
            sa.Column("minutes_language", sa.String(length=8), nullable=False, server_default="")
        )


def downgrade() -> None:
    """Chair never downgrades a data file; a newer file is refused instead."""
    from chair_app.core.errors import DowngradeRefused

    raise DowngradeRefused("Chair does not downgrade data files.")
