"""Start-up: a bare PySide6 window against Chair on the demo folder, in the same run.

Each run launches a fresh process (offscreen) and times, from launch, the lines it prints:

- bare window: ``window-shown`` (a QMainWindow shown and the event loop running);
- Chair: ``window-shown`` (the main window on screen), ``families-shown`` (the families list
  filled: the first screen a chair can use) and ``deadlines-shown`` (the family's deadlines,
  worked out off the main thread, filled in after).

Chair prints each mark with its peak memory so far (``ru_maxrss``): the peak at families shown is
what the first screen cost. Chair then quits once the deadlines are shown; the process's peak
(from ``os.wait4`` once it has ended) counts everything it did by then, SQLAlchemy, the full
context and the deadlines included (the start-up backup may still be running: it is queued after
the deadlines).

The two are run alternately (bare, Chair, bare, Chair, ...) so that both see the same machine
load, and the median of RUNS is printed. Targets: families shown in at most 3x the bare window's
time, peak memory at families shown at most 1.6x the bare window's peak.

Run: .venv/bin/python benchmarks/bench_startup.py  (headless: QT_QPA_PLATFORM=offscreen is set).
The code measured is whatever ``python -m chair_app`` imports (set PYTHONPATH to measure another
checkout).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass

RUNS = int(os.environ.get("BENCH_RUNS", "5"))
FAMILIES_TARGET = 3.0
MEMORY_TARGET = 1.6

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1200, 800)
window.show()
QTimer.singleShot(0, lambda: (print("window-shown", flush=True), app.quit()))
app.exec()
"""

# Older builds printed "data-shown" once the families (and, then, their deadlines) were filled.
ALIASES = {"data-shown": "families-shown"}


@dataclass(frozen=True)
class Run:
    marks: dict[str, float]  # seconds from launch to each line printed
    mark_mib: dict[str, float]  # the child's peak resident memory so far, as it printed it
    peak_mib: float  # the child's peak resident memory over its whole run


def run_once(command: list[str], env: dict[str, str]) -> Run:
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    assert process.stdout is not None
    marks: dict[str, float] = {}
    mark_mib: dict[str, float] = {}
    for line in process.stdout:
        words = line.split()
        if not words:
            continue
        mark = ALIASES.get(words[0], words[0])
        marks.setdefault(mark, time.perf_counter() - start)
        if len(words) > 1 and words[1].isdigit():
            mark_mib.setdefault(mark, int(words[1]) / 1024)  # KiB
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise RuntimeError(f"{command} ended with status {process.returncode}")
    return Run(marks, mark_mib, usage.ru_maxrss / 1024)  # Linux: ru_maxrss is in KiB


def median_mark(runs: list[Run], mark: str) -> float | None:
    times = [run.marks[mark] for run in runs if mark in run.marks]
    return statistics.median(times) if len(times) == len(runs) else None


def main() -> int:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CHAIR_APP_EXIT_WHEN_SHOWN="1")
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            [sys.executable, "-m", "chair_app", "demo", "--data-dir", folder],
            check=True, env=env, capture_output=True,
        )
        chair = [sys.executable, "-m", "chair_app", "--data-dir", folder]
        bare = [sys.executable, "-c", BARE]
        # One warm-up of each, so both read their files from the page cache.
        run_once(bare, env)
        run_once(chair, env)
        bare_runs: list[Run] = []
        chair_runs: list[Run] = []
        for _ in range(RUNS):
            bare_runs.append(run_once(bare, env))
            chair_runs.append(run_once(chair, env))
    bare_s = median_mark(bare_runs, "window-shown")
    shown_s = median_mark(chair_runs, "window-shown")
    families_s = median_mark(chair_runs, "families-shown")
    deadlines_s = median_mark(chair_runs, "deadlines-shown")
    assert bare_s and shown_s and families_s, "a run did not print its marks"
    bare_mib = statistics.median(run.peak_mib for run in bare_runs)
    chair_mib = statistics.median(run.peak_mib for run in chair_runs)
    at_families = [run.mark_mib["families-shown"] for run in chair_runs
                   if "families-shown" in run.mark_mib]
    # An older build prints no memory with its marks: its whole run's peak stands in.
    families_mib = statistics.median(at_families) if len(at_families) == len(chair_runs) else None
    families_ratio = families_s / bare_s
    memory_ratio = (families_mib or chair_mib) / bare_mib
    families_ok = families_ratio <= FAMILIES_TARGET
    memory_ok = memory_ratio <= MEMORY_TARGET
    print(f"median of {RUNS} runs each, bare window and Chair alternately")
    print(f"bare PySide6 window shown : {bare_s:.3f} s   peak memory {bare_mib:6.1f} MiB")
    print(f"Chair window shown        : {shown_s:.3f} s = {shown_s / bare_s:.2f}x bare")
    print(f"Chair families shown      : {families_s:.3f} s = {families_ratio:.2f}x bare "
          f"(target at most {FAMILIES_TARGET:.1f}x) {'PASS' if families_ok else 'FAIL'}")
    if deadlines_s is not None:
        print(f"Chair deadlines shown     : {deadlines_s:.3f} s = {deadlines_s / bare_s:.2f}x bare")
    if families_mib is None:
        print("Chair peak at families shown: not printed by this build; the whole run's peak "
              "is used below")
    print(f"Chair peak memory at families shown : {families_mib or chair_mib:6.1f} MiB = "
          f"{memory_ratio:.2f}x bare (target at most {MEMORY_TARGET:.1f}x) "
          f"{'PASS' if memory_ok else 'FAIL'}")
    print(f"Chair process peak (to deadlines shown and quit): {chair_mib:6.1f} MiB = "
          f"{chair_mib / bare_mib:.2f}x bare")
    return 0 if families_ok and memory_ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
