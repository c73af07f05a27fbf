"""The minutes after the meeting: the draft and its corrections, circulation, comments,
agreement and addenda, the copy for each reader, and checking an exported file."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

# Installs the translations of the minutes' fixed texts (read from the .ts files).
import chair_app.services.translations  # noqa: F401
from chair_app.core.dates import format_short_date
from chair_app.core.domain import ActionStatus, AttendanceStatus, Family
from chair_app.core.errors import MinutesAgreed, NotFound
from chair_app.core.facts import BadFactRef, FactKind, FactRef, fact_ref
from chair_app.core.language import BilingualLayout, Language, MinutesLanguage
from chair_app.core.lifecycle import (
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
)
from chair_app.core.minutes import (
    MinutesDocument,
)
from chair_app.core.minutes_copy import (
    COPY_SENT_LABELS,
    Agenda,
    content_document,
    copy_document,
    copy_label,
    version_if_sent,
)
from chair_app.core.record import CopyKind, CopyRequest, KeptChart, MeetingRecord
from chair_app.core.rules import RuleViolation
from chair_app.models.db import SessionFactory
from chair_app.models.meeting_record import load_meeting_record
from chair_app.models.minutes_repository import MinutesRepository
from chair_app.models.repositories import MeetingRepository
from chair_app.services.charts import chart_for
from chair_app.services.export_minutes import (
    ExportFormat,
    WrittenFile,
    write_exported,
)
from chair_app.services.meetings import MeetingService
from chair_app.services.minutes_verify import (
    PROTECTED_MESSAGE,
    MinutesVerifier,
    VerifyKind,
    VerifyResult,
    _file_text,
)
from chair_app.services.signing import SigningService

# Named here too: the copies (core.record) and checking a file (services.minutes_verify).
__all__ = [
    "COPY_SENT_LABELS",
    "PROTECTED_MESSAGE",
    "TEXT_FIELDS",
    "CopyKind",
    "CopyRequest",
    "MinutesService",
    "VerifyKind",
    "VerifyResult",
    "_file_text",
]

# The parts of the draft whose wording may be corrected after the meeting, with their names.
TEXT_FIELDS = {
    "reasons": "Reasons for the meeting",
    "worries": "What are we worried about?",
    "working_well": "What is working well?",
    "needs_to_happen": "What needs to happen?",
    "contingency": "Contingency plan",
    "chair_summary": "Chair's summary",
}


FULL_RECORD_COPY = CopyRequest()


class MinutesService:
    def __init__(
        self,
        factory: SessionFactory,
        agenda_folder: Path | None = None,
        signing_folder: Path | None = None,
    ) -> None:
        """signing_folder: where IT may put the council's own signing certificate and key
        (services.signing); None: the app's own key signs."""
        self._factory = factory
        self._store = MinutesRepository(factory)
        self._meetings = MeetingRepository(factory)
        # Charts drawn for an export, kept with the meeting when the export is recorded.
        self._new_charts: dict[int, KeptChart] = {}
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
        field: FactRef | str,
        text: str,
        by_person_id: int | None,
        comment_id: int | None = None,
    ) -> bool:
        """Change the wording of one part of the draft; the change is logged with what it said.

        The part is a FactRef (core.facts), or its text form: reasons, worries, working_well,
        needs_to_happen, contingency, chair_summary, update:<person id>, child_views:<child id>.

        Returns:
            Whether the wording changed (the same text again changes and logs nothing).

        Raises:
            MinutesAgreed: the minutes are agreed.
            RuleViolation: the meeting is not closed yet (edit it in the walk-through), or the
                minutes have no such part.
        """
        self._closed(meeting_id)
        ref = self._check_part(meeting_id, field)
        before = self._store.apply_correction(meeting_id, ref, text)
        if before == text:
            return False
        self._store.log_correction(
            meeting_id,
            Correction(0, dt.datetime.now().replace(microsecond=0), by_person_id, ref.format(),
                       before, text, comment_id),
        )
        return True

    # Facts recorded in the meeting's steps

    def fact_label(self, meeting_id: int, field: FactRef | str) -> str:
        """A fact's name as the chair reads it: "Attendance of Priya Desai", "Score of Kerry
        Smith on statement 2", "Action 3: owner"."""
        try:
            ref = fact_ref(field)
        except BadFactRef:
            return str(field)
        meeting = self._meetings.get(meeting_id)
        names = {p.id: p.name for p in self._meeting_service.family_as_recorded(meeting_id).people}

        def person(person_id: int) -> str:
            return names.get(person_id, "someone")

        if ref.kind is FactKind.ATTENDANCE:
            return f"Attendance of {person(ref.ids[0])}"
        if ref.kind is FactKind.SCORE:
            if ref.statement_id is None:
                return f"Score of {person(ref.ids[0])} on the overall scale"
            statement = next((s for s in meeting.statements if s.id == ref.statement_id), None)
            where = f"statement {statement.position}" if statement else "a statement"
            return f"Score of {person(ref.ids[0])} on {where}"
        if ref.kind is FactKind.ACTION:
            number = next(
                (i for i, a in enumerate(meeting.actions, 1) if a.id == ref.ids[0]), None
            )
            what = {"owner": "owner", "due": "due date", "status": "status", "what": "wording"}
            assert ref.attribute is not None
            return f"Action {number or '?'}: {what[ref.attribute]}"
        return ref.format()

    def fact_value(self, meeting_id: int, field: FactRef | str) -> str:
        """A recorded fact as stored ("present", "7", a person's id, an ISO date, the wording);
        "" when the meeting has none."""
        try:
            ref = fact_ref(field)
        except BadFactRef:
            return ""
        meeting = self._meetings.get(meeting_id)
        if ref.kind is FactKind.ATTENDANCE:
            return meeting.attendance_of(ref.ids[0]).status.value
        if ref.kind is FactKind.SCORE:
            score = meeting.score_of(ref.ids[0], ref.statement_id)
            return "" if score is None else str(score.value)
        if ref.kind is FactKind.ACTION:
            action = next((a for a in meeting.actions if a.id == ref.ids[0]), None)
            if action is None:
                return ""
            if ref.attribute == "owner":
                return "" if action.owner_id is None else str(action.owner_id)
            if ref.attribute == "due":
                return "" if action.due_date is None else action.due_date.isoformat()
            if ref.attribute == "status":
                return action.status.value
            return action.what
        return ""

    def fact_text(self, meeting_id: int, field: FactRef | str, value: str) -> str:
        """A fact's stored value as people read it: "Sent apologies", "Priya Desai",
        "03/12/2026", "Partly done"."""
        if not value:
            return "Not recorded"
        try:
            ref = fact_ref(field)
            if ref.kind is FactKind.ATTENDANCE:
                return AttendanceStatus(value).label
            if ref.kind is FactKind.ACTION and ref.attribute == "owner":
                person = self._meeting_service.family_as_recorded(meeting_id).person(int(value))
                return person.name if person is not None else "Someone no longer in the network"
            if ref.kind is FactKind.ACTION and ref.attribute == "due":
                return format_short_date(dt.date.fromisoformat(value))
            if ref.kind is FactKind.ACTION and ref.attribute == "status":
                return ActionStatus(value).label
        except ValueError:  # a BadFactRef too
            return value
        return value

    def _check_fact(self, meeting_id: int, field: FactRef | str) -> FactRef:
        """The fact a field names, if the meeting's record has it.

        Raises:
            NotFound: a misspelt field, or no such attendance, score or action.
        """
        try:
            ref = fact_ref(field)
        except BadFactRef as error:
            raise NotFound(f"The meeting's record has no such fact: {error}") from None
        meeting = self._meetings.get(meeting_id)
        found = False
        if ref.kind is FactKind.ATTENDANCE:
            found = any(e.person_id == ref.ids[0] for e in meeting.attendance)
        elif ref.kind is FactKind.SCORE:
            found = meeting.score_of(ref.ids[0], ref.statement_id) is not None
        elif ref.kind is FactKind.ACTION:
            found = any(a.id == ref.ids[0] for a in meeting.actions)
        if not found:
            raise NotFound(f"The meeting's record has no fact called {ref.format()!r}.")
        return ref

    def correct_fact(
        self, meeting_id: int, field: FactRef | str, value: str, by_person_id: int | None
    ) -> bool:
        """Correct a fact recorded in the meeting's steps (attendance, a score, an action's
        owner, due date, status or wording); logged with what it was, in words.

        Fields (core.facts.FactRef, or its text form): attendance:<person id>,
        score:<person id>:<statement id or overall>, action:<action id>:owner|due|status|what.

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
        ref = self._check_fact(meeting_id, field)
        value = value.strip() if ref.attribute != "what" else value
        if ref.kind is FactKind.ACTION and ref.attribute == "owner":
            family = self._meeting_service.family_as_recorded(meeting_id)
            if not value.isdigit() or family.person(int(value)) is None:
                raise RuleViolation("The owner of an action is someone in the family's network.")
        if ref.kind is FactKind.SCORE and value.isdigit():
            value = str(int(value))
        before = self._store.apply_fact_correction(meeting_id, ref, value)
        before_text = self.fact_text(meeting_id, ref, before)
        after_text = self.fact_text(meeting_id, ref, value)
        if before == value or before_text == after_text:
            return False
        self._store.log_correction(
            meeting_id,
            Correction(0, dt.datetime.now().replace(microsecond=0), by_person_id, ref.format(),
                       before_text, after_text),
        )
        return True

    def _check_part(self, meeting_id: int, field: FactRef | str) -> FactRef:
        """The part a field names, if the minutes have it: refuses a misspelt field, someone
        outside the network, a child not in the family."""
        try:
            ref = fact_ref(field)
        except BadFactRef:
            ref = None
        family = self._meeting_service.family_as_recorded(meeting_id)
        known = ref is not None and (
            ref.format() in TEXT_FIELDS
            or (ref.kind is FactKind.UPDATE and family.person(ref.ids[0]) is not None)
            or (
                ref.kind is FactKind.CHILD_VIEWS
                and any(child.id == ref.ids[0] for child in family.children)
            )
        )
        if ref is None or not known:
            raise RuleViolation(f"The minutes have no part called {str(field)!r}.")
        return ref

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
        self,
        comment_id: int,
        field: FactRef | str,
        text: str,
        by_person_id: int | None,
        on: dt.date,
    ) -> None:
        """Accept a comment: the draft changes as it asks, and the change is logged. The part
        it changes is named as MinutesService.correct takes it.

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

    # Versions and copies: each built from the meeting's whole record, read once

    def meeting_record(self, meeting_id: int) -> MeetingRecord:
        """The meeting's whole record (models.meeting_record), read in one transaction."""
        return load_meeting_record(self._factory, meeting_id)

    def _agenda(self, record: MeetingRecord) -> Agenda:
        return tuple(
            (step.key, step.title)
            for step in self._meeting_service.agenda(record.meeting.meeting_type).steps
        )

    def _agendas(self, record: MeetingRecord) -> dict[Language, Agenda]:
        """The agenda's step titles in each language the minutes are written in. A step
        without a translation keeps its English title."""
        loaded = self._meeting_service.agenda(record.meeting.meeting_type)
        agendas: dict[Language, Agenda] = {}
        for language in Language:
            in_language = getattr(loaded, "in_language", None)
            translated = in_language(language) if callable(in_language) else loaded
            steps = []
            for step in translated.steps:
                step_in = getattr(step, "in_language", None)
                steps.append((step.key, (step_in(language) if callable(step_in) else step).title))
            agendas[language] = tuple(steps)
        return agendas

    def chosen_copy_language(self, person_id: int) -> MinutesLanguage | None:
        """The language recorded for a person's copy in the network; None when none was chosen.

        Raises:
            NotFound: no such person.
        """
        from chair_app.models.copy_language import CopyLanguageRepository

        return CopyLanguageRepository(self._factory).get(person_id)

    def set_copy_language(self, person_id: int, language: MinutesLanguage | None) -> None:
        """Record the language of a person's copy of the minutes (None: not chosen, the
        settings' default applies).

        Raises:
            NotFound: no such person.
        """
        from chair_app.models.copy_language import CopyLanguageRepository

        CopyLanguageRepository(self._factory).set(person_id, language)

    def copy_language(self, meeting_id: int, copy: CopyRequest) -> MinutesLanguage:
        """The language the copy is written in: for a person's copy, the language recorded for
        them in the network (or the settings' default for someone whose language was never
        chosen); for the family summary, the family members' languages (the same for all of
        them, or both languages when they differ); the full record is in English."""
        family = (
            self.meeting_record(meeting_id).family if copy.kind is CopyKind.FAMILY_SUMMARY else None
        )
        return self._copy_language(family, copy)

    def _copy_language(self, family: Family | None, copy: CopyRequest) -> MinutesLanguage:
        """``copy_language`` with the meeting's family already read (the family summary's
        language comes from it)."""
        from chair_app.models.copy_language import CopyLanguageRepository
        from chair_app.services.settings import SettingsService

        if copy.kind is CopyKind.FAMILY_SUMMARY and family is not None:
            default = SettingsService(self._factory).default_copy_language()
            chosen_by = CopyLanguageRepository(self._factory).of_family(family.id)
            wanted = {
                chosen_by.get(person.id) or default
                for person in family.people
                if not person.is_professional
            }
            if not wanted:
                return default
            return wanted.pop() if len(wanted) == 1 else MinutesLanguage.BOTH
        if copy.kind is not CopyKind.PERSON or copy.person_id is None:
            return MinutesLanguage.ENGLISH

        try:
            chosen = CopyLanguageRepository(self._factory).get(copy.person_id)
        except NotFound:
            chosen = None
        return chosen or SettingsService(self._factory).default_copy_language()

    def fingerprint(self, meeting_id: int) -> str:
        """SHA-256 of the full record's content: every fact and word, and who was excluded from
        what (not its addenda, copy label or footer)."""
        record = self.meeting_record(meeting_id)
        return fingerprint(content_document(record, self._agenda(record)))

    def current_version(self, meeting_id: int, today: dt.date) -> MinutesVersion:
        """The version a copy made now is: the agreed one, or the draft as it stands (a new
        version number the first time this content leaves the app)."""
        record = self.meeting_record(meeting_id)
        agreed = record.minutes.agreed_version
        if agreed is not None:
            return agreed
        print_ = fingerprint(content_document(record, self._agenda(record)))
        return self._store.version_for(meeting_id, print_, today)

    def copy_label(self, meeting_id: int, copy: CopyRequest) -> str:
        """The copy's name, as printed on its first page: "Full record", "Copy for NAME" or
        "Family summary"."""
        try:
            return copy_label(self.meeting_record(meeting_id), copy)
        except LookupError as error:
            raise NotFound(str(error)) from error

    def document(
        self,
        meeting_id: int,
        copy: CopyRequest,
        today: dt.date,
        *,
        with_chart: bool = True,
        language: MinutesLanguage | None = None,
    ) -> MinutesDocument:
        """The copy asked for, with the version and fingerprint in its footer. A draft's
        version is recorded the first time its content leaves the app.

        Args:
            language: the copy's language (None: the reader's, see copy_language).
        """
        record = self._closed_record(meeting_id)
        document, version = self._drawn(
            record, copy, today, with_chart=with_chart, language=language
        )
        if not version.agreed:
            self._store.version_for(meeting_id, version.fingerprint, today)
        return document

    def preview(
        self,
        meeting_id: int,
        copy: CopyRequest,
        today: dt.date,
        *,
        language: MinutesLanguage | None = None,
    ) -> MinutesDocument:
        """The copy asked for, as it would be sent now, for the chair to look at before sending.
        Nothing leaves the app, so no draft version is recorded: the footer names the version
        the copy would be (the agreed one, or the draft as it stands), without a chart."""
        record = self._closed_record(meeting_id)
        return self._drawn(record, copy, today, with_chart=False, language=language)[0]

    def document_to_export(
        self,
        meeting_id: int,
        copy: CopyRequest,
        today: dt.date,
        *,
        language: MinutesLanguage | None = None,
    ) -> tuple[MinutesDocument, MinutesVersion]:
        """The copy asked for, drawn with the version it will be once exported, and that
        version. Reads only: call record_export once the file is in place (a chart drawn for
        it is kept then).

        Args:
            language: the copy's language (None: the reader's, see copy_language).
        """
        return self._drawn(
            self._closed_record(meeting_id), copy, today, with_chart=True, language=language
        )

    def _closed_record(self, meeting_id: int) -> MeetingRecord:
        record = self.meeting_record(meeting_id)
        if not record.meeting.is_closed:
            raise RuleViolation("The minutes start when the meeting is closed.")
        return record

    def _drawn(
        self,
        record: MeetingRecord,
        copy: CopyRequest,
        today: dt.date,
        *,
        with_chart: bool,
        language: MinutesLanguage | None = None,
    ) -> tuple[MinutesDocument, MinutesVersion]:
        """The copy, built from the record (the content once: the full record is that content
        dressed), with the version a copy made now would be; reads only."""
        if copy.kind is CopyKind.PERSON and record.family.person(copy.person_id) is None:
            raise NotFound("That person is not in this meeting's network.")
        agenda = self._agenda(record)
        agreed = record.minutes.agreed_version
        content = None
        if agreed is None or copy.kind is CopyKind.FULL:
            content = content_document(record, agenda)
        version = version_if_sent(
            record, fingerprint(content) if agreed is None and content else None, today
        )
        chart = None
        if with_chart and copy.kind is not CopyKind.FAMILY_SUMMARY:
            meeting_id = record.meeting.id
            pending = self._new_charts.get(meeting_id)
            if pending is not None and record.chart is None:
                record = replace(record, chart=pending)
            chart, drawn = chart_for(record, agenda)
            if drawn is not None:
                self._new_charts[meeting_id] = drawn
        if language is None:
            language = self._copy_language(record.family, copy)
        from chair_app.services.settings import SettingsService

        layout = (
            SettingsService(self._factory).bilingual_layout()
            if language is MinutesLanguage.BOTH
            else BilingualLayout.WELSH_FIRST
        )
        document = copy_document(
            record,
            agenda,
            copy,
            version,
            chart,
            content=content,
            language=language,
            layout=layout,
            agendas=self._agendas(record) if language is not MinutesLanguage.ENGLISH else None,
        )
        return document, version

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
        copy: CopyRequest = FULL_RECORD_COPY,
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
            chart=self._new_charts.pop(meeting_id, None),
        )

    def signing_certificate(self) -> bytes:
        """The certificate (PEM) the agreed PDFs are signed with, for recipients to check the
        signature against; the app's own key is made if it does not exist yet.

        Raises:
            ExportFailed: the council's signing files cannot be used.
        """
        return self._signing.certificate_pem()

    def export(
        self,
        meeting_id: int,
        fmt: ExportFormat,
        path: Path,
        copy: CopyRequest = FULL_RECORD_COPY,
        *,
        overwrite: bool = False,
        today: dt.date | None = None,
        password: str | None = None,
        language: MinutesLanguage | None = None,
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
        document, version = self.document_to_export(meeting_id, copy, day, language=language)
        written = self.write_export(document, version, fmt, path, password=password)
        self.record_export(meeting_id, version, day, copy, (written,))
        return written.path

    # Checking a file

    def verify(self, path: Path) -> VerifyResult:
        """Whether an exported DOCX or PDF is the agreed minutes held here, an earlier draft,
        changed since it was exported, or not ours (services.minutes_verify). Reads only:
        checking a file changes nothing."""
        return MinutesVerifier(
            self._store, self._signing, self.meeting_record, self._agenda, self._agendas
        ).verify(path)
