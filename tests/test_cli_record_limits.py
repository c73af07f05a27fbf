"""import-record refuses a file beyond the bounds every Chair record keeps (too large, nested too
deeply, too many items, too long a text; a package that asks for too much Argon2 work or unpacks
too large) with a message naming the bound, exit status 2, and nothing changed in the data. The
demo family is fictional."""

from __future__ import annotations

import hashlib
import json
import struct
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from cli_harness import demo_folder, every_row, in_process_cli

from chair_app.cli import main

PACKAGE_PASSPHRASE = "heron over the weir"
FIFTY_MB = 50 * 1024 * 1024


@pytest.fixture(autouse=True)
def cli(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    yield from in_process_cli(monkeypatch)


@pytest.fixture
def demo_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    return demo_folder(tmp_path, capsys)


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "package-passphrase.txt"
    path.write_text(PACKAGE_PASSPHRASE + "\n", encoding="utf-8")
    return path


def _export(demo_dir: Path, output: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> Path:
    assert main(["export-record", "2", "--output", str(output), "--data-dir", str(demo_dir), *extra]) == 0
    capsys.readouterr()
    return output


def _sparse(tmp_path: Path, _record: Path) -> Path:
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:  # the size without the disk space
        handle.write(b'{"format": "chair-meeting-record", "notes": "')
        handle.truncate(FIFTY_MB + 1)
    return path


def _nested(tmp_path: Path, _record: Path) -> Path:
    path = tmp_path / "deep.json"
    path.write_bytes(b"[" * 100_000 + b"]" * 100_000)
    return path


def _spoilt(change: Callable[[dict], None]) -> Callable[[Path, Path], Path]:
    def build(tmp_path: Path, record: Path) -> Path:
        document = json.loads(record.read_text(encoding="utf-8"))
        change(document)
        path = tmp_path / "spoilt.json"
        path.write_text(json.dumps(document), encoding="utf-8")
        return path

    return build


@pytest.mark.parametrize(
    ("build", "words"),
    [
        (_sparse, "is larger than 50 MB"),
        (_nested, "is nested too deeply"),
        (
            _spoilt(lambda r: r["meetings"][-1].__setitem__("actions", [{}] * 10_001)),
            "more than 10,000 items at $.meetings[",
        ),
        (
            _spoilt(lambda r: r["meetings"][-1].__setitem__("working_well", "Chess club. " * 20_000)),
            "working_well is longer than 200,000 characters",
        ),
    ],
    ids=["size", "nesting", "items", "text"],
)
def test_a_record_beyond_the_bounds_is_refused_naming_the_bound(
    tmp_path: Path,
    demo_dir: Path,
    capsys: pytest.CaptureFixture[str],
    build: Callable[[Path, Path], Path],
    words: str,
) -> None:
    hostile = build(tmp_path, _export(demo_dir, tmp_path / "handover.json", capsys))
    before = every_row(demo_dir)
    assert main(["import-record", str(hostile), "--data-dir", str(demo_dir)]) == 2
    err = capsys.readouterr().err
    assert words in err
    assert "Traceback" not in err and len(err) < 400
    assert every_row(demo_dir) == before


def _greedy(package: Path) -> None:
    blob = bytearray(package.read_bytes())
    struct.pack_into(">I", blob, 15, 129 * 1024)  # 129 MiB of Argon2 memory: Chair writes 64
    # Crafted, not damaged: the header's digest is made again to match.
    blob[72:88] = hashlib.sha256(bytes(blob[:72])).digest()[:16]
    package.write_bytes(bytes(blob))


def _bomb(package: Path) -> None:
    from chair_app.services.record_package import write_package

    write_package(b" " * (FIFTY_MB + 1), package, PACKAGE_PASSPHRASE)


@pytest.mark.parametrize(
    ("spoil", "words"),
    [
        (_greedy, "asks for more work to open than Chair ever writes"),
        (_bomb, "unpacks to more than 50 MB"),
    ],
    ids=["argon2", "unpacked-size"],
)
def test_a_package_beyond_the_bounds_is_refused_naming_the_bound(
    tmp_path: Path,
    demo_dir: Path,
    secret: Path,
    capsys: pytest.CaptureFixture[str],
    spoil: Callable[[Path], None],
    words: str,
) -> None:
    package = _export(
        demo_dir, tmp_path / "handover.chairpkg", capsys, "--package-passphrase-file", str(secret)
    )
    spoil(package)
    before = every_row(demo_dir)
    status = main(
        [
            "import-record",
            str(package),
            "--data-dir",
            str(demo_dir),
            "--package-passphrase-file",
            str(secret),
        ]
    )
    assert status == 2
    assert words in capsys.readouterr().err
    assert every_row(demo_dir) == before
