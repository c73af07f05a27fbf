"""``chair-app demo``: create the fictional demo family in the demo's own folder (opened with
the demo's published passphrase), after a start-up backup."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from chair_app.cli.parser import Commands, add_data_options
from chair_app.core.language import translate

if TYPE_CHECKING:
    from chair_app.services.storage import SessionFactory


def add_parser(commands: Commands) -> None:
    command = commands.add_parser("demo", help=translate("Cli", "create the fictional demo family"))
    add_data_options(command, passphrase=False)


def run(factory: SessionFactory, data_dir: Path, passphrase: str, today: dt.date) -> int:
    from chair_app.core.errors import StorageUnavailable
    from chair_app.services.backup import make_backup
    from chair_app.services.demo import ensure_demo_family

    try:
        make_backup(data_dir, "startup", passphrase=passphrase)
    except StorageUnavailable as error:
        print("chair-app: " + translate("Cli", "warning: {problem}").format(problem=error),
              file=sys.stderr)
    ensure_demo_family(factory, today)
    print(translate("Cli", "The demo family is in {folder}").format(folder=data_dir))
    return 0
