"""Checking an exported file of the minutes: the agreed copy byte for byte, an earlier draft,
a file changed since it was exported, or not Chair's. Reads only."""

from __future__ import annotations

import enum
import functools
import hashlib
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from chair_app.core.dates import format_short_date
from chair_app.core.errors import NotFound
from chair_app.core.language import BilingualLayout, Language, MinutesLanguage, translate
from chair_app.core.lifecycle import FINGERPRINT_LABEL, ExportedFile, MinutesVersion, fingerprint
from chair_app.core.minutes import (
    DISTRIBUTION_TITLE,
    Figure,
    MinutesDocument,
    Table,
    block_lines,
    distribution_section,
)
from chair_app.core.minutes_copy import (
    COPY_SENT_LABELS,
    Agenda,
    chart_figure,
    content_document,
    copy_document,
    copy_label,
    distribution_rows,
    has_chart,
    scaling_histories,
    state_text,
)
from chair_app.core.minutes_words import QT_TRANSLATE_NOOP, minutes_in
from chair_app.core.record import CopyKind, CopyRequest, MeetingRecord
from chair_app.core.text import document_safe
from chair_app.models.minutes_repository import MinutesRepository
from chair_app.services.export_minutes import ExportFailed
from chair_app.services.signing import SigningService


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


MINUTES_CONTEXT = "Minutes"


def _in_each_language(english: str) -> list[str]:
    """A fixed text of the minutes in every language they are written in."""
    return [translate(MINUTES_CONTEXT, english, language) for language in Language]


def _either(english: str) -> str:
    """A regular expression matching the text in any language."""
    return "|".join(re.escape(text) for text in sorted(set(_in_each_language(english)), key=len))


@functools.cache
def _note() -> re.Pattern[str]:
    """The footer note (core.minutes_copy.note_text and both_note) in any language: version,
    state ("draft", "agreed dd/mm/yyyy", "cytunwyd dd/mm/yyyy", "cytunwyd / agreed ...") and
    fingerprint."""
    word = _either("Version")
    return re.compile(
        rf"(?:{word})(?:\s*/\s*(?:{word}))?\s+(\d+)\s+\(([^)]*)\)\s*·\s*"
        + FINGERPRINT_LABEL
        + r"\s+([0-9a-f]{64})"
    )


@functools.cache
def _page_number() -> re.Pattern[str]:
    """The page number of every footer, in any language: "Page 2 of 5", "Tudalen 2 o 5"."""
    forms = [
        re.escape(text).replace(re.escape("{number}"), r"\d+").replace(re.escape("{total}"), r"\d+")
        for text in _in_each_language("Page {number} of {total}")
    ]
    return re.compile(r"\b(?:" + "|".join(forms) + r")\b")


def _file_language(state: str) -> MinutesLanguage:
    """The language of a file, from the state its footer note gives."""
    if " / " in state:  # "cytunwyd / agreed 12/11/2026" (a date has no spaces round "/")
        return MinutesLanguage.BOTH
    for language in (Language.WELSH,):
        for english in ("agreed {date}", "draft"):
            word = translate(MINUTES_CONTEXT, english, language).split("{")[0].strip()
            if word and word != english.split("{")[0].strip() and state.startswith(word):
                return MinutesLanguage(language.value)
    return MinutesLanguage.ENGLISH


def _state_in(version: MinutesVersion, language: MinutesLanguage) -> str:
    """The version's state as a footer note in that language says it."""
    states = []
    for one in language.languages:
        with minutes_in(one):
            states.append(state_text(version))
    return " / ".join(states)


def _claims_agreed(state: str) -> bool:
    words = {text.split("{")[0].strip() for text in _in_each_language("agreed {date}")}
    return any(state.startswith(word) for word in words if word)



