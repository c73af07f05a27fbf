"""The rules of a meeting: roles, who may vote, tallies, and what is missing before closing."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from chair_app.core.agenda import StepKey, overall_scale_name
from chair_app.core.attendance import is_accounted_for, representative_text
from chair_app.core.conference import (
    CONFERENCE_TYPES,
    check_quorum,
    conference_voters,
    differs_from_majority,
    dissenting_views,
    plan_tally,
    social_worker_missing,
    social_worker_missing_text,
)
from chair_app.core.domain import (
    ActionStatus,
    AttendanceStatus,
    Decision,
    Family,
    Meeting,
    MeetingStatus,
    MeetingType,
    Person,
    PlanView,
    Vote,
    VoteChoice,
)
from chair_app.core.history import BigMove
from chair_app.core.language import translate
from chair_app.core.owners import has_owner
from chair_app.core.voting import voter_of, voters


class RuleViolation(ValueError):
    """An input breaks a rule of the meeting; the message is meant for the user."""


SAME_CHAIR_AND_MINUTE_TAKER = (
    "The chair and the minute-taker must be two different people: "
    "nobody can chair a meeting and write its minutes well at the same time."
)


def check_roles(chair_id: int | None, minute_taker_id: int | None) -> None:
    """Raise if one person is both chair and minute-taker.

    Raises:
        RuleViolation: chair and minute-taker are the same person.
    """
    if chair_id is not None and chair_id == minute_taker_id:
        raise RuleViolation(SAME_CHAIR_AND_MINUTE_TAKER)


ALLOWED_TRANSITIONS = {
    MeetingStatus.DRAFT: (MeetingStatus.IN_PROGRESS, MeetingStatus.NOT_HELD),
    MeetingStatus.IN_PROGRESS: (MeetingStatus.CLOSED, MeetingStatus.NOT_HELD),
}


def check_transition(current: MeetingStatus, target: MeetingStatus) -> None:
    """Raise unless the status may move from current to target.

    Raises:
        RuleViolation: the move is not draft -> in progress -> closed, or to not held from
            either of the first two.
    """
    if target not in ALLOWED_TRANSITIONS.get(current, ()):
        raise RuleViolation(
            translate("Rules", "A meeting that is {current} cannot become {target}.").format(
                current=current.label.lower(), target=target.label.lower()
            )
        )


def present_people(meeting: Meeting, family: Family) -> tuple[Person, ...]:
    """The network members marked present, in the network's order."""
    return tuple(
        person
        for person in family.people
        if meeting.attendance_of(person.id).status is AttendanceStatus.PRESENT
    )


def eligible_voters(meeting: Meeting, family: Family) -> tuple[Person, ...]:
    """The people whose votes are counted (core.voting): professionals present, and absent
    professionals whose representative votes for their agency; never the chair or the
    minute-taker. Family members and advocates are heard but do not vote."""
    return tuple(voter.person for voter in voters(meeting, family))


def heard_not_voting(meeting: Meeting, family: Family) -> tuple[Person, ...]:
    return tuple(p for p in present_people(meeting, family) if not p.is_professional)


class Outcome(enum.Enum):
    NO_VOTES = "no_votes"
    AGREED = "agreed"
    NOT_AGREED = "not_agreed"
    NO_MAJORITY = "no_majority"

    @property
    def label(self) -> str:
        return {
            "no_votes": translate("Rules", "No votes recorded"),
            "agreed": translate("Rules", "Agreed"),
            "not_agreed": translate("Rules", "Not agreed"),
            "no_majority": translate("Rules", "No majority (votes tied)"),
        }[self.value]


@dataclass(frozen=True, slots=True)
class Tally:
    votes_for: int
    against: int
    abstain: int
    not_voted: int
    outcome: Outcome
    counted: tuple[Vote, ...]

    @property
    def summary(self) -> str:
        if self.not_voted:
            text = translate(
                "Rules", "For {votes_for}, against {against}, abstained {abstain}, not yet voted {not_voted}."
            )
        else:
            text = translate("Rules", "For {votes_for}, against {against}, abstained {abstain}.")
        return text.format(
            votes_for=self.votes_for,
            against=self.against,
            abstain=self.abstain,
            not_voted=self.not_voted,
        )


