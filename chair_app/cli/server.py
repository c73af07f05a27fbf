"""``chair-app server ...``: IT's commands for the team server (services.server_admin). They need
no local data: they run straight after parsing, before any data folder is resolved or opened.

- ``server init --database URL [--team NAME ...] [--prefix P]``: create or upgrade the schema,
  the roles, row-level security and the audit trail.
- ``server add-member --database URL --team T --user U``: a login for a team's member.
- ``server add-auditor --database URL --user U``: a login that reads the audit trail.
- ``server audit --database URL --family ID``: print the audit trail of a family.

The URL has no password (``ServerAddress.from_url`` refuses one). The connecting user's password
is asked for on the terminal, or read from the first line of standard input with
``--password-stdin`` (add-member and add-auditor read a new user's password from the next line).
Every failure is one line on stderr and exit status 2; never a traceback.

Each subcommand (``due`` is in cli.server_due) sets ``server_run`` with ``set_defaults``: a
function ``(args, address: ServerAddress) -> int`` (the exit status) that may raise
ServerUnavailable, ServerAdminError, StorageUnavailable or an SQLAlchemy error (each reported
here as one line, exit 2); ``engine_for(args, address)`` gives it an engine, the password asked
for.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from typing import TYPE_CHECKING, Any

from chair_app.cli.parser import Commands
from chair_app.core.language import translate

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from chair_app.services.server_admin import ServerAddress



class CommandFailed(Exception):
    """A problem to report on one line (exit status 2)."""


def add_parser(commands: Commands) -> None:
    command = commands.add_parser(
        "server", help=translate("ServerCli", "set up and look after the team server (IT)")
    )
    actions = command.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    _add_init(actions)
    _add_member(actions)
    _add_auditor(actions)
    _add_audit(actions)
    from chair_app.cli import server_due

    server_due.add_due_parser(actions)

def add_common_options(command: argparse.ArgumentParser) -> None:
    """--database URL and --password-stdin, as every ``server`` subcommand has them."""
    command.add_argument(
        "--database",
        required=True,
        metavar="URL",
        help=translate(
            "ServerCli",
            "the server: postgresql://user@host:port/database (no password; "
            "?sslrootcert=FILE names the certificate authority)",
        ),
    )
    command.add_argument(
        "--password-stdin",
        action="store_true",
        help=translate(
            "ServerCli", "read the password from standard input (its first line) instead of asking"
        ),
    )


def _add_init(actions: Any) -> None:
    command = actions.add_parser(
        "init",
        help=translate(
            "ServerCli",
            "create or upgrade the team server: schema, team roles, row-level security, audit "
            "trail (as the database's owner)",
        ),
        one_line_errors=True,
    )
    add_common_options(command)
    command.add_argument(
        "--team",
        action="append",
        default=[],
        metavar="NAME",
        help=translate(
            "ServerCli", "a team to create (lowercase letters, digits, underscores); repeat it"
        ),
    )
    command.add_argument(
        "--prefix",
        default=None,
        metavar="P",
        help=translate("ServerCli", "the start of every role's name (default: chair)"),
    )
    command.set_defaults(server_run=_run_init)


def _add_member(actions: Any) -> None:
    command = actions.add_parser(
        "add-member",
        help=translate("ServerCli", "give a person a login in a team (as the database's owner)"),
        one_line_errors=True,
    )
    add_common_options(command)
    command.add_argument("--team", required=True, metavar="T", help=translate("ServerCli", "the team"))
    command.add_argument(
        "--user", required=True, metavar="U", help=translate("ServerCli", "the person's user name")
    )
    command.set_defaults(server_run=_run_add_member)


def _add_auditor(actions: Any) -> None:
    command = actions.add_parser(
        "add-auditor",
        help=translate(
            "ServerCli", "give a person a login that reads the audit trail (as the database's owner)"
        ),
        one_line_errors=True,
    )
    add_common_options(command)
    command.add_argument(
        "--user", required=True, metavar="U", help=translate("ServerCli", "the person's user name")
    )
    command.set_defaults(server_run=_run_add_auditor)


def _add_audit(actions: Any) -> None:
    command = actions.add_parser(
        "audit",
        help=translate(
            "ServerCli", "print who changed what in a family, and when (as an auditor)"
        ),
        one_line_errors=True,
    )
    add_common_options(command)
    command.add_argument(
        "--family",
        required=True,
        metavar="ID",
        help=translate("ServerCli", "the family's id on the server, or its UUID"),
    )
    command.set_defaults(server_run=_run_audit)


# --- running -------------------------------------------------------------------------------


def run(args: argparse.Namespace) -> int:
    """Run a ``server`` subcommand: its exit status; a failure is one line on stderr."""
    from sqlalchemy.exc import SQLAlchemyError

    from chair_app.core.errors import StorageUnavailable
    from chair_app.services.server_admin import (
        ServerAddress,
        ServerAdminError,
        ServerUnavailable,
        server_problem,
    )

    # Log lines go to stderr only when asked for (CHAIR_APP_LOG_LEVEL): a failure is one line.
    logging.basicConfig(
        level=os.environ.get("CHAIR_APP_LOG_LEVEL", "ERROR"),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    address: ServerAddress | None = None
    try:
        address = ServerAddress.from_url(args.database)
        status: int = args.server_run(args, address)
        return status
    except (ServerUnavailable, ServerAdminError, StorageUnavailable, CommandFailed) as error:
        print(f"chair-app: {error}", file=sys.stderr)
    except SQLAlchemyError as error:
        assert address is not None
        print(f"chair-app: {server_problem(error, address)}", file=sys.stderr)
    return 2


def _read_password(args: argparse.Namespace, prompt: str) -> str:
    if args.password_stdin:
        line = sys.stdin.readline()
        if not line:
            raise CommandFailed(
                translate("ServerCli", "No password on standard input (one a line).")
            )
        return line.rstrip("\r\n")
    import getpass

    try:
        return getpass.getpass(prompt)
    except (EOFError, KeyboardInterrupt) as error:
        raise CommandFailed(translate("ServerCli", "No password was typed.")) from error


def _new_password(args: argparse.Namespace, user: str) -> str:
    if args.password_stdin:
        return _read_password(args, "")
    first = _read_password(
        args, translate("ServerCli", "New password for {user}: ").format(user=user)
    )
    again = _read_password(args, translate("ServerCli", "Type it again: "))
    if first != again:
        raise CommandFailed(translate("ServerCli", "The two passwords differ; nothing was changed."))
    return first


def engine_for(args: argparse.Namespace, address: ServerAddress) -> Engine:
    """An engine on the server, the password asked for (or read with --password-stdin)."""
    from chair_app.services.server_admin import server_engine

    password = _read_password(
        args, translate("ServerCli", "Password for {address}: ").format(address=address.display())
    )
    return server_engine(address, password, pool_size=1)


def _run_init(args: argparse.Namespace, address: ServerAddress) -> int:
    from chair_app.services.server_admin import (
        DEFAULT_PREFIX,
        check_prefix,
        check_team,
        init_server,
    )

    prefix = check_prefix(args.prefix or DEFAULT_PREFIX)
    for team in args.team:  # refused before a password is asked for
        check_team(team)
    engine = engine_for(args, address)
    try:
        report = init_server(engine, args.team, prefix=prefix)
    finally:
        engine.dispose()
    print(
        translate(
            "ServerCli",
            "The team server {address} is ready (schema {revision}; {tables} tables under "
            "row-level security and audit).",
        ).format(address=address.display(), revision=report.revision, tables=report.tables)
    )
    print(
        translate("ServerCli", "Teams: {teams}. New this time: {new}.").format(
            teams=", ".join(report.teams) or "-", new=", ".join(report.new_teams) or "-"
        )
    )
    print(
        translate(
            "ServerCli",
            "Roles: {prefix}_member, {prefix}_auditor and {prefix}_team_NAME. Add people with "
            "chair-app server add-member.",
        ).format(prefix=report.prefix)
    )
    return 0


def _run_add_member(args: argparse.Namespace, address: ServerAddress) -> int:
    from chair_app.services.server_admin import add_member, check_team, user_exists

    check_team(args.team)
    engine = engine_for(args, address)
    try:
        password = None if user_exists(engine, args.user) else _new_password(args, args.user)
        created = add_member(engine, args.team, args.user, password)
    finally:
        engine.dispose()
    if created:
        message = translate("ServerCli", "{user} can now log in, as a member of team {team}.")
    else:
        message = translate(
            "ServerCli", "{user} is now also a member of team {team} (password unchanged)."
        )
    print(message.format(user=args.user, team=args.team))
    return 0


def _run_add_auditor(args: argparse.Namespace, address: ServerAddress) -> int:
    from chair_app.services.server_admin import add_auditor, user_exists

    engine = engine_for(args, address)
    try:
        password = None if user_exists(engine, args.user) else _new_password(args, args.user)
        created = add_auditor(engine, args.user, password)
    finally:
        engine.dispose()
    if created:
        message = translate("ServerCli", "{user} can now log in, and read the audit trail.")
    else:
        message = translate(
            "ServerCli", "{user} can now read the audit trail (password unchanged)."
        )
    print(message.format(user=args.user))
    return 0


def _run_audit(args: argparse.Namespace, address: ServerAddress) -> int:
    from chair_app.services.server_admin import audit_trail

    engine = engine_for(args, address)
    try:
        with engine.connect() as connection:
            entries = audit_trail(connection, args.family)
    finally:
        engine.dispose()
    if not entries:
        print(
            translate("ServerCli", "The audit trail has nothing about family {family}.").format(
                family=args.family
            )
        )
        return 0
    header = (
        translate("ServerCli", "When"),
        translate("ServerCli", "Member"),
        translate("ServerCli", "Action"),
        translate("ServerCli", "Record"),
        translate("ServerCli", "Meeting"),
        translate("ServerCli", "Fields"),
    )
    actions = {
        "insert": translate("ServerCli", "added"),
        "update": translate("ServerCli", "changed"),
        "delete": translate("ServerCli", "removed"),
    }
    rows = [header]
    for entry in entries:
        if entry.meeting_id is not None:
            meeting = str(entry.meeting_id)
        elif entry.meeting_uuid:
            meeting = entry.meeting_uuid[:8]
        else:
            meeting = "-"
        rows.append(
            (
                entry.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
                entry.member,
                actions.get(entry.action, entry.action),
                entry.record,
                meeting,
                ", ".join(entry.fields) or "-",
            )
        )
    widths = [max(len(row[column]) for row in rows) for column in range(len(header) - 1)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row[:-1], widths, strict=True)]
        print("  ".join([*cells, row[-1]]).rstrip())
    return 0
