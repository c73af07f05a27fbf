"""The rules of a meeting: roles, status changes, who votes, tallies and the close review."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import replace

import pytest
from sample_data import officers_apart, sample_family, sample_meeting

from chair_app.core.agenda import StepKey
from chair_app.core.domain import (
    Action,
    AgencyUpdate,
    AttendanceEntry,
    AttendanceStatus,
    ChildViews,
    DangerStatement,
    Decision,
    Family,
    Meeting,
    MeetingStatus,
    NextMeeting,
    Score,
    Vote,
    VoteChoice,
)
from chair_app.core.rules import (
    MissingItem,
    Outcome,
    RuleViolation,
    check_roles,
    check_transition,
    close_review,
    dissenting_votes,
    eligible_voters,
    tally,
)

# Sample family ids: 1 Dana (mother), 2 Rory (father), 3 Noor (social worker), 4 Bryn (health
# visitor), 5 Ines (teacher), 6 Sam (advocate), 7 PC Lyle Hart (police).
FOR, AGAINST, ABSTAIN = VoteChoice.FOR, VoteChoice.AGAINST, VoteChoice.ABSTAIN


def _meeting() -> Meeting:
    """The sample meeting with an independent chair and a minute-taker (8 and 9), who do not
    vote: the professionals present are the voters."""
    return officers_apart(sample_meeting(), sample_family())[0]


def _family() -> Family:
    return officers_apart(sample_meeting(), sample_family())[1]


def _with_attendance(meeting: Meeting, *entries: AttendanceEntry) -> Meeting:
    changed = {e.person_id: e for e in entries}
    attendance = tuple(changed.pop(e.person_id, e) for e in meeting.attendance)
    return replace(meeting, attendance=attendance + tuple(changed.values()))


def complete_meeting() -> Meeting:
    """The sample meeting with nothing missing: PC Hart present, every present person scored on
    every scale, and a decision agreed 2 to 1 with the dissent's reason recorded."""
    meeting = _with_attendance(_meeting(), AttendanceEntry(7, AttendanceStatus.PRESENT))
    scores = tuple(
        Score(person_id, statement_id, 5, "")
        for person_id in (1, 3, 4, 6, 7)
        for statement_id in (None, 11, 12)
    )
    decision = Decision(
        31,
        1,
        "Ask for an early review conference?",
        (Vote(3, FOR), Vote(4, FOR), Vote(7, AGAINST, "Too early to tell")),
    )
    return replace(
        meeting,
        scores=scores,
        decisions=(decision,),
        reasons="Progress on the plan since the last Core Group.",
        updates=(AgencyUpdate(3, "Two home visits; the home was warm and tidy."),),
        child_views=(
            ChildViews(1, "Poppy says she likes her new bedroom.", "Seen alone at school"),
            ChildViews(2, "Alfie is too young to say; he was settled and smiling.", "Observed"),
        ),
        contingency="If the children are left alone again, a strategy discussion is held.",
    )


def _decision(*votes: Vote) -> Decision:
    return Decision(31, 1, "Ask for an early review conference?", votes)


def _voters_3_4_7():
    family = _family()
    return eligible_voters(complete_meeting(), family)


# Roles


def test_check_roles_same_person_refused_saying_two_different_people() -> None:
    with pytest.raises(RuleViolation) as caught:
        check_roles(3, 3)
    assert "two different people" in str(caught.value)


def test_check_roles_different_people_accepted() -> None:
    check_roles(3, 4)


def test_check_roles_roles_not_yet_chosen_accepted() -> None:
    check_roles(None, None)
    check_roles(3, None)
    check_roles(None, 4)


# Status


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (MeetingStatus.DRAFT, MeetingStatus.IN_PROGRESS),
        (MeetingStatus.IN_PROGRESS, MeetingStatus.CLOSED),
    ],
)
def test_check_transition_forward_step_allowed(
    current: MeetingStatus, target: MeetingStatus
) -> None:
    check_transition(current, target)


REFUSED_TRANSITIONS = [
    pair
    for pair in itertools.product(MeetingStatus, repeat=2)
    if pair
    not in {
        (MeetingStatus.DRAFT, MeetingStatus.IN_PROGRESS),
        (MeetingStatus.IN_PROGRESS, MeetingStatus.CLOSED),
        # A meeting that could not go ahead is recorded as not held, before or after it began.
        (MeetingStatus.DRAFT, MeetingStatus.NOT_HELD),
        (MeetingStatus.IN_PROGRESS, MeetingStatus.NOT_HELD),
    }
]


