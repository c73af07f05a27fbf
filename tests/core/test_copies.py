"""The one rule every copy is built by (core.copies): a copy holds an item only if nothing
withholds it from the copy's reader. Checked item by item, and as a property over meetings
with random withholdings and exclusions, in the built minutes, the DOCX, the PDF, the family
summary and the room display, by unique marker words."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_budget import examples
from pypdf import PdfReader

from chair_app.core.agenda import BUILT_IN_AGENDAS, StepKey
from chair_app.core.copies import (
    FAMILY_READER,
    FULL_RECORD,
    ROOM_READER,
    WITHHELD_TEXT,
    Reader,
    copy_for,
    may_see,
)
from chair_app.core.domain import (
    AgencyUpdate,
    AttendanceEntry,
    AttendanceStatus,
    Child,
    ChildViews,
    ContingencyPart,
    DangerStatement,
    Decision,
    Family,
    Meeting,
    MeetingStatus,
    MeetingType,
    Person,
    PlanType,
    ThreeColumns,
    Vote,
    VoteChoice,
    Withholding,
)
from chair_app.core.family_summary import build_family_summary
from chair_app.core.minutes import MinutesExtras, build_minutes
from chair_app.core.room import step_lines
from chair_app.services.export_minutes import ExportFormat, write_document

DAY = dt.date(2026, 11, 24)
MOTHER, FATHER, ADVOCATE, SOCIAL_WORKER, POLICE, SCHOOL = 1, 2, 3, 4, 5, 6
FAMILY = Family(
    1,
    "Ashby family",
    children=(
        Child(1, "Lily Ashby", dt.date(2017, 5, 2), PlanType.CHILD_PROTECTION),
        Child(2, "Noah Ashby", dt.date(2020, 9, 14), PlanType.CHILD_PROTECTION),
    ),
    people=(
        Person(MOTHER, "Gemma Ashby", "Mother", "", False),
        Person(FATHER, "Lee Ashby", "Father", "", False),
        Person(ADVOCATE, "Rose Fenn", "Advocate", "Family Rights", False),
        Person(SOCIAL_WORKER, "Asha Patel", "Social worker", "Children's Services", True),
        Person(POLICE, "Mark Dunn", "Detective Constable", "Police", True),
        Person(SCHOOL, "Jo Hale", "Head teacher", "St Anne's Primary", True),
    ),
)
PEOPLE = tuple(p.id for p in FAMILY.people)
# Every item that can be withheld, by key; each carries its own marker word.
ITEM_KEYS = (
    "report",
    "update_family",
    "update_agency",
    "child_views",
    "statement_notes",
    "worries",
    "working_well",
    "needs_to_happen",
    "contingency",
    "contingency_part",
    "vote_reason",
    "family_view",
)


def _marker(key: str) -> str:
    # Letters only, so no renderer breaks it at a hyphen; unique per item.
    return "zq" + "".join(chr(ord("a") + (ord(c) % 26)) for c in key.replace("_", "")) + "zq"


MARKERS = {key: _marker(key) for key in ITEM_KEYS}
assert len(set(MARKERS.values())) == len(MARKERS)


def _meeting(withheld: dict[str, Withholding]) -> Meeting:
    def text(key: str) -> str:
        return f"Recorded words {MARKERS[key]} end."

    w = withheld.get
    none = Withholding()
    return Meeting(
        id=1,
        family_id=1,
        meeting_type=MeetingType.CORE_GROUP,
        date=DAY,
        start_time=dt.time(10, 0),
        venue="Family Centre",
        chair_id=SOCIAL_WORKER,
        minute_taker_id=None,
        status=MeetingStatus.CLOSED,
        attendance=(
            AttendanceEntry(MOTHER, AttendanceStatus.PRESENT),
            AttendanceEntry(FATHER, AttendanceStatus.PRESENT),
            AttendanceEntry(ADVOCATE, AttendanceStatus.PRESENT),
            AttendanceEntry(SOCIAL_WORKER, AttendanceStatus.PRESENT),
            AttendanceEntry(
                POLICE,
                AttendanceStatus.WRITTEN_REPORT,
                text("report"),
                report_withheld=w("report", none),
            ),
            AttendanceEntry(SCHOOL, AttendanceStatus.PRESENT),
        ),
        updates=(
            AgencyUpdate(
                MOTHER,
                text("update_family"),
                w("update_family", none).from_family,
                w("update_family", none).from_people,
            ),
            AgencyUpdate(
                SCHOOL,
                text("update_agency"),
                w("update_agency", none).from_family,
                w("update_agency", none).from_people,
            ),
        ),
        child_views=(ChildViews(1, text("child_views"), "Seen alone", w("child_views", none)),),
        statements=(
            DangerStatement(
                1,
                0,
                "Social workers are worried the children may be hurt when adults argue.",
                "The children will be safe and calm at home.",
                notes=text("statement_notes"),
                notes_withheld=w("statement_notes", none),
            ),
        ),
        columns=ThreeColumns(
            text("worries"),
            text("working_well"),
            text("needs_to_happen"),
            w("worries", none),
            w("working_well", none),
            w("needs_to_happen", none),
        ),
        contingency=text("contingency"),
        contingency_withheld=w("contingency", none),
        contingency_parts=(
            ContingencyPart(1, 0, text("contingency_part"), w("contingency_part", none)),
        ),
        decisions=(
            Decision(
                1,
                0,
                "Should the plan continue?",
                (
                    Vote(SCHOOL, VoteChoice.FOR, text("vote_reason"), w("vote_reason", none)),
                    Vote(MOTHER, VoteChoice.NOT_VOTED, text("family_view"), w("family_view", none)),
                ),
            ),
        ),
    )


READERS = (
    FULL_RECORD,
    FAMILY_READER,
    ROOM_READER,
    *(Reader.person(FAMILY, person_id) for person_id in PEOPLE),
)
CORE_GROUP_STEPS = tuple(step.key for step in BUILT_IN_AGENDAS[MeetingType.CORE_GROUP])


def _squashed(text: str) -> str:
    """Without spaces or line breaks, so a marker broken across lines is still found."""
    return re.sub(r"\s+", "", text)


def _texts_for(meeting: Meeting, reader: Reader) -> str:
    """Every word of the reader's copy as core builds it (the room: every step's lines)."""
    if reader is FAMILY_READER:
        return build_family_summary(meeting, FAMILY).plain_text()
    if reader is ROOM_READER:
        return "\n".join(
            line.text for step in CORE_GROUP_STEPS for line in step_lines(step, meeting, FAMILY)
        )
    return build_minutes(
        meeting, FAMILY, CORE_GROUP_STEPS, MinutesExtras(reader=reader)
    ).plain_text()


def _check(meeting: Meeting, withheld: dict[str, Withholding], reader: Reader, text: str) -> None:
    squashed = _squashed(text)
    for key, marker in MARKERS.items():
        visible = may_see(withheld.get(key, Withholding()), reader)
        if not visible:
            assert marker not in squashed, (key, reader)


def test_withheld_from_the_family_reaches_professionals_only() -> None:
    withheld = {key: Withholding(from_family=True) for key in ITEM_KEYS}
    meeting = _meeting(withheld)
    for reader in READERS:
        text = _squashed(_texts_for(meeting, reader))
        sees = reader is FULL_RECORD or reader.is_professional
        for key, marker in MARKERS.items():
            if key == "family_view" and reader is FAMILY_READER:
                continue  # the family summary does not print what was said on a decision
            assert (marker in text) is sees, (key, reader)


def test_withheld_from_one_parent_reaches_the_other() -> None:
    withheld = {key: Withholding(from_people=(FATHER,)) for key in ITEM_KEYS}
    meeting = _meeting(withheld)
    mother = _squashed(_texts_for(meeting, Reader.person(FAMILY, MOTHER)))
    father = _squashed(_texts_for(meeting, Reader.person(FAMILY, FATHER)))
    for key, marker in MARKERS.items():
        assert marker in mother, key
        assert marker not in father, key
    # The father's copy says where something was left out, and keeps what is his.
    assert _squashed(WITHHELD_TEXT) in father


def test_full_record_marks_who_each_item_is_withheld_from() -> None:
    withheld = {
        "report": Withholding(from_family=True),
        "contingency_part": Withholding(from_people=(FATHER,)),
        "worries": Withholding(True, (FATHER,)),
    }
    text = _texts_for(_meeting(withheld), FULL_RECORD)
    assert "Withheld from the family and their advocates." in text
    assert "Withheld from Lee Ashby." in text
    assert "Withheld from the family and their advocates, and Lee Ashby." in text
    assert WITHHELD_TEXT not in text


def test_copy_for_the_full_record_is_the_record() -> None:
    meeting = _meeting({key: Withholding(from_family=True) for key in ITEM_KEYS})
    assert copy_for(meeting, FULL_RECORD) is meeting


def test_nothing_withheld_everyone_reads_every_item() -> None:
    meeting = _meeting({})
    for reader in (FULL_RECORD, *READERS[3:]):
        text = _squashed(_texts_for(meeting, reader))
        for key, marker in MARKERS.items():
            assert marker in text, (key, reader)


def test_exclusion_from_one_update_keeps_the_rest_of_the_step() -> None:
    """A parent kept from one agency's update still reads their own update and the step."""
    meeting = _meeting({"update_agency": Withholding(from_people=(FATHER,))})
    father = _texts_for(meeting, Reader.person(FAMILY, FATHER))
    assert MARKERS["update_family"] in father
    assert MARKERS["update_agency"] not in father
    assert "Jo Hale (Head teacher, St Anne's Primary)" in father


