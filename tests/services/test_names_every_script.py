"""A name in any script a family writes goes everywhere a name goes, whole: the export file
names (with a safe fallback when the folder's file system will not take the letters), the
calendar invite and the meeting record carried to another laptop."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import TODAY, StoreTemplates
from icalendar import Calendar
from pypdf import PdfReader

from chair_app.core.domain import (
    Child,
    MeetingStatus,
    MeetingType,
    NextMeeting,
    Person,
    PlanType,
)
from chair_app.core.language import MinutesLanguage
from chair_app.models.db import SessionFactory
from chair_app.services import output_files
from chair_app.services.calendar_invite import CalendarService
from chair_app.services.export_minutes import ExportFormat, ExportService
from chair_app.services.families import FamilyService
from chair_app.services.meetings import MeetingService
from chair_app.services.minutes import MinutesService, VerifyKind
from chair_app.services.record_changes import ImportOutcome
from chair_app.services.record_export import RecordService
from chair_app.services.record_import import ImportService
from chair_app.services.storage import open_factory

NAMES = {
    "arabic": "فاطمة الزهراء",
    "urdu": "عائشہ بی بی",
    "bengali": "রহিমা খাতুন",
    "gurmukhi": "ਹਰਪ੍ਰੀਤ ਕੌਰ",
    "devanagari": "प्रिया शर्मा",
    "chinese": "王小明",
    "polish": "Małgorzata Wiśniewska",
}
DAY = dt.date(2026, 11, 23)


def _family_and_meeting(factory: SessionFactory, family_name: str) -> tuple[int, int]:
    families = FamilyService(factory)
    family_id = families.create_family(family_name)
    families.save_child(
        family_id, Child(0, f"{family_name} child", dt.date(2018, 5, 2), PlanType.CHILD_PROTECTION)
    )
    chair = families.save_person(
        family_id, Person(0, "Noor Haddad", "Social worker", "Children's Social Care", True)
    )
    writer = families.save_person(
        family_id, Person(0, "Bryn Pritchard", "Health visitor", "Health", True)
    )
    meeting_id = MeetingService(factory).create_meeting(
        family_id, MeetingType.CORE_GROUP, DAY, dt.time(10, 0), "Elm Street", chair, writer
    )
    return family_id, meeting_id


@pytest.mark.parametrize("script", list(NAMES))
def test_export_file_names_keep_the_name_whole_and_can_be_written(
    script: str, factory: SessionFactory, tmp_path: Path
) -> None:
    name = NAMES[script]
    _family_id, meeting_id = _family_and_meeting(factory, f"{name} family")
    folder = tmp_path / "out"
    folder.mkdir()

    paths = ExportService(factory).planned_paths(meeting_id, folder, f"Copy for {name}")

    path = paths[ExportFormat.PDF]
    # Every letter, vowel sign and joiner of the name is kept (as the same NFC text).
    assert path.name == f"{name} family - Core Group - 2026-11-23 - Copy for {name}.pdf"
    output_files.write_bytes_atomically(path, b"%PDF-")
    assert [p.name for p in folder.iterdir()] == [path.name]


def test_a_long_name_is_cut_to_what_a_file_system_takes_in_bytes(
    factory: SessionFactory, tmp_path: Path
) -> None:
    """Chinese and Indic letters take three bytes each in a file name; names are at most 255
    bytes on the usual file systems."""
    name = "王小明" * 40
    _family_id, meeting_id = _family_and_meeting(factory, name)

    paths = ExportService(factory).planned_paths(meeting_id, tmp_path, f"Copy for {name}")

    for path in paths.values():
        assert len(path.name.encode()) <= 255
        assert path.name.startswith("王小明王小明")
        output_files.write_bytes_atomically(path, b"x")
        assert path.read_bytes() == b"x"


def test_a_name_the_file_system_refuses_is_replaced_by_the_family_number(
    factory: SessionFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A USB stick formatted with an old code page, say, cannot hold Arabic letters in a file
    name: the files are then named by the family's number, never transliterated."""
    family_id, meeting_id = _family_and_meeting(factory, "فاطمة الزهراء family")
    monkeypatch.setattr(output_files, "_file_system_takes", lambda folder, name: name.isascii())

    paths = ExportService(factory).planned_paths(meeting_id, tmp_path, "Copy for فاطمة")

    other = ExportService(factory).planned_paths(meeting_id, tmp_path, "Copy for عائشہ")

    name = paths[ExportFormat.DOCX].name
    assert name.startswith(f"Family {family_id} - Core Group - 2026-11-23 - Copy ")
    assert name.endswith(".docx") and name.isascii()
    assert paths[ExportFormat.PDF].name == name.removesuffix(".docx") + ".pdf"
    assert other[ExportFormat.DOCX] != paths[ExportFormat.DOCX]  # two people's copies differ


