"""The minutes after the meeting, through the services and in the exported files: corrections,
circulation, comments, agreement that locks, the fingerprint, verify, each reader's copy, the
family summary and addenda. The demo family is fictional."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import docx
import pytest
from conftest import TODAY
from minutes_files import (
    NOTE,
    docx_body,
    docx_first_lines,
    docx_footers,
    one_line,
    pdf_body,
    pdf_pages,
    words,
)

from chair_app.cli import main
from chair_app.core.agenda import StepKey
from chair_app.core.domain import (
    AgencyUpdate,
    AttendanceEntry,
    AttendanceStatus,
    ChildDecision,
    ChildPlanView,
    ChildViews,
    MeetingStatus,
    NextMeeting,
    Person,
    PlanView,
    ThreeColumns,
    Vote,
    VoteChoice,
    Withholding,
)
from chair_app.core.errors import MeetingClosed, MinutesAgreed
from chair_app.core.facts import FactKind, FactRef
from chair_app.core.lifecycle import (
    Addendum,
    Comment,
    CommentStatus,
    Exclusion,
    MinutesStatus,
    SendMethod,
    fingerprint,
)
from chair_app.core.minutes import (
    OMITTED,
    THIRD_PARTY_OMITTED,
    BulletList,
    FieldList,
    Paragraph,
    Subheading,
    Table,
    build_minutes,
)
from chair_app.core.rules import RuleViolation
from chair_app.models.db import SessionFactory
from chair_app.services.export_minutes import ExportFormat
from chair_app.services.meetings import MeetingService
from chair_app.services.minutes import CopyKind, CopyRequest, MinutesService, VerifyKind

AGREED_ON = TODAY
POLICE_NOTE = "The neighbour who called the police has a caution for harassment."


@dataclass
class Demo:
    factory: SessionFactory
    data_dir: Path
    minutes: MinutesService
    meetings: MeetingService
    closed: int
    draft: int
    people: dict[str, int]  # first name -> id
    children: dict[str, int]


@pytest.fixture
def demo(factory: SessionFactory, with_demo_family_unsent: None, data_dir: Path) -> Demo:
    meetings = MeetingService(factory)
    summaries = meetings.list_meetings()
    closed = next(m.id for m in summaries if m.status is MeetingStatus.CLOSED)
    draft = next(m.id for m in summaries if m.status is MeetingStatus.DRAFT)
    family = meetings.family_as_recorded(closed)
    # First names, and "Okoro" for PC Daniel Okoro.
    people = {
        (p.name.split()[-1] if p.name.startswith("PC ") else p.name.split()[0]): p.id
        for p in family.people
    }
    return Demo(
        factory,
        data_dir,
        MinutesService(factory),
        meetings,
        closed,
        draft,
        people,
        {c.name.split()[0]: c.id for c in family.children},
    )


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _agreed_print(demo: Demo) -> str:
    agreed = demo.minutes.record(demo.closed).agreed_version
    assert agreed is not None
    return agreed.fingerprint


def _agree(demo: Demo) -> None:
    demo.minutes.agree(demo.closed, demo.people["Priya"], AGREED_ON)


def _export_both(
    demo: Demo, out: Path, stem: str, copy: CopyRequest | None = None, *, today: dt.date = TODAY
) -> tuple[Path, Path]:
    copy = copy or CopyRequest()
    docx_path = demo.minutes.export(
        demo.closed, ExportFormat.DOCX, out / f"{stem}.docx", copy, today=today
    )
    pdf_path = demo.minutes.export(
        demo.closed, ExportFormat.PDF, out / f"{stem}.pdf", copy, today=today
    )
    return docx_path, pdf_path


def _footer_label(demo: Demo, meeting_id: int | None = None) -> str:
    return demo.minutes.document(
        meeting_id or demo.closed, CopyRequest(), TODAY, with_chart=False
    ).footer_label


# --- The draft: corrections ------------------------------------------------------------------


def test_correct_wording_changes_the_draft_and_logs_what_it_said(demo: Demo) -> None:
    before = demo.meetings.get(demo.closed).reasons
    changed = demo.minutes.correct(
        demo.closed, "reasons", "Corrected reasons.", demo.people["Ffion"]
    )
    assert changed
    assert demo.meetings.get(demo.closed).reasons == "Corrected reasons."
    (logged,) = demo.minutes.record(demo.closed).corrections
    assert (logged.field, logged.before, logged.after, logged.by_person_id) == (
        "reasons",
        before,
        "Corrected reasons.",
        demo.people["Ffion"],
    )


def test_correct_an_update_and_a_childs_views_reach_the_minutes(demo: Demo) -> None:
    demo.minutes.correct(
        demo.closed, f"update:{demo.people['Dean']}", "Dean's corrected update.", None
    )
    demo.minutes.correct(
        demo.closed, f"child_views:{demo.children['Ellie']}", "Ellie's corrected views.", None
    )
    text = demo.minutes.document(demo.closed, CopyRequest(), TODAY, with_chart=False).plain_text()
    assert "Dean's corrected update." in text
    assert "Ellie's corrected views." in text
    assert len(demo.minutes.record(demo.closed).corrections) == 2


def test_a_part_named_by_its_fact_ref_is_corrected_and_logged_as_written(demo: Demo) -> None:
    dean = demo.people["Dean"]
    assert demo.minutes.correct(
        demo.closed, FactRef.of(FactKind.UPDATE, dean), "Dean's corrected update.", None
    )
    comment_id = _comment(demo, "Kerry", StepKey.REASONS, "Say three sessions, not two.")
    demo.minutes.accept_comment(
        comment_id, FactRef.text(FactKind.REASONS), "Kerry went to three sessions.", None, TODAY
    )
    meeting = demo.meetings.get(demo.closed)
    assert meeting.update_of(dean) == "Dean's corrected update."
    assert meeting.reasons == "Kerry went to three sessions."
    record = demo.minutes.record(demo.closed)
    # The log keeps each part's name as it always has: the text the record package carries.
    assert [(c.field, c.comment_id) for c in record.corrections] == [
        (f"update:{dean}", None),
        ("reasons", comment_id),
    ]
    assert record.comments[0].status is CommentStatus.ACCEPTED


def test_correct_with_the_same_text_logs_nothing(demo: Demo) -> None:
    same = demo.meetings.get(demo.closed).reasons
    assert not demo.minutes.correct(demo.closed, "reasons", same, None)
    assert demo.minutes.record(demo.closed).corrections == ()


@pytest.mark.parametrize("field", ["colour", "update:9999", "child_views:9999", "update:x"])
def test_correct_a_part_the_minutes_do_not_have_refused(demo: Demo, field: str) -> None:
    with pytest.raises(RuleViolation, match="no part called"):
        demo.minutes.correct(demo.closed, field, "text", None)
    assert demo.minutes.record(demo.closed).corrections == ()


def test_correct_an_open_meeting_refused(demo: Demo) -> None:
    with pytest.raises(RuleViolation, match="closed"):
        demo.minutes.correct(demo.draft, "reasons", "text", None)


# --- Circulation ------------------------------------------------------------------------------


def test_record_sent_notes_who_how_when_and_the_version(demo: Demo) -> None:
    everyone = demo.minutes.not_yet_sent(demo.closed)
    assert set(everyone) == set(demo.people.values())
    demo.minutes.record_sent(demo.closed, demo.people["Kerry"], SendMethod.POST, TODAY)
    record = demo.minutes.record(demo.closed)
    assert record.status is MinutesStatus.CIRCULATED
    (sent,) = record.distribution
    assert (sent.person_id, sent.method, sent.sent_on, sent.version) == (
        demo.people["Kerry"],
        SendMethod.POST,
        TODAY,
        1,
    )
    assert demo.people["Kerry"] not in demo.minutes.not_yet_sent(demo.closed)
    assert len(demo.minutes.not_yet_sent(demo.closed)) == len(everyone) - 1


def test_record_sent_after_a_correction_is_a_new_version(demo: Demo) -> None:
    demo.minutes.record_sent(demo.closed, demo.people["Kerry"], SendMethod.EMAIL, TODAY)
    demo.minutes.correct(demo.closed, "reasons", "Corrected.", None)
    demo.minutes.record_sent(demo.closed, demo.people["Dean"], SendMethod.EMAIL, TODAY)
    assert [d.version for d in demo.minutes.record(demo.closed).distribution] == [1, 2]


def test_record_sent_before_the_meeting_refused(demo: Demo) -> None:
    meeting_date = demo.meetings.get(demo.closed).date
    with pytest.raises(RuleViolation, match="after the meeting"):
        demo.minutes.record_sent(
            demo.closed, demo.people["Kerry"], SendMethod.EMAIL, meeting_date - dt.timedelta(days=1)
        )


# --- Comments ---------------------------------------------------------------------------------


def _comment(demo: Demo, who: str, step: StepKey, text: str) -> int:
    return demo.minutes.add_comment(demo.closed, Comment(0, demo.people[who], TODAY, step, text))


def test_accepted_comment_changes_the_draft_and_is_logged_with_it(demo: Demo) -> None:
    comment_id = _comment(demo, "Kerry", StepKey.REASONS, "Say three sessions, not two.")
    demo.minutes.accept_comment(
        comment_id, "reasons", "Kerry went to three sessions.", demo.people["Priya"], TODAY
    )
    record = demo.minutes.record(demo.closed)
    (comment,) = record.comments
    assert comment.status is CommentStatus.ACCEPTED and comment.resolved_on == TODAY
    (correction,) = record.corrections
    assert (
        correction.comment_id == comment_id and correction.after == "Kerry went to three sessions."
    )
    assert demo.meetings.get(demo.closed).reasons == "Kerry went to three sessions."


def test_accepting_a_comment_without_changing_the_draft_refused(demo: Demo) -> None:
    comment_id = _comment(demo, "Kerry", StepKey.REASONS, "Say three sessions.")
    same = demo.meetings.get(demo.closed).reasons
    with pytest.raises(RuleViolation, match="same as the draft"):
        demo.minutes.accept_comment(comment_id, "reasons", same, None, TODAY)
    assert demo.minutes.record(demo.closed).comments[0].status is CommentStatus.PENDING


def test_decline_needs_a_reason_and_keeps_it(demo: Demo) -> None:
    comment_id = _comment(demo, "Dean", StepKey.UPDATES, "Leave out the call-out.")
    with pytest.raises(RuleViolation, match="reason"):
        demo.minutes.decline_comment(comment_id, "   ", TODAY)
    assert demo.minutes.record(demo.closed).comments[0].status is CommentStatus.PENDING
    demo.minutes.decline_comment(comment_id, "The call-out is a fact of the meeting.", TODAY)
    (comment,) = demo.minutes.record(demo.closed).comments
    assert comment.status is CommentStatus.DECLINED
    assert comment.reason == "The call-out is a fact of the meeting."
    assert demo.minutes.record(demo.closed).corrections == ()


def test_a_comment_is_ruled_on_once(demo: Demo) -> None:
    comment_id = _comment(demo, "Dean", StepKey.UPDATES, "Leave out the call-out.")
    demo.minutes.decline_comment(comment_id, "It happened.", TODAY)
    with pytest.raises(RuleViolation, match="already declined"):
        demo.minutes.accept_comment(comment_id, "reasons", "Other words.", None, TODAY)
    assert demo.meetings.get(demo.closed).reasons != "Other words."


def test_empty_comment_refused(demo: Demo) -> None:
    with pytest.raises(RuleViolation):
        _comment(demo, "Dean", StepKey.UPDATES, "  ")


# --- Agreement --------------------------------------------------------------------------------


def test_agree_refused_while_comments_wait(demo: Demo) -> None:
    _comment(demo, "Kerry", StepKey.REASONS, "One.")
    _comment(demo, "Dean", StepKey.UPDATES, "Two.")
    with pytest.raises(RuleViolation, match="2 comments wait for a ruling"):
        _agree(demo)
    assert not demo.minutes.record(demo.closed).is_agreed


def test_agree_records_version_date_and_who(demo: Demo) -> None:
    _agree(demo)
    record = demo.minutes.record(demo.closed)
    assert record.status is MinutesStatus.AGREED
    agreed = record.agreed_version
    assert agreed is not None
    assert (agreed.agreed_on, agreed.agreed_by_person_id) == (AGREED_ON, demo.people["Priya"])
    assert agreed.fingerprint == demo.minutes.fingerprint(demo.closed)


def test_agree_before_the_meeting_refused(demo: Demo) -> None:
    meeting_date = demo.meetings.get(demo.closed).date
    with pytest.raises(RuleViolation, match="after the meeting"):
        demo.minutes.agree(demo.closed, None, meeting_date - dt.timedelta(days=1))


@pytest.fixture
def agreed(demo: Demo) -> dict[str, int]:
    """The closed demo meeting's minutes agreed, with a declined comment and an exclusion
    recorded before; returns their ids."""
    comment_id = _comment(demo, "Dean", StepKey.UPDATES, "Leave out the call-out.")
    demo.minutes.decline_comment(comment_id, "It happened.", TODAY)
    exclusion_id = demo.minutes.add_exclusion(
        demo.closed, Exclusion(0, demo.people["Dean"], (StepKey.UPDATES,), "Police information.")
    )
    _agree(demo)
    return {"comment": comment_id, "exclusion": exclusion_id}


def _minutes_calls(demo: Demo, ids: dict[str, int]) -> dict[str, Callable[[], object]]:
    m, closed, priya = demo.minutes, demo.closed, demo.people["Priya"]
    return {
        "correct": lambda: m.correct(closed, "reasons", "Changed after agreement.", priya),
        "add_comment": lambda: m.add_comment(
            closed, Comment(0, demo.people["Kerry"], TODAY, StepKey.REASONS, "Late.")
        ),
        "accept_comment": lambda: m.accept_comment(
            ids["comment"], "reasons", "Changed after agreement.", priya, TODAY
        ),
        "decline_comment": lambda: m.decline_comment(ids["comment"], "Another reason.", TODAY),
        "add_exclusion": lambda: m.add_exclusion(
            closed, Exclusion(0, demo.people["Kerry"], (StepKey.SCALING,), "Late.")
        ),
        "remove_exclusion": lambda: m.remove_exclusion(ids["exclusion"]),
        "agree_again": lambda: m.agree(closed, priya, TODAY + dt.timedelta(days=1)),
    }


MINUTES_CALLS = [
    "correct",
    "add_comment",
    "accept_comment",
    "decline_comment",
    "add_exclusion",
    "remove_exclusion",
    "agree_again",
]


@pytest.mark.parametrize("call", MINUTES_CALLS)
def test_agreed_minutes_refuse_every_minutes_change(
    demo: Demo, agreed: dict[str, int], call: str
) -> None:
    record_before = demo.minutes.record(demo.closed)
    print_before = demo.minutes.fingerprint(demo.closed)
    with pytest.raises(MinutesAgreed, match="agreed"):
        _minutes_calls(demo, agreed)[call]()
    assert demo.minutes.record(demo.closed) == record_before
    assert demo.minutes.fingerprint(demo.closed) == print_before


def _meeting_calls(demo: Demo) -> dict[str, tuple[Callable[[], object], type[Exception]]]:
    """Every MeetingService call that writes, on the agreed (closed) meeting, and the refusal it
    meets. The closed meeting refuses them all before the minutes' lock is even asked."""
    s, closed = demo.meetings, demo.closed
    meeting = s.get(closed)
    statement, action, decision = meeting.statements[0], meeting.actions[0], meeting.decisions[0]
    kerry, priya = demo.people["Kerry"], demo.people["Priya"]
    ellie = demo.children["Ellie"]
    later = meeting.date + dt.timedelta(days=40)
    return {
        "update_details": (
            lambda: s.update_details(
                closed,
                meeting.date,
                meeting.start_time,
                "Elsewhere",
                meeting.chair_id,
                meeting.minute_taker_id,
            ),
            MeetingClosed,
        ),
        "start": (lambda: s.start(closed), RuleViolation),
        "close": (lambda: s.close(closed), RuleViolation),
        "record_not_held": (lambda: s.record_not_held(closed, "Moved.", later), RuleViolation),
        "proceed_without_quorum": (lambda: s.proceed_without_quorum(closed), RuleViolation),
        "set_reasons": (lambda: s.set_reasons(closed, "Changed."), MeetingClosed),
        "set_contingency": (lambda: s.set_contingency(closed, "Changed."), MeetingClosed),
        "set_update": (
            lambda: s.set_update(closed, AgencyUpdate(kerry, "Changed.", third_party=True)),
            MeetingClosed,
        ),
        "set_child_views": (
            lambda: s.set_child_views(closed, ChildViews(ellie, "Changed.", "Alone")),
            MeetingClosed,
        ),
        "set_plan_view": (
            lambda: s.set_plan_view(closed, ChildPlanView(ellie, priya, PlanView.NOT_GIVEN)),
            RuleViolation,
        ),
        "set_child_decision": (
            lambda: s.set_child_decision(closed, ChildDecision(ellie)),
            RuleViolation,
        ),
        "set_attendance": (
            lambda: s.set_attendance(closed, AttendanceEntry(kerry, AttendanceStatus.APOLOGIES)),
            MeetingClosed,
        ),
        "add_statement": (lambda: s.add_statement(closed), MeetingClosed),
        "update_statement": (
            lambda: s.update_statement(statement.id, "Changed.", "Changed."),
            MeetingClosed,
        ),
        "set_statement_children": (
            lambda: s.set_statement_children(statement.id, (ellie,)),
            MeetingClosed,
        ),
        "remove_statement": (lambda: s.remove_statement(statement.id), MeetingClosed),
        "move_statement": (lambda: s.move_statement(statement.id, 1), MeetingClosed),
        "set_score": (lambda: s.set_score(closed, kerry, None, 1, "Changed."), MeetingClosed),
        "set_columns": (lambda: s.set_columns(closed, ThreeColumns("a", "b", "c")), MeetingClosed),
        "add_action": (lambda: s.add_action(closed), MeetingClosed),
        "update_action": (lambda: s.update_action(replace(action, what="Changed.")), MeetingClosed),
        "remove_action": (lambda: s.remove_action(action.id), MeetingClosed),
        "add_decision": (lambda: s.add_decision(closed), MeetingClosed),
        "update_question": (lambda: s.update_question(decision.id, "Changed?"), MeetingClosed),
        "set_vote": (
            # PC Okoro voted at the closed meeting (Priya chaired it, so has no vote).
            lambda: s.set_vote(
                closed, decision.id, Vote(demo.people["Okoro"], VoteChoice.FOR, "Changed.")
            ),
            MeetingClosed,
        ),
        "remove_decision": (lambda: s.remove_decision(decision.id), MeetingClosed),
        "set_next_meeting": (
            lambda: s.set_next_meeting(closed, NextMeeting(later, None, "Elsewhere")),
            MeetingClosed,
        ),
        "record_step_time": (lambda: s.record_step_time(closed, {"scaling": 5}), MeetingClosed),
        "set_prints_step_times": (lambda: s.set_prints_step_times(closed, True), MeetingClosed),
        "set_withholding": (
            lambda: s.set_withholding(closed, "contingency", Withholding(from_family=True)),
            MinutesAgreed,
        ),
        "add_contingency_part": (lambda: s.add_contingency_part(closed, "Changed."), MeetingClosed),
        "update_contingency_part": (
            lambda: s.update_contingency_part(_first_part(s, closed), "Changed."),
            MeetingClosed,
        ),
        "remove_contingency_part": (
            lambda: s.remove_contingency_part(_first_part(s, closed)),
            MeetingClosed,
        ),
        "set_statement_notes": (
            lambda: s.set_statement_notes(statement.id, "Changed."),
            MeetingClosed,
        ),
        "add_representative": (
            lambda: s.add_representative(closed, priya, Person(0, "Sam Ode", "Deputy", "School", True)),
            MeetingClosed,
        ),
        "set_children_present": (lambda: s.set_children_present(closed, (ellie,)), MeetingClosed),
        "set_review_conference": (
            lambda: s.set_review_conference(closed, later, True, "Changed."),
            MeetingClosed,
        ),
        "set_chair_summary": (lambda: s.set_chair_summary(closed, "Summary."), MeetingClosed),
    }


