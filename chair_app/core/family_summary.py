"""The family summary: one or two pages in short everyday words, built from the same record as
the minutes (never retyped): why we met, what we are worried about, what is going well, what
needs to happen, who will do what by when, and when we meet next."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from chair_app.core.agenda import StepKey
from chair_app.core.copies import FAMILY_READER, copy_for, is_withheld_text
from chair_app.core.dates import format_date, format_short_date, format_time
from chair_app.core.domain import Action, Family, Meeting, MeetingType, PlanView
from chair_app.core.language import texts_in
from chair_app.core.minutes import (
    OMITTED,
    PROTECTIVE_MARKING,
    Block,
    BulletList,
    FieldList,
    MinutesDocument,
    Paragraph,
    Section,
    Table,
)
from chair_app.core.minutes_words import minutes_language
from chair_app.core.owners import owners_text
from chair_app.core.rules import Outcome, eligible_voters, tally

WHY_WE_MET = {
    "strategy": "Workers met to decide how to keep the children safe.",
    "initial_conference": "We met to decide if the children need a plan to keep them safe.",
    "review_conference": "We met to check the plan to keep the children safe, and if it is still needed.",
    "first_core_group": "We met to make the plan to keep the children safe.",
    "core_group": "We met to check how the plan to keep the children safe is going.",
    "child_in_need": "We met to check how the plan to help the family is going.",
    "looked_after_review": "We met to check how things are going for the child in care.",
}


def _lines(text: str) -> tuple[str, ...]:
    """A column's lines; none for a column withheld from the family."""
    if is_withheld_text(text):
        return ()
    return tuple(line.strip() for line in text.splitlines() if line.strip())


# How a vote's outcome reads to the family, before the question.
_OUTCOME_WORDS = {
    Outcome.AGREED: "The group agreed",
    Outcome.NOT_AGREED: "The group did not agree",
    Outcome.NO_MAJORITY: "The group could not decide, as the votes were even",
    Outcome.NO_VOTES: "Not decided yet",
}


def _decisions(meeting: Meeting, family: Family) -> list[str]:
    """Each question put to the group and what came of it, then the chair's decision for each
    child at a conference, in plain words."""
    voters = eligible_voters(meeting, family)
    lines = [
        f"{_OUTCOME_WORDS[tally(d, voters).outcome]}: {' '.join(d.question.split())}"
        for d in meeting.decisions
        if d.question.strip()
    ]
    review = meeting.meeting_type is MeetingType.REVIEW_CONFERENCE
    plan = {
        PlanView.PLAN: "the plan to keep them safe goes on" if review
        else "they need a plan to keep them safe",
        PlanView.NO_PLAN: "the plan to keep them safe ends" if review
        else "they do not need a plan to keep them safe",
    }
    for child in family.children:
        decision = meeting.decision_for(child.id).decision
        if decision in plan:
            lines.append(f"For {child.name}: {plan[decision]}.")
    return lines


def _contingency(meeting: Meeting) -> list[str]:
    """What happens if things go wrong, from the meeting given (so a copy with withheld parts
    taken out is printed as given). A part withheld from anyone is never printed: the family
    read the summary together."""
    lines: list[str] = []
    if not meeting.contingency_withheld:
        lines += _lines(meeting.contingency)
    for part in sorted(meeting.contingency_parts, key=lambda p: p.position):
        if part.withheld:
            continue
        lines += _lines(part.text)
    return lines


def _by_when(action: Action, meeting: Meeting, earlier_due: Mapping[int, dt.date | None]) -> str:
    """When a job is to be done by. A job carried from last time whose date has passed says so,
    with its new date if one was set, rather than print a past date as the deadline."""
    was = earlier_due.get(action.id, action.due_date) if action.is_carried else None
    if was is None or was >= meeting.date:
        return format_short_date(action.due_date) or "Not set yet"
    if action.due_date is not None and action.due_date >= meeting.date:
        return f"was due {was:%d/%m}; now by {format_short_date(action.due_date)}"
    return f"was due {was:%d/%m}; no new date set"


def build_family_summary(
    meeting: Meeting,
    family: Family,
    footer_note: str = "",
    omit_steps: frozenset[StepKey] = frozenset(),
    earlier_due: Mapping[int, dt.date | None] | None = None,
) -> MinutesDocument:
    """The family summary of a meeting. Confidential third-party notes are never in it, nor
    any part of the contingency plan withheld from anyone.

    Args:
        meeting: the meeting as this copy may show it; the texts are taken from it alone.
        omit_steps: parts of the meeting a family member was kept out of; what the summary
            takes from them is left out, with the "omitted" line at its place.
        earlier_due: for jobs carried from the last meeting, the date each was due by then
            (by action id); a job missing here is taken to be due by its own date.
    """
    # In the language of the copy being built (core.minutes_words), English by default.
    with texts_in(minutes_language()):
        return _build_family_summary(meeting, family, footer_note, omit_steps, earlier_due)


