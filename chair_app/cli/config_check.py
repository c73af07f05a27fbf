"""``chair-app config check [FOLDER]``: check IT's machine-wide configuration folder and
print every problem (exit 0 clean, 1 problems, 2 no folder). It needs no data."""

from __future__ import annotations

import sys
from pathlib import Path

from chair_app.cli.parser import Commands
from chair_app.core.language import translate


def add_parser(commands: Commands) -> None:
    command = commands.add_parser(
        "config", help=translate("Cli", "IT's machine-wide configuration folder")
    )
    check = command.add_subparsers(
        dest="config_command", metavar="ACTION", required=True
    ).add_parser(
        "check",
        help=translate(
            "Cli",
            "check a configuration folder and print every problem (exit 0 clean, 1 problems, "
            "2 no folder)",
        ),
    )
    check.add_argument(
        "folder", nargs="?", metavar="FOLDER", help=translate("Cli", "the folder (default: this laptop's)")
    )


def run(folder_text: str | None) -> int:
    from chair_app.paths import site_config_dir
    from chair_app.services.site_config import FolderUnusable, check_folder

    folder = Path(folder_text).expanduser().resolve() if folder_text else site_config_dir()
    try:
        problems = check_folder(folder)
    except FolderUnusable as error:
        print(f"chair-app: {error}", file=sys.stderr)
        return 2
    for problem in problems:
        print(problem)
    if problems:
        print(translate("Cli", "{folder}: {count} problem(s)").format(
            folder=folder, count=len(problems)))
    else:
        print(translate("Cli", "{folder}: no problems").format(folder=folder))
    return 1 if problems else 0