WITHHOLDINGS = st.builds(
    Withholding,
    st.booleans(),
    st.lists(st.sampled_from(PEOPLE), unique=True, max_size=3).map(lambda ids: tuple(sorted(ids))),
)
WITHHELD_MAPS = st.dictionaries(st.sampled_from(ITEM_KEYS), WITHHOLDINGS)


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(withheld=WITHHELD_MAPS, excluded=st.sets(st.sampled_from(CORE_GROUP_STEPS), max_size=3))
def test_no_withheld_marker_reaches_a_copy_it_is_withheld_from(
    withheld: dict[str, Withholding], excluded: set[StepKey]
) -> None:
    meeting = _meeting(withheld)
    for reader in READERS:
        _check(meeting, withheld, reader, _texts_for(meeting, reader))
    # An exclusion takes whole steps out of one person's copy, on top of the withholdings.
    father = Reader.person(FAMILY, FATHER)
    text = build_minutes(
        meeting,
        FAMILY,
        CORE_GROUP_STEPS,
        MinutesExtras(reader=father, omit_steps=frozenset(excluded)),
    ).plain_text()
    _check(meeting, withheld, father, text)


def _docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


@settings(
    max_examples=examples(6),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(withheld=WITHHELD_MAPS, person=st.sampled_from(PEOPLE))
def test_no_withheld_marker_reaches_an_exported_file(
    tmp_path: Path, withheld: dict[str, Withholding], person: int
) -> None:
    meeting = _meeting(withheld)
    reader = Reader.person(FAMILY, person)
    copies = {
        reader: build_minutes(meeting, FAMILY, CORE_GROUP_STEPS, MinutesExtras(reader=reader)),
        FAMILY_READER: build_family_summary(meeting, FAMILY),
    }
    for who, document in copies.items():
        for fmt, read in ((ExportFormat.DOCX, _docx_text), (ExportFormat.PDF, _pdf_text)):
            path = write_document(document, fmt, tmp_path / f"copy-{who.kind.value}.{fmt.value}")
            _check(meeting, withheld, who, read(path))


@pytest.mark.parametrize("key", ITEM_KEYS)
def test_each_item_is_withheld_on_its_own(key: str) -> None:
    """Withholding one item leaves every other item in the family's copies."""
    meeting = _meeting({key: Withholding(from_family=True)})
    text = _squashed(_texts_for(meeting, Reader.person(FAMILY, MOTHER)))
    for other, marker in MARKERS.items():
        assert (marker in text) is (other != key), other


def test_full_record_marks_a_withheld_vote_reason_and_view() -> None:
    withheld = {
        "vote_reason": Withholding(from_people=(FATHER,)),
        "family_view": Withholding(from_family=True),
    }
    text = _texts_for(_meeting(withheld), FULL_RECORD)
    assert f"{MARKERS['vote_reason']} end. (withheld from Lee Ashby)" in text
    assert f"{MARKERS['family_view']} end. (withheld from the family and their advocates)" in text
    father = _texts_for(_meeting(withheld), Reader.person(FAMILY, FATHER))
    assert "Heard: Gemma Ashby (Mother) said: Withheld from this copy." in father