def _build_family_summary(
    meeting: Meeting,
    family: Family,
    footer_note: str,
    omit_steps: frozenset[StepKey],
    earlier_due: Mapping[int, dt.date | None] | None,
) -> MinutesDocument:
    # Read by the family together: nothing withheld from anybody is in it.
    meeting = copy_for(meeting, FAMILY_READER)
    earlier_due = earlier_due or {}
    statements = StepKey.DANGER_STATEMENTS not in omit_steps
    columns = StepKey.THREE_COLUMNS not in omit_steps
    worries: list[str] = []
    needs: list[str] = []
    going_well: list[str] = []
    if statements:
        worries += [s.statement.strip() for s in meeting.statements if s.statement.strip()]
        needs += [s.safety_goal.strip() for s in meeting.statements if s.safety_goal.strip()]
    if columns:
        worries += _lines(meeting.columns.worries)
        going_well += _lines(meeting.columns.working_well)
        needs += _lines(meeting.columns.needs_to_happen)
    rows = tuple(
        (
            owners_text(a, family, missing="Not decided yet"),
            " ".join(a.what.split()),
            _by_when(a, meeting, earlier_due),
        )
        for a in meeting.actions
        if a.status.stays_in_plan and a.what.strip()
    )
    nxt = meeting.next_meeting

    def section(title: str, items: list[str], empty: str, *left_out: StepKey) -> Section:
        blocks: list[Block] = [BulletList(tuple(items))] if items else []
        if any(step in omit_steps for step in left_out):
            blocks.append(Paragraph(OMITTED, emphasis=True))
        elif not items:
            blocks.append(Paragraph(empty))
        return Section(title, tuple(blocks))

    jobs: tuple[Block, ...]
    if StepKey.ACTIONS in omit_steps:
        jobs = (Paragraph(OMITTED, emphasis=True),)
    elif rows:
        jobs = (Table(("Who", "What", "By when"), rows, (2, 5, 1.6)),)
    else:
        jobs = (Paragraph("No jobs were agreed."),)
    next_fields = [
        ("Date", format_date(nxt.date) or "Not fixed yet"),
        ("Time", format_time(nxt.time) or "Not fixed yet"),
        ("Place", nxt.venue.strip() or "Not fixed yet"),
    ]
    if meeting.review_conference_date or meeting.early_review_requested:
        next_fields.append(
            (
                "Next review conference",
                format_date(meeting.review_conference_date) or "Not fixed yet",
            )
        )
    if meeting.early_review_requested:
        reason = " ".join(meeting.early_review_reason.split())
        next_fields.append(
            (
                "Sooner review",
                "The group asked for the review conference to be sooner"
                + (f": {reason}" if reason else "."),
            )
        )
    when: tuple[Block, ...] = (
        (Paragraph(OMITTED, emphasis=True),)
        if StepKey.NEXT_MEETING in omit_steps
        else (FieldList(tuple(next_fields)),)
    )
    decided = [] if StepKey.DECISIONS in omit_steps else _decisions(meeting, family)
    if_wrong = [] if StepKey.CONTINGENCY in omit_steps else _contingency(meeting)
    sections = (
        Section(
            "Why we met",
            (Paragraph(WHY_WE_MET.get(meeting.meeting_type.value, "We met about the children.")),),
        ),
        section(
            "What we are worried about", worries, "Nothing was written down.",
            StepKey.DANGER_STATEMENTS, StepKey.THREE_COLUMNS,
        ),
        section(
            "What is going well", going_well, "Nothing was written down.", StepKey.THREE_COLUMNS
        ),
        section(
            "What needs to happen", needs, "Nothing was written down.",
            StepKey.DANGER_STATEMENTS, StepKey.THREE_COLUMNS,
        ),
        Section("Who will do what, and by when", jobs),
        section(
            "What the group decided", decided, "Nothing was put to a vote.", StepKey.DECISIONS
        ),
        section(
            "If things go wrong", if_wrong, "Nothing was written down.", StepKey.CONTINGENCY
        ),
        Section("When we meet next", when),
    )
    return MinutesDocument(
        title="Family summary",
        marking=PROTECTIVE_MARKING,
        heading=FieldList(
            (
                ("Family", family.name),
                ("Meeting", meeting.meeting_type.label),
                ("Date", format_date(meeting.date)),
            )
        ),
        sections=sections,
        footer_label=f"{family.name}, family summary, {format_short_date(meeting.date)}",
        copy_label="Family summary",
        footer_note=footer_note,
    )
