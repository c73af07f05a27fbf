"""``chair-app export MEETING_ID``: a closed meeting's minutes as DOCX or PDF."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chair_app.cli.parser import Commands, add_data_options
from chair_app.core.errors import NotFound
from chair_app.core.language import translate
from chair_app.paths import LOCAL_AGENDAS_FOLDER, signing_folder

if TYPE_CHECKING:
    from chair_app.services.storage import SessionFactory


def add_parser(commands: Commands) -> None:
    command = commands.add_parser("export", help=translate("Cli", "export a closed meeting's minutes"))
    command.add_argument("meeting_id", type=int, metavar="MEETING_ID")
    command.add_argument("--format", choices=("docx", "pdf"), required=True)
    command.add_argument("--output", required=True, metavar="PATH")
    command.add_argument(
        "--overwrite", action="store_true", help=translate("Cli", "replace the file if it exists")
    )
    command.add_argument(
        "--password-file",
        metavar="FILE",
        help=translate(
            "Cli",
            "protect the file with the password in FILE (its first line), for sending by email",
        ),
    )
    command.add_argument(
        "--copy",
        default="full",
        metavar="COPY",
        help=translate(
            "Cli", "full (the default), family-summary, or person:ID (that person's copy)"
        ),
    )
    add_data_options(command, demo=True)


def run(factory: SessionFactory, args: argparse.Namespace, data_dir: Path) -> int:
    from chair_app.services.export_minutes import (
        ExportFailed,
        ExportFormat,
        ExportService,
        ExportWouldOverwrite,
    )

    output = Path(args.output).expanduser()
    try:
        copy = parse_copy(args.copy)
    except ValueError as error:
        print(f"chair-app: {error}", file=sys.stderr)
        return 2
    password = None
    if args.password_file:
        try:
            lines = Path(args.password_file).expanduser().read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            print("chair-app: " + translate(
                "Cli", "the password file {file} cannot be read.").format(
                file=args.password_file), file=sys.stderr)
            return 2
        password = lines[0] if lines else ""
    problem = copy_problem(factory, args.meeting_id, copy)
    if problem:
        print(f"chair-app: {problem}", file=sys.stderr)
        return 1
    try:
        path = ExportService(
            factory, data_dir / LOCAL_AGENDAS_FOLDER, signing_folder(data_dir)
        ).export(
            args.meeting_id, ExportFormat(args.format), output, overwrite=args.overwrite,
            copy=copy,  # type: ignore[arg-type]
            password=password,
        )
    except ExportWouldOverwrite as error:
        print(f"chair-app: {error} " + translate("Cli", "Add --overwrite to replace it."),
              file=sys.stderr)
        return 1
    except ExportFailed as error:
        print(f"chair-app: {error}", file=sys.stderr)
        return 1
    except NotFound:
        print("chair-app: " + translate("Cli", "there is no meeting {id}.").format(
            id=args.meeting_id), file=sys.stderr)
        return 1
    if password:
        print(translate("Cli", "Wrote {file} (protected with the password)").format(file=path))
    else:
        print(translate("Cli", "Wrote {file}").format(file=path))
    return 0


def copy_problem(factory: SessionFactory, meeting_id: int, copy: Any) -> str:
    """Why the copy asked for cannot be made ("" when it can): a person:ID that is not in the
    meeting's network. An unknown meeting is left to the export, which names it."""
    from chair_app.services.meetings import MeetingService
    from chair_app.services.minutes import CopyKind

    if copy.kind is not CopyKind.PERSON:
        return ""
    try:
        family = MeetingService(factory).family_as_recorded(meeting_id)
    except NotFound:
        return ""
    if family.person(copy.person_id) is None:
        return translate(
            "Cli", "there is no person {person} in meeting {meeting}. "
            "See chair-app people {meeting}."
        ).format(person=copy.person_id, meeting=meeting_id)
    return ""


def parse_copy(text: str) -> object:
    from chair_app.services.minutes import CopyKind, CopyRequest

    if text == "full":
        return CopyRequest()
    if text == "family-summary":
        return CopyRequest(CopyKind.FAMILY_SUMMARY)
    kind, _, number = text.partition(":")
    if kind == "person" and number.isdigit():
        return CopyRequest(CopyKind.PERSON, int(number))
    raise ValueError(
        translate("Cli", "--copy must be full, family-summary or person:ID, not {text}").format(
            text=repr(text)
        )
    )
