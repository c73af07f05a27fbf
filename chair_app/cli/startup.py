"""Start-up of Chair, in a fixed order: the one place it happens (each command is a module
of chair_app.cli; the window is ui.launch).

1. Parse the command line (window or a command: list, people, export, verify,
   signing-certificate, demo, export-record, import-record, next-date). ``next-date``
   needs no data: it runs straight after parsing, before any data folder is resolved or opened.
2. Resolve the data folder (``--data-dir``, ``CHAIR_APP_DATA_DIR``, or the user's data folder;
   the demo family has a folder of its own).
3. Set up logging (record ids only, never names or notes) and a private umask.
4. Open the database (created on first use; an existing file must pass ``PRAGMA quick_check``).
   It is encrypted with SQLCipher under the user's passphrase: the window asks for it; a
   command reads it from ``--passphrase-file`` or asks on the terminal (never an argument). The
   demo's folder opens with the demo's published passphrase. A plain file from an earlier
   version is encrypted, and an older schema migrated, each after a backup (services.storage).
   export-record's package passphrase and import-record's file (a package opened with its
   passphrase, from ``--package-passphrase-file`` or the terminal) are had before this step, so
   a file or package that cannot be used changes nothing, not even an empty folder.
   The window and the commands that write (demo, export, export-record, which notes the
   hand-over, import-record, and signing-certificate, which may make the signing key) first
   lock the data folder: one writer
   at a time; a read-only folder is named as such there, before anything is asked. The window
   and ``demo`` then back the data up (services.backup).
   The commands that only read (list, people, verify) take no lock and open the data read-only
   (services.storage.open_store_read_only): nothing in the folder is written, not even the
   write-ahead log's index; changes still in the log are read but never folded into the file;
   no backup, no encryption of a plain file (it is read as it is), no schema upgrade (an
   earlier version's file is named, and the window brings it up to date). They read a
   read-only folder too.
   ``export`` writes one row noting the export. It opens as a writer: the log is checked before
   SQLite replays it, and an earlier version's file is encrypted or upgraded after a backup, as
   in the window (the row cannot be written to an older schema); it takes no start-up backup.
5. For a command: run it and exit. For the window: create the QApplication, build the AppContext,
   show the MainWindow.

Heavy modules (PySide6, python-docx, reportlab) are imported only where they are needed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chair_app.cli.language import chosen_language, use_language
from chair_app.cli.parser import build_parser
from chair_app.cli.passphrase import PassphraseUnavailable, read_passphrase
from chair_app.core.errors import StorageUnavailable
from chair_app.core.language import translate
from chair_app.paths import resolve_data_dir

if TYPE_CHECKING:
    from chair_app.services.storage import SessionFactory

logger = logging.getLogger(__name__)

# The commands that only read: they open the data read-only (services.storage
# .open_store_read_only), take no lock, and write nothing in the data folder.
READING_COMMANDS = ("list", "people", "verify")
# The commands that need data already there: a mistyped folder must not quietly become a new,
# empty store.
NEEDS_DATA = ("list", "people", "export", "verify", "signing-certificate", "export-record")
_LARGEST_ID = 2**63 - 1  # SQLite's largest integer


def _configure_logging(data_dir: Path) -> None:
    # Log lines carry ids and events only: never names, notes or any text users type.
    logging.basicConfig(
        level=os.environ.get("CHAIR_APP_LOG_LEVEL", "WARNING"),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    logger.debug("data folder chosen")


def open_store(data_dir: Path, passphrase: str | None = None) -> SessionFactory:
    """Open the database in data_dir for a command that writes (services.storage).

    Raises:
        StorageUnavailable: with a message for the user (WrongPassphrase for a wrong passphrase).
    """
    from chair_app.services.storage import open_factory

    return open_factory(data_dir, passphrase)


def _fits_a_record_id(number: int) -> bool:
    """Whether a record could have this id: larger ones cannot even be looked up."""
    return -_LARGEST_ID <= number <= _LARGEST_ID


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app or a command. Returns the process exit status."""
    try:
        return _run(argv)
    except BrokenPipeError:
        # The reader went away (``chair-app list | head``): stop quietly, as other commands do,
        # and keep Python from complaining again when it flushes stdout at exit.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError, io.UnsupportedOperation):
            pass
        return 1


