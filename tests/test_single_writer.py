"""One writer: a second copy of Chair on the same data folder is refused and changes nothing.
Only fictional data."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from chair_app.cli import main
from chair_app.models.db import DATABASE_FILE_NAME, lock_data_folder
from chair_app.services.families import FamilyService
from chair_app.services.storage import open_factory

pytestmark = pytest.mark.slow  # other processes take or are refused the lock

ROOT = Path(__file__).resolve().parent.parent
TAKE_LOCK = (
    "import sys\n"
    "from pathlib import Path\n"
    "from chair_app.models.db import lock_data_folder\n"
    "from chair_app.core.errors import StorageUnavailable\n"
    "try:\n"
    "    lock_data_folder(Path(sys.argv[1]))\n"
    "except StorageUnavailable as error:\n"
    "    print(error)\n"
    "    sys.exit(2)\n"
    "print('locked')\n"
)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], check=False, cwd=ROOT, capture_output=True, text=True, timeout=120
    )


PASSPHRASE = "correct horse battery"


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


@pytest.fixture
def stored(data_dir: Path) -> Path:
    store = open_factory(data_dir, PASSPHRASE)
    FamilyService(store).create_family("Fenwick-Arden")
    store.kw["bind"].dispose()
    return data_dir / DATABASE_FILE_NAME


def test_a_second_process_cannot_take_the_lock(stored: Path, data_dir: Path) -> None:
    lock_data_folder(data_dir)
    lock_data_folder(data_dir)  # the same process may ask again

    refused = _run("-c", TAKE_LOCK, str(data_dir))

    assert refused.returncode == 2
    assert "open in another copy of Chair" in refused.stdout
    assert str(data_dir) in refused.stdout


def test_the_lock_holds_when_its_file_is_deleted(stored: Path, data_dir: Path) -> None:
    """chair.lock deleted under a running copy: a second copy is still refused (the folder
    itself is locked too), so two windows never type over each other."""
    lock_data_folder(data_dir)
    (data_dir / "chair.lock").unlink()

    refused = _run("-c", TAKE_LOCK, str(data_dir))

    assert refused.returncode == 2, refused.stdout + refused.stderr
    assert "open in another copy of Chair" in refused.stdout


def test_the_lock_is_free_when_no_copy_holds_it(stored: Path, data_dir: Path) -> None:
    taken = _run("-c", TAKE_LOCK, str(data_dir))

    assert taken.returncode == 0, taken.stdout + taken.stderr
    assert taken.stdout.strip() == "locked"


def test_demo_is_refused_while_the_data_is_open(stored: Path, data_dir: Path) -> None:
    lock_data_folder(data_dir)
    digest = _digest(stored)
    files = sorted(p.name for p in data_dir.iterdir())

    refused = _run("-m", "chair_app", "demo", "--data-dir", str(data_dir))

    assert refused.returncode == 2
    assert "open in another copy of Chair" in refused.stderr
    assert _digest(stored) == digest
    assert sorted(p.name for p in data_dir.iterdir()) == files


def test_export_is_refused_while_the_data_is_open(
    stored: Path, data_dir: Path, tmp_path: Path
) -> None:
    lock_data_folder(data_dir)
    output = tmp_path / "minutes.docx"

    refused = _run(
        "-m",
        "chair_app",
        "export",
        "1",
        "--format",
        "docx",
        "--output",
        str(output),
        "--data-dir",
        str(data_dir),
    )

    assert refused.returncode == 2
    assert "open in another copy of Chair" in refused.stderr
    assert not output.exists()


def test_list_runs_while_the_data_is_open(
    stored: Path, data_dir: Path, passphrase_file: Path
) -> None:
    lock_data_folder(data_dir)

    listed = _run(
        "-m", "chair_app", "list", "--data-dir", str(data_dir),
        "--passphrase-file", str(passphrase_file),
    )

    assert listed.returncode == 0, listed.stderr
    assert "Fenwick-Arden" in listed.stdout


def test_demo_in_process_takes_the_lock_and_backs_up(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from chair_app.services.backup import list_backups

    assert main(["demo", "--data-dir", str(data_dir)]) == 0

    assert [backup.reason for backup in list_backups(data_dir)] == ["startup"]
    refused = _run("-c", TAKE_LOCK, str(data_dir))
    assert refused.returncode == 2


def test_the_window_says_the_data_is_open_elsewhere(qtbot, stored: Path, data_dir: Path) -> None:
    from PySide6.QtWidgets import QLabel

    from chair_app.ui.launch import open_data_into
    from chair_app.ui.main_window import MainWindow

    holder = subprocess.Popen(
        [sys.executable, "-c", TAKE_LOCK + "sys.stdout.flush()\nsys.stdin.read()\n", str(data_dir)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        digest = _digest(stored)
        window = MainWindow()
        qtbot.addWidget(window)

        assert not open_data_into(window, data_dir, demo=False)

        text = window.findChild(QLabel, "loading_label").text()
        assert "open in another copy of Chair" in text
        assert not window.restore_backup_action.isEnabled()
        assert _digest(stored) == digest
    finally:
        assert holder.stdin is not None and holder.stdout is not None
        holder.stdin.close()
        holder.wait(timeout=60)
        holder.stdout.close()
