"""Step 3: scaling, a score from 0 to 10 per person present, per scale; and the scores of every
meeting so far on the same scale, as a table and a chart.

A score that moved by three points or more since the last meeting asks for its reason.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import replace
from statistics import mean

import shiboken6
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from chair_app.core import edits
from chair_app.core.agenda import overall_scale_name, scale_meanings
from chair_app.core.dates import format_short_date
from chair_app.core.domain import Family, Meeting
from chair_app.core.history import BigMove, ScaleHistory, ScalePoint, big_moves
from chair_app.core.rules import present_people
from chair_app.services.charts import scaling_chart_png
from chair_app.ui.meeting_controller import MeetingController
from chair_app.ui.steps.base import RowsHolder, StepPage, elide, heading_label, make_line_edit
from chair_app.ui.steps.continuity import CarriedFrom, hint_label

logger = logging.getLogger(__name__)

NO_SCORE = -1
NOW_TAB, OVER_TIME_TAB = 0, 1
# A reason asked for: a score moved a long way since the last meeting, and nobody said why.
NEEDS_REASON_STYLE = "QLineEdit { background: #fff4ce; border: 2px solid #b7791f; }"
CHARTS_KEPT = 8  # charts drawn this visit, kept so that going back to a scale is instant


def date_text(point: ScalePoint) -> str:
    when = point.meeting_date
    return format_short_date(when if isinstance(when, dt.date) else None)


def average_text(point: ScalePoint) -> str:
    return "" if point.average is None else f"{point.average:.1f}"


def range_text(point: ScalePoint) -> str:
    if point.low is None or point.high is None:
        return ""
    if point.low == point.high:
        return str(point.low)
    return QCoreApplication.translate("ScalingPage", "{low} to {high}").format(low=point.low, high=point.high)


def with_scores_of(history: ScaleHistory, meeting: Meeting) -> ScaleHistory:
    """The history with the meeting's own point as the meeting stands now (its scores change
    while it is open; the earlier meetings' are closed and do not)."""
    statement_id: int | None = None
    if history.lineage_id is not None:
        statement = next(
            (s for s in meeting.statements if (s.lineage_id or s.id) == history.lineage_id), None
        )
        if statement is None:
            return history
        statement_id = statement.id
    scores = tuple((s.person_id, s.value) for s in meeting.scores if s.statement_id == statement_id)
    return replace(
        history,
        points=tuple(
            replace(p, scores=scores) if p.meeting_id == meeting.id else p for p in history.points
        ),
    )


def chart_description(history: ScaleHistory) -> str:
    """What the chart shows, in words, for a screen reader."""
    parts = [
        QCoreApplication.translate("ScalingPage", "{date}: average {average}, range {range}").format(
            date=date_text(p), average=average_text(p), range=range_text(p)
        )
        for p in history.points
        if p.scores
    ]
    return QCoreApplication.translate(
        "ScalingPage", "{scale}, average score at each meeting. {scores}."
    ).format(scale=history.name, scores="; ".join(parts))