def _first_part(s: MeetingService, meeting_id: int) -> int:
    """The closed meeting's first further contingency part (0 when it has none: the refusal
    comes before the part is looked up)."""
    parts = s.get(meeting_id).contingency_parts
    return parts[0].id if parts else 0


MEETING_CALLS = [
    "update_details",
    "start",
    "close",
    "record_not_held",
    "proceed_without_quorum",
    "set_reasons",
    "set_contingency",
    "set_update",
    "set_child_views",
    "set_plan_view",
    "set_child_decision",
    "set_attendance",
    "add_statement",
    "update_statement",
    "set_statement_children",
    "remove_statement",
    "move_statement",
    "set_score",
    "set_columns",
    "add_action",
    "update_action",
    "remove_action",
    "add_decision",
    "update_question",
    "set_vote",
    "remove_decision",
    "set_next_meeting",
    "record_step_time",
    "set_prints_step_times",
    "set_withholding",
    "add_contingency_part",
    "update_contingency_part",
    "remove_contingency_part",
    "set_statement_notes",
    "add_representative",
    "set_children_present",
    "set_review_conference",
    "set_chair_summary",
]


def test_every_meeting_service_writer_is_in_the_refusal_list() -> None:
    # A new writer must be added to MEETING_CALLS, or this list would prove nothing.
    readers = {
        "action_history",
        "agenda",
        "big_moves",
        "build_minutes",
        "build_minutes_with",
        "family_as_recorded",
        "get",
        "list_meetings",
        "needs_acknowledgement",
        "plan_source",
        "previous_meeting",
        "proceed_check",
        "review",
        "scaling_history",
        "usual_chair",
        "step_times",
        "prints_step_times",
        "create_meeting",  # makes a new meeting; never touches this one
        "withholding_refusal",
    }
    public = {name for name in dir(MeetingService) if not name.startswith("_")}
    assert public - readers == set(MEETING_CALLS)


