"""The minutes after a closed meeting: the draft's corrections, who was sent a copy, members'
comments and the chair's rulings, agreement (which locks the minutes), addenda, and the copy
for each reader."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chair_app.core.agenda import AgendaStep, StepKey
from chair_app.core.dates import format_short_date
from chair_app.core.errors import MeetingClosed, MinutesAgreed, NotFound, StorageUnavailable
from chair_app.core.facts import FactRef
from chair_app.core.lifecycle import Comment, CommentStatus, MinutesRecord, MinutesStatus
from chair_app.core.rules import RuleViolation
from chair_app.ui.meeting_controller import MeetingController
from chair_app.ui.minutes_copies import copy_choices
from chair_app.ui.minutes_corrections import (
    draft_parts,
    fact_choices,
    part_label,
    recorded_facts,
)
from chair_app.ui.minutes_dialogs import (
    AddendumDialog,
    AgreeDialog,
    CommentDialog,
    CorrectionDialog,
    DeclineDialog,
    ExportCopyDialog,
    FactCorrectionDialog,
    Part,
    RecordSentDialog,
    copy_sent_label,
)
from chair_app.ui.steps.base import elide

logger = logging.getLogger(__name__)

# Refusals a user can act on: shown in a message, never a crash.
USER_ERRORS = (RuleViolation, MinutesAgreed, MeetingClosed, NotFound, StorageUnavailable)


def _item(text: str, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    item.setToolTip(tooltip or text)
    return item


def _table(name: str, accessible: str, headers: tuple[str, ...]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _button(text: str, name: str, accessible: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    if accessible:
        button.setAccessibleName(accessible)
    return button


class MinutesPanel(QWidget):
    """The minutes of one closed meeting, from draft to agreed.

    Signals:
        copy_export_requested(object): the chair chose a copy to export (a CopyRequest).
    """

    copy_export_requested = Signal(object)

    def __init__(self, controller: MeetingController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("minutes_panel")
        self.controller = controller
        self._record = MinutesRecord(status=MinutesStatus.DRAFT)
        self._open_dialog: QDialog | None = None

        title = QLabel(self.tr("Minutes after the meeting"))
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        title.setFont(font)
        self.status_label = QLabel()
        self.status_label.setObjectName("minutes_status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.agree_button = _button(
            self.tr("Mark as agreed…"),
            "agree_button",
            self.tr("Mark the minutes as agreed and lock them"),
        )
        self.add_addendum_button = _button(
            self.tr("Add an addendum…"),
            "add_addendum_button",
            self.tr("Add an addendum after the agreed minutes"),
        )
        self.export_copy_button = _button(
            self.tr("Export a copy…"),
            "export_copy_button",
            self.tr("Export the full record, a person's copy or the family summary"),
        )
        status_buttons = QHBoxLayout()
        status_buttons.addWidget(self.agree_button)
        status_buttons.addWidget(self.add_addendum_button)
        status_buttons.addWidget(self.export_copy_button)
        self.preview_copy_button = _button(
            self.tr("Preview a copy…"),
            "preview_copy_button",
            self.tr("Preview a person's copy or the family summary beside the full record"),
        )
        status_buttons.addWidget(self.preview_copy_button)
        status_buttons.addStretch(1)
        status_box = QFrame()
        status_box.setObjectName("minutes_status_box")
        status_box.setStyleSheet(
            "#minutes_status_box { background: #f4f6f9; border: 1px solid #d5dbe3; "
            "border-radius: 6px; }"
        )
        # Addenda belong to the agreed minutes: listed with their status, after agreement.
        self.addenda_label = QLabel(self.tr("Addenda, printed after the agreed minutes:"))
        self.addenda_list = QListWidget()
        self.addenda_list.setObjectName("addenda_list")
        self.addenda_list.setAccessibleName(self.tr("Addenda"))
        self.addenda_list.setWordWrap(True)
        self.addenda_list.setMaximumHeight(46)
        status_layout = QVBoxLayout(status_box)
        status_layout.addWidget(title)
        status_layout.addWidget(self.status_label)
        status_layout.addWidget(self.addenda_label)
        status_layout.addWidget(self.addenda_list)
        status_layout.addLayout(status_buttons)

        # Corrections: the wording, and the facts recorded in the steps
        self.corrections_list = QListWidget()
        self.corrections_list.setObjectName("corrections_list")
        self.corrections_list.setAccessibleName(self.tr("Corrections"))
        self.corrections_list.setWordWrap(True)
        self.corrections_list.setMinimumHeight(80)
        self.corrections_list.setMaximumHeight(180)
        self.corrections_list.setProperty("always_enabled", True)
        self.correct_wording_button = _button(
            self.tr("Correct the wording…"),
            "correct_wording_button",
            self.tr("Correct the wording of a part of the draft"),
        )
        self.correct_fact_button = _button(
            self.tr("Correct a recorded fact…"),
            "correct_fact_button",
            self.tr(
                "Correct attendance, a score or an action recorded in the meeting (the chair only)"
            ),
        )
        corrections, corrections_layout = self._group(self.tr("Corrections"), self.corrections_list)
        correction_buttons = QHBoxLayout()
        correction_buttons.addWidget(self.correct_wording_button)
        correction_buttons.addWidget(self.correct_fact_button)
        correction_buttons.addStretch(1)
        corrections_layout.addLayout(correction_buttons)

        # Circulation
        self.distribution_table = _table(
            "distribution_table",
            self.tr("Copies sent"),
            (self.tr("Who"), self.tr("Copy"), self.tr("How"), self.tr("When"), self.tr("Version")),
        )
        self.distribution_table.setMinimumHeight(80)
        self.distribution_table.setMaximumHeight(180)
        self.not_yet_sent_label = QLabel()
        self.not_yet_sent_label.setObjectName("not_yet_sent_label")
        self.not_yet_sent_label.setWordWrap(True)
        self.record_sent_button = _button(
            self.tr("Record a copy sent…"),
            "record_sent_button",
            self.tr("Record that a copy of the minutes was sent"),
        )
        circulation, circulation_layout = self._group(
            self.tr("Copies sent"), self.distribution_table
        )
        circulation_layout.addWidget(self.not_yet_sent_label)
        circulation_layout.addWidget(self.record_sent_button, 0, Qt.AlignmentFlag.AlignLeft)

        # Comments
        self.comments_table = _table(
            "comments_table",
            self.tr("Comments on the draft"),
            (
                self.tr("From"),
                self.tr("Received"),
                self.tr("Part"),
                self.tr("Comment"),
                self.tr("Ruling"),
            ),
        )
        self.comments_table.setMinimumHeight(96)
        # The part has a set width; the comment and the ruling share the rest. Long texts wrap.
        comments_header = self.comments_table.horizontalHeader()
        comments_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.comments_table.setColumnWidth(2, 170)
        for column in (3, 4):
            comments_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.add_comment_button = _button(
            self.tr("Add a comment…"),
            "add_comment_button",
            self.tr("Record a member's comment on the draft"),
        )
        self.accept_comment_button = _button(
            self.tr("Accept…"),
            "accept_comment_button",
            self.tr("Accept the chosen comment and correct the draft"),
        )
        self.decline_comment_button = _button(
            self.tr("Decline…"),
            "decline_comment_button",
            self.tr("Decline the chosen comment, with the reason"),
        )
        # The buttons beside the table, so the whole panel fits the window.
        comment_buttons = QVBoxLayout()
        comment_buttons.addWidget(self.add_comment_button)
        comment_buttons.addWidget(self.accept_comment_button)
        comment_buttons.addWidget(self.decline_comment_button)
        comment_buttons.addStretch(1)
        comments = QGroupBox(self.tr("Comments from members"))
        comments_layout = QHBoxLayout(comments)
        comments_layout.addWidget(self.comments_table, 1)
        comments_layout.addLayout(comment_buttons)

        # No scroll area: the lists and tables take the height there is (each has a minimum
        # that fits 1280x820), so nothing hides below the fold.
        grid = QGridLayout()
        grid.setContentsMargins(0, 4, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(10)
        grid.addWidget(corrections, 0, 0)
        grid.addWidget(circulation, 0, 1)
        grid.addWidget(comments, 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(0, 2)
        grid.setRowStretch(1, 3)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(status_box)
        layout.addLayout(grid, 1)

        self.correct_wording_button.clicked.connect(self._on_correct)
        self.correct_fact_button.clicked.connect(self._on_correct_fact)
        self.record_sent_button.clicked.connect(self._on_record_sent)
        self.add_comment_button.clicked.connect(self._on_add_comment)
        self.accept_comment_button.clicked.connect(self._on_accept_comment)
        self.decline_comment_button.clicked.connect(self._on_decline_comment)
        self.agree_button.clicked.connect(self._on_agree)
        self.add_addendum_button.clicked.connect(self._on_add_addendum)
        self.export_copy_button.clicked.connect(self._on_export_copy)
        self.preview_copy_button.clicked.connect(self._on_preview_copy)
        self.comments_table.itemSelectionChanged.connect(self._update_buttons)

    @staticmethod
    def _group(title: str, widget: QWidget) -> tuple[QGroupBox, QVBoxLayout]:
        group = QGroupBox(title)
        layout = QVBoxLayout(group)
        layout.addWidget(widget, 1)
        return group, layout

    # Reading

    @property
    def _meeting_id(self) -> int:
        return self.controller.meeting_id

    def _names(self) -> dict[int, str]:
        return {p.id: p.name for p in self.controller.family.people}

    def _name(self, person_id: int | None) -> str:
        not_recorded = self.tr("Not recorded")
        return self._names().get(person_id, not_recorded) if person_id is not None else not_recorded

    def _everyone(self) -> list[tuple[int | None, str]]:
        """Everyone in the network as recorded at the close, with their role."""
        return [
            (p.id, f"{p.name} ({p.role})" if p.role.strip() else p.name)
            for p in self.controller.family.people
        ]

    def _chair_first(self) -> list[tuple[int | None, str]]:
        """The chair and the minute-taker: the people who correct the draft."""
        meeting = self.controller.meeting
        people: list[tuple[int | None, str]] = []
        if meeting.chair_id is not None:
            people.append((meeting.chair_id, self._as_chair(meeting.chair_id)))
        if meeting.minute_taker_id is not None:
            people.append(
                (
                    meeting.minute_taker_id,
                    self.tr("{name} (minute-taker)").format(
                        name=self._name(meeting.minute_taker_id)
                    ),
                )
            )
        return people or [(None, self.tr("Not recorded"))]

    def _as_chair(self, person_id: int) -> str:
        return self.tr("{name} (chair)").format(name=self._name(person_id))

    def _steps(self) -> list[AgendaStep]:
        """The meeting's agenda steps that have a part in the minutes."""
        return [s for s in self.controller.loaded_agenda.steps if s.key is not StepKey.CLOSE]

    def _step_title(self, step: StepKey) -> str:
        return next((s.title for s in self._steps() if s.key is step), step.value.replace("_", " "))

    def _parts(self) -> list[Part]:
        return draft_parts(self.controller, self._steps())

    def _on_correct_fact(self) -> None:
        self.controller.flush()
        meeting = self.controller.meeting
        chair = (
            [(meeting.chair_id, self._as_chair(meeting.chair_id))]
            if meeting.chair_id is not None
            else [(None, self.tr("No chair recorded"))]
        )
        minutes, meeting_id = self.controller.ctx.minutes, self._meeting_id
        facts = recorded_facts(self.controller, meeting_id)
        dialog = FactCorrectionDialog(self, facts, fact_choices(self.controller), chair)

        def accepted() -> None:
            field, value, by = dialog.values()
            self._call(
                self.tr("Correct a recorded fact"),
                lambda: minutes.correct_fact(meeting_id, field, value, by),
            )

        self._show(dialog, accepted)

    def _selected_comment(self) -> Comment | None:
        rows = self.comments_table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.comments_table.item(rows[0].row(), 0)
        if item is None:
            return None
        comment_id = item.data(Qt.ItemDataRole.UserRole)
        return next((c for c in self._record.comments if c.id == comment_id), None)

    # Showing

    def refresh(self) -> None:
        """Show the minutes' record as it is stored now."""
        minutes = self.controller.ctx.minutes
        self._record = record = minutes.record(self._meeting_id)
        self.status_label.setText(self._status_html(record))
        self._fill_corrections(record)
        self._fill_distribution(record)
        self._fill_comments(record)
        self.addenda_list.clear()
        for addendum in record.addenda:
            item = QListWidgetItem(
                self.tr("{date}, by {name}. Why: {reason}. {text}").format(
                    date=format_short_date(addendum.added_on),
                    name=self._name(addendum.by_person_id),
                    reason=elide(addendum.reason, 60),
                    text=elide(addendum.text, 80),
                )
            )
            item.setToolTip(
                self.tr("Why: {reason}").format(reason=addendum.reason) + f"\n\n{addendum.text}"
            )
            self.addenda_list.addItem(item)
        self.addenda_label.setVisible(bool(record.addenda))
        self.addenda_list.setVisible(bool(record.addenda))
        self._update_buttons()

    def _status_html(self, record: MinutesRecord) -> str:
        minutes = self.controller.ctx.minutes
        agreed = record.agreed_version
        if agreed is not None:
            print_ = agreed.fingerprint
            lines = [
                self.tr("{status}: version {number}, agreed on {date} by {name}.").format(
                    status=f"<b>{record.status.label}</b>",
                    number=agreed.number,
                    date=format_short_date(agreed.agreed_on),
                    name=html.escape(self._name(agreed.agreed_by_person_id)),
                ),
                self.tr(
                    "The minutes are locked. Copies can still be sent and exported; anything "
                    "learnt later goes in an addendum."
                ),
            ]
        else:
            print_ = minutes.fingerprint(self._meeting_id)
            known = next((v for v in record.versions if v.fingerprint == print_), None)
            status = f"<b>{record.status.label}</b>"
            if known is not None:
                first = self.tr("{status}: version {number}, not yet agreed.").format(
                    status=status, number=known.number
                )
            else:
                first = self.tr(
                    "{status}: version {number} (not yet sent or exported), not yet agreed."
                ).format(
                    status=status,
                    number=max((v.number for v in record.versions), default=0) + 1,
                )
            lines = [
                first,
                self.tr(
                    "Correct the wording, record who was sent a copy and each comment, then "
                    "mark the minutes as agreed."
                ),
            ]
        lines.append(
            self.tr("Fingerprint (SHA-256): {fingerprint}").format(
                fingerprint=f"<span style='font-family: monospace;'>{print_}</span>"
            )
        )
        return "<br>".join(lines)

    def _fill_corrections(self, record: MinutesRecord) -> None:
        self.corrections_list.clear()
        comments = {c.id: c for c in record.comments}
        for correction in reversed(record.corrections):
            who = self._name(correction.by_person_id)
            if correction.comment_id in comments:
                who = self.tr("{name} (accepting the comment from {commenter})").format(
                    name=who, commenter=self._name(comments[correction.comment_id].person_id)
                )
            was, now, blank = self.tr("Was:"), self.tr("Now:"), self.tr("(empty)")
            item = QListWidgetItem(
                f"{correction.made_at.strftime('%d/%m/%Y %H:%M')}, {who}: "
                f"{part_label(self.controller, self._meeting_id, correction.field)}\n"
                f"{was} {elide(correction.before, 70) or blank}\n"
                f"{now} {elide(correction.after, 70)}"
            )
            item.setToolTip(f"{was}\n{correction.before}\n\n{now}\n{correction.after}")
            self.corrections_list.addItem(item)
        if not record.corrections:
            empty = QListWidgetItem(self.tr("No corrections yet."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.corrections_list.addItem(empty)

    def _fill_distribution(self, record: MinutesRecord) -> None:
        table = self.distribution_table
        table.setRowCount(len(record.distribution))
        agreed = record.agreed_version
        for row, entry in enumerate(record.distribution):
            version = str(entry.version)
            if agreed is not None and entry.version == agreed.number:
                version = self.tr("{version} (agreed)").format(version=version)
            for column, text in enumerate(
                (
                    self._name(entry.person_id),
                    copy_sent_label(entry.copy),
                    entry.method.label,
                    format_short_date(entry.sent_on),
                    version,
                )
            ):
                table.setItem(row, column, _item(text))
        table.resizeRowsToContents()
        waiting = self.controller.ctx.minutes.not_yet_sent(self._meeting_id)
        self.not_yet_sent_label.setText(
            self.tr("Not yet sent a copy: {names}.").format(
                names=", ".join(self._name(pid) for pid in waiting)
            )
            if waiting
            else self.tr("Everyone in the network has been sent a copy.")
        )

    def _fill_comments(self, record: MinutesRecord) -> None:
        selected = self._selected_comment()
        table = self.comments_table
        table.setRowCount(len(record.comments))
        for row, comment in enumerate(record.comments):
            ruling = comment.status.label
            if comment.resolved_on is not None:
                ruling += f" {format_short_date(comment.resolved_on)}"
            if comment.status is CommentStatus.DECLINED and comment.reason:
                ruling += f": {comment.reason}"
            items = (
                _item(self._name(comment.person_id)),
                _item(format_short_date(comment.received_on)),
                _item(self._step_title(comment.step)),
                _item(elide(comment.text, 160), comment.text),
                _item(elide(ruling, 160), ruling),
            )
            items[0].setData(Qt.ItemDataRole.UserRole, comment.id)
            for column, item in enumerate(items):
                table.setItem(row, column, item)
            if selected is not None and comment.id == selected.id:
                table.selectRow(row)
        table.resizeRowsToContents()

    def _update_buttons(self) -> None:
        agreed = self._record.is_agreed
        comment = self._selected_comment()
        waiting = comment is not None and comment.status is CommentStatus.PENDING
        choose_first = self.tr("Choose a waiting comment in the list first.")
        agreed_tooltip = self.tr(
            "The minutes are agreed, so they can no longer be changed. Add an addendum instead."
        )
        for button, enabled, why_not in (
            (self.correct_wording_button, True, ""),
            (self.correct_fact_button, True, ""),
            (self.add_comment_button, True, ""),
            (self.accept_comment_button, waiting, choose_first),
            (self.decline_comment_button, waiting, choose_first),
            (self.agree_button, True, ""),
        ):
            button.setEnabled(enabled and not agreed)
            button.setToolTip(agreed_tooltip if agreed else ("" if enabled else why_not))
        self.agree_button.setVisible(not agreed)
        self.add_addendum_button.setVisible(agreed)

    # Changing

    def _call(self, title: str, action: Callable[[], object]) -> bool:
        """Run a service call; a refusal is shown to the user, never raised."""
        try:
            action()
        except USER_ERRORS as error:
            logger.info("minutes change refused: %s", type(error).__name__)
            self.controller.ctx.prompts.error(self, title, str(error))
            self.refresh()
            return False
        self.controller.reload()
        self.refresh()
        return True

    def _show(self, dialog: QDialog, accepted: Callable[[], None]) -> None:
        """Open a dialog; when it closes it is gone, so only one of its name is ever found."""

        def finished() -> None:
            dialog.setObjectName("")
            dialog.deleteLater()
            if self._open_dialog is dialog:
                self._open_dialog = None

        dialog.accepted.connect(accepted)
        dialog.finished.connect(finished)
        self._open_dialog = dialog
        dialog.open()

    def _on_correct(self) -> None:
        self.controller.flush()
        dialog = CorrectionDialog(self, self._parts(), self._chair_first())
        minutes, meeting_id = self.controller.ctx.minutes, self._meeting_id

        def accepted() -> None:
            field, text, by = dialog.values()
            self._call(
                self.tr("Correct the wording"),
                lambda: minutes.correct(meeting_id, field, text, by),
            )

        self._show(dialog, accepted)

    def _default_field(self, step: StepKey, parts: list[Part]) -> FactRef | None:
        return next((part.field for part in parts if part.step is step), None)

    def _on_accept_comment(self) -> None:
        comment = self._selected_comment()
        if comment is None:
            return
        parts = self._parts()
        asked = (
            self.tr("{name} commented on {date} about “{part}”:").format(
                name=self._name(comment.person_id),
                date=format_short_date(comment.received_on),
                part=self._step_title(comment.step),
            )
            + f"\n“{comment.text}”"
        )
        dialog = CorrectionDialog(
            self,
            parts,
            self._chair_first(),
            field=self._default_field(comment.step, parts),
            comment=asked,
        )
        ctx, comment_id = self.controller.ctx, comment.id

        def accepted() -> None:
            field, text, by = dialog.values()
            self._call(
                self.tr("Accept the comment"),
                lambda: ctx.minutes.accept_comment(comment_id, field, text, by, ctx.today()),
            )

        self._show(dialog, accepted)

    def _on_decline_comment(self) -> None:
        comment = self._selected_comment()
        if comment is None:
            return
        asked = self.tr("{name} asked:").format(name=self._name(comment.person_id))
        asked += f"\n“{comment.text}”"
        dialog = DeclineDialog(self, asked)
        ctx, comment_id = self.controller.ctx, comment.id

        def accepted() -> None:
            reason = dialog.reason()
            self._call(
                self.tr("Decline the comment"),
                lambda: ctx.minutes.decline_comment(comment_id, reason, ctx.today()),
            )

        self._show(dialog, accepted)

    def _on_add_comment(self) -> None:
        ctx, meeting_id = self.controller.ctx, self._meeting_id
        dialog = CommentDialog(self, self._everyone(), self._steps(), ctx.today())

        def accepted() -> None:
            comment = dialog.comment()
            self._call(
                self.tr("Add a comment"), lambda: ctx.minutes.add_comment(meeting_id, comment)
            )

        self._show(dialog, accepted)

    def _on_record_sent(self) -> None:
        ctx, meeting_id = self.controller.ctx, self._meeting_id
        waiting = ctx.minutes.not_yet_sent(meeting_id)
        dialog = RecordSentDialog(
            self, self._everyone(), ctx.today(), waiting[0] if waiting else None
        )

        def accepted() -> None:
            person_id, method, sent_on = dialog.values()
            copy = dialog.copy()
            self._call(
                self.tr("Record a copy sent"),
                lambda: ctx.minutes.record_sent(meeting_id, person_id, method, sent_on, copy),
            )

        self._show(dialog, accepted)

    def _on_agree(self) -> None:
        ctx, meeting_id = self.controller.ctx, self._meeting_id
        waiting = ctx.minutes.waiting_comments_problem(meeting_id)
        if waiting:
            # Said at once, before any question: the rulings come first.
            ctx.prompts.error(self, self.tr("Mark as agreed"), waiting)
            return
        dialog = AgreeDialog(self, self._everyone(), ctx.today(), self.controller.meeting.chair_id)

        def accepted() -> None:
            by, on = dialog.values()
            self._call(self.tr("Mark as agreed"), lambda: ctx.minutes.agree(meeting_id, by, on))

        self._show(dialog, accepted)

    def _on_add_addendum(self) -> None:
        ctx, meeting_id = self.controller.ctx, self._meeting_id
        dialog = AddendumDialog(
            self, self._everyone(), ctx.today(), self.controller.meeting.chair_id
        )

        def accepted() -> None:
            addendum = dialog.addendum()
            self._call(
                self.tr("Add an addendum"),
                lambda: ctx.minutes.add_addendum(meeting_id, addendum),
            )

        self._show(dialog, accepted)

    def _on_export_copy(self) -> None:
        dialog = ExportCopyDialog(self, copy_choices(self.controller, self._record, self._steps()))

        def accepted() -> None:
            self.copy_export_requested.emit(dialog.chosen())

        self._show(dialog, accepted)

    def _on_preview_copy(self) -> None:
        """A reader's copy beside the full record, before it is sent (nothing is recorded)."""
        from chair_app.ui.copy_preview import CopyPreviewDialog

        self.controller.flush()
        ctx, meeting_id = self.controller.ctx, self._meeting_id
        try:
            dialog = CopyPreviewDialog(
                self,
                self.controller.meeting,
                self.controller.family,
                lambda copy: ctx.minutes.preview(meeting_id, copy, ctx.today()),
            )
        except USER_ERRORS as error:
            ctx.prompts.error(self, self.tr("Preview a copy"), str(error))
            return
        self._show(dialog, lambda: None)