def test_the_file_system_check_is_real_for_a_name_it_takes(tmp_path: Path) -> None:
    assert output_files._file_system_takes(tmp_path, "ਹਰਪ੍ਰੀਤ ਕੌਰ.pdf")
    assert not output_files._file_system_takes(tmp_path, "x" * 300 + ".pdf")
    assert list(tmp_path.iterdir()) == []  # the check leaves nothing behind


def test_the_calendar_invite_keeps_a_professional_s_name_whole(
    factory: SessionFactory,
) -> None:
    families = FamilyService(factory)
    family_id = families.create_family("الزهراء family")
    chair = families.save_person(
        family_id,
        Person(0, NAMES["gurmukhi"], "Social worker", "Children's Social Care", True, "",
               "h.kaur@council.example"),
    )
    nurse = families.save_person(
        family_id,
        Person(0, NAMES["chinese"], "Health visitor", "Health", True, "", "w.xm@health.example"),
    )
    meetings = MeetingService(factory)
    meeting_id = meetings.create_meeting(
        family_id, MeetingType.CORE_GROUP, DAY, dt.time(10, 0), "Elm Street", chair, nurse
    )
    meetings.set_next_meeting(meeting_id, NextMeeting(dt.date(2026, 12, 21), dt.time(10, 0),
                                                      "مركز الأسرة"))

    event = next(iter(Calendar.from_ical(
        CalendarService(factory).next_meeting_invite(meeting_id)).walk("VEVENT")))

    assert event["ORGANIZER"].params["CN"] == NAMES["gurmukhi"]
    attendees: Any = event["ATTENDEE"]
    names = {str(a.params.get("CN")) for a in attendees}
    assert names == {NAMES["gurmukhi"], NAMES["chinese"]}
    assert str(event["LOCATION"]) == "مركز الأسرة"
    assert str(event["SUMMARY"]) == "Core Group (family ا.)"


def test_the_record_carries_every_script_s_names_to_another_laptop(
    factory: SessionFactory, tmp_path: Path, store_templates: StoreTemplates
) -> None:
    families = FamilyService(factory)
    family_id = families.create_family("الزهراء family")
    ids = [
        families.save_person(family_id, Person(0, name, "Family friend", "", False))
        for name in NAMES.values()
    ]
    meeting_id = MeetingService(factory).create_meeting(
        family_id, MeetingType.CORE_GROUP, DAY, dt.time(10, 0), "Elm Street", ids[0], ids[1]
    )
    record = json.loads(json.dumps(RecordService(factory).export_record([meeting_id]),
                                   ensure_ascii=False))
    folder = tmp_path / "other"
    folder.mkdir()
    store_templates.copy_into("empty", folder)
    other = open_factory(folder)
    try:
        importer = ImportService(other)
        assert importer.import_record(record).outcome is ImportOutcome.NEEDS_FAMILY_CHOICE
        assert importer.import_record(record, new_family=True).outcome is ImportOutcome.IMPORTED
        (summary,) = FamilyService(other).list_families()
        family = FamilyService(other).get_family(summary.id)
        assert family.name == "الزهراء family"
        assert {person.name for person in family.people} == set(NAMES.values())
    finally:
        other.kw["bind"].dispose()



