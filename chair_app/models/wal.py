"""Checking SQLite's write-ahead log before SQLite replays it.

SQLite treats a WAL frame whose checksum does not match as the end of the log and, once the last
connection closes, folds what came before into the file and deletes the log: a damaged frame
silently loses every later change. So the log is checked first (https://www.sqlite.org/
fileformat.html#the_write_ahead_log): a frame of the current log (its salts match the header's)
whose checksum fails, followed by valid frames that commit, means committed changes would be
lost; so does a log that is missing or too short while the ``-shm`` index says it holds frames.
A torn last transaction (a crash while writing it: nothing after it commits) is normal, and
frames of an earlier log generation (other salts) are ignored, as SQLite ignores them.
"""

from __future__ import annotations

import struct
from pathlib import Path

from chair_app.core.language import translate

_HEADER = 32
_FRAME_HEADER = 24
_MAGIC = (0x377F0682, 0x377F0683)


def _checksum(data: bytes, s0: int, s1: int, big_endian: bool) -> tuple[int, int]:
    words = struct.unpack((">" if big_endian else "<") + f"{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def _frames_indexed(shm: Path) -> int:
    """How many frames the ``-shm`` index says the log holds (0 if it says nothing)."""
    try:
        head = shm.read_bytes()[:48]
    except OSError:
        return 0
    if len(head) < 48:
        return 0
    # The index header is in the host's byte order; isInit at byte 12, mxFrame at byte 16.
    if head[12] != 1:
        return 0
    return int(struct.unpack("=I", head[16:20])[0])


def wal_problem(database: Path) -> str:
    """Why the database's write-ahead log cannot be trusted to replay, in words ("" if it
    can, or there is none)."""
    wal = database.with_name(database.name + "-wal")
    shm = database.with_name(database.name + "-shm")
    indexed = _frames_indexed(shm)
    try:
        log = wal.read_bytes()
    except FileNotFoundError:
        if indexed:
            return translate(
                "Storage", "its write-ahead log is missing, though its index says it holds changes"
            )
        return ""
    except OSError:
        return translate("Storage", "its write-ahead log cannot be read")
    if not log:
        if indexed:
            return translate(
                "Storage", "its write-ahead log is empty, though its index says it holds changes"
            )
        return ""
    if len(log) < _HEADER:
        return translate("Storage", "its write-ahead log is cut short")
    magic, _version, page_size, _seq, salt1, salt2, c0, c1 = struct.unpack(">8I", log[:_HEADER])
    if magic not in _MAGIC:
        return translate("Storage", "its write-ahead log is damaged (its header is not a log's)")
    big_endian = magic == _MAGIC[1]
    if _checksum(log[:24], 0, 0, big_endian) != (c0, c1):
        return translate("Storage", "its write-ahead log is damaged (its header fails its check)")
    frame_size = _FRAME_HEADER + page_size
    if indexed and len(log) < _HEADER + indexed * frame_size:
        return translate("Storage", "its write-ahead log is shorter than its index says")
    s0, s1 = c0, c1
    damaged_at = 0
    offset = _HEADER
    number = 0
    while offset + frame_size <= len(log):
        number += 1
        header = log[offset : offset + _FRAME_HEADER]
        _page, commit, f_salt1, f_salt2, f0, f1 = struct.unpack(">6I", header)
        if (f_salt1, f_salt2) != (salt1, salt2):
            break  # an earlier generation's frames: not part of this log
        page = log[offset + _FRAME_HEADER : offset + frame_size]
        s0, s1 = _checksum(header[:8], s0, s1, big_endian)
        s0, s1 = _checksum(page, s0, s1, big_endian)
        if (s0, s1) != (f0, f1):
            if not damaged_at:
                damaged_at = number
            s0, s1 = f0, f1  # go on from what was written, to see whether anything commits
        elif damaged_at and commit:
            return translate(
                "Storage",
                "its write-ahead log is damaged (frame {frame} fails its check, and "
                "changes saved after it would be lost)",
            ).format(frame=damaged_at)
        offset += frame_size
    return ""
