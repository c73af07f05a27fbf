"""The family summary: one or two pages in short everyday words, built from the same record as
the minutes (never retyped): why we met, what we are worried about, what is going well, what
needs to happen, who will do what by when, and when we meet next."""

from __future__ import annotations

from chair_app.core.dates import format_date, format_short_date, format_time
from chair_app.core.domain import Family, Meeting
from chair_app.core.minutes import (
    PROTECTIVE_MARKING,
    BulletList,
    FieldList,
    MinutesDocument,
    Paragraph,
    Section,
    Table,
)

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
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def build_family_summary(
    meeting: Meeting, family: Family, footer_note: str = ""
) -> MinutesDocument:
    """The family summary of a meeting. Confidential third-party notes are never in it."""
    worries = [s.statement.strip() for s in meeting.statements if s.statement.strip()]
    worries += _lines(meeting.columns.worries)
    going_well = _lines(meeting.columns.working_well)
    needs = [s.safety_goal.strip() for s in meeting.statements if s.safety_goal.strip()]
    needs += _lines(meeting.columns.needs_to_happen)
    rows = tuple(
        (
            (family.person(a.owner_id).name if family.person(a.owner_id) else "Not decided yet"),
            " ".join(a.what.split()),
            format_short_date(a.due_date) or "Not set yet",
        )
        for a in meeting.actions
        if a.status.stays_in_plan and a.what.strip()
    )
    nxt = meeting.next_meeting

    def section(title: str, items: list[str] | tuple[str, ...], empty: str) -> Section:
        return Section(title, (BulletList(tuple(items)),) if items else (Paragraph(empty),))

    sections = (
        Section(
            "Why we met",
            (Paragraph(WHY_WE_MET.get(meeting.meeting_type.value, "We met about the children.")),),
        ),
        section("What we are worried about", worries, "Nothing was written down."),
        section("What is going well", going_well, "Nothing was written down."),
        section("What needs to happen", needs, "Nothing was written down."),
        Section(
            "Who will do what, and by when",
            (Table(("Who", "What", "By when"), rows, (2, 5, 1.6)),)
            if rows
            else (Paragraph("No jobs were agreed."),),
        ),
        Section(
            "When we meet next",
            (
                FieldList(
                    (
                        ("Date", format_date(nxt.date) or "Not fixed yet"),
                        ("Time", format_time(nxt.time) or "Not fixed yet"),
                        ("Place", nxt.venue.strip() or "Not fixed yet"),
                    )
                ),
            ),
        ),
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
