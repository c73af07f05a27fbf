"""Dialogs of the minutes after the meeting: correcting the wording, comments and rulings,
copies sent, agreement, addenda, exclusions and the copy to export.

Each dialog only collects what the user typed and checks that it is complete; the rules (what a
locked record refuses, what a comment needs) stay in the services, and the panel shows their
refusals.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QStackedWidget,
    QWidget,
)

from chair_app.core.agenda import AgendaStep, StepKey
from chair_app.core.dates import DateInputError
from chair_app.core.facts import FactRef
from chair_app.core.lifecycle import (
    Addendum,
    Comment,
    Exclusion,
    SendMethod,
)
from chair_app.services.minutes import CopyKind
from chair_app.ui.dialogs import _FormDialog
from chair_app.ui.fields import DateField


@dataclass(frozen=True, slots=True)
class Part:
    """One part of the draft whose wording may be corrected."""

    field: FactRef  # the part: reasons, a column, the update of a person, a child's views
    label: str
    text: str
    step: StepKey


def _text_edit(name: str, accessible: str, text: str = "", height: int = 110) -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    return edit


def _people_combo(
    name: str,
    accessible: str,
    people: Sequence[tuple[int | None, str]],
    selected: int | None = None,
) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    for person_id, label in people:
        combo.addItem(label, person_id)
    if selected is not None and combo.findData(selected) >= 0:
        combo.setCurrentIndex(combo.findData(selected))
    return combo


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #3b3b3b;")
    return label


def _date_field(name: str, value: dt.date) -> DateField:
    field = DateField(name)
    field.set_value(value)
    return field


def _date_problem(field: DateField, what: str, missing: str) -> str:
    """ "" when the field holds a date; else what is wrong (``what``: the field's name,
    ``missing``: what to say when it is empty)."""
    try:
        value = field.value()
    except DateInputError as error:
        return f"{what}: {error}"
    return "" if value is not None else missing


def copy_sent_label(copy: str) -> str:
    """Which copy went (a CopyKind's value), as the distribution table names it."""
    labels = {
        CopyKind.FULL.value: QCoreApplication.translate("MinutesDialogs", "Full record"),
        CopyKind.PERSON.value: QCoreApplication.translate("MinutesDialogs", "Own copy"),
        CopyKind.FAMILY_SUMMARY.value: QCoreApplication.translate(
            "MinutesDialogs", "Family summary"
        ),
    }
    return labels.get(copy, copy)


def _ok_text(dialog: _FormDialog, text: str) -> None:
    """Name the OK button after what it does."""
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(text)


def _date(field: DateField) -> dt.date:
    value = field.value()
    assert value is not None  # problem() allowed OK only with a date
    return value


class CorrectionDialog(_FormDialog):
    """Correct the wording of one part of the draft: what it says now, and the new wording."""

    def __init__(
        self,
        parent: QWidget | None,
        parts: Sequence[Part],
        correctors: Sequence[tuple[int | None, str]],
        *,
        field: FactRef | None = None,
        comment: str = "",
    ) -> None:
        super().__init__(
            self.tr("Accept the comment") if comment else self.tr("Correct the wording"), parent
        )
        self.setObjectName("correction_dialog")
        self.setMinimumWidth(640)
        # The combo's data is each part's text form: a plain value Qt compares and hands back.
        self._parts = {part.field.format(): part for part in parts}
        if comment:
            self.comment_label = _note(comment)
            self.comment_label.setObjectName("correction_comment_label")
            self.form.addRow(self.comment_label)
        self.form.addRow(
            _note(
                self.tr(
                    "Only the wording of notes and summaries is corrected here; the chair "
                    "corrects attendance, scores and actions with “Correct a recorded fact”. "
                    "Every correction is logged with what it said before."
                )
            )
        )
        self.part_combo = QComboBox()
        self.part_combo.setObjectName("correction_part_combo")
        self.part_combo.setAccessibleName(self.tr("Part of the minutes"))
        for part in parts:
            self.part_combo.addItem(part.label, part.field.format())
        self.current_text = _text_edit(
            "correction_current_text", self.tr("What it says now"), height=70
        )
        self.current_text.setMaximumHeight(130)
        self.current_text.setReadOnly(True)
        self.current_text.setStyleSheet("background: #f3f3f3;")
        self.new_text = _text_edit("correction_new_text", self.tr("The new wording"))
        self.by_combo = _people_combo("correction_by_combo", self.tr("Who corrects"), correctors)
        self.form.addRow(self.tr("Part"), self.part_combo)
        self.form.addRow(self.tr("It says now"), self.current_text)
        self.form.addRow(self.tr("New wording"), self.new_text)
        self.form.addRow(self.tr("Corrected by"), self.by_combo)
        _ok_text(self, self.tr("Accept and correct") if comment else self.tr("Save the correction"))
        self.part_combo.currentIndexChanged.connect(self._on_part_changed)
        if field is not None and self.part_combo.findData(field.format()) >= 0:
            self.part_combo.setCurrentIndex(self.part_combo.findData(field.format()))
        self._on_part_changed()

    def _on_part_changed(self) -> None:
        part = self._parts.get(self.part_combo.currentData())
        text = part.text if part else ""
        self.current_text.setPlainText(text)
        self.new_text.setPlainText(text)

    def problem(self) -> str:
        part = self._parts.get(self.part_combo.currentData())
        new = self.new_text.toPlainText().strip()
        if part is None:
            return self.tr("Choose the part of the minutes to correct.")
        if not new:
            return self.tr("Type the new wording.")
        if new == part.text.strip():
            return self.tr("The new wording is the same as what it says now.")
        return ""

    def values(self) -> tuple[FactRef, str, int | None]:
        """The part, the new wording, and who corrected it (problem() allowed OK with a part)."""
        return (
            self._parts[self.part_combo.currentData()].field,
            self.new_text.toPlainText().strip(),
            self.by_combo.currentData(),
        )


# The kinds of recorded fact the chair may correct, with their names and the page of the
# "new value" editor each uses (0: a choice, 1: a score, 2: a date, 3: wording).
FACT_KINDS = (
    ("attendance", QT_TRANSLATE_NOOP("MinutesDialogs", "Attendance of a person"), 0),
    ("score", QT_TRANSLATE_NOOP("MinutesDialogs", "A person's score on a scale"), 1),
    ("owner", QT_TRANSLATE_NOOP("MinutesDialogs", "An action's owner"), 0),
    ("due", QT_TRANSLATE_NOOP("MinutesDialogs", "An action's due date"), 2),
    ("status", QT_TRANSLATE_NOOP("MinutesDialogs", "An action's status"), 0),
    ("what", QT_TRANSLATE_NOOP("MinutesDialogs", "An action's wording"), 3),
)


@dataclass(frozen=True, slots=True)
class Fact:
    """One fact recorded in the meeting's steps that the chair may correct."""

    field: FactRef  # attendance:7, score:7:2, action:3:due
    kind: str  # one of FACT_KINDS
    subject: str  # whose attendance or score, or which action
    value: str  # as stored: "present", "7", a person's id, an ISO date, the wording
    text: str  # as people read it


class FactCorrectionDialog(_FormDialog):
    """Correct a fact recorded in the meeting's steps: which fact, what it is now, the new
    value, and who corrects it (the chair)."""

    def __init__(
        self,
        parent: QWidget | None,
        facts: Sequence[Fact],
        choices: Mapping[str, Sequence[tuple[str, str]]],
        correctors: Sequence[tuple[int | None, str]],
    ) -> None:
        """``choices`` gives, for the kinds chosen from a list (attendance, owner, status),
        each stored value with its label."""
        super().__init__(self.tr("Correct a recorded fact"), parent)
        self.setObjectName("fact_correction_dialog")
        self.setMinimumWidth(600)
        self._facts = list(facts)
        self._choices = choices
        self.form.addRow(
            _note(
                self.tr(
                    "Only the chair corrects the facts recorded in the meeting, before the "
                    "minutes are agreed. Every correction is logged with what it was before."
                )
            )
        )
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("fact_kind_combo")
        self.kind_combo.setAccessibleName(self.tr("What kind of fact"))
        for kind, label, _page in FACT_KINDS:
            if any(f.kind == kind for f in facts):
                self.kind_combo.addItem(
                    QCoreApplication.translate("MinutesDialogs", str(label)), kind
                )
        self.subject_combo = QComboBox()
        self.subject_combo.setObjectName("fact_subject_combo")
        self.subject_combo.setAccessibleName(self.tr("Whose, or which action"))
        self.current_edit = QLineEdit()
        self.current_edit.setObjectName("fact_current_value")
        self.current_edit.setAccessibleName(self.tr("What is recorded now"))
        self.current_edit.setReadOnly(True)
        self.current_edit.setStyleSheet("background: #f3f3f3;")
        self.new_combo = QComboBox()
        self.new_combo.setObjectName("fact_new_combo")
        self.new_combo.setAccessibleName(self.tr("The new value"))
        self.new_score = QSpinBox()
        self.new_score.setObjectName("fact_new_score")
        self.new_score.setAccessibleName(self.tr("The new score"))
        self.new_score.setRange(0, 10)
        self.new_date = DateField("fact_new_date")
        self.new_text = _text_edit("fact_new_text", self.tr("The new wording"), height=70)
        self.new_stack = QStackedWidget()
        self.new_stack.setObjectName("fact_new_stack")
        for widget in (self.new_combo, self.new_score, self.new_date, self.new_text):
            self.new_stack.addWidget(widget)
        self.by_combo = _people_combo("fact_by_combo", self.tr("Who corrects"), correctors)
        self.form.addRow(self.tr("Kind"), self.kind_combo)
        self.form.addRow(self.tr("Whose / which"), self.subject_combo)
        self.form.addRow(self.tr("Recorded now"), self.current_edit)
        self.form.addRow(self.tr("New value"), self.new_stack)
        self.form.addRow(self.tr("Corrected by"), self.by_combo)
        _ok_text(self, self.tr("Save the correction"))
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self.subject_combo.currentIndexChanged.connect(self._on_subject_changed)
        self._on_kind_changed()

    def _kind(self) -> str:
        return self.kind_combo.currentData() or ""

    def _fact(self) -> Fact | None:
        field = self.subject_combo.currentData()
        return next((f for f in self._facts if f.field.format() == field), None)

    def _on_kind_changed(self) -> None:
        kind = self._kind()
        self.subject_combo.blockSignals(True)
        self.subject_combo.clear()
        for fact in self._facts:
            if fact.kind == kind:
                # The fact's text form as the combo's data: a plain value Qt compares.
                self.subject_combo.addItem(fact.subject, fact.field.format())
        self.subject_combo.blockSignals(False)
        page = next((p for k, _label, p in FACT_KINDS if k == kind), 0)
        self.new_stack.setCurrentIndex(page)
        self.new_combo.clear()
        if page == 0:
            for value, label in self._choices.get(kind, ()):
                self.new_combo.addItem(label, value)
        self._on_subject_changed()

    def _on_subject_changed(self) -> None:
        fact = self._fact()
        self.current_edit.setText(fact.text if fact else "")
        if fact is None:
            return
        page = self.new_stack.currentIndex()
        if page == 0 and self.new_combo.findData(fact.value) >= 0:
            self.new_combo.setCurrentIndex(self.new_combo.findData(fact.value))
        elif page == 1 and fact.value.isdigit():
            self.new_score.setValue(int(fact.value))
        elif page == 2:
            try:
                self.new_date.set_value(dt.date.fromisoformat(fact.value) if fact.value else None)
            except ValueError:
                self.new_date.set_value(None)
        elif page == 3:
            self.new_text.setPlainText(fact.value)

    def _new_value(self) -> str:
        page = self.new_stack.currentIndex()
        if page == 0:
            return self.new_combo.currentData() or ""
        if page == 1:
            return str(self.new_score.value())
        if page == 2:
            value = self.new_date.value()
            return value.isoformat() if value is not None else ""
        return self.new_text.toPlainText().strip()

    def problem(self) -> str:
        fact = self._fact()
        if fact is None:
            return self.tr("Choose the fact to correct.")
        if self.new_stack.currentIndex() == 2:
            problem = _date_problem(
                self.new_date, self.tr("New due date"), self.tr("Type the new due date.")
            )
            if problem:
                return problem
        new = self._new_value()
        if not new:
            return self.tr("Give the new value.")
        if new == fact.value:
            return self.tr("The new value is the same as what is recorded now.")
        return ""

    def values(self) -> tuple[FactRef, str, int | None]:
        """The fact, its new value as stored, and who corrected it (problem() allowed OK with
        a fact)."""
        fact = self._fact()
        assert fact is not None
        return fact.field, self._new_value(), self.by_combo.currentData()


class CommentDialog(_FormDialog):
    """A member's comment on the draft: who, when it came, which part, what they ask."""

    def __init__(
        self,
        parent: QWidget | None,
        people: Sequence[tuple[int | None, str]],
        steps: Sequence[AgendaStep],
        today: dt.date,
    ) -> None:
        super().__init__(self.tr("Add a comment on the draft"), parent)
        self.setObjectName("comment_dialog")
        self.setMinimumWidth(560)
        self.person_combo = _people_combo("comment_person_combo", self.tr("Who commented"), people)
        self.received_field = _date_field("comment_received_edit", today)
        self.step_combo = QComboBox()
        self.step_combo.setObjectName("comment_step_combo")
        self.step_combo.setAccessibleName(self.tr("Part of the minutes the comment is about"))
        for step in steps:
            self.step_combo.addItem(step.title, step.key)
        self.text_edit = _text_edit("comment_text_edit", self.tr("What the comment asks"))
        self.text_edit.setPlaceholderText(self.tr("What they asked to be changed, in their words."))
        self.form.addRow(self.tr("From"), self.person_combo)
        self.form.addRow(self.tr("Received"), self.received_field)
        self.form.addRow(self.tr("Part of the minutes"), self.step_combo)
        self.form.addRow(self.tr("Comment"), self.text_edit)
        _ok_text(self, self.tr("Add the comment"))

    def problem(self) -> str:
        if not self.text_edit.toPlainText().strip():
            return self.tr("Write down what the comment asks for.")
        return _date_problem(
            self.received_field, self.tr("Date received"), self.tr("Type the date received.")
        )

    def comment(self) -> Comment:
        return Comment(
            0,
            self.person_combo.currentData(),
            _date(self.received_field),
            self.step_combo.currentData(),
            self.text_edit.toPlainText().strip(),
        )


class DeclineDialog(_FormDialog):
    """Decline a comment: the reason is required."""

    def __init__(self, parent: QWidget | None, comment: str) -> None:
        super().__init__(self.tr("Decline the comment"), parent)
        self.setObjectName("decline_dialog")
        self.setMinimumWidth(540)
        self.comment_label = _note(comment)
        self.comment_label.setObjectName("decline_comment_label")
        self.reason_edit = _text_edit(
            "decline_reason_edit", self.tr("Why the comment is declined"), height=80
        )
        self.reason_edit.setMaximumHeight(160)
        self.reason_edit.setPlaceholderText(self.tr("Why the minutes stay as they are."))
        self.form.addRow(self.comment_label)
        self.form.addRow(self.tr("Reason"), self.reason_edit)
        _ok_text(self, self.tr("Decline the comment"))

    def problem(self) -> str:
        return (
            ""
            if self.reason_edit.toPlainText().strip()
            else self.tr("Give the reason for declining the comment.")
        )

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()


class RecordSentDialog(_FormDialog):
    """A copy of the minutes went to someone: who, how and when."""

    def __init__(
        self,
        parent: QWidget | None,
        people: Sequence[tuple[int | None, str]],
        today: dt.date,
        selected: int | None = None,
    ) -> None:
        super().__init__(self.tr("Record a copy sent"), parent)
        self.setObjectName("record_sent_dialog")
        self.person_combo = _people_combo("sent_person_combo", self.tr("Sent to"), people, selected)
        self.method_combo = QComboBox()
        self.method_combo.setObjectName("sent_method_combo")
        self.method_combo.setAccessibleName(self.tr("How it was sent"))
        for method in SendMethod:
            self.method_combo.addItem(method.label, method)
        # Which copy went: the person's own copy unless the chair says otherwise.
        self.copy_combo = QComboBox()
        self.copy_combo.setObjectName("sent_copy_combo")
        self.copy_combo.setAccessibleName(self.tr("Which copy was sent"))
        for kind in (CopyKind.PERSON, CopyKind.FULL, CopyKind.FAMILY_SUMMARY):
            self.copy_combo.addItem(copy_sent_label(kind.value), kind)
        self.copy_combo.setCurrentIndex(0)
        self.date_field = _date_field("sent_date_edit", today)
        self.form.addRow(self.tr("Sent to"), self.person_combo)
        self.form.addRow(self.tr("Copy"), self.copy_combo)
        self.form.addRow(self.tr("How"), self.method_combo)
        self.form.addRow(self.tr("When"), self.date_field)
        _ok_text(self, self.tr("Record"))

    def problem(self) -> str:
        return _date_problem(self.date_field, self.tr("Date sent"), self.tr("Type the date sent."))

    def values(self) -> tuple[int, SendMethod, dt.date]:
        return (
            self.person_combo.currentData(),
            self.method_combo.currentData(),
            _date(self.date_field),
        )

    def copy(self) -> CopyKind:
        kind: CopyKind = self.copy_combo.currentData()
        return kind


class AgreeDialog(_FormDialog):
    """Mark the minutes agreed: who agreed them and when. Agreement locks them."""

    def __init__(
        self,
        parent: QWidget | None,
        people: Sequence[tuple[int | None, str]],
        today: dt.date,
        selected: int | None = None,
    ) -> None:
        super().__init__(self.tr("Mark the minutes as agreed"), parent)
        self.setObjectName("agree_dialog")
        self.setMinimumWidth(540)
        self.form.addRow(
            _note(
                self.tr(
                    "Once agreed, the minutes are locked: nothing in them can be changed through "
                    "the app. Later information is added as an addendum, printed after the "
                    "agreed minutes."
                )
            )
        )
        self.by_combo = _people_combo(
            "agreed_by_combo", self.tr("Who agreed the minutes"), people, selected
        )
        self.date_field = _date_field("agreed_date_edit", today)
        self.form.addRow(self.tr("Agreed by"), self.by_combo)
        self.form.addRow(self.tr("Date agreed"), self.date_field)
        _ok_text(self, self.tr("Agree and lock"))

    def problem(self) -> str:
        return _date_problem(
            self.date_field, self.tr("Date agreed"), self.tr("Type the date agreed.")
        )

    def values(self) -> tuple[int | None, dt.date]:
        return self.by_combo.currentData(), _date(self.date_field)


class AddendumDialog(_FormDialog):
    """An addendum to agreed minutes: dated, by whom, why, and what it adds."""

    def __init__(
        self,
        parent: QWidget | None,
        people: Sequence[tuple[int | None, str]],
        today: dt.date,
        selected: int | None = None,
    ) -> None:
        super().__init__(self.tr("Add an addendum"), parent)
        self.setObjectName("addendum_dialog")
        self.setMinimumWidth(600)
        self.form.addRow(
            _note(
                self.tr(
                    "An addendum is printed after the agreed minutes. It does not change them, "
                    "and their fingerprint stays the same."
                )
            )
        )
        self.date_field = _date_field("addendum_date_edit", today)
        self.by_combo = _people_combo("addendum_by_combo", self.tr("Added by"), people, selected)
        self.reason_edit = _text_edit("addendum_reason_edit", self.tr("Why it is added"), height=50)
        self.reason_edit.setMaximumHeight(80)
        self.text_edit = _text_edit("addendum_text_edit", self.tr("What the addendum says"))
        self.form.addRow(self.tr("Date"), self.date_field)
        self.form.addRow(self.tr("Added by"), self.by_combo)
        self.form.addRow(self.tr("Why"), self.reason_edit)
        self.form.addRow(self.tr("Addendum"), self.text_edit)
        _ok_text(self, self.tr("Add the addendum"))

    def problem(self) -> str:
        if not self.reason_edit.toPlainText().strip():
            return self.tr("Say why the addendum is added.")
        if not self.text_edit.toPlainText().strip():
            return self.tr("Write what the addendum says.")
        return _date_problem(self.date_field, self.tr("Date"), self.tr("Type the date."))

    def addendum(self) -> Addendum:
        return Addendum(
            0,
            _date(self.date_field),
            self.by_combo.currentData(),
            self.reason_edit.toPlainText().strip(),
            self.text_edit.toPlainText().strip(),
        )


class ExclusionDialog(_FormDialog):
    """A person kept out of parts of the meeting, and why: their copy leaves those parts out."""

    def __init__(
        self,
        parent: QWidget | None,
        people: Sequence[tuple[int | None, str]],
        steps: Sequence[AgendaStep],
    ) -> None:
        super().__init__(self.tr("Record an exclusion"), parent)
        self.setObjectName("exclusion_dialog")
        self.setMinimumWidth(600)
        self.person_combo = _people_combo(
            "exclusion_person_combo", self.tr("Who was excluded"), people
        )
        self.step_boxes: dict[StepKey, QCheckBox] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        for index, step in enumerate(steps):
            box = QCheckBox(step.title)
            box.setObjectName(f"exclusion_step_{step.key.value}")
            self.step_boxes[step.key] = box
            grid.addWidget(box, index // 2, index % 2)
        self.reason_edit = _text_edit(
            "exclusion_reason_edit", self.tr("Why they were excluded"), height=60
        )
        self.form.addRow(
            _note(
                self.tr(
                    "Their copy of the minutes leaves out the parts ticked and says, at each "
                    "place, that a part is omitted. The full record lists who was excluded from "
                    "what."
                )
            )
        )
        self.reason_edit.setMaximumHeight(90)
        self.form.addRow(self.tr("Who"), self.person_combo)
        self.form.addRow(QLabel(self.tr("Excluded from these parts of the meeting:")))
        self.form.addRow(grid)
        self.form.addRow(self.tr("Why"), self.reason_edit)
        _ok_text(self, self.tr("Record the exclusion"))

    def problem(self) -> str:
        if not any(box.isChecked() for box in self.step_boxes.values()):
            return self.tr("Tick the parts of the meeting the person was excluded from.")
        if not self.reason_edit.toPlainText().strip():
            return self.tr("Say why the person was excluded.")
        return ""

    def exclusion(self) -> Exclusion:
        return Exclusion(
            0,
            self.person_combo.currentData(),
            tuple(key for key, box in self.step_boxes.items() if box.isChecked()),
            self.reason_edit.toPlainText().strip(),
        )


@dataclass(frozen=True, slots=True)
class CopyChoice:
    label: str
    description: str
    value: object  # a CopyRequest


class ExportCopyDialog(_FormDialog):
    """Which copy to export: the full record, a person's copy, or the family summary."""

    def __init__(self, parent: QWidget | None, choices: Sequence[CopyChoice]) -> None:
        super().__init__(self.tr("Export a copy of the minutes"), parent)
        self.setObjectName("export_copy_dialog")
        self.setMinimumWidth(560)
        self._choices = list(choices)
        self.copy_combo = QComboBox()
        self.copy_combo.setObjectName("copy_combo")
        self.copy_combo.setAccessibleName(self.tr("Which copy"))
        for choice in choices:
            self.copy_combo.addItem(choice.label)
        self.description_label = _note("")
        self.description_label.setObjectName("copy_description_label")
        self.description_label.setMinimumHeight(40)
        self.form.addRow(self.tr("Copy"), self.copy_combo)
        self.form.addRow("", self.description_label)
        self.form.addRow(
            _note(self.tr("A Word document and a PDF are written, with the same words."))
        )
        _ok_text(self, self.tr("Export…"))
        self.copy_combo.currentIndexChanged.connect(self._on_choice_changed)
        self._on_choice_changed()

    def _on_choice_changed(self) -> None:
        index = self.copy_combo.currentIndex()
        self.description_label.setText(self._choices[index].description if index >= 0 else "")

    def chosen(self) -> object:
        return self._choices[self.copy_combo.currentIndex()].value
