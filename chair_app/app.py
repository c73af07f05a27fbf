"""Start-up of Chair, in a fixed order.

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
from typing import TYPE_CHECKING, Any, NoReturn

from chair_app.models.errors import NotFound, StorageUnavailable
from chair_app.paths import LOCAL_AGENDAS_FOLDER, resolve_data_dir, signing_folder

if TYPE_CHECKING:
    from chair_app.core.timescales import Nation
    from chair_app.models.db import SessionFactory

logger = logging.getLogger(__name__)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="chair-app",
        description="Chair and minute child-protection meetings; export the minutes.",
        # "--passphrase SECRET" must not pass as an abbreviation of --passphrase-file.
        allow_abbrev=False,
    )
    parser.add_argument("--data-dir", metavar="DIR", help="keep the data in DIR")
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help="read the data's passphrase from FILE (its first line) instead of asking for it",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="use the fictional demo family's folder: open the window on it, or run a command on it",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_CommandParser)
    list_cmd = commands.add_parser("list", help="list families and meetings with their ids")
    list_cmd.add_argument(
        "--people",
        action="store_true",
        help="also list each meeting's people with their ids (for export --copy person:ID)",
    )
    list_cmd.add_argument("--data-dir", metavar="DIR", dest="sub_data_dir")
    list_cmd.add_argument("--passphrase-file", metavar="FILE", dest="sub_passphrase_file")
    people_cmd = commands.add_parser(
        "people",
        help="list the people in a meeting's network with their ids (for export --copy person:ID)",
    )
    people_cmd.add_argument("meeting_id", type=int, metavar="MEETING_ID")
    people_cmd.add_argument("--data-dir", metavar="DIR", dest="sub_data_dir")
    people_cmd.add_argument("--passphrase-file", metavar="FILE", dest="sub_passphrase_file")
    export_cmd = commands.add_parser("export", help="export a closed meeting's minutes")
    export_cmd.add_argument("meeting_id", type=int, metavar="MEETING_ID")
    export_cmd.add_argument("--format", choices=("docx", "pdf"), required=True)
    export_cmd.add_argument("--output", required=True, metavar="PATH")
    export_cmd.add_argument(
        "--overwrite", action="store_true", help="replace the file if it exists"
    )
    export_cmd.add_argument(
        "--password-file",
        metavar="FILE",
        help="protect the file with the password in FILE (its first line), for sending by email",
    )
    export_cmd.add_argument(
        "--copy",
        default="full",
        metavar="COPY",
        help="full (the default), family-summary, or person:ID (that person's copy)",
    )
    export_cmd.add_argument("--data-dir", metavar="DIR", dest="sub_data_dir")
    export_cmd.add_argument("--passphrase-file", metavar="FILE", dest="sub_passphrase_file")
    verify_cmd = commands.add_parser(
        "verify", help="say whether an exported DOCX or PDF is the agreed minutes held here"
    )
    verify_cmd.add_argument("file", metavar="FILE")
    verify_cmd.add_argument("--data-dir", metavar="DIR", dest="sub_data_dir")
    verify_cmd.add_argument("--passphrase-file", metavar="FILE", dest="sub_passphrase_file")
    certificate_cmd = commands.add_parser(
        "signing-certificate",
        help="write the certificate the agreed PDFs are signed with (PEM), for recipients "
        "who check the signature",
    )
    certificate_cmd.add_argument("output", metavar="OUT.pem")
    certificate_cmd.add_argument(
        "--overwrite", action="store_true", help="replace the file if it exists"
    )
    certificate_cmd.add_argument("--data-dir", metavar="DIR", dest="sub_data_dir")
    certificate_cmd.add_argument("--passphrase-file", metavar="FILE", dest="sub_passphrase_file")
    for command in (list_cmd, people_cmd, export_cmd, verify_cmd):
        command.add_argument(
            "--demo", action="store_true", dest="sub_demo", help="use the demo family's folder"
        )
    _add_record_commands(commands)
    demo_cmd = commands.add_parser("demo", help="create the fictional demo family")
    demo_cmd.add_argument("--data-dir", metavar="DIR", dest="sub_data_dir")
    _add_next_date_command(commands)
    config_cmd = commands.add_parser("config", help="IT's machine-wide configuration folder")
    config_check = config_cmd.add_subparsers(
        dest="config_command", metavar="ACTION", required=True
    ).add_parser(
        "check",
        help="check a configuration folder and print every problem (exit 0 clean, 1 problems, "
        "2 no folder)",
    )
    config_check.add_argument(
        "folder", nargs="?", metavar="FOLDER", help="the folder (default: this laptop's)"
    )
    return parser


class _CommandParser(argparse.ArgumentParser):
    """A subcommand's parser; with ``one_line_errors`` a usage error is one line on stderr.

    Scripted commands (``next-date``) are read by other programs and people scanning logs, so
    their mistakes are reported as ``chair-app: <problem>`` alone, with exit status 2.
    """

    def __init__(self, *args: Any, one_line_errors: bool = False, **kwargs: Any) -> None:
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)
        self.one_line_errors = one_line_errors

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        parsed, extras = super().parse_known_args(args, namespace)
        if self.one_line_errors and extras:
            # Otherwise the main parser reports them, with its multi-line usage.
            self.error(f"unrecognised arguments: {' '.join(extras)}")
        return parsed, extras

    def error(self, message: str) -> NoReturn:
        if not self.one_line_errors:
            super().error(message)
        self.exit(2, f"chair-app: {message}\n")


def _configure_logging(data_dir: Path) -> None:
    # Log lines carry ids and events only: never names, notes or any text users type.
    logging.basicConfig(
        level=os.environ.get("CHAIR_APP_LOG_LEVEL", "WARNING"),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    logger.debug("data folder chosen")


def open_store(data_dir: Path, passphrase: str | None = None) -> SessionFactory:
    """Open the database in data_dir (encrypted under the passphrase, or plain without one).

    Raises:
        StorageUnavailable: with a message for the user (WrongPassphrase for a wrong passphrase).
    """
    from chair_app.services.storage import open_store as open_data

    return open_data(data_dir, passphrase).factory


class PassphraseUnavailable(Exception):
    """No passphrase could be had: no file given and no terminal to ask on."""


def _read_passphrase(args: argparse.Namespace, data_dir: Path, *, new: bool) -> str:
    """The data's passphrase: the demo's for its folder, else from ``--passphrase-file`` (its
    first line), else asked on the terminal without echo. Never from an argument, which other
    users of the computer can see in the process list.

    Raises:
        PassphraseUnavailable: with the reason, for the user.
    """
    from chair_app.services.storage import DEMO_PASSPHRASE, is_demo_folder, passphrase_problem

    if is_demo_folder(data_dir):
        return DEMO_PASSPHRASE
    named = getattr(args, "sub_passphrase_file", None) or args.passphrase_file
    if named:
        path = Path(named).expanduser()
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            reason = error.strerror if isinstance(error, OSError) else "it is not text"
            raise PassphraseUnavailable(
                f"the passphrase file {path} cannot be read: {reason}."
            ) from error
        passphrase = lines[0] if lines else ""
    elif sys.stdin.isatty():
        import getpass

        passphrase = getpass.getpass(f"Passphrase for the data in {data_dir}: ")
        if new:
            repeated = getpass.getpass("Type the new passphrase again: ")
            problem = passphrase_problem(passphrase, repeated)
            if problem:
                raise PassphraseUnavailable(problem)
    elif new:
        raise PassphraseUnavailable(
            "the data in this folder was written by an earlier version and is not encrypted "
            "yet. Choose a passphrase to encrypt it: give --passphrase-file FILE, or run the "
            "command in a terminal to type it."
        )
    else:
        raise PassphraseUnavailable(
            "the data is encrypted: give --passphrase-file FILE, or run the command in a "
            "terminal to type the passphrase."
        )
    if new:
        problem = passphrase_problem(passphrase)
        if problem:
            raise PassphraseUnavailable(f"the new passphrase cannot be used. {problem}")
    return passphrase


def ensure_demo_family(factory: SessionFactory, today: dt.date) -> None:
    """Create the demo family unless the folder already holds a family."""
    from chair_app.services.demo import create_demo_family
    from chair_app.services.families import FamilyService

    if not FamilyService(factory).list_families():
        create_demo_family(factory, today)


def _cmd_list(factory: SessionFactory, *, people: bool = False) -> int:
    from chair_app.services.families import FamilyService
    from chair_app.services.meetings import MeetingService

    families = FamilyService(factory)
    meetings = MeetingService(factory)
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
            if people:
                for line in _people_lines(meetings, meeting.id):
                    print(f"    {line}")
    return 0


def _people_lines(meetings: Any, meeting_id: int) -> list[str]:
    """One line per person in the meeting's network (as its record names it): id, name, role
    and agency. Names are personal data: these lines go to stdout only, never to the log."""
    family = meetings.family_as_recorded(meeting_id)
    if not family.people:
        return ["No people in this meeting's network."]
    lines = []
    for person in family.people:
        parts = (person.name, person.role, person.agency)
        lines.append(f"Person {person.id}: " + " - ".join(p for p in parts if p.strip()))
    return lines


def _cmd_people(factory: SessionFactory, args: argparse.Namespace) -> int:
    from chair_app.services.meetings import MeetingService

    meetings = MeetingService(factory)
    try:
        meeting = meetings.get(args.meeting_id)
        lines = _people_lines(meetings, args.meeting_id)
    except NotFound:
        print(f"chair-app: there is no meeting {args.meeting_id}.", file=sys.stderr)
        return 1
    print(
        f"Meeting {meeting.id}: {meeting.meeting_type.label}, {meeting.date.isoformat()}, "
        f"{meeting.status.label.lower()}"
    )
    for line in lines:
        print(f"  {line}")
    return 0


def _cmd_export(factory: SessionFactory, args: argparse.Namespace, data_dir: Path) -> int:
    from chair_app.services.export_minutes import (
        ExportFailed,
        ExportFormat,
        ExportService,
        ExportWouldOverwrite,
    )

    output = Path(args.output).expanduser()
    try:
        copy = _parse_copy(args.copy)
    except ValueError as error:
        print(f"chair-app: {error}", file=sys.stderr)
        return 2
    password = None
    if args.password_file:
        try:
            lines = Path(args.password_file).expanduser().read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            print(f"chair-app: the password file {args.password_file} cannot be read.",
                  file=sys.stderr)
            return 2
        password = lines[0] if lines else ""
    problem = _copy_problem(factory, args.meeting_id, copy)
    if problem:
        print(f"chair-app: {problem}", file=sys.stderr)
        return 1
    try:
        path = ExportService(
            factory, data_dir / LOCAL_AGENDAS_FOLDER, signing_folder(data_dir)
        ).export(
            args.meeting_id, ExportFormat(args.format), output, overwrite=args.overwrite,
            copy=copy,  # type: ignore[arg-type]
            password=password,
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
    print(f"Wrote {path}" + (" (protected with the password)" if password else ""))
    return 0


def _copy_problem(factory: SessionFactory, meeting_id: int, copy: Any) -> str:
    """Why the copy asked for cannot be made ("" when it can): a person:ID that is not in the
    meeting's network. An unknown meeting is left to the export, which names it."""
    from chair_app.services.meetings import MeetingService
    from chair_app.services.minutes import CopyKind

    if copy.kind is not CopyKind.PERSON:
        return ""
    try:
        family = MeetingService(factory).family_as_recorded(meeting_id)
    except NotFound:
        return ""
    if family.person(copy.person_id) is None:
        return (
            f"there is no person {copy.person_id} in meeting {meeting_id}. "
            f"See chair-app people {meeting_id}."
        )
    return ""


