"""Charts for the window: drawn by chair_app.export.chart (matplotlib is imported only when a
chart is drawn), so the UI never imports the export layer."""

from __future__ import annotations

from collections.abc import Sequence

from chair_app.core.history import ScaleHistory


def scaling_chart_png(histories: Sequence[ScaleHistory]) -> bytes:
    """The scaling chart of these histories (one line each), as PNG bytes.

    Raises:
        ValueError: none of the histories has a score.
    """
    from chair_app.export.chart import render_scaling_chart

    return render_scaling_chart(histories)
