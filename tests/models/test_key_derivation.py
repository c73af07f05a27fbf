"""The data file's key is worked out from the passphrase once per file and process (SQLCipher's
own PBKDF2 takes a large part of a second), and connections get it as SQLCipher's raw key with
the file's salt. Files stay ordinary SQLCipher 4 files: they open with the plain passphrase in
any SQLCipher tool, and files made that way open in Chair. Only fictional people."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from chair_app.core.errors import WrongPassphrase
from chair_app.models import keys
from chair_app.models.db import DATABASE_FILE_NAME, connect, open_database

PASSPHRASE = "plum orchard 'lantern' é"  # a quote and a non-ASCII letter, as SQL and as bytes


def _sqlcipher_with_passphrase(path: Path, passphrase: str) -> sqlcipher.Connection:
    """A connection as any SQLCipher tool makes one: the passphrase, and SQLCipher's own KDF."""
    connection = sqlcipher.connect(str(path))
    connection.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
    return connection


@pytest.fixture
def derivations(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """The salts the key was derived for, in this test (none remembered from before it)."""
    keys.forget_keys()
    salts: list[bytes] = []
    real = keys.derive_key

    def counting(passphrase: str, salt: bytes, rounds: int | None = None) -> bytes:
        salts.append(salt)
        return real(passphrase, salt, rounds)

    monkeypatch.setattr(keys, "derive_key", counting)
    yield salts
    keys.forget_keys()


def test_a_file_chair_makes_opens_with_the_passphrase_in_any_sqlcipher_tool(
    data_dir: Path,
) -> None:
    path = data_dir / DATABASE_FILE_NAME
    open_database(path, PASSPHRASE).dispose()
    other = _sqlcipher_with_passphrase(path, PASSPHRASE)
    try:
        tables = {row[0] for row in other.execute("SELECT name FROM sqlite_master")}
    finally:
        other.close()
    assert "alembic_version" in tables and "family" in tables


def test_a_file_sqlcipher_made_with_the_passphrase_opens_in_chair(data_dir: Path) -> None:
    path = data_dir / "made-elsewhere.sqlite3"
    made = _sqlcipher_with_passphrase(path, PASSPHRASE)
    made.execute("CREATE TABLE notes (text TEXT)")
    made.execute("INSERT INTO notes VALUES ('Fictional note')")
    made.commit()
    made.close()
    connection = connect(path, PASSPHRASE, read_only=True)
    try:
        assert connection.execute("SELECT text FROM notes").fetchall() == [("Fictional note",)]
    finally:
        connection.close()


def test_the_key_is_worked_out_once_however_many_connections_open(
    data_dir: Path, derivations: list[bytes]
) -> None:
    path = data_dir / DATABASE_FILE_NAME
    engine = open_database(path, PASSPHRASE)
    engine.dispose()  # every connection closed: the next ones are new
    engine = open_database(path, PASSPHRASE)
    with engine.connect(), engine.connect():  # two at once: two connections
        pass
    connect(path, PASSPHRASE, read_only=True).close()
    engine.dispose()
    assert derivations == [path.read_bytes()[:16]]  # the file's salt, once


def test_each_file_has_its_own_salt(data_dir: Path, derivations: list[bytes]) -> None:
    first, second = data_dir / "one.sqlite3", data_dir / "two.sqlite3"
    open_database(first, PASSPHRASE).dispose()
    open_database(second, PASSPHRASE).dispose()
    assert first.read_bytes()[:16] != second.read_bytes()[:16]
    assert len(derivations) == 2


def test_a_wrong_passphrase_is_still_refused_in_plain_words(data_dir: Path) -> None:
    path = data_dir / DATABASE_FILE_NAME
    open_database(path, PASSPHRASE).dispose()
    before = path.read_bytes()
    with pytest.raises(WrongPassphrase, match="That passphrase does not open the data"):
        open_database(path, "not the passphrase")
    with pytest.raises(WrongPassphrase):  # and again: a refused key is never remembered
        open_database(path, "not the passphrase")
    assert path.read_bytes() == before


def test_neither_the_passphrase_nor_the_key_is_logged(
    data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    path = data_dir / DATABASE_FILE_NAME
    open_database(path, PASSPHRASE).dispose()
    key = keys.derive_key(PASSPHRASE, path.read_bytes()[:16]).hex()
    assert PASSPHRASE not in caplog.text and key not in caplog.text.lower()
    assert not any(key.encode() in p.read_bytes().lower() for p in data_dir.rglob("*") if p.is_file())


def test_changing_the_passphrase_forgets_the_keys_worked_out_before(data_dir: Path) -> None:
    from chair_app.services.storage import open_store

    store = open_store(data_dir, PASSPHRASE)
    old_salt = (data_dir / DATABASE_FILE_NAME).read_bytes()[:16]
    assert keys.holds_key(PASSPHRASE, old_salt)
    store.change_passphrase(PASSPHRASE, "a new passphrase")
    store.close()
    new_salt = (data_dir / DATABASE_FILE_NAME).read_bytes()[:16]
    assert not keys.holds_key(PASSPHRASE, old_salt)
    assert keys.holds_key("a new passphrase", new_salt)


def test_a_key_worked_out_ahead_is_used_not_worked_out_again(
    data_dir: Path, derivations: list[bytes]
) -> None:
    path = data_dir / DATABASE_FILE_NAME
    open_database(path, PASSPHRASE).dispose()
    keys.forget_keys()
    derivations.clear()
    keys.derive_ahead(path, PASSPHRASE)  # as start-up does for the demo, on a thread
    engine = open_database(path, PASSPHRASE)  # waits for that key if it is not ready yet
    engine.dispose()
    assert derivations == [path.read_bytes()[:16]]


def test_the_key_from_sqlcipher_s_own_openssl_is_pbkdf2_hmac_sha512() -> None:
    # Start-up works the key out with the OpenSSL inside SQLCipher's library (no second copy
    # of OpenSSL loaded): the same bytes hashlib gives, for any passphrase and salt.
    import hashlib

    pbkdf2 = keys.sqlcipher_pbkdf2()
    assert pbkdf2 is not None, "this sqlcipher3 build does not export PBKDF2"
    for secret, salt in ((PASSPHRASE.encode(), bytes(range(16))), (b"a\x00b", b"\xff" * 16)):
        assert pbkdf2(secret, salt, 1000) == hashlib.pbkdf2_hmac("sha512", secret, salt, 1000, 32)
