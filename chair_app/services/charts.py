"""The scaling chart: drawn (export.chart, the only place matplotlib is imported) only when no
chart of the same scores is kept with the meeting."""

from __future__ import annotations

from collections.abc import Sequence

from chair_app.core.history import ScaleHistory
from chair_app.core.minutes_copy import (
    Agenda,
    chart_figure,
    chart_key,
    has_chart,
    scaling_histories,
)
from chair_app.core.minutes_document import Figure
from chair_app.core.record import KeptChart, MeetingRecord


def scaling_chart_png(histories: Sequence[ScaleHistory]) -> bytes:
    """A PNG of each scale's average per meeting, with its range (export.chart). Raises
    ValueError if no scale has a score."""
    from chair_app.export.chart import render_scaling_chart

    return render_scaling_chart(histories)


def chart_for(record: MeetingRecord, agenda: Agenda) -> tuple[Figure | None, KeptChart | None]:
    """The minutes' chart of scores over time, and the chart to keep when it had to be drawn
    (None when the kept one was used, or there is nothing to draw)."""
    histories = scaling_histories(record, agenda)
    if not has_chart(histories):
        return None, None
    key = chart_key(histories)
    if record.chart is not None and record.chart.key == key:
        return chart_figure(record.chart.png), None
    drawn = KeptChart(key, scaling_chart_png(histories))
    return chart_figure(drawn.png), drawn
