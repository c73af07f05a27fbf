"""Create the Qt application and show the main window."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sys
import traceback
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from chair_app.core.errors import StorageUnavailable
from chair_app.ui.background import BackgroundRunner
from chair_app.ui.context import AppContext
from chair_app.ui.main_window import MainWindow
from chair_app.ui.prompts import Prompts

logger = logging.getLogger(__name__)

BENCHMARK_EXIT_VARIABLE = "CHAIR_APP_EXIT_WHEN_SHOWN"


if TYPE_CHECKING:
    from chair_app.core.language import Language
    from chair_app.services.online import ServerAddress
    from chair_app.services.storage import SessionFactory, Store


def build_context(
    factory: SessionFactory,
    data_dir: Path,
    prompts: Prompts | None = None,
    store: Store | None = None,
) -> AppContext:
    """The window's services on an open store (a plain one around ``factory`` if none given)."""
    from chair_app.paths import LOCAL_AGENDAS_FOLDER, LOCAL_POLICIES_FOLDER, signing_folder
    from chair_app.services.calendar_invite import CalendarService
    from chair_app.services.export_minutes import ExportService
    from chair_app.services.families import FamilyService
    from chair_app.services.meetings import MeetingService
    from chair_app.services.minutes import MinutesService
    from chair_app.services.schedule import ScheduleService
    from chair_app.services.storage import Store

    if store is None:
        store = Store(data_dir, factory, None)
    background = BackgroundRunner()

    def back_up(reason: str) -> None:
        if store.online:  # the team server's backups are IT's (services.online)
            return
        # Off the main thread: with encryption a backup derives the key twice (about 0.15 s).
        def failed(_error: BaseException) -> None:
            logger.warning("backup (%s) failed", reason)

        background.run(lambda: store.backup(reason), lambda _path: None, failed)

    return AppContext(
        families=FamilyService(factory),
        meetings=MeetingService(factory, data_dir / LOCAL_AGENDAS_FOLDER, back_up=back_up),
        exports=ExportService(
            factory, data_dir / LOCAL_AGENDAS_FOLDER, signing_folder(data_dir)
        ),
        schedule=ScheduleService(factory, data_dir / LOCAL_POLICIES_FOLDER),
        calendar=CalendarService(factory),
        minutes=MinutesService(
            factory, data_dir / LOCAL_AGENDAS_FOLDER, signing_folder(data_dir)
        ),
        prompts=prompts or Prompts(),
        background=background,
        data_dir=data_dir,
        close_store=store.close,
        store=store,
    )


def _install_excepthook() -> None:
    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        # The traceback is logged without the error's message, which may quote user text.
        logger.error("unexpected error %s\n%s", kind.__name__, "".join(traceback.format_tb(tb)))
        QMessageBox.critical(
            None,
            QCoreApplication.translate("Launch", "Something went wrong"),
            QCoreApplication.translate(
                "Launch",
                "Chair met an unexpected error. What you had saved is safe; "
                "the last thing you did may not have been saved.",
            ),
        )

    sys.excepthook = hook


def open_data_into(
    window: MainWindow, data_dir: Path, *, demo: bool, wait: bool = True
) -> bool:
    """Open the data folder and fill the window; if it cannot be opened, the window says why.

    The demo's folder opens at once with its published passphrase. Otherwise the window asks
    for the passphrase (a new one on first use, or to encrypt an earlier version's data) and
    opens the data when it is given. Either way the families are shown first, from one small
    read (``MainWindow.show_first_screen``), when the file allows it.

    Args:
        wait: open the rest here; False opens it off the main thread (the window stays
            responsive, its actions off, until ``MainWindow.context_attached``).

    Returns:
        Whether the data is open now (False while the passphrase is asked for, or while the
        rest opens off the main thread).
    """
    from chair_app.services.storage import (
        DEMO_PASSPHRASE,
        StoreState,
        is_demo_folder,
        lock_data_folder,
        prepare_demo_folder,
        store_state,
    )
    from chair_app.ui.passphrase_page import PassphraseMode

    window.data_dir = data_dir  # where the language is kept (services.language_setting)
    try:
        # One writer: a second copy of Chair on the same folder is refused, not let in.
        lock_data_folder(data_dir)
        if demo or is_demo_folder(data_dir):
            prepare_demo_folder(data_dir, known_demo=demo)
            return _open_with(window, data_dir, DEMO_PASSPHRASE, demo=True, wait=wait)
        state = store_state(data_dir)
    except StorageUnavailable as error:
        logger.warning("data folder could not be opened")
        window.show_unavailable(str(error))
        return False
    mode = {
        StoreState.NEW: PassphraseMode.CREATE,
        StoreState.PLAIN: PassphraseMode.CONVERT,
        StoreState.ENCRYPTED: PassphraseMode.OPEN,
        # The file is gone but its backups are not: their passphrase opens the newest one.
        StoreState.MISSING: PassphraseMode.OPEN,
    }[state]
    window.ask_passphrase(
        mode, lambda passphrase: _open_with(window, data_dir, passphrase, wait=wait)
    )
    return False


