"""What the chair may correct in the minutes after the meeting, read from the meeting as
recorded: the parts of the draft's wording and the facts recorded in the steps, each named by
its FactRef (core.facts), and how a correction in the log is named."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from chair_app.core.agenda import AgendaStep, StepKey
from chair_app.core.domain import ActionStatus, AttendanceStatus
from chair_app.core.facts import ACTION_ATTRIBUTES, BadFactRef, FactKind, FactRef
from chair_app.ui.meeting_controller import MeetingController
from chair_app.ui.minutes_dialogs import Fact, Part
from chair_app.ui.steps.base import elide

# The part of the minutes a correction of each text field belongs to.
FIELD_STEPS = {
    FactKind.REASONS: StepKey.REASONS,
    FactKind.WORRIES: StepKey.THREE_COLUMNS,
    FactKind.WORKING_WELL: StepKey.THREE_COLUMNS,
    FactKind.NEEDS_TO_HAPPEN: StepKey.THREE_COLUMNS,
    FactKind.CONTINGENCY: StepKey.CONTINGENCY,
}


def text_field_labels() -> dict[str, str]:
    """The window's names of the parts of the draft whose wording may be corrected (keyed as
    services.minutes.TEXT_FIELDS)."""
    return {
        "reasons": QCoreApplication.translate("MinutesCorrections", "Reasons for the meeting"),
        "worries": QCoreApplication.translate("MinutesCorrections", "What are we worried about?"),
        "working_well": QCoreApplication.translate("MinutesCorrections", "What is working well?"),
        "needs_to_happen": QCoreApplication.translate(
            "MinutesCorrections", "What needs to happen?"
        ),
        "contingency": QCoreApplication.translate("MinutesCorrections", "Contingency plan"),
        "chair_summary": QCoreApplication.translate("MinutesCorrections", "Chair's summary"),
    }


def _update_from(name: str) -> str:
    return QCoreApplication.translate("MinutesCorrections", "Update from {name}").format(name=name)


def _views_of(name: str) -> str:
    return QCoreApplication.translate("MinutesCorrections", "Views of {name}").format(name=name)


def _name(controller: MeetingController, person_id: int | None) -> str:
    person = controller.family.person(person_id) if person_id is not None else None
    return (
        person.name
        if person is not None
        else QCoreApplication.translate("MinutesCorrections", "Not recorded")
    )


def draft_parts(controller: MeetingController, steps: Sequence[AgendaStep]) -> list[Part]:
    """The parts of the draft whose wording may be corrected, in agenda order."""
    meeting, family = controller.meeting, controller.family
    texts = {
        FactKind.REASONS: meeting.reasons,
        FactKind.WORRIES: meeting.columns.worries,
        FactKind.WORKING_WELL: meeting.columns.working_well,
        FactKind.NEEDS_TO_HAPPEN: meeting.columns.needs_to_happen,
        FactKind.CONTINGENCY: meeting.contingency,
    }
    parts: list[Part] = []
    labels = text_field_labels()
    for step in steps:
        for kind, step_key in FIELD_STEPS.items():
            if step_key is step.key:
                parts.append(Part(FactRef.text(kind), labels[kind.value], texts[kind], step.key))
        if step.key is StepKey.UPDATES:
            for person in sorted(family.people, key=lambda p: p.is_professional):
                text = meeting.update_of(person.id)
                present = meeting.attendance_of(person.id).status is AttendanceStatus.PRESENT
                if text.strip() or present:
                    field = FactRef.of(FactKind.UPDATE, person.id)
                    parts.append(Part(field, _update_from(person.name), text, step.key))
        if step.key is StepKey.CHILD_VIEWS:
            for child in family.children:
                parts.append(
                    Part(
                        FactRef.of(FactKind.CHILD_VIEWS, child.id),
                        _views_of(child.name),
                        meeting.views_of_child(child.id).views,
                        step.key,
                    )
                )
    return parts


def part_label(controller: MeetingController, meeting_id: int, field: str) -> str:
    """How a correction in the log names what it changed."""
    labels = text_field_labels()
    if field in labels:
        return labels[field]
    try:
        ref = FactRef.parse(field)
    except BadFactRef:
        return field
    if ref.is_fact:
        return controller.ctx.minutes.fact_label(meeting_id, ref)
    if ref.kind is FactKind.UPDATE:
        return _update_from(_name(controller, ref.ids[0]))
    if ref.kind is FactKind.CHILD_VIEWS:
        child = next((c for c in controller.family.children if c.id == ref.ids[0]), None)
        return (
            _views_of(child.name)
            if child
            else QCoreApplication.translate("MinutesCorrections", "Views of a child")
        )
    return field


def recorded_facts(controller: MeetingController, meeting_id: int) -> list[Fact]:
    """The facts recorded in the meeting's steps that the chair may correct."""
    minutes, meeting = controller.ctx.minutes, controller.meeting

    def fact(ref: FactRef, kind: str, subject: str, value: str) -> Fact:
        return Fact(ref, kind, subject, value, minutes.fact_text(meeting_id, ref, value))

    facts = [
        fact(
            FactRef.attendance(entry.person_id),
            "attendance",
            _name(controller, entry.person_id),
            entry.status.value,
        )
        for entry in meeting.attendance
    ]
    statements = {s.id: s.position for s in meeting.statements}
    for score in meeting.scores:
        name = _name(controller, score.person_id)
        subject = (
            QCoreApplication.translate("MinutesCorrections", "{name} on the overall scale").format(
                name=name
            )
            if score.statement_id is None
            else QCoreApplication.translate(
                "MinutesCorrections", "{name} on statement {number}"
            ).format(name=name, number=statements.get(score.statement_id, "?"))
        )
        facts.append(
            fact(
                FactRef.score(score.person_id, score.statement_id),
                "score",
                subject,
                str(score.value),
            )
        )
    for number, action in enumerate(meeting.actions, 1):
        subject = QCoreApplication.translate(
            "MinutesCorrections", "Action {number}: {what}"
        ).format(number=number, what=elide(action.what, 50))
        stored = {
            "owner": "" if action.owner_id is None else str(action.owner_id),
            "due": "" if action.due_date is None else action.due_date.isoformat(),
            "status": action.status.value,
            "what": action.what,
        }
        for attribute in ACTION_ATTRIBUTES:
            facts.append(
                fact(FactRef.action(action.id, attribute), attribute, subject, stored[attribute])
            )
    return facts


def fact_choices(controller: MeetingController) -> dict[str, list[tuple[str, str]]]:
    """For the facts chosen from a list (attendance, owner, status): each stored value with
    its label."""
    return {
        "attendance": [(s.value, s.label) for s in AttendanceStatus],
        "status": [(s.value, s.label) for s in ActionStatus],
        "owner": [(str(p.id), p.name) for p in controller.family.people],
    }
