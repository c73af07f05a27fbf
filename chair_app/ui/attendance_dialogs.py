"""Dialogs of the attendance step: one person's further details (arrived late, left early, an
interpreter), and a representative added to the network there and then.

Each dialog only collects what was typed and says plainly what is wrong with it; the service
checks it again and stores it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QHBoxLayout, QLabel, QWidget

from chair_app.core.attendance import times_apply
from chair_app.core.dates import DateInputError, format_time
from chair_app.core.domain import AttendanceEntry, Person
from chair_app.ui.dialogs import _FormDialog, _line
from chair_app.ui.fields import TimeField


@dataclass(frozen=True, slots=True)
class Details:
    """What the details dialog gives back."""

    arrived_at: dt.time | None
    left_at: dt.time | None
    interpreter: str


def _note(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #3b3b3b;")
    return label


def _time_field(name: str, accessible: str, value: dt.time | None) -> TimeField:
    field = TimeField(name)
    field.edit.setAccessibleName(accessible)
    field.set_value(value)
    return field


class AttendanceDetailsDialog(_FormDialog):
    """Arrived late or left early (for someone there in person), and an interpreter."""

    def __init__(self, parent: QWidget | None, person: Person, entry: AttendanceEntry) -> None:
        super().__init__(
            QCoreApplication.translate(
                "AttendanceDetailsDialog", "Attendance details: {name}"
            ).format(name=person.name),
            parent,
        )
        self.setObjectName("attendance_details_dialog")
        self._entry = entry
        self.arrived_field = _time_field(
            "arrived_at_edit",
            self.tr("Time {name} arrived, if late").format(name=person.name),
            entry.arrived_at,
        )
        self.left_field = _time_field(
            "left_at_edit",
            self.tr("Time {name} left, if early").format(name=person.name),
            entry.left_at,
        )
        times = QHBoxLayout()
        for text, field in (
            (self.tr("&Arrived at"), self.arrived_field),
            (self.tr("&Left at"), self.left_field),
        ):
            label = QLabel(text)
            label.setBuddy(field.edit)
            times.addWidget(label)
            times.addWidget(field, 1)
        present = times_apply(entry)
        self.times_note = _note(
            self.tr("Leave a time empty if they were there from the start, or to the end.")
            if present
            else self.tr(
                "Arrival and leaving times are for someone there in person: mark them present "
                "first."
            ),
            "attendance_times_note",
        )
        for field in (self.arrived_field, self.left_field):
            field.setEnabled(present)
        self.interpreter_box = QCheckBox(self.tr("Needed an interpreter"))
        self.interpreter_box.setObjectName("interpreter_box")
        self.interpreter_box.setAccessibleName(
            self.tr("{name} needed an interpreter").format(name=person.name)
        )
        self.interpreter_box.setChecked(bool(entry.interpreter.strip()))
        self.language_edit = _line(
            "interpreter_language_edit",
            self.tr("Language of the interpreter for {name}").format(name=person.name),
            entry.interpreter.strip(),
        )
        self.language_edit.setPlaceholderText(
            self.tr("Language, e.g. Polish or British Sign Language")
        )
        self.language_edit.setEnabled(self.interpreter_box.isChecked())
        self.interpreter_box.toggled.connect(self.language_edit.setEnabled)
        self.form.addRow(self.times_note)
        self.form.addRow(times)
        self.form.addRow(self.interpreter_box)
        self.form.addRow(self.tr("Language"), self.language_edit)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Save the details")
        )

    def _time(self, field: TimeField, what: str) -> tuple[dt.time | None, str]:
        try:
            return field.value(), ""
        except DateInputError as error:
            return None, f"{what}: {error}"

    def problem(self) -> str:
        if times_apply(self._entry):
            arrived, problem = self._time(self.arrived_field, self.tr("Arrived at"))
            if problem:
                return problem
            left, problem = self._time(self.left_field, self.tr("Left at"))
            if problem:
                return problem
            if arrived is not None and left is not None and left <= arrived:
                return self.tr(
                    "Left at {left} is not after arrived at {arrived}. Check the two times."
                ).format(left=format_time(left), arrived=format_time(arrived))
        if self.interpreter_box.isChecked() and not self.language_edit.text().strip():
            return self.tr("Type the language the interpreter was needed for.")
        return ""

    def details(self) -> Details:
        """The details typed. Times are kept as they were for someone not there in person."""
        if times_apply(self._entry):
            arrived, left = self.arrived_field.value(), self.left_field.value()
        else:
            arrived, left = self._entry.arrived_at, self._entry.left_at
        language = " ".join(self.language_edit.text().split())
        return Details(arrived, left, language if self.interpreter_box.isChecked() else "")


class RepresentativeDialog(_FormDialog):
    """Someone who came in a person's place, added to the network as a person of their own."""

    def __init__(self, parent: QWidget | None, represented: Person) -> None:
        super().__init__(
            QCoreApplication.translate(
                "RepresentativeDialog", "Who came in place of {name}"
            ).format(name=represented.name),
            parent,
        )
        self.setObjectName("representative_dialog")
        self.name_edit = _line("representative_name_edit", self.tr("Name of the representative"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Mrs Helen Carter"))
        self.role_edit = _line("representative_role_edit", self.tr("Role of the representative"))
        self.role_edit.setPlaceholderText(self.tr("e.g. Deputy headteacher"))
        self.agency_edit = _line(
            "representative_agency_edit",
            self.tr("The agency the representative speaks for"),
            represented.agency,
        )
        self.agency_edit.setPlaceholderText(self.tr("The agency they speak for"))
        self.professional_box = QCheckBox(self.tr("Professional (professionals may vote)"))
        self.professional_box.setObjectName("representative_professional_box")
        self.professional_box.setChecked(represented.is_professional)
        self.form.addRow(
            _note(
                self.tr(
                    "They are added to the family's network and recorded as here in place of "
                    "{name}. They can be chosen again at later meetings."
                ).format(name=represented.name)
            )
        )
        self.form.addRow(self.tr("Name"), self.name_edit)
        self.form.addRow(self.tr("Role"), self.role_edit)
        self.form.addRow(self.tr("Speaks for"), self.agency_edit)
        self.form.addRow("", self.professional_box)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Add to the network")
        )

    def problem(self) -> str:
        return "" if self.name_edit.text().strip() else self.tr("Type the representative's name.")

    def person(self) -> Person:
        return Person(
            0,
            self.name_edit.text().strip(),
            self.role_edit.text().strip(),
            self.agency_edit.text().strip(),
            self.professional_box.isChecked(),
        )
