"""The main window's actions on the open data: restoring a backup, Settings, checking a minutes
file, meeting records to and from another laptop (issue 8), and plain words with the glossary
(issue 7). The window builds the menus and keeps the actions; these are what they do."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from chair_app.core.errors import StorageUnavailable

if TYPE_CHECKING:
    from chair_app.services.backup import Backup
    from chair_app.services.minutes import VerifyResult
    from chair_app.ui.context import AppContext
    from chair_app.ui.main_window import MainWindow

logger = logging.getLogger(__name__)


class WindowActions:
    def __init__(self, window: MainWindow) -> None:
        self._window = window

    # Backups

    def choose_backup(self) -> None:
        """List the backups, newest first; restoring one is confirmed, then done."""
        from chair_app.services.backup import list_backups, made_under_earlier_passphrase
        from chair_app.ui.backup_dialog import RestoreBackupDialog

        window = self._window
        ctx = window.ctx
        backups = list_backups(ctx.data_dir)
        if not backups:
            ctx.prompts.info(
                window,
                QCoreApplication.translate("WindowActions", "Restore a backup"),
                QCoreApplication.translate(
                    "WindowActions", "There are no backups in {folder} yet."
                ).format(folder=ctx.data_dir),
            )
            return
        earlier = {b.path for b in backups if made_under_earlier_passphrase(ctx.data_dir, b)}
        dialog = RestoreBackupDialog(window, backups, earlier)
        dialog.accepted.connect(lambda: window.restore_backup(dialog.selected()))
        dialog.open()
        window.backup_dialog = dialog

    def restore_backup(self, backup: Backup) -> bool:
        """Replace the data with the backup's, once the chair agrees, then reopen the data.

        Returns:
            Whether the backup was restored.
        """
        from chair_app.ui.launch import reopen_data_into

        window = self._window
        ctx = window.ctx
        if not ctx.prompts.confirm(
            window,
            QCoreApplication.translate("WindowActions", "Restore a backup"),
            QCoreApplication.translate(
                "WindowActions",
                "Put the data back as it was on {backup}?\n\nEverything recorded since "
                "then will be replaced. The data as it is now is backed up first, so you can go "
                "back to it by restoring that backup. The window will then reopen the data.",
            ).format(backup=backup.label),
            yes=QCoreApplication.translate("WindowActions", "Restore"),
        ):
            return False
        # Nothing may use the old connections once the file is replaced: the pages go first.
        window.detach_context()
        ctx.close_store()
        restored = True
        try:
            assert ctx.store is not None
            before = ctx.store.restore(backup.path)
        except StorageUnavailable as error:
            logger.warning("restore failed")
            restored = False
            message = str(error)
        if not reopen_data_into(window, ctx):
            return restored
        if restored:
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "WindowActions", "Backup restored; the data has been reopened."
                ),
                10000,
            )
            window.ctx.prompts.info(
                window,
                QCoreApplication.translate("WindowActions", "Backup restored"),
                QCoreApplication.translate(
                    "WindowActions",
                    "The data is back as it was on {backup}, and the window has reopened "
                    "it.\n\nThe data as it was before is kept in the backup {before}.",
                ).format(backup=backup.label, before=before.name),
            )
        else:
            window.ctx.prompts.error(
                window, QCoreApplication.translate("WindowActions", "Backup not restored"), message
            )
        return restored

    # Settings, and checking a minutes file

    def open_settings(self) -> None:
        from chair_app.ui.settings_dialog import SettingsDialog

        window = self._window
        dialog = SettingsDialog(window, window.ctx)

        def accepted() -> None:
            dialog.save()
            language = dialog.chosen_language()
            if window.lock_timer.isActive():
                window.lock_timer.setInterval(window.ctx.schedule.settings.lock_minutes() * 60_000)
                window.lock_timer.start()
            if window.family_page is not None:
                window.family_page.refresh_family()
            if window.walkthrough is not None:
                window.walkthrough.controller.structure_changed.emit()
            window.statusBar().showMessage(
                QCoreApplication.translate("WindowActions", "Settings saved."), 6000
            )
            if language is not None:
                window.switch_language(language)

        dialog.accepted.connect(accepted)
        dialog.open()
        window.settings_dialog = dialog

    def check_minutes_file(self) -> None:
        """Ask for an exported DOCX or PDF and say whether it is the agreed minutes held here,
        a draft, changed since it was exported, or not ours. Read off the main thread."""
        from chair_app.ui.export_flow import default_export_folder

        window = self._window
        path = window.ctx.prompts.choose_open_file(
            window,
            QCoreApplication.translate("WindowActions", "Check a minutes file"),
            default_export_folder(),
            QCoreApplication.translate("WindowActions", "Minutes (*.docx *.pdf);;All files (*)"),
        )
        if path is None:
            return
        minutes = window.ctx.minutes
        window.verify_action.setEnabled(False)
        window.statusBar().showMessage(
            QCoreApplication.translate("WindowActions", "Checking {file}…").format(file=path.name)
        )

        def done(result: VerifyResult) -> None:
            from chair_app.services.minutes import VerifyKind

            window.verify_action.setEnabled(True)
            window.statusBar().clearMessage()
            if result.kind is VerifyKind.AGREED:
                window.ctx.prompts.info(
                    window,
                    QCoreApplication.translate("WindowActions", "The agreed minutes"),
                    result.message,
                )
            else:
                window.ctx.prompts.error(
                    window,
                    QCoreApplication.translate("WindowActions", "Not the agreed minutes"),
                    result.message,
                )

        def failed(error: BaseException) -> None:
            logger.error("checking a minutes file failed: %s", type(error).__name__)
            window.verify_action.setEnabled(True)
            window.statusBar().clearMessage()
            window.ctx.prompts.error(
                window,
                QCoreApplication.translate("WindowActions", "Not checked"),
                QCoreApplication.translate(
                    "WindowActions", "{file} could not be checked: {error}."
                ).format(file=path.name, error=type(error).__name__),
            )

        window.ctx.background.run(lambda: minutes.verify(path), done, failed)

    # Meeting records to and from another laptop (issue 8)

    def attach_record_transfer(self, ctx: AppContext) -> None:
        from chair_app.ui.record_transfer import RecordTransfer

        window = self._window
        window.record_transfer = RecordTransfer(
            ctx,
            window,
            current_meeting=self._record_meeting_id,
            before_import=window.close_meeting,
            actions=(window.export_record_action, window.import_record_action),
        )
        window.record_transfer.record_imported.connect(self._on_record_imported)
        window.export_record_action.setEnabled(True)
        window.import_record_action.setEnabled(True)

    def _on_record_imported(self, family_id: int) -> None:
        if self._window.family_page is not None:
            self._window.family_page.select_family(family_id)  # the family, with what came in

    def _record_meeting_id(self) -> int | None:
        """The meeting to export: the open one (its typing saved first), else the selected."""
        window = self._window
        if window.walkthrough is not None:
            window.walkthrough.controller.flush()
            return window.walkthrough.controller.meeting_id
        return window.family_page.selected_meeting_id() if window.family_page else None

    # Plain words and the glossary (issue 7)

    def attach_plain_words(self, ctx: AppContext) -> None:
        from chair_app.ui.glossary_dialog import plain_language_or_problem

        action = self._window.plain_words_action
        plain, problem = plain_language_or_problem()
        action.blockSignals(True)
        action.setChecked(ctx.schedule.settings.plain_language())
        action.blockSignals(False)
        action.setEnabled(plain is not None)
        self._window._plain_words_problem = problem if plain is None else ""
        self._window.retranslate()

    def plain_words_toggled(self, on: bool) -> None:
        window = self._window
        ctx = window.context_or_none()
        if ctx is None:
            return
        ctx.schedule.settings.set_plain_language(on)
        if window.walkthrough is not None:
            window.walkthrough.plain_words.set_window_plain(on)

    def open_glossary(self) -> None:
        from chair_app.ui.glossary_dialog import GlossaryDialog, plain_language_or_problem

        window = self._window
        plain, problem = plain_language_or_problem()
        if plain is None:
            ctx = window.context_or_none()
            if ctx is not None:
                ctx.prompts.error(
                    window,
                    QCoreApplication.translate("WindowActions", "Glossary"),
                    QCoreApplication.translate(
                        "WindowActions", "The glossary cannot be shown. {problem}"
                    ).format(problem=problem),
                )
            return
        dialog = GlossaryDialog(window, plain.glossary)
        dialog.open()
        window.glossary_dialog = dialog
