"""The minutes after the meeting: the draft and its corrections, circulation, comments,
agreement and addenda, the copy for each reader, and checking an exported file."""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from chair_app.core.agenda import StepKey
from chair_app.core.copies import FAMILY_READER, Reader, copy_for
from chair_app.core.dates import format_short_date
from chair_app.core.domain import ActionStatus, AttendanceStatus
from chair_app.core.family_summary import build_family_summary
from chair_app.core.lifecycle import (
    FINGERPRINT_LABEL,
    Addendum,
    Comment,
    CommentStatus,
    Correction,
    Distribution,
    Exclusion,
    ExportedFile,
    MinutesRecord,
    MinutesVersion,
    SendMethod,
    fingerprint,
    footer_note,
)
from chair_app.core.minutes import (
    DISTRIBUTION_TITLE,
    MinutesDocument,
    Table,
    block_lines,
    distribution_section,
)
from chair_app.core.rules import RuleViolation
from chair_app.core.text import document_safe
from chair_app.models.db import SessionFactory
from chair_app.models.errors import MinutesAgreed, NotFound
from chair_app.models.minutes_repository import MinutesRepository
from chair_app.models.repositories import MeetingRepository
from chair_app.services.export_minutes import (
    ExportFailed,
    ExportFormat,
    WrittenFile,
    write_exported,
)
from chair_app.services.meetings import MeetingService
from chair_app.services.signing import SigningService

# The parts of the draft whose wording may be corrected after the meeting, with their names.
TEXT_FIELDS = {
    "reasons": "Reasons for the meeting",
    "worries": "What are we worried about?",
    "working_well": "What is working well?",
    "needs_to_happen": "What needs to happen?",
    "contingency": "Contingency plan",
    "chair_summary": "Chair's summary",
}


class CopyKind(enum.Enum):
    FULL = "full"
    PERSON = "person"
    FAMILY_SUMMARY = "family_summary"


@dataclass(frozen=True, slots=True)
class CopyRequest:
    kind: CopyKind = CopyKind.FULL
    person_id: int | None = None  # for a PERSON copy


# Which copy was sent, as the Distribution section names it (Distribution.copy holds the
# CopyKind value).
COPY_SENT_LABELS = {
    CopyKind.FULL.value: "Full record",
    CopyKind.PERSON.value: "Own copy",
    CopyKind.FAMILY_SUMMARY.value: "Family summary",
}


class VerifyKind(enum.Enum):
    AGREED = "agreed"
    DRAFT = "draft"
    TAMPERED = "tampered"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class VerifyResult:
    kind: VerifyKind
    message: str
    meeting_id: int | None = None
    version: int | None = None


# The footer note (see lifecycle.footer_note): version, state ("draft" or "agreed dd/mm/yyyy")
# and fingerprint.
_NOTE = re.compile(
    r"Version\s+(\d+)\s+\(([^)]*)\)\s*·\s*" + FINGERPRINT_LABEL + r"\s+([0-9a-f]{64})"
)


