"""SQLCipher keys, worked out once per file and process.

SQLCipher 4 derives a file's page key from the passphrase with PBKDF2-HMAC-SHA512: the
passphrase's UTF-8 bytes, the file's salt (its first 16 bytes), 256,000 rounds (SQLCipher's
default, which a process may lower: tests do), 32 bytes. That costs a large part of a second, and
SQLCipher would do it on every connection. Chair does it once per file and process and gives
connections the raw key with the salt (``x'<key><salt>'``), which SQLCipher takes as is
(https://www.zetetic.net/sqlcipher/sqlcipher-api/#key, "Raw Key Data"). The file is the same
SQLCipher 4 file either way: the passphrase opens it in any SQLCipher tool.

The keys are held in memory only, never logged or written. A key depends only on the passphrase,
the salt and the rounds, so a replaced file (a restored backup, a re-keyed copy) has another salt
and gets its own entry: none can go stale.

No SQLAlchemy here: start-up works out the demo's key on a thread while SQLAlchemy loads.
PBKDF2 is run by the OpenSSL that SQLCipher carries (the sqlcipher3 wheel links it in and
exports it) rather than hashlib's: loading hashlib's copy of OpenSSL as well costs the first
screen about 4 MiB. hashlib does it where that library does not export it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

KEY_BYTES = 32
SALT_BYTES = 16
SQLITE_HEADER = b"SQLite format 3\x00"

Entry = tuple[bytes, str, int]  # (salt, passphrase, rounds)

_keys: dict[Entry, bytes] = {}
# One lock per key being worked out, so a connection waits for a derivation under way (started
# ahead, or on another thread) instead of doing it again.
_working: dict[Entry, threading.Lock] = {}
_guard = threading.Lock()


def kdf_rounds() -> int:
    """The PBKDF2 rounds SQLCipher would use for a passphrase in this process."""
    from sqlcipher3 import dbapi2 as sqlcipher

    connection = sqlcipher.connect(":memory:")
    try:
        return int(connection.execute("PRAGMA cipher_default_kdf_iter").fetchone()[0])
    finally:
        connection.close()


Pbkdf2 = Callable[[bytes, bytes, int], bytes]  # (secret, salt, rounds) -> KEY_BYTES bytes
_pbkdf2: list[Pbkdf2] = []


def sqlcipher_pbkdf2() -> Pbkdf2 | None:
    """PBKDF2-HMAC-SHA512 from the OpenSSL inside SQLCipher's library; None when it does not
    export it. Called through ctypes, which lets go of Python's lock while it runs."""
    import ctypes

    from sqlcipher3 import _sqlite3

    try:
        library = ctypes.CDLL(_sqlite3.__file__)
        function = library.PKCS5_PBKDF2_HMAC
        sha512 = library.EVP_sha512
    except (OSError, AttributeError):
        return None
    sha512.restype = ctypes.c_void_p
    sha512.argtypes = []
    function.restype = ctypes.c_int
    function.argtypes = [
        ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_int,
        ctypes.c_void_p, ctypes.c_int, ctypes.c_char_p,
    ]

    def pbkdf2(secret: bytes, salt: bytes, rounds: int) -> bytes:
        out = ctypes.create_string_buffer(KEY_BYTES)
        if function(secret, len(secret), salt, len(salt), rounds, sha512(), KEY_BYTES, out) != 1:
            raise RuntimeError("PBKDF2 failed")
        return out.raw

    return pbkdf2


def hashlib_pbkdf2(secret: bytes, salt: bytes, rounds: int) -> bytes:
    import hashlib

    return hashlib.pbkdf2_hmac("sha512", secret, salt, rounds, KEY_BYTES)


def derive_key(passphrase: str, salt: bytes, rounds: int | None = None) -> bytes:
    """SQLCipher 4's page key for the passphrase and a file's salt (what it works out itself
    from ``PRAGMA key = 'passphrase'``)."""
    rounds = rounds or kdf_rounds()
    if not _pbkdf2:
        with _guard:
            if not _pbkdf2:
                _pbkdf2.append(sqlcipher_pbkdf2() or hashlib_pbkdf2)
    return _pbkdf2[0](passphrase.encode("utf-8"), salt, rounds)


def forget_keys() -> None:
    """Drop every key worked out so far (when the passphrase changes)."""
    with _guard:
        _keys.clear()


def holds_key(passphrase: str, salt: bytes) -> bool:
    """Whether this process holds the key for the passphrase and that salt."""
    return any(entry[:2] == (salt, passphrase) for entry in list(_keys))


def file_salt(path: Path) -> bytes | None:
    """The salt SQLCipher keeps as an encrypted file's first 16 bytes; None for a file without
    one (new or empty, or a plain SQLite file, which no key opens)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(SALT_BYTES)
    except OSError:
        return None
    if len(head) < SALT_BYTES or head == SQLITE_HEADER:
        return None
    return head


def _lock(entry: Entry) -> threading.Lock:
    with _guard:
        return _working.setdefault(entry, threading.Lock())


def key_for(path: Path, passphrase: str) -> tuple[Entry, bytes]:
    """The key to open the file with, and its entry: the file's own salt, or a new random one
    for a file with none yet (SQLCipher writes it into the file's first page)."""
    if (salt := file_salt(path)) is None:
        import secrets  # a new file's salt only

        salt = secrets.token_bytes(SALT_BYTES)
    entry = (salt, passphrase, kdf_rounds())
    with _lock(entry):
        key = _keys.get(entry)
        if key is None:
            key = derive_key(passphrase, salt, entry[2])
    return entry, key


def remember(entry: Entry, key: bytes) -> None:
    """Keep the key (once it has opened its file)."""
    with _guard:
        _keys[entry] = key
        _working.pop(entry, None)


def raw_key_pragma(key: bytes, entry: Entry) -> str:
    return f"PRAGMA key = \"x'{key.hex()}{entry[0].hex()}'\""


def derive_ahead(path: Path, passphrase: str) -> None:
    """Start working out the file's key on a thread of its own, so that opening the file later
    finds it ready (PBKDF2 runs outside Python's lock: it overlaps with loading the rest)."""
    salt = file_salt(path)
    if salt is None:
        return
    entry = (salt, passphrase, kdf_rounds())
    with _guard:
        if entry in _keys or entry in _working:
            return  # there already, or being worked out
        lock = _working[entry] = threading.Lock()
        lock.acquire()  # held until the key is there: key_for waits for it rather than redo it

    def work() -> None:
        try:
            key = derive_key(passphrase, salt, entry[2])
            with _guard:
                _keys.setdefault(entry, key)
        finally:
            lock.release()

    threading.Thread(target=work, name="chair-key", daemon=True).start()