def _parse_copy(text: str) -> object:
    from chair_app.services.minutes import CopyKind, CopyRequest

    if text == "full":
        return CopyRequest()
    if text == "family-summary":
        return CopyRequest(CopyKind.FAMILY_SUMMARY)
    kind, _, number = text.partition(":")
    if kind == "person" and number.isdigit():
        return CopyRequest(CopyKind.PERSON, int(number))
    raise ValueError(f"--copy must be full, family-summary or person:ID, not {text!r}")


def _cmd_verify(factory: SessionFactory, args: argparse.Namespace, data_dir: Path) -> int:
    from chair_app.services.minutes import MinutesService, VerifyKind

    path = Path(args.file).expanduser()
    if not path.is_file():
        print(f"chair-app: there is no file {path}.", file=sys.stderr)
        return 2
    result = MinutesService(
        factory, data_dir / LOCAL_AGENDAS_FOLDER, signing_folder(data_dir)
    ).verify(path)
    print(result.message)
    return 0 if result.kind is VerifyKind.AGREED else 1


def _cmd_signing_certificate(
    factory: SessionFactory, args: argparse.Namespace, data_dir: Path
) -> int:
    from chair_app.services.export_minutes import ExportFailed
    from chair_app.services.minutes import MinutesService
    from chair_app.services.output_files import OutputRefused, write_bytes_atomically

    output = Path(args.output).expanduser()
    if output.exists() and not args.overwrite and not output.is_dir():
        print(f"chair-app: {output.name} already exists in {output.parent}. Add --overwrite to "
              "replace it.", file=sys.stderr)
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
        print(f"chair-app: {output} cannot be written: {error.strerror or error}.",
              file=sys.stderr)
        return 1
    print(f"Wrote the signing certificate to {output}")
    return 0