class MinutesService:
    def __init__(
        self,
        factory: SessionFactory,
        agenda_folder: Path | None = None,
        signing_folder: Path | None = None,
    ) -> None:
        """signing_folder: where IT may put the council's own signing certificate and key
        (services.signing); None: the app's own key signs."""
        self._store = MinutesRepository(factory)
        self._meetings = MeetingRepository(factory)
        self._meeting_service = MeetingService(factory, agenda_folder)
        self._signing = SigningService(factory, signing_folder)

    # Reading

    def record(self, meeting_id: int) -> MinutesRecord:
        return self._store.record(meeting_id)

    def not_yet_sent(self, meeting_id: int) -> tuple[int, ...]:
        """Everyone in the network (present or not, family included) not yet sent a copy."""
        family = self._meeting_service.family_as_recorded(meeting_id)
        sent = self._store.record(meeting_id).sent_to()
        return tuple(p.id for p in family.people if p.id not in sent)

    # The draft

    def _closed(self, meeting_id: int) -> None:
        if not self._meetings.get(meeting_id).is_closed:
            raise RuleViolation("The minutes start when the meeting is closed.")

    def correct(
        self,
        meeting_id: int,
        field: str,
        text: str,
        by_person_id: int | None,
        comment_id: int | None = None,
    ) -> bool:
        """Change the wording of one part of the draft; the change is logged with what it said.

        Returns:
            Whether the wording changed (the same text again changes and logs nothing).

        Raises:
            MinutesAgreed: the minutes are agreed.
            RuleViolation: the meeting is not closed yet (edit it in the walk-through), or the
                minutes have no such part.
        """
        self._closed(meeting_id)
        self._check_part(meeting_id, field)
        before = self._store.apply_correction(meeting_id, field, text)
        if before == text:
            return False
        self._store.log_correction(
            meeting_id,
            Correction(0, dt.datetime.now().replace(microsecond=0), by_person_id, field,
                       before, text, comment_id),
        )
        return True

    # Facts recorded in the meeting's steps

    def fact_label(self, meeting_id: int, field: str) -> str:
        """A fact's name as the chair reads it: "Attendance of Priya Desai", "Score of Kerry
        Smith on statement 2", "Action 3: owner"."""
        meeting = self._meetings.get(meeting_id)
        names = {p.id: p.name for p in self._meeting_service.family_as_recorded(meeting_id).people}
        parts = field.split(":")

        def person(key: str) -> str:
            return names.get(int(key), "someone") if key.isdigit() else "someone"

        if parts[0] == "attendance" and len(parts) == 2:
            return f"Attendance of {person(parts[1])}"
        if parts[0] == "score" and len(parts) == 3:
            if parts[2] == "overall":
                return f"Score of {person(parts[1])} on the overall scale"
            statement = next(
                (s for s in meeting.statements if str(s.id) == parts[2]), None
            )
            where = f"statement {statement.position}" if statement else "a statement"
            return f"Score of {person(parts[1])} on {where}"
        if parts[0] == "action" and len(parts) == 3:
            number = next(
                (i for i, a in enumerate(meeting.actions, 1) if str(a.id) == parts[1]), None
            )
            what = {"owner": "owner", "due": "due date", "status": "status", "what": "wording"}
            return f"Action {number or '?'}: {what.get(parts[2], parts[2])}"
        return field

    def fact_value(self, meeting_id: int, field: str) -> str:
        """A recorded fact as stored ("present", "7", a person's id, an ISO date, the wording);
        "" when the meeting has none."""
        meeting = self._meetings.get(meeting_id)
        parts = field.split(":")
        if parts[0] == "attendance" and len(parts) == 2 and parts[1].isdigit():
            return meeting.attendance_of(int(parts[1])).status.value
        if parts[0] == "score" and len(parts) == 3 and parts[1].isdigit():
            statement_id = None if parts[2] == "overall" else int(parts[2] or 0)
            score = meeting.score_of(int(parts[1]), statement_id)
            return "" if score is None else str(score.value)
        if parts[0] == "action" and len(parts) == 3 and parts[1].isdigit():
            action = next((a for a in meeting.actions if a.id == int(parts[1])), None)
            if action is None:
                return ""
            if parts[2] == "owner":
                return "" if action.owner_id is None else str(action.owner_id)
            if parts[2] == "due":
                return "" if action.due_date is None else action.due_date.isoformat()
            if parts[2] == "status":
                return action.status.value
            if parts[2] == "what":
                return action.what
        return ""

    def fact_text(self, meeting_id: int, field: str, value: str) -> str:
        """A fact's stored value as people read it: "Sent apologies", "Priya Desai",
        "03/12/2026", "Partly done"."""
        kind, attribute = field.split(":")[0], field.split(":")[-1]
        if not value:
            return "Not recorded"
        try:
            if kind == "attendance":
                return AttendanceStatus(value).label
            if kind == "action" and attribute == "owner":
                person = self._meeting_service.family_as_recorded(meeting_id).person(int(value))
                return person.name if person is not None else "Someone no longer in the network"
            if kind == "action" and attribute == "due":
                return format_short_date(dt.date.fromisoformat(value))
            if kind == "action" and attribute == "status":
                return ActionStatus(value).label
        except ValueError:
            return value
        return value

    def _check_fact(self, meeting_id: int, field: str) -> None:
        """Refuse a fact the meeting's record does not have.

        Raises:
            NotFound: a misspelt field, or no such attendance, score or action.
        """
        meeting = self._meetings.get(meeting_id)
        parts = field.split(":")
        found = False
        if parts[0] == "attendance" and len(parts) == 2 and parts[1].isdigit():
            found = any(e.person_id == int(parts[1]) for e in meeting.attendance)
        elif (
            parts[0] == "score"
            and len(parts) == 3
            and parts[1].isdigit()
            and (parts[2].isdigit() or parts[2] == "overall")
        ):
            statement_id = None if parts[2] == "overall" else int(parts[2])
            found = meeting.score_of(int(parts[1]), statement_id) is not None
        elif (
            parts[0] == "action"
            and len(parts) == 3
            and parts[1].isdigit()
            and parts[2] in ("owner", "due", "status", "what")
        ):
            found = any(a.id == int(parts[1]) for a in meeting.actions)
        if not found:
            raise NotFound(f"The meeting's record has no fact called {field!r}.")

    def correct_fact(
        self, meeting_id: int, field: str, value: str, by_person_id: int | None
    ) -> bool:
        """Correct a fact recorded in the meeting's steps (attendance, a score, an action's
        owner, due date, status or wording); logged with what it was, in words.

        Fields: attendance:<person id>, score:<person id>:<statement id or overall>,
        action:<action id>:owner|due|status|what.

        Returns:
            Whether the fact changed (the same value again changes and logs nothing).

        Raises:
            MinutesAgreed: the minutes are agreed.
            NotFound: the meeting has no such fact.
            RuleViolation: the meeting is not closed, the corrector is not its chair, or the
                value is not one the fact can take.
        """
        self._closed(meeting_id)
        if self._store.record(meeting_id).is_agreed:
            raise MinutesAgreed()
        meeting = self._meetings.get(meeting_id)
        if meeting.chair_id is None or by_person_id != meeting.chair_id:
            raise RuleViolation(
                "Only the meeting's chair can correct the facts recorded in the meeting."
            )
        self._check_fact(meeting_id, field)
        value = value.strip() if not field.endswith(":what") else value
        parts = field.split(":")
        if parts[0] == "action" and parts[-1] == "owner":
            family = self._meeting_service.family_as_recorded(meeting_id)
            if not value.isdigit() or family.person(int(value)) is None:
                raise RuleViolation("The owner of an action is someone in the family's network.")
        if parts[0] == "score" and value.isdigit():
            value = str(int(value))
        before = self._store.apply_fact_correction(meeting_id, field, value)
        before_text = self.fact_text(meeting_id, field, before)
        after_text = self.fact_text(meeting_id, field, value)
        if before == value or before_text == after_text:
            return False
        self._store.log_correction(
            meeting_id,
            Correction(0, dt.datetime.now().replace(microsecond=0), by_person_id, field,
                       before_text, after_text),
        )
        return True

    def _check_part(self, meeting_id: int, field: str) -> None:
        """Refuse a part the minutes do not have: a misspelt field, someone outside the
        network, a child not in the family."""
        family = self._meeting_service.family_as_recorded(meeting_id)
        kind, _, key = field.partition(":")
        known = (
            field in TEXT_FIELDS
            or (kind == "update" and key.isdigit() and family.person(int(key)) is not None)
            or (
                kind == "child_views"
                and key.isdigit()
                and any(child.id == int(key) for child in family.children)
            )
        )
        if not known:
            raise RuleViolation(f"The minutes have no part called {field!r}.")

    def add_comment(self, meeting_id: int, comment: Comment) -> int:
        self._closed(meeting_id)
        if not comment.text.strip():
            raise RuleViolation("Write down what the comment asks for.")
        return self._store.add_comment(meeting_id, comment)

    def _waiting_comment(self, comment_id: int) -> tuple[int, Comment]:
        """The comment and its meeting, if it still waits for a ruling.

        Raises:
            MinutesAgreed: the minutes are agreed.
            RuleViolation: the comment was already accepted or declined.
        """
        meeting_id = self._store.comment_meeting(comment_id)
        record = self._store.record(meeting_id)
        if record.is_agreed:
            raise MinutesAgreed()
        comment = next(c for c in record.comments if c.id == comment_id)
        if comment.status is not CommentStatus.PENDING:
            raise RuleViolation(
                f"This comment was already {comment.status.label.lower()}; "
                "it is not ruled on twice."
            )
        return meeting_id, comment

    def accept_comment(
        self, comment_id: int, field: str, text: str, by_person_id: int | None, on: dt.date
    ) -> None:
        """Accept a comment: the draft changes as it asks, and the change is logged.

        Raises:
            MinutesAgreed: the minutes are agreed.
            RuleViolation: the comment was already ruled on, or the wording is unchanged (an
                accepted comment changes the draft; otherwise decline it with a reason).
        """
        meeting_id, comment = self._waiting_comment(comment_id)
        if on < comment.received_on:
            raise RuleViolation("A comment is ruled on after it was received.")
        if not self.correct(meeting_id, field, text, by_person_id, comment_id):
            raise RuleViolation(
                "The new wording is the same as the draft's. Change the wording as the comment "
                "asks, or decline the comment with a reason."
            )
        self._store.rule_on_comment(comment_id, CommentStatus.ACCEPTED, "", on)

    def decline_comment(self, comment_id: int, reason: str, on: dt.date) -> None:
        """Decline a comment, with the reason.

        Raises:
            MinutesAgreed: the minutes are agreed.
            RuleViolation: no reason, or the comment was already ruled on.
        """
        _meeting_id, comment = self._waiting_comment(comment_id)
        if not reason.strip():
            raise RuleViolation("Give the reason for declining the comment.")
        if on < comment.received_on:
            raise RuleViolation("A comment is ruled on after it was received.")
        self._store.rule_on_comment(comment_id, CommentStatus.DECLINED, reason.strip(), on)

    def record_sent(
        self,
        meeting_id: int,
        person_id: int,
        method: SendMethod,
        sent_on: dt.date,
        copy: CopyKind = CopyKind.PERSON,
    ) -> None:
        """Note that a copy went to a member: which copy, how and when, and which version.
        Allowed after agreement too: the agreed minutes are sent out like the draft.

        Args:
            copy: the copy sent: the person's own copy (the default), the full record or the
                family summary.
        """
        self._closed(meeting_id)
        self._check_member(meeting_id, person_id)
        if sent_on < self._meetings.get(meeting_id).date:
            raise RuleViolation("A copy of the minutes is sent after the meeting, not before.")
        version = self.current_version(meeting_id, sent_on)
        self._store.add_distribution(
            meeting_id, Distribution(person_id, method, sent_on, version.number, copy.value)
        )

    def _distribution_rows(
        self, meeting_id: int, version: MinutesVersion
    ) -> tuple[tuple[str, str, str, str, str], ...]:
        """The Distribution section's rows: (name, copy, version, how, date), as recorded.
        Names only; the version sent is marked agreed when it is the agreed version this copy
        is."""
        record = self._store.record(meeting_id)
        names = {p.id: p.name for p in self._meeting_service.family_as_recorded(meeting_id).people}
        return tuple(
            (
                names.get(d.person_id, "Someone no longer in the network"),
                COPY_SENT_LABELS.get(d.copy, d.copy),
                f"{d.version} (agreed)"
                if version.agreed and d.version == version.number
                else str(d.version),
                d.method.label,
                format_short_date(d.sent_on),
            )
            for d in record.distribution
        )

    def _check_member(self, meeting_id: int, person_id: int) -> None:
        if self._meeting_service.family_as_recorded(meeting_id).person(person_id) is None:
            raise RuleViolation("That person is not in this meeting's network.")

    def add_exclusion(self, meeting_id: int, exclusion: Exclusion) -> int:
        """Record that a person was kept out of parts of the meeting, and why.

        Raises:
            MinutesAgreed: the minutes are agreed.
            RuleViolation: no parts, no reason, or the person is not in the network.
        """
        self._check_member(meeting_id, exclusion.person_id)
        if not exclusion.steps:
            raise RuleViolation("Choose the parts of the meeting the person was excluded from.")
        if not exclusion.reason.strip():
            raise RuleViolation("Say why the person was excluded.")
        return self._store.add_exclusion(meeting_id, exclusion)

    def remove_exclusion(self, exclusion_id: int) -> None:
        self._store.remove_exclusion(exclusion_id)

    # Agreement

    def agree(self, meeting_id: int, by_person_id: int | None, on: dt.date) -> MinutesVersion:
        """Mark the minutes agreed and lock them.

        Raises:
            RuleViolation: the meeting is not closed, or comments wait for a ruling.
            MinutesAgreed: already agreed.
        """
        self._closed(meeting_id)
        waiting = self.waiting_comments_problem(meeting_id)
        if waiting:
            raise RuleViolation(waiting)
        if on < self._meetings.get(meeting_id).date:
            raise RuleViolation("The minutes are agreed after the meeting, not before it.")
        return self._store.agree(meeting_id, self.fingerprint(meeting_id), by_person_id, on)

    def waiting_comments_problem(self, meeting_id: int) -> str:
        """Why the minutes cannot be agreed yet because of comments; "" if none waits."""
        waiting = [
            c for c in self._store.record(meeting_id).comments if c.status is CommentStatus.PENDING
        ]
        if not waiting:
            return ""
        return (
            f"{len(waiting)} comment{'s wait' if len(waiting) != 1 else ' waits'} for a "
            "ruling: accept or decline each before the minutes are agreed."
        )

    def add_addendum(self, meeting_id: int, addendum: Addendum) -> None:
        if not self._store.record(meeting_id).is_agreed:
            raise RuleViolation(
                "An addendum is added after the minutes are agreed; correct the draft instead."
            )
        if not addendum.text.strip() or not addendum.reason.strip():
            raise RuleViolation("An addendum says what is added and why.")
        agreed = self._store.record(meeting_id).agreed_version
        if agreed is not None and agreed.agreed_on and addendum.added_on < agreed.agreed_on:
            raise RuleViolation("An addendum is dated on or after the day the minutes were agreed.")
        self._store.add_addendum(meeting_id, addendum)

    # Versions and copies

    def fingerprint(self, meeting_id: int) -> str:
        """SHA-256 of the full record's content: every fact and word, and who was excluded from
        what (not its addenda, copy label or footer)."""
        return fingerprint(self._full_record(meeting_id, with_chart=False))

    def _full_record(self, meeting_id: int, *, with_chart: bool) -> MinutesDocument:
        """The full record without addenda or footer: the content a fingerprint is taken of."""
        base = self._meeting_service.build_minutes(meeting_id, with_chart=with_chart)
        exclusions = self._exclusion_lines(meeting_id)
        if not exclusions:
            return base
        return self._meeting_service.build_minutes_with(
            meeting_id, base, {"exclusions": exclusions}
        )

    def _exclusion_lines(self, meeting_id: int) -> tuple[tuple[str, str, str], ...]:
        """Who was excluded from what, and why, as the full record lists it."""
        record = self._store.record(meeting_id)
        names = {p.id: p.name for p in self._meeting_service.family_as_recorded(meeting_id).people}
        titles = dict(self._step_titles(meeting_id))
        return tuple(
            (
                names.get(e.person_id, "Someone"),
                ", ".join(titles.get(step, step.value) for step in e.steps),
                e.reason,
            )
            for e in record.exclusions
        )

    def current_version(self, meeting_id: int, today: dt.date) -> MinutesVersion:
        """The version a copy made now is: the agreed one, or the draft as it stands (a new
        version number the first time this content leaves the app)."""
        record = self._store.record(meeting_id)
        agreed = record.agreed_version
        if agreed is not None:
            return agreed
        return self._store.version_for(meeting_id, self.fingerprint(meeting_id), today)

    def copy_label(self, meeting_id: int, copy: CopyRequest) -> str:
        """The copy's name, as printed on its first page: "Full record", "Copy for NAME" or
        "Family summary"."""
        if copy.kind is CopyKind.FAMILY_SUMMARY:
            return "Family summary"
        if copy.kind is CopyKind.FULL:
            return "Full record"
        person = self._meeting_service.family_as_recorded(meeting_id).person(copy.person_id)
        if person is None:
            raise NotFound("That person is not in this meeting's network.")
        return f"Copy for {person.name}"

    def document(
        self, meeting_id: int, copy: CopyRequest, today: dt.date, *, with_chart: bool = True
    ) -> MinutesDocument:
        """The copy asked for, with the version and fingerprint in its footer. A draft's
        version is recorded the first time its content leaves the app."""
        self._closed(meeting_id)
        return self._copy(meeting_id, copy, self.current_version(meeting_id, today), with_chart)

    def preview(self, meeting_id: int, copy: CopyRequest, today: dt.date) -> MinutesDocument:
        """The copy asked for, as it would be sent now, for the chair to look at before sending.
        Nothing leaves the app, so no draft version is recorded: the footer names the version
        the copy would be (the agreed one, or the draft as it stands), without a chart."""
        self._closed(meeting_id)
        return self._copy(meeting_id, copy, self._version_if_sent(meeting_id, today), False)

    def document_to_export(
        self, meeting_id: int, copy: CopyRequest, today: dt.date
    ) -> tuple[MinutesDocument, MinutesVersion]:
        """The copy asked for, drawn with the version it will be once exported, and that
        version. Reads only: call record_export once the file is in place."""
        self._closed(meeting_id)
        version = self._version_if_sent(meeting_id, today)
        return self._copy(meeting_id, copy, version, with_chart=True), version

    def write_export(
        self,
        document: MinutesDocument,
        version: MinutesVersion,
        fmt: ExportFormat,
        path: Path,
        *,
        password: str | None = None,
    ) -> WrittenFile:
        """Write one file of a copy drawn by document_to_export, atomically; the agreed
        version's PDF is signed (services.signing) before it is renamed into place. Records
        nothing: pass the file to record_export once every file is in place.

        Raises:
            ExportFailed: the file cannot be written, or the council's signing key cannot be
                used (then nothing is written).
        """
        sign = None
        if fmt is ExportFormat.PDF and version.agreed:
            from chair_app.export.pdf_signing import sign_pdf

            key = self._signing.signing_key()

            def sign(data: bytes) -> bytes:
                return sign_pdf(data, key, password=password)

        return write_exported(document, fmt, path, password=password, sign=sign)

    def record_export(
        self,
        meeting_id: int,
        version: MinutesVersion,
        day: dt.date,
        copy: CopyRequest = CopyRequest(),
        files: tuple[WrittenFile, ...] | list[WrittenFile] = (),
    ) -> None:
        """Note, in one transaction, that files of this version left the app: the version (a
        new draft's is recorded now), the first day the minutes were exported, and each file
        with the SHA-256 of its bytes, its copy and format, for verify."""
        self._store.record_export(
            meeting_id,
            version.fingerprint,
            day,
            tuple(
                ExportedFile(
                    meeting_id,
                    version.number,
                    copy.kind.value,
                    copy.person_id if copy.kind is CopyKind.PERSON else None,
                    file.fmt.value,
                    file.sha256,
                    day,
                    version.agreed,
                    file.signed,
                    file.protected,
                )
                for file in files
            ),
        )

    def signing_certificate(self) -> bytes:
        """The certificate (PEM) the agreed PDFs are signed with, for recipients to check the
        signature against; the app's own key is made if it does not exist yet.

        Raises:
            ExportFailed: the council's signing files cannot be used.
        """
        return self._signing.certificate_pem()

    def _version_if_sent(self, meeting_id: int, today: dt.date) -> MinutesVersion:
        """The version a copy made now would be (as current_version), without recording it:
        a new draft's number is the next one."""
        record = self._store.record(meeting_id)
        version = record.agreed_version
        if version is None:
            print_ = self.fingerprint(meeting_id)
            version = next((v for v in record.versions if v.fingerprint == print_), None) or (
                MinutesVersion(
                    max((v.number for v in record.versions), default=0) + 1, print_, False, today
                )
            )
        return version

    def _copy(
        self, meeting_id: int, copy: CopyRequest, version: MinutesVersion, with_chart: bool
    ) -> MinutesDocument:
        """Build a copy for a given version's footer; reads only."""
        note = footer_note(version)
        meeting = self._meetings.get(meeting_id)
        family = self._meeting_service.family_as_recorded(meeting_id)
        record = self._store.record(meeting_id)
        if copy.kind is CopyKind.FAMILY_SUMMARY:
            # Parts a family member was kept out of are not in the family's summary either.
            family_excluded = frozenset(
                step
                for e in record.exclusions
                if (person := family.person(e.person_id)) is not None
                and not person.is_professional
                for step in e.steps
            )
            # A carried job says when it was due last time, if that date has passed.
            earlier_due = {
                a.id: history[-1][1].due_date
                for a in meeting.actions
                if a.is_carried and (history := self._meetings.action_history(a.id))
            }
            return build_family_summary(
                copy_for(meeting, FAMILY_READER), family, note, family_excluded, earlier_due
            )
        # build_minutes_with builds the copy afresh from the record (reusing only the chart),
        # so each copy's settings are all given here.
        base = self._meeting_service.build_minutes(meeting_id, with_chart=with_chart)
        extras_changes: dict[str, object] = {
            "footer_note": note,
            "exclusions": self._exclusion_lines(meeting_id),
            # The sign-off and the distribution list, like the footer, are not fingerprinted:
            # agreeing the minutes or sending a copy does not change their content.
            "agreed_on": version.agreed_on if version.agreed else None,
            "distribution": self._distribution_rows(meeting_id, version),
        }
        names = {p.id: p.name for p in family.people}
        if copy.kind is CopyKind.PERSON:
            person = family.person(copy.person_id)
            if person is None:
                raise NotFound("That person is not in this meeting's network.")
            excluded = frozenset(
                step for e in record.exclusions if e.person_id == person.id for step in e.steps
            )
            extras_changes |= {
                "copy_label": self.copy_label(meeting_id, copy),
                "omit_steps": excluded,
                "reader": Reader.person(family, person.id),
                # Who was excluded from what is for the full record only.
                "exclusions": (),
            }
        extras_changes["addenda"] = tuple(
            (
                format_short_date(a.added_on),
                names.get(a.by_person_id, "not recorded") if a.by_person_id is not None
                else "not recorded",
                a.reason,
                a.text,
            )
            for a in record.addenda
        )
        return self._meeting_service.build_minutes_with(meeting_id, base, extras_changes)

    def _copy_of(self, meeting_id: int, text: str) -> CopyRequest:
        """Which copy a file is, from the label on its first page."""
        head = [line.strip() for line in text.splitlines()[:6]]
        if "Family summary" in head:
            return CopyRequest(CopyKind.FAMILY_SUMMARY)
        family = self._meeting_service.family_as_recorded(meeting_id)
        for line in head:
            if line.startswith("Copy for "):
                name = line.removeprefix("Copy for ").strip()
                person = next((p for p in family.people if p.name.strip() == name), None)
                if person is not None:
                    return CopyRequest(CopyKind.PERSON, person.id)
        return CopyRequest()

    def _step_titles(self, meeting_id: int) -> tuple[tuple[StepKey, str], ...]:
        meeting = self._meetings.get(meeting_id)
        return tuple(
            (step.key, step.title)
            for step in self._meeting_service.agenda(meeting.meeting_type).steps
        )

    def export(
        self,
        meeting_id: int,
        fmt: ExportFormat,
        path: Path,
        copy: CopyRequest = CopyRequest(),
        *,
        overwrite: bool = False,
        today: dt.date | None = None,
        password: str | None = None,
    ) -> Path:
        """Write the copy asked for and note that the minutes were exported. Nothing is
        recorded until the file is in place: the copy is drawn with the version it will be,
        then that version and the day of the export are recorded in one transaction.

        Args:
            password: protect the file with this password, for sending by email (None: not
                protected). It is neither logged nor kept.

        Raises:
            ExportFailed: the password is empty or unusable, or the file cannot be written.
            ExportWouldOverwrite: the file exists and overwrite is False.
        """
        from chair_app.services.export_minutes import (
            ExportFailed,
            ExportWouldOverwrite,
            check_password,
        )
        from chair_app.services.output_files import output_problem

        check_password(password)
        problem = output_problem(path)
        if problem:
            raise ExportFailed(problem)
        if path.exists() and not overwrite:
            raise ExportWouldOverwrite(path)
        day = today or dt.date.today()
        document, version = self.document_to_export(meeting_id, copy, day)
        written = self.write_export(document, version, fmt, path, password=password)
        self.record_export(meeting_id, version, day, copy, (written,))
        return written.path

    # Checking a file

    def verify(self, path: Path) -> VerifyResult:
        """Whether an exported DOCX or PDF is the agreed minutes held here, an earlier draft,
        changed since it was exported, or not ours. Reads only: checking a file changes nothing.

        Only a file that is byte for byte one exported here as the agreed version is the agreed
        minutes. A PDF's signature is checked first: one changed or added to after it was
        signed, or signed with another key, is said to be so. Any other file is compared with
        the minutes word for word, to say what it is (a draft, or changed since it was
        exported), never that it is the agreed copy.
        """
        try:
            data = path.read_bytes()
        except OSError as error:
            return VerifyResult(
                VerifyKind.UNKNOWN,
                f"{path.name} cannot be read: {error.strerror or type(error).__name__}.",
            )
        if path.suffix.lower() == ".pdf":
            problem = self._signature_problem(path, data)
            if problem is not None:
                return problem
        digest = hashlib.sha256(data).hexdigest()
        for exported in self._store.exported_files(sha256=digest):
            agreed_now = self._store.record(exported.meeting_id).agreed_version
            if exported.agreed and agreed_now is not None and (
                agreed_now.number == exported.version
            ):
                return self._agreed_result(path, exported, agreed_now)
        try:
            text = _file_text(path)
        except ExportFailed as error:
            return VerifyResult(VerifyKind.UNKNOWN, str(error))
        match = _NOTE.search(" ".join(text.split()))
        if match is None:
            return VerifyResult(
                VerifyKind.UNKNOWN, f"{path.name} has no Chair version and fingerprint."
            )
        number, state, print_ = int(match.group(1)), match.group(2).strip(), match.group(3)
        found = self._store.find_version(print_)
        if found is None or found[1].number != number:
            return VerifyResult(
                VerifyKind.UNKNOWN,
                f"{path.name}: its fingerprint is not one of the minutes held here.",
            )
        meeting_id, version = found
        record = self._store.record(meeting_id)
        agreed = record.agreed_version
        if print_ != self.fingerprint(meeting_id):
            if version.agreed:
                # The record no longer builds the agreed words (a local agenda file changed?).
                return VerifyResult(
                    VerifyKind.UNKNOWN,
                    f"{path.name} claims the agreed version {number}, but the minutes held here "
                    "no longer build the same content, so the file cannot be checked word for "
                    "word.",
                    meeting_id,
                    number,
                )
            later = (
                f" The agreed minutes are version {agreed.number}." if agreed is not None else ""
            )
            return VerifyResult(
                VerifyKind.DRAFT,
                f"{path.name} is an earlier draft, version {number}; the minutes were corrected "
                f"after it was made, so it is not the agreed minutes.{later}",
                meeting_id,
                number,
            )
        copy = self._copy_of(meeting_id, text)
        claimed_agreed = state.startswith("agreed")
        # A file exported as a draft signs off "Not yet agreed", even if its words were later
        # agreed as they stood.
        as_claimed = version if claimed_agreed else replace(version, agreed=False, agreed_on=None)
        expected = self._copy(meeting_id, copy, as_claimed, with_chart=True)
        label = expected.copy_label
        if not self._same_words_as_sent(
            text, expected, meeting_id, copy, as_claimed, pdf=path.suffix.lower() == ".pdf"
        ):
            return VerifyResult(
                VerifyKind.TAMPERED,
                f"{path.name} claims version {number}, but its words are not those of that "
                "version: it has been changed since it was exported.",
                meeting_id,
                number,
            )
        agreed_state = (
            f"agreed {agreed.agreed_on.strftime('%d/%m/%Y')}"
            if agreed is not None and agreed.agreed_on is not None
            else ""
        )
        if claimed_agreed and (
            agreed is None or agreed.fingerprint != print_ or state != agreed_state
        ):
            return VerifyResult(
                VerifyKind.TAMPERED,
                f"{path.name} says it is agreed ({state}), but version {number} was not agreed "
                "then: its footer has been changed since it was exported.",
                meeting_id,
                number,
            )
        if agreed is not None and agreed.fingerprint == print_ and claimed_agreed:
            # Every word is there, but the file is not one exported here: its words may be in
            # another order, formatted, hidden, or joined by a header or a drawing.
            agreed_exported = any(
                f.agreed and f.version == number
                for f in self._store.exported_files(meeting_id=meeting_id)
            )
            hint = (
                ""
                if agreed_exported
                else " Chair has no record here of a file of the agreed version (files "
                "exported by earlier versions of Chair were not recorded): export the agreed "
                "minutes again to have a copy that can be checked."
            )
            return VerifyResult(
                VerifyKind.TAMPERED,
                f"{path.name} is not the agreed copy: it claims to be the agreed minutes "
                f"({label}), version {number}, and has their words, but it is not byte for "
                "byte a file Chair exported, so it has been changed since it was exported "
                "(the order of its words, their formatting, hidden text, page headers or "
                f"drawings may differ).{hint}",
                meeting_id,
                number,
            )
        if agreed is not None and agreed.fingerprint == print_:
            return VerifyResult(
                VerifyKind.DRAFT,
                f"{path.name} is a draft ({label}), version {number}, exported before the minutes "
                f"were agreed on {format_short_date(agreed.agreed_on)}. Its words are those "
                "agreed, but it is not the agreed copy: export the agreed minutes again.",
                meeting_id,
                number,
            )
        later = " The agreed version is a later one." if agreed is not None else ""
        return VerifyResult(
            VerifyKind.DRAFT,
            f"{path.name} is a draft ({label}), version {number}; it is not the agreed "
            f"minutes.{later}",
            meeting_id,
            number,
        )


    def _agreed_result(
        self, path: Path, exported: ExportedFile, agreed: MinutesVersion
    ) -> VerifyResult:
        """The file is byte for byte one exported here as the agreed version."""
        kind = CopyKind(exported.copy)
        try:
            label = self.copy_label(exported.meeting_id, CopyRequest(kind, exported.person_id))
        except NotFound:
            label = COPY_SENT_LABELS[kind.value]
        how = (
            " It is protected with a password, and was checked byte for byte."
            if exported.protected
            else ""
        )
        return VerifyResult(
            VerifyKind.AGREED,
            f"{path.name} is the agreed minutes ({label}), version {agreed.number}, agreed on "
            f"{format_short_date(agreed.agreed_on)}.{how}",
            exported.meeting_id,
            agreed.number,
        )

    def _signature_problem(self, path: Path, data: bytes) -> VerifyResult | None:
        """For a PDF with a signature: a result when the signature shows the file is not the
        signed one (changed or added to after it was signed, or signed with another key);
        None when it is intact and Chair's, or the file has none (or is protected)."""
        from chair_app.export.pdf_signing import SignatureState, check_pdf_signature

        check = check_pdf_signature(data, self._signing.trusted_certificates())
        if check.state is SignatureState.CHANGED:
            return VerifyResult(
                VerifyKind.TAMPERED,
                f"{path.name} is not the agreed copy: it has been changed after it was signed "
                "(its digital signature no longer covers the file as it is: something was "
                "added or altered, such as an annotation, a drawing over a page, or its text).",
            )
        if check.state is SignatureState.OTHER_KEY:
            return VerifyResult(
                VerifyKind.TAMPERED,
                f"{path.name} is not the agreed copy: it is signed, but not with Chair's "
                f"signing key (the signature is by {check.signer or 'an unnamed key'}).",
            )
        return None

    def _same_words_as_sent(
        self,
        text: str,
        expected: MinutesDocument,
        meeting_id: int,
        copy: CopyRequest,
        version: MinutesVersion,
        *,
        pdf: bool,
    ) -> bool:
        """Whether a file has the copy's words, with the distribution list as it stood when the
        file was exported: the copies recorded as sent by then, which are the first ones
        recorded (a file exported before the last copies were recorded lists fewer)."""
        if _same_words(text, expected, pdf=pdf):
            return True
        if copy.kind is CopyKind.FAMILY_SUMMARY:
            return False
        rows = self._distribution_rows(meeting_id, version)
        for count in range(len(rows) - 1, -1, -1):
            if _same_words(text, _with_distribution(expected, rows[:count]), pdf=pdf):
                return True
        return False


