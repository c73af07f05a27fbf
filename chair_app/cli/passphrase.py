"""The data's passphrase for a command: the demo's for its folder, else from a file, else asked
on the terminal without echo. Never from an argument, which other users of the computer can
see in the process list."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from chair_app.core.language import translate


class PassphraseUnavailable(Exception):
    """No passphrase could be had: no file given and no terminal to ask on."""


def first_line(named: str, what: str) -> str:
    """The first line of the file ``named`` (the ``what`` file, in a message).

    Raises:
        PassphraseUnavailable: the file cannot be read.
    """
    path = Path(named).expanduser()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        reason = (
            error.strerror if isinstance(error, OSError) else translate("Cli", "it is not text")
        )
        raise PassphraseUnavailable(
            translate("Cli", "the {what} file {file} cannot be read: {reason}.").format(
                what=what, file=path, reason=reason
            )
        ) from None
    return lines[0] if lines else ""


def read_passphrase(args: argparse.Namespace, data_dir: Path, *, new: bool) -> str:
    """The data's passphrase: the demo's for its folder, else from ``--passphrase-file`` (its
    first line), else asked on the terminal without echo.

    Raises:
        PassphraseUnavailable: with the reason, for the user.
    """
    from chair_app.services.storage import DEMO_PASSPHRASE, is_demo_folder, passphrase_problem

    if is_demo_folder(data_dir):
        return DEMO_PASSPHRASE
    named = getattr(args, "sub_passphrase_file", None) or args.passphrase_file
    if named:
        passphrase = first_line(named, translate("Cli", "passphrase"))
    elif sys.stdin.isatty():
        import getpass

        passphrase = getpass.getpass(
            translate("Cli", "Passphrase for the data in {folder}: ").format(folder=data_dir)
        )
        if new:
            repeated = getpass.getpass(translate("Cli", "Type the new passphrase again: "))
            problem = passphrase_problem(passphrase, repeated)
            if problem:
                raise PassphraseUnavailable(problem)
    elif new:
        raise PassphraseUnavailable(
            translate(
                "Cli",
                "the data in this folder was written by an earlier version and is not encrypted "
                "yet. Choose a passphrase to encrypt it: give --passphrase-file FILE, or run the "
                "command in a terminal to type it.",
            )
        )
    else:
        raise PassphraseUnavailable(
            translate(
                "Cli",
                "the data is encrypted: give --passphrase-file FILE, or run the command in a "
                "terminal to type the passphrase.",
            )
        )
    if new:
        problem = passphrase_problem(passphrase)
        if problem:
            raise PassphraseUnavailable(
                translate("Cli", "the new passphrase cannot be used. {problem}").format(
                    problem=problem
                )
            )
    return passphrase
