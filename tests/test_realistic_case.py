"""The acceptance case (tests/realistic_case.py), end to end: every copy of the agreed minutes,
in both formats, read as the person who receives it. Fails if any withheld marker reaches a copy
it is withheld from, or if a shared one is missing."""

from __future__ import annotations

from pathlib import Path

import pytest
from minutes_files import docx_body, one_line, pdf_pages
from realistic_case import (
    AGREED_ON,
    KERRY_UPDATE,
    KERRY_VIEW,
    MAISIE_VIEWS,
    MEETING_DATE,
    NEIGHBOUR,
    POLICE_INTEL,
    REFUGE,
    SAFE_PLAN,
    SCHOOL_DISSENT,
    SHARED_WORRY,
    RealisticCase,
    build_realistic_case,
)

from chair_app.core.agenda import StepKey
from chair_app.core.room import step_lines
from chair_app.models.db import SessionFactory
from chair_app.services.export_minutes import ExportFormat
from chair_app.services.meetings import MeetingService
from chair_app.services.minutes import CopyKind, CopyRequest, MinutesService

WITHHELD = {REFUGE, POLICE_INTEL, SAFE_PLAN, KERRY_UPDATE, NEIGHBOUR, MAISIE_VIEWS}
ALL_MARKERS = WITHHELD | {SHARED_WORRY, SCHOOL_DISSENT, KERRY_VIEW}

# What each reader must not find; every other marker must be in their copy.
NOT_FOR = {
    # Excluded from the updates; the refuge, the safety part of the contingency plan and what
    # Maisie said about him are withheld from him by name; the police information and the
    # neighbour's account from the whole family.
    "Daniel": {REFUGE, POLICE_INTEL, SAFE_PLAN, KERRY_UPDATE, NEIGHBOUR, MAISIE_VIEWS},
    "Kerry": {POLICE_INTEL, NEIGHBOUR},
    "Jean": {POLICE_INTEL, NEIGHBOUR},
    "Tom": {POLICE_INTEL, NEIGHBOUR},
    "Priya": set(),
    "Ruth": set(),
    "Sofia": set(),
}