def _with_distribution(
    document: MinutesDocument, rows: tuple[tuple[str, str, str, str, str], ...]
) -> MinutesDocument:
    """The document with its distribution list (the last section) as given; none when empty."""
    sections = [s for s in document.sections if s.title != DISTRIBUTION_TITLE]
    if rows:
        sections.append(distribution_section(rows))
    return replace(document, sections=tuple(sections))


PROTECTED_MESSAGE = (
    "{name} is protected with a password, so Chair cannot read it to check it. "
    "Check the unprotected copy instead (export the minutes again without a password)."
)


def _file_text(path: Path) -> str:
    from chair_app.export.protect import is_protected

    try:
        protected = is_protected(path)
    except Exception as error:  # a damaged file of any kind: say so, never crash
        raise ExportFailed(f"{path.name} cannot be read: {type(error).__name__}.") from error
    if protected:
        raise ExportFailed(PROTECTED_MESSAGE.format(name=path.name))
    try:
        if path.suffix.lower() == ".docx":
            import docx

            document = docx.Document(str(path))
            parts = [p.text for p in document.paragraphs]
            for table in document.tables:
                for row in table.rows:
                    parts.extend(cell.text for cell in row.cells)
            for section in document.sections:
                parts.extend(p.text for p in section.footer.paragraphs)
            return "\n".join(parts)
        if path.suffix.lower() == ".pdf":
            from pypdf import PdfReader

            return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    except Exception as error:  # a damaged file of any kind: say so, never crash
        raise ExportFailed(f"{path.name} cannot be read: {type(error).__name__}.") from error
    raise ExportFailed(f"{path.name} is not a DOCX or PDF file.")


