"""Read-only data folders for tests. A real read-only file system: a small tmpfs mounted in the
test's folder, filled, then remounted read-only. Root ignores file permissions but not a read-only mount, so
this is what a user sees when IT makes the folder read-only. Mounting needs root (or
CAP_SYS_ADMIN); without it the test is skipped, saying why. And a folder faked read-only where
Chair looks (os.access), so that the same path is tried everywhere.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

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