def tally(decision: Decision, voters: tuple[Person, ...]) -> Tally:
    """Count the votes of eligible voters only; anyone else's vote is ignored."""
    by_person = {vote.person_id: vote for vote in decision.votes}
    counted = tuple(
        by_person.get(p.id, Vote(person_id=p.id, choice=VoteChoice.NOT_VOTED)) for p in voters
    )
    votes_for = sum(v.choice is VoteChoice.FOR for v in counted)
    against = sum(v.choice is VoteChoice.AGAINST for v in counted)
    abstain = sum(v.choice is VoteChoice.ABSTAIN for v in counted)
    not_voted = sum(v.choice is VoteChoice.NOT_VOTED for v in counted)
    if votes_for == 0 and against == 0:
        outcome = Outcome.NO_VOTES
    elif votes_for > against:
        outcome = Outcome.AGREED
    elif against > votes_for:
        outcome = Outcome.NOT_AGREED
    else:
        outcome = Outcome.NO_MAJORITY
    return Tally(votes_for, against, abstain, not_voted, outcome, counted)


def dissenting_votes(result: Tally) -> tuple[Vote, ...]:
    """Votes cast against the outcome: they are recorded by name with their reason."""
    if result.outcome is Outcome.AGREED:
        return tuple(v for v in result.counted if v.choice is VoteChoice.AGAINST)
    if result.outcome is Outcome.NOT_AGREED:
        return tuple(v for v in result.counted if v.choice is VoteChoice.FOR)
    return ()


@dataclass(frozen=True, slots=True)
class MissingItem:
    """Something the close review found missing, and the step where it can be put right."""

    step: StepKey
    message: str
    # A blocking item stops the close: a rule, not a gap the chair may choose to leave.
    blocking: bool = False


def close_review(
    meeting: Meeting, family: Family, steps: Sequence[StepKey] | None = None
) -> tuple[MissingItem, ...]:
    """What is missing or unfinished before the chair closes the meeting, in agenda order.

    Args:
        steps: the meeting's agenda, in order; a step not on it is not checked (a blocking item
            always is). None: every check, in the order of the Core Group's steps.
    """
    items = _close_review(meeting, family)
    if steps is None:
        return items
    order = {step: index for index, step in enumerate(steps)}
    kept = [item for item in items if item.step in order or item.blocking]
    # sorted() is stable: items of one step keep the order they were found in.
    return tuple(sorted(kept, key=lambda item: order.get(item.step, len(order))))


def blocking_items(meeting: Meeting, family: Family) -> tuple[MissingItem, ...]:
    """What must be put right before the meeting may close (the rest the chair may leave)."""
    return tuple(item for item in _close_review(meeting, family) if item.blocking)


