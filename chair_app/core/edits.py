"""The in-memory side of a typed save: each function returns a patch, which makes to a Meeting
the change one repository write makes to its row, so the window keeps its copy of the meeting
up to date without reading the whole record again (its cost does not grow with the meeting).

Each patch keeps what the write keeps: what a form does not show (who an item is withheld
from, the carried mark) is never cleared by it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any, TypeVar

from chair_app.core.domain import (
    Action,
    AgencyUpdate,
    AttendanceEntry,
    ChildDecision,
    ChildPlanView,
    ChildViews,
    Meeting,
    NextMeeting,
    Score,
    ThreeColumns,
    Vote,
)

Patch = Callable[[Meeting], Meeting]
T = TypeVar("T")


def _change_item(
    items: tuple[T, ...], match: Callable[[T], bool], change: Callable[[T], T], new: T | None = None
) -> tuple[T, ...]:
    """Items with the first matching one changed; ``new`` added at the end if none matches."""
    for index, item in enumerate(items):
        if match(item):
            return (*items[:index], change(item), *items[index + 1 :])
    return items if new is None else (*items, new)


def set_fields(**values: Any) -> Patch:
    """Fields of the meeting itself (reasons, chair summary, next meeting, ...)."""
    return lambda meeting: replace(meeting, **values)


def set_next_meeting(next_meeting: NextMeeting) -> Patch:
    return set_fields(next_meeting=next_meeting)


def set_columns(columns: ThreeColumns) -> Patch:
    def patch(meeting: Meeting) -> Meeting:
        kept = replace(
            meeting.columns,
            worries=columns.worries,
            working_well=columns.working_well,
            needs_to_happen=columns.needs_to_happen,
        )
        return replace(meeting, columns=kept)

    return patch


def update_action(action: Action) -> Patch:
    """The action's content (its carried mark stays as it was, as the write keeps it)."""

    def patch(meeting: Meeting) -> Meeting:
        actions = _change_item(
            meeting.actions,
            lambda a: a.id == action.id,
            lambda a: replace(action, carried_from_id=a.carried_from_id),
        )
        return replace(meeting, actions=actions)

    return patch


def update_statement(statement_id: int, statement: str, safety_goal: str) -> Patch:
    def patch(meeting: Meeting) -> Meeting:
        statements = _change_item(
            meeting.statements,
            lambda s: s.id == statement_id,
            lambda s: replace(s, statement=statement, safety_goal=safety_goal),
        )
        return replace(meeting, statements=statements)

    return patch


def set_statement_notes(statement_id: int, notes: str) -> Patch:
    def patch(meeting: Meeting) -> Meeting:
        statements = _change_item(
            meeting.statements, lambda s: s.id == statement_id, lambda s: replace(s, notes=notes)
        )
        return replace(meeting, statements=statements)

    return patch


def set_attendance(entry: AttendanceEntry) -> Patch:
    """Everything but who the report is withheld from (set by the withholding alone)."""

    def patch(meeting: Meeting) -> Meeting:
        attendance = _change_item(
            meeting.attendance,
            lambda e: e.person_id == entry.person_id,
            lambda e: replace(entry, report_withheld=e.report_withheld),
            new=entry,
        )
        return replace(meeting, attendance=attendance)

    return patch


def set_update(update: AgencyUpdate) -> Patch:
    def patch(meeting: Meeting) -> Meeting:
        updates = _change_item(
            meeting.updates,
            lambda u: u.person_id == update.person_id,
            lambda u: replace(u, text=update.text, third_party=update.third_party),
            new=replace(update, withheld_from_people=()),
        )
        return replace(meeting, updates=updates)

    return patch


def set_child_views(views: ChildViews) -> Patch:
    def patch(meeting: Meeting) -> Meeting:
        child_views = _change_item(
            meeting.child_views,
            lambda v: v.child_id == views.child_id,
            lambda v: replace(v, views=views.views, how_gathered=views.how_gathered),
            new=views,
        )
        return replace(meeting, child_views=child_views)

    return patch


def set_plan_view(view: ChildPlanView) -> Patch:
    def patch(meeting: Meeting) -> Meeting:
        plan_views = _change_item(
            meeting.plan_views,
            lambda v: (v.child_id, v.person_id) == (view.child_id, view.person_id),
            lambda _v: view,
            new=view,
        )
        return replace(meeting, plan_views=plan_views)

    return patch


def set_child_decision(decision: ChildDecision) -> Patch:
    def patch(meeting: Meeting) -> Meeting:
        decisions = _change_item(
            meeting.child_decisions,
            lambda d: d.child_id == decision.child_id,
            lambda _d: decision,
            new=decision,
        )
        return replace(meeting, child_decisions=decisions)

    return patch


def set_score(person_id: int, statement_id: int | None, value: int | None, reason: str) -> Patch:
    """A score as set_score writes it; value None removes it."""

    def patch(meeting: Meeting) -> Meeting:
        def same(score: Score) -> bool:
            return (score.person_id, score.statement_id) == (person_id, statement_id)

        if value is None:
            return replace(meeting, scores=tuple(s for s in meeting.scores if not same(s)))
        new = Score(person_id, statement_id, value, reason)
        return replace(meeting, scores=_change_item(meeting.scores, same, lambda _s: new, new=new))

    return patch


def set_vote(decision_id: int, vote: Vote) -> Patch:
    """A vote's choice and reason (who its reason is withheld from stays)."""

    def patch(meeting: Meeting) -> Meeting:
        def change(decision: Any) -> Any:
            votes = _change_item(
                decision.votes,
                lambda v: v.person_id == vote.person_id,
                lambda v: replace(v, choice=vote.choice, reason=vote.reason),
                new=vote,
            )
            return replace(decision, votes=votes)

        decisions = _change_item(meeting.decisions, lambda d: d.id == decision_id, change)
        return replace(meeting, decisions=decisions)

    return patch


def update_question(decision_id: int, question: str) -> Patch:
    def patch(meeting: Meeting) -> Meeting:
        decisions = _change_item(
            meeting.decisions, lambda d: d.id == decision_id, lambda d: replace(d, question=question)
        )
        return replace(meeting, decisions=decisions)

    return patch


def update_contingency_part(part_id: int, text: str) -> Patch:
    def patch(meeting: Meeting) -> Meeting:
        parts = _change_item(
            meeting.contingency_parts, lambda p: p.id == part_id, lambda p: replace(p, text=text)
        )
        return replace(meeting, contingency_parts=parts)

    return patch