def _open_with(
    window: MainWindow, data_dir: Path, passphrase: str, *, demo: bool = False, wait: bool = True
) -> bool:
    """Show the families from the first screen's read, then open the data with the passphrase
    (here, or off the main thread) and fill the window; a refusal is shown, not raised."""
    from chair_app.services.first_screen import first_screen

    shown = first_screen(data_dir, passphrase)
    if shown is None:
        window.show_opening()  # the full opening decides: an upgrade, a refusal, a new file
    else:
        # The saved text size and contrast before the families show, not a second later.
        _apply_theme(shown.text_scale, shown.high_contrast)
        window.show_first_screen(shown.families)
    today = dt.date.today()
    if wait:
        try:
            store = _open_store(data_dir, passphrase, demo, today)
        except Exception as error:  # noqa: BLE001 - shown by _not_opened, or raised again
            return _not_opened(window, data_dir, passphrase, error)
        return _attach(window, data_dir, store)
    runner = BackgroundRunner(window)
    window.opening = runner

    def done(store: Store) -> None:
        window.opening = None
        _attach(window, data_dir, store)

    def failed(error: BaseException) -> None:
        window.opening = None
        _not_opened(window, data_dir, passphrase, error)

    # Once the families are painted: the loading below holds Python's lock much of the time.
    QTimer.singleShot(
        0, lambda: runner.run(lambda: _open_store(data_dir, passphrase, demo, today), done, failed)
    )
    return False


def _open_store(data_dir: Path, passphrase: str, demo: bool, today: dt.date) -> Store:
    """Open the data (its checks, a finished or undone change of passphrase, an upgrade after a
    backup) and load the services the window needs: no Qt here, so it can run off the main
    thread."""
    from chair_app.services import (  # noqa: F401 - loaded here, not on the main thread
        calendar_invite,
        export_minutes,
        families,
        meetings,
        minutes,
        schedule,
    )
    from chair_app.services.storage import open_store

    store = open_store(data_dir, passphrase)
    if demo:
        from chair_app.services.demo import ensure_demo_family

        ensure_demo_family(store.factory, today)
    return store


def _not_opened(window: MainWindow, data_dir: Path, passphrase: str, error: BaseException) -> bool:
    """Say why the data did not open (nothing was changed); an error of another kind is raised."""
    from chair_app.core.errors import FolderReadOnly, NewerSchema, WrongPassphrase
    from chair_app.services.rekey import RekeyInterrupted
    from chair_app.services.storage import latest_good_backup, not_damaged_but_earlier

    try:
        raise error
    except RekeyInterrupted as error:
        # A change of passphrase was cut short: the file is whole under one of the two.
        logger.warning("passphrase refused during an interrupted change of passphrase")
        window.passphrase_refused(str(error))
        return False
    except WrongPassphrase as error:
        logger.warning("passphrase refused")
        backup = latest_good_backup(data_dir, passphrase)
        earlier = not_damaged_but_earlier(data_dir, backup) if backup is not None else ""
        if earlier:
            # The passphrase opens backups made under an earlier passphrase: not damage.
            window.passphrase_refused(earlier)
        elif backup is not None:
            # The passphrase opens the backups, so it is right: the data file is damaged.
            window.passphrase_refused(
                QCoreApplication.translate(
                    "Launch",
                    "The data file is damaged: your passphrase opens its backups but not the "
                    "file itself. Chair has not changed it. You can open the latest good backup: "
                    "the damaged file is kept aside, not deleted.",
                ),
                recover=lambda: _recover(window, data_dir, passphrase),
            )
        else:
            window.passphrase_refused(str(error))
        return False
    except (NewerSchema, FolderReadOnly) as error:
        # Nothing to offer: a backup put back would need to write in the folder too.
        logger.warning("data folder could not be opened")
        window.show_unavailable(str(error))
        return False
    except StorageUnavailable as error:
        logger.warning("data folder could not be opened")
        recover = None
        if latest_good_backup(data_dir, passphrase) is not None:
            recover = partial(_recover, window, data_dir, passphrase)
        window.show_unavailable(str(error), recover=recover)
        return False