def _close_review(meeting: Meeting, family: Family) -> tuple[MissingItem, ...]:
    missing: list[MissingItem] = []
    # Someone not invited, or there as another's representative, needs no status of their own.
    unrecorded = [p.name for p in family.people if not is_accounted_for(meeting, p.id)]
    if unrecorded:
        missing.append(
            MissingItem(
                StepKey.ATTENDANCE,
                (
                    translate("Rules", "Attendance is not recorded for 1 person: {names}.")
                    if len(unrecorded) == 1
                    else translate("Rules", "Attendance is not recorded for {count} people: {names}.")
                ).format(count=len(unrecorded), names=_names(unrecorded)),
            )
        )
    for person in family.people:
        entry = meeting.attendance_of(person.id)
        if entry.status is AttendanceStatus.WRITTEN_REPORT and not entry.report_text.strip():
            missing.append(
                MissingItem(StepKey.ATTENDANCE, translate("Rules", "The written report of {name} is empty.").format(name=person.name))
            )
        if entry.status is AttendanceStatus.REPRESENTED and not representative_text(
            entry, family
        ):
            missing.append(
                MissingItem(StepKey.ATTENDANCE, translate("Rules", "Who represented {name} is not recorded.").format(name=person.name))
            )
    if not present_people(meeting, family):
        missing.append(MissingItem(StepKey.ATTENDANCE, translate("Rules", "Nobody is marked as present.")))
    if social_worker_missing(meeting, family):
        missing.append(
            MissingItem(
                StepKey.ATTENDANCE,
                social_worker_missing_text()
                + " "
                + translate("Rules", "Mark them present, or record the meeting as not held."),
                blocking=True,
            )
        )
    quorum = check_quorum(meeting, family)
    if not quorum.is_quorate and not meeting.quorum_shortfall:
        missing.append(
            MissingItem(
                StepKey.ATTENDANCE,
                translate(
                    "Rules",
                    "The conference is not quorate and the chair has not recorded going ahead: "
                    "{shortfall}",
                ).format(shortfall=quorum.shortfall),
            )
        )
    if not meeting.reasons.strip():
        missing.append(MissingItem(StepKey.REASONS, translate("Rules", "The reasons for the meeting are not recorded.")))
    if not any(u.text.strip() for u in meeting.updates):
        missing.append(MissingItem(StepKey.UPDATES, translate("Rules", "No updates are recorded.")))
    for child in family.children:
        if not meeting.views_of_child(child.id).views.strip():
            missing.append(
                MissingItem(StepKey.CHILD_VIEWS, translate("Rules", "The views of {name} are not recorded.").format(name=child.name))
            )
    if not meeting.contingency.strip():
        missing.append(MissingItem(StepKey.CONTINGENCY, translate("Rules", "There is no contingency plan.")))
    missing += _conference_review(meeting, family)
    if not meeting.statements:
        missing.append(MissingItem(StepKey.DANGER_STATEMENTS, translate("Rules", "There is no danger statement.")))
    for index, statement in enumerate(meeting.statements, start=1):
        if not statement.statement.strip():
            missing.append(
                MissingItem(StepKey.DANGER_STATEMENTS, translate("Rules", "Danger statement {number} has no text.").format(number=index))
            )
        if not statement.safety_goal.strip():
            missing.append(
                MissingItem(
                    StepKey.DANGER_STATEMENTS, translate("Rules", "Danger statement {number} has no safety goal.").format(
                        number=index
                    )
                )
            )
    scales: list[tuple[int | None, str]] = [(None, overall_scale_name())]
    scales += [
        (s.id, translate("Rules", "Danger statement {number}").format(number=i))
        for i, s in enumerate(meeting.statements, start=1)
    ]
    present_ids = {p.id for p in present_people(meeting, family)}
    for statement_id, name in scales:
        if not any(
            s.statement_id == statement_id and s.person_id in present_ids for s in meeting.scores
        ):
            missing.append(MissingItem(StepKey.SCALING, translate("Rules", "The scale “{scale}” has no scores.").format(scale=name)))
    if not meeting.actions:
        missing.append(MissingItem(StepKey.ACTIONS, translate("Rules", "There are no actions.")))
    for index, action in enumerate(meeting.actions, start=1):
        gaps = []
        if not action.what.strip():
            gaps.append(translate("Rules", "what"))
        if not has_owner(action):
            gaps.append(translate("Rules", "who"))
        if action.due_date is None:
            gaps.append(translate("Rules", "by when"))
        if gaps:
            missing.append(
                MissingItem(StepKey.ACTIONS, translate("Rules", "Action {number} does not say {gaps}.").format(
                        number=index, gaps=_names(gaps, translate("Rules", "or"))
                    ))
            )
    voters = eligible_voters(meeting, family)
    for index, decision in enumerate(meeting.decisions, start=1):
        result = tally(decision, voters)
        if not decision.question.strip():
            missing.append(MissingItem(StepKey.DECISIONS, translate("Rules", "Decision {number} has no question.").format(number=index)))
        if result.outcome is Outcome.NO_VOTES:
            missing.append(MissingItem(StepKey.DECISIONS, translate("Rules", "Decision {number} has no votes.").format(number=index)))
        for vote in dissenting_votes(result):
            if not vote.reason.strip():
                voter = voter_of(meeting, family, vote.person_id)
                name = voter.speaker if voter else translate("Rules", "A member")
                missing.append(
                    MissingItem(
                        StepKey.DECISIONS,
                        translate(
                            "Rules", "{name} dissents from decision {number} but no reason is recorded."
                        ).format(name=name, number=index),
                    )
                )
    if meeting.next_meeting.date is None:
        missing.append(MissingItem(StepKey.NEXT_MEETING, translate("Rules", "The next meeting has no date.")))
    elif meeting.next_meeting.date <= meeting.date:
        missing.append(
            MissingItem(StepKey.NEXT_MEETING, translate("Rules", "The next meeting is not after this meeting."))
        )
    if meeting.next_meeting.date is not None and not meeting.next_meeting.venue.strip():
        missing.append(MissingItem(StepKey.NEXT_MEETING, translate("Rules", "The next meeting has no venue.")))
    return tuple(missing)