@pytest.mark.parametrize("call", MEETING_CALLS)
def test_agreed_meeting_refuses_every_meeting_service_write(
    demo: Demo, agreed: dict[str, int], call: str
) -> None:
    meeting_before = demo.meetings.get(demo.closed)
    print_before = demo.minutes.fingerprint(demo.closed)
    action, refusal = _meeting_calls(demo)[call]
    with pytest.raises(refusal):
        action()
    assert demo.meetings.get(demo.closed) == meeting_before
    assert demo.minutes.fingerprint(demo.closed) == print_before
    assert _agreed_print(demo) == print_before


def test_sending_the_agreed_minutes_still_recorded(demo: Demo, agreed: dict[str, int]) -> None:
    demo.minutes.record_sent(demo.closed, demo.people["Tom"], SendMethod.SECURE_EMAIL, TODAY)
    record = demo.minutes.record(demo.closed)
    assert record.agreed_version is not None
    assert record.distribution[-1].version == record.agreed_version.number
    assert record.status is MinutesStatus.AGREED


# --- The fingerprint --------------------------------------------------------------------------


def _facts_changed(demo: Demo) -> dict[str, Callable[[object], object]]:
    """One fact of the record changed in each way the minutes record it."""
    first = dt.timedelta(days=1)
    return {
        "reasons": lambda m: replace(m, reasons=m.reasons + " More."),
        "date": lambda m: replace(m, date=m.date + first),
        "venue": lambda m: replace(m, venue="Another room"),
        "attendance": lambda m: replace(
            m,
            attendance=(replace(m.attendance[0], status=AttendanceStatus.APOLOGIES),)
            + m.attendance[1:],
        ),
        "update": lambda m: replace(
            m, updates=(replace(m.updates[0], text=m.updates[0].text + " More."),) + m.updates[1:]
        ),
        "statement": lambda m: replace(
            m,
            statements=(replace(m.statements[0], safety_goal="Another goal."),) + m.statements[1:],
        ),
        "score": lambda m: replace(
            m, scores=(replace(m.scores[0], value=(m.scores[0].value + 1) % 11),) + m.scores[1:]
        ),
        "column": lambda m: replace(m, columns=replace(m.columns, working_well="Something else.")),
        "action due": lambda m: replace(
            m,
            actions=(replace(m.actions[0], due_date=m.actions[0].due_date + first),)
            + m.actions[1:],
        ),
        "question": lambda m: replace(
            m, decisions=(replace(m.decisions[0], question="Another question?"),) + m.decisions[1:]
        ),
        "vote": lambda m: replace(
            m,
            decisions=(
                replace(
                    m.decisions[0],
                    votes=(replace(m.decisions[0].votes[0], reason="Another reason."),)
                    + m.decisions[0].votes[1:],
                ),
            )
            + m.decisions[1:],
        ),
        "child views": lambda m: replace(
            m,
            child_views=(replace(m.child_views[0], how_gathered="Another way."),)
            + m.child_views[1:],
        ),
        "start time": lambda m: replace(m, start_time=dt.time(15, 45)),
        "next meeting": lambda m: replace(
            m, next_meeting=replace(m.next_meeting, venue="Elsewhere")
        ),
        "contingency": lambda m: replace(m, contingency="Another plan."),
    }


