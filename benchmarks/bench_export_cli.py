"""Whole-process export against LibreOffice: `chair-app export` of the demo's closed meeting, to
DOCX and to PDF, paired with LibreOffice converting the same minutes' DOCX to PDF.

Run from the repository root:

    .venv/bin/python benchmarks/bench_export_cli.py

Each round runs the three commands one after another, so the machine's load is shared alike;
the medians of five rounds are compared. LibreOffice gets a profile folder of its own, made by a
first conversion that is not timed (its first start builds the profile). Without LibreOffice
(``soffice`` not on the PATH) only Chair's times are printed.

Target: Chair's export, to either format, in at most half the wall time of LibreOffice.
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5
TARGET_RATIO = 0.5
_ROOT = Path(__file__).resolve().parents[1]


def _chair_command() -> list[str]:
    installed = Path(sys.executable).parent / "chair-app"
    return [str(installed)] if installed.exists() else [sys.executable, "-m", "chair_app"]


def _timed(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak memory (MiB) of one process."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{process.stderr.read().decode()}")
    process.stderr.close()
    return elapsed, usage.ru_maxrss / 1024


def _closed_meeting(data: Path) -> str:
    listing = subprocess.run(
        [*_chair_command(), "list", "--data-dir", str(data)],
        check=True, capture_output=True, text=True,
    ).stdout
    found = re.search(r"Meeting (\d+): .*, closed", listing)
    if found is None:
        raise SystemExit("the demo has no closed meeting")
    return found.group(1)


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="chair-bench-export-"))
    try:
        data = work / "demo"
        subprocess.run(
            [*_chair_command(), "demo", "--data-dir", str(data)], check=True, capture_output=True
        )
        meeting = _closed_meeting(data)
        docx = work / "minutes.docx"

        def chair(fmt: str) -> list[str]:
            out = work / f"chair.{fmt}"
            return [*_chair_command(), "export", meeting, "--data-dir", str(data),
                    "--format", fmt, "--output", str(out), "--overwrite"]

        subprocess.run([*chair("docx")[:-2], str(docx)], check=True, capture_output=True)
        soffice = shutil.which("soffice")
        libreoffice = None
        if soffice is not None:
            profile = (work / "lo-profile").as_uri()
            libreoffice = [soffice, f"-env:UserInstallation={profile}", "--headless",
                           "--convert-to", "pdf", "--outdir", str(work / "lo"), str(docx)]
            subprocess.run(libreoffice, check=True, capture_output=True)  # builds the profile
        else:
            print("LibreOffice (soffice) is not installed: the comparison is skipped.")

        times: dict[str, list[tuple[float, float]]] = {"docx": [], "pdf": [], "libreoffice": []}
        for _ in range(RUNS):
            times["docx"].append(_timed(chair("docx")))
            times["pdf"].append(_timed(chair("pdf")))
            if libreoffice is not None:
                times["libreoffice"].append(_timed(libreoffice))

        medians = {
            name: (statistics.median(t for t, _ in runs), statistics.median(m for _, m in runs))
            for name, runs in times.items() if runs
        }
        print(f"Whole-process medians of {RUNS} paired rounds (wall s, peak MiB):")
        labels = {"docx": "chair-app export --format docx", "pdf": "chair-app export --format pdf",
                  "libreoffice": "LibreOffice DOCX -> PDF"}
        for name, (seconds, mib) in medians.items():
            print(f"  {labels[name]:<32} {seconds:6.3f} s  {mib:6.0f} MiB")
        if "libreoffice" not in medians:
            return 0
        reference = medians["libreoffice"][0]
        met = True
        for fmt in ("docx", "pdf"):
            ratio = medians[fmt][0] / reference
            ok = ratio <= TARGET_RATIO
            met &= ok
            print(f"  {fmt}: {ratio:.2f}x LibreOffice's time (target <= {TARGET_RATIO}x): "
                  f"{'met' if ok else 'NOT met'}")
        return 0 if met else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
