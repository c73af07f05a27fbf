"""A file that is not a database, a truncated database and a read-only data folder each give a
clear message, and lose nothing: the file's bytes are the same afterwards.

Each case goes through the command line (chair_app.cli.main with --data-dir) and through
services.storage.open_factory (the window's open_store): in this process, except for the read-only
folder, which needs an unprivileged child process (see below). (A database written by a newer
Chair is covered with the schema migrations.)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from chair_app.cli import main
from chair_app.core.errors import StorageUnavailable
from chair_app.models.db import DATABASE_FILE_NAME
from chair_app.services.demo import ensure_demo_family
from chair_app.services.storage import open_factory

TODAY = dt.date(2026, 11, 23)
PASSPHRASE = "lantern by the blue door"

DAMAGED = re.compile(r"not a database Chair can use|is damaged|is not a Chair database", re.IGNORECASE)
READ_ONLY = re.compile(r"read-only|permission denied|not allowed to (write|change)", re.IGNORECASE)


def _fingerprint(folder: Path) -> dict[str, str]:
    """The SHA-256 of every file in the folder, by name."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if p.is_file()
    }


def _lock_free(prints: dict[str, str]) -> dict[str, str]:
    # The lock file holds nothing; a command that writes takes it before it opens the data.
    return {name: digest for name, digest in prints.items() if name != "chair.lock"}


@pytest.fixture(autouse=True)
def umask_kept() -> Iterator[None]:
    # main() sets a private umask for the whole process; give the test process its own back.
    old = os.umask(0o022)
    os.umask(old)
    yield
    os.umask(old)


class RealDatabases:
    """Data folders holding the demo family, closed cleanly (no -wal left beside it); plain
    without a passphrase, encrypted with one. Each is made once per test process and copied
    into the folder a test gets."""

    def __init__(self, root: Path) -> None:
        self._root = root
        self._made: dict[str | None, Path] = {}

    def copy_into(self, folder: Path, passphrase: str | None = None) -> Path:
        template = self._made.get(passphrase) or self._make(passphrase)
        path = folder / DATABASE_FILE_NAME
        shutil.copyfile(template, path)
        return path

    def _make(self, passphrase: str | None) -> Path:
        folder = self._root / ("encrypted" if passphrase else "plain")
        folder.mkdir()
        factory = open_factory(folder, passphrase)
        ensure_demo_family(factory, TODAY)
        factory.kw["bind"].dispose()
        path = folder / DATABASE_FILE_NAME
        assert path.stat().st_size > 20_000
        assert not path.with_name(path.name + "-wal").exists()
        self._made[passphrase] = path
        return path


@pytest.fixture(scope="module")
def real_databases(tmp_path_factory: pytest.TempPathFactory) -> RealDatabases:
    return RealDatabases(tmp_path_factory.mktemp("real-databases"))


def _random_bytes(folder: Path, databases: RealDatabases) -> None:
    (folder / DATABASE_FILE_NAME).write_bytes(os.urandom(50_000))


def _text_file(folder: Path, databases: RealDatabases) -> None:
    (folder / DATABASE_FILE_NAME).write_text(
        "Minutes of the Quill family Core Group\nThis is a letter, not a database.\n" * 200,
        encoding="utf-8",
    )


def _sqlite_header_then_noise(folder: Path, databases: RealDatabases) -> None:
    (folder / DATABASE_FILE_NAME).write_bytes(b"SQLite format 3\x00" + os.urandom(50_000))


def _truncated_database(folder: Path, databases: RealDatabases) -> None:
    path = databases.copy_into(folder)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


BAD_FILES = {
    "random bytes": _random_bytes,
    "a text file": _text_file,
    "an SQLite header followed by noise": _sqlite_header_then_noise,
    "a database truncated to half its size": _truncated_database,
}


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return secret


@pytest.fixture(params=list(BAD_FILES), ids=list(BAD_FILES))
def bad_folder(
    request: pytest.FixtureRequest, tmp_path: Path, real_databases: RealDatabases
) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    BAD_FILES[request.param](folder, real_databases)
    return folder


def test_open_store_refuses_a_bad_file_plainly_and_leaves_it_as_it_was(bad_folder: Path) -> None:
    before = _fingerprint(bad_folder)
    with pytest.raises(StorageUnavailable) as refused:
        open_factory(bad_folder)
    message = str(refused.value)
    assert DAMAGED.search(message), message
    assert str(bad_folder / DATABASE_FILE_NAME) in message  # which file, so it can be found
    assert "backup" in message  # and what can be done about it
    assert _fingerprint(bad_folder) == before


@pytest.mark.parametrize("with_passphrase", [False, True], ids=["no passphrase", "passphrase"])
@pytest.mark.parametrize(
    "command",
    [["list"], ["export", "1", "--format", "pdf", "--output", "{out}"]],
    ids=["list", "export"],
)
def test_commands_refuse_a_bad_file_with_a_message_and_a_failing_status(
    bad_folder: Path, tmp_path: Path, command: list[str], with_passphrase: bool,
    passphrase_file: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    before = _fingerprint(bad_folder)
    out = tmp_path / "minutes.pdf"
    argv = [part.replace("{out}", str(out)) for part in command]
    if with_passphrase:
        argv += ["--passphrase-file", str(passphrase_file)]
    status = main([*argv, "--data-dir", str(bad_folder)])
    printed = capsys.readouterr()
    assert status != 0
    assert DAMAGED.search(printed.err), printed.err
    assert printed.err.startswith("chair-app: ")
    assert "Traceback" not in printed.err
    assert printed.out == ""
    assert not out.exists()
    assert _lock_free(_fingerprint(bad_folder)) == before


def test_a_good_database_is_still_read_after_the_checks(
    tmp_path: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str],
    real_databases: RealDatabases,
) -> None:
    # The control: the same command on the same kind of folder, undamaged, succeeds.
    folder = tmp_path / "data"
    folder.mkdir()
    real_databases.copy_into(folder, PASSPHRASE)
    assert main(["list", "--data-dir", str(folder), "--passphrase-file", str(passphrase_file)]) == 0
    assert "Marlowe family" in capsys.readouterr().out


