"""Who may see one item of the record: a small button beside the item that says in words who it
is withheld from, and opens a dialog to change it.

The same control serves every item that can be withheld (named by its core.facts.FactRef): a written
report, an update, a child's views, a column, a danger statement's notes, what someone said on a
decision, the contingency plan and its parts. OK saves at once, so a withholding is never left
waiting in a timer; Cancel changes nothing. It can be changed while the meeting is open and after
it closes, until the minutes are agreed: the button stays usable on a closed meeting's read-only
pages.
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from chair_app.core.copies import withheld_from_text
from chair_app.core.domain import Family, Person, Withholding
from chair_app.core.errors import MinutesAgreed
from chair_app.core.facts import FactRef
from chair_app.core.withholding import withholding_of
from chair_app.ui.meeting_controller import USER_ERRORS, MeetingController

logger = logging.getLogger(__name__)


def control_name(ref: FactRef) -> str:
    """The objectName of the control of an item: ``withhold_report_12`` for ``report:12``."""
    return "withhold_" + ref.format().replace(":", "_")


def state_text(withheld: Withholding, family: Family) -> str:
    """The button's words: who the item is withheld from, short enough for a button."""
    if not withheld:
        return QCoreApplication.translate("WithholdControl", "Shared with everyone")
    # Family members named as well as "the family" are already covered by it.
    named = [
        pid
        for pid in withheld.from_people
        if not (withheld.from_family and _is_family(family, pid))
    ]
    if withheld.from_family:
        if not named:
            return QCoreApplication.translate("WithholdControl", "Withheld from the family")
        if len(named) == 1:
            return QCoreApplication.translate(
                "WithholdControl", "Withheld from the family and 1 more person"
            )
        return QCoreApplication.translate(
            "WithholdControl", "Withheld from the family and {count} people"
        ).format(count=len(named))
    if len(named) == 1:
        person = family.person(named[0])
        if person is None:
            return QCoreApplication.translate("WithholdControl", "Withheld from 1 person")
        return QCoreApplication.translate("WithholdControl", "Withheld from {name}").format(
            name=person.name
        )
    return QCoreApplication.translate("WithholdControl", "Withheld from {count} people").format(
        count=len(named)
    )


def _is_family(family: Family, person_id: int) -> bool:
    person = family.person(person_id)
    return person is not None and not person.is_professional


def _person_text(person: Person) -> str:
    details = ", ".join(p for p in (person.role, person.agency) if p.strip())
    text = f"{person.name} ({details})" if details else person.name
    if person.is_professional:
        return text
    return QCoreApplication.translate("WithholdControl", "{person} – family and friends").format(
        person=text
    )


