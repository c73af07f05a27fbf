"""Change the passphrase: the data file and its backups are re-keyed under the new one."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from chair_app.core.errors import StorageUnavailable
from chair_app.ui.context import AppContext
from chair_app.ui.dialogs import _FormDialog

logger = logging.getLogger(__name__)


def _secret(name: str, accessible: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class ChangePassphraseDialog(_FormDialog):
    """Asks for the current passphrase and the new one twice; OK re-keys, then closes."""

    def __init__(self, parent: QWidget | None, ctx: AppContext) -> None:
        super().__init__(QCoreApplication.translate("ChangePassphraseDialog", "Change passphrase"), parent)
        self.setObjectName("change_passphrase_dialog")
        self._ctx = ctx
        self.current_edit = _secret("current_passphrase_edit", self.tr("Current passphrase"))
        self.new_edit = _secret("new_passphrase_edit", self.tr("New passphrase"))
        self.repeat_edit = _secret("repeat_passphrase_edit", self.tr("New passphrase again"))
        self.form.addRow(self.tr("Current passphrase"), self.current_edit)
        self.form.addRow(self.tr("New passphrase"), self.new_edit)
        self.form.addRow(self.tr("Type it again"), self.repeat_edit)

    def problem(self) -> str:
        """Checks, then re-keys: "" once the data is under the new passphrase."""
        from chair_app.services.storage import passphrase_problem

        store = self._ctx.store
        if store is None or not store.is_encrypted:
            return self.tr("These records have no passphrase to change.")
        if not store.passphrase_matches(self.current_edit.text()):
            return self.tr("The current passphrase is not right.")
        problem = passphrase_problem(self.new_edit.text(), self.repeat_edit.text())
        if problem:
            return problem
        if self.new_edit.text() == self.current_edit.text():
            return self.tr("The new passphrase is the same as the current one.")
        # Everything that holds the old connections lets go before the file is re-keyed.
        parent = self.parentWidget()
        if parent is not None and hasattr(parent, "close_meeting"):
            parent.close_meeting()
        self._ctx.background.wait()
        try:
            store.change_passphrase(self.current_edit.text(), self.new_edit.text())
        except StorageUnavailable as error:
            logger.warning("passphrase change failed")
            return str(error)
        return ""