@pytest.mark.parametrize(
    ("current", "target"),
    REFUSED_TRANSITIONS,
    ids=[f"{c.value}-to-{t.value}" for c, t in REFUSED_TRANSITIONS],
)
def test_check_transition_any_other_move_refused(
    current: MeetingStatus, target: MeetingStatus
) -> None:
    with pytest.raises(RuleViolation) as caught:
        check_transition(current, target)
    assert str(caught.value) == (
        f"A meeting that is {current.label.lower()} cannot become {target.label.lower()}."
    )


def test_check_transition_twelve_moves_refused() -> None:
    # Four statuses, sixteen moves, four allowed: nothing leaves closed or not held.
    assert len(REFUSED_TRANSITIONS) == 12


# Who votes


def test_eligible_voters_sample_only_present_professionals() -> None:
    voters = eligible_voters(_meeting(), _family())
    # Dana (mother) and Sam (advocate) are present but do not vote; Ines sent a report and
    # PC Hart was represented, so neither is present.
    assert [p.name for p in voters] == ["Noor Haddad", "Bryn Ŵyn Pritchard"]


def test_eligible_voters_professional_with_apologies_excluded() -> None:
    meeting = _with_attendance(_meeting(), AttendanceEntry(4, AttendanceStatus.APOLOGIES))
    assert [p.id for p in eligible_voters(meeting, _family())] == [3]


def test_eligible_voters_professional_not_recorded_excluded() -> None:
    meeting = replace(
        _meeting(),
        attendance=tuple(e for e in _meeting().attendance if e.person_id != 4),
    )
    assert [p.id for p in eligible_voters(meeting, _family())] == [3]


def test_eligible_voters_parents_and_advocate_present_excluded() -> None:
    meeting = _with_attendance(
        _meeting(),
        AttendanceEntry(1, AttendanceStatus.PRESENT),
        AttendanceEntry(2, AttendanceStatus.PRESENT),
        AttendanceEntry(6, AttendanceStatus.PRESENT),
    )
    ids = {p.id for p in eligible_voters(meeting, _family())}
    assert ids.isdisjoint({1, 2, 6})
    assert ids == {3, 4}


# Tally


def test_tally_parent_vote_in_data_ignored() -> None:
    voters = eligible_voters(_meeting(), _family())
    result = tally(_decision(Vote(1, FOR), Vote(6, FOR), Vote(3, FOR), Vote(4, AGAINST)), voters)
    assert (result.votes_for, result.against, result.abstain, result.not_voted) == (1, 1, 0, 0)
    assert result.outcome is Outcome.NO_MAJORITY
    assert {v.person_id for v in result.counted} == {3, 4}


def test_tally_absent_professional_vote_in_data_ignored() -> None:
    voters = eligible_voters(_meeting(), _family())
    result = tally(_decision(Vote(7, AGAINST), Vote(5, AGAINST), Vote(3, FOR)), voters)
    assert (result.votes_for, result.against) == (1, 0)
    assert result.outcome is Outcome.AGREED


def test_tally_majority_for_agreed() -> None:
    result = tally(_decision(Vote(3, FOR), Vote(4, FOR), Vote(7, AGAINST, "why")), _voters_3_4_7())
    assert (result.votes_for, result.against, result.abstain, result.not_voted) == (2, 1, 0, 0)
    assert result.outcome is Outcome.AGREED
    assert result.summary == "For 2, against 1, abstained 0."


def test_tally_majority_against_not_agreed() -> None:
    result = tally(_decision(Vote(3, AGAINST), Vote(4, AGAINST), Vote(7, FOR)), _voters_3_4_7())
    assert result.outcome is Outcome.NOT_AGREED


def test_tally_equal_for_and_against_no_majority() -> None:
    result = tally(_decision(Vote(3, FOR), Vote(4, AGAINST), Vote(7, ABSTAIN)), _voters_3_4_7())
    assert (result.votes_for, result.against, result.abstain) == (1, 1, 1)
    assert result.outcome is Outcome.NO_MAJORITY
    assert result.outcome.label == "No majority (votes tied)"


def test_tally_no_votes_cast_no_votes() -> None:
    result = tally(_decision(), _voters_3_4_7())
    assert result.outcome is Outcome.NO_VOTES
    assert result.not_voted == 3
    assert result.summary == "For 0, against 0, abstained 0, not yet voted 3."


def test_tally_only_abstentions_no_votes() -> None:
    result = tally(_decision(Vote(3, ABSTAIN), Vote(4, ABSTAIN)), _voters_3_4_7())
    assert result.outcome is Outcome.NO_VOTES
    assert (result.abstain, result.not_voted) == (2, 1)


def test_tally_counted_follows_network_order() -> None:
    result = tally(_decision(Vote(7, FOR), Vote(3, FOR)), _voters_3_4_7())
    assert [v.person_id for v in result.counted] == [3, 4, 7]
    assert result.counted[1].choice is VoteChoice.NOT_VOTED