@pytest.mark.parametrize(
    "fact",
    [
        "reasons",
        "date",
        "start time",
        "venue",
        "attendance",
        "update",
        "child views",
        "statement",
        "score",
        "column",
        "action due",
        "question",
        "vote",
        "next meeting",
        "contingency",
    ],
)
def test_fingerprint_changes_when_any_fact_changes(demo: Demo, fact: str) -> None:
    meeting = demo.meetings.get(demo.closed)
    family = demo.meetings.family_as_recorded(demo.closed)
    steps = tuple(s.key for s in demo.meetings.agenda(meeting.meeting_type).steps)
    changed = _facts_changed(demo)[fact](meeting)
    assert changed != meeting
    assert fingerprint(build_minutes(changed, family, steps)) != fingerprint(
        build_minutes(meeting, family, steps)
    )


def test_fingerprint_changes_with_a_correction_and_an_exclusion(demo: Demo) -> None:
    first = demo.minutes.fingerprint(demo.closed)
    demo.minutes.correct(demo.closed, "worries", "Corrected worries.", None)
    second = demo.minutes.fingerprint(demo.closed)
    demo.minutes.add_exclusion(
        demo.closed, Exclusion(0, demo.people["Dean"], (StepKey.UPDATES,), "Police.")
    )
    third = demo.minutes.fingerprint(demo.closed)
    assert len({first, second, third}) == 3


