"""Time building and rendering the minutes of a large meeting to DOCX and to PDF.

Run from the repository root:

    /work/venv/bin/python benchmarks/bench_export.py

Each export is timed end to end (``build_minutes`` then the renderer, writing a real file) five
times. The first run is shown separately: it pays one-off costs the user meets on their first
export of a session (reportlab registering the bundled fonts and building its styles, cold
caches), while the best of five shows the steady cost. Imports happen before timing starts.
"""

from __future__ import annotations

import pathlib
import sys
import tempfile
import time
from collections.abc import Callable

_ROOT = pathlib.Path(__file__).resolve().parents[1]
for entry in (_ROOT, _ROOT / "benchmarks"):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

from large_meeting import large_family_and_meeting

from chair_app.core.minutes import MinutesDocument, build_minutes
from chair_app.export.docx_renderer import render_docx
from chair_app.export.pdf_renderer import render_pdf

TARGET_SECONDS = 0.5
RUNS = 5


def _time_export(
    renderer: Callable[[MinutesDocument, pathlib.Path], None], path: pathlib.Path
) -> list[float]:
    family, meeting = large_family_and_meeting()
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        renderer(build_minutes(meeting, family), path)
        times.append(time.perf_counter() - start)
    return times


def main() -> int:
    """Run the benchmark, print a table and return 0 if every export meets its target."""
    family, meeting = large_family_and_meeting()
    print(
        f"Large meeting: {len(family.people)} people, {len(meeting.statements)} danger "
        f"statements, {len(meeting.scores)} scores, {len(meeting.actions)} actions, "
        f"{len(meeting.decisions)} decisions"
    )
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for label, renderer, name in (
            ("build_minutes + render_docx", render_docx, "minutes.docx"),
            ("build_minutes + render_pdf", render_pdf, "minutes.pdf"),
        ):
            path = pathlib.Path(folder) / name
            times = _time_export(renderer, path)
            results.append((label, times[0], min(times), path.stat().st_size))
    print()
    print(f"{'export':<30} {'first run':>10} {'best of 5':>10} {'target':>8} {'size':>9}  result")
    all_pass = True
    for label, first, best, size in results:
        passed = best < TARGET_SECONDS
        all_pass &= passed
        print(
            f"{label:<30} {first:>9.3f}s {best:>9.3f}s {TARGET_SECONDS:>7.1f}s "
            f"{size / 1024:>7.0f}KB  {'PASS' if passed else 'FAIL'}"
        )
    return 0 if all_pass else 1


if __name__ == "__main__":
    sys.exit(main())
