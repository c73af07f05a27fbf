"""The minutes built from a meeting's record, in its agenda's order (the document types are in
core.minutes_document, the sections in core.minutes_sections; both are named here too).
"""

from __future__ import annotations

from dataclasses import replace

from chair_app.core.agenda import CORE_GROUP_AGENDA, StepKey
from chair_app.core.copies import copy_for
from chair_app.core.dates import format_short_date
from chair_app.core.domain import Family, Meeting, MeetingStatus
from chair_app.core.language import texts_in
from chair_app.core.minutes_document import (
    OMITTED,
    PROTECTIVE_MARKING,
    THIRD_PARTY_OMITTED,
    Block,
    BulletList,
    FieldList,
    Figure,
    MinutesDocument,
    MinutesExtras,
    Paragraph,
    Section,
    SideBySide,
    Subheading,
    Table,
    block_lines,
)
from chair_app.core.minutes_sections import (
    _actions,
    _attendance,
    _attendance_notes,
    _child_views,
    _columns,
    _conference_decision,
    _contingency,
    _decisions,
    _heading,
    _next_meeting,
    _plan_review,
    _scaling,
    _scaling_over_time,
    _statements,
    _text_section,
    _updates,
    _written_reports,
)
from chair_app.core.minutes_words import QT_TRANSLATE_NOOP, minutes_language, translate

__all__ = [
    "DISTRIBUTION_TITLE",
    "OMITTED",
    "PROTECTIVE_MARKING",
    "THIRD_PARTY_OMITTED",
    "Block",
    "BulletList",
    "FieldList",
    "Figure",
    "MinutesDocument",
    "MinutesExtras",
    "Paragraph",
    "Section",
    "SideBySide",
    "Subheading",
    "Table",
    "block_lines",
    "build_minutes",
    "distribution_section",
    "dress",
]


def _sections_for(
    step: StepKey, meeting: Meeting, family: Family, extras: MinutesExtras
) -> tuple[Section, ...]:
    """The sections of the minutes that record one agenda step."""
    match step:
        case StepKey.ATTENDANCE:
            attendance = _attendance(meeting, family)
            notes = _attendance_notes(meeting, family)
            if extras.exclusions and not extras.omit_steps:
                notes.append(
                    Paragraph(translate("Minutes", "Excluded from part of the meeting"), emphasis=True)
                )
                notes.append(
                    BulletList(
                        tuple(
                            translate("Minutes", "{name}: {parts}. Reason: {reason}").format(
                                name=name,
                                parts=parts,
                                reason=reason or translate("Minutes", "not recorded"),
                            )
                            for name, parts, reason in extras.exclusions
                        )
                    )
                )
            if notes:
                attendance = Section(attendance.title, attendance.blocks + tuple(notes))
            return attendance, _written_reports(meeting, family)
        case StepKey.REASONS:
            return (
                _text_section(
                    translate("Minutes", "Reasons for the meeting"),
                    meeting.reasons,
                    translate("Minutes", "No reasons were recorded."),
                ),
            )
        case StepKey.UPDATES:
            return (_updates(meeting, family),)
        case StepKey.CHILD_VIEWS:
            return (_child_views(meeting, family),)
        case StepKey.DANGER_STATEMENTS:
            return (_statements(meeting, family),)
        case StepKey.SCALING:
            scaling = _scaling(meeting, family)
            over_time = _scaling_over_time(extras)
            return (Section(scaling.title, scaling.blocks + tuple(over_time)),)
        case StepKey.THREE_COLUMNS:
            return (_columns(meeting, family),)
        case StepKey.ACTIONS:
            return (_actions(meeting, family),)
        case StepKey.PLAN_REVIEW:
            return (_plan_review(meeting, family, extras),)
        case StepKey.CONTINGENCY:
            return (_contingency(meeting, family),)
        case StepKey.DECISIONS:
            return (_decisions(meeting, family),)
        case StepKey.CONFERENCE_DECISION:
            return (_conference_decision(meeting, family),)
        case StepKey.NEXT_MEETING:
            return (_next_meeting(meeting),)
        case StepKey.CLOSE:
            return ()
    raise AssertionError(f"no minutes for step {step}")


