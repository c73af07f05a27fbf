"""``chair-app import-record FILE``: bring in a meeting record (JSON, or an encrypted package
opened with its passphrase from a file or the terminal) written by export-record."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chair_app.cli.export_record import PACKAGE_SUFFIX
from chair_app.cli.parser import Commands, add_data_options
from chair_app.cli.passphrase import PassphraseUnavailable, first_line
from chair_app.core.language import translate
from chair_app.paths import LOCAL_AGENDAS_FOLDER

if TYPE_CHECKING:
    from chair_app.services.storage import SessionFactory


def add_parser(commands: Commands) -> None:
    command = commands.add_parser(
        "import-record",
        help=translate(
            "Cli",
            "bring in a meeting record (JSON or an encrypted package) written by export-record",
        ),
    )
    command.add_argument("file", metavar="FILE")
    command.add_argument(
        "--package-passphrase-file",
        metavar="FILE",
        help=translate(
            "Cli",
            "the passphrase of an encrypted package, from FILE (its first line) instead of "
            "asking for it",
        ),
    )
    choice = command.add_mutually_exclusive_group()
    choice.add_argument(
        "--family", type=int, metavar="ID", help=translate("Cli", "the family here the record is for")
    )
    choice.add_argument(
        "--new-family", action="store_true", help=translate("Cli", "add the record's family as a new family")
    )
    command.add_argument(
        "--take",
        choices=("incoming", "local"),
        help=translate(
            "Cli", "settle every difference with a meeting changed here with this side"
        ),
    )
    add_data_options(command)




def read_record_argument(args: argparse.Namespace) -> dict[str, Any]:
    """The record in import-record's FILE: a plain JSON record, or an encrypted package opened
    with the passphrase from ``--package-passphrase-file`` or the terminal.

    Raises:
        RecordRefused: the file cannot be read or holds no record.
        PackageError: the package cannot be opened (wrong passphrase, cut short, damaged...).
        PassphraseUnavailable: a package, and no passphrase could be had.
    """
    from chair_app.services.record_format import load_package_record, load_record
    from chair_app.services.record_package import is_package

    path = Path(args.file).expanduser()
    if not is_package(path) and path.suffix.lower() != PACKAGE_SUFFIX:
        if args.package_passphrase_file:
            print("chair-app: " + translate(
                "Cli", "note: {name} is not an encrypted package; "
                "--package-passphrase-file is not needed.").format(name=path.name),
                file=sys.stderr)
        return load_record(path)
    if not path.is_file():
        from chair_app.services.record_format import RecordRefused

        raise RecordRefused(translate("Cli", "There is no file {file}.").format(file=path))
    if args.package_passphrase_file:
        passphrase = first_line(
            args.package_passphrase_file, translate("Cli", "package passphrase")
        )
    elif sys.stdin.isatty():
        import getpass

        passphrase = getpass.getpass(
            translate("Cli", "Passphrase for the package {name}: ").format(name=path.name)
        )
    else:
        raise PassphraseUnavailable(
            translate(
                "Cli",
                "{name} is an encrypted package: give --package-passphrase-file FILE, or "
                "run the command in a terminal to type its passphrase.",
            ).format(name=path.name)
        )
    # A file named as a package that is not one is refused as a package (NotAPackage).
    return load_package_record(path, passphrase)


def run(
    factory: SessionFactory,
    args: argparse.Namespace,
    record: dict[str, Any],
    data_dir: Path,
    passphrase: str,
) -> int:
    """Import the record (read before the data was opened), after a backup of the data."""
    from chair_app.core.errors import StorageUnavailable
    from chair_app.core.record_format import Side
    from chair_app.services.backup import make_backup
    from chair_app.services.record_changes import ImportOutcome
    from chair_app.services.record_format import (
        AgreedContentChanged,
        RecordBeyondLimits,
        RecordRefused,
    )
    from chair_app.services.record_import import ImportService

    # The data as it was is kept first: an import can change a draft.
    try:
        make_backup(data_dir, "before-import", passphrase=passphrase)
    except StorageUnavailable as error:
        print("chair-app: " + translate("Cli", "nothing was imported: {problem}").format(
            problem=error), file=sys.stderr)
        return 2
    take = Side(args.take) if args.take else None
    try:
        result = ImportService(factory, data_dir / LOCAL_AGENDAS_FOLDER).import_record(
            record, family_id=args.family, new_family=args.new_family, take=take
        )
    except (AgreedContentChanged, RecordBeyondLimits) as error:
        # Not a choice to make again with other options: the file itself cannot be trusted.
        print(f"chair-app: {error}", file=sys.stderr)
        return 2
    except RecordRefused as error:
        print(f"chair-app: {error}", file=sys.stderr)
        return 1
    if result.outcome is ImportOutcome.NEEDS_FAMILY_CHOICE:
        print(f"chair-app: {result.message}", file=sys.stderr)
        if result.candidates:
            print(translate("Cli", "Families here that may be the same:"), file=sys.stderr)
        for candidate in result.candidates:
            print(
                "  " + translate("Cli", "Family {id}: {name} (children: {children}; {reasons})")
                .format(
                    id=candidate.family_id,
                    name=candidate.name,
                    children=", ".join(candidate.child_names) or translate("Cli", "none"),
                    reasons="; ".join(candidate.reasons),
                ),
                file=sys.stderr,
            )
        print(translate("Cli", "Run again with --family ID or --new-family."), file=sys.stderr)
        return 1
    if result.outcome is ImportOutcome.CONFLICTS:
        from chair_app.services.record_changes import conflict_table

        print(f"chair-app: {result.message}", file=sys.stderr)
        print(conflict_table(result.conflicts), file=sys.stderr)
        print(translate(
            "Cli", "Nothing was imported. Run again with --take incoming or --take local."),
            file=sys.stderr)
        return 1
    if result.outcome is ImportOutcome.REFUSED:
        print(f"chair-app: {result.message}", file=sys.stderr)
        # A record that breaks a rule of the meeting is refused like a mistake in the command.
        return 2 if result.broken_rules else 1
    print(result.message)
    for line in result.change_log():
        print(f"  {line}")
    return 0


