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
    light = sorted(set(sys.modules) & set(sys.argv[3].split(",")))
    print("also imported: " + ",".join(light), flush=True)

MainWindow.show_first_screen = show_and_report
from chair_app.cli import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""

# Not needed to show the families either, and each a few MiB of the first screen's memory:
# hashlib's OpenSSL (the key is worked out with the copy SQLCipher carries), the thread pool
# that opens the rest (started once the families are painted), the standard sqlite3 (for plain
# files only), secrets (for a new file's salt only).
NOT_YET = ("_hashlib", "concurrent.futures", "_sqlite3", "secrets")


@pytest.fixture(scope="module")
def first_screen_lines(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """What a fresh Chair process printed when it showed the demo folder's families."""
    from chair_app.services.demo import ensure_demo_family
    from chair_app.services.storage import DEMO_PASSPHRASE, open_store, prepare_demo_folder

    folder = tmp_path_factory.mktemp("first_screen") / "demo"
    prepare_demo_folder(folder)
    store = open_store(folder, DEMO_PASSPHRASE)
    ensure_demo_family(store.factory, dt.date(2026, 11, 22))
    store.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CHAIR_APP_EXIT_WHEN_SHOWN="1")
    env["PYTHONPATH"] = os.pathsep.join([str(Path(__file__).resolve().parents[1]), *sys.path])
    result = subprocess.run(
        [sys.executable, "-c", FIRST_SCREEN, str(folder), ",".join(HEAVY), ",".join(NOT_YET)],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )
    assert any(line.startswith("imported: ") for line in result.stdout.splitlines()), (
        result.stderr[-2000:]
    )
    return result.stdout.splitlines()


def _line(lines: list[str], start: str) -> str:
    found = [line for line in lines if line.startswith(start)]
    assert found, f"no line starting {start!r} in {lines}"
    return found[0]


@pytest.mark.slow
def test_the_families_show_before_any_heavy_library_is_imported(
    first_screen_lines: list[str],
) -> None:
    line = _line(first_screen_lines, "imported: ")
    assert line == "imported: ", f"loaded before the families were shown: {line}"


@pytest.mark.slow
def test_the_families_show_without_what_only_later_steps_need(
    first_screen_lines: list[str],
) -> None:
    line = _line(first_screen_lines, "also imported: ")
    assert line == "also imported: ", f"loaded before the families were shown: {line}"

