"""The turn panel: the people present in speaking order, who is speaking and who is next.

The chair gives the turn, a person can pass, and Next goes to the first person still waiting.
Nobody is skipped: giving the turn past people still waiting, or starting a new round while
people are waiting, is refused with their names, and the chair may then mark them as passed.
Each state is shown by words and a symbol as well as colour. An optional per-speaker time limit
shows the time left, then "Over time by m:ss" in words and a soft colour (no sound).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from chair_app.core.domain import AttendanceStatus
from chair_app.core.turns import (
    PeopleSkipped,
    Round,
    Speaker,
    Stopwatch,
    TurnState,
    format_duration,
)
from chair_app.ui.meeting_controller import MeetingController

TICK_MS = 1000
SPEAKER_LIMITS = (0, 2, 3, 5)  # minutes; 0 is no limit
OVER_STYLE = "color: #7a4100; background: #fff1d6; border-radius: 3px; padding: 2px 6px;"
NOTE_STYLE = "color: #7a4100;"

_SYMBOL = {
    TurnState.WAITING: "○",
    TurnState.SPEAKING: "▶",
    TurnState.SPOKE: "✓",
    TurnState.PASSED: "↷",
}
_COLOURS = {  # (text, background): soft, and never the only sign of the state
    TurnState.WAITING: (None, None),
    TurnState.SPEAKING: ("#0b4a1d", "#dcf1e1"),
    TurnState.SPOKE: ("#4a4a4a", None),
    TurnState.PASSED: ("#5c4400", "#f6efd9"),
}


def present_speakers(controller: MeetingController) -> list[Speaker]:
    """The people marked present (or there for someone else), in the network's order."""
    meeting = controller.meeting
    speakers: list[Speaker] = []
    for person in controller.family.people:
        entry = meeting.attendance_of(person.id)
        if entry.status is AttendanceStatus.PRESENT:
            speakers.append(Speaker(person.id, person.name))
        elif entry.status is AttendanceStatus.REPRESENTED:
            representative = controller.family.person(entry.representative_id)
            name = representative.name if representative else entry.represented_by.strip()
            if name:
                speakers.append(
                    Speaker(
                        person.id,
                        QCoreApplication.translate("TurnPanel", "{name} (for {person})").format(
                            name=name, person=person.name
                        ),
                    )
                )
    return speakers


