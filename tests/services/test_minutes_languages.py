"""Minutes in Welsh, English or both (issue 17): each person's copy in the language recorded
for them, the two bilingual layouts, and verify recognising every language of one version."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest
from conftest import TODAY
from pypdf import PdfReader

from chair_app.core.domain import MeetingStatus
from chair_app.core.language import BilingualLayout, MinutesLanguage
from chair_app.core.timescales import Nation
from chair_app.models.db import SessionFactory
from chair_app.services.export_minutes import ExportFormat, render
from chair_app.services.families import FamilyService
from chair_app.services.minutes import CopyKind, CopyRequest, MinutesService
from chair_app.services.minutes_verify import VerifyKind
from chair_app.services.settings import SettingsService

AGREED_ON = TODAY + dt.timedelta(days=3)


@pytest.fixture
def agreed(factory: SessionFactory, with_demo_family: None) -> tuple[MinutesService, int, int]:
    """The minutes service, the demo's closed meeting (its minutes agreed) and a parent's id."""
    (family,) = FamilyService(factory).list_families()
    details = FamilyService(factory).get_family(family.id)
    meeting_id = next(m.id for m in details.meetings if m.status is MeetingStatus.CLOSED)
    minutes = MinutesService(factory)
    if minutes.record(meeting_id).agreed_version is None:
        minutes.agree(meeting_id, None, AGREED_ON)
    parent = next(p for p in details.people if not p.is_professional)
    return minutes, meeting_id, parent.id


def _docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    tables = list(document.tables)
    while tables:
        table = tables.pop(0)
        for row in table.rows:
            for cell in row.cells:
                parts.append(cell.text)
                tables.extend(cell.tables)
    parts += [p.text for s in document.sections for p in s.footer.paragraphs]
    return " ".join(" ".join(parts).split())


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(str(path)).pages).split())


def test_a_persons_copy_is_in_the_language_recorded_for_them(agreed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    minutes, meeting_id, parent = agreed
    assert minutes.chosen_copy_language(parent) is None
    minutes.set_copy_language(parent, MinutesLanguage.WELSH)
    assert minutes.chosen_copy_language(parent) is MinutesLanguage.WELSH
    copy = CopyRequest(CopyKind.PERSON, parent)
    path = minutes.export(meeting_id, ExportFormat.DOCX, tmp_path / "copy.docx", copy, today=AGREED_ON)
    text = _docx_text(path)
    assert "SWYDDOGOL-SENSITIF" in " ".join(
        p.text for p in docx.Document(str(path)).sections[0].header.paragraphs
    )
    assert "Copi ar gyfer" in text and "Presenoldeb ac ymddiheuriadau" in text
    assert "Tudalen" in text and "Fersiwn" in text and "cytunwyd" in text
    assert "Attendance and apologies" not in text
    # The full record stays in English.
    full = minutes.export(meeting_id, ExportFormat.DOCX, tmp_path / "full.docx", today=AGREED_ON)
    assert "Attendance and apologies" in _docx_text(full)


def test_in_wales_someone_whose_language_was_never_chosen_gets_both(agreed) -> None:  # type: ignore[no-untyped-def]
    minutes, meeting_id, parent = agreed
    copy = CopyRequest(CopyKind.PERSON, parent)
    assert minutes.copy_language(meeting_id, copy) is MinutesLanguage.ENGLISH
    SettingsService(minutes._factory).set_nation(Nation.WALES)
    assert minutes.copy_language(meeting_id, copy) is MinutesLanguage.BOTH
    # A choice recorded for the person wins.
    minutes.set_copy_language(parent, MinutesLanguage.ENGLISH)
    assert minutes.copy_language(meeting_id, copy) is MinutesLanguage.ENGLISH


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_welsh_first_puts_the_whole_welsh_text_before_the_english(agreed, tmp_path: Path, fmt) -> None:  # type: ignore[no-untyped-def]
    minutes, meeting_id, parent = agreed
    path = tmp_path / f"both.{fmt.value}"
    copy = CopyRequest(CopyKind.PERSON, parent)
    minutes.export(meeting_id, fmt, path, copy, today=AGREED_ON, language=MinutesLanguage.BOTH)
    text = _docx_text(path) if fmt is ExportFormat.DOCX else _pdf_text(path)
    # Every Welsh heading comes before the first English one.
    assert text.index("Y cyfarfod nesaf") < text.index("Attendance and apologies")
    day = AGREED_ON.strftime("%d/%m/%Y")
    assert "Fersiwn / Version" in text and f"(cytunwyd {day} / agreed {day})" in text


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_side_by_side_puts_welsh_on_the_left_and_english_on_the_right(agreed, tmp_path: Path, fmt) -> None:  # type: ignore[no-untyped-def]
    minutes, meeting_id, parent = agreed
    SettingsService(minutes._factory).set_bilingual_layout(BilingualLayout.SIDE_BY_SIDE)
    path = tmp_path / f"both.{fmt.value}"
    copy = CopyRequest(CopyKind.PERSON, parent)
    minutes.export(meeting_id, fmt, path, copy, today=AGREED_ON, language=MinutesLanguage.BOTH)
    if fmt is ExportFormat.DOCX:
        document = docx.Document(str(path))
        # The two columns: Welsh in the left cell of each row, English in the right.
        columns = [t for t in document.tables if len(t.columns) == 2 and len(t.rows[0].cells) == 2]
        pairs = [(row.cells[0].text, row.cells[1].text) for t in columns for row in t.rows]
        assert ("Am beth rydyn ni'n poeni?", "What are we worried about?") in pairs
        assert any(
            p.text == "Presenoldeb ac ymddiheuriadau / Attendance and apologies"
            for p in document.paragraphs
        )
    else:
        text = _pdf_text(path)
        # Read line by line, the Welsh of a row comes just before its English.
        assert "Am beth rydyn ni'n poeni? What are we worried about?" in text
        assert "Y cyfarfod nesaf / Next meeting" in text


@pytest.mark.parametrize("layout", list(BilingualLayout))
def test_every_language_of_the_agreed_version_verifies_as_agreed(agreed, tmp_path: Path, layout) -> None:  # type: ignore[no-untyped-def]
    minutes, meeting_id, parent = agreed
    SettingsService(minutes._factory).set_bilingual_layout(layout)
    copy = CopyRequest(CopyKind.PERSON, parent)
    for language in MinutesLanguage:
        for fmt in ExportFormat:
            path = tmp_path / f"{language.value}.{fmt.value}"
            minutes.export(meeting_id, fmt, path, copy, today=AGREED_ON, language=language)
            result = minutes.verify(path)
            assert result.kind is VerifyKind.AGREED, (language, fmt, result.message)
            assert result.version == minutes.record(meeting_id).agreed_version.number


@pytest.mark.parametrize("fmt", list(ExportFormat))
@pytest.mark.parametrize("language", [MinutesLanguage.WELSH, MinutesLanguage.BOTH])
def test_a_changed_welsh_copy_does_not_verify_as_agreed(agreed, tmp_path: Path, fmt, language) -> None:  # type: ignore[no-untyped-def]
    """A Welsh copy with one word of the record changed is said to be changed; the same words
    in a file not exported here are not the agreed copy either."""
    from dataclasses import replace

    from chair_app.core.minutes import Paragraph, Section

    minutes, meeting_id, parent = agreed
    copy = CopyRequest(CopyKind.PERSON, parent)
    document, _version = minutes.document_to_export(meeting_id, copy, AGREED_ON, language=language)
    same = tmp_path / f"same.{fmt.value}"
    render(document, fmt, same)
    result = minutes.verify(same)
    assert result.kind is VerifyKind.TAMPERED and "has their words" in result.message
    extra = Section("Nodyn", (Paragraph("Cytunodd pawb y dylai'r plant symud."),))
    changed = tmp_path / f"changed.{fmt.value}"
    render(replace(document, sections=document.sections + (extra,)), fmt, changed)
    result = minutes.verify(changed)
    assert result.kind is VerifyKind.TAMPERED
    assert "its words are not those of that version" in result.message


def test_the_family_summary_is_in_the_familys_languages(agreed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The summary for the family follows what the family chose: Welsh when every family member
    chose Welsh, both languages when they differ, and it verifies as the agreed version."""
    minutes, meeting_id, _parent = agreed
    family = minutes.meeting_record(meeting_id).family
    relatives = [p.id for p in family.people if not p.is_professional]
    summary = CopyRequest(CopyKind.FAMILY_SUMMARY)
    assert minutes.copy_language(meeting_id, summary) is MinutesLanguage.ENGLISH
    for person_id in relatives:
        minutes.set_copy_language(person_id, MinutesLanguage.WELSH)
    assert minutes.copy_language(meeting_id, summary) is MinutesLanguage.WELSH
    path = minutes.export(meeting_id, ExportFormat.PDF, tmp_path / "family.pdf", summary, today=AGREED_ON)
    text = _pdf_text(path)
    assert "Crynodeb i'r teulu" in text and "Family summary" not in text
    assert minutes.verify(path).kind is VerifyKind.AGREED
    minutes.set_copy_language(relatives[0], MinutesLanguage.ENGLISH)
    assert minutes.copy_language(meeting_id, summary) is MinutesLanguage.BOTH
    path = minutes.export(meeting_id, ExportFormat.DOCX, tmp_path / "family.docx", summary, today=AGREED_ON)
    text = _docx_text(path)
    assert text.index("Crynodeb i'r teulu") < text.index("Family summary")
    assert minutes.verify(path).kind is VerifyKind.AGREED
