"""``chair-app server due --database URL [--password-stdin]``: the team view as CSV on stdout
(services.team_view): the team's families with what is due and overdue, overdue first.

The password is read from the first line of stdin with ``--password-stdin``, else from the
system keyring, else asked for (when there is a terminal). It is never taken from the URL.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import TYPE_CHECKING

from chair_app.core.language import translate

if TYPE_CHECKING:
    from chair_app.services.team_view import ServerAddress


def add_due_parser(server_commands: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add ``due`` to the ``server`` command's subcommands; its function is ``run_due``."""
    command: argparse.ArgumentParser = server_commands.add_parser(
        "due",
        help=translate(
            "ServerDueCli",
            "the team's families with what is due and overdue, as CSV (overdue first)",
        ),
    )
    command.add_argument(
        "--database",
        metavar="URL",
        required=True,
        help=translate(
            "ServerDueCli",
            "the team server: postgresql://user@host/database (no password in it)",
        ),
    )
    command.add_argument(
        "--password-stdin",
        action="store_true",
        help=translate("ServerDueCli", "read the password from the first line of stdin"),
    )
    command.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        type=dt.date.fromisoformat,
        help=translate("ServerDueCli", "count what is overdue on this date (default: today)"),
    )
    # cli.server runs it with the address it read; run_due reads it again itself.
    command.set_defaults(server_run=lambda args, _address: run_due(args))
    return command


def _password(args: argparse.Namespace, address: ServerAddress) -> str | None:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n") or None
    from chair_app.services.server_settings import stored_password

    kept = stored_password(address)
    if kept:
        return kept
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(
            translate("ServerDueCli", "Password for {server}: ").format(
                server=address.display()
            )
        )
    return None


def run_due(args: argparse.Namespace) -> int:
    """Write the CSV; 0 when written, 2 (with one line on stderr) when the server cannot be
    used."""
    from chair_app.services.team_view import (
        ServerAddress,
        ServerUnavailable,
        read_team_due,
        team_due_csv,
    )

    try:
        address = ServerAddress.from_url(args.database)
        rows = read_team_due(address, _password(args, address), args.today)
    except ServerUnavailable as error:
        print(f"chair-app: {error}", file=sys.stderr)
        return 2
    sys.stdout.write(team_due_csv(rows))
    return 0
