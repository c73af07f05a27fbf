"""``chair-app people MEETING_ID``: the people in a meeting's network, with their ids
(read-only). Names are personal data: they go to stdout only, never to the log."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from chair_app.cli.parser import Commands, add_data_options
from chair_app.core.errors import NotFound
from chair_app.core.language import translate

if TYPE_CHECKING:
    from chair_app.services.storage import SessionFactory


def add_parser(commands: Commands) -> None:
    command = commands.add_parser(
        "people",
        help=translate(
            "Cli",
            "list the people in a meeting's network with their ids (for export --copy person:ID)",
        ),
    )
    command.add_argument("meeting_id", type=int, metavar="MEETING_ID")
    add_data_options(command, demo=True)


def people_lines(meetings: Any, meeting_id: int) -> list[str]:
    """One line per person in the meeting's network (as its record names it): id, name, role
    and agency."""
    family = meetings.family_as_recorded(meeting_id)
    if not family.people:
        return [translate("Cli", "No people in this meeting's network.")]
    lines = []
    for person in family.people:
        parts = (person.name, person.role, person.agency)
        lines.append(
            translate("Cli", "Person {id}: {details}").format(
                id=person.id, details=" - ".join(p for p in parts if p.strip())
            )
        )
    return lines


def run(factory: SessionFactory, args: argparse.Namespace) -> int:
    from chair_app.services.meetings import MeetingService

    meetings = MeetingService(factory)
    try:
        meeting = meetings.get(args.meeting_id)
        lines = people_lines(meetings, args.meeting_id)
    except NotFound:
        print("chair-app: " + translate("Cli", "there is no meeting {id}.").format(
            id=args.meeting_id), file=sys.stderr)
        return 1
    from chair_app.cli.families import meeting_line

    print(meeting_line(meeting))
    for line in lines:
        print(f"  {line}")
    return 0
