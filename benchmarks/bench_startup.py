"""Seconds from process start to the main window shown: Chair on the demo family, and a bare
PySide6 window for comparison. Target: Chair at most 2x the bare window.

Chair shows its window first and opens the database next (SQLAlchemy alone takes longer to
import than a whole bare Qt window takes to appear), so two times are printed for it: the window
on screen, and the window filled with the families.

The demo's data is encrypted like any other (its folder opens with the demo's passphrase). The
cost of encryption is printed apart: opening the same data, and reading the families, as a
plain file and as an encrypted one (SQLCipher derives the key on each connection). Target: at
most 0.2 s more.

Run: .venv/bin/python benchmarks/bench_startup.py  (headless: QT_QPA_PLATFORM=offscreen is set)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

RUNS = 7
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


def time_until(command: list[str], env: dict[str, str], marks: tuple[str, ...]) -> list[float]:
    """Seconds from launching command until it prints each of marks."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    assert process.stdout is not None
    seen: dict[str, float] = {}
    for line in process.stdout:
        if line.strip() in marks:
            seen[line.strip()] = time.perf_counter() - start
    process.wait(timeout=30)
    missing = [m for m in marks if m not in seen]
    if missing:
        raise RuntimeError(f"{command} never printed {missing}")
    return [seen[m] for m in marks]


OPEN_AND_LIST = """
import sys, time
from pathlib import Path
start = time.perf_counter()
from chair_app.services.storage import open_store
from chair_app.services.families import FamilyService
store = open_store(Path(sys.argv[1]), sys.argv[2] or None)
FamilyService(store.factory).list_families()
print(f"{time.perf_counter() - start:.4f}", flush=True)
store.close()
"""


def encryption_cost(env: dict[str, str]) -> tuple[float, float]:
    """Median seconds to open the demo's data and list its families: plain, then encrypted."""
    import shutil

    with tempfile.TemporaryDirectory() as folder:
        plain, encrypted = f"{folder}/plain", f"{folder}/encrypted"
        make = (
            "import sys, datetime\nfrom pathlib import Path\n"
            "from chair_app.services.storage import open_store\n"
            "from chair_app.services.demo import ensure_demo_family\n"
            "store = open_store(Path(sys.argv[1]), None)\n"
            "ensure_demo_family(store.factory, datetime.date(2026, 11, 25))\nstore.close()\n"
        )
        subprocess.run([sys.executable, "-c", make, plain], check=True, env=env)
        shutil.copytree(plain, encrypted)
        subprocess.run(
            [sys.executable, "-c", OPEN_AND_LIST, encrypted, "bench passphrase"], check=True,
            env=env, capture_output=True,
        )  # encrypts the copy once
        times: dict[str, list[float]] = {"plain": [], "encrypted": []}
        for _ in range(RUNS):
            for name, folder_, passphrase in (
                ("plain", plain, ""), ("encrypted", encrypted, "bench passphrase")
            ):
                out = subprocess.run(
                    [sys.executable, "-c", OPEN_AND_LIST, folder_, passphrase],
                    check=True, env=env, capture_output=True, text=True,
                ).stdout
                times[name].append(float(out.strip()))
    return statistics.median(times["plain"]), statistics.median(times["encrypted"])


def main() -> int:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CHAIR_APP_EXIT_WHEN_SHOWN="1")
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            [sys.executable, "-m", "chair_app", "demo", "--data-dir", folder],
            check=True, env=env, capture_output=True,
        )
        chair = [sys.executable, "-m", "chair_app", "--data-dir", folder]
        bare = [sys.executable, "-c", BARE]
        # One warm-up of each so both read their files from the page cache.
        time_until(bare, env, ("window-shown",))
        time_until(chair, env, ("window-shown", "data-shown"))
        bare_times = [time_until(bare, env, ("window-shown",))[0] for _ in range(RUNS)]
        chair_times = [time_until(chair, env, ("window-shown", "data-shown")) for _ in range(RUNS)]
    bare_s = statistics.median(bare_times)
    shown_s = statistics.median(t[0] for t in chair_times)
    filled_s = statistics.median(t[1] for t in chair_times)
    ratio = shown_s / bare_s
    print(f"bare PySide6 window           : {bare_s:.3f} s (median of {RUNS})")
    print(f"Chair main window shown       : {shown_s:.3f} s  = {ratio:.2f}x bare "
          f"(target at most 2.00x) {'PASS' if ratio <= 2 else 'FAIL'}")
    print(f"Chair window with the families: {filled_s:.3f} s  = {filled_s / bare_s:.2f}x bare")
    plain_s, encrypted_s = encryption_cost(env)
    extra = encrypted_s - plain_s
    print(f"open data + list families     : plain {plain_s:.3f} s, encrypted {encrypted_s:.3f} s "
          f"= {extra:+.3f} s (target at most +0.200 s) {'PASS' if extra <= 0.2 else 'FAIL'}")
    return 0 if ratio <= 2 and extra <= 0.2 else 1


if __name__ == "__main__":
    raise SystemExit(main())
