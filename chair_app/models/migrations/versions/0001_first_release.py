"""The schema of the first release (0.1.0), the baseline every later migration starts from.

Files from 0.1.0 have these tables but no ``alembic_version``; they are stamped at this
revision before any later migration runs. A new file never runs this script: it is created from
the ORM and stamped at the head. So the upgrade has nothing to do.

Revision ID: 0001_first_release
Revises:
Create Date: 2026-11-25
"""

revision = "0001_first_release"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Nothing to change: the tables are already there (see the module's docstring)."""


def downgrade() -> None:
    """Chair never downgrades a data file; a newer file is refused instead."""
    from chair_app.core.errors import DowngradeRefused

    raise DowngradeRefused("Chair does not downgrade data files.")
