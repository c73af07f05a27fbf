"""The family summary: one or two pages in short everyday words, built from the same record as
the minutes (never retyped): why we met, what we are worried about, what is going well, what
needs to happen, who will do what by when, and when we meet next."""

from __future__ import annotations

from chair_app.core.agenda import StepKey
from chair_app.core.copies import FAMILY_READER, copy_for, is_withheld_text
from chair_app.core.dates import format_date, format_short_date, format_time
from chair_app.core.domain import Family, Meeting
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
from chair_app.core.owners import owners_text

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


def build_family_summary(
    meeting: Meeting,
    family: Family,
    footer_note: str = "",
    omit_steps: frozenset[StepKey] = frozenset(),
) -> MinutesDocument:
    """The family summary of a meeting. Confidential third-party notes are never in it.

    Args:
        omit_steps: parts of the meeting a family member was kept out of; what the summary
            takes from them is left out, with the "omitted" line at its place.
    """
    # Read by the family together: nothing withheld from anybody is in it.
    meeting = copy_for(meeting, FAMILY_READER)
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
            format_short_date(a.due_date) or "Not set yet",
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
    when: tuple[Block, ...] = (
        (Paragraph(OMITTED, emphasis=True),)
        if StepKey.NEXT_MEETING in omit_steps
        else (
            FieldList(
                (
                    ("Date", format_date(nxt.date) or "Not fixed yet"),
                    ("Time", format_time(nxt.time) or "Not fixed yet"),
                    ("Place", nxt.venue.strip() or "Not fixed yet"),
                )
            ),
        )
    )
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