class ChartLabel(QLabel):
    """Shows a PNG scaled to fit the space it is given, keeping its proportions."""

    def __init__(self) -> None:
        super().__init__()
        self._original = QPixmap()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        # The picture follows the space; it must not push the layout to its own size.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(QSize(240, 140))

    def show_png(self, png: bytes) -> None:
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        self._original = pixmap
        self.setText("")
        self._rescale()

    def show_message(self, text: str) -> None:
        self._original = QPixmap()
        self.clear()
        self.setText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        if self._original.isNull():
            return
        self.setPixmap(
            self._original.scaled(
                self.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )


class ScalingPage(StepPage):
    def __init__(self, controller: MeetingController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        meaning = QLabel("\n".join(scale_meanings()))
        meaning.setObjectName("scale_meaning_label")
        meaning.setWordWrap(True)
        meaning.setStyleSheet("background: #eef3f8; padding: 8px; border-radius: 4px;")
        self.scale_selector = QComboBox()
        self.scale_selector.setObjectName("scale_selector")
        # Long safety goals are cut in the closed box (the list shows them whole), so the step
        # does not scroll sideways at large text sizes.
        self.scale_selector.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scale_selector.setMinimumContentsLength(24)
        self.scale_selector.setAccessibleName(self.tr("Which scale"))
        self.scale_selector.setProperty("always_enabled", True)
        self.scale_text = QLabel()
        self.scale_text.setObjectName("scale_text_label")
        self.scale_text.setWordWrap(True)
        self.stats_label = QLabel()
        self.stats_label.setObjectName("scale_stats_label")
        self.nobody_label = QLabel(
            self.tr(
                "Nobody is marked present yet. Record attendance in step 1 first: "
                "only people who are here give a score."
            )
        )
        self.nobody_label.setObjectName("scaling_nobody_label")
        self.nobody_label.setWordWrap(True)
        self._scroll = RowsHolder()

        now = QWidget()
        now_layout = QVBoxLayout(now)
        now_layout.setContentsMargins(0, 4, 0, 0)
        now_layout.addWidget(self.nobody_label)
        now_layout.addWidget(self._scroll, 1)
        now_layout.addWidget(self.stats_label)

        self.history_hint = hint_label("scaling_history_hint")
        self.history_table = QTableWidget(0, 0)
        self.history_table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.history_table.setObjectName("scaling_history_table")
        self.history_table.setAccessibleName(self.tr("Scores over time"))
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history_table.verticalHeader().setVisible(False)
        self.history_table.setProperty("always_enabled", True)
        self.chart_label = ChartLabel()
        self.chart_label.setObjectName("scaling_chart_label")
        self.chart_label.setAccessibleName(self.tr("Chart of scores over time"))
        over_time_split = QSplitter(Qt.Orientation.Vertical)
        over_time_split.setObjectName("scaling_history_splitter")
        over_time_split.setChildrenCollapsible(False)
        over_time_split.addWidget(self.history_table)
        over_time_split.addWidget(self.chart_label)
        over_time_split.setStretchFactor(0, 2)
        over_time_split.setStretchFactor(1, 3)
        over_time = QWidget()
        over_time_layout = QVBoxLayout(over_time)
        over_time_layout.setContentsMargins(0, 4, 0, 0)
        over_time_layout.addWidget(self.history_hint)
        over_time_layout.addWidget(over_time_split, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("scaling_tabs")
        self.tabs.addTab(now, self.tr("Now"))
        self.tabs.addTab(over_time, self.tr("Over time"))
        self.tabs.setTabToolTip(
            OVER_TIME_TAB, self.tr("Scores over time: this scale at every meeting")
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(meaning)
        layout.addWidget(self.scale_selector)
        layout.addWidget(self.scale_text)
        layout.addWidget(self.tabs, 1)
        self.scores: dict[int, QSpinBox] = {}
        self.reasons: dict[int, QLineEdit] = {}
        self.move_labels: dict[int, QLabel] = {}
        self._moves: dict[int, BigMove] = {}
        self._history: ScaleHistory | None = None
        # Every scale's history, fetched when "Over time" is first shown and again only when
        # the meeting's statements change (see _selected_history).
        self._histories: tuple[ScaleHistory, ...] = ()
        self._histories_key: tuple[dt.date, tuple[tuple[int, int | None], ...]] | None = None
        self._carried = CarriedFrom(controller)
        self._charts: dict[ScaleHistory, bytes] = {}
        self._chart_wanted: ScaleHistory | None = None
        self._chart_drawing = False
        self.scale_selector.currentIndexChanged.connect(self._on_scale_changed)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.refresh()

    def current_statement_id(self) -> int | None:
        index = self.scale_selector.currentIndex()
        statements = self.controller.meeting.statements
        return statements[index - 1].id if 0 < index <= len(statements) else None

    def refresh(self) -> None:
        self._loading = True
        try:
            statements = self.controller.meeting.statements
            keep = max(0, self.scale_selector.currentIndex())
            self.scale_selector.clear()
            self.scale_selector.addItem(overall_scale_name())
            for index, statement in enumerate(statements, start=1):
                self.scale_selector.addItem(
                    self.tr("Danger statement {number}: {statement}").format(
                        number=index, statement=elide(statement.statement, 60)
                    )
                )
            self.scale_selector.setCurrentIndex(min(keep, len(statements)))
            self._build_rows()
        finally:
            self._loading = False
        self.apply_editable()
        self._update_reason_enabled()
        self._update_moves()
        self._update_over_time()

    def _on_scale_changed(self) -> None:
        if self.loading:
            return
        self.controller.flush()
        self._loading = True
        try:
            self._build_rows()
        finally:
            self._loading = False
        self.apply_editable()
        self._update_reason_enabled()
        self._update_moves()
        self._update_over_time()

    # Scores now

    def _last_time_scores(self) -> dict[int, int] | None:
        """Each person's score on the selected scale at the meeting this one follows; None if
        there was no such meeting or it did not have this scale."""
        previous = self._carried.previous
        if previous is None:
            return None
        statement_id = self.current_statement_id()
        before_id: int | None = None
        if statement_id is not None:
            statement = next(s for s in self.controller.meeting.statements if s.id == statement_id)
            lineage = statement.lineage_id or statement.id
            before = next(
                (s for s in previous.statements if (s.lineage_id or s.id) == lineage), None
            )
            if before is None:
                return None
            before_id = before.id
        return {s.person_id: s.value for s in previous.scores if s.statement_id == before_id}

    def _build_rows(self) -> None:
        meeting, family = self.controller.meeting, self.controller.family
        statement_id = self.current_statement_id()
        statement = next((s for s in meeting.statements if s.id == statement_id), None)
        self.scale_text.setText(
            statement.statement
            if statement
            else self.tr("How safe are the children now, taking everything into account?")
        )
        people = present_people(meeting, family)
        self.nobody_label.setVisible(not people)
        last_time = self._last_time_scores()
        container = QWidget()
        grid = QGridLayout(container)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(3, 5)
        titles = [
            self.tr("Person"),
            self.tr("Score"),
            self.tr("Last time") if last_time is not None else "",
            self.tr("Reason"),
        ]
        names = ["scale_person_heading", "scale_score_heading", "", "scale_reason_heading"]
        for column, (title, heading_name) in enumerate(zip(titles, names, strict=True)):
            if title:
                grid.addWidget(heading_label(title, heading_name), 0, column)
        self.scores, self.reasons, self.move_labels = {}, {}, {}
        for row, person in enumerate(people, start=1):
            score = meeting.score_of(person.id, statement_id)
            name = QLabel(f"{person.name}\n{person.role}" if person.role else person.name)
            spin = QSpinBox()
            spin.setObjectName(f"score_{person.id}")
            spin.setAccessibleName(self.tr("Score of {name}").format(name=person.name))
            spin.setRange(NO_SCORE, 10)
            spin.setSpecialValueText(self.tr("No score"))
            spin.setValue(score.value if score else NO_SCORE)
            spin.setMinimumWidth(110)
            reason = make_line_edit(
                f"reason_{person.id}",
                self.tr("Reason for {name}'s score").format(name=person.name),
                self.tr("Why this score? What would move it up one point?"),
            )
            reason.setText(score.reason if score else "")
            move_label = QLabel()
            move_label.setObjectName(f"big_move_label_{person.id}")
            move_label.setWordWrap(True)
            move_label.setStyleSheet("color: #7a4a00; font-weight: bold;")
            move_label.hide()
            reason_cell = QWidget()
            reason_layout = QVBoxLayout(reason_cell)
            reason_layout.setContentsMargins(0, 0, 0, 0)
            reason_layout.setSpacing(2)
            reason_layout.addWidget(reason)
            reason_layout.addWidget(move_label)
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(spin, row, 1, Qt.AlignmentFlag.AlignTop)
            if last_time is not None:
                before = last_time.get(person.id)
                last = QLabel("–" if before is None else str(before))
                last.setObjectName(f"last_score_{person.id}")
                last.setAccessibleName(
                    self.tr("{name}'s score last time: {score}").format(
                        name=person.name,
                        score=self.tr("none") if before is None else str(before),
                    )
                )
                last.setAlignment(Qt.AlignmentFlag.AlignCenter)
                last.setMinimumHeight(spin.sizeHint().height())
                grid.addWidget(last, row, 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(reason_cell, row, 3)
            spin.valueChanged.connect(lambda _v, pid=person.id: self._on_score_changed(pid))
            reason.textEdited.connect(lambda _t, pid=person.id: self._on_reason_edited(pid))
            self.scores[person.id] = spin
            self.reasons[person.id] = reason
            self.move_labels[person.id] = move_label
        grid.setRowStretch(len(people) + 1, 1)
        self._scroll.setWidget(container)
        self._update_stats()
        self.texts_changed.emit()

    def _update_reason_enabled(self) -> None:
        for person_id, reason in self.reasons.items():
            reason.setEnabled(self.scores[person_id].value() != NO_SCORE)

    def _update_stats(self) -> None:
        values = [spin.value() for spin in self.scores.values() if spin.value() != NO_SCORE]
        if values:
            self.stats_label.setText(
                self.tr("{scored} of {total} scored. Average {average}, range {low} to {high}.").format(
                    scored=len(values),
                    total=len(self.scores),
                    average=f"{mean(values):.1f}",
                    low=min(values),
                    high=max(values),
                )
            )
        else:
            self.stats_label.setText(self.tr("No scores on this scale yet."))

    def _update_moves(self) -> None:
        """Ask for the reason where a score moved by three points or more since last time."""
        statement_id = self.current_statement_id()
        # The rule of core.history, as MeetingService.big_moves applies it, without a query.
        moves = big_moves(self._carried.previous, self.controller.meeting)
        self._moves = {m.person_id: m for m in moves if m.statement_id == statement_id}
        for person_id, label in self.move_labels.items():
            move = self._moves.get(person_id)
            label.setVisible(move is not None)
            if move is not None:
                label.setText(
                    self.tr("Was {score} last time: why has it changed?").format(score=move.before)
                )
            self._highlight_reason(person_id)

    def _highlight_reason(self, person_id: int) -> None:
        reason = self.reasons[person_id]
        wanted = person_id in self._moves and not reason.text().strip()
        reason.setProperty("needs_reason", wanted)
        reason.setStyleSheet(NEEDS_REASON_STYLE if wanted else "")
        reason.setAccessibleDescription(
            self.tr("A reason is needed: the score changed a lot since last time") if wanted else ""
        )

    def _save(self, person_id: int) -> None:
        value = self.scores[person_id].value()
        reason = self.reasons[person_id].text()
        statement_id = self.current_statement_id()
        meetings = self.controller.ctx.meetings
        meeting_id = self.controller.meeting_id
        self.controller.change(
            lambda: meetings.set_score(
                meeting_id, person_id, statement_id, None if value == NO_SCORE else value, reason
            )
        )

    def _on_score_changed(self, person_id: int) -> None:
        if self.loading:
            return
        self.controller.flush()
        self._save(person_id)
        self._update_reason_enabled()
        self._update_stats()
        self._update_moves()
        self._update_over_time()

    def _on_reason_edited(self, person_id: int) -> None:
        value = self.scores[person_id].value()
        if self.loading or value == NO_SCORE:
            return
        self._highlight_reason(person_id)
        reason = self.reasons[person_id].text()
        statement_id = self.current_statement_id()
        meetings = self.controller.ctx.meetings
        meeting_id = self.controller.meeting_id
        self.controller.save_later(
            f"score-{person_id}-{statement_id}",
            lambda: meetings.set_score(meeting_id, person_id, statement_id, value, reason),
            patch=edits.set_score(person_id, statement_id, value, reason),
        )

    # Scores over time

    def _selected_history(self) -> ScaleHistory | None:
        """The selected scale at every meeting so far, this one as it stands now."""
        meeting = self.controller.meeting
        # Earlier meetings are closed; only this meeting's statements or date change them.
        key = (meeting.date, tuple((s.id, s.lineage_id) for s in meeting.statements))
        if key != self._histories_key:
            self._histories = self.controller.ctx.meetings.scaling_history(meeting.id)
            self._histories_key = key
        index = max(0, self.scale_selector.currentIndex())
        if index >= len(self._histories):
            return None
        return with_scores_of(self._histories[index], meeting)

    def _update_over_time(self) -> None:
        """Fill the table, then the chart, while "Over time" is shown; else when it is."""
        if self.tabs.currentIndex() != OVER_TIME_TAB:
            return
        self._history = self._selected_history()
        self._fill_history_table(self._history, self.controller.family)
        self._show_chart()

    def _fill_history_table(self, history: ScaleHistory | None, family: Family) -> None:
        table = self.history_table
        points = history.points if history else ()
        scored = {pid for point in points for pid, _ in point.scores}
        people = [p for p in family.people if p.id in scored]
        unknown = sorted(scored - {p.id for p in people})
        headers = [self.tr("Meeting")]
        headers += [p.name.replace(" ", "\n", 1) for p in people]
        headers += [self.tr("Someone\nno longer listed")] * len(unknown)
        headers += [self.tr("Average"), self.tr("Range")]
        columns = [p.id for p in people] + unknown
        table.setUpdatesEnabled(False)
        table.clear()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.setColumnCount(len(headers))
        table.setRowCount(len(points))
        table.setHorizontalHeaderLabels(headers)
        for column, person in enumerate(people, start=1):
            header_item = table.horizontalHeaderItem(column)
            if header_item is not None:
                header_item.setToolTip(
                    f"{person.name}, {person.role}" if person.role else person.name
                )
        for row, point in enumerate(points):
            when = date_text(point)
            if point.meeting_id == self.controller.meeting_id:
                when = self.tr("{date} (this meeting)").format(date=when)
            values = [when]
            for person_id in columns:
                value = point.score_of(person_id)
                values.append("" if value is None else str(value))
            values += [average_text(point) or self.tr("No scores"), range_text(point)]
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column > 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(row, column, item)
        header.setStretchLastSection(False)
        # Sized once, after filling: resizing to contents on every cell is slow for a family
        # with years of meetings.
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        table.setUpdatesEnabled(True)
        table.scrollToBottom()  # the latest meetings
        # No taller than its rows, so that the chart below gets the rest of the page.
        rows_height = sum(table.rowHeight(row) for row in range(table.rowCount()))
        frame = 2 * table.frameWidth()
        scroll_bar = table.horizontalScrollBar().sizeHint().height()
        table.setMaximumHeight(header.sizeHint().height() + rows_height + frame + scroll_bar)
        if len(points) > 1:
            self.history_hint.setText(
                self.tr(
                    "Each row is a meeting, oldest first: each person's score on this scale, "
                    "then the average and the range."
                )
            )
        else:
            self.history_hint.setText(
                self.tr(
                    "This is the first meeting with this scale: from the next meeting on, the "
                    "scores of each meeting are shown here side by side."
                )
            )

    def _on_tab_changed(self, index: int) -> None:
        if index == OVER_TIME_TAB:
            self.controller.flush()
            self._update_over_time()

    def _show_chart(self) -> None:
        """Show the selected scale's chart, drawing it off the main thread the first time."""
        history = self._history
        if history is None or not any(p.scores for p in history.points):
            self._chart_wanted = None
            self.chart_label.setAccessibleDescription("")
            self.chart_label.show_message(
                self.tr("No scores on this scale yet, so there is no chart.")
            )
            return
        self._chart_wanted = history
        self.chart_label.setAccessibleDescription(chart_description(history))
        png = self._charts.get(history)
        if png is not None:
            self.chart_label.show_png(png)
            return
        if self.chart_label.pixmap().isNull():
            self.chart_label.show_message(self.tr("Drawing the chart…"))
        self._draw_next()

    def _draw_next(self) -> None:
        """One chart at a time: when it is done, the latest one wanted is drawn if different."""
        history = self._chart_wanted
        if self._chart_drawing or history is None or history in self._charts:
            return
        self._chart_drawing = True

        def done(png: object) -> None:
            if not shiboken6.isValid(self):  # the meeting was closed meanwhile
                return
            self._chart_drawing = False
            assert isinstance(png, bytes)
            self._charts[history] = png
            while len(self._charts) > CHARTS_KEPT:
                del self._charts[next(iter(self._charts))]
            if self._chart_wanted == history:
                self.chart_label.show_png(png)
            else:
                self._draw_next()

        def failed(error: BaseException) -> None:
            logger.error("scaling chart not drawn: %s", type(error).__name__)
            if not shiboken6.isValid(self):
                return
            self._chart_drawing = False
            if self._chart_wanted == history:
                self.chart_label.show_message(
                    self.tr("The chart could not be drawn. The table above has the same scores.")
                )
            else:
                self._draw_next()

        self.controller.ctx.background.run(lambda: scaling_chart_png([history]), done, failed)
