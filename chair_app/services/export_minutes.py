"""Export a closed meeting's minutes to DOCX or PDF, never leaving a half-written file."""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import io
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from chair_app.core.minutes import MinutesDocument
from chair_app.core.text import safe_file_stem
from chair_app.services.output_files import fitting_stem

if TYPE_CHECKING:
    from chair_app.models.db import SessionFactory
    from chair_app.services.minutes import CopyRequest

logger = logging.getLogger(__name__)


class ExportFormat(enum.Enum):
    DOCX = "docx"
    PDF = "pdf"

    @property
    def label(self) -> str:
        return "Word document" if self is ExportFormat.DOCX else "PDF"


class ExportFailed(Exception):
    """The file could not be written; the message says why in plain words."""


class ExportWouldOverwrite(ExportFailed):
    """A file of that name exists and overwriting it was not confirmed."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path.name} already exists in {path.parent}.")
        self.path = path


@dataclass(frozen=True, slots=True)
class WrittenFile:
    """A file of the minutes as written: the SHA-256 of the bytes renamed into place."""

    path: Path
    fmt: ExportFormat
    sha256: str
    signed: bool
    protected: bool


def render(document: MinutesDocument, fmt: ExportFormat, path: Path) -> None:
    """Render with the format's renderer, imported only now to keep start-up light."""
    if fmt is ExportFormat.DOCX:
        from chair_app.export.docx_renderer import render_docx

        render_docx(document, path)
    else:
        from chair_app.export.pdf_renderer import render_pdf

        render_pdf(document, path)


def render_protected(
    document: MinutesDocument, fmt: ExportFormat, path: Path, password: str
) -> None:
    """Render a file that opens only with the password. The DOCX is encrypted in memory, so
    no unprotected copy ever reaches the disk; the PDF is encrypted as it is drawn."""
    if fmt is ExportFormat.DOCX:
        from chair_app.export.docx_renderer import render_docx
        from chair_app.export.protect import encrypt_docx

        plain = io.BytesIO()
        render_docx(document, plain)
        path.write_bytes(encrypt_docx(plain.getvalue(), password))
    else:
        from chair_app.export.pdf_renderer import render_pdf

        render_pdf(document, path, password=password)


def check_password(password: str | None) -> None:
    """Refuse an unusable password before anything is written.

    Raises:
        ExportFailed: the password is empty or only spaces, or has a character a PDF password
            cannot hold.
    """
    if password is None:
        return
    from chair_app.export.protect import UnusablePassword
    from chair_app.export.protect import check_password as check

    try:
        check(password)
    except UnusablePassword as error:
        raise ExportFailed(str(error)) from None


def write_document(
    document: MinutesDocument, fmt: ExportFormat, path: Path, *, password: str | None = None
) -> Path:
    """Write the document to path atomically (see write_exported); returns the path."""
    return write_exported(document, fmt, path, password=password).path


