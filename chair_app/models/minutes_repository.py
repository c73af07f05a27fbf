"""Storage of the minutes after the meeting: status, versions, distribution, comments,
corrections, addenda and exclusions. Agreed minutes refuse every change but an addendum."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from chair_app.core.agenda import StepKey
from chair_app.core.errors import MinutesAgreed, NotFound
from chair_app.core.facts import TEXT_KINDS, BadFactRef, FactKind, FactRef, fact_ref
from chair_app.core.lifecycle import (
    Addendum,
    Comment,
    CommentStatus,
    Correction,
    Distribution,
    Exclusion,
    ExportedFile,
    MinutesRecord,
    MinutesStatus,
    MinutesVersion,
    SendMethod,
)
from chair_app.core.record import KeptChart
from chair_app.models.db import SessionFactory
from chair_app.models.orm import (
    AddendumRow,
    CommentRow,
    CorrectionRow,
    DistributionRow,
    ExclusionRow,
    ExportedFileRow,
    MeetingRow,
    MinutesStateRow,
    MinutesVersionRow,
    ScalingChartRow,
)
from chair_app.models.rows import _get, _get_or_add, _transaction


def _steps_to_text(steps: tuple[StepKey, ...]) -> str:
    return ",".join(step.value for step in steps)


def _steps_from_text(text: str) -> tuple[StepKey, ...]:
    known = {step.value: step for step in StepKey}
    return tuple(known[part] for part in text.split(",") if part in known)


def minutes_record_in(session: Session, meeting_id: int) -> MinutesRecord:
    """The minutes' state after the meeting, read in an open session."""
    state = session.get(MinutesStateRow, meeting_id)
    status = MinutesStatus(state.status) if state else MinutesStatus.DRAFT

    def rows(kind: Any) -> list[Any]:
        return list(
            session.scalars(
                select(kind).where(kind.meeting_id == meeting_id).order_by(kind.id)
            )
        )

    return MinutesRecord(
        status=status,
        versions=tuple(
            MinutesVersion(
                v.number, v.fingerprint, v.agreed, v.created_on, v.agreed_on, v.agreed_by_id
            )
            for v in sorted(rows(MinutesVersionRow), key=lambda v: v.number)
        ),
        distribution=tuple(
            Distribution(
                d.person_id, SendMethod(d.method), d.sent_on, d.version, d.copy or "full"
            )
            for d in rows(DistributionRow)
        ),
        comments=tuple(
            Comment(
                c.id, c.person_id, c.received_on, StepKey(c.step), c.text,
                CommentStatus(c.status), c.reason, c.resolved_on,
            )
            for c in rows(CommentRow)
        ),
        corrections=tuple(
            Correction(
                c.id, c.made_at, c.by_person_id, c.field, c.before, c.after, c.comment_id
            )
            for c in rows(CorrectionRow)
        ),
        addenda=tuple(
            Addendum(a.id, a.added_on, a.by_person_id, a.reason, a.text)
            for a in rows(AddendumRow)
        ),
        exclusions=tuple(
            Exclusion(e.id, e.person_id, _steps_from_text(e.steps), e.reason)
            for e in rows(ExclusionRow)
        ),
    )


