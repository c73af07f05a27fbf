"""The scores chart's legend: a scale's name is shown short, on one line, and literally; a very
long or odd name neither stalls the drawing nor breaks it. Only fictional content."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from chair_app.core.history import ScaleHistory, ScalePoint
from chair_app.export.chart import LEGEND_LABEL_LENGTH, legend_label, render_scaling_chart


def _history(name: str) -> ScaleHistory:
    return ScaleHistory(
        name,
        None,
        (
            ScalePoint(1, dt.date(2026, 10, 1), ((1, 4), (2, 6))),
            ScalePoint(2, dt.date(2026, 10, 29), ((1, 5), (2, 7))),
        ),
    )


@pytest.mark.parametrize(
    "name",
    [
        "If Kerry and Dean keep shouting at each other " * 120,  # about 5,500 characters
        "Costs $5 and $6 a week, 50% of $x^2$ \\frac{a}{b}",
        "Bell\x07 tab\t new\nline \u200f\u202e reversed",
        "ضد الخطر: שלום 👨‍👩‍👧",
    ],
    ids=["very-long", "dollars-and-maths", "control-characters", "rtl-and-emoji"],
)
def test_any_scale_name_draws_quickly_with_a_short_legend(name: str) -> None:
    label = legend_label(name)
    assert len(label.replace("\\$", "$")) <= LEGEND_LABEL_LENGTH
    assert "\n" not in label and "\x07" not in label
    started = time.perf_counter()
    png = render_scaling_chart([_history(name)])
    # Generous for a slow machine; with the name whole the layout failed (a warning, an error
    # here) and the legend covered the chart.
    assert time.perf_counter() - started < 10
    assert png.startswith(b"\x89PNG")


def test_dollars_stay_literal() -> None:
    assert legend_label("Costs $5 and $6") == "Costs \\$5 and \\$6"