_LARGEST_ID = 2**63 - 1  # SQLite's largest integer


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
    args = _parser().parse_args(argv)
    if args.command == "next-date":
        # Needs no data: decided before any data folder is resolved, created or opened.
        return _cmd_next_date(args)
    if args.command == "config":
        return _cmd_config_check(args.folder)  # needs no data either
    explicit_dir = getattr(args, "sub_data_dir", None) or args.data_dir
    demo_window = args.command is None and args.demo
    # --demo points a command at the demo's folder too (``chair-app list --demo``).
    demo_folder = args.demo or getattr(args, "sub_demo", False)
    if demo_folder and args.command == "import-record":
        print("chair-app: the demo's folder takes no imports: its passphrase is published. "
              "Leave out --demo.", file=sys.stderr)
        return 2
    data_dir = resolve_data_dir(explicit_dir, demo=demo_folder or args.command == "demo")
    if args.command is None and args.passphrase_file:
        print("chair-app: the window asks for the passphrase itself; --passphrase-file is for "
              "commands.", file=sys.stderr)
        return 2
    os.umask(0o077)
    _configure_logging(data_dir)
    if args.command is None:
        # The window opens the data itself, after it is on screen.
        from chair_app.ui.launch import run_window

        return run_window(data_dir, demo=demo_window)
    from chair_app.models.db import DATABASE_FILE_NAME

    if (
        args.command
        in ("list", "people", "export", "verify", "signing-certificate", "export-record")
        and not data_dir.is_file()
        and not (data_dir / DATABASE_FILE_NAME).exists()
    ):
        # A mistyped folder must not quietly become a new, empty store.
        print(f"chair-app: there is no Chair data in {data_dir}.", file=sys.stderr)
        return 2
    meeting_id = getattr(args, "meeting_id", None)
    if meeting_id is not None and not _fits_a_record_id(meeting_id):
        # No record can have it (SQLite's integers are 64-bit): said before anything is opened.
        print(f"chair-app: there is no meeting {meeting_id}.", file=sys.stderr)
        return 1
    # The record's file is read (a package opened) and an export's package passphrase had
    # before the data is opened: a file that cannot be imported, or a package that will not
    # open, changes nothing, not even an empty folder.
    package_passphrase: str | None = None
    record: dict[str, Any] | None = None
    if args.command in ("export-record", "import-record"):
        from chair_app.services.record_format import RecordBeyondLimits, RecordRefused
        from chair_app.services.record_package import PackageError

        try:
            if args.command == "export-record":
                problem = _export_record_output_problem(args)
                if problem:
                    print(f"chair-app: {problem}", file=sys.stderr)
                    return 1
                package_passphrase = _export_package_passphrase(args)
            else:
                record = _read_record_argument(args)
        except (PassphraseUnavailable, PackageError, RecordBeyondLimits) as error:
            # A file beyond the bounds (too large, nested too deeply) is refused like a package
            # that cannot be opened: no other option makes it importable.
            print(f"chair-app: {error}", file=sys.stderr)
            return 2
        except RecordRefused as error:
            print(f"chair-app: {error}", file=sys.stderr)
            return 1
    from chair_app.services.storage import (
        DEMO_PASSPHRASE,
        StoreState,
        prepare_demo_folder,
        store_state,
    )

    if args.command in READING_COMMANDS:
        return _run_reading_command(args, data_dir)
    try:
        state = store_state(data_dir)
        # Every command left writes. One writer at a time: refused while the window (or another
        # command) has the data; a read-only folder is named here, before anything is asked.
        from chair_app.models.db import lock_data_folder

        lock_data_folder(data_dir)
        if state is StoreState.PLAIN:
            # A damaged file is named as such before any passphrase is asked for.
            from chair_app.models.db import check_integrity
            from chair_app.services.storage import database_path

            check_integrity(database_path(data_dir), None)
        if args.command == "demo":
            prepare_demo_folder(data_dir, known_demo=explicit_dir is None)
            passphrase = DEMO_PASSPHRASE
        else:
            # An import may be the first thing a new laptop's folder holds: it sets a passphrase.
            new = state is StoreState.PLAIN or (
                args.command == "import-record" and state is StoreState.NEW
            )
            passphrase = _read_passphrase(args, data_dir, new=new)
        factory = open_store(data_dir, passphrase)
    except StorageUnavailable as error:
        print(f"chair-app: {error}", file=sys.stderr)
        from chair_app.models.errors import FolderReadOnly

        if isinstance(error, FolderReadOnly):
            print("chair-app: list, people and verify only read: they can still be used.",
                  file=sys.stderr)
        return 2
    except PassphraseUnavailable as error:
        print(f"chair-app: {error}", file=sys.stderr)
        return 2
    try:
        if args.command == "demo":
            from chair_app.services.backup import make_backup

            try:
                make_backup(data_dir, "startup", passphrase=passphrase)
            except StorageUnavailable as error:
                print(f"chair-app: warning: {error}", file=sys.stderr)
        if args.command == "export":
            return _cmd_export(factory, args, data_dir)
        if args.command == "signing-certificate":
            return _cmd_signing_certificate(factory, args, data_dir)
        if args.command == "export-record":
            return _cmd_export_record(factory, args, package_passphrase)
        if args.command == "import-record":
            assert record is not None
            from chair_app.services.backup import make_backup

            # The data as it was is kept first: an import can change a draft.
            try:
                make_backup(data_dir, "before-import", passphrase=passphrase)
            except StorageUnavailable as error:
                print(f"chair-app: nothing was imported: {error}", file=sys.stderr)
                return 2
            return _cmd_import_record(factory, args, record, data_dir)
        if args.command == "demo":
            ensure_demo_family(factory, dt.date.today())
            print(f"The demo family is in {data_dir}")
            return 0
        raise AssertionError(f"unknown command {args.command}")
    finally:
        # Checkpoint the WAL and release the file before the process ends.
        engine = factory.kw["bind"]
        engine.dispose()