def _run(argv: Sequence[str] | None) -> int:
    # Chosen before the parser is built: its help is translated as it is built.
    use_language(chosen_language(sys.argv[1:] if argv is None else argv))
    args = build_parser().parse_args(argv)
    if args.command == "next-date":
        from chair_app.cli import next_date

        # Needs no data: decided before any data folder is resolved, created or opened.
        return next_date.run(args)
    if args.command == "config":
        from chair_app.cli import config_check

        return config_check.run(args.folder)  # needs no data either
    if args.command == "server":
        from chair_app.cli import server

        return server.run(args)  # IT's team-server commands: no local data either
    if args.database:
        return _run_online(args)
    explicit_dir = getattr(args, "sub_data_dir", None) or args.data_dir
    demo_window = args.command is None and args.demo
    # --demo points a command at the demo's folder too (``chair-app list --demo``).
    demo_folder = args.demo or getattr(args, "sub_demo", False)
    if demo_folder and args.command == "import-record":
        print("chair-app: " + translate(
            "Cli", "the demo's folder takes no imports: its passphrase is published. "
            "Leave out --demo."), file=sys.stderr)
        return 2
    data_dir = resolve_data_dir(explicit_dir, demo=demo_folder or args.command == "demo")
    if args.command is None and args.passphrase_file:
        print("chair-app: " + translate(
            "Cli", "the window asks for the passphrase itself; --passphrase-file is for "
            "commands."), file=sys.stderr)
        return 2
    os.umask(0o077)
    _configure_logging(data_dir)
    if args.command is None:
        from chair_app.cli import window

        return window.run(data_dir, demo=demo_window)
    from chair_app.services.storage import database_path

    if args.command in NEEDS_DATA and not data_dir.is_file() and not database_path(data_dir).exists():
        print("chair-app: " + translate("Cli", "there is no Chair data in {folder}.").format(
            folder=data_dir), file=sys.stderr)
        return 2
    meeting_id = getattr(args, "meeting_id", None)
    if meeting_id is not None and not _fits_a_record_id(meeting_id):
        # No record can have it (SQLite's integers are 64-bit): said before anything is opened.
        print("chair-app: " + translate("Cli", "there is no meeting {id}.").format(
            id=meeting_id), file=sys.stderr)
        return 1
    if args.command in READING_COMMANDS:
        return _run_reading_command(args, data_dir)
    return _run_writing_command(args, data_dir, explicit_dir)


ONLINE_COMMANDS = ("list", "people", "export", "verify")


def _run_online(args: argparse.Namespace) -> int:
    """``--database URL``: the window or a command on the team server directly
    (services.online). This computer's data folder still keeps its own settings (language, IT's
    agendas, the signing key)."""
    from chair_app.services.online import ServerAddress, ServerUnavailable

    if args.command is not None and args.command not in ONLINE_COMMANDS:
        print("chair-app: " + translate(
            "Cli", "{command} works on this laptop's data; leave out --database.").format(
            command=args.command), file=sys.stderr)
        return 2
    try:
        address = ServerAddress.from_url(args.database)
    except ServerUnavailable as error:
        print(f"chair-app: {error}", file=sys.stderr)
        return 2
    explicit_dir = getattr(args, "sub_data_dir", None) or args.data_dir
    data_dir = resolve_data_dir(explicit_dir, demo=False)
    os.umask(0o077)
    _configure_logging(data_dir)
    if args.command is None:
        from chair_app.cli.sync import server_password

        try:
            password = server_password(args, address) if args.database_password_file else None
        except PassphraseUnavailable as error:
            print(f"chair-app: {error}", file=sys.stderr)
            return 2
        from chair_app.ui.launch import run_window_online

        return run_window_online(address, data_dir, password)
    from chair_app.cli.sync import server_password
    from chair_app.services.online import open_server_store

    try:
        store = open_server_store(address, server_password(args, address), data_dir)
    except (ServerUnavailable, PassphraseUnavailable) as error:
        print(f"chair-app: {error}", file=sys.stderr)
        return 2
    try:
        if args.command == "list":
            from chair_app.cli import families

            return families.run(store.factory, people=args.people)
        if args.command == "people":
            from chair_app.cli import people

            return people.run(store.factory, args)
        if args.command == "export":
            from chair_app.cli import export

            return export.run(store.factory, args, data_dir)
        from chair_app.cli import verify

        return verify.run(store.factory, args, data_dir)
    finally:
        store.close()


def _read_before_opening(args: argparse.Namespace) -> tuple[int, str | None, dict[str, Any] | None]:
    """export-record's package passphrase, or import-record's record, had before the data is
    opened: a file that cannot be imported, or a package that will not open, changes nothing,
    not even an empty folder.

    Returns:
        The exit status (0 to go on), the package passphrase and the record.
    """
    from chair_app.cli import export_record, import_record
    from chair_app.services.record_format import RecordBeyondLimits, RecordRefused
    from chair_app.services.record_package import PackageError

    try:
        if args.command == "export-record":
            problem = export_record.output_problem(args)
            if problem:
                print(f"chair-app: {problem}", file=sys.stderr)
                return 1, None, None
            return 0, export_record.read_package_passphrase(args), None
        return 0, None, import_record.read_record_argument(args)
    except (PassphraseUnavailable, PackageError, RecordBeyondLimits) as error:
        # A file beyond the bounds (too large, nested too deeply) is refused like a package
        # that cannot be opened: no other option makes it importable.
        print(f"chair-app: {error}", file=sys.stderr)
        return 2, None, None
    except RecordRefused as error:
        print(f"chair-app: {error}", file=sys.stderr)
        return 1, None, None


