"""Step 6: decisions put to the meeting, the professionals' votes, tally, outcome and dissent."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from chair_app.core import edits
from chair_app.core.domain import Decision, Vote, VoteChoice
from chair_app.core.facts import FactKind, FactRef
from chair_app.core.rules import dissenting_votes, eligible_voters, heard_not_voting, tally
from chair_app.core.voting import voters as meeting_voters
from chair_app.ui.meeting_controller import MeetingController
from chair_app.ui.steps.base import (
    RowsHolder,
    StepPage,
    elide,
    heading_label,
    make_line_edit,
    make_text_edit,
)
from chair_app.ui.withhold_control import WithholdControl


class DecisionsPage(StepPage):
    def __init__(self, controller: MeetingController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.decision_list = QListWidget()
        self.decision_list.setObjectName("decision_list")
        self.decision_list.setAccessibleName(self.tr("Decisions"))
        self.decision_list.setMaximumHeight(110)
        self.add_button = QPushButton(self.tr("&Add decision"))
        self.add_button.setObjectName("add_decision_button")
        self.remove_button = QPushButton(self.tr("Remove decision"))
        self.remove_button.setObjectName("remove_decision_button")
        self.question_edit = make_text_edit(
            "question_edit",
            self.tr("The question put to the meeting"),
            self.tr("What is the meeting asked to decide?"),
        )
        self.question_edit.setMaximumHeight(64)
        self.rule_label = QLabel(
            self.tr(
                "Only professionals who are here vote, and a representative for an absent "
                "colleague's agency. The chair and the minute-taker do not vote. Family members, "
                "friends and advocates are heard: what they say goes in the minutes, but is not "
                "counted."
            )
        )
        self.rule_label.setObjectName("vote_rule_label")
        self.rule_label.setWordWrap(True)
        self.heard_label = QLabel()
        self.heard_label.setObjectName("heard_label")
        self.heard_label.setWordWrap(True)
        self.tally_label = QLabel()
        self.tally_label.setObjectName("tally_label")
        self.tally_label.setWordWrap(True)
        font = self.tally_label.font()
        font.setBold(True)
        self.tally_label.setFont(font)
        self.dissent_label = QLabel()
        self.dissent_label.setObjectName("dissent_label")
        self.dissent_label.setWordWrap(True)
        self.empty_label = QLabel(
            self.tr(
                "No decisions yet. Core Groups agree most things without a vote; add a decision "
                "when the meeting must decide something, for example asking for an early review "
                "conference."
            )
        )
        self.empty_label.setObjectName("decisions_empty_label")
        self.empty_label.setWordWrap(True)
        self._scroll = RowsHolder()

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.editor = QWidget()
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(heading_label(self.tr("Question"), "question_heading"))
        editor_layout.addWidget(self.question_edit)
        editor_layout.addWidget(self.rule_label)
        editor_layout.addWidget(self._scroll, 1)
        editor_layout.addWidget(self.heard_label)
        editor_layout.addWidget(self.tally_label)
        editor_layout.addWidget(self.dissent_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.decision_list)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.editor, 1)

        self.votes: dict[int, QComboBox] = {}
        self.vote_reasons: dict[int, QLineEdit] = {}
        self.heard_edits: dict[int, QLineEdit] = {}
        self._selected_id: int | None = None
        self.decision_list.currentRowChanged.connect(self._on_row_changed)
        self.add_button.clicked.connect(self._on_add)
        self.remove_button.clicked.connect(self._on_remove)
        self.question_edit.textChanged.connect(self._on_question_changed)
        self.refresh()

    def _decision(self) -> Decision | None:
        return next((d for d in self.controller.meeting.decisions if d.id == self._selected_id), None)

    def refresh(self) -> None:
        self._loading = True
        try:
            decisions = self.controller.meeting.decisions
            ids = [d.id for d in decisions]
            if self._selected_id not in ids:
                self._selected_id = ids[-1] if ids else None
            self.decision_list.clear()
            for index, decision in enumerate(decisions, start=1):
                item = QListWidgetItem(self._item_text(index, decision.question))
                item.setData(Qt.ItemDataRole.UserRole, decision.id)
                self.decision_list.addItem(item)
            if self._selected_id is not None:
                self.decision_list.setCurrentRow(ids.index(self._selected_id))
            self._load_editor()
        finally:
            self._loading = False
        self.apply_editable()
        self.remove_button.setEnabled(self.controller.editable and self._selected_id is not None)

    @staticmethod
    def _item_text(index: int, question: str) -> str:
        unwritten = QCoreApplication.translate("DecisionsPage", "(question not written yet)")
        return f"{index}. {elide(question) if question.strip() else unwritten}"

    def _load_editor(self) -> None:
        decision = self._decision()
        self.editor.setVisible(decision is not None)
        self.empty_label.setVisible(not self.controller.meeting.decisions)
        if decision is None:
            return
        was_loading, self._loading = self._loading, True
        if self.question_edit.toPlainText() != decision.question:
            self.question_edit.setPlainText(decision.question)
        meeting, family = self.controller.meeting, self.controller.family
        voters = meeting_voters(meeting, family)
        container = QWidget()
        grid = QGridLayout(container)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 5)
        self.votes, self.vote_reasons, self.heard_edits = {}, {}, {}
        if not voters:
            nobody = QLabel(
                self.tr("No professionals are marked present, so nobody can vote yet.")
            )
            nobody.setObjectName("no_voters_label")
            grid.addWidget(nobody, 0, 0, 1, 3)
        else:
            for column, (title, name) in enumerate(
                (
                    (self.tr("Who votes"), "vote_person_heading"),
                    (self.tr("Vote"), "vote_choice_heading"),
                    (self.tr("Reason"), "vote_reason_heading"),
                )
            ):
                grid.addWidget(heading_label(title, name), 0, column)
        by_person = {v.person_id: v for v in decision.votes}
        row = 0
        for row, voter in enumerate(voters, start=1):
            person = voter.person
            vote = by_person.get(person.id, Vote(person.id, VoteChoice.NOT_VOTED))
            if voter.given_by is not None:
                # The agency's vote, given by the representative of its absent member.
                text, speaker = voter.label[:1].upper() + voter.label[1:], voter.given_by.name
            else:
                text = f"{person.name}\n{person.agency}" if person.agency else person.name
                speaker = person.name
            label = QLabel(text)
            label.setObjectName(f"voter_label_{person.id}")
            label.setWordWrap(True)
            choice = QComboBox()
            choice.setObjectName(f"vote_{person.id}")
            choice.setAccessibleName(
                self.tr("Vote of {name}").format(name=speaker)
                if voter.given_by is None
                else self.tr("Vote {label}").format(label=voter.label)
            )
            for option in VoteChoice:
                choice.addItem(option.label, option)
            choice.setCurrentIndex(choice.findData(vote.choice))
            reason = make_line_edit(
                f"vote_reason_{person.id}",
                self.tr("Reason for {name}'s vote").format(name=speaker),
                self.tr("Reason (needed if they disagree with the outcome)"),
            )
            reason.setText(vote.reason)
            grid.addWidget(label, row, 0)
            grid.addWidget(choice, row, 1)
            grid.addWidget(reason, row, 2)
            # Who may see what they said (a reason can carry a third party's information).
            withhold = WithholdControl(
                self.controller,
                FactRef.of(FactKind.VOTE_REASON, decision.id, person.id),
                self.tr("what {name} said on this decision").format(name=speaker),
            )
            grid.addWidget(withhold, row, 3)
            choice.currentIndexChanged.connect(lambda _i, pid=person.id: self._on_vote_changed(pid, now=True))
            reason.textEdited.connect(lambda _t, pid=person.id: self._on_vote_changed(pid, now=False))
            self.votes[person.id] = choice
            self.vote_reasons[person.id] = reason
        # Family members and advocates are heard: what they said, never a vote.
        heard_people = heard_not_voting(meeting, family)
        if heard_people:
            row += 1
            grid.addWidget(heading_label(self.tr("Heard, not counted"), "heard_heading"), row, 0, 1, 3)
        for person in heard_people:
            row += 1
            said = by_person.get(person.id, Vote(person.id, VoteChoice.NOT_VOTED)).reason
            label = QLabel(f"{person.name}\n{person.role}" if person.role else person.name)
            view = make_line_edit(
                f"heard_{person.id}",
                self.tr("What {name} said on this decision").format(name=person.name),
                self.tr("What they said (heard, not counted)"),
            )
            view.setText(said)
            grid.addWidget(label, row, 0)
            grid.addWidget(view, row, 1, 1, 2)
            grid.addWidget(
                WithholdControl(
                    self.controller,
                    FactRef.of(FactKind.VOTE_REASON, decision.id, person.id),
                    self.tr("what {name} said on this decision").format(name=person.name),
                ),
                row,
                3,
            )
            view.textEdited.connect(lambda _t, pid=person.id: self._on_heard_changed(pid))
            self.heard_edits[person.id] = view
        voters_count = row
        grid.setRowStretch(voters_count + 1, 1)
        self._scroll.setWidget(container)
        self.texts_changed.emit()
        heard = heard_not_voting(meeting, family)
        self.heard_label.setText(
            self.tr("Heard, not voting: {names}.").format(names=", ".join(p.name for p in heard))
            if heard
            else ""
        )
        self.heard_label.setVisible(bool(heard))
        self._update_tally()
        self._loading = was_loading

    def _current_decision(self) -> Decision | None:
        decision = self._decision()
        if decision is None:
            return None
        votes = tuple(
            Vote(pid, combo.currentData(), self.vote_reasons[pid].text())
            for pid, combo in self.votes.items()
        )
        return Decision(decision.id, decision.position, self.question_edit.toPlainText(), votes)

    def _update_tally(self) -> None:
        decision = self._current_decision()
        if decision is None:
            return
        family = self.controller.family
        result = tally(decision, eligible_voters(self.controller.meeting, family))
        self.tally_label.setText(
            self.tr("{summary} Outcome: {outcome}.").format(
                summary=result.summary, outcome=result.outcome.label
            )
        )
        dissent = []
        speakers = {v.person_id: v.speaker for v in meeting_voters(self.controller.meeting, family)}
        for vote in dissenting_votes(result):
            speaker = speakers.get(vote.person_id)
            if speaker is not None:
                reason = vote.reason.strip() or self.tr("reason not yet recorded")
                dissent.append(f"{speaker}: {reason}")
        self.dissent_label.setText(
            self.tr("Dissent: {views}").format(views="; ".join(dissent)) if dissent else ""
        )
        self.dissent_label.setVisible(bool(dissent))

    def _on_vote_changed(self, person_id: int, *, now: bool) -> None:
        if self.loading or self._selected_id is None:
            return
        decision_id = self._selected_id
        vote = Vote(person_id, self.votes[person_id].currentData(), self.vote_reasons[person_id].text())
        meetings, meeting_id = self.controller.ctx.meetings, self.controller.meeting_id
        self.controller.save_later(
            f"vote-{decision_id}-{person_id}",
            lambda: meetings.set_vote(meeting_id, decision_id, vote),
            patch=edits.set_vote(decision_id, vote),
        )
        if now:
            self.controller.flush()
        self._update_tally()

    def _on_heard_changed(self, person_id: int) -> None:
        if self.loading or self._selected_id is None:
            return
        decision_id = self._selected_id
        view = Vote(person_id, VoteChoice.NOT_VOTED, self.heard_edits[person_id].text())
        meetings, meeting_id = self.controller.ctx.meetings, self.controller.meeting_id
        self.controller.save_later(
            f"vote-{decision_id}-{person_id}",
            lambda: meetings.set_vote(meeting_id, decision_id, view),
            patch=edits.set_vote(decision_id, view),
        )

    def _on_question_changed(self) -> None:
        if self.loading or self._selected_id is None:
            return
        decision_id, question = self._selected_id, self.question_edit.toPlainText()
        row = self.decision_list.currentRow()
        item = self.decision_list.item(row)
        if item is not None:
            item.setText(self._item_text(row + 1, question))
        meetings = self.controller.ctx.meetings
        self.controller.save_later(
            f"question-{decision_id}",
            lambda: meetings.update_question(decision_id, question),
            patch=edits.update_question(decision_id, question),
        )

    def _on_row_changed(self, row: int) -> None:
        if self.loading:
            return
        self.controller.flush()
        item = self.decision_list.item(row)
        self._selected_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        self._load_editor()
        self.apply_editable()

    def _on_add(self) -> None:
        self.controller.flush()
        meetings = self.controller.ctx.meetings
        new_id = self.controller.change(lambda: meetings.add_decision(self.controller.meeting_id))
        if new_id is not None:
            self._selected_id = new_id
            self.controller.structure_changed.emit()
            self.question_edit.setFocus()

    def _on_remove(self) -> None:
        decision = self._decision()
        if decision is None:
            return
        if not self.controller.ctx.prompts.confirm(
            self,
            self.tr("Remove decision"),
            self.tr("Remove this decision and its votes?"),
            yes=self.tr("Remove"),
        ):
            return
        self.controller.flush()
        meetings = self.controller.ctx.meetings
        self.controller.change(lambda: meetings.remove_decision(decision.id), structural=True)