# The commands that only read: they open the data read-only (services.storage
# .open_store_read_only), take no lock, and write nothing in the data folder.
READING_COMMANDS = ("list", "people", "verify")


def _run_reading_command(args: argparse.Namespace, data_dir: Path) -> int:
    """Open the data read-only and run list, people or verify. An earlier version's plain file
    is read as it is (no passphrase asked: it has none), with a note that the window locks it."""
    from chair_app.services.storage import StoreState, open_store_read_only, store_state

    try:
        state = store_state(data_dir)
        if state is StoreState.ENCRYPTED:
            passphrase: str | None = _read_passphrase(args, data_dir, new=False)
        else:
            # Plain, or empty or missing (said when opening): there is no passphrase to ask.
            passphrase = None
        store = open_store_read_only(data_dir, passphrase)
    except (StorageUnavailable, PassphraseUnavailable) as error:
        print(f"chair-app: {error}", file=sys.stderr)
        return 2
    try:
        if state is StoreState.PLAIN:
            print(f"chair-app: note: the data in {data_dir} is not encrypted yet (an earlier "
                  "version of Chair saved it). Open it in Chair's window to lock it with a "
                  "passphrase.", file=sys.stderr)
        if args.command == "list":
            return _cmd_list(store.factory, people=args.people)
        if args.command == "people":
            return _cmd_people(store.factory, args)
        return _cmd_verify(store.factory, args, data_dir)
    finally:
        store.close()