def _attach(window: MainWindow, data_dir: Path, store: Store) -> bool:
    """Give the window its context on the open data, and back the data up."""
    ctx = build_context(store.factory, data_dir, store=store)
    # Before the pages are built: a change of theme restyles every widget there is.
    apply_saved_theme(ctx)
    window.attach_context(ctx)
    if store.notice:
        window.statusBar().showMessage(store.notice, 30000)
        ctx.prompts.info(
            window, QCoreApplication.translate("Launch", "Change of passphrase"), store.notice
        )
    _back_up_in_background(window, ctx, "startup")
    QTimer.singleShot(0, settle_memory)
    return True


def apply_saved_theme(ctx: AppContext) -> None:
    """The text size and contrast chosen in Settings, for the whole application."""
    settings = ctx.schedule.settings
    _apply_theme(settings.text_scale(), settings.high_contrast())


def _apply_theme(text_scale: int, high_contrast: bool) -> None:
    """The text size (per cent) and contrast for the whole application; nothing is restyled
    when they are already so (the first screen applied them)."""
    from chair_app.ui.theme import apply_theme

    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app, text_scale / 100, high_contrast)


def settle_memory() -> None:
    """Once the window is filled: collect, then move everything loaded so far (Qt, SQLAlchemy,
    the families) out of the garbage collector's reach. A full collection then walks only what
    was made since, so it no longer stalls an autosave by about 0.1 s (benchmarks/
    bench_autosave.py)."""
    import gc

    gc.collect()
    gc.freeze()


def _recover(window: MainWindow, data_dir: Path, passphrase: str) -> None:
    """Put the latest good backup in place of the damaged file, then open the data."""
    from chair_app.services.storage import replace_damaged_with_backup

    try:
        backup = replace_damaged_with_backup(data_dir, passphrase)
    except StorageUnavailable as error:
        window.show_unavailable(str(error))
        return
    if _open_with(window, data_dir, passphrase):
        window.statusBar().showMessage(
            QCoreApplication.translate("Launch", "Opened the backup of {backup}.").format(
                backup=backup.label
            ),
            15000,
        )
        window.ctx.prompts.info(
            window,
            QCoreApplication.translate("Launch", "Backup opened"),
            QCoreApplication.translate(
                "Launch",
                "The data file was damaged. Chair has opened the backup of {backup}; anything "
                "recorded after it is not in it. The damaged file is kept in the data folder "
                "{folder}, in a folder named damaged-…, for IT support.",
            ).format(backup=backup.label, folder=data_dir),
        )


def _back_up_in_background(window: MainWindow, ctx: AppContext, reason: str) -> None:
    """Back up the data off the main thread; a failure is logged and shown, never fatal."""
    store = ctx.store
    if store is None or store.online:  # no data folder open: nothing to back up here
        return

    def failed(_error: BaseException) -> None:
        logger.warning("start-up backup failed")
        window.statusBar().showMessage(
            QCoreApplication.translate("Launch", "Chair could not make its start-up backup."),
            10000,
        )

    ctx.background.run(lambda: store.backup(reason), lambda _path: None, failed)


def reopen_data_into(window: MainWindow, ctx: AppContext) -> bool:
    """Open the data folder again (after a restore) and give the window a fresh context."""
    from chair_app.services.storage import open_store

    if ctx.store is None:  # no data folder was open: nothing to open again
        return False
    try:
        store = open_store(ctx.data_dir, ctx.store.passphrase)
    except StorageUnavailable as error:
        window.show_unavailable(str(error))
        return False
    window.attach_context(build_context(store.factory, ctx.data_dir, ctx.prompts, store))
    return True


def run_window(data_dir: Path, *, demo: bool) -> int:
    """Show the main window at once, then open the data (SQLAlchemy takes longer to load than
    Qt) and fill the window. The demo's key is already being worked out (cli.window)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Chair")
    app.setOrganizationName("ChairApp")
    _install_excepthook()
    from chair_app.ui.theme import apply_theme

    apply_theme(app)  # the focus ring from the first frame; the saved size with the families
    show_saved_language(data_dir)  # before any widget: the passphrase page is in it too
    window = MainWindow()
    window.show()
    benchmark = bool(os.environ.get(BENCHMARK_EXIT_VARIABLE))

    if benchmark:
        _print_marks(app, window)
    QTimer.singleShot(0, lambda: open_data_into(window, data_dir, demo=demo, wait=False))
    return run_until_closed(app, window)


def run_window_online(address: ServerAddress, data_dir: Path, password: str | None) -> int:
    """Online mode (services.online): show the window, ask for the server password unless it
    was given, connect off the main thread and fill the window from the team server."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Chair")
    app.setOrganizationName("ChairApp")
    _install_excepthook()
    from chair_app.ui.theme import apply_theme

    apply_theme(app)
    show_saved_language(data_dir)
    window = MainWindow()
    window.data_dir = data_dir
    window.show()
    QTimer.singleShot(0, lambda: open_server_into(window, address, data_dir, password))
    return run_until_closed(app, window)


