"""The rules of each meeting type through MeetingService, on a real SQLite database: professionals
only at a strategy meeting, the social worker at a Core Group, a meeting not held, who gives a
view at a conference, the chair's decision against the majority, and the exported minutes."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from chair_app.core.domain import (
    AttendanceEntry,
    AttendanceStatus,
    Child,
    ChildDecision,
    ChildPlanView,
    CPCategory,
    MeetingStatus,
    MeetingType,
    NextMeeting,
    Person,
    PlanType,
    PlanView,
)
from chair_app.core.errors import MeetingClosed
from chair_app.core.rules import RuleViolation
from chair_app.models.db import SessionFactory
from chair_app.services.export_minutes import ExportFormat, ExportService
from chair_app.services.families import FamilyService
from chair_app.services.meetings import AcknowledgementNeeded, MeetingService

MEETING_DAY = dt.date(2026, 11, 23)
P, A = AttendanceStatus.PRESENT, AttendanceStatus.APOLOGIES
PLAN, NO_PLAN = PlanView.PLAN, PlanView.NO_PLAN

# Every name here is made up.
PEOPLE = {
    "mother": ("Hollie Tennant", "Mother", "", False),
    "father": ("Gareth Tennant", "Father", "", False),
    "advocate": ("Ruth Beck", "Parents' advocate", "Westbury Family Advocacy", False),
    "sw": ("Amara Osei", "Social worker", "Westbury Children's Social Care", True),
    "hv": ("Kit Doyle", "Health visitor", "Westbury Community Health", True),
    "teacher": ("Owen Pugh", "Class teacher", "Hillside Primary School", True),
    "police": ("DC Sara Lund", "Police officer", "Westbury Police", True),
    "chair": ("Jan Ellis", "Independent chair", "Westbury Safeguarding Unit", True),
    "minutes": ("Lee Grant", "Minute-taker", "Westbury Business Support", True),
}


@dataclass
class Setup:
    meetings: MeetingService
    families: FamilyService
    family_id: int
    people: dict[str, int]
    children: dict[str, int]

    def meeting(
        self,
        meeting_type: MeetingType,
        attendance: dict[str, AttendanceStatus] | None = None,
        *,
        start: bool = True,
    ) -> int:
        meeting_id = self.meetings.create_meeting(
            self.family_id,
            meeting_type,
            MEETING_DAY,
            dt.time(10, 0),
            "Westbury Civic Centre, Room 2",
            self.people["chair"],
            self.people["minutes"],
        )
        if start:
            self.meetings.start(meeting_id)
        for key, status in (attendance or {}).items():
            self.meetings.set_attendance(
                meeting_id, AttendanceEntry(self.people[key], status), acknowledged=True
            )
        return meeting_id

    def view(
        self, meeting_id: int, child: str, person: str, view: PlanView, reason: str = ""
    ) -> None:
        categories = (CPCategory.NEGLECT,) if view is PLAN else ()
        self.meetings.set_plan_view(
            meeting_id,
            ChildPlanView(self.children[child], self.people[person], view, categories, reason),
        )

    def minutes_text(self, meeting_id: int) -> str:
        return self.meetings.build_minutes(meeting_id).plain_text()


@pytest.fixture
def setup(factory: SessionFactory) -> Setup:
    families = FamilyService(factory)
    family_id = families.create_family("Tennant family")
    children = {
        "mia": families.save_child(
            family_id,
            Child(
                0,
                "Mia Tennant",
                dt.date(2017, 3, 14),
                PlanType.CHILD_PROTECTION,
                (CPCategory.NEGLECT,),
            ),
        ),
        "leo": families.save_child(
            family_id,
            Child(
                0,
                "Leo Tennant",
                dt.date(2022, 8, 1),
                PlanType.CHILD_PROTECTION,
                (CPCategory.NEGLECT,),
            ),
        ),
    }
    people = {
        key: families.save_person(family_id, Person(0, name, role, agency, professional))
        for key, (name, role, agency, professional) in PEOPLE.items()
    }
    return Setup(MeetingService(factory), families, family_id, people, children)


# The agencies that take part in the conferences below; the chair and minute-taker are left
# unrecorded so that they play no part in the views or the quorum.
CONFERENCE_ATTENDANCE = {
    "mother": P,
    "father": P,
    "advocate": P,
    "sw": P,
    "hv": P,
    "teacher": P,
    "police": A,
}


# Strategy meetings: professionals only


def test_strategy_family_member_present_needs_acknowledgement_and_records_nothing(
    setup: Setup,
) -> None:
    meeting_id = setup.meeting(MeetingType.STRATEGY, {"sw": P, "police": P})
    entry = AttendanceEntry(setup.people["mother"], P)
    assert "professionals only" in (setup.meetings.needs_acknowledgement(meeting_id, entry) or "")
    with pytest.raises(AcknowledgementNeeded) as caught:
        setup.meetings.set_attendance(meeting_id, entry)
    assert isinstance(caught.value, RuleViolation)  # the window reports it like any refusal
    assert "Hollie Tennant" in str(caught.value)
    assert "professionals only" in str(caught.value)
    meeting = setup.meetings.get(meeting_id)
    assert meeting.attendance_of(setup.people["mother"]).status is AttendanceStatus.NOT_RECORDED
    assert not meeting.non_professionals_acknowledged
    assert "acknowledged" not in setup.minutes_text(meeting_id)


def test_strategy_advocate_present_also_needs_acknowledgement(setup: Setup) -> None:
    meeting_id = setup.meeting(MeetingType.STRATEGY)
    with pytest.raises(AcknowledgementNeeded):
        setup.meetings.set_attendance(meeting_id, AttendanceEntry(setup.people["advocate"], P))


def test_strategy_acknowledged_family_member_recorded_and_the_minutes_say_so(setup: Setup) -> None:
    meeting_id = setup.meeting(MeetingType.STRATEGY, {"sw": P, "police": P})
    setup.meetings.set_attendance(
        meeting_id, AttendanceEntry(setup.people["mother"], P), acknowledged=True
    )
    meeting = setup.meetings.get(meeting_id)
    assert meeting.attendance_of(setup.people["mother"]).status is P
    assert meeting.non_professionals_acknowledged
    text = setup.minutes_text(meeting_id)
    assert re.search(r"Hollie Tennant \| Mother \|  \| Present", text)
    assert (
        "A strategy meeting is for professionals only; the chair acknowledged that family "
        "members or advocates were present."
    ) in text


def test_strategy_acknowledged_once_per_meeting(setup: Setup) -> None:
    meeting_id = setup.meeting(MeetingType.STRATEGY)
    setup.meetings.set_attendance(
        meeting_id, AttendanceEntry(setup.people["mother"], P), acknowledged=True
    )
    father = AttendanceEntry(setup.people["father"], P)
    assert setup.meetings.needs_acknowledgement(meeting_id, father) is None
    setup.meetings.set_attendance(meeting_id, father)
    assert setup.meetings.get(meeting_id).attendance_of(setup.people["father"]).status is P


def test_strategy_professionals_and_absent_family_need_no_acknowledgement(setup: Setup) -> None:
    meeting_id = setup.meeting(MeetingType.STRATEGY)
    setup.meetings.set_attendance(meeting_id, AttendanceEntry(setup.people["police"], P))
    setup.meetings.set_attendance(meeting_id, AttendanceEntry(setup.people["mother"], A))
    meeting = setup.meetings.get(meeting_id)
    assert meeting.attendance_of(setup.people["mother"]).status is A
    assert not meeting.non_professionals_acknowledged


def test_family_present_at_a_core_group_needs_no_acknowledgement(setup: Setup) -> None:
    meeting_id = setup.meeting(MeetingType.CORE_GROUP)
    setup.meetings.set_attendance(meeting_id, AttendanceEntry(setup.people["mother"], P))
    assert setup.meetings.get(meeting_id).attendance_of(setup.people["mother"]).status is P


def test_strategy_note_goes_when_the_family_member_is_corrected_to_absent(setup: Setup) -> None:
    meeting_id = setup.meeting(MeetingType.STRATEGY, {"sw": P, "police": P})
    mother = setup.people["mother"]
    setup.meetings.set_attendance(meeting_id, AttendanceEntry(mother, P), acknowledged=True)
    setup.meetings.set_attendance(
        meeting_id, AttendanceEntry(mother, AttendanceStatus.DID_NOT_ATTEND)
    )
    assert "were present" not in setup.minutes_text(meeting_id)


# The social worker: a Core Group cannot go ahead without them, a Child in Need meeting can


def test_child_in_need_meeting_closes_without_the_social_worker(setup: Setup) -> None:
    meeting_id = setup.meeting(MeetingType.CHILD_IN_NEED, {"mother": P, "hv": P, "sw": A})
    assert not setup.meetings.proceed_check(meeting_id).social_worker_missing
    setup.meetings.close(meeting_id)
    assert setup.meetings.get(meeting_id).status is MeetingStatus.CLOSED


@pytest.mark.parametrize("meeting_type", [MeetingType.CORE_GROUP, MeetingType.FIRST_CORE_GROUP])
def test_core_group_close_refused_without_the_social_worker(
    setup: Setup, meeting_type: MeetingType
) -> None:
    meeting_id = setup.meeting(meeting_type, {"mother": P, "hv": P, "sw": A})
    assert setup.meetings.proceed_check(meeting_id).social_worker_missing
    with pytest.raises(RuleViolation) as caught:
        setup.meetings.close(meeting_id)
    message = str(caught.value)
    assert "without the child's social worker" in message
    assert "record the meeting as not held" in message
    assert setup.meetings.get(meeting_id).status is MeetingStatus.IN_PROGRESS


def test_core_group_closes_once_the_social_worker_is_marked_present(setup: Setup) -> None:
    meeting_id = setup.meeting(MeetingType.CORE_GROUP, {"mother": P, "sw": A})
    with pytest.raises(RuleViolation):
        setup.meetings.close(meeting_id)
    setup.meetings.set_attendance(meeting_id, AttendanceEntry(setup.people["sw"], P))
    assert not setup.meetings.proceed_check(meeting_id).social_worker_missing
    setup.meetings.close(meeting_id)
    assert setup.meetings.get(meeting_id).status is MeetingStatus.CLOSED


# A meeting not held


def test_record_not_held_keeps_the_reason_and_sets_up_a_new_draft(setup: Setup) -> None:
    meeting_id = setup.meeting(MeetingType.CORE_GROUP, {"mother": P, "sw": A})
    new_day = MEETING_DAY + dt.timedelta(days=7)
    new_id = setup.meetings.record_not_held(
        meeting_id, "  The social worker was off sick.  ", new_day, dt.time(14, 30)
    )
    old = setup.meetings.get(meeting_id)
    assert old.status is MeetingStatus.NOT_HELD
    assert old.not_held_reason == "The social worker was off sick."
    assert old.is_closed
    new = setup.meetings.get(new_id)
    assert new_id != meeting_id
    assert new.status is MeetingStatus.DRAFT
    assert new.meeting_type is MeetingType.CORE_GROUP
    assert (new.date, new.start_time) == (new_day, dt.time(14, 30))
    assert (new.chair_id, new.minute_taker_id, new.venue) == (
        setup.people["chair"],
        setup.people["minutes"],
        "Westbury Civic Centre, Room 2",
    )
    assert new.attendance == ()
    summaries = {m.id: m.status for m in setup.families.get_family(setup.family_id).meetings}
    assert summaries == {meeting_id: MeetingStatus.NOT_HELD, new_id: MeetingStatus.DRAFT}


def test_record_not_held_without_a_new_time_keeps_the_old_start_time(setup: Setup) -> None:
    meeting_id = setup.meeting(MeetingType.CORE_GROUP, start=False)
    new_id = setup.meetings.record_not_held(
        meeting_id, "Room flooded.", MEETING_DAY + dt.timedelta(days=1)
    )
    assert setup.meetings.get(new_id).start_time == dt.time(10, 0)
    assert setup.meetings.get(meeting_id).status is MeetingStatus.NOT_HELD  # a draft, too


def test_record_not_held_minutes_say_why(setup: Setup) -> None:
    meeting_id = setup.meeting(MeetingType.CORE_GROUP, {"mother": P, "sw": A})
    setup.meetings.record_not_held(
        meeting_id, "The social worker was off sick.", MEETING_DAY + dt.timedelta(days=7)
    )
    document = setup.meetings.build_minutes(meeting_id)
    assert [s.title for s in document.sections] == ["Meeting not held", "Attendance and apologies"]
    assert (
        "This meeting did not go ahead. Reason: The social worker was off sick."
        in document.plain_text()
    )


def test_record_not_held_meeting_can_no_longer_be_changed(setup: Setup) -> None:
    meeting_id = setup.meeting(MeetingType.CORE_GROUP, {"sw": A})
    setup.meetings.record_not_held(
        meeting_id, "No social worker.", MEETING_DAY + dt.timedelta(days=7)
    )
    with pytest.raises(MeetingClosed):
        setup.meetings.set_reasons(meeting_id, "Too late")
    with pytest.raises(RuleViolation):
        setup.meetings.close(meeting_id)


@pytest.mark.parametrize("reason", ["", "   \n\t"])
def test_record_not_held_refuses_an_empty_reason(setup: Setup, reason: str) -> None:
    meeting_id = setup.meeting(MeetingType.CORE_GROUP, {"sw": A})
    with pytest.raises(RuleViolation) as caught:
        setup.meetings.record_not_held(meeting_id, reason, MEETING_DAY + dt.timedelta(days=7))
    assert "why" in str(caught.value)
    _assert_unchanged(setup, meeting_id)


@pytest.mark.parametrize("days", [0, -1, -30])
def test_record_not_held_refuses_a_new_date_not_after_the_meeting(setup: Setup, days: int) -> None:
    meeting_id = setup.meeting(MeetingType.CORE_GROUP, {"sw": A})
    with pytest.raises(RuleViolation) as caught:
        setup.meetings.record_not_held(
            meeting_id, "No social worker.", MEETING_DAY + dt.timedelta(days=days)
        )
    assert "after" in str(caught.value)
    _assert_unchanged(setup, meeting_id)


def test_record_not_held_refused_for_a_closed_meeting(setup: Setup) -> None:
    meeting_id = setup.meeting(MeetingType.CHILD_IN_NEED, {"sw": P})
    setup.meetings.close(meeting_id)
    with pytest.raises(RuleViolation):
        setup.meetings.record_not_held(
            meeting_id, "Changed my mind.", MEETING_DAY + dt.timedelta(days=7)
        )
    assert setup.meetings.get(meeting_id).status is MeetingStatus.CLOSED
    assert len(setup.families.get_family(setup.family_id).meetings) == 1


def _assert_unchanged(setup: Setup, meeting_id: int) -> None:
    meeting = setup.meetings.get(meeting_id)
    assert meeting.status is MeetingStatus.IN_PROGRESS
    assert meeting.not_held_reason == ""
    assert [m.id for m in setup.families.get_family(setup.family_id).meetings] == [meeting_id]


# Conference views: only from the professionals present


def test_conference_view_from_a_professional_present_is_recorded(setup: Setup) -> None:
    meeting_id = setup.meeting(MeetingType.INITIAL_CONFERENCE, CONFERENCE_ATTENDANCE)
    setup.view(meeting_id, "mia", "sw", PLAN, "Mia is often hungry.")
    stored = setup.meetings.get(meeting_id).plan_view_of(setup.children["mia"], setup.people["sw"])
    assert (stored.view, stored.categories, stored.reason) == (
        PLAN,
        (CPCategory.NEGLECT,),
        "Mia is often hungry.",
    )


@pytest.mark.parametrize("person", ["mother", "advocate"])
def test_conference_view_refused_from_family_and_advocates(setup: Setup, person: str) -> None:
    meeting_id = setup.meeting(MeetingType.INITIAL_CONFERENCE, CONFERENCE_ATTENDANCE)
    with pytest.raises(RuleViolation) as caught:
        setup.view(meeting_id, "mia", person, NO_PLAN, "We are coping.")
    assert "Only professionals give a view" in str(caught.value)
    assert "not counted" in str(caught.value)
    assert setup.meetings.get(meeting_id).plan_views == ()


def test_conference_view_refused_from_an_absent_professional(setup: Setup) -> None:
    meeting_id = setup.meeting(MeetingType.INITIAL_CONFERENCE, CONFERENCE_ATTENDANCE)
    with pytest.raises(RuleViolation) as caught:
        setup.view(meeting_id, "mia", "police", NO_PLAN, "No call-outs.")
    assert str(caught.value) == "DC Sara Lund is not marked present, so gives no view."
    assert setup.meetings.get(meeting_id).plan_views == ()


def test_conference_views_and_decisions_refused_at_other_meetings(setup: Setup) -> None:
    meeting_id = setup.meeting(MeetingType.CORE_GROUP, {"sw": P})
    with pytest.raises(RuleViolation):
        setup.view(meeting_id, "mia", "sw", PLAN)
    with pytest.raises(RuleViolation):
        setup.meetings.set_child_decision(meeting_id, ChildDecision(setup.children["mia"], PLAN))


def test_conference_minute_taker_gives_no_view_and_is_no_agency(setup: Setup) -> None:
    # Two agencies that know the child, and the minute-taker from business support.
    meeting_id = setup.meeting(MeetingType.INITIAL_CONFERENCE, {"sw": P, "hv": P, "minutes": P})
    check = setup.meetings.proceed_check(meeting_id)
    assert not check.quorum.is_quorate, check.quorum.agencies
    with pytest.raises(RuleViolation):
        setup.view(meeting_id, "mia", "minutes", PLAN, "")


# The chair's decision against the majority


def _split_conference(setup: Setup) -> int:
    """Mia: 2 plan (social worker, health visitor) to 1 no plan (teacher)."""
    meeting_id = setup.meeting(MeetingType.INITIAL_CONFERENCE, CONFERENCE_ATTENDANCE)
    setup.view(meeting_id, "mia", "sw", PLAN, "Mia is often hungry.")
    setup.view(meeting_id, "mia", "hv", PLAN, "Missed health checks.")
    setup.view(meeting_id, "mia", "teacher", NO_PLAN, "Mia is thriving at school.")
    for person in ("sw", "hv", "teacher"):
        setup.view(meeting_id, "leo", person, PLAN, "")
    setup.meetings.set_child_decision(
        meeting_id, ChildDecision(setup.children["leo"], PLAN, (CPCategory.NEGLECT,))
    )
    return meeting_id


def test_close_refused_when_the_chair_goes_against_the_majority_without_a_reason(
    setup: Setup,
) -> None:
    meeting_id = _split_conference(setup)
    setup.meetings.set_child_decision(meeting_id, ChildDecision(setup.children["mia"], NO_PLAN))
    # The decision is kept; only the close waits for the reason.
    assert setup.meetings.get(meeting_id).decision_for(setup.children["mia"]).decision is NO_PLAN
    with pytest.raises(RuleViolation) as caught:
        setup.meetings.close(meeting_id)
    assert str(caught.value) == (
        "The chair's decision for Mia Tennant differs from the majority of views, "
        "so it needs a reason."
    )
    assert setup.meetings.get(meeting_id).status is MeetingStatus.IN_PROGRESS


def test_close_allowed_once_the_reason_is_given(setup: Setup) -> None:
    meeting_id = _split_conference(setup)
    mia = setup.children["mia"]
    setup.meetings.set_child_decision(meeting_id, ChildDecision(mia, NO_PLAN))
    with pytest.raises(RuleViolation):
        setup.meetings.close(meeting_id)
    setup.meetings.set_child_decision(
        meeting_id,
        ChildDecision(mia, NO_PLAN, reason="The school's daily contact outweighs the worry."),
    )
    setup.meetings.close(meeting_id)
    assert setup.meetings.get(meeting_id).status is MeetingStatus.CLOSED


def test_close_allowed_when_the_chair_follows_the_majority(setup: Setup) -> None:
    meeting_id = _split_conference(setup)
    setup.meetings.set_child_decision(
        meeting_id, ChildDecision(setup.children["mia"], PLAN, (CPCategory.NEGLECT,))
    )
    setup.meetings.close(meeting_id)
    assert setup.meetings.get(meeting_id).status is MeetingStatus.CLOSED


# Quorum


def test_inquorate_conference_going_ahead_is_recorded_in_the_minutes(setup: Setup) -> None:
    meeting_id = setup.meeting(
        MeetingType.INITIAL_CONFERENCE, {"sw": A, "hv": P, "teacher": P, "mother": P}
    )
    check = setup.meetings.proceed_check(meeting_id)
    assert not check.quorum.is_quorate and not check.quorum_acknowledged
    setup.meetings.proceed_without_quorum(meeting_id)
    check = setup.meetings.proceed_check(meeting_id)
    assert check.quorum_acknowledged
    text = setup.minutes_text(meeting_id)
    assert (
        "The conference was not quorate and the chair went ahead: "
        "Children's social care is not present." in text
    )
    assert "Only 2 agencies are present" in text


def test_proceed_without_quorum_refused_when_quorate(setup: Setup) -> None:
    meeting_id = setup.meeting(MeetingType.INITIAL_CONFERENCE, CONFERENCE_ATTENDANCE)
    assert setup.meetings.proceed_check(meeting_id).quorum.is_quorate
    with pytest.raises(RuleViolation):
        setup.meetings.proceed_without_quorum(meeting_id)
    assert "quorate" not in setup.minutes_text(meeting_id)


def test_quorum_note_goes_when_the_attendance_is_corrected(setup: Setup) -> None:
    meeting_id = setup.meeting(MeetingType.INITIAL_CONFERENCE, {"sw": A, "hv": P, "teacher": P})
    setup.meetings.proceed_without_quorum(meeting_id)
    setup.meetings.set_attendance(meeting_id, AttendanceEntry(setup.people["sw"], P))
    assert setup.meetings.proceed_check(meeting_id).quorum.is_quorate
    assert "not quorate" not in setup.minutes_text(meeting_id)


# Review conference: the plan ends, a child in need plan follows


def test_review_conference_plan_ends_with_a_child_in_need_plan_in_the_minutes(setup: Setup) -> None:
    meeting_id = setup.meeting(MeetingType.REVIEW_CONFERENCE, CONFERENCE_ATTENDANCE)
    for person in ("sw", "hv", "teacher"):
        setup.view(meeting_id, "mia", person, NO_PLAN, "Safe for six months.")
        setup.view(meeting_id, "leo", person, PLAN, "")
    setup.meetings.set_child_decision(
        meeting_id, ChildDecision(setup.children["mia"], NO_PLAN, cin_follows=True)
    )
    setup.meetings.set_child_decision(meeting_id, ChildDecision(setup.children["leo"], PLAN))
    setup.meetings.close(meeting_id)
    text = setup.minutes_text(meeting_id)
    assert "Does the child protection plan continue or end?" in text
    assert "Tally: Plan continues: 0; Plan ends: 3. Majority: plan ends." in text
    assert "Chair's decision: Plan ends; a child in need plan follows." in text
    assert "Chair's decision: Plan continues." in text
    assert "Amara Osei | Westbury Children's Social Care | Plan ends | Safe for six months." in text


# The exported minutes of an initial conference


def _norm(text: str) -> str:
    return " ".join(text.split())


def _docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append(" | ".join(cell.text for cell in row.cells))
    return _norm("\n".join(parts))


def _pdf_text(path: Path) -> str:
    return _norm("\n".join(page.extract_text() for page in PdfReader(str(path)).pages))


def test_initial_conference_minutes_exported_to_docx_and_pdf(
    setup: Setup, factory: SessionFactory, tmp_path: Path
) -> None:
    meeting_id = setup.meeting(MeetingType.INITIAL_CONFERENCE, CONFERENCE_ATTENDANCE)
    setup.view(meeting_id, "mia", "sw", PLAN, "Mia is often hungry.")
    setup.view(meeting_id, "mia", "hv", PLAN, "Missed health checks.")
    setup.view(meeting_id, "mia", "teacher", NO_PLAN, "Mia is thriving at school.")
    setup.view(meeting_id, "leo", "sw", PLAN, "Leo's weight is falling.")
    setup.view(meeting_id, "leo", "hv", NO_PLAN, "Leo is gaining weight now.")
    setup.view(meeting_id, "leo", "teacher", NO_PLAN, "No concerns from nursery.")
    setup.meetings.set_child_decision(
        meeting_id,
        ChildDecision(setup.children["mia"], PLAN, (CPCategory.NEGLECT, CPCategory.EMOTIONAL)),
    )
    setup.meetings.set_child_decision(
        meeting_id,
        ChildDecision(
            setup.children["leo"], PLAN, (CPCategory.NEGLECT,), "Leo is too young to tell anyone."
        ),
    )
    setup.meetings.set_next_meeting(
        meeting_id, NextMeeting(dt.date(2027, 2, 22), dt.time(10, 0), "Westbury Civic Centre")
    )
    setup.meetings.close(meeting_id)

    export = ExportService(factory)
    docx_path, pdf_path = tmp_path / "icpc.docx", tmp_path / "icpc.pdf"
    export.export(meeting_id, ExportFormat.DOCX, docx_path)
    export.export(meeting_id, ExportFormat.PDF, pdf_path)
    expected = (
        "Decision for each child",
        "Tally: Child protection plan: 2; No plan: 1. Majority: child protection plan.",
        "Tally: Child protection plan: 1; No plan: 2. Majority: no plan.",
        "Chair's decision: Child protection plan (category: neglect, emotional abuse).",
        "Chair's decision: Child protection plan (category: neglect).",
        (
            "The chair's decision differs from the majority of views. "
            "Reason: Leo is too young to tell anyone."
        ),
        "Owen Pugh (Class teacher, Hillside Primary School): Mia is thriving at school.",
        "Kit Doyle (Health visitor, Westbury Community Health): Leo is gaining weight now.",
        "Owen Pugh (Class teacher, Hillside Primary School): No concerns from nursery.",
        (
            "Heard, and their views taken into account, but not counted (parents, family and "
            "advocates): Hollie Tennant, Gareth Tennant, Ruth Beck."
        ),
    )
    for path, text in ((docx_path, _docx_text(docx_path)), (pdf_path, _pdf_text(pdf_path))):
        for phrase in expected:
            assert _norm(phrase) in text, f"{phrase!r} missing from {path.name}"
        # Each child's tally sits under that child's name: Mia's first, then Leo's.
        section = text[text.index("Decision for each child") :]
        assert (
            section.index("Mia Tennant")
            < section.index("Majority: child protection plan")
            < section.index("Leo Tennant")
            < section.index("Majority: no plan")
        ), path.name