# ---------------------------------------------------------------------------------------------
# export-record / import-record: hand a meeting from one laptop to another (services.record_format).
# Either file may be an encrypted package (services.record_package); its passphrase, like the
# data's, comes from a file or the terminal, never from an argument.

PACKAGE_SUFFIX = ".chairpkg"  # services.record_package.PACKAGE_SUFFIX (not imported at start-up)


def _first_line(named: str, what: str) -> str:
    path = Path(named).expanduser()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else "it is not text"
        raise PassphraseUnavailable(f"the {what} file {path} cannot be read: {reason}.") from error
    return lines[0] if lines else ""


def _export_package_passphrase(args: argparse.Namespace) -> str | None:
    """The passphrase to seal the exported package with, or None for a plain JSON record.

    A package is written when ``--package-passphrase-file`` is given, or when the output ends
    in .chairpkg (then the passphrase is asked for on the terminal, twice): a file named as a
    package is never written as plain JSON.

    Raises:
        PassphraseUnavailable: with the reason, for the user.
    """
    from chair_app.services.storage import passphrase_problem

    named = args.package_passphrase_file
    if named:
        passphrase = _first_line(named, "package passphrase")
        problem = passphrase_problem(passphrase)
    elif Path(args.output).suffix.lower() == PACKAGE_SUFFIX:
        if not sys.stdin.isatty():
            raise PassphraseUnavailable(
                f"{args.output} names an encrypted package ({PACKAGE_SUFFIX}), and there is no "
                "terminal to ask for its passphrase: give --package-passphrase-file FILE, or "
                "choose an --output ending in .json for a record that is not encrypted."
            )
        import getpass

        passphrase = getpass.getpass("Passphrase for the package: ")
        repeated = getpass.getpass("Type the package's passphrase again: ")
        problem = passphrase_problem(passphrase, repeated)
    else:
        return None
    if problem:
        raise PassphraseUnavailable(f"the package's passphrase cannot be used. {problem}")
    return passphrase


