"""The encrypted record package: it opens with its passphrase only, reveals nothing of the record
but its format version, and a wrong passphrase, a cut-short, newer, damaged or foreign file each
get their own clear message. Only fictional people."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis_budget import examples

from chair_app.services import record_package
from chair_app.services.record_limits import MAX_RECORD_BYTES
from chair_app.services.record_package import (
    MAGIC,
    PACKAGE_SUFFIX,
    PACKAGE_VERSION,
    DamagedPackage,
    NewerPackage,
    NotAPackage,
    PackageBeyondLimits,
    TruncatedPackage,
    WrongPackagePassphrase,
    is_package,
    open_package,
    package_version,
    read_package,
    seal,
    write_package,
)

PASSPHRASE = "harbour lights at dusk"
RECORD = {
    "format": "chair-meeting-record",
    "family": {"name": "Pendle-Rooke family", "children": ["Saffi Pendle-Rooke"]},
    "notes": "Nan collects Saffi on Tuesdays; the neighbour's dog was rehomed.",
    "scores": [7, 4],
}


def _record_bytes() -> bytes:
    return json.dumps(RECORD, ensure_ascii=False).encode("utf-8")


@pytest.fixture
def package(tmp_path: Path) -> Path:
    return write_package(_record_bytes(), tmp_path / f"record{PACKAGE_SUFFIX}", PASSPHRASE)


def test_the_package_opens_with_its_passphrase(package: Path) -> None:
    assert json.loads(read_package(package, PASSPHRASE)) == RECORD


def test_the_bytes_reveal_nothing_of_the_record(package: Path) -> None:
    blob = package.read_bytes()
    for text in ("Pendle", "Rooke", "Saffi", "Nan collects", "Tuesdays", "dog", "chair-meeting"):
        for encoding in ("utf-8", "utf-16-le"):
            assert text.encode(encoding) not in blob
    # What it does show: that it is a package, and its format version.
    assert blob.startswith(MAGIC)
    assert package_version(package) == PACKAGE_VERSION
    assert is_package(package)


def test_the_same_record_seals_differently_each_time() -> None:
    assert seal(_record_bytes(), PASSPHRASE) != seal(_record_bytes(), PASSPHRASE)


def test_a_wrong_passphrase_is_named_as_such(package: Path) -> None:
    with pytest.raises(WrongPackagePassphrase) as refused:
        read_package(package, "harbour lights at dawn")
    assert "passphrase does not open" in str(refused.value)


@pytest.mark.parametrize("keep", [0.9, 0.5])
def test_a_cut_short_file_is_named_as_such(package: Path, keep: float) -> None:
    blob = package.read_bytes()
    package.write_bytes(blob[: int(len(blob) * keep)])
    with pytest.raises(TruncatedPackage) as refused:
        read_package(package, PASSPHRASE)
    assert "cut short" in str(refused.value)


def test_a_header_cut_short_is_named_as_such(package: Path) -> None:
    package.write_bytes(package.read_bytes()[:30])
    with pytest.raises(TruncatedPackage):
        read_package(package, PASSPHRASE)


def test_a_file_from_a_newer_version_is_named_as_such(package: Path) -> None:
    blob = bytearray(package.read_bytes())
    struct.pack_into(">H", blob, len(MAGIC), PACKAGE_VERSION + 1)
    package.write_bytes(bytes(blob))
    with pytest.raises(NewerPackage) as refused:
        read_package(package, PASSPHRASE)
    assert "newer version of Chair" in str(refused.value)


@pytest.mark.parametrize("where", ["sealed", "tag"])
def test_a_changed_byte_is_damage(package: Path, where: str) -> None:
    blob = bytearray(package.read_bytes())
    index = -1 if where == "tag" else len(blob) - 40
    blob[index] ^= 0x01
    package.write_bytes(bytes(blob))
    with pytest.raises(DamagedPackage) as refused:
        read_package(package, PASSPHRASE)
    assert "damaged" in str(refused.value)


# Offsets in the header: magic 0-7, version 8-9, kdf 10, passes 11-14, memory 15-18, lanes 19,
# salt 20-35, nonce 36-47, check 48-63, length 64-71, digest 72-87.
@pytest.mark.parametrize(
    "offset",
    [20, 35, 40, 50, 66, 80],
    ids=["salt", "salt-end", "nonce", "check", "length", "digest"],
)
def test_a_changed_header_byte_is_damage_not_a_wrong_passphrase(
    package: Path, offset: int
) -> None:
    """A changed byte in the salt, nonce, check or length is damage to the file: the person
    who sent it is not asked for a passphrase that was right all along."""
    blob = bytearray(package.read_bytes())
    blob[offset] ^= 0x01
    package.write_bytes(bytes(blob))
    with pytest.raises(DamagedPackage, match="is damaged: its header has been changed"):
        read_package(package, PASSPHRASE)


def _package_format_1(data: bytes, passphrase: str) -> bytes:
    """A package as Chair wrote it before format 2 (no digest of the header)."""
    import os
    import zlib

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(16), os.urandom(12)
    keys = record_package._derive(passphrase, salt, 3, 64 * 1024, 4)
    start = struct.pack(">8sH", MAGIC, 1) + struct.pack(">BIIB16s12s", 1, 3, 64 * 1024, 4, salt, nonce)
    compressed = zlib.compress(data, 9)
    header = start + record_package._check_value(keys[32:], start)
    header += struct.pack(">Q", len(compressed) + 16)
    return header + AESGCM(keys[:32]).encrypt(nonce, compressed, header)


def test_a_package_of_format_1_still_opens(tmp_path: Path) -> None:
    older = tmp_path / f"older{PACKAGE_SUFFIX}"
    older.write_bytes(_package_format_1(_record_bytes(), PASSPHRASE))
    assert package_version(older) == 1
    assert json.loads(read_package(older, PASSPHRASE)) == RECORD
    with pytest.raises(WrongPackagePassphrase):
        read_package(older, "harbour lights at dawn")


def _redigest(blob: bytearray) -> None:
    """What a crafted file would do: recompute the header's digest after changing it."""
    import hashlib

    blob[72:88] = hashlib.sha256(bytes(blob[:72])).digest()[:16]


