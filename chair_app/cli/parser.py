"""The command line's parser: the options every command shares; each command's module adds
its own subcommand (``add_parser``)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any, NoReturn

from chair_app.core.language import translate

Commands = argparse._SubParsersAction


class CommandParser(argparse.ArgumentParser):
    """A subcommand's parser; with ``one_line_errors`` a usage error is one line on stderr.

    Scripted commands (``next-date``) are read by other programs and people scanning logs, so
    their mistakes are reported as ``chair-app: <problem>`` alone, with exit status 2.
    """

    def __init__(self, *args: Any, one_line_errors: bool = False, **kwargs: Any) -> None:
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)
        self.one_line_errors = one_line_errors

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        parsed, extras = super().parse_known_args(args, namespace)
        if self.one_line_errors and extras:
            # Otherwise the main parser reports them, with its multi-line usage.
            self.error(
                translate("Cli", "unrecognised arguments: {arguments}").format(
                    arguments=" ".join(extras)
                )
            )
        return parsed, extras

    def error(self, message: str) -> NoReturn:
        if not self.one_line_errors:
            super().error(message)
        self.exit(2, f"chair-app: {message}\n")


def add_data_options(
    command: argparse.ArgumentParser, *, passphrase: bool = True, demo: bool = False
) -> None:
    """A command's own --data-dir (and --passphrase-file, --demo), as after the command name."""
    command.add_argument("--data-dir", metavar="DIR", dest="sub_data_dir")
    if passphrase:
        command.add_argument("--passphrase-file", metavar="FILE", dest="sub_passphrase_file")
    if demo:
        command.add_argument(
            "--demo",
            action="store_true",
            dest="sub_demo",
            help=translate("Cli", "use the demo family's folder"),
        )


def build_parser() -> argparse.ArgumentParser:
    from chair_app.cli import (
        config_check,
        demo,
        export,
        export_record,
        families,
        import_record,
        next_date,
        people,
        server,
        signing_certificate,
        sync,
        verify,
    )

    parser = argparse.ArgumentParser(
        prog="chair-app",
        description=translate(
            "Cli", "Chair and minute child-protection meetings; export the minutes."
        ),
        # "--passphrase SECRET" must not pass as an abbreviation of --passphrase-file.
        allow_abbrev=False,
    )
    parser.add_argument("--data-dir", metavar="DIR", help=translate("Cli", "keep the data in DIR"))
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help=translate(
            "Cli",
            "read the data's passphrase from FILE (its first line) instead of asking for it",
        ),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate(
            "Cli",
            "use the fictional demo family's folder: open the window on it, or run a command on it",
        ),
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help=translate(
            "Cli",
            "work on the team server directly (postgresql://user@host/database), for an office "
            "desktop: the window, list, people, export and verify",
        ),
    )
    parser.add_argument(
        "--database-password-file",
        metavar="FILE",
        help=translate(
            "Cli", "with --database: the server password from FILE (its first line)"
        ),
    )
    parser.add_argument(
        "--language",
        choices=("en", "cy"),
        metavar="LANGUAGE",
        help=translate(
            "Cli", "en (English, the default) or cy (Cymraeg): the language of the messages"
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CommandParser)
    for command in (
        families,
        people,
        export,
        verify,
        signing_certificate,
        export_record,
        import_record,
        demo,
        next_date,
        config_check,
        sync,
        server,
    ):
        command.add_parser(commands)
    return parser
