"""``chair-app list``: the families and their meetings, with their ids (read-only)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chair_app.cli.parser import Commands, add_data_options

if TYPE_CHECKING:
    from chair_app.services.storage import SessionFactory


def add_parser(commands: Commands) -> None:
    command = commands.add_parser("list", help="list families and meetings with their ids")
    command.add_argument(
        "--people",
        action="store_true",
        help="also list each meeting's people with their ids (for export --copy person:ID)",
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
        print("No families yet.")
    for summary in summaries:
        family = families.get_family(summary.id)
        print(f"Family {family.id}: {family.name}")
        for meeting in family.meetings:
            print(
                f"  Meeting {meeting.id}: {meeting.meeting_type.label}, "
                f"{meeting.date.isoformat()}, {meeting.status.label.lower()}"
            )
            if people:
                for line in people_lines(meetings, meeting.id):
                    print(f"    {line}")
    return 0