def open_server_into(
    window: MainWindow, address: ServerAddress, data_dir: Path, password: str | None
) -> None:
    """Ask for the password (if needed), connect in the background, then attach the window."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    if password is None:
        from chair_app.services.server_settings import stored_password

        password = stored_password(address)
    if password is None:
        text, given = QInputDialog.getText(
            window,
            QCoreApplication.translate("Launch", "Team server"),
            QCoreApplication.translate("Launch", "Password for {server}:").format(
                server=address.display()
            ),
            QLineEdit.EchoMode.Password,
        )
        if not given:
            window.show_unavailable(
                QCoreApplication.translate(
                    "Launch", "Chair did not connect to the team server: no password was given."
                )
            )
            return
        password = text
    runner = BackgroundRunner(window)
    window.opening = runner
    window.show_opening()

    def connect() -> Store:
        from chair_app.services.online import open_server_store

        return open_server_store(address, password, data_dir)

    def done(store: Store) -> None:
        window.opening = None
        _attach(window, data_dir, store)
        window.statusBar().showMessage(
            QCoreApplication.translate("Launch", "Working on the team server {server}.").format(
                server=address.display()
            )
        )

    def failed(error: BaseException) -> None:
        window.opening = None
        logger.warning("online mode: the team server could not be used")
        window.show_unavailable(str(error))

    runner.run(connect, done, failed)


def show_saved_language(data_dir: Path) -> None:
    """Install the translators of the language kept for ``data_dir`` (English if none, or if
    its files are missing: then the log says so, and the window opens in English).

    English is the texts' own language: the widgets need no translator for it, so its one
    translator (the plain-words variant, used only once the data is open) is installed once the
    event loop runs, not before the window is shown.
    """
    from chair_app.core.language import Language
    from chair_app.services.language_setting import saved_language

    language = saved_language(data_dir)
    if language is Language.ENGLISH:
        QTimer.singleShot(0, lambda: _install_language(language))
    else:
        _install_language(language)


def _install_language(language: Language) -> None:
    from chair_app.ui.i18n import app_translations

    if app_translations().switch(language):
        logger.warning("saved language %s could not be shown", language.value)


def _print_marks(app: QApplication, window: MainWindow) -> None:
    """For benchmarks/bench_startup.py: print when the window, the families and their deadlines
    are shown, each with the process's peak memory so far (KiB), then quit."""
    import resource

    printed: set[str] = set()

    def mark(name: str) -> None:
        if name not in printed:
            printed.add(name)
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            print(f"{name} {peak}", flush=True)

    def attached() -> None:
        mark("families-shown")  # when no first screen could be shown
        page = window.family_page
        if page is None or page.family is None:
            app.quit()
            return

        def deadlines_shown() -> None:
            mark("deadlines-shown")
            app.quit()

        page.deadlines_shown.connect(deadlines_shown)

    # Once the event loop has run: what was put on screen is painted.
    QTimer.singleShot(0, lambda: mark("window-shown"))
    window.families_listed.connect(lambda: QTimer.singleShot(0, lambda: mark("families-shown")))
    window.context_attached.connect(attached)


def run_until_closed(app: QApplication, window: MainWindow) -> int:
    """Run the window until it is closed, by the user or by the system: SIGTERM (log-out,
    shutdown, ``kill``) closes it as the user would, so pending typing is saved. Then the data
    file is closed, which folds the write-ahead log into it."""
    import signal
    import socket

    from PySide6.QtCore import QSocketNotifier

    # Python runs a signal handler only when it has control; Qt's loop is C++. The signal wakes
    # a socket that Qt watches, so the handler runs at once.
    wake_reader, wake_writer = socket.socketpair()
    wake_reader.setblocking(False)
    wake_writer.setblocking(False)
    previous_wakeup = signal.set_wakeup_fd(wake_writer.fileno())
    notifier = QSocketNotifier(wake_reader.fileno(), QSocketNotifier.Type.Read)

    def drain() -> None:
        with contextlib.suppress(OSError):
            wake_reader.recv(64)

    notifier.activated.connect(drain)

    def terminate(_signum: int, _frame: object) -> None:
        logger.info("asked to end by the system; closing as the user would")
        window.close()
        app.quit()

    previous_handler = signal.signal(signal.SIGTERM, terminate)
    try:
        status = int(app.exec())
    finally:
        signal.signal(signal.SIGTERM, previous_handler)
        signal.set_wakeup_fd(previous_wakeup)
        notifier.setEnabled(False)
        wake_reader.close()
        wake_writer.close()
    ctx = window.context_or_none()
    if ctx is not None:
        ctx.close_store()
    return status