# Right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko ... and their presentation forms).
_RTL = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff"
# A word of left-to-right letters and digits, or one right-to-left letter. The PDF holds
# right-to-left text in the order it was typed, and reading it back (pypdf) turns each run of it
# round, so its words come back spelt backwards and its spaces at the other end of the run.
# Its letters are therefore counted one by one, which every reading of the file agrees on.
_WORD = re.compile(rf"[^\W{_RTL}]+|(?=\w)[{_RTL}]")
_HAS_RTL = re.compile(rf"[{_RTL}]")


# Invisible characters that join or steer text but are not part of any word (soft hyphen, zero
# width space and joiners, direction marks): a PDF may keep, drop or act on them (a soft hyphen
# is where a line may break), so neither side's words count them.
_INVISIBLE = re.compile("[\xad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def _words(text: str) -> list[str]:
    return sorted(_WORD.findall(_INVISIBLE.sub("", text.casefold())))


_PAGE_NUMBER = re.compile(r"\bPage \d+ of \d+\b")
# The notes the PDF puts around a table cell too tall for a page, whose text then follows the
# table (export.pdf_renderer: _cell and _overflow_flowables).
_PDF_CELL_NOTES = re.compile(
    r"\(continued below the table\)|Continued from the table above \([^)]*\):"
)


def _rejoin_broken_words(words: Counter[str], expected: Counter[str]) -> Counter[str]:
    """The PDF's words with those its layout broke across lines (a long surname in a narrow
    table column) made whole again: a word the document has and the file lacks is rebuilt from
    the file's surplus words that spell it, piece by piece. Table cells are read row by row, so
    the pieces need not be next to each other in the text."""
    missing = expected - words
    surplus = words - expected
    for word, count in missing.items():
        for _ in range(count):
            rest, used = word, Counter[str]()
            while rest:
                piece = max(
                    (p for p in (surplus - used) if rest.startswith(p)), key=len, default=""
                )
                if not piece:
                    return words
                used[piece] += 1
                rest = rest[len(piece):]
            surplus -= used
            words = words - used
            words[word] += 1
    return words


def _without_repeated_headers(
    words: Counter[str],
    expected: Counter[str],
    document: MinutesDocument,
    as_written: Callable[[str], str],
) -> Counter[str]:
    """The PDF's words without the header rows a table repeats at the top of each page it runs
    onto (export.pdf_renderer: ``repeatRows=1``): taken out only while the file has them to
    spare over the document, so no word of the content itself can hide behind them."""
    for section in document.sections:
        for block in section.blocks:
            if not isinstance(block, Table):
                continue
            header = Counter(_words(as_written(" ".join(block.headers))))
            while header and header <= words - expected:
                words = words - header
    return words


def _same_words(file_text: str, document: MinutesDocument, *, pdf: bool = False) -> bool:
    """The file's words against the document's, as multisets (tables and pages order words
    differently in DOCX and PDF). The page furniture (the marking, the footer with its page
    numbers, and the version note) is taken out of the file's text as whole phrases, so that
    every word and number of the content itself counts, including those that also appear in
    the furniture (a surname, a date). pdf: the document's words as a PDF holds them, where a
    letter its font cannot print (Chinese, Bengali ...) is U+FFFD."""
    lines = [document.title, document.copy_label]
    lines += [f"{label} {value}" for label, value in document.heading.items]
    for section in document.sections:
        lines.append(section.title)
        for block in section.blocks:
            lines.extend(block_lines(block))
    as_written = document_safe
    if pdf:
        from chair_app.export.pdf_renderer import pdf_text

        as_written = pdf_text
    expected = _words(as_written("\n".join(lines)))
    text = " ".join(file_text.split())
    footers = len(_NOTE.findall(text))
    text = _NOTE.sub(" ", text)
    text = _PAGE_NUMBER.sub(" ", text)
    if pdf:
        text = _PDF_CELL_NOTES.sub(" ", text)
    reordered = []
    for phrase in (document.footer_label, document.marking):
        phrase = " ".join(as_written(phrase).split())
        if _HAS_RTL.search(phrase) and phrase not in text:
            reordered.append(phrase)
        elif phrase:
            text = text.replace(phrase, " ")
    words = Counter(_words(text))
    if pdf and words != Counter(expected):
        words = _rejoin_broken_words(words, Counter(expected))
        words = _without_repeated_headers(words, Counter(expected), document, as_written)
    for phrase in reordered:
        # Its right-to-left words read back in another order (see _WORD), so the phrase is
        # not found whole: its words are taken out instead, once for each page's footer.
        furniture = Counter(_words(phrase))
        for _ in range(footers):
            if furniture <= words:
                words -= furniture
    return words == Counter(expected)
