"""Hand a meeting from one laptop to another from the window: File > Export meeting record… and
File > Import meeting record… (services.record_format, services.record_package).

Every question is a dialog opened with ``open()`` (never ``exec()``), so the window stays live and
tests drive the real dialogs by objectName. The work (sealing or opening a package, exporting,
importing) runs off the main thread through ``ctx.background``. Nothing is imported until each
question is answered: cancelling at any point changes nothing.
"""

from __future__ import annotations

import copy
import json
import logging
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chair_app.core.record_format import Difference, Side
from chair_app.ui.context import AppContext
from chair_app.ui.dialogs import _FormDialog

if TYPE_CHECKING:
    from chair_app.services.record_changes import FamilyCandidate, ImportResult

logger = logging.getLogger(__name__)

PACKAGE_SUFFIX = ".chairpkg"  # services.record_package.PACKAGE_SUFFIX
NEW_FAMILY = -1  # the family choice list's "Add as a new family"


def _password_edit(name: str, accessible: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _note(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


class RecordPackageDialog(_FormDialog):
    """Before exporting a meeting record: protect it as an encrypted package (a passphrase
    typed twice), or write plain JSON."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(self.tr("Export meeting record"), parent)
        self.setObjectName("record_package_dialog")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Choose where to save…"))
        ok.setObjectName("record_package_ok_button")
        self.note_label = _note(
            self.tr(
                "The record holds everything about the family and its meetings. To carry it on "
                "a memory stick or send it by email, protect it as an encrypted package: it "
                "opens only with the passphrase. Tell the other person the passphrase another "
                "way, such as by phone, never with the file."
            ),
            "record_package_note_label",
        )
        self.package_check = QCheckBox(self.tr("Protect it as an encrypted package (.chairpkg)"))
        self.package_check.setObjectName("record_package_check")
        self.package_check.setChecked(True)  # the safe choice is the default
        self.passphrase_edit = _password_edit(
            "record_passphrase_edit", self.tr("Package passphrase")
        )
        self.repeat_edit = _password_edit(
            "record_passphrase_repeat_edit", self.tr("Package passphrase again")
        )
        self.form.addRow(self.note_label)
        self.form.addRow(self.package_check)
        self.form.addRow(self.tr("Passphrase"), self.passphrase_edit)
        self.form.addRow(self.tr("Passphrase again"), self.repeat_edit)
        self._chosen: str | None = None
        self.package_check.toggled.connect(self._on_package_toggled)
        self._on_package_toggled(True)

    def _on_package_toggled(self, on: bool) -> None:
        self.passphrase_edit.setEnabled(on)
        self.repeat_edit.setEnabled(on)
        if on:
            self.passphrase_edit.setFocus()
        else:
            self.show_problem("")

    def problem(self) -> str:
        if not self.package_check.isChecked():
            return ""
        from chair_app.services.storage import passphrase_problem

        problem = passphrase_problem(self.passphrase_edit.text(), self.repeat_edit.text())
        if problem:
            self.repeat_edit.clear()
            self.passphrase_edit.setFocus()
        return problem

    def done(self, result: int) -> None:
        # The passphrase leaves with passphrase(); the widgets do not keep it.
        self._chosen = self.passphrase_edit.text() if self.package_check.isChecked() else None
        self.passphrase_edit.clear()
        self.repeat_edit.clear()
        super().done(result)

    def passphrase(self) -> str | None:
        """The package's passphrase, or None for plain JSON (as chosen when it closed)."""
        return self._chosen


class PackagePassphraseDialog(_FormDialog):
    """The passphrase that opens an encrypted package (asked again after a wrong one)."""

    def __init__(self, parent: QWidget | None, file_name: str) -> None:
        super().__init__(self.tr("Open the package"), parent)
        self.setObjectName("record_open_passphrase_dialog")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Open"))
        ok.setObjectName("record_open_ok_button")
        self.note_label = _note(
            self.tr(
                "{file} is an encrypted package. Type the passphrase it was protected with."
            ).format(file=file_name),
            "record_open_note_label",
        )
        self.passphrase_edit = _password_edit(
            "record_open_passphrase_edit", self.tr("Package passphrase")
        )
        self.form.addRow(self.note_label)
        self.form.addRow(self.tr("Passphrase"), self.passphrase_edit)
        self._chosen = ""
        self.passphrase_edit.setFocus()

    def problem(self) -> str:
        return "" if self.passphrase_edit.text() else self.tr("Type the package's passphrase.")

    def done(self, result: int) -> None:
        self._chosen = self.passphrase_edit.text()
        self.passphrase_edit.clear()
        super().done(result)

    def passphrase(self) -> str:
        return self._chosen


class FamilyChoiceDialog(_FormDialog):
    """No family here has the record's family: which family is it, or is it a new one?"""

    def __init__(
        self, parent: QWidget | None, family_name: str, candidates: Sequence[FamilyCandidate]
    ) -> None:
        super().__init__(self.tr("Which family is this?"), parent)
        self.setObjectName("family_choice_dialog")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Import"))
        ok.setObjectName("family_choice_ok_button")
        likely = (
            self.tr(
                "These families here may be the same. Choose the one it is for (it then takes "
                "the record's identity, so later hand-overs find it), or add it as a new family."
            )
            if candidates
            else self.tr("No family here looks like it. Add it as a new family, or cancel.")
        )
        self.note_label = _note(
            self.tr("No family on this laptop has this record's family ({family}).").format(
                family=family_name
            )
            + f" {likely}",
            "family_choice_note_label",
        )
        self.family_list = QListWidget()
        self.family_list.setObjectName("family_choice_list")
        self.family_list.setAccessibleName(self.tr("Families it may be"))
        self.family_list.setWordWrap(True)
        self.family_list.setSpacing(4)
        self.family_list.setAlternatingRowColors(True)  # where one family ends and the next begins
        self.family_list.setMinimumHeight(160)
        for candidate in candidates:
            children = ", ".join(candidate.child_names) or self.tr("none recorded")
            text = self.tr(
                "{name}\nChildren: {children}\nWhy it may be the same: {reasons}"
            ).format(name=candidate.name, children=children, reasons="; ".join(candidate.reasons))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, candidate.family_id)
            self.family_list.addItem(item)
        new = QListWidgetItem(self.tr("Add as a new family ({family})").format(family=family_name))
        new.setData(Qt.ItemDataRole.UserRole, NEW_FAMILY)
        self.family_list.addItem(new)
        if not candidates:
            self.family_list.setCurrentRow(0)
        self.form.addRow(self.note_label)
        self.form.addRow(self.family_list)
        self.setMinimumWidth(560)

    def problem(self) -> str:
        if self.family_list.currentItem() is None:
            return self.tr("Choose the family it is for, or Add as a new family.")
        return ""

    def choice(self) -> dict[str, Any]:
        """The import's options: ``{"family_id": id}`` or ``{"new_family": True}``."""
        item = self.family_list.currentItem()
        chosen = item.data(Qt.ItemDataRole.UserRole) if item is not None else NEW_FAMILY
        return {"new_family": True} if chosen == NEW_FAMILY else {"family_id": int(chosen)}


class ConflictsDialog(_FormDialog):
    """Both laptops changed the same things: each difference side by side, with a choice per
    row. Nothing is applied until the chair presses Apply with every row chosen."""

    def __init__(
        self,
        parent: QWidget | None,
        message: str,
        rows: Sequence[tuple[Difference, str, str, str]],
    ) -> None:
        super().__init__(self.tr("Both laptops changed the same things"), parent)
        self.setObjectName("conflicts_dialog")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Apply these choices"))
        ok.setObjectName("conflicts_apply_button")
        self._keys = [difference.key for difference, *_ in rows]
        self.note_label = _note(
            f"{message} "
            + self.tr(
                "Choose, for each, whether to keep what this laptop has or take what the file "
                "has. Nothing changes until you press Apply; Cancel changes nothing."
            ),
            "conflicts_note_label",
        )
        self.table = QTableWidget(len(rows), 4)
        self.table.setObjectName("conflicts_table")
        self.table.setAccessibleName(self.tr("Differences between this laptop and the file"))
        self.table.setHorizontalHeaderLabels(
            (self.tr("What"), self.tr("This laptop"), self.tr("The file"), self.tr("Keep"))
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(0, 190)
        self.combos: list[QComboBox] = []
        for row, (_difference, what, here, there) in enumerate(rows):
            for column, text in enumerate((what, here, there)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.table.setItem(row, column, item)
            combo = QComboBox()
            combo.setObjectName(f"conflict_choice_{row}")
            combo.setAccessibleName(self.tr("Which to keep: {what}").format(what=what))
            combo.addItem(self.tr("Choose…"), None)
            combo.addItem(self.tr("Keep this laptop's"), Side.LOCAL)
            combo.addItem(self.tr("Take the file's"), Side.INCOMING)
            # The choice stays one line high at the top of a row that long values make tall.
            cell = QWidget()
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(2, 2, 2, 2)
            cell_layout.addWidget(combo)
            cell_layout.addStretch(1)
            self.table.setCellWidget(row, 3, cell)
            self.combos.append(combo)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.keep_all_button = QPushButton(self.tr("Keep all mine"))
        self.keep_all_button.setObjectName("keep_all_mine_button")
        self.take_all_button = QPushButton(self.tr("Take all from the file"))
        self.take_all_button.setObjectName("take_all_file_button")
        self.keep_all_button.clicked.connect(lambda: self._set_all(Side.LOCAL))
        self.take_all_button.clicked.connect(lambda: self._set_all(Side.INCOMING))
        all_row = QHBoxLayout()
        all_row.addWidget(self.keep_all_button)
        all_row.addWidget(self.take_all_button)
        all_row.addStretch(1)
        self.form.addRow(self.note_label)
        self.form.addRow(self.table)
        self.form.addRow(all_row)
        self.setMinimumWidth(760)
        self.resize(980, 560)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.table.resizeRowsToContents()  # long values wrap to the new width

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def _set_all(self, side: Side) -> None:
        for combo in self.combos:
            combo.setCurrentIndex(combo.findData(side))

    def problem(self) -> str:
        left = sum(1 for combo in self.combos if combo.currentData() is None)
        if left:
            return self.tr(
                "Choose which to keep for every difference ({count} not chosen yet), or use "
                "Keep all mine or Take all from the file."
            ).format(count=left)
        return ""

    def choices(self) -> dict[str, Side]:
        return {
            key: combo.currentData()
            for key, combo in zip(self._keys, self.combos, strict=True)
            if combo.currentData() is not None
        }


def nothing_changed(message: str) -> str:
    """A refusal's message, and that nothing changed."""
    return f"{message}\n\n" + QCoreApplication.translate("RecordTransfer", "Nothing changed.")


def _names(record: Mapping[str, Any]) -> dict[str, str]:
    """UUID -> name of the record's children and people (values that refer to them)."""
    family = record.get("family") or {}
    return {
        str(entry.get("uuid")): str(entry.get("name"))
        for key in ("children", "people")
        for entry in family.get(key) or ()
        if isinstance(entry, Mapping)
    }


def _value_text(value: Any, names: Mapping[str, str]) -> str:
    if value is None or value == "":
        return QCoreApplication.translate("RecordTransfer", "(empty)")
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("RecordTransfer", "Yes")
            if value
            else QCoreApplication.translate("RecordTransfer", "No")
        )
    if isinstance(value, str):
        return names.get(value, value)
    if isinstance(value, list):
        return ", ".join(_value_text(v, names) for v in value) or QCoreApplication.translate(
            "RecordTransfer", "(none)"
        )
    return json.dumps(value, ensure_ascii=False)


def conflict_rows(
    result: ImportResult, record: Mapping[str, Any]
) -> list[tuple[Difference, str, str, str]]:
    """Each conflict as (difference, what, this laptop's value, the file's value), in words."""
    names = _names(record)
    units = {unit.uuid: unit.label for unit in result.units}
    rows = []
    for difference in result.conflicts:
        unit = units.get(difference.unit_uuid) or QCoreApplication.translate(
            "RecordTransfer", "The record"
        )
        what = f"{unit}: " + difference.label.replace("_", " ").replace(".", " ")
        if difference.path and not difference.field:  # a whole record on one side only
            here = (
                QCoreApplication.translate("RecordTransfer", "Not on this laptop")
                if difference.local is None
                else QCoreApplication.translate("RecordTransfer", "On this laptop")
            )
            there = (
                QCoreApplication.translate("RecordTransfer", "Not in the file")
                if difference.incoming is None
                else QCoreApplication.translate("RecordTransfer", "In the file")
            )
        else:
            here = _value_text(difference.local, names)
            there = _value_text(difference.incoming, names)
        rows.append((difference, what, here, there))
    return rows


class RecordTransfer(QObject):
    """Runs the export and import of meeting records for the main window.

    Signals:
        record_exported(object): the Path written.
        record_imported(int): the family the record went into (IMPORTED only).
    """

    record_exported = Signal(object)
    record_imported = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        parent: QMainWindow,
        *,
        current_meeting: Callable[[], int | None],
        before_import: Callable[[], bool],
        actions: Sequence[QAction] = (),
    ) -> None:
        """Args:
        current_meeting: the meeting to export (the open one, or the one selected).
        before_import: called once the file is read, before anything is imported (the
            window closes the open meeting, saving what is typed, so the two never race). False:
            the meeting stays open (its typing could not be saved); nothing is imported.
        actions: disabled while the work runs.
        """
        super().__init__(parent)
        self.setObjectName("record_transfer")
        assert ctx.store is not None, "records move in and out of an open data folder"
        self.ctx = ctx
        self._window = parent
        self._factory = ctx.store.factory
        self._current_meeting = current_meeting
        self._before_import = before_import
        self._actions = tuple(actions)
        self.dialog: _FormDialog | None = None  # the flow's open question, if any

    # -- helpers -------------------------------------------------------------------------------

    def _busy(self, on: bool, message: str = "") -> None:
        for action in self._actions:
            action.setEnabled(not on)
        if message:
            self._window.statusBar().showMessage(message)
        elif not on:
            self._window.statusBar().clearMessage()

    def _ask(self, dialog: _FormDialog, on_accepted: Callable[[], None]) -> None:
        self.dialog = dialog
        dialog.accepted.connect(on_accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # -- export --------------------------------------------------------------------------------

    def export_record(self) -> None:
        """Ask whether to protect the record, then where to save it; write it off the main
        thread."""
        meeting_id = self._current_meeting()
        if meeting_id is None:
            self.ctx.prompts.info(
                self._window,
                self.tr("Export meeting record"),
                self.tr(
                    "Select a meeting on the family page first (or open it), then export its "
                    "record."
                ),
            )
            return
        dialog = RecordPackageDialog(self._window)
        self._ask(dialog, lambda: self._on_protection_chosen(meeting_id, dialog.passphrase()))

    def _on_protection_chosen(self, meeting_id: int, passphrase: str | None) -> None:
        from chair_app.ui.export_flow import default_export_folder

        suffix = PACKAGE_SUFFIX if passphrase is not None else ".json"
        from chair_app.core.errors import NotFound, StorageUnavailable

        try:
            day = self.ctx.meetings.get(meeting_id).date.isoformat()
        except (NotFound, StorageUnavailable):  # the name is only a suggestion
            day = "meeting"
        # No family name in the file name: a package reveals nothing of whose it is.
        suggested = default_export_folder() / f"meeting-record-{day}{suffix}"
        path = self.ctx.prompts.choose_save_file(
            self._window,
            self.tr("Save the meeting record"),
            suggested,
            self.tr("Encrypted package (*.chairpkg)")
            if passphrase is not None
            else self.tr("JSON (*.json)"),
        )
        if path is None:
            return
        if passphrase is not None and path.suffix.lower() != PACKAGE_SUFFIX:
            path = path.with_name(path.name + PACKAGE_SUFFIX)
        elif passphrase is None and path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")
        from chair_app.services.record_export import RecordService

        service = RecordService(self._factory)

        def write() -> Path:
            if passphrase is not None:
                return service.write_meeting_package(meeting_id, path, passphrase)
            return service.write_meeting_record(meeting_id, path)

        def done(written: Path) -> None:
            self._busy(False)
            how = (
                self.tr(
                    "It is an encrypted package: it opens only with the passphrase you chose. "
                    "Tell the other person the passphrase another way, never with the file."
                )
                if passphrase is not None
                else self.tr("It is not encrypted: send it only through a secure channel.")
            )
            self.ctx.prompts.info(
                self._window,
                self.tr("Meeting record exported"),
                self.tr(
                    "Saved {file}\nin {folder}\n\n{how}\n\nOn the other laptop, use "
                    "File > Import meeting record… to bring it in."
                ).format(file=written.name, folder=written.parent, how=how),
            )
            self.record_exported.emit(written)

        def failed(error: BaseException) -> None:
            self._busy(False)
            logger.warning("record export failed: %s", type(error).__name__)
            reason = error.strerror if isinstance(error, OSError) else str(error)
            self.ctx.prompts.error(
                self._window,
                self.tr("Meeting record not exported"),
                self.tr("{file} could not be written: {reason}.").format(
                    file=path.name, reason=reason or type(error).__name__
                ),
            )

        self._busy(True, self.tr("Writing {file}…").format(file=path.name))
        self.ctx.background.run(write, done, failed)

    # -- import --------------------------------------------------------------------------------

    def import_record(self) -> None:
        """Ask for a record file (a package's passphrase too), then import it, asking whatever
        the import needs (the family, a side for each difference)."""
        from chair_app.services.record_package import is_package
        from chair_app.ui.export_flow import default_export_folder

        path = self.ctx.prompts.choose_open_file(
            self._window,
            self.tr("Import meeting record"),
            default_export_folder(),
            self.tr("Meeting records (*.json *.chairpkg);;All files (*)"),
        )
        if path is None:
            return
        if is_package(path) or path.suffix.lower() == PACKAGE_SUFFIX:
            self._ask_passphrase(path, "")
        else:
            self._read(path, None)

    def _ask_passphrase(self, path: Path, problem: str) -> None:
        dialog = PackagePassphraseDialog(self._window, path.name)
        dialog.show_problem(problem)
        self._ask(dialog, lambda: self._read(path, dialog.passphrase()))

    def _read(self, path: Path, passphrase: str | None) -> None:
        from chair_app.services.record_format import load_package_record, load_record

        limit = self.ctx.schedule.settings.record_size_limit()

        def read() -> dict[str, Any]:
            if passphrase is None:
                return load_record(path, limit)
            return load_package_record(path, passphrase, limit)

        def failed(error: BaseException) -> None:
            from chair_app.services.record_format import RecordRefused
            from chair_app.services.record_package import PackageError, WrongPackagePassphrase

            self._busy(False)
            if isinstance(error, WrongPackagePassphrase):
                self._ask_passphrase(path, str(error))
                return
            if isinstance(error, (PackageError, RecordRefused)):
                message = str(error)
            else:
                logger.error("reading a record failed: %s", type(error).__name__)
                message = self.tr("{file} could not be read: {reason}.").format(
                    file=path.name, reason=type(error).__name__
                )
            self.ctx.prompts.error(
                self._window, self.tr("Meeting record not imported"), nothing_changed(message)
            )

        def done(record: dict[str, Any]) -> None:
            self._busy(False)
            if not self._before_import():
                self.ctx.prompts.error(
                    self._window,
                    self.tr("Meeting record not imported"),
                    nothing_changed(
                        self.tr(
                            "The record was not imported: some of what you typed in the open "
                            "meeting is not saved yet."
                        )
                    ),
                )
                return
            self._import(record, {})

        self._busy(True, self.tr("Opening {file}…").format(file=path.name))
        self.ctx.background.run(read, done, failed)

    def _import(self, record: dict[str, Any], options: dict[str, Any]) -> None:
        from chair_app.paths import LOCAL_AGENDAS_FOLDER
        from chair_app.services.record_import import ImportService

        # The agendas the minutes' fingerprints are taken with (as ui.launch gives MinutesService).
        service = ImportService(self._factory, self.ctx.data_dir / LOCAL_AGENDAS_FOLDER)

        def failed(error: BaseException) -> None:
            from chair_app.core.errors import StorageUnavailable
            from chair_app.services.record_format import RecordRefused

            self._busy(False)
            if isinstance(error, (RecordRefused, StorageUnavailable)):
                message = str(error)
            else:
                logger.error("importing a record failed: %s", type(error).__name__)
                message = self.tr("The record could not be imported: {reason}.").format(
                    reason=type(error).__name__
                )
            self.ctx.prompts.error(
                self._window, self.tr("Meeting record not imported"), nothing_changed(message)
            )

        def done(result: ImportResult) -> None:
            self._busy(False)
            self._on_result(record, options, result)

        store = self.ctx.store

        def back_up_then_import() -> ImportResult:
            # The data as it was is kept first: an import can change a draft.
            if store is not None:
                store.backup("before-import")
            return service.import_record(copy.deepcopy(record), **options)

        self._busy(True, self.tr("Importing the meeting record…"))
        self.ctx.background.run(back_up_then_import, done, failed)

    def _on_result(
        self, record: dict[str, Any], options: dict[str, Any], result: ImportResult
    ) -> None:
        from chair_app.services.record_changes import ImportOutcome

        title = self.tr("Import meeting record")
        log = "\n".join(f"• {line}" for line in result.change_log())
        if result.outcome is ImportOutcome.IMPORTED:
            self.ctx.prompts.info(
                self._window,
                self.tr("Meeting record imported"),
                f"{result.message}\n\n{log}".strip(),
            )
            if result.family_id is not None:
                self.record_imported.emit(result.family_id)
        elif result.outcome is ImportOutcome.UP_TO_DATE:
            self.ctx.prompts.info(
                self._window,
                title,
                (
                    self.tr("This laptop is already up to date with the file; nothing changed.")
                    + f"\n\n{log}"
                ).strip(),
            )
        elif result.outcome is ImportOutcome.REFUSED:
            self.ctx.prompts.error(
                self._window, self.tr("Meeting record not imported"), result.message
            )
        elif result.outcome is ImportOutcome.NEEDS_FAMILY_CHOICE:
            name = str((record.get("family") or {}).get("name", ""))
            choose = FamilyChoiceDialog(self._window, name, result.candidates)
            self._ask(choose, lambda: self._import(record, {**options, **choose.choice()}))
        elif result.outcome is ImportOutcome.CONFLICTS:
            conflicts = ConflictsDialog(self._window, result.message, conflict_rows(result, record))
            self._ask(
                conflicts,
                lambda: self._import(
                    record,
                    {**options, "choices": {**options.get("choices", {}), **conflicts.choices()}},
                ),
            )