def test_fingerprint_not_changed_by_sending_comments_declined_or_an_addendum(demo: Demo) -> None:
    first = demo.minutes.fingerprint(demo.closed)
    demo.minutes.record_sent(demo.closed, demo.people["Kerry"], SendMethod.EMAIL, TODAY)
    comment_id = _comment(demo, "Kerry", StepKey.REASONS, "One.")
    demo.minutes.decline_comment(comment_id, "No.", TODAY)
    _agree(demo)
    demo.minutes.add_addendum(
        demo.closed, Addendum(0, TODAY, demo.people["Priya"], "Late report.", "The report came.")
    )
    assert demo.minutes.fingerprint(demo.closed) == first
    assert _agreed_print(demo) == first


def test_reexport_of_the_agreed_version_prints_the_same_fingerprint_on_every_page(
    demo: Demo, agreed: dict[str, int], out: Path
) -> None:
    agreed_version = demo.minutes.record(demo.closed).agreed_version
    assert agreed_version is not None
    expected = (
        f"Version {agreed_version.number} (agreed {AGREED_ON.strftime('%d/%m/%Y')}) · "
        f"SHA-256 {agreed_version.fingerprint}"
    )
    first = _export_both(demo, out, "first")
    second = _export_both(demo, out, "second", today=TODAY + dt.timedelta(days=9))
    notes = []
    for docx_path, pdf_path in (first, second):
        footers = docx_footers(docx_path)
        assert footers and all(expected in footer for footer in footers)
        pages = pdf_pages(pdf_path)
        assert len(pages) > 1
        for number, page in enumerate(pages, start=1):
            found = NOTE.findall(one_line(page))
            assert found == [
                (
                    str(agreed_version.number),
                    f"agreed {AGREED_ON.strftime('%d/%m/%Y')}",
                    agreed_version.fingerprint,
                )
            ], f"page {number}"
        first_page_note = NOTE.search(one_line(pages[0]))
        assert first_page_note is not None
        notes.append((footers[0], first_page_note.group(0)))
    assert notes[0] == notes[1]
    assert len(demo.minutes.record(demo.closed).versions) == 1