class MinutesVerifier:
    """Checks files against the minutes held here (MinutesService.verify)."""

    def __init__(
        self,
        store: MinutesRepository,
        signing: SigningService,
        record_of: Callable[[int], MeetingRecord],
        agenda_of: Callable[[MeetingRecord], Agenda],
        agendas_of: Callable[[MeetingRecord], dict[Language, Agenda]] | None = None,
    ) -> None:
        """agendas_of: the agenda's step titles in each language (English only when None)."""
        self._store = store
        self._signing = signing
        self._record_of = record_of
        self._agenda_of = agenda_of
        self._agendas_of = agendas_of

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
        match = _note().search(" ".join(text.split()))
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
        # The meeting's whole record, read once: everything below is built from it.
        record = self._record_of(meeting_id)
        agenda = self._agenda_of(record)
        agreed = record.minutes.agreed_version
        content = content_document(record, agenda)
        if print_ != fingerprint(content):
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
        copy = _copy_of(record, text)
        claimed_agreed = _claims_agreed(state)
        language = _file_language(state)
        # A file exported as a draft signs off "Not yet agreed", even if its words were later
        # agreed as they stood.
        as_claimed = version if claimed_agreed else replace(version, agreed=False, agreed_on=None)
        # Only the chart's caption is read back from a file: the picture need not be drawn.
        chart = (
            chart_figure(b"") if has_chart(scaling_histories(record, agenda)) else None
        )
        # Each language of the version is that version: the file is compared with the copy in
        # the language its footer is written in (both layouts, for a copy in two languages).
        agendas = self._agendas_of(record) if self._agendas_of is not None else None
        layouts = (
            tuple(BilingualLayout)
            if language is MinutesLanguage.BOTH
            else (BilingualLayout.WELSH_FIRST,)
        )
        same = False
        label = ""
        for layout in layouts:
            expected = copy_document(
                record,
                agenda,
                copy,
                as_claimed,
                chart,
                content=content,
                language=language,
                layout=layout,
                agendas=agendas,
            )
            label = label or expected.copy_label
            if self._same_words_as_sent(
                text,
                expected,
                record,
                copy,
                as_claimed,
                pdf=path.suffix.lower() == ".pdf",
                rebuild=functools.partial(
                    _rebuilt,
                    agenda=agenda,
                    copy=copy,
                    version=as_claimed,
                    chart=chart,
                    language=language,
                    layout=layout,
                    agendas=agendas,
                ),
            ):
                same = True
                break
        if not same:
            return VerifyResult(
                VerifyKind.TAMPERED,
                f"{path.name} claims version {number}, but its words are not those of that "
                "version: it has been changed since it was exported.",
                meeting_id,
                number,
            )
        agreed_state = (
            _state_in(agreed, language)
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
            was_exported = any(
                f.agreed and f.version == number
                for f in self._store.exported_files(meeting_id=meeting_id)
            )
            hint = (
                ""
                if was_exported
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
            label = copy_label(
                self._record_of(exported.meeting_id), CopyRequest(kind, exported.person_id)
            )
        except (LookupError, NotFound):
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
        record: MeetingRecord,
        copy: CopyRequest,
        version: MinutesVersion,
        *,
        pdf: bool,
        rebuild: Callable[[MeetingRecord], MinutesDocument] | None = None,
    ) -> bool:
        """Whether a file has the copy's words, with the distribution list as it stood when the
        file was exported: the copies recorded as sent by then, which are the first ones
        recorded (a file exported before the last copies were recorded lists fewer)."""
        if _same_words(text, expected, pdf=pdf):
            return True
        if copy.kind is CopyKind.FAMILY_SUMMARY:
            return False
        rows = distribution_rows(record, version)
        for count in range(len(rows) - 1, -1, -1):
            if expected.language == MinutesLanguage.ENGLISH.value or rebuild is None:
                earlier = _with_distribution(expected, rows[:count])
            else:
                # Another language's distribution list: the copy built again with the copies
                # recorded by then.
                sent = record.minutes.distribution[:count]
                earlier = rebuild(replace(record, minutes=replace(record.minutes, distribution=sent)))
            if _same_words(text, earlier, pdf=pdf):
                return True
        return False


def _rebuilt(
    record: MeetingRecord,
    *,
    agenda: Agenda,
    copy: CopyRequest,
    version: MinutesVersion,
    chart: Figure | None,
    language: MinutesLanguage,
    layout: BilingualLayout,
    agendas: dict[Language, Agenda] | None,
) -> MinutesDocument:
    return copy_document(
        record, agenda, copy, version, chart, language=language, layout=layout, agendas=agendas
    )


def _copy_of(record: MeetingRecord, text: str) -> CopyRequest:
    """Which copy a file is, from the label on its first page (in any language; a copy in
    both has "Copi ar gyfer NAME / Copy for NAME")."""
    head = [line.strip() for line in text.splitlines()[:8]]
    summaries = set(_in_each_language("Family summary"))
    if any(line in summaries or line.split(" / ")[0] in summaries for line in head):
        return CopyRequest(CopyKind.FAMILY_SUMMARY)
    prefixes = [form.split("{name}")[0] for form in _in_each_language("Copy for {name}")]
    for line in head:
        for prefix in prefixes:
            if not line.startswith(prefix):
                continue
            rest = line.removeprefix(prefix).strip()
            names = (rest, rest.split(" / ")[0].strip())
            person = next((p for p in record.family.people if p.name.strip() in names), None)
            if person is not None:
                return CopyRequest(CopyKind.PERSON, person.id)
    return CopyRequest()


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
            tables = list(document.tables)
            while tables:  # a side-by-side copy holds tables inside its two columns
                table = tables.pop(0)
                for row in table.rows:
                    for cell in row.cells:
                        parts.append(cell.text)
                        tables.extend(cell.tables)
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


# The notes the PDF puts around a table cell too tall for a page, whose text then follows the
# table (export.pdf_renderer: _cell and _overflow_flowables).
_PDF_NOTES = (
    QT_TRANSLATE_NOOP("PdfNotes", "(continued below the table)"),
    QT_TRANSLATE_NOOP("PdfNotes", "Continued from the table above ({where}):"),
    # The renderer's note on characters no bundled font has (export.pdf_scripts.missing_note).
    QT_TRANSLATE_NOOP(
        "PdfNotes",
        "Some characters could not be printed in this PDF and are shown as {substitute}: "
        "{codes}. The Word (DOCX) copy holds them.",
    ),
)
_NOTE_FILLS = {
    "where": r"[^)]*",
    "substitute": "\ufffd",
    "codes": r"U\+[0-9A-F]{4,6}(?:, U\+[0-9A-F]{4,6})*",
}


def _note_pattern(note: str) -> str:
    pieces = re.split(r"\{(\w+)\}", note)
    return "".join(
        _NOTE_FILLS[piece] if index % 2 else re.escape(piece) for index, piece in enumerate(pieces)
    )


@functools.lru_cache(maxsize=1)
def _pdf_cell_notes() -> re.Pattern[str]:
    """The renderer's own notes in every language a copy is printed in."""
    forms = {
        translate("PdfNotes", note, language) for note in _PDF_NOTES for language in Language
    }
    return re.compile("|".join(_note_pattern(form) for form in sorted(forms, key=len, reverse=True)))


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
    footers = len(_note().findall(text))
    text = _note().sub(" ", text)
    text = _page_number().sub(" ", text)
    if pdf:
        text = _pdf_cell_notes().sub(" ", text)
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
