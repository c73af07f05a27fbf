"""Entry fields for dates and times that say at the field what is wrong with the text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from chair_app.core.dates import (
    DateInputError,
    format_date,
    format_short_date,
    format_time,
    parse_date,
    parse_time,
)


class _ParsedField(QWidget):
    """A line edit with a message line under it. Emits ``value_changed`` only for valid input.

    Signals:
        value_changed(object): the text now reads as a valid value (or empty: None).
    """

    value_changed = Signal(object)

    def __init__(
        self,
        object_name: str,
        placeholder: str,
        parse: Callable[[str], object],
        describe: Callable[[object], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._parse = parse
        self._describe = describe
        self._valid = True
        self.edit = QLineEdit(self)
        self.edit.setObjectName(object_name)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setAccessibleName(placeholder)
        self.message = QLabel(self)
        self.message.setObjectName(f"{object_name}_message")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        self.message.hide()
        self.edit.textEdited.connect(self._on_text_edited)

    def _on_text_edited(self, text: str) -> None:
        try:
            value = self._parse(text)
        except DateInputError as error:
            self._valid = False
            self.message.setText(str(error))
            self.message.setStyleSheet("color: #a4262c;")
            self.message.show()
            self.edit.setStyleSheet("border: 2px solid #a4262c;")
            self.edit.setAccessibleDescription(self.tr("Not valid: {error}").format(error=error))
            return
        self._valid = True
        self.edit.setStyleSheet("")
        self.edit.setAccessibleDescription("")
        description = self._describe(value) if value is not None else ""
        self.message.setText(description)
        self.message.setStyleSheet("color: #505050;")
        self.message.setVisible(bool(description))
        self.value_changed.emit(value)

    @property
    def is_valid(self) -> bool:
        return self._valid

    def error_text(self) -> str:
        return "" if self._valid else self.message.text()

    def setReadOnly(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)


class DateField(_ParsedField):
    """Day-first date entry: ``3/12/2026``, ``2026-12-03`` or ``3 Dec 2026``."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(
            object_name,
            QCoreApplication.translate("DateField", "Date, e.g. 3/12/2026"),
            parse_date,
            lambda value: format_date(value) if isinstance(value, dt.date) else "",
            parent,
        )

    def set_value(self, value: dt.date | None) -> None:
        self.edit.setText(format_short_date(value))
        self._show_valid(value)

    def _show_valid(self, value: dt.date | None) -> None:
        self._valid = True
        self.edit.setStyleSheet("")
        self.message.setText(format_date(value))
        self.message.setStyleSheet("color: #505050;")
        self.message.setVisible(value is not None)

    def value(self) -> dt.date | None:
        """The date typed, or None if empty. Raises DateInputError if the text is not a date."""
        return parse_date(self.edit.text())


class TimeField(_ParsedField):
    """Time of day: ``10:30``, ``14.05`` or ``2pm``."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(
            object_name,
            QCoreApplication.translate("TimeField", "Time, e.g. 10:30"),
            parse_time,
            lambda _v: "",
            parent,
        )

    def set_value(self, value: dt.time | None) -> None:
        self.edit.setText(format_time(value))
        self._valid = True
        self.edit.setStyleSheet("")
        self.message.hide()

    def value(self) -> dt.time | None:
        return parse_time(self.edit.text())