def test_dissenting_votes_agreed_gives_votes_against() -> None:
    result = tally(_decision(Vote(3, FOR), Vote(4, FOR), Vote(7, AGAINST, "why")), _voters_3_4_7())
    assert dissenting_votes(result) == (Vote(7, AGAINST, "why"),)


def test_dissenting_votes_not_agreed_gives_votes_for() -> None:
    result = tally(
        _decision(Vote(3, AGAINST), Vote(4, FOR, "worried"), Vote(7, AGAINST)), _voters_3_4_7()
    )
    assert dissenting_votes(result) == (Vote(4, FOR, "worried"),)


def test_dissenting_votes_tied_gives_none() -> None:
    result = tally(_decision(Vote(3, FOR), Vote(4, AGAINST)), _voters_3_4_7())
    assert dissenting_votes(result) == ()


def test_dissenting_votes_abstention_is_not_dissent() -> None:
    result = tally(_decision(Vote(3, FOR), Vote(4, FOR), Vote(7, ABSTAIN)), _voters_3_4_7())
    assert dissenting_votes(result) == ()


# Close review


def test_close_review_complete_meeting_nothing_missing() -> None:
    assert close_review(complete_meeting(), _family()) == ()


def _only_gap(meeting: Meeting) -> MissingItem:
    review = close_review(meeting, _family())
    assert len(review) == 1, review
    return review[0]


def test_close_review_no_statement_listed() -> None:
    meeting = replace(complete_meeting(), statements=())
    assert _only_gap(meeting) == MissingItem(
        StepKey.DANGER_STATEMENTS, "There is no danger statement."
    )


def test_close_review_statement_without_goal_listed() -> None:
    meeting = complete_meeting()
    statements = (meeting.statements[0], replace(meeting.statements[1], safety_goal="  \n"))
    assert _only_gap(replace(meeting, statements=statements)) == MissingItem(
        StepKey.DANGER_STATEMENTS, "Danger statement 2 has no safety goal."
    )


def test_close_review_statement_without_text_listed() -> None:
    meeting = complete_meeting()
    statements = (replace(meeting.statements[0], statement=""), meeting.statements[1])
    assert _only_gap(replace(meeting, statements=statements)) == MissingItem(
        StepKey.DANGER_STATEMENTS, "Danger statement 1 has no text."
    )


def test_close_review_scale_without_scores_listed() -> None:
    meeting = complete_meeting()
    scores = tuple(s for s in meeting.scores if s.statement_id != 12)
    assert _only_gap(replace(meeting, scores=scores)) == MissingItem(
        StepKey.SCALING, "The scale “Danger statement 2” has no scores."
    )


def test_close_review_overall_scale_without_scores_listed() -> None:
    meeting = complete_meeting()
    scores = tuple(s for s in meeting.scores if s.statement_id is not None)
    assert _only_gap(replace(meeting, scores=scores)) == MissingItem(
        StepKey.SCALING, "The scale “Overall safety” has no scores."
    )


def test_close_review_scale_scored_only_by_absent_person_listed() -> None:
    meeting = complete_meeting()
    scores = tuple(s for s in meeting.scores if s.statement_id != 12) + (Score(2, 12, 3, ""),)
    assert _only_gap(replace(meeting, scores=scores)) == MissingItem(
        StepKey.SCALING, "The scale “Danger statement 2” has no scores."
    )


def test_close_review_no_actions_listed() -> None:
    meeting = replace(complete_meeting(), actions=())
    assert _only_gap(meeting) == MissingItem(StepKey.ACTIONS, "There are no actions.")


def test_close_review_action_without_owner_and_date_listed() -> None:
    meeting = complete_meeting()
    actions = (replace(meeting.actions[0], owner_id=None, due_date=None), meeting.actions[1])
    assert _only_gap(replace(meeting, actions=actions)) == MissingItem(
        StepKey.ACTIONS, "Action 1 does not say who or by when."
    )


def test_close_review_action_without_owner_listed() -> None:
    meeting = complete_meeting()
    actions = (meeting.actions[0], replace(meeting.actions[1], owner_id=None))
    assert _only_gap(replace(meeting, actions=actions)) == MissingItem(
        StepKey.ACTIONS, "Action 2 does not say who."
    )


def test_close_review_action_without_date_listed() -> None:
    meeting = complete_meeting()
    actions = (replace(meeting.actions[0], due_date=None), meeting.actions[1])
    assert _only_gap(replace(meeting, actions=actions)) == MissingItem(
        StepKey.ACTIONS, "Action 1 does not say by when."
    )


def test_close_review_empty_action_lists_what_who_and_when() -> None:
    meeting = replace(complete_meeting(), actions=(Action(21, " ", None, None, None),))
    assert _only_gap(meeting) == MissingItem(
        StepKey.ACTIONS, "Action 1 does not say what, who or by when."
    )