@pytest.mark.parametrize(
    ("fmt", "offset", "value"),
    [
        (">I", 11, 7),  # 7 passes: Chair writes 3
        (">I", 15, 129 * 1024),  # 129 MiB: Chair writes 64
        (">I", 15, 50 * 1024 * 1024),  # 50 GiB
        (">B", 19, 9),  # 9 lanes: Chair writes 4
    ],
)
def test_crafted_key_derivation_settings_are_refused_before_use(
    package: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, offset: int, value: int
) -> None:
    blob = bytearray(package.read_bytes())
    struct.pack_into(fmt, blob, offset, value)
    _redigest(blob)
    package.write_bytes(bytes(blob))
    monkeypatch.setattr(record_package, "_derive", lambda *a: pytest.fail("Argon2 was run"))
    with pytest.raises(
        PackageBeyondLimits, match="asks for more work to open than Chair ever writes"
    ):
        read_package(package, PASSPHRASE)


def test_settings_chair_could_not_have_written_are_damage(package: Path) -> None:
    blob = bytearray(package.read_bytes())
    struct.pack_into(">B", blob, 19, 0)  # no lanes
    _redigest(blob)
    package.write_bytes(bytes(blob))
    with pytest.raises(DamagedPackage, match="header is not one Chair writes"):
        read_package(package, PASSPHRASE)


def test_a_package_that_unpacks_beyond_the_record_limit_is_refused_while_unpacking(
    tmp_path: Path,
) -> None:
    path = write_package(b" " * (MAX_RECORD_BYTES + 1), tmp_path / "bomb.chairpkg", PASSPHRASE)
    assert path.stat().st_size < 1024 * 1024  # a small file...
    with pytest.raises(PackageBeyondLimits, match="unpacks to more than 50 MB"):
        read_package(path, PASSPHRASE)  # ...refused, not unpacked whole


def test_a_package_file_larger_than_the_record_limit_is_refused_unread(
    package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with package.open("r+b") as handle:  # sparse: the size without the disk space
        handle.truncate(MAX_RECORD_BYTES + 1024)
    monkeypatch.setattr(record_package, "_derive", lambda *a: pytest.fail("Argon2 was run"))
    with pytest.raises(PackageBeyondLimits, match="larger than 50 MB"):
        read_package(package, PASSPHRASE)


def test_a_record_just_within_the_limit_unpacks(tmp_path: Path) -> None:
    data = b" " * MAX_RECORD_BYTES
    assert read_package(write_package(data, tmp_path / "big.chairpkg", PASSPHRASE), PASSPHRASE) == data


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 a zip file", b"{\"format\": 1}"])
def test_other_files_are_not_packages(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "other.chairpkg"
    path.write_bytes(content)
    assert not is_package(path)
    with pytest.raises(NotAPackage):
        read_package(path, PASSPHRASE)


def test_a_failed_write_leaves_no_file(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_package(_record_bytes(), tmp_path / "missing" / "record.chairpkg", PASSPHRASE)
    assert not (tmp_path / "missing").exists()


def test_an_empty_passphrase_is_refused() -> None:
    with pytest.raises(ValueError):
        seal(_record_bytes(), "")


@settings(max_examples=examples(15), deadline=None)
@given(st.binary(max_size=5000), st.text(min_size=1, max_size=40))
def test_any_content_and_passphrase_round_trip(content: bytes, passphrase: str) -> None:
    # Sealed with the least Argon2id work a package may ask for (one pass, 8 KiB a lane): what
    # survives the round trip does not depend on it, and the reader takes the settings from the
    # package's header as it does for Chair's own (the tests above use those).
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(record_package, "_ITERATIONS", 1)
        patch.setattr(record_package, "_MEMORY_KIB", 8 * record_package._LANES)
        sealed = seal(content, passphrase)
    assert struct.unpack_from(">I", sealed, 11) == (1,)  # the cheap settings were written
    assert open_package(sealed, passphrase) == content
