"""Running chair-app's main() in-process, as the command-line tests do: a fixed today, every
engine a command opens disposed afterwards, the umask main() sets put back; the demo folder
they start from; and every row of every table of a folder, to prove a command changed nothing.
"""

from __future__ import annotations

import atexit
import datetime as dt
import os
import shutil
import tempfile
import types
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import TODAY

from chair_app.cli import main, startup


class FixedDate(dt.date):
    @classmethod
    def today(cls) -> dt.date:  # type: ignore[override]
        return TODAY


def in_process_cli(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """For an autouse fixture: ``yield from in_process_cli(monkeypatch)``."""
    monkeypatch.setattr(startup, "dt", types.SimpleNamespace(date=FixedDate, timedelta=dt.timedelta))
    engines = []
    real_open_store = startup.open_store

    def open_store(data_dir: Path, passphrase: str | None = None):  # type: ignore[no-untyped-def]
        factory = real_open_store(data_dir, passphrase)
        engines.append(factory.kw["bind"])
        return factory

    monkeypatch.setattr(startup, "open_store", open_store)
    old_umask = os.umask(0o077)  # read the umask (main() sets 0o077 too) ...
    os.umask(old_umask)
    try:
        yield
    finally:
        for engine in engines:
            engine.dispose()
        os.umask(old_umask)  # ... and put it back after main() changed it


_made_by_demo: list[Path] = []  # the folder this test process's first ``chair-app demo`` made


def demo_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A data folder made by ``chair-app demo``: the first in each test process is made by the
    command, and kept; later ones are copies of it (the same files, its key derivation, demo
    family and backup not made again)."""
    folder = tmp_path / "data"
    if _made_by_demo:
        shutil.copytree(_made_by_demo[0], folder)
        return folder
    assert main(["demo", "--data-dir", str(folder)]) == 0
    out = capsys.readouterr().out
    assert out == f"The demo family is in {folder.resolve()}\n"
    kept = Path(tempfile.mkdtemp(prefix="chair-demo-")) / "data"
    atexit.register(shutil.rmtree, kept.parent, True)
    shutil.copytree(folder, kept)
    _made_by_demo.append(kept)
    return folder


def every_row(folder: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table of the demo folder's data, in a stable order."""
    from row_snapshot import every_row as rows_of

    from chair_app.services.storage import DEMO_PASSPHRASE
    from chair_app.services.storage import open_store as open_data

    store = open_data(folder, DEMO_PASSPHRASE)
    try:
        return rows_of(store.factory)
    finally:
        store.close()
