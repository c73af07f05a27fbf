"""``chair-app signing-certificate OUT.pem``: the certificate the agreed PDFs are signed with,
for recipients who check the signature (the signing key is made if there is none yet)."""

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
        "signing-certificate",
        help=translate(
            "Cli",
            "write the certificate the agreed PDFs are signed with (PEM), for recipients "
            "who check the signature",
        ),
    )
    command.add_argument("output", metavar="OUT.pem")
    command.add_argument(
        "--overwrite", action="store_true", help=translate("Cli", "replace the file if it exists")
    )
    add_data_options(command)


def run(factory: SessionFactory, args: argparse.Namespace, data_dir: Path) -> int:
    from chair_app.services.export_minutes import ExportFailed
    from chair_app.services.minutes import MinutesService
    from chair_app.services.output_files import OutputRefused, write_bytes_atomically

    output = Path(args.output).expanduser()
    if output.exists() and not args.overwrite and not output.is_dir():
        print("chair-app: " + translate(
            "Cli", "{name} already exists in {folder}. Add --overwrite to replace it.").format(
            name=output.name, folder=output.parent), file=sys.stderr)
        return 1
    try:
        certificate = MinutesService(
            factory, data_dir / LOCAL_AGENDAS_FOLDER, signing_folder(data_dir)
        ).signing_certificate()
        write_bytes_atomically(output, certificate)
    except (ExportFailed, OutputRefused) as error:
        print(f"chair-app: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print("chair-app: " + translate("Cli", "{file} cannot be written: {reason}.").format(
            file=output, reason=error.strerror or error), file=sys.stderr)
        return 1
    print(translate("Cli", "Wrote the signing certificate to {file}").format(file=output))
    return 0