def _read_record_argument(args: argparse.Namespace) -> dict[str, Any]:
    """The record in import-record's FILE: a plain JSON record, or an encrypted package opened
    with the passphrase from ``--package-passphrase-file`` or the terminal.

    Raises:
        RecordRefused: the file cannot be read or holds no record.
        PackageError: the package cannot be opened (wrong passphrase, cut short, damaged...).
        PassphraseUnavailable: a package, and no passphrase could be had.
    """
    from chair_app.services.record_format import load_package_record, load_record
    from chair_app.services.record_package import is_package

    path = Path(args.file).expanduser()
    if not is_package(path) and path.suffix.lower() != PACKAGE_SUFFIX:
        if args.package_passphrase_file:
            print(f"chair-app: note: {path.name} is not an encrypted package; "
                  "--package-passphrase-file is not needed.", file=sys.stderr)
        return load_record(path)
    if not path.is_file():
        from chair_app.services.record_format import RecordRefused

        raise RecordRefused(f"There is no file {path}.")
    if args.package_passphrase_file:
        passphrase = _first_line(args.package_passphrase_file, "package passphrase")
    elif sys.stdin.isatty():
        import getpass

        passphrase = getpass.getpass(f"Passphrase for the package {path.name}: ")
    else:
        raise PassphraseUnavailable(
            f"{path.name} is an encrypted package: give --package-passphrase-file FILE, or "
            "run the command in a terminal to type its passphrase."
        )
    # A file named as a package that is not one is refused as a package (NotAPackage).
    return load_package_record(path, passphrase)


def _add_record_commands(commands: argparse._SubParsersAction[Any]) -> None:
    export_cmd = commands.add_parser(
        "export-record",
        help="write a meeting's full record (with the family's earlier meetings) as JSON",
    )
    export_cmd.add_argument("meeting_id", type=int, metavar="MEETING_ID")
    export_cmd.add_argument("--output", required=True, metavar="FILE")
    export_cmd.add_argument(
        "--overwrite", action="store_true", help="replace the file if it exists"
    )
    export_cmd.add_argument(
        "--package-passphrase-file",
        metavar="FILE",
        help=f"write an encrypted package (*{PACKAGE_SUFFIX}) sealed with the passphrase in "
        f"FILE (its first line); an --output ending in {PACKAGE_SUFFIX} without it asks for "
        "the passphrase on the terminal",
    )
    export_cmd.add_argument("--data-dir", metavar="DIR", dest="sub_data_dir")
    export_cmd.add_argument("--passphrase-file", metavar="FILE", dest="sub_passphrase_file")
    import_cmd = commands.add_parser(
        "import-record",
        help="bring in a meeting record (JSON or an encrypted package) written by export-record",
    )
    import_cmd.add_argument("file", metavar="FILE")
    import_cmd.add_argument(
        "--package-passphrase-file",
        metavar="FILE",
        help="the passphrase of an encrypted package, from FILE (its first line) instead of "
        "asking for it",
    )
    choice = import_cmd.add_mutually_exclusive_group()
    choice.add_argument(
        "--family", type=int, metavar="ID", help="the family here the record is for"
    )
    choice.add_argument(
        "--new-family", action="store_true", help="add the record's family as a new family"
    )
    import_cmd.add_argument(
        "--take",
        choices=("incoming", "local"),
        help="settle every difference with a meeting changed here with this side",
    )
    import_cmd.add_argument("--data-dir", metavar="DIR", dest="sub_data_dir")
    import_cmd.add_argument("--passphrase-file", metavar="FILE", dest="sub_passphrase_file")


def _export_record_output_problem(args: argparse.Namespace) -> str:
    """Why export-record's --output cannot be written ("" when it can); checked before any
    passphrase is asked for. A folder, device or pipe is refused even with --overwrite."""
    from chair_app.services.output_files import output_problem

    output = Path(args.output).expanduser()
    problem = output_problem(output)
    if problem:
        return problem
    if output.exists() and not args.overwrite:
        return f"{output} already exists. Add --overwrite to replace it."
    if not output.parent.is_dir():
        return f"there is no folder {output.parent}."
    return ""


