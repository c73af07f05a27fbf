"""SQLAlchemy ORM rows. Only repositories use them; everything else sees core dataclasses."""

from __future__ import annotations

import datetime as dt
import re
import uuid as uuid_module

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    FetchedValue,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Named constraints, so that later Alembic batch migrations on SQLite can find them by name.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UserText(TypeDecorator[str]):
    """Text a user typed or pasted. A lone UTF-16 surrogate (left by a broken copy from another
    program) cannot be stored in UTF-8; it becomes U+FFFD instead of failing the whole save."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: object) -> str | None:
        if value is None:
            return None
        return _LONE_SURROGATE.sub("\ufffd", value)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def new_uuid() -> str:
    """A new stable identifier (UUID 4, 36 characters): a record keeps it on every laptop it is
    handed to (services.record_format), while the integer ids stay local to one file."""
    return str(uuid_module.uuid4())


def _uuid_column() -> Mapped[str]:
    # Unique, so a record handed over twice is found again instead of doubled (migration 0002).
    return mapped_column(String(36), unique=True, default=new_uuid)


class FamilyRow(Base):
    __tablename__ = "family"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = _uuid_column()
    name: Mapped[str] = mapped_column(UserText)
    # SHA-256 of the family's network as it was last imported (a version the other laptop holds
    # too) and as it was last exported (services.record_format).
    synced_hash: Mapped[str | None] = mapped_column(String(64))
    exported_hash: Mapped[str | None] = mapped_column(String(64))
    # The team whose members may see the family on the team server (row-level security there;
    # services.server_admin), and the server's revision of the family: on the server, bumped by
    # each sync that changes it; on a laptop, the server revision this copy last matched
    # (services.sync). Both added in revision 0008_team_server.
    # Left out of an INSERT unless set, so that the server's default (the sender's team, see
    # models.server_roles) applies.
    team: Mapped[str | None] = mapped_column(String(63), server_default=FetchedValue())
    revision: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    children: Mapped[list[ChildRow]] = relationship(
        back_populates="family", cascade="all, delete-orphan", order_by="ChildRow.id"
    )
    people: Mapped[list[PersonRow]] = relationship(
        back_populates="family", cascade="all, delete-orphan", order_by="PersonRow.position"
    )
    meetings: Mapped[list[MeetingRow]] = relationship(
        back_populates="family", cascade="all, delete-orphan", order_by="MeetingRow.date"
    )


class ChildRow(Base):
    __tablename__ = "child"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = _uuid_column()
    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(UserText)
    date_of_birth: Mapped[dt.date | None] = mapped_column(Date)
    plan: Mapped[str] = mapped_column(String(32))
    # Comma-separated CPCategory values; a child has at most four.
    categories: Mapped[str] = mapped_column(String(64), default="")
    unborn: Mapped[bool] = mapped_column(Boolean, default=False)
    expected_date: Mapped[dt.date | None] = mapped_column(Date)
    family: Mapped[FamilyRow] = relationship(back_populates="children")


class PersonRow(Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = _uuid_column()
    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(UserText)
    role: Mapped[str] = mapped_column(UserText, default="")
    agency: Mapped[str] = mapped_column(UserText, default="")
    is_professional: Mapped[bool] = mapped_column(Boolean, default=False)
    phone: Mapped[str] = mapped_column(UserText, default="")
    email: Mapped[str] = mapped_column(UserText, default="")
    # The language of their copy of the minutes: "en", "cy", "both", or "" when never chosen
    # (added in revision 0007_copy_language).
    minutes_language: Mapped[str] = mapped_column(String(8), default="", server_default="")
    family: Mapped[FamilyRow] = relationship(back_populates="people")


class MeetingRow(Base):
    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = _uuid_column()
    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"), index=True)
    meeting_type: Mapped[str] = mapped_column(String(32))
    date: Mapped[dt.date] = mapped_column(Date)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    venue: Mapped[str] = mapped_column(UserText, default="")
    chair_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    minute_taker_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL")
    )
    status: Mapped[str] = mapped_column(String(16))
    worries: Mapped[str] = mapped_column(UserText, default="")
    working_well: Mapped[str] = mapped_column(UserText, default="")
    needs_to_happen: Mapped[str] = mapped_column(UserText, default="")
    next_date: Mapped[dt.date | None] = mapped_column(Date)
    next_time: Mapped[dt.time | None] = mapped_column(Time)
    next_venue: Mapped[str] = mapped_column(UserText, default="")
    # JSON of the family's name, children and network when the meeting closed (core.snapshot),
    # so that a closed meeting's minutes never change when the network does.
    network_as_recorded: Mapped[str | None] = mapped_column(UserText)
    reasons: Mapped[str] = mapped_column(UserText, default="")
    contingency: Mapped[str] = mapped_column(UserText, default="")
    quorum_shortfall: Mapped[str] = mapped_column(UserText, default="")
    non_professionals_acknowledged: Mapped[bool] = mapped_column(Boolean, default=False)
    not_held_reason: Mapped[str] = mapped_column(UserText, default="")
    # Who each item is withheld from (core.domain.Withholding.to_text): "" for nobody.
    worries_withheld: Mapped[str] = mapped_column(String(400), default="")
    working_well_withheld: Mapped[str] = mapped_column(String(400), default="")
    needs_to_happen_withheld: Mapped[str] = mapped_column(String(400), default="")
    contingency_withheld: Mapped[str] = mapped_column(String(400), default="")
    children_present: Mapped[str] = mapped_column(String(200), default="")
    chair_summary: Mapped[str] = mapped_column(UserText, default="")
    review_conference_date: Mapped[dt.date | None] = mapped_column(Date)
    early_review_requested: Mapped[bool] = mapped_column(Boolean, default=False)
    early_review_reason: Mapped[str] = mapped_column(UserText, default="")
    # The first day the minutes were exported: the timescale for minutes counts until then.
    minutes_exported_on: Mapped[dt.date | None] = mapped_column(Date)
    # SHA-256 of the meeting's record as it was last imported and last exported (record_format).
    synced_hash: Mapped[str | None] = mapped_column(String(64))
    exported_hash: Mapped[str | None] = mapped_column(String(64))

    family: Mapped[FamilyRow] = relationship(back_populates="meetings")
    attendance: Mapped[list[AttendanceRow]] = relationship(cascade="all, delete-orphan")
    statements: Mapped[list[DangerStatementRow]] = relationship(
        cascade="all, delete-orphan", order_by="DangerStatementRow.position"
    )
    scores: Mapped[list[ScoreRow]] = relationship(cascade="all, delete-orphan")
    actions: Mapped[list[ActionRow]] = relationship(
        cascade="all, delete-orphan", order_by="ActionRow.id"
    )
    decisions: Mapped[list[DecisionRow]] = relationship(
        cascade="all, delete-orphan", order_by="DecisionRow.position"
    )
    updates: Mapped[list[UpdateRow]] = relationship(cascade="all, delete-orphan")
    child_views: Mapped[list[ChildViewsRow]] = relationship(cascade="all, delete-orphan")
    plan_views: Mapped[list[PlanViewRow]] = relationship(cascade="all, delete-orphan")
    child_decisions: Mapped[list[ChildDecisionRow]] = relationship(cascade="all, delete-orphan")
    contingency_parts: Mapped[list[ContingencyPartRow]] = relationship(
        cascade="all, delete-orphan", order_by="ContingencyPartRow.position"
    )


class AttendanceRow(Base):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = _uuid_column()
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(32))
    report_text: Mapped[str] = mapped_column(UserText, default="")
    represented_by: Mapped[str] = mapped_column(UserText, default="")
    invited: Mapped[bool] = mapped_column(Boolean, default=True)
    absence_reason: Mapped[str] = mapped_column(UserText, default="")
    arrived_at: Mapped[dt.time | None] = mapped_column(Time)
    left_at: Mapped[dt.time | None] = mapped_column(Time)
    interpreter: Mapped[str] = mapped_column(UserText, default="")
    representative_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL")
    )
    report_withheld: Mapped[str] = mapped_column(String(400), default="")


class DangerStatementRow(Base):
    __tablename__ = "danger_statement"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = _uuid_column()
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    statement: Mapped[str] = mapped_column(UserText, default="")
    safety_goal: Mapped[str] = mapped_column(UserText, default="")
    carried_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("danger_statement.id", ondelete="SET NULL")
    )
    # The first statement of the chain (its own id when new): scores over time follow it.
    lineage_id: Mapped[int | None] = mapped_column(Integer, index=True)
    # Comma-separated child ids it applies to; empty means every child.
    child_ids: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(UserText, default="")
    notes_withheld: Mapped[str] = mapped_column(String(400), default="")


class ScoreRow(Base):
    __tablename__ = "score"
    __table_args__ = (UniqueConstraint("meeting_id", "person_id", "statement_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = _uuid_column()
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    # NULL is the overall scale.
    statement_id: Mapped[int | None] = mapped_column(
        ForeignKey("danger_statement.id", ondelete="CASCADE")
    )
    value: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(UserText, default="")


class ActionRow(Base):
    __tablename__ = "action"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = _uuid_column()
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    what: Mapped[str] = mapped_column(UserText, default="")
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    goal_statement_id: Mapped[int | None] = mapped_column(
        ForeignKey("danger_statement.id", ondelete="SET NULL")
    )
    status: Mapped[str] = mapped_column(String(32))
    child_ids: Mapped[str] = mapped_column(String(200), default="")
    carried_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("action.id", ondelete="SET NULL"), index=True
    )
    work_done: Mapped[str] = mapped_column(UserText, default="")
    difference_for_child: Mapped[str] = mapped_column(UserText, default="")
    joint_owner_ids: Mapped[str] = mapped_column(String(400), default="")
    owner_family: Mapped[bool] = mapped_column(Boolean, default=False)
    owner_other: Mapped[str] = mapped_column(UserText, default="")


class DecisionRow(Base):
    __tablename__ = "decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = _uuid_column()
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    question: Mapped[str] = mapped_column(UserText, default="")
    votes: Mapped[list[VoteRow]] = relationship(cascade="all, delete-orphan")


class VoteRow(Base):
    __tablename__ = "vote"
    __table_args__ = (UniqueConstraint("decision_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = _uuid_column()
    decision_id: Mapped[int] = mapped_column(ForeignKey("decision.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    choice: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(UserText, default="")
    reason_withheld: Mapped[str] = mapped_column(String(400), default="")


class UpdateRow(Base):
    """An update given at the meeting by one person, for their agency or for the family."""

    __tablename__ = "agency_update"
    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = _uuid_column()
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(UserText, default="")
    # Confidential third-party information: in professionals' copies only.
    third_party: Mapped[bool] = mapped_column(Boolean, default=False)
    # Named people it is kept from as well: comma-separated person ids.
    withheld_from_people: Mapped[str] = mapped_column(String(400), default="")


class ChildViewsRow(Base):
    __tablename__ = "child_views"
    __table_args__ = (UniqueConstraint("meeting_id", "child_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = _uuid_column()
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    child_id: Mapped[int] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"))
    views: Mapped[str] = mapped_column(UserText, default="")
    how_gathered: Mapped[str] = mapped_column(UserText, default="")
    withheld: Mapped[str] = mapped_column(String(400), default="")


class PlanViewRow(Base):
    """A professional's view on one child at a conference."""

    __tablename__ = "plan_view"
    __table_args__ = (UniqueConstraint("meeting_id", "child_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = _uuid_column()
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    child_id: Mapped[int] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    view: Mapped[str] = mapped_column(String(16))
    # Comma-separated CPCategory values.
    categories: Mapped[str] = mapped_column(String(64), default="")
    reason: Mapped[str] = mapped_column(UserText, default="")


class ChildDecisionRow(Base):
    """The chair's decision for one child at a conference, kept apart from the views."""

    __tablename__ = "child_decision"
    __table_args__ = (UniqueConstraint("meeting_id", "child_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = _uuid_column()
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    child_id: Mapped[int] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"))
    decision: Mapped[str] = mapped_column(String(16))
    categories: Mapped[str] = mapped_column(String(64), default="")
    reason: Mapped[str] = mapped_column(UserText, default="")
    cin_follows: Mapped[bool] = mapped_column(Boolean, default=False)


class ContingencyPartRow(Base):
    """A further part of a meeting's contingency plan (the first is MeetingRow.contingency)."""

    __tablename__ = "contingency_part"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = _uuid_column()
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(UserText, default="")
    withheld: Mapped[str] = mapped_column(String(400), default="")


class SettingRow(Base):
    """One user setting (nation, timescale policy); values are short plain strings."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(UserText, default="")


# The minutes after the meeting (core.lifecycle): status, versions, circulation, comments,
# corrections, addenda, and who was excluded from which parts.


class MinutesStateRow(Base):
    __tablename__ = "minutes_state"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True
    )
    status: Mapped[str] = mapped_column(String(16))


class MinutesVersionRow(Base):
    __tablename__ = "minutes_version"
    __table_args__ = (UniqueConstraint("meeting_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = _uuid_column()
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    fingerprint: Mapped[str] = mapped_column(String(64), index=True)
    agreed: Mapped[bool] = mapped_column(Boolean, default=False)
    created_on: Mapped[dt.date] = mapped_column(Date)
    agreed_on: Mapped[dt.date | None] = mapped_column(Date)
    agreed_by_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))


class DistributionRow(Base):
    __tablename__ = "minutes_distribution"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = _uuid_column()
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    method: Mapped[str] = mapped_column(String(16))
    sent_on: Mapped[dt.date] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer)
    copy: Mapped[str] = mapped_column(String(16), default="full")


class ExportedFileRow(Base):
    """One file of the minutes as exported, with the SHA-256 of its bytes (added in revision
    0005_exported_files). Kept on this laptop only: it says which files this app wrote."""

    __tablename__ = "minutes_export"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    copy: Mapped[str] = mapped_column(String(16))
    person_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    format: Mapped[str] = mapped_column(String(8))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    exported_on: Mapped[dt.date] = mapped_column(Date)
    agreed: Mapped[bool] = mapped_column(Boolean, default=False)
    signed: Mapped[bool] = mapped_column(Boolean, default=False)
    protected: Mapped[bool] = mapped_column(Boolean, default=False)


class ScalingChartRow(Base):
    """The scaling chart drawn for a meeting's minutes (a PNG), kept with the key of the scores
    it shows (core.minutes_copy.chart_key), so every export and preview reuses it instead of
    drawing it again (added in revision 0006_scaling_chart)."""

    __tablename__ = "scaling_chart"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True
    )
    chart_key: Mapped[str] = mapped_column(String(64))
    png: Mapped[bytes] = mapped_column(LargeBinary)


class CommentRow(Base):
    __tablename__ = "minutes_comment"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = _uuid_column()
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    received_on: Mapped[dt.date] = mapped_column(Date)
    step: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(UserText, default="")
    status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(UserText, default="")
    resolved_on: Mapped[dt.date | None] = mapped_column(Date)


class CorrectionRow(Base):
    __tablename__ = "minutes_correction"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = _uuid_column()
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    made_at: Mapped[dt.datetime] = mapped_column(DateTime)
    by_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    field: Mapped[str] = mapped_column(String(64))
    before: Mapped[str] = mapped_column(UserText, default="")
    after: Mapped[str] = mapped_column(UserText, default="")
    comment_id: Mapped[int | None] = mapped_column(
        ForeignKey("minutes_comment.id", ondelete="SET NULL")
    )


class AddendumRow(Base):
    __tablename__ = "minutes_addendum"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = _uuid_column()
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    added_on: Mapped[dt.date] = mapped_column(Date)
    by_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    reason: Mapped[str] = mapped_column(UserText, default="")
    text: Mapped[str] = mapped_column(UserText, default="")


class ExclusionRow(Base):
    __tablename__ = "exclusion"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = _uuid_column()
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    steps: Mapped[str] = mapped_column(String(400), default="")  # comma-separated StepKey values
    reason: Mapped[str] = mapped_column(UserText, default="")


class StepTimeRow(Base):
    """The seconds spent on one agenda step of a meeting while the walk-through showed it
    (added in revision 0003_step_times). Kept with the meeting; printed only if the chair asks."""

    __tablename__ = "step_time"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True
    )
    step: Mapped[str] = mapped_column(String(32), primary_key=True)  # a StepKey value
    seconds: Mapped[int] = mapped_column(Integer, default=0)


# The team server (issue 18). Every file has these tables (one schema, one migration history);
# sync_pending and sync_held are used on laptops, audit_event on the server.


class SyncPendingRow(Base):
    """A family changed here since its last sync: SQLite triggers on every table of the record
    count each change (models.sync_triggers), so a sync looks only at these families."""

    __tablename__ = "sync_pending"

    family_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    changes: Mapped[int] = mapped_column(Integer, default=0)


class SyncHeldRow(Base):
    """The server's version of a family that differs from this laptop's on both sides: held
    until the user chooses, for each difference, which side to keep (services.sync)."""

    __tablename__ = "sync_held"

    family_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    revision: Mapped[int] = mapped_column(BigInteger, default=0)
    record: Mapped[str] = mapped_column(Text)
    held_at: Mapped[dt.datetime] = mapped_column(DateTime)


class AuditEventRow(Base):
    """One change on the team server: who changed what, in which family and meeting, and when.
    Append-only there: triggers refuse UPDATE and DELETE for every role (services.server_admin).
    Holds the names of the fields changed, never their values."""

    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    member: Mapped[str] = mapped_column(String(63))
    # Left out of an INSERT unless set, so that the server's default (the sender's team, see
    # models.server_roles) applies.
    team: Mapped[str | None] = mapped_column(String(63), server_default=FetchedValue())
    family_uuid: Mapped[str | None] = mapped_column(String(36), index=True)
    meeting_uuid: Mapped[str | None] = mapped_column(String(36))
    record: Mapped[str] = mapped_column(String(32))
    record_uuid: Mapped[str | None] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(8))
    fields: Mapped[str] = mapped_column(Text, default="")
