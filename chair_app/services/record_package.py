"""The encrypted package: a meeting record (its JSON) sealed with a passphrase, to carry on a
memory stick or send by email.

One file, ``*.chairpkg``. Without the passphrase it reveals its format version and nothing else
of the record (not even whose it is). Layout, all integers big-endian:

    magic        8 bytes   b"CHAIRPKG"
    version      2 bytes   the package format (2; format 1 is still read)
    kdf          1 byte    1 = Argon2id
    iterations   4 bytes   Argon2id time cost
    memory_kib   4 bytes   Argon2id memory cost
    lanes        1 byte    Argon2id parallelism
    salt        16 bytes   random per package
    nonce       12 bytes   random per package
    check       16 bytes   HMAC-SHA256 of the header so far under the check key, truncated:
                           tells a wrong passphrase from a damaged file
    length       8 bytes   length of the sealed part
    digest      16 bytes   SHA-256 of the header so far, truncated (format 2 on): tells a
                           damaged header from a wrong passphrase
    sealed       n bytes   AES-256-GCM of the zlib-compressed JSON (16-byte tag at the end);
                           the whole header is its associated data, so no byte of it can change

Argon2id (64 MiB, 3 passes, 4 lanes; about 0.15 s) derives 64 bytes from the passphrase: the
first 32 are the AES key, the last 32 the check key.

A package asking for more than twice that work, or larger than (or unpacking to more than) the
largest record (services.record_limits), is refused before the work is done (PackageBeyondLimits).

A changed byte anywhere in the header is reported as damage, before any key is derived: the
digest does not depend on the passphrase. (Both keys come from the passphrase and the salt, so
in format 1, which has no digest, a changed salt, nonce or check failed the check exactly as a
wrong passphrase does.) The digest is not a seal: someone crafting a file can recompute it. The
seal, whose associated data is the whole header, is what protects the contents.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

from chair_app.core.language import translate
from chair_app.services.record_limits import MAX_RECORD_BYTES, megabytes

PACKAGE_SUFFIX = ".chairpkg"
MAGIC = b"CHAIRPKG"
PACKAGE_VERSION = 2
_KDF_ARGON2ID = 1
_ITERATIONS = 3
_MEMORY_KIB = 64 * 1024
_LANES = 4
_PREFIX = struct.Struct(">8sH")  # magic, version
_PARAMS = struct.Struct(">BIIB16s12s")  # kdf, iterations, memory, lanes, salt, nonce
_CHECK_SIZE = 16
_LENGTH = struct.Struct(">Q")
_DIGEST_SIZE = 16
_HEADER_SIZE_1 = _PREFIX.size + _PARAMS.size + _CHECK_SIZE + _LENGTH.size
_HEADER_SIZE = _HEADER_SIZE_1 + _DIGEST_SIZE
# A package asking for more Argon2 work than twice what Chair writes is refused before the work
# is done: a crafted file must not hold the laptop for minutes or take all its memory.
_MAX_MEMORY_KIB = 2 * _MEMORY_KIB
_MAX_ITERATIONS = 2 * _ITERATIONS
_MAX_LANES = 2 * _LANES
_CHUNK = 1024 * 1024


class PackageError(Exception):
    """A package that cannot be opened; the message is for the user. Nothing was changed."""


class NotAPackage(PackageError):
    pass


class NewerPackage(PackageError):
    pass


class TruncatedPackage(PackageError):
    pass


class WrongPackagePassphrase(PackageError):
    pass


class DamagedPackage(PackageError):
    pass


class PackageBeyondLimits(PackageError):
    """The package asks for more work to open, or unpacks to more, than any Chair writes."""


@dataclass(frozen=True)
class _Header:
    version: int
    iterations: int
    memory_kib: int
    lanes: int
    salt: bytes
    nonce: bytes
    check: bytes
    length: int
    raw: bytes  # the header bytes, authenticated with the sealed part


def _derive(passphrase: str, salt: bytes, iterations: int, memory_kib: int, lanes: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    return Argon2id(
        salt=salt, length=64, iterations=iterations, lanes=lanes, memory_cost=memory_kib
    ).derive(passphrase.encode("utf-8", "surrogatepass"))


def _check_value(check_key: bytes, header_start: bytes) -> bytes:
    return hmac.new(check_key, header_start, hashlib.sha256).digest()[:_CHECK_SIZE]


def _digest(header_start: bytes) -> bytes:
    return hashlib.sha256(header_start).digest()[:_DIGEST_SIZE]


def _header_size(version: int) -> int:
    return _HEADER_SIZE_1 if version == 1 else _HEADER_SIZE


def seal(data: bytes, passphrase: str) -> bytes:
    """The package's bytes for ``data`` under the passphrase."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not passphrase:
        raise ValueError("A package needs a passphrase.")
    salt, nonce = os.urandom(16), os.urandom(12)
    keys = _derive(passphrase, salt, _ITERATIONS, _MEMORY_KIB, _LANES)
    start = _PREFIX.pack(MAGIC, PACKAGE_VERSION) + _PARAMS.pack(
        _KDF_ARGON2ID, _ITERATIONS, _MEMORY_KIB, _LANES, salt, nonce
    )
    compressed = zlib.compress(data, 9)
    sealed_length = len(compressed) + 16  # AES-GCM appends its 16-byte tag
    header = start + _check_value(keys[32:], start) + _LENGTH.pack(sealed_length)
    header += _digest(header)
    return header + AESGCM(keys[:32]).encrypt(nonce, compressed, header)