class TurnPanel(QWidget):
    """Side panel of the walk-through for giving turns (objectName ``turn_panel``)."""

    def __init__(self, controller: MeetingController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("turn_panel")
        self.setAccessibleName(self.tr("Turns"))
        self._controller = controller
        self.round = Round(present_speakers(controller))
        self._speaker_watch = Stopwatch(controller.ctx.monotonic)
        self._pending: Callable[[], None] | None = None

        heading = QLabel(self.tr("Turns"))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        self.turn_status_label = QLabel()
        self.turn_status_label.setObjectName("turn_status_label")
        self.turn_status_label.setWordWrap(True)
        self.speaker_list = QListWidget()
        self.speaker_list.setObjectName("speaker_list")
        self.speaker_list.setAccessibleName(self.tr("People present, in speaking order"))
        self.speaker_list.setWordWrap(True)
        self.speaker_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.speaker_list.setSpacing(2)

        self.give_turn_button = QPushButton(self.tr("Give turn"))
        self.give_turn_button.setObjectName("give_turn_button")
        self.give_turn_button.setAccessibleName(self.tr("Give the turn to the selected person"))
        self.pass_button = QPushButton(self.tr("Pass"))
        self.pass_button.setObjectName("pass_button")
        self.pass_button.setAccessibleName(self.tr("The selected person passes"))
        self.next_speaker_button = QPushButton(self.tr("Next"))
        self.next_speaker_button.setObjectName("next_speaker_button")
        self.next_speaker_button.setAccessibleName(
            self.tr("Give the turn to the next person waiting")
        )
        self.move_up_button = QPushButton(self.tr("Move up"))
        self.move_up_button.setObjectName("move_up_button")
        self.move_down_button = QPushButton(self.tr("Move down"))
        self.move_down_button.setObjectName("move_down_button")
        self.new_round_button = QPushButton(self.tr("New round"))
        self.new_round_button.setObjectName("new_round_button")
        self.new_round_button.setAccessibleName(self.tr("Start a new round with everyone waiting"))

        self.turn_message_label = QLabel()
        self.turn_message_label.setObjectName("turn_message_label")
        self.turn_message_label.setWordWrap(True)
        self.turn_message_label.setStyleSheet(NOTE_STYLE)
        self.turn_message_label.setVisible(False)
        self.pass_skipped_button = QPushButton(self.tr("Mark them as passed"))
        self.pass_skipped_button.setObjectName("pass_skipped_button")
        self.pass_skipped_button.setVisible(False)

        self.speaker_time_combo = QComboBox()
        self.speaker_time_combo.setObjectName("speaker_time_combo")
        self.speaker_time_combo.setAccessibleName(self.tr("Time for each speaker"))
        for minutes in SPEAKER_LIMITS:
            self.speaker_time_combo.addItem(
                self.tr("{minutes} min each").format(minutes=minutes)
                if minutes
                else self.tr("No time limit"),
                minutes,
            )
        self.speaker_time_label = QLabel()
        self.speaker_time_label.setObjectName("speaker_time_label")
        self.speaker_time_label.setWordWrap(True)

        buttons = QGridLayout()
        buttons.addWidget(self.give_turn_button, 0, 0)
        buttons.addWidget(self.pass_button, 0, 1)
        buttons.addWidget(self.next_speaker_button, 1, 0, 1, 2)
        buttons.addWidget(self.move_up_button, 2, 0)
        buttons.addWidget(self.move_down_button, 2, 1)
        timer_row = QHBoxLayout()
        timer_row.addWidget(QLabel(self.tr("Speaker time:")))
        timer_row.addWidget(self.speaker_time_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.turn_status_label)
        layout.addWidget(self.speaker_list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.turn_message_label)
        layout.addWidget(self.pass_skipped_button)
        layout.addLayout(timer_row)
        layout.addWidget(self.speaker_time_label)
        layout.addWidget(self.new_round_button)
        self.setMinimumWidth(220)
        self.setMaximumWidth(340)

        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.refresh_time)
        self.give_turn_button.clicked.connect(self._on_give_turn)
        self.pass_button.clicked.connect(self._on_pass)
        self.next_speaker_button.clicked.connect(self._on_next)
        self.move_up_button.clicked.connect(lambda: self._on_move(-1))
        self.move_down_button.clicked.connect(lambda: self._on_move(1))
        self.new_round_button.clicked.connect(self._on_new_round)
        self.pass_skipped_button.clicked.connect(self._on_pass_skipped)
        self.speaker_time_combo.currentIndexChanged.connect(lambda _i: self.refresh_time())
        self.speaker_list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self._render()

    def sync_people(self) -> None:
        """Follow the attendance: newcomers join at the end, leavers are dropped."""
        before = self.round.current
        self.round.sync(present_speakers(self._controller))
        if before is not None and self.round.current is None:
            self._speaker_watch.stop()
        self._render()

    def select(self, person_id: int) -> None:
        for row in range(self.speaker_list.count()):
            if self.speaker_list.item(row).data(Qt.ItemDataRole.UserRole) == person_id:
                self.speaker_list.setCurrentRow(row)
                return

    def _selected(self) -> int | None:
        item = self.speaker_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _say(self, text: str, pending: Callable[[], None] | None = None) -> None:
        self.turn_message_label.setText(text)
        self.turn_message_label.setVisible(bool(text))
        self._pending = pending
        self.pass_skipped_button.setVisible(pending is not None)

    def _new_speaker(self) -> None:
        self._speaker_watch = Stopwatch(self._controller.ctx.monotonic)
        if self.round.current is not None:
            self._speaker_watch.start()

    def _on_give_turn(self) -> None:
        person_id = self._selected()
        if person_id is None:
            return
        try:
            self.round.give_turn(person_id)
        except PeopleSkipped as refused:
            name = next(s.name for s in self.round.order if s.person_id == person_id)
            self._say(
                self._skipped(refused, self.tr("giving the turn to {name}").format(name=name)),
                lambda: self._give(person_id, pass_skipped=True),
            )
            self._render()
            return
        self._say("")
        self._new_speaker()
        self._render()

    def _give(self, person_id: int, *, pass_skipped: bool) -> None:
        self.round.give_turn(person_id, pass_skipped=pass_skipped)
        self._new_speaker()

    def _on_pass(self) -> None:
        person_id = self._selected()
        if person_id is None:
            return
        was_speaking = self.round.current is not None and self.round.current.person_id == person_id
        self.round.pass_(person_id)
        if was_speaking:
            self._speaker_watch.stop()
        self._say("")
        self._render()

    def _on_next(self) -> None:
        speaker = self.round.advance()
        self._new_speaker()
        self._say(
            "" if speaker is not None else self.tr("Everyone has spoken or passed in this round.")
        )
        self._render()

    def _on_move(self, offset: int) -> None:
        person_id = self._selected()
        if person_id is None:
            return
        self.round.move(person_id, offset)
        self._render()
        self.select(person_id)

    def _on_new_round(self) -> None:
        try:
            self.round.finish()
        except PeopleSkipped as refused:
            self._say(
                self._skipped(refused, self.tr("ending the round")),
                self._restart_passing_remaining,
            )
            return
        self.round.restart()
        self._new_speaker()
        self._say("")
        self._render()

    def _skipped(self, refused: PeopleSkipped, doing: str) -> str:
        """Why the round cannot move on: who would be skipped, and what to do."""
        names = refused.names
        if len(names) == 1:
            return self.tr(
                "{names} has not spoken or passed yet. Give them the turn, or mark them as "
                "passed, before {doing}."
            ).format(names=names[0], doing=doing)
        joined = self.tr("{first} and {last}").format(first=", ".join(names[:-1]), last=names[-1])
        return self.tr(
            "{names} have not spoken or passed yet. Give them the turn, or mark them as "
            "passed, before {doing}."
        ).format(names=joined, doing=doing)

    def _state_label(self, state: TurnState) -> str:
        return {
            TurnState.WAITING: self.tr("Waiting"),
            TurnState.SPEAKING: self.tr("Speaking now"),
            TurnState.SPOKE: self.tr("Has spoken"),
            TurnState.PASSED: self.tr("Passed"),
        }[state]

    def _restart_passing_remaining(self) -> None:
        self.round.finish(pass_remaining=True)
        self.round.restart()

    def _on_pass_skipped(self) -> None:
        action, self._pending = self._pending, None
        if action is not None:
            action()
            self._new_speaker()
        self._say("")
        self._render()

    def _render(self) -> None:
        selected = self._selected()
        following = self.round.next
        self.speaker_list.blockSignals(True)
        self.speaker_list.clear()
        for number, speaker in enumerate(self.round.order, start=1):
            state = self.round.state(speaker.person_id)
            text = f"{number}. {speaker.name}\n    {_SYMBOL[state]} {self._state_label(state)}"
            if following is not None and speaker.person_id == following.person_id:
                text += " " + self.tr("(next)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, speaker.person_id)
            foreground, background = _COLOURS[state]
            if foreground:
                item.setForeground(QBrush(QColor(foreground)))
            if background:
                item.setBackground(QBrush(QColor(background)))
            if state is TurnState.SPEAKING:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.speaker_list.addItem(item)
        self.speaker_list.blockSignals(False)
        if selected is not None:
            self.select(selected)
        current = self.round.current
        if not self.round.order:
            status = self.tr(
                "Nobody is marked present yet. Mark people present in the introductions."
            )
        elif current is not None:
            status = self.tr("Speaking now: {name}.").format(name=current.name) + " "
            status += (
                self.tr("Next: {name}.").format(name=following.name)
                if following
                else self.tr("Nobody else is waiting.")
            )
        elif following is not None:
            status = self.tr("Nobody is speaking. Next: {name}.").format(name=following.name)
        else:
            status = self.tr("Everyone has spoken or passed in this round.")
        self.turn_status_label.setText(status)
        self._update_buttons()
        self.refresh_time()

    def _update_buttons(self) -> None:
        has_selection = self._selected() is not None
        for button in (self.give_turn_button, self.pass_button, self.move_up_button,
                       self.move_down_button):
            button.setEnabled(has_selection)
        self.next_speaker_button.setEnabled(self.round.next is not None or self.round.current is not None)

    def refresh_time(self) -> None:
        """Show the speaker's time (every second while someone speaks; tests call it)."""
        current = self.round.current
        if current is None:
            self._tick.stop()
            self.speaker_time_label.setText("")
            self.speaker_time_label.setStyleSheet("")
            return
        if not self._tick.isActive():
            self._tick.start()
        spent = self._speaker_watch.elapsed
        limit = self.speaker_time_combo.currentData() or 0
        if not limit:
            text = self.tr("{name} has spoken for {time}.").format(
                name=current.name, time=format_duration(spent)
            )
            over = False
        elif spent <= limit * 60:
            text = self.tr("{time} left for {name}.").format(
                time=format_duration(limit * 60 - spent), name=current.name
            )
            over = False
        else:
            text = self.tr("Over time by {time}: {name} had {minutes} min.").format(
                time=format_duration(spent - limit * 60), name=current.name, minutes=limit
            )
            over = True
        if text != self.speaker_time_label.text():
            self.speaker_time_label.setText(text)
            self.speaker_time_label.setStyleSheet(OVER_STYLE if over else "")