def test_draft_files_carry_draft_in_the_footer(demo: Demo, out: Path) -> None:
    docx_path, pdf_path = _export_both(demo, out, "draft")
    print_ = demo.minutes.fingerprint(demo.closed)
    assert all(f"Version 1 (draft) · SHA-256 {print_}" in f for f in docx_footers(docx_path))
    assert all(f"Version 1 (draft) · SHA-256 {print_}" in one_line(p) for p in pdf_pages(pdf_path))


# --- verify -----------------------------------------------------------------------------------


def _tamper(source: Path, target: Path, old: str, new: str) -> None:
    """Change words in a DOCX as someone with Word would, keeping its footer."""
    document = docx.Document(str(source))
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            if old in run.text:
                run.text = run.text.replace(old, new)
                document.save(str(target))
                return
    raise AssertionError(f"{old!r} not found in {source.name}")


def _cli_verify(demo: Demo, path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """``chair-app verify`` on a copy of the data, as the app keeps it: encrypted (the copy is a
    plain file, so the command encrypts it first under the passphrase from the file)."""
    import shutil
    import sqlite3

    from chair_app.models.db import DATABASE_FILE_NAME

    copy_dir = demo.data_dir.parent / "encrypted-copy"
    shutil.rmtree(copy_dir, ignore_errors=True)
    copy_dir.mkdir()
    source = sqlite3.connect(demo.data_dir / DATABASE_FILE_NAME)
    target = sqlite3.connect(copy_dir / DATABASE_FILE_NAME)
    source.backup(target)
    target.close()
    source.close()
    secret = demo.data_dir.parent / "passphrase.txt"
    secret.write_text("lantern by the door\n", encoding="utf-8")
    status = main(
        ["verify", str(path), "--data-dir", str(copy_dir), "--passphrase-file", str(secret)]
    )
    return status, capsys.readouterr().out


def test_verify_agreed_draft_and_tampered_files(
    demo: Demo, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    early = _export_both(demo, out, "early draft")
    demo.minutes.correct(demo.closed, "reasons", "Reasons as corrected before agreement.", None)
    late = _export_both(demo, out, "late draft")  # the same words as will be agreed
    _agree(demo)
    agreed = _export_both(demo, out, "agreed")
    tampered = out / "tampered.docx"
    _tamper(agreed[0], tampered, "Reasons as corrected", "Reasons as rewritten")

    for path in agreed:
        result = demo.minutes.verify(path)
        assert result.kind is VerifyKind.AGREED, result.message
        assert f"agreed on {AGREED_ON.strftime('%d/%m/%Y')}" in result.message
        status, printed = _cli_verify(demo, path, capsys)
        assert status == 0 and "is the agreed minutes" in printed
    for path in (*early, *late):
        result = demo.minutes.verify(path)
        assert result.kind is VerifyKind.DRAFT, result.message
        assert "draft" in result.message and "not the agreed" in result.message
        status, printed = _cli_verify(demo, path, capsys)
        assert status == 1 and "draft" in printed
    result = demo.minutes.verify(tampered)
    assert result.kind is VerifyKind.TAMPERED, result.message
    status, printed = _cli_verify(demo, tampered, capsys)
    assert status == 1 and "changed since it was exported" in printed


def test_verify_catches_a_removed_word_that_the_footer_also_uses(
    demo: Demo, agreed: dict[str, int], out: Path
) -> None:
    # "Marlowe" is also in the footer label; a surname taken out of the text is still a change.
    docx_path, _ = _export_both(demo, out, "agreed")
    tampered = out / "surname.docx"
    document = docx.Document(str(docx_path))
    cell = next(
        c for t in document.tables for r in t.rows for c in r.cells if c.text == "Kerry Marlowe"
    )
    cell.paragraphs[0].runs[0].text = "Kerry"
    document.save(str(tampered))
    assert demo.minutes.verify(tampered).kind is VerifyKind.TAMPERED


def test_verify_a_changed_agreement_date_is_tampered(
    demo: Demo, agreed: dict[str, int], out: Path
) -> None:
    docx_path, _ = _export_both(demo, out, "agreed")
    document = docx.Document(str(docx_path))
    for section in document.sections:
        for paragraph in section.footer.paragraphs:
            for run in paragraph.runs:
                run.text = run.text.replace(AGREED_ON.strftime("%d/%m/%Y"), "01/01/2026")
    tampered = out / "date.docx"
    document.save(str(tampered))
    assert demo.minutes.verify(tampered).kind is VerifyKind.TAMPERED


def test_verify_a_file_not_ours_is_unknown(
    demo: Demo, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = out / "letter.docx"
    document = docx.Document()
    document.add_paragraph("A letter with no fingerprint.")
    document.save(str(other))
    assert demo.minutes.verify(other).kind is VerifyKind.UNKNOWN
    status, printed = _cli_verify(demo, other, capsys)
    assert status == 1 and "no Chair version" in printed


def test_verify_reads_only(demo: Demo, out: Path) -> None:
    docx_path, _ = _export_both(demo, out, "draft")
    demo.minutes.correct(demo.closed, "reasons", "Changed since.", None)
    versions = demo.minutes.record(demo.closed).versions
    demo.minutes.verify(docx_path)
    assert demo.minutes.record(demo.closed).versions == versions


# --- Each reader's copy -----------------------------------------------------------------------


def _section_texts(document: object, title: str) -> list[str]:
    section = next(s for s in document.sections if s.title == title)  # type: ignore[attr-defined]
    texts = []
    for block in section.blocks:
        if isinstance(block, Paragraph | Subheading):
            texts.append(block.text)
        elif isinstance(block, BulletList):
            texts.extend(block.items)
    return texts


def _bodies(demo: Demo, paths: tuple[Path, Path]) -> dict[str, str]:
    label = _footer_label(demo)
    return {"docx": docx_body(paths[0]), "pdf": pdf_body(paths[1], label)}


def test_excluded_persons_copy_lacks_exactly_the_excluded_parts(demo: Demo, out: Path) -> None:
    dean = demo.people["Dean"]
    demo.minutes.add_exclusion(
        demo.closed,
        Exclusion(
            0, dean, (StepKey.UPDATES, StepKey.CHILD_VIEWS), "Police information about a neighbour."
        ),
    )
    full_doc = demo.minutes.document(demo.closed, CopyRequest(), TODAY, with_chart=False)
    omitted_titles = ("Updates from the family and each agency", "The child's views")
    full = _bodies(demo, _export_both(demo, out, "full"))
    # What those parts say (not the names heading each, which the rest of the minutes use too).
    left_out = [
        t
        for title in omitted_titles
        for t in _section_texts(full_doc, title)
        if full["docx"].count(one_line(t)) == 1
    ]
    assert any("Kerry says the last month has been calmer" in t for t in left_out)
    assert any("How gathered" in t for t in left_out)
    assert len(left_out) >= 7  # five updates and each child's views
    deans = _bodies(demo, _export_both(demo, out, "dean", CopyRequest(CopyKind.PERSON, dean)))
    for fmt in ("docx", "pdf"):
        body = deans[fmt]
        assert "Copy for Dean Marlowe" in body
        for text in left_out:
            assert one_line(text) not in body, f"{fmt}: {text!r} is in Dean's copy"
            assert one_line(text) in full[fmt], f"{fmt}: {text!r} missing from the full record"
        assert body.count(OMITTED) == len(omitted_titles)
        for title in omitted_titles:
            assert f"{title} {OMITTED}" in body, f"{fmt}: no omitted line under {title!r}"
        # Every other part is there, word for word.
        for section in full_doc.sections:
            if section.title in omitted_titles:
                continue
            assert section.title in body
            for block in section.blocks:
                if isinstance(block, Paragraph | Subheading):
                    if (
                        block.text.startswith("Excluded")
                        or block.text == "Excluded from part of the meeting"
                    ):
                        continue
                    assert one_line(block.text) in body, f"{fmt}: {block.text!r} missing"
                elif isinstance(block, BulletList):
                    for item in block.items:
                        if section.title == "Attendance and apologies" and "Reason:" in item:
                            continue  # the list of exclusions is for the full record only
                        assert one_line(item) in body, f"{fmt}: {item!r} missing"
                elif isinstance(block, Table | FieldList):
                    cells = (
                        [c for row in block.rows for c in row]
                        if isinstance(block, Table)
                        else [v for _, v in block.items]
                    )
                    assert not Counter(words(" ".join(cells))) - Counter(words(body)), (
                        f"{fmt}: table words missing"
                    )
        # The list of who was excluded from what is in the full record only.
        assert "Excluded from part of the meeting" not in body
        assert (
            "Dean Marlowe: Updates from the family and each agency, The children's views. "
            "Reason: Police information about a neighbour." in full[fmt]
        )


@pytest.fixture
def third_party(demo: Demo) -> int:
    """The demo's second meeting held and closed, with PC Okoro's update marked as confidential
    third-party information. Returns its id."""
    s, meeting_id = demo.meetings, demo.draft
    s.start(meeting_id)
    for person_id in demo.people.values():
        s.set_attendance(meeting_id, AttendanceEntry(person_id, AttendanceStatus.PRESENT))
    s.set_update(meeting_id, AgencyUpdate(demo.people["Okoro"], POLICE_NOTE, third_party=True))
    s.set_update(meeting_id, AgencyUpdate(demo.people["Kerry"], "Kerry finished the course."))
    s.close(meeting_id)
    return meeting_id


@pytest.mark.parametrize(
    ("who", "has_note"),
    [("Kerry", False), ("Jo", False), ("Okoro", True), ("Priya", True), (None, True)],
    ids=["mother", "advocate", "police", "social worker", "full record"],
)
def test_family_copies_leave_out_third_party_notes(
    demo: Demo, third_party: int, out: Path, who: str | None, has_note: bool
) -> None:
    copy = CopyRequest(CopyKind.PERSON, demo.people[who]) if who else CopyRequest()
    paths = (
        demo.minutes.export(third_party, ExportFormat.DOCX, out / "copy.docx", copy, today=TODAY),
        demo.minutes.export(third_party, ExportFormat.PDF, out / "copy.pdf", copy, today=TODAY),
    )
    label = _footer_label(demo, third_party)
    for fmt, body in (("docx", docx_body(paths[0])), ("pdf", pdf_body(paths[1], label))):
        assert (POLICE_NOTE in body) is has_note, fmt
        assert (THIRD_PARTY_OMITTED in body) is not has_note, fmt
        assert "Kerry finished the course." in body, fmt  # other updates stay


def test_family_summary_has_no_third_party_note(demo: Demo, third_party: int, out: Path) -> None:
    copy = CopyRequest(CopyKind.FAMILY_SUMMARY)
    docx_path = demo.minutes.export(
        third_party, ExportFormat.DOCX, out / "s.docx", copy, today=TODAY
    )
    pdf_path = demo.minutes.export(third_party, ExportFormat.PDF, out / "s.pdf", copy, today=TODAY)
    assert POLICE_NOTE not in docx_body(docx_path)
    assert POLICE_NOTE not in " ".join(one_line(p) for p in pdf_pages(pdf_path))


SUMMARY_SECTIONS = [
    "Why we met",
    "What we are worried about",
    "What is going well",
    "What needs to happen",
    "Who will do what, and by when",
    "What the group decided",
    "If things go wrong",
    "When we meet next",
]


def test_family_summary_is_six_plain_sections_built_from_the_record(demo: Demo, out: Path) -> None:
    demo.minutes.correct(demo.closed, "worries", "Shouting at night frightens the children.", None)
    meeting = demo.meetings.get(demo.closed)
    summary = demo.minutes.document(demo.closed, CopyRequest(CopyKind.FAMILY_SUMMARY), TODAY)
    assert [s.title for s in summary.sections] == SUMMARY_SECTIONS
    docx_path, pdf_path = _export_both(demo, out, "summary", CopyRequest(CopyKind.FAMILY_SUMMARY))
    label = summary.footer_label
    for fmt, body in (("docx", docx_body(docx_path)), ("pdf", pdf_body(pdf_path, label))):
        positions = [body.find(title) for title in SUMMARY_SECTIONS]
        assert -1 not in positions and positions == sorted(positions), fmt
        # Built from the record: the corrected worry, each statement and goal, each open
        # action with its owner, and the next meeting's date.
        assert "Shouting at night frightens the children." in body, fmt
        for statement in meeting.statements:
            assert (
                one_line(statement.statement) in body and one_line(statement.safety_goal) in body
            ), fmt
        for line in meeting.columns.working_well.splitlines():
            if line.strip():
                assert one_line(line) in body, fmt
        for action in meeting.actions:
            if action.status.stays_in_plan:
                assert not Counter(words(action.what)) - Counter(words(body)), fmt
        assert meeting.next_meeting.date is not None
        assert meeting.next_meeting.date.strftime("%-d %B %Y") in body, fmt
        # Plain: no scores, votes or agency updates in it.
        for update in meeting.updates:
            assert one_line(update.text) not in body, fmt
        assert "Tally" not in body and "Scaling" not in body, fmt
    assert len(pdf_pages(pdf_path)) <= 2


def test_family_summary_leaves_out_a_part_a_parent_was_kept_out_of(demo: Demo) -> None:
    demo.minutes.add_exclusion(
        demo.closed, Exclusion(0, demo.people["Dean"], (StepKey.ACTIONS,), "Safety planning.")
    )
    summary = demo.minutes.document(demo.closed, CopyRequest(CopyKind.FAMILY_SUMMARY), TODAY)
    jobs = next(s for s in summary.sections if s.title == "Who will do what, and by when")
    assert jobs.blocks == (Paragraph(OMITTED, emphasis=True),)
    action = demo.meetings.get(demo.closed).actions[0]
    assert action.what not in summary.plain_text()


@pytest.mark.parametrize(
    ("copy", "label"),
    [
        (CopyRequest(), "Full record"),
        (CopyRequest(CopyKind.PERSON, 1), "Copy for Kerry Marlowe"),
        (CopyRequest(CopyKind.FAMILY_SUMMARY), "Family summary"),
    ],
    ids=["full", "person", "summary"],
)
def test_first_page_names_the_copy(demo: Demo, out: Path, copy: CopyRequest, label: str) -> None:
    if copy.person_id is not None:
        copy = CopyRequest(CopyKind.PERSON, demo.people["Kerry"])
    docx_path, pdf_path = _export_both(demo, out, "copy", copy)
    assert label in docx_first_lines(docx_path)
    assert label in [line.strip() for line in pdf_pages(pdf_path)[0].splitlines()[:4]]


# --- Addenda ----------------------------------------------------------------------------------


def test_addendum_refused_before_agreement(demo: Demo) -> None:
    with pytest.raises(RuleViolation, match="after the minutes are agreed"):
        demo.minutes.add_addendum(demo.closed, Addendum(0, TODAY, None, "Why.", "What."))


def test_addendum_is_printed_after_the_agreed_minutes_and_keeps_the_fingerprint(
    demo: Demo, agreed: dict[str, int], out: Path
) -> None:
    agreed_print = _agreed_print(demo)
    before = _export_both(demo, out, "before")
    demo.minutes.add_addendum(
        demo.closed,
        Addendum(
            0,
            TODAY + dt.timedelta(days=3),
            demo.people["Priya"],
            "The health visitor's report came late.",
            "Jacob was weighed on 20 November: back on the 25th centile.",
        ),
    )
    after = _export_both(demo, out, "after")
    assert demo.minutes.fingerprint(demo.closed) == agreed_print
    assert docx_footers(before[0]) == docx_footers(after[0])
    label = _footer_label(demo)
    for fmt, body in (("docx", docx_body(after[0])), ("pdf", pdf_body(after[1], label))):
        heading = body.find("Addenda (added after the minutes were agreed)")
        assert heading > body.find("Next meeting") > 0, fmt
        assert "Jacob was weighed on 20 November: back on the 25th centile." in body[heading:], fmt
        assert "Why: The health visitor's report came late." in body[heading:], fmt
    assert demo.minutes.verify(after[0]).kind is VerifyKind.AGREED
    assert demo.minutes.verify(after[1]).kind is VerifyKind.AGREED
