"""The minutes after the meeting: the draft and its corrections, circulation, comments,
agreement and addenda, the copy for each reader, and checking an exported file."""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass
from pathlib import Path

from chair_app.core.agenda import StepKey
from chair_app.core.dates import format_short_date
from chair_app.core.family_summary import build_family_summary
from chair_app.core.lifecycle import (
    FINGERPRINT_LABEL,
    Addendum,
    Comment,
    CommentStatus,
    Correction,
    Distribution,
    Exclusion,
    MinutesRecord,
    MinutesVersion,
    SendMethod,
    fingerprint,
    footer_note,
)
from chair_app.core.minutes import MinutesDocument, block_lines
from chair_app.core.rules import RuleViolation
from chair_app.models.db import SessionFactory
from chair_app.models.errors import NotFound
from chair_app.models.minutes_repository import MinutesRepository
from chair_app.models.repositories import MeetingRepository
from chair_app.services.export_minutes import ExportFailed, ExportFormat, write_document
from chair_app.services.meetings import MeetingService

# The parts of the draft whose wording may be corrected after the meeting, with their names.
TEXT_FIELDS = {
    "reasons": "Reasons for the meeting",
    "worries": "What are we worried about?",
    "working_well": "What is working well?",
    "needs_to_happen": "What needs to happen?",
    "contingency": "Contingency plan",
}


class CopyKind(enum.Enum):
    FULL = "full"
    PERSON = "person"
    FAMILY_SUMMARY = "family_summary"


@dataclass(frozen=True, slots=True)
class CopyRequest:
    kind: CopyKind = CopyKind.FULL
    person_id: int | None = None  # for a PERSON copy


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


_NOTE = re.compile(r"Version\s+(\d+)\s+\([^)]*\)\s*·\s*" + FINGERPRINT_LABEL + r"\s+([0-9a-f]{64})")


