"""The chart of scores over time: one line per scale (its average at each meeting), with the
range of scores as a band. One PNG, shown in the app and printed in both minutes files, so all
three show the same picture. matplotlib is imported only when a chart is drawn."""

from __future__ import annotations

import io
import warnings
from collections.abc import Sequence

from chair_app.core.history import ScaleHistory

# Colours that stay apart for common colour-blindness (Okabe and Ito's palette).
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000")


LEGEND_LABEL_LENGTH = 48


def legend_label(name: str) -> str:
    """A scale's name as the legend shows it: one line, at most LEGEND_LABEL_LENGTH characters
    (a danger statement can run to pages: laid out whole, its legend covered the chart and
    matplotlib gave up fitting the layout), without control characters, and with "$" kept
    literal (matplotlib would read text between two "$" as mathematics, and fail on most of
    it)."""
    import unicodedata

    text = "".join(
        char if unicodedata.category(char) not in ("Cc", "Cs", "Cf") else " " for char in name
    )
    text = " ".join(text.split())
    if len(text) > LEGEND_LABEL_LENGTH:
        text = text[: LEGEND_LABEL_LENGTH - 1].rstrip() + "…"
    return text.replace("$", r"\$") or "(no name)"


def render_scaling_chart(
    histories: Sequence[ScaleHistory], *, width_in: float = 7.5, height_in: float = 3.4, dpi: int = 150
) -> bytes:
    """A PNG of each scale's average per meeting (0 to 10), with its range shaded.

    Scales with no scores at all are left out. Raises ValueError if none has a score.
    """
    import numpy as np
    from matplotlib.dates import DateFormatter
    from matplotlib.figure import Figure

    drawn = [h for h in histories if any(p.scores for p in h.points)]
    if not drawn:
        raise ValueError("no scores to draw")
    figure = Figure(figsize=(width_in, height_in), dpi=dpi)
    axes = figure.add_subplot(1, 1, 1)
    for index, history in enumerate(drawn):
        points = [p for p in history.points if p.scores]
        # As arrays: days, and numbers (a None would be NaN, a gap; the points drawn have scores).
        dates = np.array([p.meeting_date for p in points], dtype="datetime64[D]")
        averages = np.array([p.average for p in points], dtype=float)
        lows = np.array([p.low for p in points], dtype=float)
        highs = np.array([p.high for p in points], dtype=float)
        colour = PALETTE[index % len(PALETTE)]
        axes.plot(
            dates, averages, marker="o", color=colour, linewidth=2, label=legend_label(history.name)
        )
        if len(points) > 1:
            axes.fill_between(dates, lows, highs, color=colour, alpha=0.12)
        else:
            axes.vlines(dates, lows, highs, color=colour)
    axes.set_ylim(0, 10)
    axes.set_yticks(range(0, 11, 2))
    axes.set_ylabel("Score (0 unsafe, 10 safe enough)")
    axes.grid(True, axis="y", color="#dddddd")
    all_dates = sorted({p.meeting_date for h in drawn for p in h.points if p.scores})
    if len(all_dates) <= 12:
        axes.set_xticks(np.array(all_dates, dtype="datetime64[D]"))  # one per meeting, if they fit
    axes.xaxis.set_major_formatter(DateFormatter("%d/%m/%y"))
    axes.legend(loc="upper left", fontsize=8, frameon=False, ncols=min(3, len(drawn)))
    axes.set_title("Average score at each meeting; the shading shows the range", fontsize=9)
    for label in axes.get_xticklabels():
        label.set_rotation(30)
        label.set_horizontalalignment("right")
    out = io.BytesIO()
    with warnings.catch_warnings():
        # A letter the font lacks (an emoji in a statement) is drawn as a box; matplotlib's
        # warning about it would only quote the user's text.
        warnings.filterwarnings("ignore", message="Glyph .* missing from font")
        figure.tight_layout()
        figure.savefig(out, format="png", metadata={"Software": None})
    return out.getvalue()
