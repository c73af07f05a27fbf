"""Before exporting: protect the files with a password, for sending by email?"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel, QLineEdit, QWidget

from chair_app.ui.dialogs import _FormDialog


@dataclass(frozen=True, slots=True)
class ExportProtection:
    """The chair's choice: a password for both files, or None for unprotected files."""

    password: str | None = None

    @property
    def protected(self) -> bool:
        return self.password is not None

    def __repr__(self) -> str:  # never show the password in a log or a test report
        return f"ExportProtection(protected={self.protected})"


class ExportProtectionDialog(_FormDialog):
    """Choose whether the Word document and the PDF open only with a password, typed twice."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(self.tr("Protect the minutes?"), parent)
        self.setObjectName("export_protection_dialog")
        self.message_label.setObjectName("export_password_message_label")
        self.buttons.setObjectName("export_protection_buttons")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Export"))
        ok.setObjectName("export_protection_ok_button")
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("export_protection_cancel_button")

        self.note_label = QLabel(
            self.tr(
                "To send the minutes by email, protect the Word document and the PDF with a "
                "password. Tell the reader the password another way, such as by phone, never in "
                "the same email."
            )
        )
        self.note_label.setObjectName("export_protection_note_label")
        self.note_label.setWordWrap(True)
        self.protect_checkbox = QCheckBox(self.tr("Protect both files with a password"))
        self.protect_checkbox.setObjectName("protect_checkbox")
        password, again = self.tr("Password"), self.tr("Password again")
        self.password_edit = self._password_edit("export_password_edit", password)
        self.confirm_edit = self._password_edit("export_password_confirm_edit", again)
        self.form.addRow(self.note_label)
        self.form.addRow(self.protect_checkbox)
        self.form.addRow(self._label(password, "export_password_label"), self.password_edit)
        self.form.addRow(self._label(again, "export_password_confirm_label"), self.confirm_edit)
        self._chosen: ExportProtection | None = None
        self.protect_checkbox.toggled.connect(self._on_protect_toggled)
        self._on_protect_toggled(False)

    @staticmethod
    def _label(text: str, name: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        return label

    @staticmethod
    def _password_edit(name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def _on_protect_toggled(self, on: bool) -> None:
        self.password_edit.setEnabled(on)
        self.confirm_edit.setEnabled(on)
        if on:
            self.password_edit.setFocus()
        else:
            self.show_problem("")

    def problem(self) -> str:
        if not self.protect_checkbox.isChecked():
            return ""
        from chair_app.services.export_minutes import ExportFailed, check_password

        password = self.password_edit.text()
        if password != self.confirm_edit.text():
            self.confirm_edit.clear()
            self.confirm_edit.setFocus()
            return self.tr("The two passwords are not the same. Type the password again.")
        try:
            check_password(password)
        except ExportFailed as error:
            return str(error)
        return ""

    def protection(self) -> ExportProtection:
        if not self.protect_checkbox.isChecked():
            return ExportProtection()
        return ExportProtection(self.password_edit.text())

    def done(self, result: int) -> None:
        # The password leaves with protection(); the widgets do not keep it.
        self._chosen = self.protection()
        self.password_edit.clear()
        self.confirm_edit.clear()
        super().done(result)

    def chosen(self) -> ExportProtection:
        """The choice made when the dialog closed (until then, the one on screen)."""
        return self._chosen if self._chosen is not None else self.protection()