def _run_writing_command(args: argparse.Namespace, data_dir: Path, explicit_dir: str | None) -> int:
    """Lock the folder, open the data (asking for the passphrase) and run a command that writes:
    demo, export, signing-certificate, export-record, import-record."""
    package_passphrase: str | None = None
    record: dict[str, Any] | None = None
    if args.command in ("export-record", "import-record"):
        status, package_passphrase, record = _read_before_opening(args)
        if status:
            return status
    from chair_app.services.storage import (
        DEMO_PASSPHRASE,
        StoreState,
        check_plain_file,
        lock_data_folder,
        prepare_demo_folder,
        store_state,
    )

    try:
        state = store_state(data_dir)
        # One writer at a time: refused while the window (or another command) has the data;
        # a read-only folder is named here, before anything is asked.
        lock_data_folder(data_dir)
        if state is StoreState.PLAIN:
            # A damaged file is named as such before any passphrase is asked for.
            check_plain_file(data_dir)
        if args.command == "demo":
            prepare_demo_folder(data_dir, known_demo=explicit_dir is None)
            passphrase = DEMO_PASSPHRASE
        else:
            # An import or a first sync may be the first thing a new laptop's folder holds: it
            # sets a passphrase.
            new = state is StoreState.PLAIN or (
                args.command in ("import-record", "sync") and state is StoreState.NEW
            )
            passphrase = read_passphrase(args, data_dir, new=new)
        factory = open_store(data_dir, passphrase)
    except StorageUnavailable as error:
        print(f"chair-app: {error}", file=sys.stderr)
        from chair_app.core.errors import FolderReadOnly

        if isinstance(error, FolderReadOnly):
            print("chair-app: " + translate(
                "Cli", "list, people and verify only read: they can still be used."),
                file=sys.stderr)
        return 2
    except PassphraseUnavailable as error:
        print(f"chair-app: {error}", file=sys.stderr)
        return 2
    try:
        if args.command == "demo":
            from chair_app.cli import demo

            return demo.run(factory, data_dir, passphrase, dt.date.today())
        if args.command == "export":
            from chair_app.cli import export

            return export.run(factory, args, data_dir)
        if args.command == "signing-certificate":
            from chair_app.cli import signing_certificate

            return signing_certificate.run(factory, args, data_dir)
        if args.command == "export-record":
            from chair_app.cli import export_record

            return export_record.run(factory, args, package_passphrase)
        if args.command == "import-record":
            from chair_app.cli import import_record

            assert record is not None
            return import_record.run(factory, args, record, data_dir, passphrase)
        if args.command == "sync":
            from chair_app.cli import sync

            return sync.run(factory, args, data_dir)
        raise AssertionError(f"unknown command {args.command}")
    finally:
        # Checkpoint the WAL and release the file before the process ends.
        engine = factory.kw["bind"]
        engine.dispose()


def _run_reading_command(args: argparse.Namespace, data_dir: Path) -> int:
    """Open the data read-only and run list, people or verify. An earlier version's plain file
    is read as it is (no passphrase asked: it has none), with a note that the window locks it."""
    from chair_app.services.storage import StoreState, open_store_read_only, store_state

    try:
        state = store_state(data_dir)
        if state is StoreState.ENCRYPTED:
            passphrase: str | None = read_passphrase(args, data_dir, new=False)
        else:
            # Plain, or empty or missing (said when opening): there is no passphrase to ask.
            passphrase = None
        store = open_store_read_only(data_dir, passphrase)
    except (StorageUnavailable, PassphraseUnavailable) as error:
        print(f"chair-app: {error}", file=sys.stderr)
        return 2
    try:
        if state is StoreState.PLAIN:
            print("chair-app: " + translate(
                "Cli", "note: the data in {folder} is not encrypted yet (an earlier "
                "version of Chair saved it). Open it in Chair's window to lock it with a "
                "passphrase.").format(folder=data_dir), file=sys.stderr)
        if args.command == "list":
            from chair_app.cli import families

            return families.run(store.factory, people=args.people)
        if args.command == "people":
            from chair_app.cli import people

            return people.run(store.factory, args)
        from chair_app.cli import verify

        return verify.run(store.factory, args, data_dir)
    finally:
        store.close()
