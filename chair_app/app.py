"""Start-up of Chair, in a fixed order.

1. Parse the command line (window or a command: list, export, demo).
2. Resolve the data folder (``--data-dir``, ``CHAIR_APP_DATA_DIR``, or the user's data folder;
   the demo family has a folder of its own).
3. Set up logging (record ids only, never names or notes) and a private umask.
4. Open the database (created on first use).
5. For a command: run it and exit. For the window: create the QApplication, build the AppContext,
   show the MainWindow.

Heavy modules (PySide6, python-docx, reportlab) are imported only where they are needed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from chair_app.models.errors import NotFound, StorageUnavailable
from chair_app.paths import resolve_data_dir

if TYPE_CHECKING:
    from chair_app.models.db import SessionFactory

logger = logging.getLogger(__name__)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="chair-app",
        description="Chair and minute child-protection meetings; export the minutes.",
    )
    parser.add_argument("--data-dir", metavar="DIR", help="keep the data in DIR")
    parser.add_argument(
        "--demo", action="store_true", help="open the window on the fictional demo family"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    list_cmd = commands.add_parser("list", help="list families and meetings with their ids")
    list_cmd.add_argument("--data-dir", metavar="DIR", dest="sub_data_dir")
    export_cmd = commands.add_parser("export", help="export a closed meeting's minutes")
    export_cmd.add_argument("meeting_id", type=int, metavar="MEETING_ID")
    export_cmd.add_argument("--format", choices=("docx", "pdf"), required=True)
    export_cmd.add_argument("--output", required=True, metavar="PATH")
    export_cmd.add_argument(
        "--overwrite", action="store_true", help="replace the file if it exists"
    )
    export_cmd.add_argument("--data-dir", metavar="DIR", dest="sub_data_dir")
    demo_cmd = commands.add_parser("demo", help="create the fictional demo family")
    demo_cmd.add_argument("--data-dir", metavar="DIR", dest="sub_data_dir")
    return parser


def _configure_logging(data_dir: Path) -> None:
    # Log lines carry ids and events only: never names, notes or any text users type.
    logging.basicConfig(
        level=os.environ.get("CHAIR_APP_LOG_LEVEL", "WARNING"),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    logger.debug("data folder chosen")


def open_store(data_dir: Path) -> SessionFactory:
    """Open the database in data_dir. Raises StorageUnavailable with a message for the user."""
    from chair_app.models.db import DATABASE_FILE_NAME, make_session_factory, open_database

    return make_session_factory(open_database(data_dir / DATABASE_FILE_NAME))


def ensure_demo_family(factory: SessionFactory, today: dt.date) -> None:
    """Create the demo family unless the folder already holds a family."""
    from chair_app.services.demo import create_demo_family
    from chair_app.services.families import FamilyService

    if not FamilyService(factory).list_families():
        create_demo_family(factory, today)


def _cmd_list(factory: SessionFactory) -> int:
    from chair_app.services.families import FamilyService

    families = FamilyService(factory)
    summaries = families.list_families()
    if not summaries:
        print("No families yet.")
    for summary in summaries:
        family = families.get_family(summary.id)
        print(f"Family {family.id}: {family.name}")
        for meeting in family.meetings:
            print(
                f"  Meeting {meeting.id}: {meeting.meeting_type.label}, "
                f"{meeting.date.isoformat()}, {meeting.status.label.lower()}"
            )
    return 0


def _cmd_export(factory: SessionFactory, args: argparse.Namespace) -> int:
    from chair_app.services.export_minutes import (
        ExportFailed,
        ExportFormat,
        ExportService,
        ExportWouldOverwrite,
    )

    output = Path(args.output).expanduser()
    try:
        path = ExportService(factory).export(
            args.meeting_id, ExportFormat(args.format), output, overwrite=args.overwrite
        )
    except ExportWouldOverwrite as error:
        print(f"chair-app: {error} Add --overwrite to replace it.", file=sys.stderr)
        return 1
    except ExportFailed as error:
        print(f"chair-app: {error}", file=sys.stderr)
        return 1
    except NotFound:
        print(f"chair-app: there is no meeting {args.meeting_id}.", file=sys.stderr)
        return 1
    print(f"Wrote {path}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app or a command. Returns the process exit status."""
    args = _parser().parse_args(argv)
    explicit_dir = getattr(args, "sub_data_dir", None) or args.data_dir
    demo_window = args.command is None and args.demo
    data_dir = resolve_data_dir(explicit_dir, demo=demo_window or args.command == "demo")
    os.umask(0o077)
    _configure_logging(data_dir)
    if args.command is None:
        # The window opens the data itself, after it is on screen.
        from chair_app.ui.launch import run_window

        return run_window(data_dir, demo=demo_window)
    from chair_app.models.db import DATABASE_FILE_NAME

    if (
        args.command in ("list", "export")
        and not data_dir.is_file()
        and not (data_dir / DATABASE_FILE_NAME).exists()
    ):
        # A mistyped folder must not quietly become a new, empty store.
        print(f"chair-app: there is no Chair data in {data_dir}.", file=sys.stderr)
        return 2
    try:
        factory = open_store(data_dir)
    except StorageUnavailable as error:
        print(f"chair-app: {error}", file=sys.stderr)
        return 2
    try:
        if args.command == "list":
            return _cmd_list(factory)
        if args.command == "export":
            return _cmd_export(factory, args)
        if args.command == "demo":
            ensure_demo_family(factory, dt.date.today())
            print(f"The demo family is in {data_dir}")
            return 0
        raise AssertionError(f"unknown command {args.command}")
    finally:
        # Checkpoint the WAL and release the file before the process ends.
        engine = factory.kw["bind"]
        engine.dispose()
