"""export-record / import-record with an encrypted package, run as a user would: the package
round trip into an empty folder, and every package problem refused with its message, exit
status 2 and nothing changed. The demo family is fictional."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cli_harness import demo_folder, in_process_cli

from chair_app.cli import main

DATA_PASSPHRASE = "lantern by the door"
PACKAGE_PASSPHRASE = "heron over the weir"


@pytest.fixture(autouse=True)
def cli(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    yield from in_process_cli(monkeypatch)


@pytest.fixture
def demo_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    return demo_folder(tmp_path, capsys)


def _secret(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text + "\n", encoding="utf-8")
    return path


@pytest.fixture
def package_secret(tmp_path: Path) -> Path:
    return _secret(tmp_path, "package-passphrase.txt", PACKAGE_PASSPHRASE)


@pytest.fixture
def laptop(tmp_path: Path) -> list[str]:
    """The other laptop's (not yet existing) data folder, with its passphrase file."""
    secret = _secret(tmp_path, "data-passphrase.txt", DATA_PASSPHRASE)
    return ["--data-dir", str(tmp_path / "laptop"), "--passphrase-file", str(secret)]


@pytest.fixture
def package(
    demo_dir: Path, tmp_path: Path, package_secret: Path, capsys: pytest.CaptureFixture[str]
) -> Path:
    output = tmp_path / "handover.chairpkg"
    status = main(
        [
            "export-record",
            "2",
            "--output",
            str(output),
            "--package-passphrase-file",
            str(package_secret),
            "--data-dir",
            str(demo_dir),
        ]
    )
    assert status == 0
    assert "encrypted package" in capsys.readouterr().out
    return output


def _texts(value: Any) -> set[str]:
    """Every string of five or more characters in a record (names, notes, wording)."""
    found: set[str] = set()
    if isinstance(value, dict):
        for key, item in value.items():
            if key not in ("format", "application", "uuid", "sync"):
                found |= _texts(item)
    elif isinstance(value, list):
        for item in value:
            found |= _texts(item)
    elif isinstance(value, str) and len(value) >= 5:
        found.add(value)
    return found


def _laptop_state(folder: Path) -> tuple[object, ...]:
    """What the laptop holds, read through the services (which change nothing)."""
    from chair_app.services.families import FamilyService
    from chair_app.services.meetings import MeetingService
    from chair_app.services.storage import open_store as open_data

    store = open_data(folder, DATA_PASSPHRASE)
    try:
        families = FamilyService(store.factory)
        meetings = MeetingService(store.factory)
        return (
            tuple(families.get_family(f.id) for f in families.list_families()),
            tuple(meetings.get(m.id) for m in meetings.list_meetings()),
        )
    finally:
        store.close()