def write_exported(
    document: MinutesDocument,
    fmt: ExportFormat,
    path: Path,
    *,
    password: str | None = None,
    sign: Callable[[bytes], bytes] | None = None,
) -> WrittenFile:
    """Write the document to path atomically: a temporary file in the same folder, then a rename.

    Args:
        password: when given, the file opens only with this password (for sending by email).
            It is neither logged nor kept.
        sign: for a PDF, turns the drawn bytes into the signed ones (see services.signing);
            the file renamed into place, and its SHA-256, are then the signed bytes.

    Returns:
        The file, with the SHA-256 of the bytes renamed into place.

    Raises:
        ExportFailed: the password is empty or unusable, the folder is missing or read-only,
            the disk is full, or rendering, signing or encryption failed.
    """
    from chair_app.services.output_files import output_problem, temporary_beside

    check_password(password)
    problem = output_problem(path)
    if problem:
        raise ExportFailed(problem)
    folder = path.parent
    if not folder.is_dir():
        raise ExportFailed(f"The folder {folder} does not exist. Choose another folder.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportFailed(f"The folder {folder} is read-only. Choose another folder.")
    try:
        temp_path = temporary_beside(path)
    except OSError as error:
        raise ExportFailed(f"Cannot write in {folder}: {error.strerror}.") from error
    signed = sign is not None and fmt is ExportFormat.PDF
    try:
        if password is None:
            render(document, fmt, temp_path)
        else:
            render_protected(document, fmt, temp_path, password)
        if signed:
            assert sign is not None
            temp_path.write_bytes(sign(temp_path.read_bytes()))
        digest = hashlib.sha256()
        with open(temp_path, "rb+") as written:
            for block in iter(lambda: written.read(1 << 20), b""):
                digest.update(block)
            os.fsync(written.fileno())
        problem = output_problem(path)  # nothing took its place while it was drawn
        if problem:
            raise ExportFailed(problem)
        os.replace(temp_path, path)
    except ExportFailed:
        temp_path.unlink(missing_ok=True)
        raise
    except OSError as error:
        temp_path.unlink(missing_ok=True)
        raise ExportFailed(f"Could not write {path.name}: {error.strerror or error}.") from error
    except Exception as error:
        temp_path.unlink(missing_ok=True)
        # The error's own message may quote the minutes; log its kind only.
        logger.error("rendering %s failed: %s", fmt.value, type(error).__name__)
        raise ExportFailed(f"Could not create the {fmt.label}: {type(error).__name__}.") from error
    logger.info("minutes exported as %s%s", fmt.value, " (signed)" if signed else "")
    return WrittenFile(path, fmt, digest.hexdigest(), signed, password is not None)


class ExportService:
    """Exports of a closed meeting's minutes."""

    def __init__(
        self,
        factory: SessionFactory,
        agenda_folder: Path | None = None,
        signing_folder: Path | None = None,
    ) -> None:
        self._factory = factory
        self._agenda_folder = agenda_folder
        self._signing_folder = signing_folder
        # Imported here so that the window can import this module before SQLAlchemy loads.
        from chair_app.models.repositories import FamilyRepository, MeetingRepository
        from chair_app.services.meetings import MeetingService

        self._meetings = MeetingRepository(factory)
        self._families = FamilyRepository(factory)
        self._meeting_service = MeetingService(factory, agenda_folder)

    def file_stem(self, meeting_id: int) -> str:
        """The file name stem: family, meeting type and date, e.g. "Quill family - Core Group -
        2026-11-23"."""
        meeting = self._meetings.get_outline(meeting_id)
        family = self._families.get(meeting.family_id)
        return safe_file_stem(
            f"{family.name} - {meeting.meeting_type.label} - {meeting.date.isoformat()}", limit=120
        )

    def planned_paths(
        self, meeting_id: int, folder: Path, copy_suffix: str = ""
    ) -> dict[ExportFormat, Path]:
        """The DOCX and PDF paths in folder. copy_suffix names a copy other than the full
        record ("Copy for Kerry Marlowe", "Family summary"), so that copies never overwrite
        each other or the full record: "... - 2026-11-23 - Family summary.pdf"."""
        stem = self.file_stem(meeting_id)
        if copy_suffix.strip():
            stem = safe_file_stem(f"{stem} - {copy_suffix}", limit=180)

        def by_number() -> str:
            # Names in a script the folder cannot hold: the family's number instead, and a
            # copy's suffix by a short digest (two people's copies still differ).
            meeting = self._meetings.get_outline(meeting_id)
            plain = f"Family {meeting.family_id} - {meeting.meeting_type.label} - {meeting.date}"
            if copy_suffix.strip():
                digest = hashlib.sha256(copy_suffix.strip().encode()).hexdigest()[:8]
                plain += f" - Copy {digest}"
            return plain

        stem = fitting_stem(folder, stem, ".docx", by_number)
        return {fmt: folder / f"{stem}.{fmt.value}" for fmt in ExportFormat}

    def export(
        self,
        meeting_id: int,
        fmt: ExportFormat,
        path: Path,
        *,
        overwrite: bool = False,
        copy: CopyRequest | None = None,
        password: str | None = None,
    ) -> Path:
        """Export the minutes of a closed meeting.

        Args:
            password: protect the file with this password (None: not protected).

        Raises:
            ExportFailed: the meeting is not closed, the password is empty or unusable, or the
                file cannot be written.
            ExportWouldOverwrite: the file exists and overwrite is False.
        """
        check_password(password)
        from chair_app.services.minutes import CopyRequest, MinutesService
        from chair_app.services.output_files import output_problem

        # The outline says whether the meeting is closed; the export reads the whole record.
        if not self._meetings.get_outline(meeting_id).is_closed:
            raise ExportFailed("Minutes can be exported once the meeting is closed.")
        problem = output_problem(path)
        if problem:
            raise ExportFailed(problem)
        if path.exists() and not overwrite:
            raise ExportWouldOverwrite(path)
        # The full record, with its version and fingerprint in every page footer.
        minutes = MinutesService(self._factory, self._agenda_folder, self._signing_folder)
        return minutes.export(
            meeting_id, fmt, path, copy or CopyRequest(), overwrite=True, password=password
        )

    def mark_exported(self, meeting_id: int, day: dt.date) -> None:
        """Note that the minutes left the app (the minutes timescale is met from that day)."""
        self._meetings.mark_minutes_exported(meeting_id, day)
