"""Scores over time: for the overall scale and each danger statement, every meeting's scores,
their average and range. A danger statement is followed across meetings by its lineage (the
statement it was first carried from), so rewording it does not break its history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from chair_app.core.agenda import overall_scale_name
from chair_app.core.domain import Meeting

# A move of this many points since the last meeting asks for the reason.
BIG_MOVE = 3


@dataclass(frozen=True, slots=True)
class ScalePoint:
    """One meeting's scores on one scale."""

    meeting_id: int
    meeting_date: dt.date
    scores: tuple[tuple[int, int], ...]  # (person_id, value)

    @property
    def average(self) -> float | None:
        if not self.scores:
            return None
        return sum(value for _, value in self.scores) / len(self.scores)

    @property
    def low(self) -> int | None:
        return min((value for _, value in self.scores), default=None)

    @property
    def high(self) -> int | None:
        return max((value for _, value in self.scores), default=None)

    def score_of(self, person_id: int) -> int | None:
        return next((value for pid, value in self.scores if pid == person_id), None)


@dataclass(frozen=True, slots=True)
class ScaleHistory:
    """A scale followed across meetings. lineage_id None is the overall scale."""

    name: str
    lineage_id: int | None
    points: tuple[ScalePoint, ...]


def scaling_history(meetings: Sequence[Meeting]) -> tuple[ScaleHistory, ...]:
    """The overall scale, then each danger statement of the last meeting, in its order, with
    the scores of every meeting given (oldest first) that had it.

    Args:
        meetings: the family's meetings up to and including the one of interest, oldest first.
    """
    if not meetings:
        return ()
    last = meetings[-1]
    scales: list[tuple[str, int | None]] = [(overall_scale_name(), None)]
    scales += [
        (f"Danger statement {index}", statement.lineage_id or statement.id)
        for index, statement in enumerate(last.statements, start=1)
    ]
    histories = []
    for name, lineage in scales:
        points = []
        for meeting in meetings:
            if lineage is None:
                statement_id: int | None = None
            else:
                statement = next(
                    (s for s in meeting.statements if (s.lineage_id or s.id) == lineage), None
                )
                if statement is None:
                    continue
                statement_id = statement.id
            scores = tuple(
                (score.person_id, score.value)
                for score in meeting.scores
                if score.statement_id == statement_id
            )
            points.append(ScalePoint(meeting.id, meeting.date, scores))
        histories.append(ScaleHistory(name, lineage, tuple(points)))
    return tuple(histories)


@dataclass(frozen=True, slots=True)
class BigMove:
    person_id: int
    scale_name: str
    statement_id: int | None
    before: int
    now: int


def big_moves(previous: Meeting | None, current: Meeting) -> tuple[BigMove, ...]:
    """Scores that moved by BIG_MOVE points or more since the previous meeting, per person and
    scale: the scaling step asks for the reason."""
    if previous is None:
        return ()
    moves = []
    scales: list[tuple[str, int | None, int | None]] = [(overall_scale_name(), None, None)]
    for index, statement in enumerate(current.statements, start=1):
        lineage = statement.lineage_id or statement.id
        before = next(
            (s for s in previous.statements if (s.lineage_id or s.id) == lineage), None
        )
        if before is not None:
            scales.append((f"Danger statement {index}", statement.id, before.id))
    for name, now_id, before_id in scales:
        for score in current.scores:
            if score.statement_id != now_id:
                continue
            earlier = previous.score_of(score.person_id, before_id)
            if earlier is not None and abs(score.value - earlier.value) >= BIG_MOVE:
                moves.append(BigMove(score.person_id, name, now_id, earlier.value, score.value))
    return tuple(moves)
