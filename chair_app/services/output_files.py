"""Files the app writes for the user (exports, records): where they may go, and writing them
whole or not at all.

An output path must name a regular file (to replace) or a new name in an existing folder:
never a device (/dev/null, /dev/full), a pipe or a folder, even when replacing is allowed.
Files are written to a temporary file beside the final one (``.<name>.<random>.part``),
flushed to disk and renamed over it, so a failure leaves neither a half-written file nor the
temporary one. A temporary file left by a crash is removed the next time the data folder is
opened (services.storage), when it lies in the data folder.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path

TEMP_SUFFIX = ".part"
# The names tempfile.mkstemp gives with the prefix "." + a name + "." and TEMP_SUFFIX.
TEMP_NAME = re.compile(r"\..+\.[a-z0-9_]{8}" + re.escape(TEMP_SUFFIX))


# A file name is at most 255 bytes on the usual file systems (ext4, APFS; NTFS counts 255 UTF-16
# units). A stem is kept to this many UTF-8 bytes, leaving room for the temporary name written
# first (".<stem>.<8 random>.part") and the extension.
STEM_BYTES = 200
# Errors by which a file system refuses a name itself (not the folder, not the disk).
_NAME_REFUSED = frozenset({errno.EILSEQ, errno.EINVAL, errno.ENAMETOOLONG})


class OutputRefused(Exception):
    """The output path cannot be written: the message says why, for the user."""


def output_problem(path: Path) -> str:
    """Why a file cannot be written at path ("" when it can): it names a folder, a device or a
    pipe, or its folder is not a folder. Whether an existing file may be replaced is the
    caller's question."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return ""
    except NotADirectoryError:
        return f"{path.parent} is not a folder."
    except OSError as error:
        return f"{path} cannot be checked: {error.strerror}."
    if stat.S_ISDIR(mode):
        return f"{path} is a folder, not a file. Give the name of the file to write."
    if not stat.S_ISREG(mode):
        return (
            f"{path} is not a regular file (it is a device or a pipe). Give the name of a new "
            "file, or of a file to replace."
        )
    return ""


def check_output(path: Path) -> None:
    """Raises OutputRefused when output_problem finds one."""
    problem = output_problem(path)
    if problem:
        raise OutputRefused(problem)


def temporary_beside(path: Path) -> Path:
    """A new, empty temporary file in path's folder, named for the app's clean-up.

    Raises:
        OSError: the folder is missing or cannot be written.
    """
    handle, name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=TEMP_SUFFIX, dir=path.parent)
    os.close(handle)
    return Path(name)


def write_bytes_atomically(path: Path, data: bytes) -> Path:
    """Write data to path whole or not at all: a temporary file beside it, flushed to disk,
    then renamed over it.

    Raises:
        OutputRefused: path names a folder, a device or a pipe.
        OSError: the folder is missing or cannot be written, or the disk is full (no file is
            left behind).
    """
    check_output(path)
    temporary = temporary_beside(path)
    try:
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        check_output(path)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return path


def sync_to_disk(path: Path) -> None:
    """fsync a file or a folder (a folder after a rename in it, so the rename survives a power
    cut)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def stem_within_bytes(stem: str, limit: int = STEM_BYTES) -> str:
    """The stem, NFC, cut to at most ``limit`` UTF-8 bytes between whole letters: never between
    a consonant and its vowel sign or virama, nor inside a joined pair (Chinese and Indic letters
    take three bytes each)."""
    stem = unicodedata.normalize("NFC", stem)
    if len(stem.encode()) <= limit:
        return stem
    cut = len(stem.encode()[:limit].decode(errors="ignore"))
    while cut > 0 and (
        unicodedata.category(stem[cut]) in ("Mn", "Mc", "Me")
        or stem[cut - 1] in "\u200c\u200d" or unicodedata.name(stem[cut - 1], "").endswith(
            "SIGN VIRAMA")
    ):
        cut -= 1
    return stem[:cut].rstrip(" .-")


def _file_system_takes(folder: Path, name: str) -> bool:
    """Whether the folder's file system takes a file of this name (its letters and length): a
    file of that name with a temporary prefix is made and removed. A folder that cannot be
    written at all counts as taking it (the export then says why it cannot write)."""
    try:
        encoded = os.fsencode(name)
    except UnicodeEncodeError:
        return False
    if len(encoded) > 255 - len(".probe."):
        return False
    probe = folder / f".probe.{name}"
    try:
        handle = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return True
    except OSError as error:
        return error.errno not in _NAME_REFUSED
    os.close(handle)
    probe.unlink(missing_ok=True)
    return True


def fitting_stem(folder: Path, stem: str, suffix: str, fallback: Callable[[], str]) -> str:
    """A file name stem the folder's file system takes: the stem with every script's letters
    kept (cut to ``STEM_BYTES``), or, when the file system refuses those letters (a memory
    stick formatted with an old code page, say), ``fallback()`` (e.g. the family's number; never
    a transliteration of a name) in plain ASCII."""
    stem = stem_within_bytes(stem)
    if stem.isascii() or _file_system_takes(folder, stem + suffix):
        return stem
    plain = unicodedata.normalize("NFKD", fallback())
    return "".join(ch for ch in plain if ch.isascii()) or "minutes"
