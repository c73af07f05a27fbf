"""The page that asks for the passphrase: set on first use, typed at each start, and again to
unlock the window after it locked itself. While it shows, no part of the record is on screen."""

from __future__ import annotations

import enum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class PassphraseMode(enum.Enum):
    CREATE = "create"  # nothing stored yet
    CONVERT = "convert"  # an earlier version's unencrypted data
    OPEN = "open"  # encrypted data, at start-up
    UNLOCK = "unlock"  # the window locked itself
    SERVER_UNLOCK = "server-unlock"  # the same, working on the team server (its password)


class PassphrasePage(QWidget):
    """Asks for the passphrase (twice when a new one is chosen).

    Signals:
        passphrase_entered(str): the user submitted a passphrase (for a new one, already checked
            for length and typed the same twice).
        backup_requested(): the user chose to open the latest good backup.
    """

    passphrase_entered = Signal(str)
    backup_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphrase_page")
        self.mode = PassphraseMode.OPEN
        self.title_label = QLabel()
        self.title_label.setObjectName("passphrase_title_label")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title_label.setFont(font)
        self.explanation_label = QLabel()
        self.explanation_label.setObjectName("passphrase_explanation_label")
        self.explanation_label.setWordWrap(True)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setObjectName("passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setObjectName("passphrase_repeat_edit")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_check = QCheckBox()
        self.show_check.setObjectName("passphrase_show_check")
        self.show_check.toggled.connect(self._on_show_toggled)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("passphrase_problem_label")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #a4262c; font-weight: bold;")
        self.problem_label.hide()
        self.hint_label = QLabel()
        self.hint_label.setObjectName("passphrase_hint_label")
        self.hint_label.setWordWrap(True)
        self.hint_label.hide()
        self.submit_button = QPushButton()
        self.submit_button.setObjectName("passphrase_submit_button")
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self._on_submit)
        self.backup_button = QPushButton()
        self.backup_button.setObjectName("open_backup_button")
        self.backup_button.clicked.connect(self.backup_requested)
        self.backup_button.hide()
        self.passphrase_edit.returnPressed.connect(self._on_return)
        self.repeat_edit.returnPressed.connect(self._on_submit)

        form = QFormLayout()
        self.passphrase_label = QLabel()
        self.passphrase_label.setObjectName("passphrase_label")
        form.addRow(self.passphrase_label, self.passphrase_edit)
        self.repeat_label = QLabel()
        self.repeat_label.setObjectName("passphrase_repeat_label")
        form.addRow(self.repeat_label, self.repeat_edit)
        form.addRow("", self.show_check)
        buttons = QHBoxLayout()
        buttons.addWidget(self.submit_button)
        buttons.addWidget(self.backup_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(self.title_label)
        column.addWidget(self.explanation_label)
        column.addSpacing(12)
        column.addLayout(form)
        column.addWidget(self.problem_label)
        column.addWidget(self.hint_label)
        column.addLayout(buttons)
        box = QWidget()
        # A fixed width, centred by stretches (not an alignment flag, which would size the box
        # by its hint and clip the wrapped explanation).
        box.setFixedWidth(600)
        box.setLayout(column)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.set_mode(PassphraseMode.OPEN)

    def _texts(self, mode: PassphraseMode) -> tuple[str, str, str]:
        """The title, the explanation and the button's text for ``mode``."""
        if mode is PassphraseMode.CREATE:
            return (
                self.tr("Choose a passphrase"),
                self.tr(
                    "Chair keeps what you record on this computer, locked with a passphrase. You "
                    "type it each time Chair opens. Chair does not keep it anywhere, so nobody "
                    "can get it back if it is lost, not even IT support. Keep a note of it "
                    "somewhere safe, away from this computer."
                ),
                self.tr("Set passphrase and open"),
            )
        if mode is PassphraseMode.CONVERT:
            return (
                self.tr("Choose a passphrase to lock your records"),
                self.tr(
                    "This version of Chair locks your records with a passphrase, so that nobody "
                    "who finds this computer can read them. Chair first makes a backup, then "
                    "locks the records, checks that every entry is there, and removes the "
                    "backups that are not locked. Chair does not keep the passphrase anywhere: "
                    "keep a note of it somewhere safe."
                ),
                self.tr("Lock my records and open"),
            )
        if mode is PassphraseMode.OPEN:
            return (
                self.tr("Type your passphrase"),
                self.tr("Your records are locked with the passphrase you chose."),
                self.tr("Open"),
            )
        if mode is PassphraseMode.SERVER_UNLOCK:
            return (
                self.tr("Chair is locked"),
                self.tr(
                    "Chair hides the record when it is locked, or when it is left unused for a "
                    "while. Everything you typed is saved on the team server. Type the team "
                    "server's password to go on."
                ),
                self.tr("Unlock"),
            )
        return (
            self.tr("Chair is locked"),
            self.tr(
                "Chair hides the record when it is locked, or when it is left unused for a "
                "while. Everything you typed is saved. Type your passphrase to go on."
            ),
            self.tr("Unlock"),
        )

    def retranslate(self) -> None:
        """Every text of the page in the language shown now; what is typed stays."""
        title, explanation, button = self._texts(self.mode)
        self.title_label.setText(title)
        self.explanation_label.setText(explanation)
        self.submit_button.setText(button)
        if self.mode is PassphraseMode.SERVER_UNLOCK:
            self.passphrase_label.setText(self.tr("Password"))
            self.passphrase_edit.setAccessibleName(self.tr("Password"))
            self.show_check.setAccessibleName(self.tr("Show the password as it is typed"))
        else:
            self.passphrase_label.setText(self.tr("Passphrase"))
            self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
            self.show_check.setAccessibleName(self.tr("Show the passphrase as it is typed"))
        self.repeat_label.setText(self.tr("Type it again"))
        self.repeat_edit.setAccessibleName(self.tr("Passphrase again"))
        self.show_check.setText(self.tr("Show what I type"))
        self.backup_button.setText(self.tr("Open the latest good backup"))
        self.backup_button.setAccessibleDescription(
            self.tr("Set the damaged data file aside and open the newest backup that passes its check")
        )

    def set_mode(self, mode: PassphraseMode, hint: str = "") -> None:
        """Show the page for a purpose; the fields start empty."""
        self.mode = mode
        self.retranslate()
        new = mode in (PassphraseMode.CREATE, PassphraseMode.CONVERT)
        self.repeat_label.setVisible(new)
        self.repeat_edit.setVisible(new)
        self.hint_label.setText(hint)
        self.hint_label.setVisible(bool(hint))
        self.clear()
        self.show_problem("")

    def clear(self) -> None:
        self.passphrase_edit.clear()
        self.repeat_edit.clear()
        self.passphrase_edit.setFocus()

    def show_problem(self, text: str, *, offer_backup: bool = False) -> None:
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))
        self.backup_button.setVisible(offer_backup)
        self.setEnabled(True)

    def set_busy(self, text: str) -> None:
        """While the data opens: say so and take no more input."""
        self.problem_label.hide()
        self.hint_label.setText(text)
        self.hint_label.show()
        self.setEnabled(False)

    def _on_show_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase_edit.setEchoMode(mode)
        self.repeat_edit.setEchoMode(mode)

    def _on_return(self) -> None:
        if self.repeat_edit.isVisible():
            self.repeat_edit.setFocus()
        else:
            self._on_submit()

    def _on_submit(self) -> None:
        from chair_app.services.storage import passphrase_problem

        passphrase = self.passphrase_edit.text()
        if self.mode in (PassphraseMode.CREATE, PassphraseMode.CONVERT):
            problem = passphrase_problem(passphrase, self.repeat_edit.text())
            if problem:
                self.show_problem(problem)
                self.repeat_edit.clear()
                return
        elif not passphrase:
            if self.mode is PassphraseMode.SERVER_UNLOCK:
                self.show_problem(self.tr("Type the team server's password."))
            else:
                self.show_problem(self.tr("Type your passphrase."))
            return
        self.passphrase_entered.emit(passphrase)
