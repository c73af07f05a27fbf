"""The main window: the families page, and the walk-through of whichever meeting is open."""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from chair_app.core.errors import NotFound, StorageUnavailable
from chair_app.core.language import Language, display_language
from chair_app.ui.context import AppContext
from chair_app.ui.passphrase_page import PassphraseMode, PassphrasePage
from chair_app.ui.window_actions import WindowActions
from chair_app.ui.window_lock import WindowLock

if TYPE_CHECKING:
    from chair_app.core.domain import FamilySummary
    from chair_app.services.backup import Backup
    from chair_app.ui.background import BackgroundRunner
    from chair_app.ui.backup_dialog import RestoreBackupDialog
    from chair_app.ui.family_page import FamilyPage
    from chair_app.ui.first_screen import FirstScreenPage
    from chair_app.ui.glossary_dialog import GlossaryDialog
    from chair_app.ui.record_transfer import RecordTransfer
    from chair_app.ui.settings_dialog import SettingsDialog
    from chair_app.ui.team_server import TeamSync
    from chair_app.ui.walkthrough import MeetingWalkthrough

logger = logging.getLogger(__name__)

# What counts as using the window: these reset the idle lock's countdown.
_ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class MainWindow(QMainWindow):
    """The main window. It can be shown before the data is open (start-up shows it at once and
    opens the database next); ``attach_context`` then fills it.

    Signals:
        families_listed(): the families are on screen (the first screen, before the rest loads).
        context_attached(): the data is open and the window's actions work.
    """

    families_listed = Signal()
    context_attached = Signal()
    record_transfer: RecordTransfer  # set by attach_context
    team_sync: TeamSync  # likewise (ui.team_server)
    # The dialogs last opened from the menus (ui.window_actions).
    backup_dialog: RestoreBackupDialog
    settings_dialog: SettingsDialog
    glossary_dialog: GlossaryDialog

    def __init__(self, ctx: AppContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.resize(1200, 800)
        self.stack = QStackedWidget()
        # Saving has stopped (a full disk): said here, above everything, and not in a dialog,
        # so typing goes on; it goes once what was typed meanwhile is saved.
        self.save_problem_banner = QLabel()
        self.save_problem_banner.setObjectName("saveProblemBanner")
        self.save_problem_banner.setWordWrap(True)
        self.save_problem_banner.setStyleSheet(
            "QLabel { background: #fde7e9; color: #6b0f16; border: 2px solid #a4262c;"
            " padding: 6px; font-weight: bold; }"
        )
        self.save_problem_banner.hide()
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.save_problem_banner)
        central_layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.loading_label = QLabel()
        self.loading_label.setObjectName("loading_label")
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading_label.setWordWrap(True)
        # Lines a reader can follow: a long message wraps in a column, not across the screen.
        self.loading_label.setMaximumWidth(640)
        self.unavailable_page = QWidget()
        self.unavailable_page.setObjectName("unavailable_page")
        unavailable_layout = QVBoxLayout(self.unavailable_page)
        unavailable_layout.addStretch(1)
        # Centred by stretches, not an alignment flag, which would size the label by its hint
        # and clip the wrapped lines.
        label_row = QHBoxLayout()
        label_row.addStretch(1)
        label_row.addWidget(self.loading_label, 4)
        label_row.addStretch(1)
        unavailable_layout.addLayout(label_row)
        self.recover_button = QPushButton()
        self.recover_button.setObjectName("recover_button")
        self.recover_button.hide()
        self.recover_button.clicked.connect(self._on_recover_clicked)
        unavailable_layout.addWidget(self.recover_button, 0, Qt.AlignmentFlag.AlignHCenter)
        unavailable_layout.addStretch(2)
        self.stack.addWidget(self.unavailable_page)
        self.passphrase_page = PassphrasePage()
        self.passphrase_page.passphrase_entered.connect(self._on_passphrase_entered)
        self.passphrase_page.backup_requested.connect(self._on_recover_clicked)
        self.stack.addWidget(self.passphrase_page)
        self._on_passphrase: Callable[[str], object] | None = None
        self._recover: Callable[[], None] | None = None
        # The idle lock: the record is hidden after the set minutes without use.
        self.lock_timer = QTimer(self)
        self.lock_timer.setObjectName("lock_timer")
        self.lock_timer.setSingleShot(True)
        self.lock_timer.timeout.connect(self.lock)
        self.locking = WindowLock(self)
        self.data_actions = WindowActions(self)
        self.walkthrough: MeetingWalkthrough | None = None
        # The menus' texts are set by retranslate(), again whenever the language changes.
        self.file_menu = self.menuBar().addMenu("")
        file_menu = self.file_menu
        self.new_family_action = QAction(self)
        self.new_family_action.setObjectName("new_family_action")
        self.new_family_action.setEnabled(False)
        self.new_family_action.triggered.connect(self._on_new_family_triggered)
        file_menu.addAction(self.new_family_action)
        self.settings_action = QAction(self)
        self.settings_action.setObjectName("settings_action")
        self.settings_action.setEnabled(False)
        self.settings_action.triggered.connect(self.open_settings)
        file_menu.addAction(self.settings_action)
        self.verify_action = QAction(self)
        self.verify_action.setObjectName("verify_action")
        self.verify_action.setEnabled(False)
        self.verify_action.triggered.connect(self.data_actions.check_minutes_file)
        file_menu.addAction(self.verify_action)
        # Hand a meeting to another laptop (issue 8): ui.record_transfer runs both.
        self.export_record_action = QAction(self)
        self.export_record_action.setObjectName("export_record_action")
        self.export_record_action.setEnabled(False)
        self.export_record_action.triggered.connect(lambda: self.record_transfer.export_record())
        file_menu.addAction(self.export_record_action)
        self.import_record_action = QAction(self)
        self.import_record_action.setObjectName("import_record_action")
        self.import_record_action.setEnabled(False)
        self.import_record_action.triggered.connect(lambda: self.record_transfer.import_record())
        file_menu.addAction(self.import_record_action)
        # The team server (issue 18): ui.team_server runs these.
        self.team_server_action = QAction(self)
        self.team_server_action.setObjectName("teamServerAction")
        self.team_server_action.setEnabled(False)
        self.team_server_action.triggered.connect(lambda: self.team_sync.open_server_dialog())
        file_menu.addAction(self.team_server_action)
        self.sync_action = QAction(self)
        self.sync_action.setObjectName("syncAction")
        self.sync_action.setEnabled(False)
        self.sync_action.triggered.connect(lambda: self.team_sync.sync())
        file_menu.addAction(self.sync_action)
        self.held_differences_action = QAction(self)
        self.held_differences_action.setObjectName("heldDifferencesAction")
        self.held_differences_action.setEnabled(False)
        self.held_differences_action.triggered.connect(
            lambda: self.team_sync.choose_differences()
        )
        file_menu.addAction(self.held_differences_action)
        self._reopen_after_sync: tuple[int, int] | None = None
        self.last_sync_label = QLabel()
        self.last_sync_label.setObjectName("lastSyncLabel")
        self.last_sync_label.hide()
        self.statusBar().addPermanentWidget(self.last_sync_label)
        self.restore_backup_action = QAction(self)
        self.restore_backup_action.setObjectName("restore_backup_action")
        self.restore_backup_action.setEnabled(False)
        self.restore_backup_action.triggered.connect(self.data_actions.choose_backup)
        file_menu.addAction(self.restore_backup_action)
        self.change_passphrase_action = QAction(self)
        self.change_passphrase_action.setObjectName("change_passphrase_action")
        self.change_passphrase_action.setEnabled(False)
        self.change_passphrase_action.triggered.connect(self.locking.change_passphrase)
        file_menu.addAction(self.change_passphrase_action)
        self.lock_action = QAction(self)
        self.lock_action.setObjectName("lock_action")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setEnabled(False)
        self.lock_action.triggered.connect(self.lock)
        file_menu.addAction(self.lock_action)
        self.quit_action = QAction(self)
        self.quit_action.setObjectName("quit_action")
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)
        # Plain words and the glossary (issue 7)
        self.view_menu = self.menuBar().addMenu("")
        view_menu = self.view_menu
        self.plain_words_action = QAction(self)
        self.plain_words_action.setObjectName("plain_words_action")
        self.plain_words_action.setCheckable(True)
        self.plain_words_action.setEnabled(False)
        self.plain_words_action.toggled.connect(self.data_actions.plain_words_toggled)
        view_menu.addAction(self.plain_words_action)
        self.team_view_action = QAction(self)
        self.team_view_action.setObjectName("teamViewAction")
        self.team_view_action.setEnabled(False)
        self.team_view_action.triggered.connect(lambda: self.team_sync.open_team_view())
        view_menu.addAction(self.team_view_action)
        # The language (issue 17): each named in its own language, never translated.
        self.language_menu = view_menu.addMenu("")
        self.language_menu.setObjectName("language_menu")
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[Language, QAction] = {}
        for language in Language:
            action = QAction(language.native_name, self)
            action.setObjectName(f"language_{language.value}_action")
            action.setCheckable(True)
            action.setChecked(language is display_language())
            action.triggered.connect(partial(self.switch_language, language))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[language] = action
        self.help_menu = self.menuBar().addMenu("")
        help_menu = self.help_menu
        self.glossary_action = QAction(self)
        self.glossary_action.setObjectName("glossary_action")
        self.glossary_action.setShortcut(QKeySequence("F1"))
        self.glossary_action.triggered.connect(self.data_actions.open_glossary)
        help_menu.addAction(self.glossary_action)
        self.about_action = QAction(self)
        self.about_action.setObjectName("about_action")
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)
        self.about_box: QMessageBox | None = None
        # Where the data is (and the language is kept): set by ui.launch before it opens.
        self.data_dir: Path | None = None
        self._plain_words_problem = ""
        self._ctx: AppContext | None = None
        self.family_page: FamilyPage | None = None
        # The families shown before the data is open (ui.first_screen), and the work opening it.
        self.first_screen: FirstScreenPage | None = None
        self.opening: BackgroundRunner | None = None
        self.retranslate()
        if ctx is not None:
            self.attach_context(ctx)

    @property
    def ctx(self) -> AppContext:
        assert self._ctx is not None, "the data is not open yet"
        return self._ctx

    def context_or_none(self) -> AppContext | None:
        """The open data's context, or None while no data is open."""
        return self._ctx

    # The language (issue 17)

    def retranslate(self) -> None:
        """Set every text the window itself owns in the language shown now."""
        self.setWindowTitle(self.tr("Chair"))
        self.save_problem_banner.setAccessibleName(self.tr("Saving has stopped"))
        if not self.loading_label.styleSheet():  # opening (a refusal is red, and keeps its text)
            self.loading_label.setText(self.tr("Opening your meetings…"))
        self.recover_button.setText(self.tr("Open the latest good backup"))
        self.recover_button.setAccessibleDescription(
            self.tr("Set the damaged data file aside and open the newest backup that passes its check")
        )
        self.file_menu.setTitle(self.tr("&File"))
        self.new_family_action.setText(self.tr("&New family…"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.verify_action.setText(self.tr("&Check a minutes file…"))
        self.verify_action.setStatusTip(
            self.tr("Check whether an exported Word or PDF file is the agreed minutes, a draft, or changed")
        )
        self.export_record_action.setText(self.tr("E&xport meeting record…"))
        self.export_record_action.setStatusTip(
            self.tr("Write the selected meeting's full record, for another laptop running Chair")
        )
        self.import_record_action.setText(self.tr("&Import meeting record…"))
        self.import_record_action.setStatusTip(
            self.tr("Bring in a meeting record (or an encrypted package) from another laptop")
        )
        self.team_server_action.setText(self.tr("&Team server…"))
        self.team_server_action.setStatusTip(
            self.tr("Where your team's server is, and whether the password is kept in the keyring")
        )
        self.sync_action.setText(self.tr("S&ync with team server"))
        self.sync_action.setStatusTip(
            self.tr("Send what changed here to the team server and bring what changed there")
        )
        self.held_differences_action.setText(self.tr("&Differences to choose…"))
        self.held_differences_action.setStatusTip(
            self.tr("Families this laptop and the team server both changed: choose what to keep")
        )
        self.team_view_action.setText(self.tr("&Team view"))
        self.team_view_action.setStatusTip(
            self.tr("Your team's families on the server, with what is due and overdue")
        )
        self.restore_backup_action.setText(self.tr("&Restore a backup…"))
        self.restore_backup_action.setStatusTip(
            self.tr("Put the data back as it was in one of the backups Chair keeps")
        )
        self.change_passphrase_action.setText(self.tr("Change &passphrase…"))
        self.lock_action.setText(self.tr("&Lock now"))
        self.lock_action.setStatusTip(self.tr("Hide the record until the passphrase is typed again"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.plain_words_action.setText(self.tr("&Plain words"))
        if self._plain_words_problem:
            self.plain_words_action.setStatusTip(
                self.tr("Plain words cannot be shown: {problem}").format(
                    problem=self._plain_words_problem
                )
            )
        else:
            self.plain_words_action.setStatusTip(
                self.tr("Show every meeting in short everyday words, with a guide for the chair")
            )
        self.language_menu.setTitle(self.tr("&Language"))
        from chair_app.services.language_setting import language_fixed

        fixed = language_fixed()  # by IT (services.site_config): shown, but not changed here
        for language, action in self.language_actions.items():
            action.setChecked(language is display_language())
            action.setEnabled(not fixed)
        self.help_menu.setTitle(self.tr("&Help"))
        self.glossary_action.setText(self.tr("&Glossary: what the words mean…"))
        self.about_action.setText(self.tr("&About Chair…"))
        self.passphrase_page.retranslate()
        if self.first_screen is not None:
            self.first_screen.retranslate()

    def switch_language(self, language: Language) -> bool:
        """Show ``language`` from now on, and keep it for the next start.

        What is typed is saved first; if it cannot be, nothing changes and the chair is told.
        An open meeting is closed and opened again at the same step, in the new language.

        Returns:
            Whether the window is in ``language`` now.
        """
        from chair_app.ui.i18n import app_translations

        language = Language(language)
        if language is display_language():
            self.retranslate()  # the menu's check mark back where it belongs
            return True
        reopen: tuple[int, int] | None = None
        room_was = (False, False)
        if self.walkthrough is not None:
            controller = self.walkthrough.controller
            controller.flush()
            if controller.autosaver.has_pending:
                logger.warning("language not switched: typing not saved")
                self.retranslate()
                self._language_problem(
                    self.tr(
                        "The language has not been changed, because some of what you typed "
                        "could not be saved: {problem}\n\nFree some space (or fix the problem) "
                        "and try again."
                    ).format(
                        problem=self.save_problem_banner.text()
                        or self.tr("the data could not be written.")
                    )
                )
                return False
            reopen = (controller.meeting_id, self.walkthrough.current_index)
            room = self.walkthrough.room
            # The room display comes back after the switch as it was: open, and paused if it
            # was paused (so the record never reaches the room in between).
            room_was = (room.display.isVisible(), room.blank_button.isChecked())
        problem = app_translations().switch(language)
        if problem:
            self.retranslate()
            self._language_problem(problem)
            return False
        logger.info("language switched to %s", language.value)
        self.retranslate()
        if self._ctx is not None:
            if reopen is not None:
                self.close_meeting()
            page = self.family_page
            chosen = page.family.id if page is not None and page.family is not None else None
            search = page.search_edit.text() if page is not None else ""
            self._install_family_page(chosen, search)
            if reopen is not None:
                meeting_id, step = reopen
                self.open_meeting(meeting_id)
                if self.walkthrough is not None:
                    self.walkthrough.step_list.setCurrentRow(step)
                    open_room, paused = room_was
                    if open_room:
                        self.walkthrough.room.blank_button.setChecked(paused)
                        self.walkthrough.room.open_display()
        folder = self._ctx.data_dir if self._ctx is not None else self.data_dir
        if folder is not None:
            from chair_app.services.language_setting import save_language

            not_kept = save_language(folder, language)
            if not_kept:
                self._language_problem(not_kept)
        return True

    def _language_problem(self, text: str) -> None:
        if self._ctx is not None:
            self._ctx.prompts.error(self, self.tr("Language"), text)
        else:
            QMessageBox.warning(self, self.tr("Language"), text)

    def show_about(self) -> None:
        """Help > About Chair: the version, and how many Welsh texts a Welsh speaker reviewed."""
        from importlib.metadata import PackageNotFoundError, version

        from chair_app.services.translations import review_counts

        try:
            number = version("chair-app")
        except PackageNotFoundError:
            number = "?"
        reviewed, translated = review_counts(Language.WELSH)
        box = QMessageBox(self)
        box.setObjectName("about_box")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("About Chair"))
        box.setText(self.tr("Chair, version {version}").format(version=number))
        box.setInformativeText(
            self.tr(
                "Chairing and minuting child-protection meetings.\n\n"
                "{reviewed} of {translated} Welsh texts have been reviewed by a Welsh speaker; "
                "the others await review."
            ).format(reviewed=reviewed, translated=translated)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.open()
        self.about_box = box

    def show_unavailable(self, message: str, recover: Callable[[], None] | None = None) -> None:
        """The data could not be opened: say why, in the window, and change nothing.

        Args:
            recover: if given, a button offers it ("Open the latest good backup").
        """
        self.detach_context()
        self._drop_first_screen()
        self.loading_label.setText(
            self.tr("Chair cannot open your data.\n\n{message}").format(message=message)
        )
        self.loading_label.setStyleSheet("color: #a4262c;")
        self._recover = recover
        self.recover_button.setVisible(recover is not None)
        self.stack.setCurrentWidget(self.unavailable_page)

    def show_opening(self) -> None:
        self.loading_label.setText(self.tr("Opening your meetings…"))
        self.loading_label.setStyleSheet("")
        self.recover_button.hide()
        self.stack.setCurrentWidget(self.unavailable_page)
        QApplication.processEvents()

    def show_first_screen(self, families: tuple[FamilySummary, ...]) -> None:
        """Show the families at once, while the rest opens: read only, the actions still off."""
        from chair_app.ui.first_screen import FirstScreenPage

        self._drop_first_screen()
        self.first_screen = FirstScreenPage(families)
        self.stack.addWidget(self.first_screen)
        self.stack.setCurrentWidget(self.first_screen)
        self.first_screen.family_list.setFocus()
        self.families_listed.emit()

    def _drop_first_screen(self) -> int | None:
        """Take the first screen away; the family chosen on it, if any."""
        page, self.first_screen = self.first_screen, None
        if page is None:
            return None
        self.stack.removeWidget(page)
        page.deleteLater()
        return page.chosen_family_id()

    @property
    def is_opening(self) -> bool:
        """Whether the data is being opened off the main thread."""
        return self.opening is not None

    def ask_passphrase(
        self, mode: PassphraseMode, on_entered: Callable[[str], object], hint: str = ""
    ) -> None:
        """Show the passphrase page; ``on_entered`` gets what is typed."""
        self._on_passphrase = on_entered
        self.passphrase_page.set_mode(mode, hint)
        self.stack.setCurrentWidget(self.passphrase_page)
        self.passphrase_page.passphrase_edit.setFocus()

    def passphrase_refused(self, message: str, recover: Callable[[], None] | None = None) -> None:
        """Back to the passphrase page with the reason; nothing was changed."""
        self._recover = recover
        self._drop_first_screen()
        self.stack.setCurrentWidget(self.passphrase_page)
        self.passphrase_page.clear()
        self.passphrase_page.show_problem(message, offer_backup=recover is not None)

    def _on_passphrase_entered(self, passphrase: str) -> None:
        if self._on_passphrase is not None:
            self._on_passphrase(passphrase)

    def _on_recover_clicked(self) -> None:
        recover, self._recover = self._recover, None
        if recover is not None:
            recover()

    # Locking (ui.window_lock) and what the File menu does with the data (ui.window_actions)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY_EVENTS and self.lock_timer.isActive():
            self.lock_timer.start()  # any use restarts the idle lock's countdown
        return False

    @property
    def is_locked(self) -> bool:
        return self.locking.is_locked

    def lock(self) -> None:
        """Hide the record until the passphrase is typed again (ui.window_lock)."""
        self.locking.lock()

    def restore_backup(self, backup: Backup) -> bool:
        """Put the data back as in ``backup``, once the chair agrees (ui.window_actions).

        Returns:
            Whether the backup was restored.
        """
        return self.data_actions.restore_backup(backup)

    def open_settings(self) -> None:
        self.data_actions.open_settings()

    def attach_context(self, ctx: AppContext) -> None:
        # The pages are imported now, not at start-up: the window is on screen before they load.
        from chair_app.ui.export_flow import MinutesExporter

        self.detach_context()
        chosen = self._drop_first_screen()
        self._ctx = ctx
        self.exporter = MinutesExporter(ctx, self)
        self._install_family_page(chosen)
        self.data_actions.attach_record_transfer(ctx)
        self._attach_team_sync(ctx)
        self.new_family_action.setEnabled(True)
        self.settings_action.setEnabled(True)
        self.verify_action.setEnabled(True)
        online = ctx.store is not None and ctx.store.online
        # On the team server (online mode) backups and the password are IT's (services.online).
        self.restore_backup_action.setEnabled(not online)
        encrypted = ctx.store is not None and ctx.store.is_encrypted
        self.change_passphrase_action.setEnabled(
            ctx.store is not None and ctx.store.can_change_passphrase
        )
        self.lock_action.setEnabled(encrypted)
        self.data_actions.attach_plain_words(ctx)
        if encrypted:
            self.locking.start_idle_lock()
        self.exporter.export_started.connect(
            lambda: self.statusBar().showMessage(self.tr("Writing the minutes…"))
        )
        self.exporter.export_finished.connect(self._on_export_finished)
        self.exporter.export_failed.connect(self._on_export_failed)
        self.statusBar().showMessage(
            self.tr("Data folder: {folder}").format(folder=ctx.data_dir), 8000
        )
        self.context_attached.emit()

    def _attach_team_sync(self, ctx: AppContext) -> None:
        from chair_app.ui.team_server import TeamSync

        self.team_sync = TeamSync(
            ctx,
            self,
            sync_action=self.sync_action,
            held_action=self.held_differences_action,
            team_view_action=self.team_view_action,
            last_sync_label=self.last_sync_label,
            before_sync=self._before_sync,
            after_sync=self._after_sync,
        )
        self.team_sync.families_changed.connect(self._on_families_synced)
        for action in (self.team_server_action, self.sync_action, self.team_view_action):
            action.setEnabled(True)
        self.team_sync.refresh()

    def _before_sync(self) -> bool:
        """Save what is typed and close the open meeting (the sync may bring a newer version
        of it); it is opened again afterwards. False: some typing could not be saved."""
        self._reopen_after_sync = None
        if self.walkthrough is None:
            return True
        controller = self.walkthrough.controller
        controller.flush()
        if controller.autosaver.has_pending:
            logger.warning("sync not started: typing not saved")
            return False
        reopen = (controller.meeting_id, self.walkthrough.current_index)
        if not self.close_meeting():
            return False
        self._reopen_after_sync = reopen
        return True

    def _after_sync(self) -> None:
        reopen, self._reopen_after_sync = self._reopen_after_sync, None
        if reopen is None or self.walkthrough is not None or self._ctx is None:
            return
        meeting_id, step = reopen
        self.open_meeting(meeting_id)
        if self.walkthrough is not None:
            self.walkthrough.step_list.setCurrentRow(step)

    def _on_families_synced(self) -> None:
        page = self.family_page
        if page is not None:
            page.reload_families(page.family.id if page.family is not None else None)

    def _install_family_page(self, chosen: int | None, search: str = "") -> None:
        """Build the family page (again, after a change of language), showing ``chosen``."""
        from chair_app.ui.family_page import FamilyPage

        old, self.family_page = self.family_page, None
        page = FamilyPage(self.ctx)
        if search:
            page.search_edit.setText(search)
        if chosen is not None and page.family is not None and page.family.id != chosen:
            page.select_family(chosen)
        page.meeting_opened.connect(self.open_meeting)
        page.export_requested.connect(self.exporter.export)
        self.family_page = page
        self.stack.addWidget(page)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        if self.walkthrough is None and not self.is_locked:
            self.stack.setCurrentWidget(page)
            # The window is on screen (and active) before the data opens: without this nothing
            # has the keyboard focus, and a chair's first key press is lost.
            page.search_edit.setFocus()

    def detach_context(self) -> None:
        """Let go of the open data (before it is reopened, or when it cannot be)."""
        if self._ctx is None:
            return
        self.close_meeting()
        self._ctx.background.wait()
        for action in (
            self.new_family_action,
            self.settings_action,
            self.verify_action,
            self.restore_backup_action,
            self.change_passphrase_action,
            self.lock_action,
            self.plain_words_action,
            self.export_record_action,
            self.import_record_action,
            self.team_server_action,
            self.sync_action,
            self.held_differences_action,
            self.team_view_action,
        ):
            action.setEnabled(False)
        self.record_transfer.deleteLater()
        self.team_sync.deleteLater()
        self.last_sync_label.hide()
        self.lock_timer.stop()
        if self.family_page is not None:
            self.stack.removeWidget(self.family_page)
            self.family_page.deleteLater()
            self.family_page = None
        self.exporter.deleteLater()
        self.stack.setCurrentWidget(self.unavailable_page)
        self._ctx = None

    def _on_new_family_triggered(self) -> None:
        if self.family_page is not None:
            self.family_page.new_family_button.click()

    def open_meeting(self, meeting_id: int) -> None:
        from chair_app.ui.meeting_controller import MeetingController
        from chair_app.ui.walkthrough import MeetingWalkthrough

        if not self.close_meeting():
            return
        try:
            controller = MeetingController(self.ctx, meeting_id)
        except (NotFound, StorageUnavailable) as error:
            self.ctx.prompts.error(self, self.tr("Open meeting"), str(error))
            return
        self.walkthrough = MeetingWalkthrough(controller, self.exporter)
        controller.setParent(self.walkthrough)
        controller.save_problem.connect(self.show_save_problem)
        self.walkthrough.leave_requested.connect(self.close_meeting)
        self.walkthrough.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.stack.addWidget(self.walkthrough)
        self.stack.setCurrentWidget(self.walkthrough)
        self.walkthrough.step_list.setFocus()
        # As at start-up (launch.settle_memory): what the meeting loaded (a long plan is many
        # thousands of objects) is moved out of the garbage collector's reach now, or every
        # full collection while typing walks it all and stalls the window.
        gc.collect()
        gc.freeze()

    def show_save_problem(self, text: str) -> None:
        """Say why saving has stopped (text), or that it works again ("")."""
        if text:
            self.save_problem_banner.setText(self.tr("Saving has stopped. {reason}").format(reason=text))
            self.save_problem_banner.setAccessibleDescription(text)
        self.save_problem_banner.setVisible(bool(text))

    def _unsaved_kept(self) -> bool:
        """Save what is pending; if some of it still cannot be written, say so and offer to
        keep the window open and try again. True: go on (and lose what is not written only
        if the chair said so)."""
        if self.walkthrough is None:
            return True
        controller = self.walkthrough.controller
        controller.flush()
        while controller.autosaver.has_pending:
            if self.ctx.prompts.confirm(
                self,
                self.tr("Not saved yet"),
                self.tr(
                    "Some of what you typed is not saved yet: {problem}\n\n"
                    "Free some space (or fix the problem) and try again. If you leave now, what "
                    "you typed since saving stopped is lost."
                ).format(
                    problem=self.save_problem_banner.text()
                    or self.tr("the data could not be written.")
                ),
                yes=self.tr("Try again"),
            ):
                controller.flush()
                continue
            return self.ctx.prompts.confirm(
                self,
                self.tr("Lose what is not saved?"),
                self.tr("What you typed since saving stopped will be lost. Leave anyway?"),
                yes=self.tr("Leave and lose it"),
            )
        return True

    def close_meeting(self) -> bool:
        """Save what is pending and go back to the family. False: the chair chose to stay,
        because some of the typing could not be saved."""
        if self.walkthrough is None:
            return True
        if not self._unsaved_kept():
            return False
        self.walkthrough.room.close_display()
        walkthrough, self.walkthrough = self.walkthrough, None
        self.stack.removeWidget(walkthrough)
        walkthrough.deleteLater()
        if self.family_page is not None:
            self.stack.setCurrentWidget(self.family_page)
            self.family_page.refresh_family()
        self.show_save_problem("")
        return True

    def _on_export_finished(self, paths: list[Path]) -> None:
        # The minutes are no longer due: the family's deadlines change.
        if self.family_page is not None:
            self.family_page.refresh_family()
        folder = paths[0].parent if paths else Path()
        self.statusBar().showMessage(
            self.tr("Minutes saved in {folder}").format(folder=folder), 10000
        )
        from chair_app.ui.export_flow import confirmation_text

        self.ctx.prompts.info(
            self, self.tr("Minutes exported"), confirmation_text(paths, self.exporter.last_protected)
        )

    def _on_export_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("The minutes were not exported."), 10000)
        self.ctx.prompts.error(self, self.tr("Minutes not exported"), message)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Nothing to save by hand: pending typing is written now, and running exports finish.
        # Typing that cannot be written (a full disk) is never dropped without asking.
        if self.walkthrough is not None:
            if not self._unsaved_kept():
                event.ignore()
                return
            self.walkthrough.room.close_display()
        if self._ctx is not None:
            self._ctx.background.wait()
        # A closed window has nothing to lock, and watching every event of the application
        # costs every window still open.
        self.lock_timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        super().closeEvent(event)
