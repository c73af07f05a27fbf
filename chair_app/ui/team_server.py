"""The team server in the window: File > Team server… (where it is, its certificate authority,
whether the password is kept in the keyring), File > Sync with team server, File > Differences
to choose…, and View > Team view.

Every question is a dialog opened with ``open()``; all work with the server runs off the main
thread through ``ctx.background``, so the window never waits for the network. Nothing here
writes SQL: the services do (services.server_settings, services.sync, services.server_sync,
services.team_view). A password is only ever held in memory for the one piece of work it was
typed for.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chair_app.core.record_format import Difference, Side
from chair_app.ui.dialogs import _FormDialog
from chair_app.ui.record_transfer import ConflictsDialog, _names, _value_text

if TYPE_CHECKING:
    from chair_app.services.record_changes import ImportResult
    from chair_app.services.storage import SessionFactory
    from chair_app.services.sync import HeldFamily, LastSync, SyncReport
    from chair_app.services.team_view import ServerAddress, TeamFamilyDue
    from chair_app.ui.context import AppContext

logger = logging.getLogger(__name__)


class TeamServerDialog(_FormDialog):
    """Where the team server is: its address, the certificate authority file, and whether the
    password is kept in this computer's keyring. OK checks the address; nothing is saved
    while it is wrong."""

    def __init__(
        self,
        parent: QWidget | None,
        url: str,
        ca_file: str,
        remember: bool,
        keyring_available: bool,
        choose_ca_file: Callable[[], Path | None],
    ) -> None:
        super().__init__(self.tr("Team server"), parent)
        self.setObjectName("teamServerDialog")
        self._choose_ca_file = choose_ca_file
        self.note_label = QLabel(
            self.tr(
                "Chair syncs this laptop's record with your team's server when you choose "
                "File > Sync with team server. IT gives you the address, and the certificate "
                "authority file if your council uses its own."
            )
        )
        self.note_label.setObjectName("teamServerNoteLabel")
        self.note_label.setWordWrap(True)
        self.url_edit = QLineEdit(url)
        self.url_edit.setObjectName("serverUrlEdit")
        self.url_edit.setAccessibleName(self.tr("Server address"))
        self.url_edit.setPlaceholderText(self.tr("postgresql://your.name@server.council.example/chair"))
        self.ca_edit = QLineEdit(ca_file)
        self.ca_edit.setObjectName("caFileEdit")
        self.ca_edit.setAccessibleName(self.tr("Certificate authority file"))
        self.ca_button = QPushButton(self.tr("Choose…"))
        self.ca_button.setObjectName("caFileButton")
        self.ca_button.setAccessibleName(self.tr("Choose the certificate authority file"))
        self.ca_button.clicked.connect(self._on_choose_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_edit, 1)
        ca_row.addWidget(self.ca_button)
        self.remember_check = QCheckBox(
            self.tr("Remember the password in this computer's keyring")
        )
        self.remember_check.setObjectName("rememberPasswordCheck")
        self.remember_check.setChecked(remember and keyring_available)
        self.keyring_label = QLabel(
            ""
            if keyring_available
            else self.tr(
                "This computer has no keyring Chair can use, so the password is asked for at "
                "each sync. It is never written to a file."
            )
        )
        self.keyring_label.setObjectName("keyringNoteLabel")
        self.keyring_label.setWordWrap(True)
        self.keyring_label.setVisible(not keyring_available)
        self.remember_check.setEnabled(keyring_available)
        self.form.addRow(self.note_label)
        self.form.addRow(self.tr("Server address"), self.url_edit)
        self.form.addRow(self.tr("Certificate authority file"), ca_row)
        self.form.addRow(self.remember_check)
        self.form.addRow(self.keyring_label)
        self._forget_problem_on_edit(self.url_edit, self.ca_edit)
        self.setMinimumWidth(640)

    def _on_choose_ca(self) -> None:
        path = self._choose_ca_file()
        if path is not None:
            self.ca_edit.setText(str(path))
            self.message_label.hide()

    def problem(self) -> str:
        from chair_app.services.server_settings import check_server
        from chair_app.services.team_view import ServerUnavailable

        if not self.url_edit.text().strip():
            return self.tr("Type the server's address, as IT gave it.")
        try:
            check_server(self.url_edit.text(), self.ca_edit.text())
        except ServerUnavailable as error:
            return str(error)
        return ""

    def url(self) -> str:
        return self.url_edit.text().strip()

    def ca_file(self) -> str:
        return self.ca_edit.text().strip()

    def remember(self) -> bool:
        return self.remember_check.isChecked()


class ServerPasswordDialog(_FormDialog):
    """The team server's password, for one sync (or one read of the team view)."""

    def __init__(self, parent: QWidget | None, server: str, problem: str = "") -> None:
        super().__init__(self.tr("Team server password"), parent)
        self.setObjectName("serverPasswordDialog")
        self.note_label = QLabel(self.tr("The password for {server}:").format(server=server))
        self.note_label.setObjectName("serverPasswordNoteLabel")
        self.note_label.setWordWrap(True)
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("serverPasswordEdit")
        self.password_edit.setAccessibleName(self.tr("Team server password"))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.note_label)
        self.form.addRow(self.tr("Password"), self.password_edit)
        self._forget_problem_on_edit(self.password_edit)
        if problem:
            self.show_problem(problem)
        self.password_edit.setFocus()

    def problem(self) -> str:
        return "" if self.password_edit.text() else self.tr("Type the password.")

    def password(self) -> str:
        return self.password_edit.text()


