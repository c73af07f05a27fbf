"""Which key opens a file: a key tag recorded beside the data file and beside each backup.

A tag is a random name given to a passphrase when the data is re-keyed under it (never derived
from the passphrase, so it tells nothing about it). Files with the same tag open with the same
passphrase. A backup whose tag differs from the data file's was made under an earlier
passphrase: it is not damaged. Files without a tag (made before the first change of passphrase)
are not known either way.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

from chair_app.services.output_files import sync_to_disk

logger = logging.getLogger(__name__)

TAG_SUFFIX = ".key"
_TAG = re.compile(r"[0-9a-f]{16}")


def tag_path(path: Path) -> Path:
    return path.with_name(path.name + TAG_SUFFIX)


def new_tag() -> str:
    import secrets  # loads OpenSSL: not at start-up

    return secrets.token_hex(8)


def read_tag(path: Path) -> str | None:
    """The tag recorded for the file, or None when none is (or it cannot be read)."""
    try:
        text = tag_path(path).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return text if _TAG.fullmatch(text) else None


def write_atomically(path: Path, text: str) -> None:
    """Write a small file whole or not at all: a temporary beside it, synced, renamed over it,
    and the folder synced."""
    temporary = path.with_name(f".{path.name}.partial")
    fd = os.open(temporary, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    try:
        os.write(fd, text.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(temporary, path)
    sync_to_disk(path.parent)



def write_tag(path: Path, tag: str) -> None:
    write_atomically(tag_path(path), tag + "\n")


def remove_tag(path: Path) -> None:
    try:
        tag_path(path).unlink(missing_ok=True)
    except OSError:
        logger.warning("a key tag could not be removed")


def under_other_key(path: Path, other: Path) -> bool:
    """Whether the two files are recorded as under different passphrases (both tags known)."""
    mine, theirs = read_tag(path), read_tag(other)
    return mine is not None and theirs is not None and mine != theirs