@pytest.fixture(scope="module")
def exported(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[RealisticCase, Path, MinutesService]:
    from chair_app.services.storage import open_factory

    data_dir = tmp_path_factory.mktemp("data")
    factory: SessionFactory = open_factory(data_dir)
    case = build_realistic_case(factory)
    out = tmp_path_factory.mktemp("copies")
    minutes = MinutesService(factory)
    copies = {"full": CopyRequest(), "family": CopyRequest(CopyKind.FAMILY_SUMMARY)}
    copies |= {
        name: CopyRequest(CopyKind.PERSON, person_id) for name, person_id in case.people.items()
    }
    for name, copy in copies.items():
        for fmt in (ExportFormat.DOCX, ExportFormat.PDF):
            minutes.export(case.meeting_id, fmt, out / f"{name}.{fmt.value}", copy, today=AGREED_ON)
    return case, out, minutes


def _texts(out: Path, name: str) -> tuple[str, str]:
    docx_text = one_line(docx_body(out / f"{name}.docx"))
    pdf_text = one_line(" ".join(pdf_pages(out / f"{name}.pdf")))
    return docx_text, pdf_text


@pytest.mark.parametrize("name", sorted(NOT_FOR))
def test_each_persons_copy_holds_exactly_what_they_may_see(exported, name: str) -> None:  # type: ignore[no-untyped-def]
    _case, out, _minutes = exported
    for text in _texts(out, name):
        for marker in ALL_MARKERS:
            if marker in NOT_FOR[name]:
                assert marker not in text, f"{marker} reached {name}'s copy"
            else:
                assert marker in text, f"{marker} is missing from {name}'s copy"


def test_the_excluded_father_reads_that_parts_are_left_out(exported) -> None:  # type: ignore[no-untyped-def]
    _case, out, _minutes = exported
    for text in _texts(out, "Daniel"):
        assert "This part of the meeting is omitted from this copy." in text
        assert "Withheld from this copy." in text
        # He is told nothing of who else was excluded, or of the refuge.
        assert "refuge" not in text.lower()


def test_the_family_summary_holds_nothing_withheld_from_anyone(exported) -> None:  # type: ignore[no-untyped-def]
    _case, out, _minutes = exported
    for text in _texts(out, "family"):
        for marker in WITHHELD:
            assert marker not in text
        assert SHARED_WORRY in text
        # What parents most need: the decision, the contingency plan, the next meetings, and a
        # job that is late said as late.
        assert "Should Maisie and Leon stay on child protection plans?" in text
        assert "strategy discussion is held the same day" in text
        assert "4 February 2027" in text
        assert "was due 16/10" in text
        # Kerry chose Welsh and Jean both, Daniel nothing: the family's summary is in both.
        assert text.index("Crynodeb i'r teulu") < text.index("Family summary")


def test_the_full_record_holds_everything_and_says_what_is_withheld(exported) -> None:  # type: ignore[no-untyped-def]
    _case, out, _minutes = exported
    for text in _texts(out, "full"):
        for marker in ALL_MARKERS:
            assert marker in text
        assert "Daniel Nowak" in text and "withheld from" in text.lower()
        # The vote given for the school by its deputy head counts; the chair and the
        # minute-taker are not voters.
        assert "For 2, against 1" in text
        assert "given by Ruth Kaye" in text
        assert "Not voted" not in text
        # The closing section and the distribution list of agreed minutes.
        assert "The plan continues. Kerry's move is the priority this month." in text
        assert "24/11/2026" in text
        # The unborn child, and the review conference date.
        assert "Unborn baby Hartley" in text and "14/03/2027" in text
        assert "Thursday 4 February 2027" in text


def test_the_room_display_never_shows_a_withheld_item(exported) -> None:  # type: ignore[no-untyped-def]
    case, _out, minutes = exported
    meetings = MeetingService(minutes._store._factory)
    meeting = meetings.get(case.meeting_id)
    family = meetings.family_as_recorded(case.meeting_id)
    # Kerry's update is not withheld as an item: Daniel was out of the room for that part.
    for step in StepKey:
        text = " ".join(line.text for line in step_lines(step, meeting, family))
        for marker in WITHHELD - {KERRY_UPDATE}:
            assert marker not in text, f"{marker} on the room display at {step}"


def test_the_agreed_case_moves_to_another_laptop_with_every_withholding(  # type: ignore[no-untyped-def]
    exported, tmp_path: Path
) -> None:
    """Handed over as a record file, the agreed minutes import (their fingerprint still matches
    their content) and the father's copy made on the other laptop still holds nothing withheld
    from him."""
    from chair_app.services.record_changes import ImportOutcome
    from chair_app.services.record_export import RecordService
    from chair_app.services.record_import import ImportService
    from chair_app.services.storage import open_factory

    case, _out, minutes = exported
    record = RecordService(minutes._store._factory).export_meeting(case.meeting_id)
    other = open_factory(tmp_path / "other")
    result = ImportService(other).import_record(record, new_family=True)
    assert result.outcome is ImportOutcome.IMPORTED, result.message
    there = MinutesService(other)
    services = MeetingService(other)
    [meeting] = [m for m in services.list_meetings() if m.date == MEETING_DATE]
    people = services.family_as_recorded(meeting.id).people
    daniel = next(p.id for p in people if p.name == "Daniel Nowak")
    text = there.document(meeting.id, CopyRequest(CopyKind.PERSON, daniel), AGREED_ON).plain_text()
    for marker in NOT_FOR["Daniel"]:
        assert marker not in text
    assert there.fingerprint(meeting.id) == minutes.fingerprint(case.meeting_id)


def test_the_welsh_speaking_mother_reads_her_copy_in_welsh(exported) -> None:  # type: ignore[no-untyped-def]
    """Kerry chose Welsh: her copy's headings, labels, marking, dates and page numbers are
    Welsh; the names and what people said stay as typed; nothing withheld from her is in it."""
    _case, out, _minutes = exported
    docx_text, pdf_text = _texts(out, "Kerry")
    for text in (docx_text, pdf_text):
        assert "Cofnodion Grŵp Craidd" in text
        assert "Copi ar gyfer Kerry Hartley" in text
        assert "Presenoldeb ac ymddiheuriadau" in text
        assert "Datganiadau perygl a nodau diogelwch" in text
        assert "Dydd Iau 19 Tachwedd 2026" in text
        assert "Am beth rydyn ni'n poeni?" in text
        # English fixed texts are gone; the names and typed words are intact.
        assert "Attendance and apologies" not in text
        assert "Danger statements and safety goals" not in text
        for name in ("Kerry Hartley", "Daniel Nowak", "Maisie Hartley", "Hannah Oduya"):
            assert name in text
        assert SHARED_WORRY in text
        assert POLICE_INTEL not in text and NEIGHBOUR not in text
        # The police information withheld from the family is said to be left out, in Welsh.
        assert "Mae gwybodaeth gyfrinachol am drydydd parti wedi'i hepgor o'r copi hwn." in text
    pdf_page_one = one_line(pdf_pages(out / "Kerry.pdf")[0])
    assert "SWYDDOGOL-SENSITIF" in pdf_page_one
    assert "Tudalen 1 o" in pdf_page_one


def test_the_grandmother_reads_both_languages_welsh_first(exported) -> None:  # type: ignore[no-untyped-def]
    _case, out, _minutes = exported
    for text in _texts(out, "Jean"):
        welsh = text.index("Presenoldeb ac ymddiheuriadau")
        english = text.index("Attendance and apologies")
        assert welsh < english
        assert "Copi ar gyfer Jean Hartley / Copy for Jean Hartley" in text
        assert "Dydd Iau 19 Tachwedd 2026" in text and "Thursday 19 November 2026" in text
        assert POLICE_INTEL not in text and NEIGHBOUR not in text
        assert SHARED_WORRY in text


@pytest.mark.parametrize("name", ["Kerry", "Jean"])
def test_each_language_of_the_agreed_copy_verifies_as_agreed(exported, name: str) -> None:  # type: ignore[no-untyped-def]
    from chair_app.services.minutes_verify import VerifyKind

    case, out, minutes = exported
    for fmt in ("docx", "pdf"):
        result = minutes.verify(out / f"{name}.{fmt}")
        assert result.kind is VerifyKind.AGREED, result.message
        assert result.meeting_id == case.meeting_id
