"""The conference decision, child by child: each professional's view, the tally, and the chair's
decision recorded apart, with a reason when it differs from the majority."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from chair_app.core import edits
from chair_app.core.conference import (
    conference_voters,
    differs_from_majority,
    dissenting_views,
    plan_tally,
)
from chair_app.core.domain import (
    Child,
    ChildDecision,
    ChildPlanView,
    CPCategory,
    MeetingType,
    Person,
    PlanView,
)
from chair_app.core.rules import heard_not_voting
from chair_app.ui.meeting_controller import MeetingController
from chair_app.ui.steps.base import RowsHolder, StepPage, heading_label, make_line_edit


def _view_combo(
    name: str, accessible: str, meeting_type: MeetingType, not_given: str = ""
) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    for view in PlanView:
        label = view.label_for(meeting_type)
        if view is PlanView.NOT_GIVEN and not_given:
            label = not_given
        combo.addItem(label, view)
    return combo


def _short_category_labels() -> dict[CPCategory, str]:
    """The categories in a word each, to fit in a row beside each other ("Physical")."""
    return {
        CPCategory.NEGLECT: QCoreApplication.translate("ConferenceDecision", "Neglect"),
        CPCategory.PHYSICAL: QCoreApplication.translate("ConferenceDecision", "Physical"),
        CPCategory.EMOTIONAL: QCoreApplication.translate("ConferenceDecision", "Emotional"),
        CPCategory.SEXUAL: QCoreApplication.translate("ConferenceDecision", "Sexual"),
    }


def _category_boxes(prefix: str, owner: str) -> dict[CPCategory, QCheckBox]:
    boxes = {}
    short = _short_category_labels()
    for category in CPCategory:
        box = QCheckBox(short[category])
        box.setObjectName(f"{prefix}_{category.value}")
        box.setAccessibleName(f"{category.label}, {owner}")
        boxes[category] = box
    return boxes


def _in_a_row(title: str, boxes: Iterable[QCheckBox]) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(QLabel(title))
    for box in boxes:
        row.addWidget(box)
    row.addStretch(1)
    return row


def _set_combo(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0 and combo.currentIndex() != index:
        combo.setCurrentIndex(index)


class _ViewRow:
    """One professional's view on one child."""

    def __init__(self, page: ConferenceDecisionPage, child: Child, person: Person) -> None:
        self.page, self.child, self.person = page, child, person
        meeting_type = page.controller.meeting.meeting_type
        key = f"{child.id}_{person.id}"
        self.view = _view_combo(
            f"plan_view_{key}",
            QCoreApplication.translate(
                "ConferenceDecisionPage", "View of {name} on {child}"
            ).format(name=person.name, child=child.name),
            meeting_type,
        )
        self.categories = (
            _category_boxes(
                f"plan_category_{key}",
                QCoreApplication.translate(
                    "ConferenceDecisionPage", "view of {name} on {child}"
                ).format(name=person.name, child=child.name),
            )
            if meeting_type is MeetingType.INITIAL_CONFERENCE
            else {}
        )
        self.reason = make_line_edit(
            f"plan_reason_{key}",
            QCoreApplication.translate(
                "ConferenceDecisionPage", "Reason of {name} on {child}"
            ).format(name=person.name, child=child.name),
            QCoreApplication.translate("ConferenceDecisionPage", "Reason"),
        )
        self.reason.setMinimumWidth(150)
        self.view.currentIndexChanged.connect(self._on_view_changed)
        for box in self.categories.values():
            box.toggled.connect(self._on_view_changed)
        self.reason.textChanged.connect(self._on_reason_changed)

    def value(self) -> ChildPlanView:
        return ChildPlanView(
            self.child.id,
            self.person.id,
            self.view.currentData(),
            tuple(c for c, box in self.categories.items() if box.isChecked()),
            self.reason.text(),
        )

    def load(self, stored: ChildPlanView) -> None:
        _set_combo(self.view, stored.view)
        for category, box in self.categories.items():
            box.setChecked(category in stored.categories)
        if self.reason.text() != stored.reason:
            self.reason.setText(stored.reason)

    def _on_view_changed(self) -> None:
        if self.page.loading:
            return
        controller, value = self.page.controller, self.value()
        controller.autosaver.flush()
        controller.change(lambda: controller.ctx.meetings.set_plan_view(controller.meeting_id, value))
        self.page.update_child(self.child.id)

    def _on_reason_changed(self) -> None:
        if self.page.loading:
            return
        controller = self.page.controller
        value = self.value()
        controller.save_later(
            f"plan-view-{self.child.id}-{self.person.id}",
            lambda: controller.ctx.meetings.set_plan_view(controller.meeting_id, value),
            after=lambda: self.page.update_child(self.child.id),
            patch=edits.set_plan_view(value),
        )


