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
from chair_app.core.language import texts_in, translate
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


def _why_we_met(meeting_type: str) -> str:
    """Why the meeting was held, in short everyday words (the reader's language)."""
    if meeting_type == "strategy":
        return translate("FamilySummary", "Workers met to decide how to keep the children safe.")
    if meeting_type == "initial_conference":
        return translate(
            "FamilySummary", "We met to decide if the children need a plan to keep them safe."
        )
    if meeting_type == "review_conference":
        return translate(
            "FamilySummary",
            "We met to check the plan to keep the children safe, and if it is still needed.",
        )
    if meeting_type == "first_core_group":
        return translate("FamilySummary", "We met to make the plan to keep the children safe.")
    if meeting_type == "core_group":
        return translate(
            "FamilySummary", "We met to check how the plan to keep the children safe is going."
        )
    if meeting_type == "child_in_need":
        return translate(
            "FamilySummary", "We met to check how the plan to help the family is going."
        )
    if meeting_type == "looked_after_review":
        return translate(
            "FamilySummary", "We met to check how things are going for the child in care."
        )
    return translate("FamilySummary", "We met about the children.")


def _lines(text: str) -> tuple[str, ...]:
    """A column's lines; none for a column withheld from the family."""
    if is_withheld_text(text):
        return ()
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def _outcome_words(outcome: Outcome) -> str:
    """How a vote's outcome reads to the family, before the question."""
    if outcome is Outcome.AGREED:
        return translate("FamilySummary", "The group agreed")
    if outcome is Outcome.NOT_AGREED:
        return translate("FamilySummary", "The group did not agree")
    if outcome is Outcome.NO_MAJORITY:
        return translate("FamilySummary", "The group could not decide, as the votes were even")
    return translate("FamilySummary", "Not decided yet")


def _decisions(meeting: Meeting, family: Family) -> list[str]:
    """Each question put to the group and what came of it, then the chair's decision for each
    child at a conference, in plain words."""
    voters = eligible_voters(meeting, family)
    lines = [
        f"{_outcome_words(tally(d, voters).outcome)}: {' '.join(d.question.split())}"
        for d in meeting.decisions
        if d.question.strip()
    ]
    review = meeting.meeting_type is MeetingType.REVIEW_CONFERENCE
    plan = {
        PlanView.PLAN: translate("FamilySummary", "the plan to keep them safe goes on")
        if review
        else translate("FamilySummary", "they need a plan to keep them safe"),
        PlanView.NO_PLAN: translate("FamilySummary", "the plan to keep them safe ends")
        if review
        else translate("FamilySummary", "they do not need a plan to keep them safe"),
    }
    for child in family.children:
        decision = meeting.decision_for(child.id).decision
        if decision in plan:
            lines.append(
                translate("FamilySummary", "For {name}: {decision}.").format(
                    name=child.name, decision=plan[decision]
                )
            )
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
        return format_short_date(action.due_date) or translate("FamilySummary", "Not set yet")
    if action.due_date is not None and action.due_date >= meeting.date:
        return translate("FamilySummary", "was due {was}; now by {date}").format(
            was=f"{was:%d/%m}", date=format_short_date(action.due_date)
        )
    return translate("FamilySummary", "was due {was}; no new date set").format(was=f"{was:%d/%m}")


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
            owners_text(a, family, missing=translate("FamilySummary", "Not decided yet")),
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
        headers = (
            translate("FamilySummary", "Who"),
            translate("FamilySummary", "What"),
            translate("FamilySummary", "By when"),
        )
        jobs = (Table(headers, rows, (2, 5, 1.6)),)
    else:
        jobs = (Paragraph(translate("FamilySummary", "No jobs were agreed.")),)
    not_fixed = translate("FamilySummary", "Not fixed yet")
    next_fields = [
        (translate("FamilySummary", "Date"), format_date(nxt.date) or not_fixed),
        (translate("FamilySummary", "Time"), format_time(nxt.time) or not_fixed),
        (translate("FamilySummary", "Place"), nxt.venue.strip() or not_fixed),
    ]
    if meeting.review_conference_date or meeting.early_review_requested:
        next_fields.append(
            (
                translate("FamilySummary", "Next review conference"),
                format_date(meeting.review_conference_date) or not_fixed,
            )
        )
    if meeting.early_review_requested:
        reason = " ".join(meeting.early_review_reason.split())
        next_fields.append(
            (
                translate("FamilySummary", "Sooner review"),
                translate(
                    "FamilySummary", "The group asked for the review conference to be sooner: {reason}"
                ).format(reason=reason)
                if reason
                else translate(
                    "FamilySummary", "The group asked for the review conference to be sooner."
                ),
            )
        )
    when: tuple[Block, ...] = (
        (Paragraph(OMITTED, emphasis=True),)
        if StepKey.NEXT_MEETING in omit_steps
        else (FieldList(tuple(next_fields)),)
    )
    decided = [] if StepKey.DECISIONS in omit_steps else _decisions(meeting, family)
    if_wrong = [] if StepKey.CONTINGENCY in omit_steps else _contingency(meeting)
    nothing = translate("FamilySummary", "Nothing was written down.")
    sections = (
        Section(
            translate("FamilySummary", "Why we met"),
            (Paragraph(_why_we_met(meeting.meeting_type.value)),),
        ),
        section(
            translate("FamilySummary", "What we are worried about"), worries, nothing,
            StepKey.DANGER_STATEMENTS, StepKey.THREE_COLUMNS,
        ),
        section(
            translate("FamilySummary", "What is going well"), going_well, nothing,
            StepKey.THREE_COLUMNS,
        ),
        section(
            translate("FamilySummary", "What needs to happen"), needs, nothing,
            StepKey.DANGER_STATEMENTS, StepKey.THREE_COLUMNS,
        ),
        Section(translate("FamilySummary", "Who will do what, and by when"), jobs),
        section(
            translate("FamilySummary", "What the group decided"), decided,
            translate("FamilySummary", "Nothing was put to a vote."), StepKey.DECISIONS,
        ),
        section(
            translate("FamilySummary", "If things go wrong"), if_wrong, nothing,
            StepKey.CONTINGENCY,
        ),
        Section(translate("FamilySummary", "When we meet next"), when),
    )
    return MinutesDocument(
        title=translate("FamilySummary", "Family summary"),
        marking=PROTECTIVE_MARKING,
        heading=FieldList(
            (
                (translate("FamilySummary", "Family"), family.name),
                (translate("FamilySummary", "Meeting"), meeting.meeting_type.label),
                (translate("FamilySummary", "Date"), format_date(meeting.date)),
            )
        ),
        sections=sections,
        footer_label=translate("FamilySummary", "{family}, family summary, {date}").format(
            family=family.name, date=format_short_date(meeting.date)
        ),
        copy_label=translate("FamilySummary", "Family summary"),
        footer_note=footer_note,
    )
