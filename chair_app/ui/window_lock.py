"""Locking the main window: the idle lock's countdown, File > Lock now, unlocking with the
passphrase, and File > Change passphrase. The window keeps the timer (``lock_timer``) and
watches for use (``MainWindow.eventFilter``); this holds what locking hides and brings back."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from chair_app.ui.passphrase_page import PassphraseMode

if TYPE_CHECKING:
    from chair_app.ui.change_passphrase_dialog import ChangePassphraseDialog
    from chair_app.ui.main_window import MainWindow

logger = logging.getLogger(__name__)


class WindowLock:
    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._locked_page: QWidget | None = None
        self._hidden_dialogs: list[QDialog] = []
        self.change_passphrase_dialog: ChangePassphraseDialog | None = None

    @property
    def is_locked(self) -> bool:
        return self._locked_page is not None

    def start_idle_lock(self) -> None:
        """Start the countdown (the setting's minutes without use) and watch for use."""
        window = self._window
        minutes = window.ctx.schedule.settings.lock_minutes()
        window.lock_timer.setInterval(minutes * 60_000)
        window.lock_timer.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(window)

    def lock(self) -> None:
        """Hide the record until the passphrase is typed again. Typing waiting to be saved is
        saved first; open dialogs are hidden with what is typed in them, and come back."""
        window = self._window
        if window.context_or_none() is None or self.is_locked:
            return
        window.lock_timer.stop()
        if window.walkthrough is not None:
            window.walkthrough.room.set_locked(True)  # the room display blanks first, at once
            window.walkthrough.controller.flush()
        self._locked_page = window.stack.currentWidget()
        self._hidden_dialogs = [
            dialog for dialog in window.findChildren(QDialog) if dialog.isVisible()
        ]
        for dialog in self._hidden_dialogs:
            dialog.hide()
        window.menuBar().setEnabled(False)
        window.statusBar().clearMessage()
        online = window.ctx.store is not None and window.ctx.store.online
        mode = PassphraseMode.SERVER_UNLOCK if online else PassphraseMode.UNLOCK
        window.ask_passphrase(mode, self._unlock, "" if online else self._demo_hint())
        logger.info("window locked")

    def _demo_hint(self) -> str:
        from chair_app.services.storage import DEMO_PASSPHRASE, is_demo_folder

        ctx = self._window.context_or_none()
        if ctx is not None and is_demo_folder(ctx.data_dir):
            return QCoreApplication.translate(
                "WindowLock", "This is the demo: its passphrase is {passphrase}."
            ).format(passphrase=DEMO_PASSPHRASE)
        return ""

    def _unlock(self, passphrase: str) -> None:
        window = self._window
        store = window.ctx.store
        if store is None or not store.passphrase_matches(passphrase):
            logger.warning("unlock refused")
            if store is not None and store.online:
                message = QCoreApplication.translate(
                    "WindowLock",
                    "That is not the team server's password. Check it (capital letters count) "
                    "and try again.",
                )
            else:
                message = QCoreApplication.translate(
                    "WindowLock",
                    "That is not the passphrase. Check it (capital letters count) and try again.",
                )
            window.passphrase_refused(message)
            return
        page, self._locked_page = self._locked_page, None
        if page is None:
            page = window.family_page
        if page is not None:
            window.stack.setCurrentWidget(page)
        window.menuBar().setEnabled(True)
        if window.walkthrough is not None:
            window.walkthrough.room.set_locked(False)
        for dialog in self._hidden_dialogs:
            dialog.show()
        self._hidden_dialogs = []
        window.lock_timer.start()
        logger.info("window unlocked")

    def change_passphrase(self) -> None:
        from chair_app.ui.change_passphrase_dialog import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(self._window, self._window.ctx)
        dialog.accepted.connect(self._on_passphrase_changed)
        dialog.open()
        self.change_passphrase_dialog = dialog

    def _on_passphrase_changed(self) -> None:
        from chair_app.ui.launch import build_context

        window = self._window
        store = window.ctx.store
        assert store is not None
        # The store reopened the file under the new passphrase: new services on it.
        window.attach_context(
            build_context(store.factory, store.data_dir, window.ctx.prompts, store)
        )
        window.ctx.prompts.info(
            window,
            QCoreApplication.translate("WindowLock", "Passphrase changed"),
            QCoreApplication.translate(
                "WindowLock",
                "The records and their backups are now locked with the new passphrase. The old "
                "one no longer opens them.",
            )
            + (f" {store.notice}" if store.notice else ""),
        )
