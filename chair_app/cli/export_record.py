"""``chair-app export-record MEETING_ID``: write a meeting's full record (with the family's
earlier meetings) as JSON, or as an encrypted package sealed with a passphrase from a file or
the terminal, never from an argument (services.record_format, services.record_package)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from chair_app.cli.parser import Commands, add_data_options
from chair_app.cli.passphrase import PassphraseUnavailable, first_line
from chair_app.core.errors import NotFound
from chair_app.core.language import translate

if TYPE_CHECKING:
    from chair_app.services.storage import SessionFactory

PACKAGE_SUFFIX = ".chairpkg"  # services.record_package.PACKAGE_SUFFIX (not imported at start-up)


def add_parser(commands: Commands) -> None:
    command = commands.add_parser(
        "export-record",
        help=translate(
            "Cli", "write a meeting's full record (with the family's earlier meetings) as JSON"
        ),
    )
    command.add_argument("meeting_id", type=int, metavar="MEETING_ID")
    command.add_argument("--output", required=True, metavar="FILE")
    command.add_argument(
        "--overwrite", action="store_true", help=translate("Cli", "replace the file if it exists")
    )
    command.add_argument(
        "--package-passphrase-file",
        metavar="FILE",
        help=translate(
            "Cli",
            "write an encrypted package (*{suffix}) sealed with the passphrase in "
            "FILE (its first line); an --output ending in {suffix} without it asks for "
            "the passphrase on the terminal",
        ).format(suffix=PACKAGE_SUFFIX),
    )
    add_data_options(command)


def read_package_passphrase(args: argparse.Namespace) -> str | None:
    """The passphrase to seal the exported package with, or None for a plain JSON record.

    A package is written when ``--package-passphrase-file`` is given, or when the output ends
    in .chairpkg (then the passphrase is asked for on the terminal, twice): a file named as a
    package is never written as plain JSON.

    Raises:
        PassphraseUnavailable: with the reason, for the user.
    """
    from chair_app.services.storage import passphrase_problem

    named = args.package_passphrase_file
    if named:
        passphrase = first_line(named, translate("Cli", "package passphrase"))
        problem = passphrase_problem(passphrase)
    elif Path(args.output).suffix.lower() == PACKAGE_SUFFIX:
        if not sys.stdin.isatty():
            raise PassphraseUnavailable(
                translate(
                    "Cli",
                    "{file} names an encrypted package ({suffix}), and there is no "
                    "terminal to ask for its passphrase: give --package-passphrase-file FILE, or "
                    "choose an --output ending in .json for a record that is not encrypted.",
                ).format(file=args.output, suffix=PACKAGE_SUFFIX)
            )
        import getpass

        passphrase = getpass.getpass(translate("Cli", "Passphrase for the package: "))
        repeated = getpass.getpass(translate("Cli", "Type the package's passphrase again: "))
        problem = passphrase_problem(passphrase, repeated)
    else:
        return None
    if problem:
        raise PassphraseUnavailable(
            translate("Cli", "the package's passphrase cannot be used. {problem}").format(
                problem=problem
            )
        )
    return passphrase



def output_problem(args: argparse.Namespace) -> str:
    """Why export-record's --output cannot be written ("" when it can); checked before any
    passphrase is asked for. A folder, device or pipe is refused even with --overwrite."""
    from chair_app.services.output_files import output_problem

    output = Path(args.output).expanduser()
    problem = output_problem(output)
    if problem:
        return problem
    if output.exists() and not args.overwrite:
        return translate("Cli", "{file} already exists. Add --overwrite to replace it.").format(
            file=output
        )
    if not output.parent.is_dir():
        return translate("Cli", "there is no folder {folder}.").format(folder=output.parent)
    return ""


def run(
    factory: SessionFactory, args: argparse.Namespace, package_passphrase: str | None = None
) -> int:
    from chair_app.services.output_files import OutputRefused
    from chair_app.services.record_export import RecordService

    output = Path(args.output).expanduser()
    problem = output_problem(args)
    if problem:
        print(f"chair-app: {problem}", file=sys.stderr)
        return 1
    try:
        if package_passphrase is not None:
            RecordService(factory).write_meeting_package(
                args.meeting_id, output, package_passphrase
            )
        else:
            RecordService(factory).write_meeting_record(args.meeting_id, output)
    except NotFound:
        print("chair-app: " + translate("Cli", "there is no meeting {id}.").format(
            id=args.meeting_id), file=sys.stderr)
        return 1
    except OutputRefused as error:
        print(f"chair-app: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print("chair-app: " + translate("Cli", "{file} cannot be written: {reason}.").format(
            file=output, reason=error.strerror), file=sys.stderr)
        return 1
    if package_passphrase is None:
        print(translate("Cli", "Wrote {file}").format(file=output))
        return 0
    print(translate(
        "Cli", "Wrote {file} (an encrypted package; it opens only with its passphrase)"
    ).format(file=output))
    if output.suffix.lower() != PACKAGE_SUFFIX:
        print("chair-app: " + translate(
            "Cli", "note: {name} does not end in {suffix}; it is an "
            "encrypted package all the same.").format(name=output.name, suffix=PACKAGE_SUFFIX),
            file=sys.stderr)
    return 0