class WithholdDialog(QDialog):
    """Choose who one item is kept from: the family and their advocates, and named people."""

    def __init__(
        self, parent: QWidget, item_name: str, family: Family, withheld: Withholding
    ) -> None:
        super().__init__(parent)
        self.setObjectName("withhold_dialog")
        self.setWindowTitle(self.tr("Who may see this"))
        self._family = family
        intro = QLabel(
            "<b>"
            + self.tr("Who may see {item}?").format(item=html.escape(item_name))
            + "</b><br>"
            + self.tr(
                "Anyone it is kept from gets a copy without it. The full record keeps it, "
                "marked with who it is withheld from."
            )
        )
        intro.setObjectName("withhold_intro_label")
        intro.setWordWrap(True)
        self.from_family = QCheckBox(self.tr("Keep from the family and their advocates"))
        self.from_family.setObjectName("withhold_from_family")
        self.from_family.setAccessibleName(
            self.tr(
                "Keep from the family and their advocates: every parent, relative, friend and "
                "advocate"
            )
        )
        self.from_family.setChecked(withheld.from_family)
        people_label = QLabel(self.tr("Keep it from these people by name:"))
        people_label.setObjectName("withhold_people_label")
        people_label.setWordWrap(True)
        self.people: dict[int, QCheckBox] = {}
        # What each family member's own box said, while the family box covers them.
        self._own: dict[int, bool] = {}
        list_widget = QWidget()
        list_layout = QVBoxLayout(list_widget)
        list_layout.setContentsMargins(4, 4, 4, 4)
        list_layout.setSpacing(2)
        for person in family.people:
            box = QCheckBox(_person_text(person))
            box.setObjectName(f"withhold_person_{person.id}")
            box.setAccessibleName(self.tr("Keep it from {name}").format(name=person.name))
            box.setChecked(person.id in withheld.from_people)
            self.people[person.id] = box
            list_layout.addWidget(box)
        list_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("withhold_people_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        scroll.setWidget(list_widget)
        scroll.setMinimumHeight(min(40 + 28 * len(self.people), 260))
        people_label.setBuddy(scroll)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("dialog_buttons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.from_family)
        layout.addWidget(people_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.from_family.toggled.connect(self._cover_family)
        self._cover_family(withheld.from_family)

    def _cover_family(self, covered: bool) -> None:
        """Family members are ticked and fixed while the family box covers them; their own
        choice comes back when it is cleared."""
        for person in self._family.people:
            if person.is_professional:
                continue
            box = self.people[person.id]
            if covered and box.isEnabled():
                self._own[person.id] = box.isChecked()
                box.setChecked(True)
                box.setEnabled(False)
                box.setToolTip(self.tr("Covered by “Keep from the family and their advocates”."))
            elif not covered and not box.isEnabled():
                box.setChecked(self._own.pop(person.id, False))
                box.setEnabled(True)
                box.setToolTip("")

    def withholding(self) -> Withholding:
        """What the dialog shows: the family box, and the people ticked by name."""
        return Withholding(
            self.from_family.isChecked(),
            tuple(pid for pid, box in self.people.items() if box.isEnabled() and box.isChecked()),
        )


class WithholdControl(QPushButton):
    """The button beside one item. It reads the item's withholding from the controller's
    meeting, and keeps its words up to date whenever the record is saved.

    Signals:
        withholding_saved(object): a new Withholding was saved for the item (pages showing the
            same mark another way, such as an update's third-party box, follow it).
    """

    withholding_saved = Signal(object)

    def __init__(
        self,
        controller: MeetingController,
        key: FactRef,
        item_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.key = key
        self.item_name = item_name
        self.setObjectName(control_name(key))
        # The walk-through makes a closed meeting's pages read-only; this stays usable until
        # the minutes are agreed (refresh decides).
        self.setProperty("always_enabled", True)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.clicked.connect(self._on_clicked)
        controller.record_changed.connect(self.refresh)
        self.refresh()

    def withheld(self) -> Withholding:
        return withholding_of(self.controller.meeting, self.key)

    def set_item_name(self, item_name: str) -> None:
        """For a control that follows a selection (the danger statement shown)."""
        self.item_name = item_name
        self.refresh()

    def set_key(self, key: FactRef, item_name: str) -> None:
        self.key = key
        self.setObjectName(control_name(key))
        self.set_item_name(item_name)

    def refresh(self) -> None:
        family = self.controller.family
        withheld = self.withheld()
        state = state_text(withheld, family)
        # The font first: the button sizes itself to its text when the text is set.
        font = self.font()
        font.setBold(bool(withheld))
        self.setFont(font)
        self.setText(state)
        self.updateGeometry()
        self.setAccessibleName(
            self.tr("Who may see {item}: {state}").format(item=self.item_name, state=state.lower())
        )
        refusal = self.controller.ctx.meetings.withholding_refusal(
            self.controller.meeting_id, self.controller.meeting.status
        )
        self.setEnabled(not refusal)
        if refusal:
            self.setToolTip(refusal)
        elif withheld:
            self.setToolTip(
                self.tr("Withheld from {whom}. Press to change.").format(
                    whom=withheld_from_text(withheld, family)
                )
            )
        else:
            self.setToolTip(self.tr("Everyone sent a copy sees it. Press to keep it from someone."))

    def _on_clicked(self) -> None:
        # Typed text is saved first: the item it belongs to must be in the record.
        self.controller.flush()
        # Parented to the window, not the button: a closed meeting's page makes everything
        # inside it read-only, and the dialog's boxes must stay usable.
        dialog = WithholdDialog(
            self.window(), self.item_name, self.controller.family, self.withheld()
        )

        def accepted() -> None:
            self.save(dialog.withholding())

        def finished() -> None:
            dialog.setObjectName("")
            dialog.deleteLater()

        dialog.accepted.connect(accepted)
        dialog.finished.connect(finished)
        dialog.open()

    def save(self, withholding: Withholding) -> bool:
        """Save at once; a refusal is told to the user and nothing changes."""
        meetings, meeting_id = self.controller.ctx.meetings, self.controller.meeting_id
        try:
            meetings.set_withholding(meeting_id, self.key, withholding)
        except (*USER_ERRORS, MinutesAgreed) as error:
            logger.info("withholding refused: %s", type(error).__name__)
            self.controller.ctx.prompts.error(self, self.tr("Who may see this"), str(error))
            self.controller.reload()
            self.controller.record_changed.emit()
            return False
        self.controller.reload()
        self.controller.record_changed.emit()
        self.withholding_saved.emit(withholding)
        return True
