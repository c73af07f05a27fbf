"""The first screen loads only what it needs: the families are on screen before SQLAlchemy, or
any of the libraries for exports, charts, signing, calendars or checking files, is imported
(each costs start-up time and memory). A fresh process, as a chair starts Chair: imports already made by
other tests would hide them in this one."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Not needed until a chair exports, signs, draws the chart, sends an invitation, or imports.
# SQLAlchemy and its mapping too: the families list is read with one plain DB-API query.
HEAVY = (
    "sqlalchemy", "matplotlib", "reportlab", "docx", "pyhanko", "jsonschema", "icalendar",
    "alembic", "lxml", "PIL", "numpy",
)

FIRST_SCREEN = """
import sys
from chair_app.ui.main_window import MainWindow

shown = MainWindow.show_first_screen

def show_and_report(window, families):
    shown(window, families)
    listing = window.first_screen.family_list
    assert listing.count() == 1, "families not shown"
    heavy = sorted({name.split(".")[0] for name in sys.modules} & set(sys.argv[2].split(",")))
    print("imported: " + ",".join(heavy), flush=True)

MainWindow.show_first_screen = show_and_report
from chair_app.cli import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


@pytest.mark.slow
def test_the_families_show_before_any_heavy_library_is_imported(tmp_path: Path) -> None:
    from chair_app.services.demo import ensure_demo_family
    from chair_app.services.storage import DEMO_PASSPHRASE, open_store, prepare_demo_folder

    folder = tmp_path / "demo"
    prepare_demo_folder(folder)
    store = open_store(folder, DEMO_PASSPHRASE)
    ensure_demo_family(store.factory, dt.date(2026, 11, 22))
    store.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CHAIR_APP_EXIT_WHEN_SHOWN="1")
    env["PYTHONPATH"] = os.pathsep.join([str(Path(__file__).resolve().parents[1]), *sys.path])
    result = subprocess.run(
        [sys.executable, "-c", FIRST_SCREEN, str(folder), ",".join(HEAVY)],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("imported: ")]
    assert lines, result.stderr[-2000:]
    assert lines[0] == "imported: ", f"loaded before the families were shown: {lines[0]}"
