"""Issue 12, what real cases need recorded: attendance details and action owners, as the
minutes, the family summary and the close review read them."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sample_data import sample_family, sample_meeting

from chair_app.core.agenda import CORE_GROUP_AGENDA, StepKey
from chair_app.core.attendance import attendance_text
from chair_app.core.domain import (
    Action,
    ActionStatus,
    AttendanceEntry,
    AttendanceStatus,
    Family,
    Meeting,
    Person,
)
from chair_app.core.family_summary import build_family_summary
from chair_app.core.minutes import FieldList, Paragraph, Section, Table, build_minutes
from chair_app.core.owners import owners_text
from chair_app.core.rules import close_review

DEPUTY = Person(8, "Helen Carter", "Deputy headteacher", "Elm Street Primary", True)


def _family() -> Family:
    return replace(sample_family(), people=sample_family().people + (DEPUTY,))


def _with(meeting: Meeting, *entries: AttendanceEntry) -> Meeting:
    ids = {e.person_id for e in entries}
    kept = tuple(e for e in meeting.attendance if e.person_id not in ids)
    return replace(meeting, attendance=kept + entries)


def _section(meeting: Meeting, family: Family, title: str) -> Section:
    steps = tuple(step.key for step in CORE_GROUP_AGENDA) + (StepKey.PLAN_REVIEW,)
    return next(s for s in build_minutes(meeting, family, steps).sections if s.title == title)


def _attendance_rows(meeting: Meeting, family: Family) -> dict[str, str]:
    section = _section(meeting, family, "Attendance and apologies")
    table = next(b for b in section.blocks if isinstance(b, Table))
    return {row[0]: row[3] for row in table.rows}


def _realistic() -> Meeting:
    meeting = sample_meeting()
    return replace(
        _with(
            meeting,
            AttendanceEntry(1, AttendanceStatus.PRESENT, interpreter="Polish"),
            AttendanceEntry(
                2, AttendanceStatus.NOT_RECORDED, invited=False,
                absence_reason="Excluded by the chair after the incident of 2 November",
            ),
            AttendanceEntry(
                4, AttendanceStatus.PRESENT, arrived_at=dt.time(10, 40), left_at=dt.time(11, 15)
            ),
            AttendanceEntry(
                5, AttendanceStatus.REPRESENTED, representative_id=8,
                absence_reason="On a school trip",
            ),
            AttendanceEntry(6, AttendanceStatus.APOLOGIES, absence_reason="At court"),
        ),
        children_present=(1,),
    )


def test_the_attendance_table_prints_every_detail_recorded() -> None:
    rows = _attendance_rows(_realistic(), _family())
    assert rows["Dana Quill"] == "Present; interpreter: Polish"
    assert rows["Rory Quill"] == (
        "Not invited; reason: Excluded by the chair after the incident of 2 November"
    )
    assert rows["Bryn Ŵyn Pritchard"] == "Present; arrived 10:40; left 11:15"
    assert rows["Ines Carvalho"] == (
        "Represented by Helen Carter (Deputy headteacher), for Elm Street Primary; "
        "reason: On a school trip"
    )
    assert rows["Sam Okafor"] == "Sent apologies; reason: At court"
    # The representative's own row says whom they came for, not "Not recorded".
    assert rows["Helen Carter"] == "Came in place of Ines Carvalho"
    # An older record's typed name still prints.
    assert rows["PC Lyle Hart"] == "Represented by DC Mo Finch"


def test_the_minutes_say_who_was_not_invited_and_which_children_came() -> None:
    section = _section(_realistic(), _family(), "Attendance and apologies")
    texts = [b.text for b in section.blocks if isinstance(b, Paragraph)]
    assert "Everyone listed was invited, except those marked “Not invited”." in texts
    assert "Children at the meeting: Poppy Quill." in texts
    table = next(b for b in section.blocks if isinstance(b, Table))
    names = [row[0] for row in table.rows]
    assert names[-1] == "Rory Quill", "people not invited are listed last"
    assert names.index("Helen Carter") < names.index("Sam Okafor")


def test_nothing_more_is_printed_when_nothing_more_was_recorded() -> None:
    section = _section(sample_meeting(), sample_family(), "Attendance and apologies")
    assert [type(b) for b in section.blocks] == [Table]


def test_a_reason_or_times_print_only_where_they_apply() -> None:
    meeting = _with(
        sample_meeting(),
        # A reason typed while she was absent, then she was marked present after all.
        AttendanceEntry(1, AttendanceStatus.PRESENT, absence_reason="Was unwell"),
        # Times typed while present, then marked as sending apologies.
        AttendanceEntry(2, AttendanceStatus.APOLOGIES, arrived_at=dt.time(10, 40)),
    )
    assert attendance_text(meeting, 1, sample_family()) == "Present"
    assert attendance_text(meeting, 2, sample_family()) == "Sent apologies"


def test_the_close_review_needs_no_status_for_people_not_invited_or_standing_in() -> None:
    meeting = replace(_realistic(), status=sample_meeting().status)
    texts = [item.message for item in close_review(meeting, _family())]
    assert not any("Attendance is not recorded" in text for text in texts), texts
    assert not any("Who represented" in text for text in texts), texts
    nobody = _with(meeting, AttendanceEntry(5, AttendanceStatus.REPRESENTED))
    assert "Who represented Ines Carvalho is not recorded." in [
        item.message for item in close_review(nobody, _family())
    ]


def _action(**fields: object) -> Action:
    return replace(Action(40, "Tea every Wednesday", None, dt.date(2026, 12, 9), None), **fields)


def test_owners_text_names_every_owner() -> None:
    family = sample_family()
    assert owners_text(_action(owner_id=1, joint_owner_ids=(2,)), family) == (
        "Dana Quill and Rory Quill"
    )
    assert owners_text(_action(owner_id=1, joint_owner_ids=(2, 3)), family) == (
        "Dana Quill, Rory Quill and Noor Haddad"
    )
    assert owners_text(_action(owner_family=True), family) == "The family"
    assert owners_text(_action(owner_other="Aunt Rose"), family) == (
        "Aunt Rose (not in the network)"
    )
    assert owners_text(_action(owner_family=True, joint_owner_ids=(3,)), family) == (
        "The family and Noor Haddad"
    )
    assert owners_text(_action(), family) == "Not recorded"


def _owned_meeting() -> Meeting:
    return replace(
        sample_meeting(),
        actions=(
            _action(id=41, what="Parenting course", owner_id=1, joint_owner_ids=(2,)),
            _action(id=42, what="Calm bedtimes", owner_family=True),
            _action(id=43, what="Tea on Wednesdays", owner_other="Aunt Rose"),
            _action(id=44, what="Weigh Alfie", owner_id=4, carried_from_id=9,
                    joint_owner_ids=(3,), status=ActionStatus.DONE),
        ),
    )


def test_the_minutes_who_column_and_plan_review_print_all_owners() -> None:
    meeting, family = _owned_meeting(), sample_family()
    table = next(
        b for b in _section(meeting, family, "Actions").blocks if isinstance(b, Table)
    )
    who = {row[1].removesuffix(" (from last time)"): row[3] for row in table.rows}
    assert who == {
        "Parenting course": "Dana Quill and Rory Quill",
        "Calm bedtimes": "The family",
        "Tea on Wednesdays": "Aunt Rose (not in the network)",
        "Weigh Alfie": "Bryn Ŵyn Pritchard and Noor Haddad",
    }
    review = _section(meeting, family, "Review of the plan")
    fields = dict(next(b for b in review.blocks if isinstance(b, FieldList)).items)
    assert fields["Who"] == "Bryn Ŵyn Pritchard and Noor Haddad"


def test_the_family_summary_who_column_prints_all_owners() -> None:
    document = build_family_summary(_owned_meeting(), sample_family())
    jobs = next(s for s in document.sections if s.title == "Who will do what, and by when")
    table = next(b for b in jobs.blocks if isinstance(b, Table))
    assert [row[0] for row in table.rows] == [
        "Dana Quill and Rory Quill",
        "The family",
        "Aunt Rose (not in the network)",
    ]  # the done action has left the plan


def test_an_action_owned_by_the_family_or_someone_outside_has_a_who() -> None:
    for owned in _owned_meeting().actions[:3]:
        meeting = replace(sample_meeting(), actions=(owned,))
        texts = [item.message for item in close_review(meeting, sample_family())]
        assert not any("does not say who" in text for text in texts), texts
    unowned = replace(sample_meeting(), actions=(_action(),))
    assert "Action 1 does not say who." in [
        item.message for item in close_review(unowned, sample_family())
    ]