def write_package(data: bytes, path: Path, passphrase: str) -> Path:
    """Write the package atomically: a temporary file beside it, renamed once complete.

    Raises:
        OSError: the folder is missing or cannot be written (no file is left behind).
    """
    sealed = seal(data, passphrase)
    temporary = path.with_name(f".{path.name}.partial")
    fd = os.open(temporary, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(sealed)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return path


def _read_header(blob: bytes, name: str) -> _Header:
    if len(blob) < _PREFIX.size or blob[: len(MAGIC)] != MAGIC:
        raise NotAPackage(
            translate("RecordPackage", "{name} is not a Chair record package.").format(name=name)
        )
    _magic, version = _PREFIX.unpack_from(blob)
    if version > PACKAGE_VERSION:
        raise NewerPackage(
            translate(
                "RecordPackage",
                "{name} was made by a newer version of Chair (package format {version}; this "
                "version reads format {known}). Open it with the newer version.",
            ).format(name=name, version=version, known=PACKAGE_VERSION)
        )
    size = _header_size(version)
    if len(blob) < size:
        raise TruncatedPackage(_cut_short(name))
    if version >= 2 and not hmac.compare_digest(
        _digest(blob[:_HEADER_SIZE_1]), blob[_HEADER_SIZE_1:size]
    ):
        raise DamagedPackage(
            translate(
                "RecordPackage",
                "{name} is damaged: its header has been changed since it was made, so it cannot "
                "be opened. Ask the person who sent it for a fresh copy.",
            ).format(name=name)
        )
    kdf, iterations, memory_kib, lanes, salt, nonce = _PARAMS.unpack_from(blob, _PREFIX.size)
    offset = _PREFIX.size + _PARAMS.size
    check = blob[offset : offset + _CHECK_SIZE]
    (length,) = _LENGTH.unpack_from(blob, offset + _CHECK_SIZE)
    if kdf != _KDF_ARGON2ID or iterations < 1 or lanes < 1 or memory_kib < 8 * lanes:
        raise DamagedPackage(
            translate("RecordPackage", "{name} is damaged: its header is not one Chair writes.")
            .format(name=name)
        )
    if iterations > _MAX_ITERATIONS or memory_kib > _MAX_MEMORY_KIB or lanes > _MAX_LANES:
        raise PackageBeyondLimits(
            translate(
                "RecordPackage",
                "{name} asks for more work to open than Chair ever writes (Argon2id "
                "{iterations} passes, {memory} MiB, {lanes} lanes; Chair writes "
                "{our_iterations} passes, {our_memory} MiB, {our_lanes} lanes). It was not "
                "opened.",
            ).format(
                name=name,
                iterations=iterations,
                memory=memory_kib // 1024,
                lanes=lanes,
                our_iterations=_ITERATIONS,
                our_memory=_MEMORY_KIB // 1024,
                our_lanes=_LANES,
            )
        )
    return _Header(
        version, iterations, memory_kib, lanes, salt, nonce, check, length, blob[:size]
    )


def package_version(path: Path) -> int:
    """The format version, readable without the passphrase.

    Raises:
        NotAPackage: the file is not a package.
    """
    with path.open("rb") as handle:
        blob = handle.read(_PREFIX.size)
    if len(blob) < _PREFIX.size or blob[: len(MAGIC)] != MAGIC:
        raise NotAPackage(
            translate("RecordPackage", "{name} is not a Chair record package.").format(
                name=path.name
            )
        )
    return _PREFIX.unpack(blob)[1]


def open_package(
    blob: bytes, passphrase: str, name: str | None = None, max_bytes: int = MAX_RECORD_BYTES
) -> bytes:
    """The record's bytes from a package.

    Raises:
        NotAPackage, NewerPackage, TruncatedPackage, WrongPackagePassphrase, DamagedPackage,
            PackageBeyondLimits (more Argon2 work than Chair writes, or unpacks too large).
    """
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if name is None:
        name = translate("RecordPackage", "The package")
    header = _read_header(blob, name)
    sealed = blob[len(header.raw) :]
    keys = _derive(passphrase, header.salt, header.iterations, header.memory_kib, header.lanes)
    start = header.raw[: _PREFIX.size + _PARAMS.size]
    if not hmac.compare_digest(_check_value(keys[32:], start), header.check):
        raise WrongPackagePassphrase(
            translate(
                "RecordPackage",
                "That passphrase does not open {name}. Check it with the person who sent it.",
            ).format(name=name)
        )
    if len(sealed) < header.length:
        raise TruncatedPackage(_cut_short(name))
    if len(sealed) > header.length:
        raise DamagedPackage(
            translate(
                "RecordPackage", "{name} is damaged: it has bytes after the end of the package."
            ).format(name=name)
        )
    try:
        compressed = AESGCM(keys[:32]).decrypt(header.nonce, sealed, header.raw)
    except InvalidTag as error:
        raise DamagedPackage(
            translate("RecordPackage", "{name} is damaged: its contents do not match its seal.")
            .format(name=name)
        ) from error
    return _decompress(compressed, name, max_bytes)


def _decompress(compressed: bytes, name: str, max_bytes: int) -> bytes:
    """Unpack, stopping as soon as the record would be larger than ``max_bytes`` (a small
    package can unpack to gigabytes)."""
    unpacker = zlib.decompressobj()
    parts: list[bytes] = []
    size = 0
    pending = compressed
    try:
        while True:
            part = unpacker.decompress(pending, _CHUNK)
            size += len(part)
            if size > max_bytes:
                raise PackageBeyondLimits(
                    translate(
                        "RecordPackage",
                        "{name} unpacks to more than {size}, the largest record "
                        "this laptop imports (File > Settings). It was not opened.",
                    ).format(name=name, size=megabytes(max_bytes))
                )
            parts.append(part)
            pending = unpacker.unconsumed_tail
            if not pending and (unpacker.eof or not part):
                break
        if not unpacker.eof:
            raise zlib.error("incomplete stream")
    except zlib.error as error:
        raise DamagedPackage(
            translate("RecordPackage", "{name} is damaged: its contents cannot be unpacked.")
            .format(name=name)
        ) from error
    return b"".join(parts)


def read_package(path: Path, passphrase: str, max_bytes: int = MAX_RECORD_BYTES) -> bytes:
    """The record's bytes from the package file (see ``open_package``).

    Raises:
        OSError: the file cannot be read.
        PackageBeyondLimits: the file is larger than any package Chair writes.
    """
    too_large = PackageBeyondLimits(
        translate(
            "RecordPackage",
            "{name} is larger than {size}, the largest record this laptop "
            "imports (File > Settings). It was not opened.",
        ).format(name=path.name, size=megabytes(max_bytes))
    )
    # The sealed part is compressed: a package larger than the largest record holds more than
    # that record. Read no more than that (and a header).
    limit = _HEADER_SIZE + max_bytes
    with path.open("rb") as handle:
        if path.is_file() and path.stat().st_size > limit:
            raise too_large
        blob = handle.read(limit + 1)
    if len(blob) > limit:
        raise too_large
    return open_package(blob, passphrase, path.name, max_bytes)


def is_package(path: Path) -> bool:
    try:
        package_version(path)
    except (OSError, NotAPackage):
        return False
    return True


def _cut_short(name: str) -> str:
    return translate("RecordPackage", "{name} is cut short: it is not the whole package.").format(
        name=name
    )
