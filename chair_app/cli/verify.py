"""``chair-app verify FILE``: whether an exported DOCX or PDF is the agreed minutes held here
(read-only)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from chair_app.cli.parser import Commands, add_data_options
from chair_app.core.language import translate
from chair_app.paths import LOCAL_AGENDAS_FOLDER, signing_folder

if TYPE_CHECKING:
    from chair_app.services.storage import SessionFactory


def add_parser(commands: Commands) -> None:
    command = commands.add_parser(
        "verify", help=translate(
            "Cli", "say whether an exported DOCX or PDF is the agreed minutes held here"
        ),
    )
    command.add_argument("file", metavar="FILE")
    add_data_options(command, demo=True)


def run(factory: SessionFactory, args: argparse.Namespace, data_dir: Path) -> int:
    from chair_app.services.minutes import MinutesService, VerifyKind

    path = Path(args.file).expanduser()
    if not path.is_file():
        print("chair-app: " + translate("Cli", "there is no file {file}.").format(file=path),
              file=sys.stderr)
        return 2
    result = MinutesService(
        factory, data_dir / LOCAL_AGENDAS_FOLDER, signing_folder(data_dir)
    ).verify(path)
    print(result.message)
    return 0 if result.kind is VerifyKind.AGREED else 1