def held_rows(held: HeldFamily) -> list[tuple[Difference, str, str, str]]:
    """Each difference of a held family as (difference, what, this laptop's, the server's)."""
    names = _names(held.record) if held.record else {}
    rows = []
    for difference in held.conflicts:
        what = difference.label.replace("_", " ").replace(".", " ")
        unit = held.units.get(difference.unit_uuid)
        if unit:
            what = f"{unit}: {what}"
        if difference.path and not difference.field:  # a whole record on one side only
            here = (
                QCoreApplication.translate("TeamSync", "Not on this laptop")
                if difference.local is None
                else QCoreApplication.translate("TeamSync", "On this laptop")
            )
            there = (
                QCoreApplication.translate("TeamSync", "Not on the server")
                if difference.incoming is None
                else QCoreApplication.translate("TeamSync", "On the server")
            )
        else:
            here = _value_text(difference.local, names)
            there = _value_text(difference.incoming, names)
        rows.append((difference, what, here, there))
    return rows


class TeamViewDialog(QDialog):
    """The team's families with what is due and overdue, overdue first: read from the server
    in the background, and saved as CSV on request."""

    save_requested = Signal()

    HEADERS_COUNT = 5

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("teamView")
        self.setWindowTitle(self.tr("Team view"))
        self.rows: tuple[TeamFamilyDue, ...] = ()
        self.status_label = QLabel(self.tr("Reading the team's families from the server…"))
        self.status_label.setObjectName("teamViewStatusLabel")
        self.status_label.setWordWrap(True)
        self.table = QTableWidget(0, self.HEADERS_COUNT)
        self.table.setObjectName("teamDueTable")
        self.table.setAccessibleName(self.tr("The team's families, overdue first"))
        self.table.setHorizontalHeaderLabels(
            (
                self.tr("Family"),
                self.tr("Team"),
                self.tr("Due by"),
                self.tr("Overdue"),
                self.tr("What is due"),
            )
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.save_button = QPushButton(self.tr("Save as CSV…"))
        self.save_button.setObjectName("saveTeamCsvButton")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_requested)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closeTeamViewButton")
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(1100, 620)

    def show_rows(self, rows: tuple[TeamFamilyDue, ...]) -> None:
        from chair_app.core.dates import format_short_date

        self.rows = rows
        self.table.setRowCount(len(rows))
        bold = QFont(self.font())
        bold.setBold(True)
        for index, row in enumerate(rows):
            overdue = (
                self.tr("Overdue by {days} days").format(days=row.days_overdue)
                if row.overdue
                else self.tr("No")
            )
            texts = (
                row.name,
                row.team,
                format_short_date(row.next_due) if row.next_due else "",
                overdue,
                row.what or self.tr("Nothing is due yet."),
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if row.overdue:
                    item.setFont(bold)
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(index, column, item)
        self.table.resizeRowsToContents()
        late = sum(1 for row in rows if row.overdue)
        self.status_label.setText(
            self.tr("{count} families; {late} with something overdue (listed first).").format(
                count=len(rows), late=late
            )
            if rows
            else self.tr("The server holds no families of your team yet.")
        )
        self.save_button.setEnabled(bool(rows))

    def show_failure(self, message: str) -> None:
        self.status_label.setText(message)
        self.status_label.setStyleSheet("color: #a4262c;")


def last_sync_text(last: LastSync | None, today: dt.date) -> str:
    """"Last sync: 14:05, 2 brought from the server…" for the status bar's label."""
    if last is None:
        return QCoreApplication.translate("TeamSync", "Not synced with the team server yet")
    local = last.at.astimezone() if last.at.tzinfo is not None else last.at
    when = local.strftime("%H:%M")
    if local.date() != today:
        from chair_app.core.dates import format_short_date

        when = f"{format_short_date(local.date())} {when}"
    return QCoreApplication.translate("TeamSync", "Last sync: {time}, {summary}").format(time=when, summary=last.summary)


class TeamSync(QObject):
    """Runs the team-server actions for the main window.

    Signals:
        synced(object): a sync finished (its SyncReport).
        families_changed(): the laptop's record may have changed (refresh what is shown).
    """

    synced = Signal(object)
    families_changed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        window: QMainWindow,
        *,
        sync_action: QAction,
        held_action: QAction,
        team_view_action: QAction,
        last_sync_label: QLabel,
        before_sync: Callable[[], bool],
        after_sync: Callable[[], None] = lambda: None,
    ) -> None:
        """Args:
        before_sync: saves what is typed (and closes the open meeting); False: stop, nothing
            is sent.
        after_sync: called once the sync is over, whatever happened (reopens the meeting).
        """
        super().__init__(window)
        self.setObjectName("teamSync")
        assert ctx.store is not None, "the team server syncs an open data folder"
        self.ctx = ctx
        self._window = window
        self._factory: SessionFactory = ctx.store.factory
        self._sync_action = sync_action
        self._held_action = held_action
        self._team_view_action = team_view_action
        self._label = last_sync_label
        self._before_sync = before_sync
        self._after_sync = after_sync
        self.dialog: QDialog | None = None  # the open question, if any
        self.team_view: TeamViewDialog | None = None
        self.running = False
        self._held: tuple[HeldFamily, ...] = ()

    # -- start-up --------------------------------------------------------------------------

    def refresh(self) -> None:
        """The label and the held families as the laptop's record has them (no connection)."""
        from chair_app.paths import LOCAL_AGENDAS_FOLDER
        from chair_app.services.server_settings import configured_server
        from chair_app.services.server_sync import held_families
        from chair_app.services.sync import last_sync

        address = configured_server(self._factory)
        last = last_sync(self._factory)
        self._held = (
            held_families(self._factory, address, self.ctx.data_dir / LOCAL_AGENDAS_FOLDER)
            if address is not None
            else ()
        )
        # The clock's day, not ctx.today (the record's day): the sync happened at a real time.
        self._label.setText(last_sync_text(last, dt.date.today()) if address or last else "")
        self._label.setVisible(bool(address or last))
        self._held_action.setEnabled(bool(self._held) and not self.running)

    # -- File > Team server… ---------------------------------------------------------------

    def open_server_dialog(self) -> None:
        from chair_app.services.server_settings import keyring_available
        from chair_app.services.settings import SettingsService

        settings = SettingsService(self._factory)

        def choose() -> Path | None:
            return self.ctx.prompts.choose_open_file(
                dialog,
                self.tr("Certificate authority file"),
                Path.home(),
                self.tr("Certificates (*.crt *.pem *.cer);;All files (*)"),
            )

        dialog = TeamServerDialog(
            self._window,
            settings.server_url(),
            settings.server_ca_file(),
            settings.remember_server_password(),
            keyring_available(),
            choose,
        )
        self._ask(dialog, lambda: self._save_server(dialog))

    def _save_server(self, dialog: TeamServerDialog) -> None:
        from chair_app.services.server_settings import forget_password, save_server
        from chair_app.services.settings import SettingFixed, SettingsService
        from chair_app.services.team_view import ServerUnavailable

        try:
            address = save_server(self._factory, dialog.url(), dialog.ca_file())
            SettingsService(self._factory).set_remember_server_password(dialog.remember())
        except (ServerUnavailable, SettingFixed) as error:
            self.ctx.prompts.error(self._window, self.tr("Team server"), str(error))
            return
        if not dialog.remember():
            forget_password(address)
        self._window.statusBar().showMessage(
            self.tr("Team server saved: {server}").format(server=address.display()), 8000
        )
        self.refresh()

    # -- the password ----------------------------------------------------------------------

    def _with_password(
        self, address: ServerAddress, then: Callable[[str | None, bool], None], problem: str = ""
    ) -> None:
        """Call ``then(password, typed)`` with the kept password, or one asked for."""
        from chair_app.services.server_settings import stored_password

        kept = None if problem else stored_password(address)
        if kept is not None:
            then(kept, False)
            return
        dialog = ServerPasswordDialog(self._window, address.display(), problem)
        self._ask(dialog, lambda: then(dialog.password(), True))

    def _keep_password(self, address: ServerAddress, password: str | None, typed: bool) -> None:
        """After the server accepted a typed password: keep it if the user asked to."""
        from chair_app.services.server_settings import remember_password
        from chair_app.services.settings import SettingsService

        if not typed or not password or not SettingsService(self._factory).remember_server_password():
            return
        not_kept = remember_password(address, password)
        if not_kept:
            self._window.statusBar().showMessage(not_kept, 8000)

    # -- File > Sync with team server ------------------------------------------------------

    def sync(self) -> None:
        from chair_app.services.server_settings import configured_server

        if self.running:
            return
        address = configured_server(self._factory)
        if address is None:
            self.open_server_dialog()
            return
        self._with_password(address, lambda password, typed: self._start_sync(address, password, typed))

    def _start_sync(self, address: ServerAddress, password: str | None, typed: bool) -> None:
        from chair_app.paths import LOCAL_AGENDAS_FOLDER
        from chair_app.services.sync import sync_with_server

        if not self._before_sync():
            self.ctx.prompts.error(
                self._window,
                self.tr("Not synced"),
                self.tr(
                    "Nothing was synced: some of what you typed in the open meeting is not "
                    "saved yet."
                ),
            )
            return
        factory, agendas = self._factory, self.ctx.data_dir / LOCAL_AGENDAS_FOLDER
        self._busy(True)

        def done(report: SyncReport) -> None:
            self._busy(False)
            self._keep_password(address, password, typed)
            summary = report.summary()
            self._window.statusBar().showMessage(summary, 15000)
            self.refresh()
            self.families_changed.emit()
            self._after_sync()
            self.synced.emit(report)
            if report.refused:
                self.ctx.prompts.error(
                    self._window, self.tr("Synced, with refusals"), "\n\n".join(report.refused)
                )
            if report.held:
                self.ctx.prompts.info(
                    self._window,
                    self.tr("Differences to choose"),
                    self.tr(
                        "This laptop and the team server both changed {families}. Nothing of "
                        "either was lost: choose which to keep with File > Differences to choose…"
                    ).format(families=", ".join(report.held)),
                )

        def failed(error: BaseException) -> None:
            from chair_app.services.team_view import ServerUnavailable

            self._busy(False)
            self._after_sync()
            if isinstance(error, ServerUnavailable):
                message = str(error)
            else:
                logger.error("sync failed: %s", type(error).__name__)
                message = self.tr(
                    "The sync did not finish ({reason}); nothing was changed on this laptop."
                ).format(reason=type(error).__name__)
            self._window.statusBar().showMessage(message, 15000)
            self.ctx.prompts.error(self._window, self.tr("Not synced"), message)

        self.ctx.background.run(
            lambda: sync_with_server(factory, address, password, agendas), done, failed
        )

    def _busy(self, on: bool) -> None:
        self.running = on
        self._sync_action.setEnabled(not on)
        self._held_action.setEnabled(not on and bool(self._held))
        if on:
            self._window.statusBar().showMessage(self.tr("Syncing with the team server…"))

    # -- File > Differences to choose… -----------------------------------------------------

    def choose_differences(self) -> None:
        """Each held family in turn: its differences side by side, then settled."""
        from chair_app.services.server_settings import configured_server

        address = configured_server(self._factory)
        if address is None or not self._held:
            return
        held = self._held[0]
        dialog = ConflictsDialog(
            self._window,
            self.tr("This laptop and the team server both changed {family}.").format(
                family=held.name
            ),
            held_rows(held),
        )
        dialog.setWindowTitle(self.tr("This laptop and the team server changed the same things"))
        dialog.table.setHorizontalHeaderLabels(
            (self.tr("What"), self.tr("This laptop"), self.tr("The team server"), self.tr("Keep"))
        )
        dialog.table.setAccessibleName(
            self.tr("Differences between this laptop and the team server")
        )
        dialog.take_all_button.setText(self.tr("Take all from the server"))
        for combo in dialog.combos:
            combo.setItemText(combo.findData(Side.INCOMING), self.tr("Take the server's"))
        dialog.note_label.setText(
            self.tr(
                "This laptop and the team server both changed {family}. Choose, for each "
                "difference, whether to keep what this laptop has or take what the server "
                "has. Nothing changes until you press Apply; Cancel changes nothing."
            ).format(family=held.name)
        )
        self._ask(dialog, lambda: self._resolve(address, held, dialog.choices()))

    def _resolve(self, address: ServerAddress, held: HeldFamily, choices: dict[str, Side]) -> None:
        from chair_app.paths import LOCAL_AGENDAS_FOLDER
        from chair_app.services.server_sync import resolve_held

        factory, agendas = self._factory, self.ctx.data_dir / LOCAL_AGENDAS_FOLDER

        def done(result: ImportResult) -> None:
            from chair_app.services.record_changes import ImportOutcome

            self._busy(False)
            self.refresh()
            self.families_changed.emit()
            if result.outcome is ImportOutcome.REFUSED:
                self.ctx.prompts.error(self._window, self.tr("Differences not settled"), result.message)
                return
            self._window.statusBar().showMessage(
                self.tr("Your choices for {family} are kept; they go to the server at the next sync.")
                .format(family=held.name),
                10000,
            )
            if self._held:
                self.choose_differences()  # the next held family

        def failed(error: BaseException) -> None:
            from chair_app.services.team_view import ServerUnavailable

            self._busy(False)
            message = (
                str(error)
                if isinstance(error, ServerUnavailable)
                else self.tr("The choices could not be applied ({reason}); nothing changed.").format(
                    reason=type(error).__name__
                )
            )
            logger.error("settling a held family failed: %s", type(error).__name__)
            self.ctx.prompts.error(self._window, self.tr("Differences not settled"), message)

        self._busy(True)
        self._window.statusBar().showMessage(self.tr("Applying your choices…"))
        self.ctx.background.run(
            lambda: resolve_held(factory, address, None, held.family_uuid, choices, agendas),
            done,
            failed,
        )

    # -- View > Team view ------------------------------------------------------------------

    def open_team_view(self) -> None:
        from chair_app.services.server_settings import configured_server

        address = configured_server(self._factory)
        if address is None:
            self.open_server_dialog()
            return
        view = TeamViewDialog(self._window)
        view.save_requested.connect(lambda: self._save_csv(view))
        view.finished.connect(view.deleteLater)
        self.team_view = view
        view.open()
        self._with_password(address, lambda password, typed: self._read_team(view, address, password, typed))

    def _read_team(
        self, view: TeamViewDialog, address: ServerAddress, password: str | None, typed: bool
    ) -> None:
        from chair_app.paths import LOCAL_POLICIES_FOLDER
        from chair_app.services.team_view import read_team_due

        settings = self.ctx.schedule.settings
        today = self.ctx.today()
        policies = self.ctx.data_dir / LOCAL_POLICIES_FOLDER

        def done(rows: tuple[TeamFamilyDue, ...]) -> None:
            self._keep_password(address, password, typed)
            if view.isVisible():
                view.show_rows(rows)

        def failed(error: BaseException) -> None:
            from chair_app.services.team_view import ServerUnavailable

            message = (
                str(error)
                if isinstance(error, ServerUnavailable)
                else self.tr("The team's families could not be read ({reason}).").format(
                    reason=type(error).__name__
                )
            )
            logger.warning("team view not read: %s", type(error).__name__)
            if view.isVisible():
                view.show_failure(message)

        self.ctx.background.run(
            lambda: read_team_due(
                address, password, today, settings=settings, policies_folder=policies
            ),
            done,
            failed,
        )

    def _save_csv(self, view: TeamViewDialog) -> None:
        from chair_app.services.team_view import write_team_due_csv
        from chair_app.ui.export_flow import default_export_folder

        path = self.ctx.prompts.choose_save_file(
            view,
            self.tr("Save the team view"),
            default_export_folder() / self.tr("team-due.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if path is None:
            return
        rows = view.rows

        def done(written: Path) -> None:
            self._window.statusBar().showMessage(
                self.tr("Saved {file}").format(file=written), 8000
            )

        def failed(error: BaseException) -> None:
            self.ctx.prompts.error(
                view,
                self.tr("Not saved"),
                self.tr("{file} could not be written: {reason}").format(
                    file=path, reason=getattr(error, "strerror", None) or type(error).__name__
                ),
            )

        self.ctx.background.run(lambda: write_team_due_csv(rows, path), done, failed)

    # -- helpers ---------------------------------------------------------------------------

    def _ask(self, dialog: QDialog, on_accepted: Callable[[], Any]) -> None:
        self.dialog = dialog
        dialog.accepted.connect(on_accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
