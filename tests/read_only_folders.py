"""Read-only data folders for tests. A real read-only file system: a small tmpfs mounted in the
test's folder, filled, then remounted read-only. Root ignores file permissions but not a read-only mount, so
this is what a user sees when IT makes the folder read-only. Mounting needs root (or
CAP_SYS_ADMIN); without it the test is skipped, saying why. And a folder faked read-only where
Chair looks (os.access), so that the same path is tried everywhere.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import hashlib
import io
import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

LOG_ONLY_FAMILY = "Quillfeather family"

_MS_RDONLY = 1
_MS_REMOUNT = 32


def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)


@contextmanager
def read_only_mount(folder: Path, fill: Callable[[Path], None]) -> Iterator[Path]:
    """Mount a tmpfs on ``folder`` (created), let ``fill`` write into it, remount it
    read-only and yield it; unmounted afterwards."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a read-only file system needs root")
    libc = _libc()
    folder.mkdir(parents=True, exist_ok=True)
    target = os.fsencode(folder)
    if libc.mount(b"tmpfs", target, b"tmpfs", 0, b"size=32m,mode=0700") != 0:
        pytest.skip(f"a tmpfs cannot be mounted here: {os.strerror(ctypes.get_errno())}")
    try:
        fill(folder)
        if libc.mount(b"tmpfs", target, b"tmpfs", _MS_REMOUNT | _MS_RDONLY, None) != 0:
            pytest.skip(f"the tmpfs cannot be made read-only: {os.strerror(ctypes.get_errno())}")
        assert not os.access(folder, os.W_OK), "the mount is still writable"
        yield folder
    finally:
        libc.umount2(target, 2)  # MNT_DETACH: gone even if a file is still open


def fake_read_only(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Chair is told, where it asks (os.access), that nothing in ``folder`` can be written."""
    real_access = os.access
    inside = folder.resolve()

    def access(path, mode, *args, **kwargs):  # type: ignore[no-untyped-def]
        resolved = Path(path).resolve()
        if mode & os.W_OK and (resolved == inside or inside in resolved.parents):
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)


def demo_with_changes_only_in_the_log(base: Path) -> tuple[Path, Path]:
    """``base/data``: the demo folder as the window leaves it when the computer stops, a family
    added since the last checkpoint still only in the write-ahead log (with its index); and
    ``base/minutes.docx``, meeting 1's minutes exported before. Made once per test module
    (it takes seconds); each test copies it."""
    from chair_app.cli import main
    from chair_app.models.db import DATABASE_FILE_NAME
    from chair_app.services.families import FamilyService
    from chair_app.services.storage import DEMO_PASSPHRASE, open_store

    live, minutes = base / "live", base / "minutes.docx"
    umask = os.umask(0o077)  # main() sets it for the process: put back below
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            assert main(["demo", "--data-dir", str(live)]) == 0
            assert main(["export", "1", "--format", "docx", "--output", str(minutes),
                         "--data-dir", str(live)]) == 0
    finally:
        os.umask(umask)
    store = open_store(live, DEMO_PASSPHRASE)
    FamilyService(store.factory).create_family(LOG_ONLY_FAMILY)
    folder = base / "data"
    shutil.copytree(live, folder, ignore=shutil.ignore_patterns("chair.lock"))
    store.close()
    for suffix in ("-wal", "-shm"):
        assert (folder / (DATABASE_FILE_NAME + suffix)).stat().st_size > 0
    return folder, minutes


def fingerprint(folder: Path) -> dict[str, tuple[str, int]]:
    """Every file in the folder and its backups folder: its SHA-256 and modification time."""
    prints = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            prints[str(path.relative_to(folder))] = (digest, path.stat().st_mtime_ns)
    return prints