def test_a_package_round_trip_into_an_empty_folder_keeps_the_record_and_hides_it(
    demo_dir: Path,
    tmp_path: Path,
    package: Path,
    package_secret: Path,
    laptop: list[str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    plain = tmp_path / "handover.json"
    assert main(["export-record", "2", "--output", str(plain), "--data-dir", str(demo_dir)]) == 0
    capsys.readouterr()
    record = json.loads(plain.read_text(encoding="utf-8"))
    blob = package.read_bytes()
    assert blob.startswith(b"CHAIRPKG")
    texts = _texts(record)
    assert "Marlowe family" in texts and len(texts) > 20  # the check has something to find
    for text in texts:
        assert text.encode("utf-8") not in blob, text
    assert oct(package.stat().st_mode & 0o777) == "0o600"

    common = [*laptop, "--package-passphrase-file", str(package_secret)]
    assert main(["import-record", str(package), *common]) == 1
    assert "--family ID or --new-family" in capsys.readouterr().err
    assert main(["import-record", str(package), "--new-family", *common]) == 0
    assert "Added Core Group on" in capsys.readouterr().out
    assert main(["list", *laptop]) == 0
    assert "Marlowe family" in capsys.readouterr().out
    # The package holds exactly the JSON record: importing the plain one is "up to date".
    assert main(["import-record", str(plain), *laptop]) == 0
    assert "already up to date" in capsys.readouterr().out


def test_a_wrong_package_passphrase_is_refused_and_nothing_changes(
    tmp_path: Path,
    package: Path,
    package_secret: Path,
    laptop: list[str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    wrong = _secret(tmp_path, "wrong.txt", "heron over the weirs")
    folder = Path(laptop[1])

    # Into an empty folder: refused before the folder is even made.
    assert (
        main(
            [
                "import-record",
                str(package),
                "--new-family",
                *laptop,
                "--package-passphrase-file",
                str(wrong),
            ]
        )
        == 2
    )
    assert "That passphrase does not open handover.chairpkg" in capsys.readouterr().err
    assert not folder.exists()

    # Into a folder holding the record: nothing in it changes.
    assert (
        main(
            [
                "import-record",
                str(package),
                "--new-family",
                *laptop,
                "--package-passphrase-file",
                str(package_secret),
            ]
        )
        == 0
    )
    capsys.readouterr()
    before = _laptop_state(folder)
    assert (
        main(["import-record", str(package), *laptop, "--package-passphrase-file", str(wrong)]) == 2
    )
    assert "does not open" in capsys.readouterr().err
    assert _laptop_state(folder) == before
    # No passphrase file and no terminal (pytest's stdin): a clear refusal.
    assert main(["import-record", str(package), *laptop]) == 2
    assert "--package-passphrase-file" in capsys.readouterr().err
    assert _laptop_state(folder) == before


@pytest.mark.parametrize(
    ("spoil", "words"),
    [
        (lambda blob: blob[: len(blob) // 2], "is cut short"),
        (lambda blob: blob[:40], "is cut short"),
        (lambda blob: blob[:5], "is not a Chair record package"),
        (lambda blob: blob[:-1] + bytes([blob[-1] ^ 1]), "is damaged"),
        (lambda blob: blob + b"\0", "is damaged"),
        (lambda blob: blob[:8] + b"\x00\x09" + blob[10:], "newer version of Chair"),
    ],
    ids=["half", "header", "stub", "flipped", "extra", "newer"],
)
def test_a_spoilt_package_is_refused_with_its_reason_and_nothing_changes(
    tmp_path: Path,
    package: Path,
    package_secret: Path,
    laptop: list[str],
    capsys: pytest.CaptureFixture[str],
    spoil: Any,
    words: str,
) -> None:
    spoilt = tmp_path / "spoilt.chairpkg"
    spoilt.write_bytes(spoil(package.read_bytes()))
    status = main(
        [
            "import-record",
            str(spoilt),
            "--new-family",
            *laptop,
            "--package-passphrase-file",
            str(package_secret),
        ]
    )
    assert status == 2
    assert words in capsys.readouterr().err
    assert not Path(laptop[1]).exists()


def test_an_output_named_as_a_package_is_never_written_as_plain_json(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "handover.chairpkg"
    # No passphrase file and no terminal to ask on: refused, nothing written.
    assert main(["export-record", "2", "--output", str(output), "--data-dir", str(demo_dir)]) == 2
    err = capsys.readouterr().err
    assert "--package-passphrase-file" in err and ".json" in err
    assert not output.exists()
    # A passphrase too short for a package is refused too.
    short = _secret(tmp_path, "short.txt", "heron")
    assert (
        main(
            [
                "export-record",
                "2",
                "--output",
                str(output),
                "--data-dir",
                str(demo_dir),
                "--package-passphrase-file",
                str(short),
            ]
        )
        == 2
    )
    assert "at least 8 characters" in capsys.readouterr().err
    assert not output.exists()


def test_a_package_passphrase_is_never_taken_as_an_argument(
    demo_dir: Path, tmp_path: Path, package: Path
) -> None:
    for argv in (
        [
            "export-record",
            "2",
            "--output",
            str(tmp_path / "x.chairpkg"),
            "--package-passphrase",
            PACKAGE_PASSPHRASE,
            "--data-dir",
            str(demo_dir),
        ],
        [
            "import-record",
            str(package),
            "--package-passphrase",
            PACKAGE_PASSPHRASE,
            "--data-dir",
            str(demo_dir),
        ],
    ):
        with pytest.raises(SystemExit):
            main(argv)


def test_an_import_is_preceded_by_a_backup(tmp_path: Path) -> None:
    """The data as it was before an import is kept in a backup named for it."""
    from chair_app.cli import main
    from chair_app.services.backup import list_backups

    source = tmp_path / "source"
    assert main(["demo", "--data-dir", str(source)]) == 0
    record = tmp_path / "record.json"
    assert main(["export-record", "2", "--output", str(record), "--data-dir", str(source)]) == 0
    target = tmp_path / "target"
    assert main(["demo", "--data-dir", str(target)]) == 0
    main(["import-record", str(record), "--data-dir", str(target), "--new-family"])
    assert "before-import" in [backup.reason for backup in list_backups(target)]