class MinutesRepository:
    def __init__(self, factory: SessionFactory) -> None:
        self._factory = factory

    def status(self, meeting_id: int) -> MinutesStatus:
        with _transaction(self._factory) as session:
            row = session.get(MinutesStateRow, meeting_id)
            return MinutesStatus(row.status) if row else MinutesStatus.DRAFT

    def _check_not_agreed(self, session: object, meeting_id: int) -> None:
        row = session.get(MinutesStateRow, meeting_id)  # type: ignore[attr-defined]
        if row is not None and row.status == MinutesStatus.AGREED.value:
            raise MinutesAgreed()

    def _set_status(self, session: object, meeting_id: int, status: MinutesStatus) -> None:
        row = session.get(MinutesStateRow, meeting_id)  # type: ignore[attr-defined]
        if row is None:
            session.add(MinutesStateRow(meeting_id=meeting_id, status=status.value))  # type: ignore[attr-defined]
        else:
            row.status = status.value

    def record(self, meeting_id: int) -> MinutesRecord:
        with _transaction(self._factory) as session:
            return minutes_record_in(session, meeting_id)

    def version_for(self, meeting_id: int, fingerprint: str, today: dt.date) -> MinutesVersion:
        """The version with this fingerprint; a new draft version if the content is new."""
        with _transaction(self._factory) as session:
            return self._version_in(session, meeting_id, fingerprint, today)

    def record_export(
        self,
        meeting_id: int,
        fingerprint: str,
        day: dt.date,
        files: tuple[ExportedFile, ...] = (),
        chart: KeptChart | None = None,
    ) -> MinutesVersion:
        """Note that a copy of this version left the app as files, in one transaction: its
        version (recorded if the content is new), the first day the minutes were exported, and
        each file with the SHA-256 of its bytes (their version is the one recorded here); and
        keep the scaling chart the files were drawn with, if given, for later exports.
        Called once the files are in place, so a failed export changes nothing."""
        with _transaction(self._factory) as session:
            version = self._version_in(session, meeting_id, fingerprint, day)
            meeting = _get(session, MeetingRow, meeting_id)
            if meeting.minutes_exported_on is None:
                meeting.minutes_exported_on = day
            if chart is not None:
                kept = session.get(ScalingChartRow, meeting_id)
                if kept is None:
                    session.add(
                        ScalingChartRow(meeting_id=meeting_id, chart_key=chart.key, png=chart.png)
                    )
                elif kept.chart_key != chart.key:
                    kept.chart_key, kept.png = chart.key, chart.png
            for file in files:
                session.add(
                    ExportedFileRow(
                        meeting_id=meeting_id,
                        version=version.number,
                        copy=file.copy,
                        person_id=file.person_id,
                        format=file.format,
                        sha256=file.sha256,
                        exported_on=file.exported_on,
                        agreed=file.agreed,
                        signed=file.signed,
                        protected=file.protected,
                    )
                )
            return version

    def exported_files(
        self, *, sha256: str | None = None, meeting_id: int | None = None
    ) -> tuple[ExportedFile, ...]:
        """The files recorded as exported with these bytes, or of this meeting, oldest first."""
        with _transaction(self._factory) as session:
            query = select(ExportedFileRow).order_by(ExportedFileRow.id)
            if sha256 is not None:
                query = query.where(ExportedFileRow.sha256 == sha256)
            if meeting_id is not None:
                query = query.where(ExportedFileRow.meeting_id == meeting_id)
            return tuple(
                ExportedFile(
                    row.meeting_id, row.version, row.copy, row.person_id, row.format,
                    row.sha256, row.exported_on, row.agreed, row.signed, row.protected,
                )
                for row in session.scalars(query)
            )

    def _version_in(
        self, session: object, meeting_id: int, fingerprint: str, today: dt.date
    ) -> MinutesVersion:
        row = session.scalars(  # type: ignore[attr-defined]
            select(MinutesVersionRow).where(
                MinutesVersionRow.meeting_id == meeting_id,
                MinutesVersionRow.fingerprint == fingerprint,
            )
        ).first()
        if row is None:
            self._check_not_agreed(session, meeting_id)
            number = session.scalar(  # type: ignore[attr-defined]
                select(func.coalesce(func.max(MinutesVersionRow.number), 0)).where(
                    MinutesVersionRow.meeting_id == meeting_id
                )
            )
            row = MinutesVersionRow(
                meeting_id=meeting_id,
                number=(number or 0) + 1,
                fingerprint=fingerprint,
                agreed=False,
                created_on=today,
            )
            session.add(row)  # type: ignore[attr-defined]
            session.flush()  # type: ignore[attr-defined]
        return MinutesVersion(
            row.number, row.fingerprint, row.agreed, row.created_on, row.agreed_on, row.agreed_by_id
        )

    def find_version(self, fingerprint: str) -> tuple[int, MinutesVersion] | None:
        """The meeting and version a fingerprint belongs to, if it is one of ours."""
        with _transaction(self._factory) as session:
            row = session.scalars(
                select(MinutesVersionRow).where(MinutesVersionRow.fingerprint == fingerprint)
            ).first()
            if row is None:
                return None
            return row.meeting_id, MinutesVersion(
                row.number, row.fingerprint, row.agreed, row.created_on, row.agreed_on, row.agreed_by_id
            )

    def agree(
        self, meeting_id: int, fingerprint: str, by_person_id: int | None, on: dt.date
    ) -> MinutesVersion:
        with _transaction(self._factory) as session:
            self._check_not_agreed(session, meeting_id)
            existing = session.scalars(
                select(MinutesVersionRow).where(
                    MinutesVersionRow.meeting_id == meeting_id,
                    MinutesVersionRow.fingerprint == fingerprint,
                )
            ).first()
            if existing is None:
                number = session.scalar(
                    select(func.coalesce(func.max(MinutesVersionRow.number), 0)).where(
                        MinutesVersionRow.meeting_id == meeting_id
                    )
                )
                existing = MinutesVersionRow(
                    meeting_id=meeting_id, number=(number or 0) + 1, fingerprint=fingerprint,
                    created_on=on,
                )
                session.add(existing)
            existing.agreed = True
            existing.agreed_on = on
            existing.agreed_by_id = by_person_id
            self._set_status(session, meeting_id, MinutesStatus.AGREED)
            session.flush()
            return MinutesVersion(
                existing.number, existing.fingerprint, True, existing.created_on, on, by_person_id
            )

    def add_distribution(self, meeting_id: int, entry: Distribution) -> None:
        with _transaction(self._factory) as session:
            session.add(
                DistributionRow(
                    meeting_id=meeting_id,
                    person_id=entry.person_id,
                    method=entry.method.value,
                    sent_on=entry.sent_on,
                    version=entry.version,
                    copy=entry.copy,
                )
            )
            state = session.get(MinutesStateRow, meeting_id)
            if state is None or state.status == MinutesStatus.DRAFT.value:
                self._set_status(session, meeting_id, MinutesStatus.CIRCULATED)

    def add_comment(self, meeting_id: int, comment: Comment) -> int:
        with _transaction(self._factory) as session:
            self._check_not_agreed(session, meeting_id)
            row = CommentRow(
                meeting_id=meeting_id,
                person_id=comment.person_id,
                received_on=comment.received_on,
                step=comment.step.value,
                text=comment.text,
                status=CommentStatus.PENDING.value,
            )
            session.add(row)
            session.flush()
            return row.id

    def rule_on_comment(
        self, comment_id: int, status: CommentStatus, reason: str, on: dt.date
    ) -> int:
        """Accept or decline a comment. Returns its meeting's id."""
        with _transaction(self._factory) as session:
            row = _get(session, CommentRow, comment_id)
            self._check_not_agreed(session, row.meeting_id)
            row.status = status.value
            row.reason = reason
            row.resolved_on = on
            return row.meeting_id

    def comment_meeting(self, comment_id: int) -> int:
        with _transaction(self._factory) as session:
            return _get(session, CommentRow, comment_id).meeting_id

    def log_correction(self, meeting_id: int, correction: Correction) -> None:
        with _transaction(self._factory) as session:
            self._check_not_agreed(session, meeting_id)
            session.add(
                CorrectionRow(
                    meeting_id=meeting_id,
                    made_at=correction.made_at,
                    by_person_id=correction.by_person_id,
                    field=correction.field,
                    before=correction.before,
                    after=correction.after,
                    comment_id=correction.comment_id,
                )
            )

    def add_addendum(self, meeting_id: int, addendum: Addendum) -> None:
        with _transaction(self._factory) as session:
            session.add(
                AddendumRow(
                    meeting_id=meeting_id,
                    added_on=addendum.added_on,
                    by_person_id=addendum.by_person_id,
                    reason=addendum.reason,
                    text=addendum.text,
                )
            )

    def add_exclusion(self, meeting_id: int, exclusion: Exclusion) -> int:
        with _transaction(self._factory) as session:
            self._check_not_agreed(session, meeting_id)
            row = ExclusionRow(
                meeting_id=meeting_id,
                person_id=exclusion.person_id,
                steps=_steps_to_text(exclusion.steps),
                reason=exclusion.reason,
            )
            session.add(row)
            session.flush()
            return row.id

    def remove_exclusion(self, exclusion_id: int) -> None:
        with _transaction(self._factory) as session:
            row = _get(session, ExclusionRow, exclusion_id)
            self._check_not_agreed(session, row.meeting_id)
            session.delete(row)

    def exclusion_meeting(self, exclusion_id: int) -> int:
        with _transaction(self._factory) as session:
            row = session.get(ExclusionRow, exclusion_id)
            if row is None:
                raise NotFound(f"Exclusion {exclusion_id} does not exist.")
            return row.meeting_id

    def apply_correction(self, meeting_id: int, field: FactRef | str, text: str) -> str:
        """Change one piece of the draft's wording after the meeting; returns what it said.

        Fields (core.facts.FactRef, or its text form): reasons, contingency, worries,
        working_well, needs_to_happen, chair_summary, update:<person id>, child_views:<child id>.

        Raises:
            MinutesAgreed: the minutes are agreed.
            NotFound: no such field.
        """
        from chair_app.models.orm import ChildViewsRow, MeetingRow, UpdateRow

        try:
            ref = fact_ref(field)
        except BadFactRef:
            raise NotFound(f"There is no part called {str(field)!r}.") from None
        with _transaction(self._factory) as session:
            self._check_not_agreed(session, meeting_id)
            meeting = _get(session, MeetingRow, meeting_id)
            if ref.kind in TEXT_KINDS:
                before = getattr(meeting, ref.kind.value) or ""
                setattr(meeting, ref.kind.value, text)
                return before
            if ref.kind is FactKind.UPDATE:
                row = _get_or_add(session, UpdateRow, meeting_id=meeting_id, person_id=ref.ids[0])
                before = row.text or ""
                row.text = text
                return before
            if ref.kind is FactKind.CHILD_VIEWS:
                views = _get_or_add(
                    session, ChildViewsRow, meeting_id=meeting_id, child_id=ref.ids[0]
                )
                before = views.views or ""
                views.views = text
                return before
            raise NotFound(f"There is no part called {ref.format()!r}.")

    def apply_fact_correction(self, meeting_id: int, field: FactRef | str, value: str) -> str:
        """Change one fact recorded in a closed meeting's steps; returns what it was, as stored
        (an attendance or action status's value, a score, a person's id, an ISO date, the
        action's wording; "" for none).

        Fields (core.facts.FactRef, or its text form): attendance:<person id>,
        score:<person id>:<statement id or overall>, action:<action id>:owner|due|status|what.

        Raises:
            MinutesAgreed: the minutes are agreed.
            NotFound: no such field, or the meeting has no such row.
            RuleViolation: the value is not one the fact can take.
        """
        from chair_app.core.domain import ActionStatus, AttendanceStatus
        from chair_app.core.rules import RuleViolation
        from chair_app.models.orm import ActionRow, AttendanceRow, MeetingRow, PersonRow, ScoreRow

        try:
            ref = fact_ref(field)
        except BadFactRef:
            raise NotFound(f"There is no recorded fact called {str(field)!r}.") from None
        field = ref.format()
        with _transaction(self._factory) as session:
            self._check_not_agreed(session, meeting_id)
            meeting = _get(session, MeetingRow, meeting_id)
            if ref.kind is FactKind.ATTENDANCE:
                row = session.scalars(
                    select(AttendanceRow).where(
                        AttendanceRow.meeting_id == meeting_id,
                        AttendanceRow.person_id == ref.ids[0],
                    )
                ).first()
                if row is None:
                    raise NotFound(f"The meeting has no attendance recorded for {field!r}.")
                if value not in {status.value for status in AttendanceStatus}:
                    raise RuleViolation(f"{value!r} is not a way of taking part in a meeting.")
                before = row.status
                row.status = value
                return before
            if ref.kind is FactKind.SCORE:
                statement_id = ref.statement_id
                score = session.scalars(
                    select(ScoreRow).where(
                        ScoreRow.meeting_id == meeting_id,
                        ScoreRow.person_id == ref.ids[0],
                        ScoreRow.statement_id.is_(None)
                        if statement_id is None
                        else ScoreRow.statement_id == statement_id,
                    )
                ).first()
                if score is None:
                    raise NotFound(f"The meeting has no score recorded for {field!r}.")
                if not (value.strip().isdigit() and 0 <= int(value) <= 10):
                    raise RuleViolation("A score is a whole number from 0 to 10.")
                before = str(score.value)
                score.value = int(value)
                return before
            if ref.kind is FactKind.ACTION:
                action = session.get(ActionRow, ref.ids[0])
                if action is None or action.meeting_id != meeting_id:
                    raise NotFound(f"The meeting has no action for {field!r}.")
                attribute = ref.attribute
                if attribute == "owner":
                    owner = (
                        session.get(PersonRow, int(value)) if value.strip().isdigit() else None
                    )
                    if owner is None or owner.family_id != meeting.family_id:
                        raise RuleViolation("The owner is someone in the family's network.")
                    before = "" if action.owner_id is None else str(action.owner_id)
                    action.owner_id = owner.id
                    return before
                if attribute == "due":
                    try:
                        due = dt.date.fromisoformat(value.strip())
                    except ValueError:
                        raise RuleViolation(
                            f"{value!r} is not a date (YYYY-MM-DD)."
                        ) from None
                    before = "" if action.due_date is None else action.due_date.isoformat()
                    action.due_date = due
                    return before
                if attribute == "status":
                    if value not in {status.value for status in ActionStatus}:
                        raise RuleViolation(f"{value!r} is not an action's status.")
                    before = action.status
                    action.status = value
                    return before
                if not value.strip():
                    raise RuleViolation("An action says what is to be done.")
                before = action.what or ""
                action.what = value
                return before
            raise NotFound(f"There is no recorded fact called {field!r}.")