def continuity_review(
    meeting: Meeting, family: Family, moves: Sequence[BigMove]
) -> tuple[MissingItem, ...]:
    """What the plan carried from the last meeting still needs: each carried action reviewed,
    with the difference it made for the child; a reason for every big move in a score."""
    missing: list[MissingItem] = []
    for index, action in enumerate(meeting.actions, start=1):
        if not action.is_carried:
            continue
        label = action.what.strip() or translate("Rules", "Action {number}").format(number=index)
        if action.status is ActionStatus.OPEN:
            missing.append(
                MissingItem(StepKey.PLAN_REVIEW, translate("Rules", "“{action}” from last time is not reviewed.").format(
                        action=_short(label)
                    ))
            )
        elif not action.difference_for_child.strip():
            missing.append(
                MissingItem(
                    StepKey.PLAN_REVIEW,
                    translate(
                        "Rules", "“{action}” does not say what difference it made for the child."
                    ).format(action=_short(label)),
                )
            )
    for move in moves:
        score = meeting.score_of(move.person_id, move.statement_id)
        if score is not None and not score.reason.strip():
            person = family.person(move.person_id)
            name = person.name if person else translate("Rules", "Someone")
            missing.append(
                MissingItem(
                    StepKey.SCALING,
                    translate(
                        "Rules",
                        "{name}'s score on “{scale}” moved from {before} to {now} since last "
                        "time: the reason is not recorded.",
                    ).format(name=name, scale=move.scale_name, before=move.before, now=move.now),
                )
            )
    return tuple(missing)


def _short(text: str, limit: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _conference_review(meeting: Meeting, family: Family) -> list[MissingItem]:
    if meeting.meeting_type not in CONFERENCE_TYPES:
        return []
    missing: list[MissingItem] = []
    step = StepKey.CONFERENCE_DECISION
    voters = conference_voters(meeting, family)
    for child in family.children:
        result = plan_tally(meeting, child.id, voters)
        decision = meeting.decision_for(child.id)
        if result.not_given:
            missing.append(
                MissingItem(
                    step,
                    (
                        translate("Rules", "1 of the professionals present has given no view on {name}.")
                        if result.not_given == 1
                        else translate(
                            "Rules", "{count} of the professionals present have given no view on {name}."
                        )
                    ).format(count=result.not_given, name=child.name),
                )
            )
        if decision.decision is PlanView.NOT_GIVEN:
            missing.append(MissingItem(step, translate("Rules", "There is no decision for {name}.").format(name=child.name)))
            continue
        if differs_from_majority(decision, result) and not decision.reason.strip():
            missing.append(
                MissingItem(
                    step,
                    translate(
                        "Rules",
                        "The chair's decision for {name} differs from the majority of views, so it "
                        "needs a reason.",
                    ).format(name=child.name),
                    blocking=True,
                )
            )
        if (
            meeting.meeting_type is MeetingType.INITIAL_CONFERENCE
            and decision.decision is PlanView.PLAN
            and not decision.categories
        ):
            missing.append(
                MissingItem(step, translate("Rules", "The child protection plan for {name} has no category.").format(
                        name=child.name
                    ))
            )
        for person, reason in dissenting_views(meeting, child.id, voters):
            if not reason.strip():
                missing.append(
                    MissingItem(
                        step,
                        translate(
                            "Rules",
                            "{name} dissents from the decision for {child} but no reason is "
                            "recorded.",
                        ).format(name=person.name, child=child.name),
                    )
                )
    return missing


def _names(names: list[str], conjunction: str | None = None) -> str:
    conjunction = translate("Rules", "and") if conjunction is None else conjunction
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {conjunction} " + names[-1]
