"""The encrypted package: a meeting record (its JSON) sealed with a passphrase, to carry on a
memory stick or send by email.

One file, ``*.chairpkg``. Without the passphrase it reveals its format version and nothing else
of the record (not even whose it is). Layout, all integers big-endian:

    magic        8 bytes   b"CHAIRPKG"
    version      2 bytes   the package format (1)
    kdf          1 byte    1 = Argon2id
    iterations   4 bytes   Argon2id time cost
    memory_kib   4 bytes   Argon2id memory cost
    lanes        1 byte    Argon2id parallelism
    salt        16 bytes   random per package
    nonce       12 bytes   random per package
    check       16 bytes   HMAC-SHA256 of the header so far under the check key, truncated:
                           tells a wrong passphrase from a damaged file
    length       8 bytes   length of the sealed part
    sealed       n bytes   AES-256-GCM of the zlib-compressed JSON (16-byte tag at the end);
                           the whole header is its associated data, so no byte of it can change

Argon2id (64 MiB, 3 passes, 4 lanes; about 0.15 s) derives 64 bytes from the passphrase: the
first 32 are the AES key, the last 32 the check key.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

PACKAGE_SUFFIX = ".chairpkg"
MAGIC = b"CHAIRPKG"
PACKAGE_VERSION = 1
_KDF_ARGON2ID = 1
_ITERATIONS = 3
_MEMORY_KIB = 64 * 1024
_LANES = 4
_PREFIX = struct.Struct(">8sH")  # magic, version
_PARAMS = struct.Struct(">BIIB16s12s")  # kdf, iterations, memory, lanes, salt, nonce
_CHECK_SIZE = 16
_LENGTH = struct.Struct(">Q")
_HEADER_SIZE = _PREFIX.size + _PARAMS.size + _CHECK_SIZE + _LENGTH.size
# Refuse absurd parameters from a crafted file before spending memory or time on them.
_MAX_MEMORY_KIB = 1024 * 1024
_MAX_ITERATIONS = 64


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
        raise NotAPackage(f"{name} is not a Chair record package.")
    _magic, version = _PREFIX.unpack_from(blob)
    if version > PACKAGE_VERSION:
        raise NewerPackage(
            f"{name} was made by a newer version of Chair (package format {version}; this "
            f"version reads format {PACKAGE_VERSION}). Open it with the newer version."
        )
    if len(blob) < _HEADER_SIZE:
        raise TruncatedPackage(f"{name} is cut short: it is not the whole package.")
    kdf, iterations, memory_kib, lanes, salt, nonce = _PARAMS.unpack_from(blob, _PREFIX.size)
    offset = _PREFIX.size + _PARAMS.size
    check = blob[offset : offset + _CHECK_SIZE]
    (length,) = _LENGTH.unpack_from(blob, offset + _CHECK_SIZE)
    if (
        kdf != _KDF_ARGON2ID
        or not 1 <= iterations <= _MAX_ITERATIONS
        or not 8 * lanes <= memory_kib <= _MAX_MEMORY_KIB
        or not 1 <= lanes <= 16
    ):
        raise DamagedPackage(f"{name} is damaged: its header is not one Chair writes.")
    return _Header(
        version, iterations, memory_kib, lanes, salt, nonce, check, length, blob[:_HEADER_SIZE]
    )


def package_version(path: Path) -> int:
    """The format version, readable without the passphrase.

    Raises:
        NotAPackage: the file is not a package.
    """
    with path.open("rb") as handle:
        blob = handle.read(_PREFIX.size)
    if len(blob) < _PREFIX.size or blob[: len(MAGIC)] != MAGIC:
        raise NotAPackage(f"{path.name} is not a Chair record package.")
    return _PREFIX.unpack(blob)[1]


def open_package(blob: bytes, passphrase: str, name: str = "The package") -> bytes:
    """The record's bytes from a package.

    Raises:
        NotAPackage, NewerPackage, TruncatedPackage, WrongPackagePassphrase, DamagedPackage.
    """
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header = _read_header(blob, name)
    sealed = blob[_HEADER_SIZE:]
    keys = _derive(passphrase, header.salt, header.iterations, header.memory_kib, header.lanes)
    start = header.raw[: _PREFIX.size + _PARAMS.size]
    if not hmac.compare_digest(_check_value(keys[32:], start), header.check):
        raise WrongPackagePassphrase(
            f"That passphrase does not open {name}. Check it with the person who sent it."
        )
    if len(sealed) < header.length:
        raise TruncatedPackage(f"{name} is cut short: it is not the whole package.")
    if len(sealed) > header.length:
        raise DamagedPackage(f"{name} is damaged: it has bytes after the end of the package.")
    try:
        compressed = AESGCM(keys[:32]).decrypt(header.nonce, sealed, header.raw)
    except InvalidTag as error:
        raise DamagedPackage(f"{name} is damaged: its contents do not match its seal.") from error
    try:
        return zlib.decompress(compressed)
    except zlib.error as error:
        raise DamagedPackage(f"{name} is damaged: its contents cannot be unpacked.") from error


def read_package(path: Path, passphrase: str) -> bytes:
    """The record's bytes from the package file (see ``open_package``).

    Raises:
        OSError: the file cannot be read.
    """
    return open_package(path.read_bytes(), passphrase, path.name)


def is_package(path: Path) -> bool:
    try:
        package_version(path)
    except (OSError, NotAPackage):
        return False
    return True
