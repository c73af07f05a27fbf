"""Exporting a closed meeting's minutes: the files open, and a failure never leaves a bad file."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from conftest import TODAY
from pypdf import PdfReader

from chair_app.core.domain import AttendanceEntry, AttendanceStatus, MeetingStatus
from chair_app.core.minutes import MinutesDocument
from chair_app.models.db import SessionFactory
from chair_app.services import export_minutes
from chair_app.services.export_minutes import (
    ExportFailed,
    ExportFormat,
    ExportService,
    ExportWouldOverwrite,
)
from chair_app.services.families import FamilyService

OLDER = b"Older minutes that someone already sent out.\n" * 20


@pytest.fixture
def demo(factory: SessionFactory, with_demo_family: None) -> tuple[ExportService, int, int]:
    """The export service, the closed demo meeting's id and the draft demo meeting's id."""
    family_id = _demo_family_id(factory)
    meetings = FamilyService(factory).get_family(family_id).meetings
    closed = next(m.id for m in meetings if m.status is MeetingStatus.CLOSED)
    draft = next(m.id for m in meetings if m.status is MeetingStatus.DRAFT)
    return ExportService(factory), closed, draft


def _demo_family_id(factory: SessionFactory) -> int:
    (family,) = FamilyService(factory).list_families()
    return family.id


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def test_export_closed_meeting_docx_opens_in_python_docx(demo, out_dir: Path) -> None:
    service, closed, _ = demo
    path = out_dir / "minutes.docx"
    assert service.export(closed, ExportFormat.DOCX, path) == path
    text = _docx_text(path)
    assert "Marlowe family" in text
    assert "Core Group minutes" in text
    assert "Go to every session of the parenting course." in text
    assert sorted(p.name for p in out_dir.iterdir()) == ["minutes.docx"]


def test_export_closed_meeting_pdf_is_a_pdf(demo, out_dir: Path) -> None:
    service, closed, _ = demo
    path = out_dir / "minutes.pdf"
    assert service.export(closed, ExportFormat.PDF, path) == path
    assert path.read_bytes().startswith(b"%PDF")
    reader = PdfReader(str(path))
    assert len(reader.pages) >= 1
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Marlowe family" in text
    assert sorted(p.name for p in out_dir.iterdir()) == ["minutes.pdf"]


def test_export_draft_meeting_refused(demo, out_dir: Path) -> None:
    service, _, draft = demo
    path = out_dir / "minutes.pdf"
    with pytest.raises(ExportFailed, match="once the meeting is closed"):
        service.export(draft, ExportFormat.PDF, path)
    assert list(out_dir.iterdir()) == []


def test_export_missing_folder_refused_naming_the_folder(demo, tmp_path: Path) -> None:
    service, closed, _ = demo
    folder = tmp_path / "no such folder"
    with pytest.raises(ExportFailed) as caught:
        service.export(closed, ExportFormat.DOCX, folder / "minutes.docx")
    assert str(folder) in str(caught.value)
    assert "does not exist" in str(caught.value)
    assert not folder.exists()


def test_export_real_read_only_folder_refused(demo, out_dir: Path) -> None:
    service, closed, _ = demo
    out_dir.chmod(0o500)
    try:
        probe = out_dir / "probe"
        try:
            probe.touch()
        except PermissionError:
            pass
        else:
            probe.unlink()
            pytest.skip("running as root: chmod 0o500 does not stop writing")
        with pytest.raises(ExportFailed, match="read-only") as caught:
            service.export(closed, ExportFormat.PDF, out_dir / "minutes.pdf")
        assert str(out_dir) in str(caught.value)
        assert list(out_dir.iterdir()) == []
    finally:
        out_dir.chmod(0o700)


def test_export_read_only_folder_refused_naming_the_folder(
    demo, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service, closed, _ = demo
    asked: list[tuple[Path, int]] = []

    def no_access(path, mode, *args, **kwargs) -> bool:
        asked.append((Path(path), mode))
        return False

    monkeypatch.setattr("chair_app.services.export_minutes.os.access", no_access)
    with pytest.raises(ExportFailed) as caught:
        service.export(closed, ExportFormat.PDF, out_dir / "minutes.pdf")
    assert str(caught.value) == f"The folder {out_dir} is read-only. Choose another folder."
    assert asked and asked[0][0] == out_dir and asked[0][1] & os.W_OK
    assert list(out_dir.iterdir()) == []


def _half_write_then_disk_full(document: MinutesDocument, fmt: ExportFormat, path: Path) -> None:
    with open(path, "wb") as handle:
        handle.write(b"%PDF-1.4\n half a file")
    raise OSError(28, "No space left on device")


def test_export_disk_full_mid_write_leaves_no_file_and_no_part_file(
    demo, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service, closed, _ = demo
    monkeypatch.setattr(export_minutes, "render", _half_write_then_disk_full)
    target = out_dir / "minutes.pdf"
    with pytest.raises(ExportFailed) as caught:
        service.export(closed, ExportFormat.PDF, target)
    assert "No space left on device" in str(caught.value)
    assert "minutes.pdf" in str(caught.value)
    assert not target.exists()
    assert list(out_dir.iterdir()) == []


def test_export_disk_full_mid_overwrite_leaves_older_file_unchanged(
    demo, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service, closed, _ = demo
    target = out_dir / "minutes.pdf"
    target.write_bytes(OLDER)
    monkeypatch.setattr(export_minutes, "render", _half_write_then_disk_full)
    with pytest.raises(ExportFailed, match="No space left on device"):
        service.export(closed, ExportFormat.PDF, target, overwrite=True)
    assert target.read_bytes() == OLDER
    assert sorted(p.name for p in out_dir.iterdir()) == ["minutes.pdf"]


def test_export_renderer_bug_leaves_no_part_file(
    demo, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service, closed, _ = demo

    def broken(document: MinutesDocument, fmt: ExportFormat, path: Path) -> None:
        path.write_bytes(b"PK half a docx")
        raise ValueError("a renderer bug")

    monkeypatch.setattr(export_minutes, "render", broken)
    with pytest.raises(ExportFailed, match="Could not create the Word document: ValueError"):
        service.export(closed, ExportFormat.DOCX, out_dir / "minutes.docx")
    assert list(out_dir.iterdir()) == []


def test_export_existing_file_not_overwritten_without_overwrite(demo, out_dir: Path) -> None:
    service, closed, _ = demo
    target = out_dir / "minutes.pdf"
    target.write_bytes(OLDER)
    with pytest.raises(ExportWouldOverwrite) as caught:
        service.export(closed, ExportFormat.PDF, target)
    assert caught.value.path == target
    assert str(caught.value) == f"minutes.pdf already exists in {out_dir}."
    assert target.read_bytes() == OLDER
    assert sorted(p.name for p in out_dir.iterdir()) == ["minutes.pdf"]


def test_export_existing_file_overwritten_with_overwrite(demo, out_dir: Path) -> None:
    service, closed, _ = demo
    target = out_dir / "minutes.pdf"
    target.write_bytes(OLDER)
    service.export(closed, ExportFormat.PDF, target, overwrite=True)
    assert target.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in out_dir.iterdir()) == ["minutes.pdf"]


def test_export_would_overwrite_is_an_export_failure(demo, out_dir: Path) -> None:
    service, closed, _ = demo
    target = out_dir / "minutes.docx"
    target.write_bytes(OLDER)
    with pytest.raises(ExportFailed):
        service.export(closed, ExportFormat.DOCX, target)


def test_file_stem_demo_names_family_type_and_date(demo) -> None:
    service, closed, draft = demo
    closed_date = TODAY - dt.timedelta(days=28)
    assert service.file_stem(closed) == f"Marlowe family - Core Group - {closed_date.isoformat()}"
    assert service.file_stem(closed) == "Marlowe family - Core Group - 2026-10-26"
    assert service.file_stem(draft) == "Marlowe family - Core Group - 2026-11-23"


def test_planned_paths_one_per_format_in_the_folder(demo, out_dir: Path) -> None:
    service, closed, _ = demo
    assert service.planned_paths(closed, out_dir) == {
        ExportFormat.DOCX: out_dir / "Marlowe family - Core Group - 2026-10-26.docx",
        ExportFormat.PDF: out_dir / "Marlowe family - Core Group - 2026-10-26.pdf",
    }


def test_file_stem_family_name_with_path_marks_stays_in_the_folder(
    factory: SessionFactory, with_demo_family: None, out_dir: Path
) -> None:
    family_id = _demo_family_id(factory)
    families = FamilyService(factory)
    families.rename_family(family_id, "../Marlowe/family: \x00<new>")
    closed = families.get_family(family_id).meetings[0].id
    paths = ExportService(factory).planned_paths(closed, out_dir)
    assert paths[ExportFormat.PDF].parent == out_dir
    assert paths[ExportFormat.PDF].name == "Marlowefamily new - Core Group - 2026-10-26.pdf"


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_export_record_with_control_characters_and_scripts_written(
    factory: SessionFactory, with_demo_family: None, out_dir: Path, fmt: ExportFormat
) -> None:
    # Text pasted from other programs carries NULs, bells and escape codes; the file must still
    # be written, and the words either side kept.
    from chair_app.services.meetings import MeetingService

    families = FamilyService(factory)
    meetings = MeetingService(factory)
    family_id = _demo_family_id(factory)
    draft = families.get_family(family_id).meetings[1].id
    statement = meetings.get(draft).statements[0].id
    meetings.update_statement(
        statement, "Shouting\x00 at\x07 night\x1b[0m ŵ 👶🏽 שלום مرحبا", "Calm\x0bhome\x0c"
    )
    meetings.start(draft)
    social_worker = next(
        p for p in families.get_family(family_id).people if p.role == "Social worker"
    )
    meetings.set_attendance(draft, AttendanceEntry(social_worker.id, AttendanceStatus.PRESENT))
    meetings.close(draft)
    target = out_dir / f"minutes.{fmt.value}"
    ExportService(factory).export(draft, fmt, target)
    if fmt is ExportFormat.DOCX:
        assert "Shouting at night[0m ŵ 👶🏽 שלום مرحبا" in _docx_text(target)
    else:
        assert target.read_bytes().startswith(b"%PDF")
        text = "\n".join(page.extract_text() for page in PdfReader(str(target)).pages)
        assert "Shouting at night" in text
    assert sorted(p.name for p in out_dir.iterdir()) == [target.name]


def test_closed_minutes_keep_names_as_they_were_when_a_person_is_renamed_or_leaves(
    factory: SessionFactory, with_demo_family: None
) -> None:
    from chair_app.core.domain import AttendanceStatus
    from chair_app.services.meetings import MeetingService

    families = FamilyService(factory)
    meetings = MeetingService(factory)
    family = families.get_family(families.list_families()[0].id)
    closed = next(m for m in family.meetings if m.status.value == "closed")
    before = meetings.build_minutes(closed.id)
    record = meetings.get(closed.id)
    named = next(
        p for p in family.people if record.attendance_of(p.id).status is AttendanceStatus.PRESENT
    )
    families.save_person(family.id, replace(named, name="Someone Else", role="Changed role"))
    assert meetings.build_minutes(closed.id) == before
    # The draft meeting, still open, follows the network as it is now.
    draft = next(m for m in family.meetings if m.status.value == "draft")
    assert meetings.family_as_recorded(draft.id).person(named.id).name == "Someone Else"