# A read-only folder is tried in a child process, as an unprivileged user. Root ignores file
# permissions, so as root the child runs in a user namespace of its own (``unshare --user``),
# where the folder, owned by "nobody", is outside root's powers, as it is for a user whose IT
# department has made the folder read-only.
_ROOT = Path(__file__).resolve().parents[1]
_NOBODY = 65534
_OPEN_STORE = """
import sys
from pathlib import Path
from chair_app.services.storage import open_factory
from chair_app.core.errors import StorageUnavailable
try:
    open_factory(Path(sys.argv[1]), *sys.argv[2:])
except StorageUnavailable as error:
    print(error, file=sys.stderr)
    sys.exit(3)
print("opened")
"""


def _unprivileged(argv: list[str]) -> subprocess.CompletedProcess[str]:
    prefix = ["unshare", "--user", "--map-root-user"] if os.geteuid() == 0 else []
    env = {**os.environ, "PYTHONPATH": str(_ROOT)}
    return subprocess.run(
        [*prefix, sys.executable, *argv], cwd=_ROOT, env=env, capture_output=True, text=True,
        timeout=60, check=False,
    )


@pytest.fixture(params=["plain", "encrypted"])
def read_only_folder(
    request: pytest.FixtureRequest, tmp_path: Path, real_databases: RealDatabases
) -> Iterator[Path]:
    """A read-only data folder holding a database: plain (opened without a passphrase, as
    tools do) or encrypted (as the app and the commands keep it)."""
    folder = tmp_path / "data"
    folder.mkdir()
    path = real_databases.copy_into(folder, PASSPHRASE if request.param == "encrypted" else None)
    if os.geteuid() == 0:
        if shutil.which("unshare") is None or _unprivileged(["-c", "pass"]).returncode != 0:
            pytest.skip("running as root, and no user namespace to drop root's powers in")
        os.chown(path, _NOBODY, _NOBODY)
        os.chown(folder, _NOBODY, _NOBODY)
    path.chmod(0o444)
    folder.chmod(0o555)
    probe = _unprivileged(["-c", f"import os; print(os.access({str(folder)!r}, os.W_OK))"])
    assert probe.stdout.strip() == "False", "the folder is still writable in the child"
    try:
        yield folder
    finally:
        folder.chmod(0o700)
        path.chmod(0o600)


def _is_encrypted(folder: Path) -> bool:
    return not (folder / DATABASE_FILE_NAME).read_bytes().startswith(b"SQLite format 3\x00")


@pytest.mark.slow
def test_open_store_in_a_read_only_folder_says_so_and_changes_nothing(
    read_only_folder: Path,
) -> None:
    before = _fingerprint(read_only_folder)
    passphrase = [PASSPHRASE] if _is_encrypted(read_only_folder) else []
    result = _unprivileged(["-c", _OPEN_STORE, str(read_only_folder), *passphrase])
    assert _fingerprint(read_only_folder) == before
    assert sorted(p.name for p in read_only_folder.iterdir()) == [DATABASE_FILE_NAME]
    assert result.returncode == 3, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert str(read_only_folder) in result.stderr
    assert READ_ONLY.search(result.stderr), result.stderr


@pytest.mark.parametrize(
    "command",
    [
        pytest.param(["export", "1", "--format", "pdf", "--output", "{out}"], id="export"),
    ],
)
@pytest.mark.slow
def test_commands_in_a_read_only_folder_say_so_and_change_nothing(
    read_only_folder: Path, tmp_path: Path, command: list[str], passphrase_file: Path,
) -> None:
    before = _fingerprint(read_only_folder)
    out = tmp_path / "minutes.pdf"
    argv = [part.replace("{out}", str(out)) for part in command]
    argv += ["--passphrase-file", str(passphrase_file)]
    result = _unprivileged(["-m", "chair_app", *argv, "--data-dir", str(read_only_folder)])
    assert _fingerprint(read_only_folder) == before
    assert not out.exists()
    assert result.returncode != 0
    assert result.stderr.startswith("chair-app: "), result.stderr
    assert "Traceback" not in result.stderr
    assert READ_ONLY.search(result.stderr), result.stderr


@pytest.mark.slow
def test_list_reads_a_read_only_folder_and_changes_nothing(
    read_only_folder: Path, passphrase_file: Path
) -> None:
    # list only reads: it opens the data read-only, so a read-only folder is no obstacle.
    before = _fingerprint(read_only_folder)
    argv = ["list", "--passphrase-file", str(passphrase_file)]
    result = _unprivileged(["-m", "chair_app", *argv, "--data-dir", str(read_only_folder)])
    assert _fingerprint(read_only_folder) == before
    assert sorted(p.name for p in read_only_folder.iterdir()) == [DATABASE_FILE_NAME]
    assert result.returncode == 0, result.stderr
    assert "Family 1: Marlowe family" in result.stdout
    assert "Traceback" not in result.stderr