def test_close_review_decision_without_votes_listed() -> None:
    meeting = complete_meeting()
    decision = replace(meeting.decisions[0], votes=())
    assert _only_gap(replace(meeting, decisions=(decision,))) == MissingItem(
        StepKey.DECISIONS, "Decision 1 has no votes."
    )


def test_close_review_decision_with_only_family_votes_has_no_votes() -> None:
    meeting = complete_meeting()
    decision = replace(meeting.decisions[0], votes=(Vote(1, FOR), Vote(6, FOR)))
    assert _only_gap(replace(meeting, decisions=(decision,))) == MissingItem(
        StepKey.DECISIONS, "Decision 1 has no votes."
    )


def test_close_review_dissent_without_reason_listed() -> None:
    meeting = complete_meeting()
    decision = _decision(Vote(3, FOR), Vote(4, FOR), Vote(7, AGAINST, "   "))
    assert _only_gap(replace(meeting, decisions=(decision,))) == MissingItem(
        StepKey.DECISIONS, "PC Lyle Hart dissents from decision 1 but no reason is recorded."
    )


def test_close_review_no_decisions_nothing_missing() -> None:
    assert close_review(replace(complete_meeting(), decisions=()), _family()) == ()


def test_close_review_no_next_date_listed() -> None:
    meeting = replace(complete_meeting(), next_meeting=NextMeeting())
    assert _only_gap(meeting) == MissingItem(StepKey.NEXT_MEETING, "The next meeting has no date.")


@pytest.mark.parametrize("days", [0, -1], ids=["same-day", "day-before"])
def test_close_review_next_date_not_after_meeting_listed(days: int) -> None:
    meeting = complete_meeting()
    next_meeting = replace(meeting.next_meeting, date=meeting.date + dt.timedelta(days=days))
    assert _only_gap(replace(meeting, next_meeting=next_meeting)) == MissingItem(
        StepKey.NEXT_MEETING, "The next meeting is not after this meeting."
    )


def test_close_review_next_meeting_without_venue_listed() -> None:
    meeting = complete_meeting()
    next_meeting = replace(meeting.next_meeting, venue=" ")
    assert _only_gap(replace(meeting, next_meeting=next_meeting)) == MissingItem(
        StepKey.NEXT_MEETING, "The next meeting has no venue."
    )


def test_close_review_written_report_empty_listed() -> None:
    meeting = _with_attendance(
        complete_meeting(),
        AttendanceEntry(5, AttendanceStatus.WRITTEN_REPORT, report_text=" \n "),
    )
    assert _only_gap(meeting) == MissingItem(
        StepKey.ATTENDANCE, "The written report of Ines Carvalho is empty."
    )


def test_close_review_represented_without_who_listed() -> None:
    meeting = _with_attendance(
        complete_meeting(), AttendanceEntry(2, AttendanceStatus.REPRESENTED, represented_by="")
    )
    assert _only_gap(meeting) == MissingItem(
        StepKey.ATTENDANCE, "Who represented Rory Quill is not recorded."
    )


def test_close_review_attendance_not_recorded_listed_with_names() -> None:
    meeting = complete_meeting()
    attendance = tuple(e for e in meeting.attendance if e.person_id not in (2, 5))
    assert _only_gap(replace(meeting, attendance=attendance)) == MissingItem(
        StepKey.ATTENDANCE,
        "Attendance is not recorded for 2 people: Rory Quill and Ines Carvalho.",
    )


def test_close_review_nobody_present_listed() -> None:
    meeting = complete_meeting()
    attendance = tuple(replace(e, status=AttendanceStatus.APOLOGIES) for e in meeting.attendance)
    review = close_review(replace(meeting, attendance=attendance), _family())
    assert MissingItem(StepKey.ATTENDANCE, "Nobody is marked as present.") in review


def test_close_review_several_gaps_listed_in_agenda_order() -> None:
    meeting = replace(
        complete_meeting(),
        next_meeting=NextMeeting(),
        actions=(),
        statements=(DangerStatement(11, 1, "Worry", ""),),
    )
    meeting = _with_attendance(
        meeting, AttendanceEntry(7, AttendanceStatus.REPRESENTED, represented_by="")
    )
    review = close_review(meeting, _family())
    assert [item.step for item in review] == [
        StepKey.ATTENDANCE,
        StepKey.DANGER_STATEMENTS,
        StepKey.ACTIONS,
        StepKey.NEXT_MEETING,
    ]
    assert [item.message for item in review] == [
        "Who represented PC Lyle Hart is not recorded.",
        "Danger statement 1 has no safety goal.",
        "There are no actions.",
        "The next meeting has no date.",
    ]
