"""Dialogs for families: name, child, person, and setting up a meeting."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from chair_app.core.children import (
    UNBORN_PLACEHOLDER,
    birth_problem,
    child_dates_problem,
)
from chair_app.core.dates import DateInputError, format_short_date
from chair_app.core.domain import (
    SUPPORTED_MEETING_TYPES,
    Child,
    CPCategory,
    Family,
    Meeting,
    MeetingType,
    Person,
    PlanType,
)
from chair_app.core.rules import SAME_CHAIR_AND_MINUTE_TAKER
from chair_app.ui.fields import DateField, TimeField
from chair_app.ui.glossary_dialog import explain


def _line(name: str, accessible: str, text: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    return edit


class _FormDialog(QDialog):
    """A form with OK/Cancel and one message line; ``problem()`` decides whether OK closes it."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.message_label = QLabel()
        self.message_label.setObjectName("dialog_message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #a4262c;")
        self.message_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("dialog_buttons")
        # Qt has no Welsh of its own for its standard buttons.
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def problem(self) -> str:
        return ""

    def show_problem(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
        self._fit()

    def _forget_problem_on_edit(self, *edits: QLineEdit) -> None:
        """Hide the message once the chair changes what it was about; OK checks again."""
        for edit in edits:
            edit.textEdited.connect(lambda _text: self.message_label.hide())

    def _fit(self) -> None:
        """Grow to show every row in full after rows or the message appear; never shrink
        below the size the chair gave the window."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        hint = self.sizeHint()
        self.resize(max(self.width(), hint.width()), max(self.height(), hint.height()))

    def _on_accept(self) -> None:
        problem = self.problem()
        self.show_problem(problem)
        if not problem:
            self.accept()


class FamilyDialog(_FormDialog):
    def __init__(self, parent: QWidget | None, name: str = "") -> None:
        super().__init__(QCoreApplication.translate("FamilyDialog", "Family"), parent)
        self.name_edit = _line("family_name_edit", self.tr("Family name"), name)
        self.name_edit.setPlaceholderText(self.tr("e.g. Marlowe family"))
        self.form.addRow(self.tr("Family name"), self.name_edit)

    def problem(self) -> str:
        return "" if self.name_edit.text().strip() else self.tr("Type the family's name.")

    def name(self) -> str:
        return self.name_edit.text().strip()


class ChildDialog(_FormDialog):
    """A child's name, date of birth (or, not born yet, the expected date of delivery), plan and
    categories. The plan and categories of an unborn child are the pre-birth plan's."""

    def __init__(
        self, parent: QWidget | None, child: Child | None = None, today: dt.date | None = None
    ) -> None:
        super().__init__(QCoreApplication.translate("ChildDialog", "Child"), parent)
        self._child_id = child.id if child else 0
        self._today = today or dt.date.today()
        self.name_edit = _line(
            "child_name_edit", self.tr("Child's name"), child.name if child else ""
        )
        self.unborn_box = QCheckBox(self.tr("Not born yet"))
        self.unborn_box.setObjectName("child_unborn_box")
        self.unborn_box.setAccessibleName(
            self.tr("Not born yet: record the expected date of delivery")
        )
        self.unborn_box.setChecked(bool(child and child.unborn))
        self.dob_field = DateField("child_dob_edit")
        self.dob_field.set_value(child.date_of_birth if child else None)
        self.expected_field = DateField("child_expected_edit")
        self.expected_field.edit.setAccessibleName(self.tr("Expected date of delivery"))
        self.expected_field.set_value(child.expected_date if child else None)
        self.plan_combo = QComboBox()
        self.plan_combo.setObjectName("child_plan_combo")
        self.plan_combo.setAccessibleName(self.tr("Plan"))
        for plan in PlanType:
            self.plan_combo.addItem(plan.label, plan)
        self.plan_combo.setCurrentIndex(
            self.plan_combo.findData(child.plan if child else PlanType.CHILD_PROTECTION)
        )
        self.category_boxes: dict[CPCategory, QCheckBox] = {}
        categories = QHBoxLayout()
        for category in CPCategory:
            box = QCheckBox(category.label)
            box.setObjectName(f"category_{category.value}")
            box.setChecked(bool(child and category in child.categories))
            self.category_boxes[category] = box
            categories.addWidget(box)
        if child is not None and child.unborn:
            # The birth is recorded with its own button, which keeps the same child.
            self.unborn_box.setToolTip(self.tr("When the baby is born, use Record the birth."))
        self.form.addRow(self.tr("Name"), self.name_edit)
        self.form.addRow("", self.unborn_box)
        self.form.addRow(self.tr("Date of birth"), self.dob_field)
        self.form.addRow(self.tr("Expected date of delivery"), self.expected_field)
        self.form.addRow(self.tr("Plan"), self.plan_combo)
        self.form.addRow(self.tr("Categories"), categories)
        self.plan_combo.currentIndexChanged.connect(self._update_categories)
        self.unborn_box.toggled.connect(self._update_unborn)
        self._forget_problem_on_edit(
            self.name_edit, self.dob_field.edit, self.expected_field.edit
        )
        self._update_categories()
        self._update_unborn()

    def _update_categories(self) -> None:
        on_cp = self.plan_combo.currentData() is PlanType.CHILD_PROTECTION
        for box in self.category_boxes.values():
            box.setEnabled(on_cp)

    def _update_unborn(self) -> None:
        """Not born yet: the expected date instead of the date of birth, and a placeholder
        name offered (a baby is often not named before the birth)."""
        unborn = self.unborn_box.isChecked()
        self.form.setRowVisible(self.dob_field, not unborn)
        self.form.setRowVisible(self.expected_field, unborn)
        self.name_edit.setPlaceholderText(
            self.tr("e.g. {name}").format(name=UNBORN_PLACEHOLDER) if unborn else ""
        )
        if unborn and not self.name_edit.text().strip():
            self.name_edit.setText(UNBORN_PLACEHOLDER)
        self._fit()

    def problem(self) -> str:
        if not self.name_edit.text().strip():
            return self.tr("Type the child's name.")
        unborn = self.unborn_box.isChecked()
        field, what = (
            (self.expected_field, self.tr("Expected date of delivery"))
            if unborn
            else (self.dob_field, self.tr("Date of birth"))
        )
        try:
            field.value()
        except DateInputError as error:
            return f"{what}: {error}"
        return child_dates_problem(self.child(), self._today)

    def child(self) -> Child:
        """The child as typed; call only when ``problem()`` found no malformed date."""
        plan = self.plan_combo.currentData()
        categories = tuple(
            c for c, box in self.category_boxes.items() if box.isChecked()
        ) if plan is PlanType.CHILD_PROTECTION else ()
        unborn = self.unborn_box.isChecked()
        return Child(
            self._child_id,
            self.name_edit.text().strip(),
            None if unborn else self.dob_field.value(),
            plan,
            categories,
            unborn=unborn,
            expected_date=self.expected_field.value() if unborn else None,
        )


class BirthDialog(_FormDialog):
    """Record the birth of a child recorded before it was born: its name and date of birth.

    The same child is kept, with its plan, categories and history.
    """

    def __init__(self, parent: QWidget | None, child: Child, today: dt.date | None = None) -> None:
        super().__init__(QCoreApplication.translate("BirthDialog", "Record the birth"), parent)
        self._child = child
        self._today = today or dt.date.today()
        expected = (
            self.tr("expected on {date}").format(date=format_short_date(child.expected_date))
            if child.expected_date
            else self.tr("with no expected date recorded")
        )
        intro = QLabel(
            self.tr(
                "{name}, {expected}. The same child is kept: everything recorded about them so "
                "far stays with them."
            ).format(name=child.name, expected=expected)
        )
        intro.setObjectName("birth_intro_label")
        intro.setWordWrap(True)
        self.form.addRow(intro)
        keep_name = child.name if child.name != UNBORN_PLACEHOLDER else ""
        self.name_edit = _line("birth_name_edit", self.tr("Baby's name"), keep_name)
        self.name_edit.setPlaceholderText(self.tr("The baby's name"))
        self.dob_field = DateField("birth_dob_edit")
        self.dob_field.edit.setAccessibleName(self.tr("Date of birth"))
        self.form.addRow(self.tr("Name"), self.name_edit)
        self.form.addRow(self.tr("Date of birth"), self.dob_field)
        self._forget_problem_on_edit(self.name_edit, self.dob_field.edit)

    def problem(self) -> str:
        try:
            born = self.dob_field.value()
        except DateInputError as error:
            return self.tr("Date of birth: {error}").format(error=error)
        return birth_problem(self._child, self.name_edit.text(), born, self._today)

    def name(self) -> str:
        return self.name_edit.text().strip()

    def date_of_birth(self) -> dt.date | None:
        return self.dob_field.value()


class PersonDialog(_FormDialog):
    def __init__(self, parent: QWidget | None, person: Person | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("PersonDialog", "Person in the network"), parent
        )
        self._person_id = person.id if person else 0
        self.name_edit = _line("person_name_edit", self.tr("Name"), person.name if person else "")
        self.role_edit = _line("person_role_edit", self.tr("Role"), person.role if person else "")
        self.role_edit.setPlaceholderText(self.tr("e.g. Mother, Health visitor, Class teacher"))
        self.agency_edit = _line(
            "person_agency_edit", self.tr("Agency"), person.agency if person else ""
        )
        self.agency_edit.setPlaceholderText(self.tr("Leave empty for family and friends"))
        self.professional_box = QCheckBox(self.tr("Professional (professionals may vote)"))
        self.professional_box.setObjectName("person_professional_box")
        self.professional_box.setChecked(bool(person and person.is_professional))
        self.phone_edit = _line("person_phone_edit", self.tr("Phone"), person.phone if person else "")
        self.email_edit = _line("person_email_edit", self.tr("Email"), person.email if person else "")
        self.form.addRow(self.tr("Name"), self.name_edit)
        self.form.addRow(self.tr("Role"), self.role_edit)
        self.form.addRow(self.tr("Agency"), self.agency_edit)
        self.form.addRow("", self.professional_box)
        self.form.addRow(self.tr("Phone"), self.phone_edit)
        self.form.addRow(self.tr("Email"), self.email_edit)

    def problem(self) -> str:
        return "" if self.name_edit.text().strip() else self.tr("Type the person's name.")

    def person(self) -> Person:
        return Person(
            self._person_id,
            self.name_edit.text().strip(),
            self.role_edit.text().strip(),
            self.agency_edit.text().strip(),
            self.professional_box.isChecked(),
            self.phone_edit.text().strip(),
            self.email_edit.text().strip(),
        )


class MeetingSetupDialog(_FormDialog):
    """Type, date, start time, venue, chair and minute-taker of a new meeting."""

    def __init__(
        self,
        parent: QWidget | None,
        family: Family,
        default_date: dt.date,
        meeting: Meeting | None = None,
        usual_chair_id: int | None = None,
    ) -> None:
        """usual_chair_id: who chaired the family's last meeting; a new meeting starts with
        them as its chair (the chair can still be changed)."""
        super().__init__(
            QCoreApplication.translate("MeetingSetupDialog", "Meeting details")
            if meeting
            else QCoreApplication.translate("MeetingSetupDialog", "New meeting"),
            parent,
        )
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("meeting_type_combo")
        self.type_combo.setAccessibleName(self.tr("Type of meeting"))
        for meeting_type in SUPPORTED_MEETING_TYPES:
            self.type_combo.addItem(meeting_type.label, meeting_type)
            self.type_combo.setItemData(
                self.type_combo.count() - 1, explain(meeting_type.label), Qt.ItemDataRole.ToolTipRole
            )
        # The chosen type's jargon explained on hover (each item has its own tooltip too).
        self.type_combo.currentIndexChanged.connect(
            lambda: self.type_combo.setToolTip(
                self.type_combo.currentData(Qt.ItemDataRole.ToolTipRole) or ""
            )
        )
        self.type_combo.setCurrentIndex(SUPPORTED_MEETING_TYPES.index(MeetingType.CORE_GROUP))
        self.date_field = DateField("meeting_date_edit")
        self.date_field.set_value(default_date)
        self.time_field = TimeField("meeting_time_edit")
        self.venue_edit = _line("meeting_venue_edit", self.tr("Venue"))
        self.chair_combo = QComboBox()
        self.chair_combo.setObjectName("chair_combo")
        self.chair_combo.setAccessibleName(self.tr("Who chairs the meeting"))
        self.minute_taker_combo = QComboBox()
        self.minute_taker_combo.setObjectName("minute_taker_combo")
        self.minute_taker_combo.setAccessibleName(self.tr("Minute-taker"))
        for combo in (self.chair_combo, self.minute_taker_combo):
            combo.addItem(self.tr("Choose a person"), None)
            for person in family.people:
                combo.addItem(f"{person.name} ({person.role})" if person.role else person.name, person.id)
        self.form.addRow(self.tr("Type"), self.type_combo)
        self.form.addRow(self.tr("Date"), self.date_field)
        self.form.addRow(self.tr("Start time"), self.time_field)
        self.form.addRow(self.tr("Venue"), self.venue_edit)
        self.form.addRow(self.tr("Chaired by"), self.chair_combo)
        self.form.addRow(self.tr("Minute-taker"), self.minute_taker_combo)
        self.usual_chair_label = QLabel()
        self.usual_chair_label.setObjectName("usual_chair_label")
        self.usual_chair_label.setWordWrap(True)
        self.usual_chair_label.setStyleSheet("color: #3b3b3b;")
        usual = family.person(usual_chair_id) if meeting is None else None
        if usual is not None:
            self.chair_combo.setCurrentIndex(max(0, self.chair_combo.findData(usual.id)))
            self.usual_chair_label.setText(
                self.tr(
                    "{name} chaired the family's last meeting, so chairs this one unless you "
                    "choose someone else."
                ).format(name=usual.name)
            )
            # Just below the chair's row.
            self.form.insertRow(5, "", self.usual_chair_label)
        if meeting is not None:
            self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(meeting.meeting_type)))
            self.type_combo.setEnabled(False)  # the agenda already followed depends on it
            self.date_field.set_value(meeting.date)
            self.time_field.set_value(meeting.start_time)
            self.venue_edit.setText(meeting.venue)
            self.chair_combo.setCurrentIndex(max(0, self.chair_combo.findData(meeting.chair_id)))
            self.minute_taker_combo.setCurrentIndex(
                max(0, self.minute_taker_combo.findData(meeting.minute_taker_id))
            )
        self.chair_combo.currentIndexChanged.connect(self._check_roles)
        self.minute_taker_combo.currentIndexChanged.connect(self._check_roles)

    def _check_roles(self) -> None:
        chair, minutes = self.chair_combo.currentData(), self.minute_taker_combo.currentData()
        self.show_problem(SAME_CHAIR_AND_MINUTE_TAKER if chair is not None and chair == minutes else "")

    def problem(self) -> str:
        try:
            date = self.date_field.value()
            self.time_field.value()
        except DateInputError as error:
            return str(error)
        if date is None:
            return self.tr("Type the date of the meeting.")
        chair, minutes = self.chair_combo.currentData(), self.minute_taker_combo.currentData()
        if chair is None or minutes is None:
            return self.tr("Choose who chairs the meeting and who takes the minutes.")
        if chair == minutes:
            return SAME_CHAIR_AND_MINUTE_TAKER
        return ""

    def values(self) -> tuple[MeetingType, dt.date, dt.time | None, str, int, int]:
        date = self.date_field.value()
        assert date is not None  # checked by problem()
        return (
            self.type_combo.currentData(),
            date,
            self.time_field.value(),
            self.venue_edit.text().strip(),
            self.chair_combo.currentData(),
            self.minute_taker_combo.currentData(),
        )