def _time_spent(step_times: tuple[tuple[str, int], ...]) -> Section:
    """A small table of the time spent on each step, and in all, in whole minutes."""
    rows = [(title, _minutes_text(seconds)) for title, seconds in step_times]
    rows.append(
        (
            translate("Minutes", "Whole meeting"),
            _minutes_text(sum(seconds for _t, seconds in step_times)),
        )
    )
    headers = (translate("Minutes", "Step"), translate("Minutes", "Time spent"))
    return Section(
        translate("Minutes", "Time spent"), (Table(headers, tuple(rows), (3.0, 1.0)),)
    )


def _minutes_text(seconds: int) -> str:
    if seconds < 30:
        return translate("Minutes", "under 1 min")
    return translate("Minutes", "{count} min").format(count=round(seconds / 60))


def _closing(meeting: Meeting, family: Family, extras: MinutesExtras) -> Section:
    """The chair's summary and the sign-off: the chair's name and role, and whether (and when)
    the minutes were agreed."""
    blocks: list[Block] = [Subheading(translate("Minutes", "Chair's summary"))]
    lines = [line.strip() for line in meeting.chair_summary.splitlines() if line.strip()]
    if StepKey.CLOSE in extras.omit_steps:
        blocks.append(Paragraph(translate("Minutes", OMITTED), emphasis=True))
    elif lines:
        blocks.extend(Paragraph(line) for line in lines)
    else:
        blocks.append(Paragraph(translate("Minutes", "No summary was recorded."), emphasis=True))
    chair = family.person(meeting.chair_id)
    agreed = (
        translate("Minutes", "Agreed on {date}").format(date=format_short_date(extras.agreed_on))
        if extras.agreed_on is not None
        else translate("Minutes", "Not yet agreed")
    )
    not_recorded = translate("Minutes", "Not recorded")
    blocks.append(Subheading(translate("Minutes", "Sign-off")))
    blocks.append(
        FieldList(
            (
                (translate("Minutes", "Chair"), chair.name if chair else not_recorded),
                (translate("Minutes", "Role"), (chair.role.strip() if chair else "") or not_recorded),
                (translate("Minutes", "Minutes"), agreed),
            )
        )
    )
    return Section(translate("Minutes", "Closing"), tuple(blocks))


DISTRIBUTION_TITLE = QT_TRANSLATE_NOOP("Minutes", "Distribution")


def distribution_section(rows: tuple[tuple[str, str, str, str, str], ...]) -> Section:
    """Who was sent which version of the minutes, which copy, how and when."""
    headers = (
        translate("Minutes", "Name"),
        translate("Minutes", "Copy"),
        translate("Minutes", "Version"),
        translate("Minutes", "How"),
        translate("Minutes", "Date"),
    )
    return Section(
        translate("Minutes", DISTRIBUTION_TITLE),
        (Table(headers, rows, (3.0, 2.2, 1.2, 1.8, 1.6)),),
    )


def build_minutes(
    meeting: Meeting,
    family: Family,
    steps: tuple[StepKey, ...] | None = None,
    extras: MinutesExtras | None = None,
) -> MinutesDocument:
    """Build the one set of minutes of a meeting from its record.

    Args:
        meeting: the meeting's full record.
        family: the family it belongs to, with its children and network.
        steps: the meeting type's agenda, in order; the minutes follow it. None: the Core Group
            steps of the first release (attendance, statements, scaling, columns, actions,
            decisions, next meeting).

    Returns:
        The document every renderer draws.
    """
    # Built in the language of the copy being built (English unless core.minutes_words'
    # minutes_in says otherwise), never in the window's: the fingerprint is of the English.
    with texts_in(minutes_language()):
        return _build_minutes(meeting, family, steps, extras)


