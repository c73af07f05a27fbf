"""The copies of the minutes the chair may export, each with what it includes or leaves out."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from chair_app.core.agenda import AgendaStep
from chair_app.core.lifecycle import MinutesRecord
from chair_app.services.minutes import CopyKind, CopyRequest
from chair_app.ui.meeting_controller import MeetingController
from chair_app.ui.minutes_dialogs import CopyChoice


def copy_choices(
    controller: MeetingController, record: MinutesRecord, steps: Sequence[AgendaStep]
) -> list[CopyChoice]:
    """The copies the chair may export: the full record, each person's copy (saying what it
    leaves out) and the family summary."""
    titles = {s.key: s.title for s in steps}
    choices = [
        CopyChoice(
            QCoreApplication.translate("MinutesCopies", "Full record"),
            QCoreApplication.translate(
                "MinutesCopies",
                "Everything, including confidential third-party information and who was "
                "excluded from what. For the agencies' records.",
            ),
            CopyRequest(),
        )
    ]
    for person in controller.family.people:
        notes = [
            QCoreApplication.translate(
                "MinutesCopies", "Includes confidential third-party information."
            )
            if person.is_professional
            else QCoreApplication.translate(
                "MinutesCopies", "Leaves out confidential third-party information."
            )
        ]
        excluded = [
            titles.get(step, step.value)
            for e in record.exclusions
            if e.person_id == person.id
            for step in e.steps
        ]
        if excluded:
            notes.append(
                QCoreApplication.translate(
                    "MinutesCopies", "Leaves out the parts they were excluded from: {parts}."
                ).format(parts=", ".join(excluded))
            )
        choices.append(
            CopyChoice(
                QCoreApplication.translate("MinutesCopies", "Copy for {name}").format(
                    name=person.name
                ),
                " ".join(notes),
                CopyRequest(CopyKind.PERSON, person.id),
            )
        )
    choices.append(
        CopyChoice(
            QCoreApplication.translate("MinutesCopies", "Family summary"),
            QCoreApplication.translate(
                "MinutesCopies",
                "One or two pages in everyday words for the family: why we met, what we are "
                "worried about, what is going well, what needs to happen, who will do what by "
                "when, and when we meet next.",
            ),
            CopyRequest(CopyKind.FAMILY_SUMMARY),
        )
    )
    return choices
