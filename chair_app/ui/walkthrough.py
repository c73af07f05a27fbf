"""The agenda walk-through: steps on the left, the step's page on the right, Back and Next."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from chair_app.core.agenda import AgendaStep, StepKey
from chair_app.core.dates import format_date, format_time
from chair_app.core.domain import MeetingStatus
from chair_app.ui.dialogs import MeetingSetupDialog
from chair_app.ui.export_flow import MinutesExporter
from chair_app.ui.meeting_controller import MeetingController
from chair_app.ui.not_held import NotHeldDialog
from chair_app.ui.plain_guide import PlainWords
from chair_app.ui.room_display import RoomScreen
from chair_app.ui.step_clock import StepClock
from chair_app.ui.steps.actions import ActionsPage
from chair_app.ui.steps.attendance import AttendancePage
from chair_app.ui.steps.base import StepPage
from chair_app.ui.steps.child_views import ChildViewsPage
from chair_app.ui.steps.close import ClosePage
from chair_app.ui.steps.columns import ColumnsPage
from chair_app.ui.steps.conference_decision import ConferenceDecisionPage
from chair_app.ui.steps.decisions import DecisionsPage
from chair_app.ui.steps.next_meeting import NextMeetingPage
from chair_app.ui.steps.notes import ContingencyPage, ReasonsPage
from chair_app.ui.steps.plan_review import PlanReviewPage
from chair_app.ui.steps.scaling import ScalingPage
from chair_app.ui.steps.statements import StatementsPage
from chair_app.ui.steps.updates import UpdatesPage
from chair_app.ui.turn_panel import TurnPanel

PAGE_TYPES: dict[StepKey, type[StepPage]] = {
    StepKey.ATTENDANCE: AttendancePage,
    StepKey.REASONS: ReasonsPage,
    StepKey.UPDATES: UpdatesPage,
    StepKey.CHILD_VIEWS: ChildViewsPage,
    StepKey.CONTINGENCY: ContingencyPage,
    StepKey.PLAN_REVIEW: PlanReviewPage,
    StepKey.CONFERENCE_DECISION: ConferenceDecisionPage,
    StepKey.DANGER_STATEMENTS: StatementsPage,
    StepKey.SCALING: ScalingPage,
    StepKey.THREE_COLUMNS: ColumnsPage,
    StepKey.ACTIONS: ActionsPage,
    StepKey.DECISIONS: DecisionsPage,
    StepKey.NEXT_MEETING: NextMeetingPage,
    StepKey.CLOSE: ClosePage,
}

class StepStack(QStackedWidget):
    """The step pages, one shown at a time, sized by the shown page alone.

    A plain stacked widget asks every page how tall it is at a given width (``heightForWidth``)
    and takes the tallest: the scrolling area around it then made a short step as tall as the
    tallest one, with empty space to scroll into and a scroll bar on every step."""

    def heightForWidth(self, width: int) -> int:
        page = self.currentWidget()
        if page is None:
            return -1
        height = page.heightForWidth(width) if page.hasHeightForWidth() else -1
        return max(height, page.minimumSizeHint().height())


NEXT_SHORTCUTS = ("Alt+Right", "Ctrl+PgDown")
BACK_SHORTCUTS = ("Alt+Left", "Ctrl+PgUp")


class MeetingWalkthrough(QWidget):
    """One meeting, walked step by step.

    Signals:
        leave_requested(): go back to the family.
        status_message(str): a short note for the status bar.
    """

    leave_requested = Signal()
    status_message = Signal(str)

    def __init__(
        self,
        controller: MeetingController,
        exporter: MinutesExporter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("meeting_walkthrough")
        self.controller = controller
        self.exporter = exporter
        self.agenda: tuple[AgendaStep, ...] = controller.loaded_agenda.steps

        self.title_label = QLabel()
        self.title_label.setObjectName("meeting_title_label")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)  # long meeting types at 200% text
        self.details_label = QLabel()
        self.details_label.setObjectName("meeting_details_label")
        self.details_label.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setObjectName("meeting_status_label")
        self.start_button = QPushButton(self.tr("Start meeting"))
        self.start_button.setObjectName("start_meeting_button")
        self.details_button = QPushButton(self.tr("Edit details…"))
        self.details_button.setObjectName("edit_details_button")
        self.details_button.setAccessibleName(
            self.tr("Edit the meeting's date, time, venue, chair and minute-taker")
        )
        self.back_to_family_button = QPushButton(self.tr("Back to family"))
        self.back_to_family_button.setObjectName("back_to_family_button")
        self.not_held_button = QPushButton(self.tr("Not held…"))
        self.not_held_button.setObjectName("not_held_button")
        self.not_held_button.setAccessibleName(
            self.tr("Record that the meeting did not go ahead, and pick a new date")
        )
        # A broken agenda file is said plainly; the built-in agenda is used meanwhile.
        self.agenda_problem_label = QLabel()
        self.agenda_problem_label.setObjectName("agenda_problem_label")
        self.agenda_problem_label.setWordWrap(True)
        self.agenda_problem_label.setStyleSheet("color: #a40000;")
        problem = controller.loaded_agenda.problem
        self.agenda_problem_label.setText(
            self.tr(
                "The agenda file could not be used, so the built-in agenda is shown. {problem}"
            ).format(problem=problem)
            if problem
            else ""
        )
        self.agenda_problem_label.setVisible(bool(problem))

        self.step_list = QListWidget()
        self.step_list.setObjectName("step_list")
        self.step_list.setAccessibleName(self.tr("Agenda steps"))
        for index, step in enumerate(self.agenda, start=1):
            self.step_list.addItem(f"{index}. {step.title}")
        self.step_list.setMaximumWidth(300)
        # Long step titles wrap rather than hide behind a sideways scroll bar.
        self.step_list.setWordWrap(True)
        self.step_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.step_list.setSpacing(3)
        self.step_list.setMinimumWidth(230)

        self.step_counter_label = QLabel()
        self.step_counter_label.setObjectName("step_counter_label")
        self.step_title_label = QLabel()
        self.step_title_label.setObjectName("step_title_label")
        title_font = self.step_title_label.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.step_title_label.setFont(title_font)
        self.purpose_label = QLabel()
        self.purpose_label.setObjectName("step_purpose_label")
        self.purpose_label.setWordWrap(True)
        self.purpose_label.setStyleSheet("color: #3b3b3b;")

        self.pages = StepStack()
        self.pages.setObjectName("step_pages")
        self.step_pages: dict[StepKey, StepPage] = {}
        for step in self.agenda:
            page = PAGE_TYPES[step.key](controller)
            page.setObjectName(f"page_{step.key.value}")
            self.step_pages[step.key] = page
            self.pages.addWidget(page)

        # Turns and time (issue 7): elapsed time per step, and a side panel for turns.
        self.step_clock = StepClock(controller, self.agenda)
        self.turn_panel = TurnPanel(controller)
        self.turn_panel.setVisible(False)
        self.turns_button = QPushButton(self.tr("Show turns"))
        self.turns_button.setObjectName("turns_button")
        self.turns_button.setCheckable(True)
        self.turns_button.setAccessibleName(
            self.tr("Show or hide the turn panel: who speaks now and next")
        )
        QShortcut(
            QKeySequence("Ctrl+T"), self, self.turns_button.toggle,
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.turns_button.setToolTip(self.tr("Show or hide the turn panel (Ctrl+T)"))
        self.turns_button.toggled.connect(self._on_turns_toggled)

        self.back_button = QPushButton(self.tr("◀ Back (Alt+←)"))
        self.back_button.setObjectName("back_button")
        self.next_button = QPushButton(self.tr("Next (Alt+→) ▶"))
        self.next_button.setObjectName("next_button")
        self.back_button.setAccessibleName(self.tr("Back to the previous step"))
        self.next_button.setAccessibleName(self.tr("Next step"))

        # Plain words and the chair's guide (issue 7): see plain_guide.py.
        self.plain_words = PlainWords(self)

        # Two rows, so that large text (up to 200%) still fits the window's width: the meeting
        # and its status, then the meeting's tools (the room and plain words left, the
        # meeting's own actions right).
        header_top = QHBoxLayout()
        header_text = QVBoxLayout()
        header_text.addWidget(self.title_label)
        header_text.addWidget(self.details_label)
        header_top.addLayout(header_text, 1)
        header_top.addWidget(self.status_label)
        # The room display (a second window for a projector) and its "blank the screen" button.
        self.room = RoomScreen(controller, self.agenda, self.pages, self)
        # The room reads the same words as the chair: plain ones when plain words are on.
        self.room.plain_step = lambda step: (
            self.plain_words.plain_step(step) if self.plain_words.is_on else None
        )
        self.plain_words.plain_changed.connect(lambda _on: self.room.refresh())
        self.room.told.connect(self.status_message)
        tools = QHBoxLayout()
        tools.addWidget(self.room.show_button)
        tools.addWidget(self.room.blank_button)
        tools.addWidget(self.plain_words.meeting_check)
        tools.addStretch(1)
        tools.addWidget(self.start_button)
        tools.addWidget(self.details_button)
        tools.addWidget(self.not_held_button)
        tools.addWidget(self.back_to_family_button)
        header = QVBoxLayout()
        header.addLayout(header_top)
        header.addLayout(tools)

        right = QVBoxLayout()
        right.addWidget(self.step_counter_label)
        right.addWidget(self.step_title_label)
        right.addWidget(self.purpose_label)
        right.addWidget(self.step_clock)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        right.addWidget(line)
        # Large text (up to 200%) makes some steps taller or wider than the window: the step
        # scrolls, rather than pushing the window off the screen. Only the shown step counts
        # towards the size (see _on_step_selected), so one wide step does not widen the rest.
        pages_scroll = QScrollArea()
        pages_scroll.setObjectName("step_pages_scroll")
        pages_scroll.setWidgetResizable(True)
        pages_scroll.setFrameShape(QFrame.Shape.NoFrame)
        pages_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        pages_scroll.setWidget(self.pages)
        self.pages_scroll = pages_scroll
        right.addWidget(pages_scroll, 1)
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.turns_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        right.addLayout(nav)
        # Tab runs through the step's fields, then Back, the turns and Next, as on screen.
        for page in self.step_pages.values():
            page.tab_tail = [self.back_button, self.turns_button, self.next_button]

        body = QHBoxLayout()
        body.addWidget(self.step_list)
        body.addLayout(right, 1)
        body.addWidget(self.plain_words.guide_panel)
        body.addWidget(self.turn_panel)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.agenda_problem_label)
        layout.addLayout(body, 1)

        for sequence in NEXT_SHORTCUTS:
            QShortcut(QKeySequence(sequence), self, self.go_next, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for sequence in BACK_SHORTCUTS:
            QShortcut(QKeySequence(sequence), self, self.go_back, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.step_list.currentRowChanged.connect(self._on_step_selected)
        self.next_button.clicked.connect(self.go_next)
        self.back_button.clicked.connect(self.go_back)
        self.start_button.clicked.connect(self._on_start)
        self.details_button.clicked.connect(self._on_edit_details)
        self.not_held_button.clicked.connect(self._on_not_held)
        self.back_to_family_button.clicked.connect(self._on_leave)
        close_page = self.step_pages[StepKey.CLOSE]
        assert isinstance(close_page, ClosePage)
        close_page.step_requested.connect(lambda key: self.go_to(StepKey(key)))
        close_page.close_requested.connect(self._on_close_requested)
        close_page.export_requested.connect(lambda: self.exporter.export(controller.meeting_id))
        close_page.copy_export_requested.connect(
            lambda copy: self.exporter.export(controller.meeting_id, copy)
        )
        controller.structure_changed.connect(self._update_header)
        controller.error_occurred.connect(self._on_error)
        self._update_header()
        self.step_list.setCurrentRow(0)
        self.plain_words.apply()

    @property
    def current_index(self) -> int:
        return self.pages.currentIndex()

    def go_to(self, key: StepKey) -> None:
        index = next(i for i, step in enumerate(self.agenda) if step.key is key)
        self.step_list.setCurrentRow(index)

    def go_next(self) -> None:
        if self.current_index < len(self.agenda) - 1:
            self.step_list.setCurrentRow(self.current_index + 1)

    def _may_proceed(self) -> bool:
        """Leaving the introductions: a Core Group needs its social worker, a conference its
        quorum. The chair is told plainly and chooses; nothing is decided for them."""
        controller = self.controller
        if controller.meeting.status is not MeetingStatus.IN_PROGRESS:
            return True
        controller.flush()
        check = controller.ctx.meetings.proceed_check(controller.meeting_id)
        prompts = controller.ctx.prompts
        if check.social_worker_missing:
            if prompts.confirm(
                self,
                self.tr("No social worker"),
                self.tr(
                    "A Core Group should not go ahead without the child's social worker, and no "
                    "social worker is marked as present. Record this meeting as not held and "
                    "pick a new date? (Cancel to go back and correct the attendance.)"
                ),
                yes=self.tr("Record as not held…"),
            ):
                self._on_not_held()
            return False
        if not check.quorum.is_quorate and not check.quorum_acknowledged:
            if not prompts.confirm(
                self,
                self.tr("Not quorate"),
                self.tr(
                    "This conference is not quorate. {shortfall} Normally it does not go ahead. "
                    "Go ahead anyway? The minutes will record that you did, and what was missing."
                ).format(shortfall=check.quorum.shortfall),
                yes=self.tr("Go ahead anyway"),
            ):
                return False
            meetings = controller.ctx.meetings
            controller.change(
                lambda: meetings.proceed_without_quorum(controller.meeting_id), structural=True
            )
        return True

    def _on_not_held(self) -> None:
        """Record that the meeting did not go ahead, and set up the new one."""
        self.controller.flush()
        meeting = self.controller.meeting
        dialog = NotHeldDialog(self, meeting, self.controller.ctx.today())

        def accepted() -> None:
            reason, new_date, new_time = dialog.values()
            meetings = self.controller.ctx.meetings
            new_id = self.controller.change(
                lambda: meetings.record_not_held(meeting.id, reason, new_date, new_time),
                structural=True,
            )
            if new_id is not None:
                self.status_message.emit(
                    self.tr(
                        "Recorded as not held. The new meeting on {date} is on the family's page."
                    ).format(date=format_date(new_date))
                )
                self.leave_requested.emit()

        dialog.accepted.connect(accepted)
        dialog.open()

    def go_back(self) -> None:
        if self.current_index > 0:
            self.step_list.setCurrentRow(self.current_index - 1)

    def _on_step_selected(self, index: int) -> None:
        if index < 0:
            return
        in_list = self.step_list.hasFocus()
        self.controller.flush()
        # Leaving the introductions forwards, by Next, a key or a click in the list, runs the
        # attendance checks; if the chair stays, the introductions stay on screen.
        current = self.current_index
        if (
            0 <= current < index
            and self.agenda[current].key is StepKey.ATTENDANCE
            and not self._may_proceed()
        ):
            self.step_list.blockSignals(True)
            self.step_list.setCurrentRow(current)
            self.step_list.blockSignals(False)
            return
        step = self.agenda[index]
        page = self.step_pages[step.key]
        if step.key is not StepKey.CLOSE:
            page.refresh()
        self.pages.setCurrentIndex(index)
        for other in range(self.pages.count()):
            policy = QSizePolicy.Policy.Preferred if other == index else QSizePolicy.Policy.Ignored
            other_page = self.pages.widget(other)
            if other_page is not None:
                other_page.setSizePolicy(policy, policy)
        self.pages.updateGeometry()
        self._arrive(page, in_list)
        self.step_counter_label.setText(
            self.tr("Step {number} of {total}").format(number=index + 1, total=len(self.agenda))
        )
        self.step_title_label.setText(step.title)
        self.purpose_label.setText(step.purpose)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.agenda) - 1)
        self.plain_words.show_step(index)
        self.step_clock.show_step(step.key)
        self.turn_panel.sync_people()

    def _arrive(self, page: StepPage, in_list: bool) -> None:
        """A step opens at its top with its first field ready to type in. Choosing steps in
        the list with the arrow keys keeps the focus in the list."""
        page.arrange_tab_order()
        self.pages_scroll.verticalScrollBar().setValue(0)
        self.pages_scroll.horizontalScrollBar().setValue(0)
        if in_list or not self.isVisible():
            return
        field = page.first_field()
        if field is not None:
            field.setFocus(Qt.FocusReason.TabFocusReason)

    def _on_turns_toggled(self, shown: bool) -> None:
        if shown:
            self.turn_panel.sync_people()
        self.turn_panel.setVisible(shown)
        self.turns_button.setText(self.tr("Hide turns") if shown else self.tr("Show turns"))

    def _update_header(self) -> None:
        meeting, family = self.controller.meeting, self.controller.family
        self.title_label.setText(f"{meeting.meeting_type.label}: {family.name}")
        self.title_label.setToolTip(self.plain_words.explain(meeting.meeting_type.label))
        when = format_date(meeting.date)
        if meeting.start_time:
            when = self.tr("{date} at {time}").format(
                date=when, time=format_time(meeting.start_time)
            )
        self.details_label.setText(f"{when}. {meeting.venue}" if meeting.venue else when)
        self.status_label.setText(self.tr("Status: {status}").format(status=meeting.status.label))
        self.start_button.setVisible(meeting.status is MeetingStatus.DRAFT)
        self.details_button.setVisible(not meeting.is_closed)
        self.not_held_button.setVisible(not meeting.is_closed)

    def _on_start(self) -> None:
        meetings = self.controller.ctx.meetings
        self.controller.change(lambda: meetings.start(self.controller.meeting_id), structural=True)
        # The Start button hides itself: the focus goes to the step's first field.
        page = self.pages.currentWidget()
        field = page.first_field() if isinstance(page, StepPage) else None
        (field or self.step_list).setFocus(Qt.FocusReason.OtherFocusReason)
        self.status_message.emit(self.tr("The meeting has started."))

    def _on_edit_details(self) -> None:
        self.controller.flush()
        meeting = self.controller.meeting
        dialog = MeetingSetupDialog(self, self.controller.family, meeting.date, meeting)
        dialog.setObjectName("meeting_details_dialog")

        def accepted() -> None:
            _type, date, time, venue, chair, minutes = dialog.values()
            meetings = self.controller.ctx.meetings
            self.controller.change(
                lambda: meetings.update_details(meeting.id, date, time, venue, chair, minutes),
                structural=True,
            )

        dialog.accepted.connect(accepted)
        dialog.open()

    def _on_close_requested(self) -> None:
        self.controller.flush()
        missing = self.controller.ctx.meetings.review(self.controller.meeting_id)
        text = self.tr("Close the meeting? Its record can no longer be changed after this.")
        if len(missing) == 1:
            text = self.tr(
                "One thing is still missing or unfinished (see the list). {question}"
            ).format(question=text)
        elif missing:
            text = self.tr(
                "{count} things are still missing or unfinished (see the list). {question}"
            ).format(count=len(missing), question=text)
        if not self.controller.ctx.prompts.confirm(
            self, self.tr("Close the meeting"), text, yes=self.tr("Close meeting")
        ):
            return
        # The time spent reading the question counts too: save it before the record is closed.
        self.controller.flush()
        meetings = self.controller.ctx.meetings
        self.controller.change(lambda: meetings.close(self.controller.meeting_id), structural=True)
        if self.controller.meeting.is_closed:
            self.status_message.emit(self.tr("The meeting is closed. Its minutes can be exported."))

    def _on_leave(self) -> None:
        self.controller.flush()
        self.leave_requested.emit()

    def _on_error(self, message: str) -> None:
        self.controller.ctx.prompts.error(self, self.tr("Not saved"), message)
