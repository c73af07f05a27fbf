"""``chair-app sync``: pull what changed on the team server for this user's families and push
what changed here (services.sync). The server is ``--server URL`` or the one configured in the
window's settings or IT's folder; its password comes from ``--server-password-file``, the
system keyring, or the terminal."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from chair_app.cli.parser import Commands, add_data_options
from chair_app.cli.passphrase import PassphraseUnavailable, first_line
from chair_app.core.language import translate
from chair_app.paths import LOCAL_AGENDAS_FOLDER

if TYPE_CHECKING:
    from chair_app.services.online import ServerAddress
    from chair_app.services.storage import SessionFactory


def add_parser(commands: Commands) -> None:
    command = commands.add_parser(
        "sync",
        help=translate(
            "Cli", "sync with the team server: bring its changes here and send this laptop's"
        ),
    )
    command.add_argument(
        "--server",
        metavar="URL",
        help=translate(
            "Cli",
            "the team server (postgresql://user@host/database?sslrootcert=FILE), instead of "
            "the one in the settings",
        ),
    )
    command.add_argument(
        "--server-password-file",
        metavar="FILE",
        help=translate(
            "Cli", "the server password from FILE (its first line) instead of the keyring or asking"
        ),
    )
    add_data_options(command)


def server_address(args: argparse.Namespace, factory: SessionFactory) -> ServerAddress:
    """The server named on the command line, else the configured one.

    Raises:
        ServerUnavailable: none is given or configured, or the address is not usable.
    """
    from chair_app.services.online import ServerAddress, ServerUnavailable

    if args.server:
        return ServerAddress.from_url(args.server)
    from chair_app.services.server_settings import configured_server

    address = configured_server(factory)
    if address is None:
        raise ServerUnavailable(
            translate(
                "Cli",
                "No team server is set: give --server URL, or set it in Chair's settings "
                "(File > Team server).",
            )
        )
    return address


def server_password(args: argparse.Namespace, address: ServerAddress) -> str:
    """From --server-password-file, else the keyring, else asked on the terminal.

    Raises:
        PassphraseUnavailable: none could be had.
    """
    named = getattr(args, "server_password_file", None) or getattr(
        args, "database_password_file", None
    )
    if named:
        return first_line(named, translate("Cli", "server password"))
    from chair_app.services.server_settings import stored_password

    kept = stored_password(address)
    if kept:
        return kept
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(
            translate("Cli", "Password for {server}: ").format(server=address.display())
        )
    raise PassphraseUnavailable(
        translate(
            "Cli",
            "the server password is needed: give --server-password-file FILE, keep it in the "
            "keyring from Chair's window, or run the command in a terminal.",
        )
    )


def run(factory: SessionFactory, args: argparse.Namespace, data_dir: Path) -> int:
    from chair_app.core.errors import StorageUnavailable
    from chair_app.services.online import ServerUnavailable
    from chair_app.services.sync import sync_with_server

    try:
        address = server_address(args, factory)
        password = server_password(args, address)
        report = sync_with_server(factory, address, password, data_dir / LOCAL_AGENDAS_FOLDER)
    except (ServerUnavailable, PassphraseUnavailable, StorageUnavailable) as error:
        print("chair-app: " + translate("Cli", "the sync did not happen: {problem}").format(
            problem=error), file=sys.stderr)
        return 2
    print(report.summary())
    for name in report.pulled:
        print("  " + translate("Cli", "brought from the server: {name}").format(name=name))
    for name in report.pushed:
        print("  " + translate("Cli", "sent: {name}").format(name=name))
    for name in report.held:
        print("  " + translate(
            "Cli", "differences to choose (in the window: File > Differences to choose): {name}"
        ).format(name=name))
    for message in report.refused:
        print("  " + message)
    return 1 if report.held or report.refused else 0
