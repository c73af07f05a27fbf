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


def _in(
    field: str, match: Callable[[Any], bool], change: Callable[[Any], Any], new: Any = None
) -> Patch:
    """A patch changing the first item of the meeting's ``field`` that matches (adding ``new``
    if none does)."""

    def patch(meeting: Meeting) -> Meeting:
        items: Any = _change_item(getattr(meeting, field), match, change, new)
        return replace(meeting, **{field: items})

    return patch


def update_action(action: Action) -> Patch:
    """The action's content (its carried mark stays as it was, as the write keeps it)."""
    return _in(
        "actions",
        lambda a: a.id == action.id,
        lambda a: replace(action, carried_from_id=a.carried_from_id),
    )


def update_statement(statement_id: int, statement: str, safety_goal: str) -> Patch:
    return _in(
        "statements",
        lambda s: s.id == statement_id,
        lambda s: replace(s, statement=statement, safety_goal=safety_goal),
    )


def set_statement_notes(statement_id: int, notes: str) -> Patch:
    return _in("statements", lambda s: s.id == statement_id, lambda s: replace(s, notes=notes))


def set_attendance(entry: AttendanceEntry) -> Patch:
    """Everything but who the report is withheld from (set by the withholding alone)."""
    return _in(
        "attendance",
        lambda e: e.person_id == entry.person_id,
        lambda e: replace(entry, report_withheld=e.report_withheld),
        new=entry,
    )


def set_update(update: AgencyUpdate) -> Patch:
    return _in(
        "updates",
        lambda u: u.person_id == update.person_id,
        lambda u: replace(u, text=update.text, third_party=update.third_party),
        new=replace(update, withheld_from_people=()),
    )


def set_child_views(views: ChildViews) -> Patch:
    return _in(
        "child_views",
        lambda v: v.child_id == views.child_id,
        lambda v: replace(v, views=views.views, how_gathered=views.how_gathered),
        new=views,
    )


def set_plan_view(view: ChildPlanView) -> Patch:
    return _in(
        "plan_views",
        lambda v: (v.child_id, v.person_id) == (view.child_id, view.person_id),
        lambda _v: view,
        new=view,
    )


def set_child_decision(decision: ChildDecision) -> Patch:
    return _in(
        "child_decisions", lambda d: d.child_id == decision.child_id, lambda _d: decision, new=decision
    )


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

    def change(decision: Any) -> Any:
        votes = _change_item(
            decision.votes,
            lambda v: v.person_id == vote.person_id,
            lambda v: replace(v, choice=vote.choice, reason=vote.reason),
            new=vote,
        )
        return replace(decision, votes=votes)

    return _in("decisions", lambda d: d.id == decision_id, change)


def update_question(decision_id: int, question: str) -> Patch:
    return _in("decisions", lambda d: d.id == decision_id, lambda d: replace(d, question=question))


def update_contingency_part(part_id: int, text: str) -> Patch:
    return _in("contingency_parts", lambda p: p.id == part_id, lambda p: replace(p, text=text))