class _ChildBox(QGroupBox):
    """The views, tally and decision for one child."""

    def __init__(self, page: ConferenceDecisionPage, child: Child, voters: tuple[Person, ...]):
        super().__init__(child.name)
        self.setObjectName(f"child_decision_box_{child.id}")
        self.page, self.child = page, child
        meeting_type = page.controller.meeting.meeting_type
        self.rows = [_ViewRow(page, child, person) for person in voters]
        grid = QGridLayout()
        # The categories go on a line of their own under each view: in the same row they ran
        # off the page at large text sizes.
        for column, title in enumerate((self.tr("Professional"), self.tr("View"), self.tr("Reason"))):
            grid.addWidget(heading_label(title), 0, column)
        line = 1
        for row in self.rows:
            who = QLabel(f"{row.person.name}\n{row.person.agency or row.person.role}")
            # A long agency wraps rather than pushing the view and reason off the page (Welsh
            # labels and large text need the width).
            who.setWordWrap(True)
            grid.addWidget(who, line, 0)
            grid.addWidget(row.view, line, 1)
            grid.addWidget(row.reason, line, 2)
            line += 1
            if row.categories:
                grid.addLayout(_in_a_row(self.tr("Category:"), row.categories.values()), line, 0, 1, 3)
                line += 1
        grid.setColumnStretch(2, 1)
        self.tally_label = QLabel()
        self.tally_label.setObjectName(f"plan_tally_{child.id}")
        self.tally_label.setWordWrap(True)
        font = self.tally_label.font()
        font.setBold(True)
        self.tally_label.setFont(font)

        self.decision = _view_combo(
            f"chair_decision_{child.id}",
            self.tr("Chair's decision for {child}").format(child=child.name),
            meeting_type,
            not_given=self.tr("Not decided yet"),
        )
        self.decision_categories = (
            _category_boxes(
                f"decision_category_{child.id}",
                self.tr("decision for {child}").format(child=child.name),
            )
            if meeting_type is MeetingType.INITIAL_CONFERENCE
            else {}
        )
        self.cin_follows = QCheckBox(self.tr("A child in need plan follows"))
        self.cin_follows.setObjectName(f"cin_follows_{child.id}")
        self.cin_follows.setAccessibleName(
            self.tr("A child in need plan follows for {child}").format(child=child.name)
        )
        self.cin_follows.setVisible(meeting_type is MeetingType.REVIEW_CONFERENCE)
        self.decision_reason = make_line_edit(
            f"decision_reason_{child.id}",
            self.tr("Reason for the chair's decision for {child}").format(child=child.name),
            self.tr("Reason (needed if it differs from the majority)"),
        )
        self.differs_label = QLabel()
        self.differs_label.setObjectName(f"decision_differs_{child.id}")
        self.differs_label.setWordWrap(True)
        self.differs_label.setStyleSheet("color: #a40000;")
        self.dissent_label = QLabel()
        self.dissent_label.setObjectName(f"plan_dissent_{child.id}")
        self.dissent_label.setWordWrap(True)

        decision_row = QHBoxLayout()
        decision_row.addWidget(QLabel(self.tr("Chair's decision:")))
        decision_row.addWidget(self.decision)
        decision_row.addWidget(self.cin_follows)
        decision_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.tally_label)
        layout.addLayout(decision_row)
        if self.decision_categories:
            layout.addLayout(_in_a_row(self.tr("Category:"), self.decision_categories.values()))
        layout.addWidget(self.decision_reason)
        layout.addWidget(self.differs_label)
        layout.addWidget(self.dissent_label)

        self.decision.currentIndexChanged.connect(self._on_decision_changed)
        for box in self.decision_categories.values():
            box.toggled.connect(self._on_decision_changed)
        self.cin_follows.toggled.connect(self._on_decision_changed)
        self.decision_reason.textChanged.connect(self._on_reason_changed)

    def value(self) -> ChildDecision:
        return ChildDecision(
            self.child.id,
            self.decision.currentData(),
            tuple(c for c, box in self.decision_categories.items() if box.isChecked()),
            self.decision_reason.text(),
            self.cin_follows.isChecked(),
        )

    def load(self) -> None:
        meeting = self.page.controller.meeting
        for row in self.rows:
            row.load(meeting.plan_view_of(self.child.id, row.person.id))
        stored = meeting.decision_for(self.child.id)
        _set_combo(self.decision, stored.decision)
        for category, box in self.decision_categories.items():
            box.setChecked(category in stored.categories)
        self.cin_follows.setChecked(stored.cin_follows)
        if self.decision_reason.text() != stored.reason:
            self.decision_reason.setText(stored.reason)
        self.update_summary()

    def update_summary(self) -> None:
        controller = self.page.controller
        meeting, family = controller.meeting, controller.family
        voters = conference_voters(meeting, family)
        result = plan_tally(meeting, self.child.id, voters)
        self.tally_label.setText(result.summary(meeting.meeting_type))
        decision = meeting.decision_for(self.child.id)
        differs = differs_from_majority(decision, result)
        if differs and not decision.reason.strip():
            self.differs_label.setText(
                self.tr(
                    "The chair's decision differs from the majority of views: give the reason. "
                    "The meeting cannot close without it."
                )
            )
        elif differs:
            self.differs_label.setText(
                self.tr("The chair's decision differs from the majority; the reason is recorded.")
            )
        else:
            self.differs_label.setText("")
        self.differs_label.setVisible(bool(self.differs_label.text()))
        dissent = dissenting_views(meeting, self.child.id, voters)
        no_reason = self.tr("no reason given yet")
        self.dissent_label.setText(
            self.tr("Dissent: {views}").format(
                views="; ".join(
                    f"{person.name} ({person.agency or person.role}): {reason or no_reason}"
                    for person, reason in dissent
                )
            )
            if dissent
            else ""
        )
        self.dissent_label.setVisible(bool(dissent))

    def _on_decision_changed(self) -> None:
        if self.page.loading:
            return
        controller, value = self.page.controller, self.value()
        controller.autosaver.flush()
        controller.change(
            lambda: controller.ctx.meetings.set_child_decision(controller.meeting_id, value)
        )
        self.update_summary()

    def _on_reason_changed(self) -> None:
        if self.page.loading:
            return
        controller = self.page.controller
        value = self.value()
        controller.save_later(
            f"child-decision-{self.child.id}",
            lambda: controller.ctx.meetings.set_child_decision(controller.meeting_id, value),
            after=self.update_summary,
            patch=edits.set_child_decision(value),
        )


