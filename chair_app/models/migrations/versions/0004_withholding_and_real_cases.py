"""Withholding item by item, and what real cases need recorded (issue 12).

Adds, with defaults that leave every earlier record meaning what it meant:

* who an item is withheld from (``core.domain.Withholding`` as text, "" for nobody) on written
  reports, children's views, the three columns, danger statements' notes, vote reasons, the
  contingency plan and its further parts, and named people on agency updates;
* attendance: invited, a reason for an absence, arrived late / left early, an interpreter's
  language, the representative as a person of the network; the children present;
* an unborn child (expected date of delivery); actions owned jointly, by the family as a
  whole, or by someone outside the network;
* the chair's summary, a Core Group's review conference date and any request for an early one;
* which copy each member was sent;
* the table ``contingency_part``.

Revision ID: 0004_withholding
Revises: 0003_step_times
Create Date: 2026-12-06
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0004_withholding"
down_revision = "0003_step_times"
branch_labels = None
depends_on = None


def _text(name: str, length: int | None = None) -> sa.Column[str]:
    kind = sa.String(length) if length else sa.Text()
    return sa.Column(name, kind, nullable=False, server_default="")


def _flag(name: str, default: bool = False) -> sa.Column[bool]:
    return sa.Column(
        name, sa.Boolean(), nullable=False, server_default=sa.text("1" if default else "0")
    )


ADDED: dict[str, tuple[sa.Column[Any], ...]] = {
    "child": (_flag("unborn"), sa.Column("expected_date", sa.Date(), nullable=True)),
    "meeting": (
        _text("worries_withheld", 400),
        _text("working_well_withheld", 400),
        _text("needs_to_happen_withheld", 400),
        _text("contingency_withheld", 400),
        _text("children_present", 200),
        _text("chair_summary"),
        sa.Column("review_conference_date", sa.Date(), nullable=True),
        _flag("early_review_requested"),
        _text("early_review_reason"),
    ),
    "attendance": (
        _flag("invited", True),
        _text("absence_reason"),
        sa.Column("arrived_at", sa.Time(), nullable=True),
        sa.Column("left_at", sa.Time(), nullable=True),
        _text("interpreter"),
        sa.Column("representative_id", sa.Integer(), nullable=True),
        _text("report_withheld", 400),
    ),
    "danger_statement": (_text("notes"), _text("notes_withheld", 400)),
    "action": (_text("joint_owner_ids", 400), _flag("owner_family"), _text("owner_other")),
    "vote": (_text("reason_withheld", 400),),
    "agency_update": (_text("withheld_from_people", 400),),
    "child_views": (_text("withheld", 400),),
    "minutes_distribution": (
        sa.Column("copy", sa.String(16), nullable=False, server_default="full"),
    ),
}


def upgrade() -> None:
    for table, columns in ADDED.items():
        with op.batch_alter_table(table) as batch:
            for column in columns:
                batch.add_column(column)
            if table == "attendance":
                batch.create_foreign_key(
                    "fk_attendance_representative_id_person",
                    "person",
                    ["representative_id"],
                    ["id"],
                    ondelete="SET NULL",
                )
    op.create_table(
        "contingency_part",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("withheld", sa.String(length=400), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name="fk_contingency_part_meeting_id_meeting",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_contingency_part"),
        sa.UniqueConstraint("uuid", name="uq_contingency_part_uuid"),
    )
    op.create_index(
        "ix_contingency_part_meeting_id", "contingency_part", ["meeting_id"], unique=False
    )


def downgrade() -> None:
    """Chair never downgrades a data file; a newer file is refused instead."""
    from chair_app.core.errors import DowngradeRefused

    raise DowngradeRefused("Chair does not downgrade data files.")