def _build_minutes(
    meeting: Meeting,
    family: Family,
    steps: tuple[StepKey, ...] | None,
    extras: MinutesExtras | None,
) -> MinutesDocument:
    if steps is None:
        steps = tuple(step.key for step in CORE_GROUP_AGENDA)
    extras = extras or MinutesExtras()
    # The one rule: the copy is built from the record as its reader may see it.
    meeting = copy_for(meeting, extras.reader)
    if meeting.status is MeetingStatus.NOT_HELD:
        sections: tuple[Section, ...] = (
            Section(
                translate("Minutes", "Meeting not held"),
                (
                    Paragraph(
                        translate("Minutes", "This meeting did not go ahead. Reason: {reason}").format(
                            reason=meeting.not_held_reason
                        )
                    ),
                ),
            ),
            _attendance(meeting, family),
        )
    else:
        built: list[Section] = []
        for step in steps:
            for section in _sections_for(step, meeting, family, extras):
                if step in extras.omit_steps:
                    # Said at the place of the part, so the reader knows something is left out.
                    section = Section(
                        section.title, (Paragraph(translate("Minutes", OMITTED), emphasis=True),)
                    )
                built.append(section)
        if extras.step_times:
            built.append(_time_spent(extras.step_times))
        if StepKey.CLOSE in steps:
            # The closing section records the Close step (a one-step build, as the room's,
            # has none).
            built.append(_closing(meeting, family, extras))
        built.extend(_appendices(extras))
        sections = tuple(built)
    return MinutesDocument(
        title=translate("Minutes", "{meeting} minutes").format(
            meeting=meeting.meeting_type.label
        ),
        marking=translate("Minutes", PROTECTIVE_MARKING),
        heading=_heading(meeting, family),
        sections=sections,
        footer_label=(
            f"{family.name}, {meeting.meeting_type.label}, "
            f"{format_short_date(meeting.date)}"
        ),
        copy_label=extras.copy_label,
        footer_note=extras.footer_note,
    )


def _appendices(extras: MinutesExtras) -> list[Section]:
    """The addenda and the distribution list, after the minutes themselves."""
    appended: list[Section] = []
    if extras.addenda:
        blocks: list[Block] = []
        for day, by, why, text in extras.addenda:
            blocks.append(
                Subheading(translate("Minutes", "Addendum of {date}, by {name}").format(date=day, name=by))
            )
            blocks.append(Paragraph(translate("Minutes", "Why: {why}").format(why=why), emphasis=True))
            blocks.append(Paragraph(text))
        appended.append(
            Section(
                translate("Minutes", "Addenda (added after the minutes were agreed)"), tuple(blocks)
            )
        )
    if extras.distribution:
        appended.append(distribution_section(extras.distribution))
    return appended


SCALING_TITLE = QT_TRANSLATE_NOOP("Minutes", "Scaling")
CLOSING_TITLE = QT_TRANSLATE_NOOP("Minutes", "Closing")


def dress(
    content: MinutesDocument,
    meeting: Meeting,
    family: Family,
    steps: tuple[StepKey, ...],
    extras: MinutesExtras,
) -> MinutesDocument:
    """The full record from its content, without building the minutes again: what
    ``build_minutes(meeting, family, steps, extras)`` returns when ``content`` was built with
    the same extras except the chart, sign-off date, addenda, distribution list, copy label and
    footer (and neither built it with a reader other than the full record's or left parts out).
    """
    meeting = copy_for(meeting, extras.reader)
    sections = list(content.sections)
    if meeting.status is not MeetingStatus.NOT_HELD:
        drawn = any(p.scores for h in extras.scaling_history for p in h.points)
        if extras.scaling_chart is not None and drawn and StepKey.SCALING in steps:
            scaling_title = translate("Minutes", SCALING_TITLE)
            index = next(i for i, s in enumerate(sections) if s.title == scaling_title)
            scaling = sections[index]
            sections[index] = Section(scaling.title, scaling.blocks + (extras.scaling_chart,))
        if StepKey.CLOSE in steps:
            closing_title = translate("Minutes", CLOSING_TITLE)
            index = max(i for i, s in enumerate(sections) if s.title == closing_title)
            sections[index] = _closing(meeting, family, extras)
        sections.extend(_appendices(extras))
    return replace(
        content,
        sections=tuple(sections),
        copy_label=extras.copy_label,
        footer_note=extras.footer_note,
    )