class ConferenceDecisionPage(StepPage):
    def __init__(self, controller: MeetingController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.rule_label = QLabel()
        self.rule_label.setObjectName("conference_rule_label")
        self.rule_label.setWordWrap(True)
        self.heard_label = QLabel()
        self.heard_label.setObjectName("conference_heard_label")
        self.heard_label.setWordWrap(True)
        self._scroll = RowsHolder()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.rule_label)
        layout.addWidget(self.heard_label)
        layout.addWidget(self._scroll, 1)
        self._boxes: dict[int, _ChildBox] = {}
        self._shape: tuple[tuple[int, ...], tuple[int, ...]] = ((), ())
        self.refresh()

    def _build(self, voters: tuple[Person, ...]) -> None:
        container = QWidget()
        layout = QVBoxLayout(container)
        self._boxes = {}
        for child in self.controller.family.children:
            box = _ChildBox(self, child, voters)
            self._boxes[child.id] = box
            layout.addWidget(box)
        layout.addStretch(1)
        self._scroll.setWidget(container)

    def refresh(self) -> None:
        self._loading = True
        try:
            meeting, family = self.controller.meeting, self.controller.family
            voters = conference_voters(meeting, family)
            shape = (tuple(c.id for c in family.children), tuple(p.id for p in voters))
            if shape != self._shape or not self._boxes:
                self._build(voters)
                self._shape = shape
            question = (
                self.tr("Does each child's child protection plan continue, or end?")
                if meeting.meeting_type is MeetingType.REVIEW_CONFERENCE
                else self.tr(
                    "Should each child be subject to a child protection plan, and under which "
                    "category? More than one category may apply."
                )
            )
            rule = self.tr(
                "Each professional present gives a view; the chair then records the decision. "
                "Parents, family and advocates are heard, but their views are not counted."
            )
            self.rule_label.setText(f"{question} {rule}")
            heard = heard_not_voting(meeting, family)
            self.heard_label.setText(
                self.tr("Heard, not counted: {names}.").format(
                    names=", ".join(p.name for p in heard)
                )
                if heard
                else ""
            )
            self.heard_label.setVisible(bool(heard))
            for box in self._boxes.values():
                box.load()
        finally:
            self._loading = False
        self.apply_editable()

    def update_child(self, child_id: int) -> None:
        self._boxes[child_id].update_summary()