def _cmd_export_record(
    factory: SessionFactory, args: argparse.Namespace, package_passphrase: str | None = None
) -> int:
    from chair_app.services.output_files import OutputRefused
    from chair_app.services.record_format import RecordService

    output = Path(args.output).expanduser()
    problem = _export_record_output_problem(args)
    if problem:
        print(f"chair-app: {problem}", file=sys.stderr)
        return 1
    try:
        if package_passphrase is not None:
            RecordService(factory).write_meeting_package(
                args.meeting_id, output, package_passphrase
            )
        else:
            RecordService(factory).write_meeting_record(args.meeting_id, output)
    except NotFound:
        print(f"chair-app: there is no meeting {args.meeting_id}.", file=sys.stderr)
        return 1
    except OutputRefused as error:
        print(f"chair-app: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"chair-app: {output} cannot be written: {error.strerror}.", file=sys.stderr)
        return 1
    if package_passphrase is None:
        print(f"Wrote {output}")
        return 0
    print(f"Wrote {output} (an encrypted package; it opens only with its passphrase)")
    if output.suffix.lower() != PACKAGE_SUFFIX:
        print(f"chair-app: note: {output.name} does not end in {PACKAGE_SUFFIX}; it is an "
              "encrypted package all the same.", file=sys.stderr)
    return 0


def _cmd_import_record(
    factory: SessionFactory, args: argparse.Namespace, record: dict[str, Any], data_dir: Path
) -> int:
    from chair_app.core.record_format import Side
    from chair_app.services.record_format import (
        AgreedContentChanged,
        ImportOutcome,
        ImportService,
        RecordBeyondLimits,
        RecordRefused,
    )

    take = Side(args.take) if args.take else None
    try:
        result = ImportService(factory, data_dir / LOCAL_AGENDAS_FOLDER).import_record(
            record, family_id=args.family, new_family=args.new_family, take=take
        )
    except (AgreedContentChanged, RecordBeyondLimits) as error:
        # Not a choice to make again with other options: the file itself cannot be trusted.
        print(f"chair-app: {error}", file=sys.stderr)
        return 2
    except RecordRefused as error:
        print(f"chair-app: {error}", file=sys.stderr)
        return 1
    if result.outcome is ImportOutcome.NEEDS_FAMILY_CHOICE:
        print(f"chair-app: {result.message}", file=sys.stderr)
        if result.candidates:
            print("Families here that may be the same:", file=sys.stderr)
        for candidate in result.candidates:
            print(
                f"  Family {candidate.family_id}: {candidate.name} "
                f"(children: {', '.join(candidate.child_names) or 'none'}; "
                f"{'; '.join(candidate.reasons)})",
                file=sys.stderr,
            )
        print("Run again with --family ID or --new-family.", file=sys.stderr)
        return 1
    if result.outcome is ImportOutcome.CONFLICTS:
        from chair_app.services.record_format import conflict_table

        print(f"chair-app: {result.message}", file=sys.stderr)
        print(conflict_table(result.conflicts), file=sys.stderr)
        print("Nothing was imported. Run again with --take incoming or --take local.",
              file=sys.stderr)
        return 1
    if result.outcome is ImportOutcome.REFUSED:
        print(f"chair-app: {result.message}", file=sys.stderr)
        # A record that breaks a rule of the meeting is refused like a mistake in the command.
        return 2 if result.broken_rules else 1
    print(result.message)
    for line in result.change_log():
        print(f"  {line}")
    return 0


# ---------------------------------------------------------------------------------------------
# next-date: the statutory timescales, without any data folder or database.

_NEXT_DATE_EXAMPLE = "chair-app next-date --type core-group --after 2026-11-25 --nation england"
_PRE_BIRTH_EXAMPLE = (
    "chair-app next-date --type pre-birth-review-conference --after 2026-11-02 "
    "--expected 2027-01-05 --nation england"
)


def _add_next_date_command(commands: argparse._SubParsersAction[Any]) -> None:
    """Add ``next-date``; its help lists every TYPE with what it means."""
    from chair_app.core.timescales import PRE_BIRTH_RULE_TYPES, RULE_TYPES

    every_type = {**RULE_TYPES, **PRE_BIRTH_RULE_TYPES}
    width = max(len(key) for key in every_type) + 2
    types = "\n".join(f"  {key.ljust(width)}{meaning}" for key, meaning in every_type.items())
    command = commands.add_parser(
        "next-date",
        help="print the latest date a meeting (or the minutes) is due",
        description=(
            "Print the latest date that keeps within a statutory timescale. Working days\n"
            "skip weekends and the nation's bank holidays; a limit in days, weeks or months\n"
            "that ends on a closed day is moved back to the last working day before it."
        ),
        epilog=(
            f"TYPE is one of (the limits come from the nation's default policy or --policy):\n"
            f"{types}\n\n"
            "pre-birth-review-conference takes --after as the date of the pre-birth initial\n"
            "conference, and --born (the date of birth) or, before the birth, --expected (the\n"
            "expected date of delivery); the earlier of the two limits applies.\n\n"
            f"examples:\n  {_NEXT_DATE_EXAMPLE}\n  {_PRE_BIRTH_EXAMPLE}"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        one_line_errors=True,
    )
    command.add_argument(
        "--type", required=True, type=_rule_type, metavar="TYPE", help="what is due (see below)"
    )
    command.add_argument(
        "--after",
        required=True,
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="the date of the event the limit counts from",
    )
    command.add_argument(
        "--nation",
        required=True,
        type=_nation,
        metavar="NATION",
        help="england, wales, scotland or northern-ireland (decides the bank holidays)",
    )
    birth = command.add_mutually_exclusive_group()
    birth.add_argument(
        "--born",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="pre-birth-review-conference only: the baby's date of birth",
    )
    birth.add_argument(
        "--expected",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="pre-birth-review-conference only: the expected date of delivery, before the birth",
    )
    command.add_argument(
        "--policy", metavar="NAME", help="use this policy instead of the nation's default"
    )
    command.add_argument(
        "--policy-folder",
        type=_existing_folder,
        metavar="DIR",
        help="also read a local authority's policies (*.json) from DIR",
    )


def _rule_type(text: str) -> str:
    from chair_app.core.timescales import PRE_BIRTH_RULE_TYPES, RULE_TYPES

    if text not in RULE_TYPES and text not in PRE_BIRTH_RULE_TYPES:
        known = ", ".join((*RULE_TYPES, *PRE_BIRTH_RULE_TYPES))
        raise argparse.ArgumentTypeError(f"unknown type {text!r}; use one of: {known}")
    return text


def _iso_date(text: str) -> dt.date:
    import calendar
    import re

    hint = "write it as YYYY-MM-DD, for example 2026-11-25"
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if match is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; {hint}")
    year, month, day = (int(part) for part in match.groups())
    if not 1900 <= year <= 2200:
        raise argparse.ArgumentTypeError(f"{text}: the year must be between 1900 and 2200")
    if not 1 <= month <= 12:
        raise argparse.ArgumentTypeError(f"{text} is not a real date: there is no month {month}")
    days_in_month = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days_in_month:
        raise argparse.ArgumentTypeError(
            f"{text} is not a real date: {calendar.month_name[month]} {year} has "
            f"{days_in_month} days"
        )
    return dt.date(year, month, day)


def _nation(text: str) -> Nation:
    from chair_app.core.timescales import Nation

    try:
        return Nation(text)
    except ValueError:
        known = ", ".join(nation.value for nation in Nation)
        raise argparse.ArgumentTypeError(f"unknown nation {text!r}; use one of: {known}") from None


def _existing_folder(text: str) -> Path:
    folder = Path(text).expanduser()
    if not folder.is_dir():
        raise argparse.ArgumentTypeError(f"there is no folder {text}")
    return folder


def _cmd_config_check(folder_text: str | None) -> int:
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
    print(f"{folder}: {len(problems)} problem(s)" if problems else f"{folder}: no problems")
    return 1 if problems else 0


def _cmd_next_date(args: argparse.Namespace) -> int:
    """Print the latest date for ``--type`` after ``--after`` in ``--nation``, and why."""
    from chair_app.core.timescales import (
        PRE_BIRTH_FROM_CONFERENCE,
        due_date,
        format_long_date,
        pre_birth_review_due,
    )
    from chair_app.services.policies import UnknownPolicy, load_policies

    catalogue = load_policies(args.policy_folder)
    for problem in catalogue.problems:
        print(f"chair-app: warning: {problem}", file=sys.stderr)
    try:
        policy = catalogue.get(args.policy) if args.policy else catalogue.default_for(args.nation)
    except UnknownPolicy as error:
        print(f"chair-app: {error}", file=sys.stderr)
        return 2
    if args.type == PRE_BIRTH_FROM_CONFERENCE:
        due = pre_birth_review_due(
            policy, args.after, args.nation, born=args.born, expected=args.expected
        )
        used = policy.pre_birth.values() or (policy.rule("first-review-conference"),)
        source = "; ".join(dict.fromkeys(rule.source for rule in used))
    else:
        if args.born or args.expected:
            print(
                f"chair-app: --born and --expected are only for --type "
                f"{PRE_BIRTH_FROM_CONFERENCE}, not {args.type}",
                file=sys.stderr,
            )
            return 2
        try:
            rule = policy.rule(args.type)
        except KeyError:
            print(
                f"chair-app: the policy {policy.name!r} sets no {args.type!r} timescale",
                file=sys.stderr,
            )
            return 2
        due = due_date(rule, args.after, args.nation)
        source = rule.source
    print(f"{due.latest_date.isoformat()} ({format_long_date(due.latest_date)})")
    print(due.explanation)
    print(f"Source: {source} (policy: {policy.name}).")
    return 0
