"""``chair-app list``: the families and their meetings, with their ids (read-only)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chair_app.cli.parser import Commands, add_data_options
from chair_app.core.language import translate

if TYPE_CHECKING:
    from chair_app.services.storage import SessionFactory


def add_parser(commands: Commands) -> None:
    command = commands.add_parser("list", help=translate("Cli", "list families and meetings with their ids"))
    command.add_argument(
        "--people",
        action="store_true",
        help=translate(
            "Cli", "also list each meeting's people with their ids (for export --copy person:ID)"
        ),
    )
    add_data_options(command, demo=True)


def run(factory: SessionFactory, *, people: bool = False) -> int:
    from chair_app.cli.people import people_lines
    from chair_app.services.families import FamilyService
    from chair_app.services.meetings import MeetingService

    families = FamilyService(factory)
    meetings = MeetingService(factory)
    summaries = families.list_families()
    if not summaries:
        print(translate("Cli", "No families yet."))
    for summary in summaries:
        family = families.get_family(summary.id)
        print(translate("Cli", "Family {id}: {name}").format(id=family.id, name=family.name))
        for meeting in family.meetings:
            print("  " + meeting_line(meeting))
            if people:
                for line in people_lines(meetings, meeting.id):
                    print(f"    {line}")
    return 0


def meeting_line(meeting: Any) -> str:
    """"Meeting 3: Core Group, 2026-11-12, agreed" (the type and status in the language)."""
    return translate("Cli", "Meeting {id}: {type}, {date}, {status}").format(
        id=meeting.id,
        type=meeting.meeting_type.label,
        date=meeting.date.isoformat(),
        status=meeting.status.label.lower(),
    )