class MinutesService:
    def __init__(self, factory: SessionFactory, agenda_folder: Path | None = None) -> None:
        self._store = MinutesRepository(factory)
        self._meetings = MeetingRepository(factory)
        self._meeting_service = MeetingService(factory, agenda_folder)

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
    ) -> None:
        """Change the wording of one part of the draft; the change is logged with what it said.

        Raises:
            MinutesAgreed: the minutes are agreed.
            RuleViolation: the meeting is not closed yet (edit it in the walk-through).
        """
        self._closed(meeting_id)
        before = self._store.apply_correction(meeting_id, field, text)
        if before != text:
            self._store.log_correction(
                meeting_id,
                Correction(0, dt.datetime.now().replace(microsecond=0), by_person_id, field,
                           before, text, comment_id),
            )

    def add_comment(self, meeting_id: int, comment: Comment) -> int:
        self._closed(meeting_id)
        if not comment.text.strip():
            raise RuleViolation("Write down what the comment asks for.")
        return self._store.add_comment(meeting_id, comment)

    def accept_comment(
        self, comment_id: int, field: str, text: str, by_person_id: int | None, on: dt.date
    ) -> None:
        """Accept a comment: the draft changes as it asks, and the change is logged."""
        meeting_id = self._store.comment_meeting(comment_id)
        self.correct(meeting_id, field, text, by_person_id, comment_id)
        self._store.rule_on_comment(comment_id, CommentStatus.ACCEPTED, "", on)

    def decline_comment(self, comment_id: int, reason: str, on: dt.date) -> None:
        if not reason.strip():
            raise RuleViolation("Give the reason for declining the comment.")
        self._store.rule_on_comment(comment_id, CommentStatus.DECLINED, reason.strip(), on)

    def record_sent(
        self, meeting_id: int, person_id: int, method: SendMethod, sent_on: dt.date
    ) -> None:
        """Note that a copy went to a member: how and when, and which version."""
        self._closed(meeting_id)
        version = self.current_version(meeting_id, sent_on)
        self._store.add_distribution(
            meeting_id, Distribution(person_id, method, sent_on, version.number)
        )

    def add_exclusion(self, meeting_id: int, exclusion: Exclusion) -> int:
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
        waiting = [c for c in self._store.record(meeting_id).comments if c.status is CommentStatus.PENDING]
        if waiting:
            raise RuleViolation(
                f"{len(waiting)} comment{'s wait' if len(waiting) != 1 else ' waits'} for a "
                "ruling: accept or decline each before the minutes are agreed."
            )
        return self._store.agree(meeting_id, self.fingerprint(meeting_id), by_person_id, on)

    def add_addendum(self, meeting_id: int, addendum: Addendum) -> None:
        if not self._store.record(meeting_id).is_agreed:
            raise RuleViolation("An addendum is added after the minutes are agreed; correct the draft instead.")
        if not addendum.text.strip() or not addendum.reason.strip():
            raise RuleViolation("An addendum says what is added and why.")
        self._store.add_addendum(meeting_id, addendum)

    # Versions and copies

    def fingerprint(self, meeting_id: int) -> str:
        """SHA-256 of the full record's content (not its addenda, copy label or footer)."""
        return fingerprint(self._meeting_service.build_minutes(meeting_id, with_chart=False))

    def current_version(self, meeting_id: int, today: dt.date) -> MinutesVersion:
        record = self._store.record(meeting_id)
        agreed = record.agreed_version
        if agreed is not None:
            return agreed
        return self._store.version_for(meeting_id, self.fingerprint(meeting_id), today)

    def document(
        self, meeting_id: int, copy: CopyRequest, today: dt.date, *, with_chart: bool = True
    ) -> MinutesDocument:
        """The copy asked for, with the version and fingerprint in its footer."""
        self._closed(meeting_id)
        version = self.current_version(meeting_id, today)
        note = footer_note(version)
        meeting = self._meetings.get(meeting_id)
        family = self._meeting_service.family_as_recorded(meeting_id)
        if copy.kind is CopyKind.FAMILY_SUMMARY:
            return build_family_summary(meeting, family, note)
        record = self._store.record(meeting_id)
        base = self._meeting_service.build_minutes(meeting_id, with_chart=with_chart)
        extras_changes: dict[str, object] = {"footer_note": note}
        names = {p.id: p.name for p in family.people}
        if copy.kind is CopyKind.PERSON:
            person = family.person(copy.person_id)
            if person is None:
                raise NotFound("That person is not in this meeting's network.")
            excluded = frozenset(
                step for e in record.exclusions if e.person_id == person.id for step in e.steps
            )
            extras_changes |= {
                "copy_label": f"Copy for {person.name}",
                "omit_steps": excluded,
                "omit_third_party": not person.is_professional,
            }
        else:
            titles = dict(self._step_titles(meeting_id))
            extras_changes["exclusions"] = tuple(
                (
                    names.get(e.person_id, "Someone"),
                    ", ".join(titles.get(step, step.value) for step in e.steps),
                    e.reason,
                )
                for e in record.exclusions
            )
        extras_changes["addenda"] = tuple(
            (format_short_date(a.added_on), names.get(a.by_person_id, "not recorded"), a.reason, a.text)
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
    ) -> Path:
        from chair_app.services.export_minutes import ExportWouldOverwrite

        if path.exists() and not overwrite:
            raise ExportWouldOverwrite(path)
        day = today or dt.date.today()
        document = self.document(meeting_id, copy, day)
        written = write_document(document, fmt, path)
        self._meetings.mark_minutes_exported(meeting_id, day)
        return written

    # Checking a file

    def verify(self, path: Path) -> VerifyResult:
        """Whether an exported DOCX or PDF is the agreed minutes held here, an earlier draft,
        changed since it was exported, or not ours."""
        try:
            text = _file_text(path)
        except ExportFailed as error:
            return VerifyResult(VerifyKind.UNKNOWN, str(error))
        match = _NOTE.search(" ".join(text.split()))
        if match is None:
            return VerifyResult(
                VerifyKind.UNKNOWN, f"{path.name} has no Chair version and fingerprint."
            )
        number, print_ = int(match.group(1)), match.group(2)
        found = self._store.find_version(print_)
        if found is None or found[1].number != number:
            return VerifyResult(
                VerifyKind.UNKNOWN,
                f"{path.name}: its fingerprint is not one of the minutes held here.",
            )
        meeting_id, version = found
        copy = self._copy_of(meeting_id, text)
        expected = self.document(meeting_id, copy, dt.date.today())
        if not _same_words(text, expected):
            return VerifyResult(
                VerifyKind.TAMPERED,
                f"{path.name} claims version {number}, but its words are not those of that "
                "version: it has been changed since it was exported.",
                meeting_id,
                number,
            )
        record = self._store.record(meeting_id)
        agreed = record.agreed_version
        if agreed is not None and agreed.fingerprint == print_:
            return VerifyResult(
                VerifyKind.AGREED,
                f"{path.name} is the agreed minutes, version {number}, agreed on "
                f"{format_short_date(agreed.agreed_on)}.",
                meeting_id,
                number,
            )
        later = " The agreed version is a later one." if agreed is not None else ""
        return VerifyResult(
            VerifyKind.DRAFT,
            f"{path.name} is a draft, version {number}; it is not the agreed minutes.{later}",
            meeting_id,
            number,
        )


def _file_text(path: Path) -> str:
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




def _words(text: str) -> list[str]:
    return sorted(re.findall(r"\w+", text.casefold()))


def _same_words(file_text: str, document: MinutesDocument) -> bool:
    """The file's words against the document's, as multisets (tables and pages order words
    differently in DOCX and PDF). The page furniture (marking, page numbers, footers) is left
    out of both."""
    lines = [document.title, document.copy_label]
    lines += [f"{label} {value}" for label, value in document.heading.items]
    for section in document.sections:
        lines.append(section.title)
        for block in section.blocks:
            lines.extend(block_lines(block))
    expected = _words("\n".join(lines))
    furniture = set(_words(" ".join((document.marking, document.footer_label, document.footer_note, "Page of"))))
    found = [w for w in _words(file_text) if w not in furniture and not w.isdigit()]
    expected = [w for w in expected if w not in furniture and not w.isdigit()]
    return sorted(found) == sorted(expected)