def test_a_draft_pdf_with_every_script_and_an_unprintable_character_verifies_as_a_draft(
    factory: SessionFactory, with_demo_family_unsent: None, tmp_path: Path
) -> None:
    """verify reads a PDF's words back: names in every script read back as typed, and the note
    naming a character no font has is the renderer's, not a change to the minutes."""
    minutes = MinutesService(factory)
    closed = next(
        m.id for m in MeetingService(factory).list_meetings() if m.status is MeetingStatus.CLOSED
    )
    reasons = "Said by " + ", ".join(NAMES.values()) + " \U0001f600 (a face)."
    minutes.correct(closed, "reasons", reasons, None)
    path = minutes.export(closed, ExportFormat.PDF, tmp_path / "draft.pdf", today=TODAY)

    result = minutes.verify(path)

    assert result.kind is VerifyKind.DRAFT, result.message


@pytest.mark.parametrize(
    ("language", "note"),
    [
        (MinutesLanguage.WELSH, "Nid oedd modd argraffu rhai nodau yn y PDF hwn"),
        (MinutesLanguage.BOTH, "Nid oedd modd argraffu rhai nodau yn y PDF hwn"),
    ],
)
def test_a_welsh_pdf_says_in_welsh_what_it_could_not_print_and_still_verifies(
    factory: SessionFactory,
    with_demo_family_unsent: None,
    tmp_path: Path,
    language: MinutesLanguage,
    note: str,
) -> None:
    """The renderer's own notes are in the copy's language (both, in a copy in both), and verify
    knows them as the renderer's in every language."""
    minutes = MinutesService(factory)
    closed = next(
        m.id for m in MeetingService(factory).list_meetings() if m.status is MeetingStatus.CLOSED
    )
    minutes.correct(closed, "reasons", "A face \U0001f600 was drawn on the plan.", None)
    path = minutes.export(
        closed, ExportFormat.PDF, tmp_path / "draft.pdf", today=TODAY, language=language
    )
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
    assert note in text
    assert ("Some characters could not be printed" in text) is (language is MinutesLanguage.BOTH)
    assert minutes.verify(path).kind is VerifyKind.DRAFT


def test_a_handed_over_meeting_keeps_each_persons_copy_language(
    factory: SessionFactory, tmp_path: Path, store_templates: StoreTemplates
) -> None:
    """A Welsh-speaking mother's choice goes with the record to the next laptop, so her copy is
    still in Welsh there; someone never asked stays unasked (and adds nothing to the record)."""
    families = FamilyService(factory)
    family_id = families.create_family("Pritchard family")
    mother = families.save_person(family_id, Person(0, "Ceri Pritchard", "Mother", "", False))
    nain = families.save_person(family_id, Person(0, "Gwen Pritchard", "Grandmother", "", False))
    worker = families.save_person(
        family_id, Person(0, "Sam Hale", "Social worker", "Children's Services", True)
    )
    minutes = MinutesService(factory)
    minutes.set_copy_language(mother, MinutesLanguage.WELSH)
    minutes.set_copy_language(nain, MinutesLanguage.BOTH)
    meeting_id = MeetingService(factory).create_meeting(
        family_id, MeetingType.CORE_GROUP, DAY, dt.time(10, 0), "Elm Street", worker, nain
    )
    record = json.loads(json.dumps(RecordService(factory).export_record([meeting_id])))
    people = {p["name"]: p for p in record["family"]["people"]}
    assert people["Ceri Pritchard"]["minutes_language"] == "cy"
    assert "minutes_language" not in people["Sam Hale"]
    folder = tmp_path / "other"
    folder.mkdir()
    store_templates.copy_into("empty", folder)
    other = open_factory(folder)
    try:
        assert ImportService(other).import_record(record, new_family=True).outcome is (
            ImportOutcome.IMPORTED
        )
        (summary,) = FamilyService(other).list_families()
        there = {p.name: p.id for p in FamilyService(other).get_family(summary.id).people}
        chosen = MinutesService(other).chosen_copy_language
        assert chosen(there["Ceri Pritchard"]) is MinutesLanguage.WELSH
        assert chosen(there["Gwen Pritchard"]) is MinutesLanguage.BOTH
        assert chosen(there["Sam Hale"]) is None
    finally:
        other.kw["bind"].dispose()
