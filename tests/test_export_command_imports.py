"""``chair-app export`` loads only what the export needs: a DOCX without reportlab, a PDF without
python-docx, and neither with the window, the chart library (the closed meeting's chart is
kept), signing (the demo's minutes are not agreed), checking files, calendars, migrations
(the file is up to date) or Office encryption (not asked for). Each costs the command time.
A fresh process, as a chair runs it: imports made by other tests would hide them here."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

NEVER = (
    "PySide6", "shiboken6", "matplotlib", "numpy", "pyhanko", "jsonschema", "holidays",
    "icalendar", "alembic", "msoffcrypto",
)
NOT_FOR = {"docx": ("reportlab", "PIL"), "pdf": ("docx",)}

EXPORT = """
import sys
from chair_app.cli import main

status = main(sys.argv[1:-1])
loaded = sorted({name.split(".")[0] for name in sys.modules} & set(sys.argv[-1].split(",")))
print("imported: " + ",".join(loaded), flush=True)
sys.exit(status)
"""


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    from chair_app.core.domain import MeetingStatus
    from chair_app.services.demo import create_demo_family
    from chair_app.services.families import FamilyService
    from chair_app.services.minutes import MinutesService
    from chair_app.services.storage import DEMO_PASSPHRASE, open_store, prepare_demo_folder

    folder = tmp_path_factory.mktemp("export-imports") / "demo"
    prepare_demo_folder(folder)
    store = open_store(folder, DEMO_PASSPHRASE)
    family_id = create_demo_family(store.factory, dt.date(2026, 11, 22))
    meetings = FamilyService(store.factory).get_family(family_id).meetings
    meeting_id = next(m.id for m in meetings if m.status is MeetingStatus.CLOSED)
    # Exported once in this process: the chart is kept with the meeting, as after its first export.
    from chair_app.services.export_minutes import ExportFormat

    MinutesService(store.factory).export(
        meeting_id, ExportFormat.PDF, folder.parent / "first.pdf", today=dt.date(2026, 11, 22)
    )
    store.close()
    return folder, meeting_id


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_the_export_command_imports_only_what_its_format_needs(
    demo_folder: tuple[Path, int], fmt: str
) -> None:
    folder, meeting_id = demo_folder
    output = folder.parent / f"minutes.{fmt}"
    heavy = (*NEVER, *NOT_FOR[fmt])
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(Path(__file__).resolve().parents[1]), *sys.path])
    result = subprocess.run(
        [sys.executable, "-c", EXPORT, "export", str(meeting_id), "--data-dir", str(folder),
         "--format", fmt, "--output", str(output), "--overwrite", ",".join(heavy)],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert output.stat().st_size > 0
    lines = [line for line in result.stdout.splitlines() if line.startswith("imported: ")]
    assert lines == ["imported: "], f"the {fmt} export loaded: {lines}"
