"""Where the team server is, and its password: the user's address beats IT's, an address with a
password is refused, and the password is kept only in a real keyring, never in a file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from chair_app.models.db import SessionFactory
from chair_app.services.server_settings import (
    configured_server,
    forget_password,
    keyring_available,
    remember_password,
    save_server,
    stored_password,
)
from chair_app.services.site_config import check_folder
from chair_app.services.team_view import ServerAddress, ServerUnavailable

PASSWORD = "otter-lantern-42"


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps passwords in this process only."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.kept:
            from keyring.errors import PasswordDeleteError

            raise PasswordDeleteError(username)
        del self.kept[(service, username)]


@pytest.fixture
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def it_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "site"
    folder.mkdir()
    monkeypatch.setenv("CHAIR_APP_SITE_CONFIG", str(folder))
    return folder


def _it_settings(folder: Path, **defaults: object) -> None:
    (folder / "settings.json").write_text(json.dumps({"defaults": defaults}), encoding="utf-8")


def test_no_server_unless_one_is_set(factory: SessionFactory) -> None:
    assert configured_server(factory) is None


def test_it_folder_gives_the_server_and_the_users_own_choice_wins(
    factory: SessionFactory, it_folder: Path, tmp_path: Path
) -> None:
    ca = tmp_path / "council-ca.crt"
    ca.write_text("not checked here")
    _it_settings(
        it_folder,
        server_url="postgresql://sam.okafor@chair.council.example/chair",
        server_ca_file=str(ca),
    )
    from_it = configured_server(factory)
    assert from_it is not None
    assert from_it.display() == "sam.okafor@chair.council.example:5432/chair"
    assert from_it.ca_file == ca
    save_server(factory, "postgresql://sam.okafor@chair-test.council.example:6432/chair", str(ca))
    mine = configured_server(factory)
    assert mine is not None
    assert mine.display() == "sam.okafor@chair-test.council.example:6432/chair"


def test_an_address_with_a_password_is_refused_and_nothing_is_saved(
    factory: SessionFactory, data_dir: Path
) -> None:
    with pytest.raises(ServerUnavailable, match="password"):
        save_server(factory, f"postgresql://sam:{PASSWORD}@chair.council.example/chair", "")
    assert configured_server(factory) is None
    assert not _files_holding(data_dir, PASSWORD)


def test_a_missing_certificate_file_is_refused(factory: SessionFactory, tmp_path: Path) -> None:
    with pytest.raises(ServerUnavailable, match="not there"):
        save_server(factory, "postgresql://sam@chair.council.example/chair", str(tmp_path / "x.crt"))
    assert configured_server(factory) is None


def test_an_unchecked_connection_is_refused(factory: SessionFactory) -> None:
    with pytest.raises(ServerUnavailable, match="verify-full"):
        save_server(factory, "postgresql://sam@chair.council.example/chair?sslmode=disable", "")
    assert configured_server(factory) is None


def _files_holding(folder: Path, secret: str) -> list[Path]:
    return [
        path
        for path in folder.rglob("*")
        if path.is_file() and secret.encode() in path.read_bytes()
    ]


def test_without_a_keyring_nothing_is_kept_anywhere(
    factory: SessionFactory, data_dir: Path, no_keyring: None
) -> None:
    address = save_server(factory, "postgresql://sam@chair.council.example/chair", "")
    assert not keyring_available()
    assert "not kept" in remember_password(address, PASSWORD)
    assert stored_password(address) is None
    assert not _files_holding(data_dir, PASSWORD)


def test_with_a_keyring_the_password_is_kept_there_and_forgotten(
    factory: SessionFactory, data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    address = save_server(factory, "postgresql://sam@chair.council.example/chair", "")
    assert remember_password(address, PASSWORD) == ""
    assert memory_keyring.kept == {
        ("Chair team server", "sam@chair.council.example:5432/chair"): PASSWORD
    }
    assert stored_password(address) == PASSWORD
    assert not _files_holding(data_dir, PASSWORD)
    assert forget_password(address) == ""
    assert stored_password(address) is None
    assert forget_password(address) == ""  # nothing left to forget: not a problem


def test_a_keyring_that_fails_counts_as_none(
    factory: SessionFactory, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    from keyring.errors import KeyringError

    def broken(*_args: object) -> None:
        raise KeyringError("locked")

    monkeypatch.setattr(memory_keyring, "get_password", broken)
    monkeypatch.setattr(memory_keyring, "set_password", broken)
    address = ServerAddress("chair.council.example", "chair", "sam")
    assert stored_password(address) is None
    assert "not kept" in remember_password(address, PASSWORD)


def test_it_folder_server_fields_are_checked(it_folder: Path) -> None:
    _it_settings(
        it_folder,
        server_url=f"postgresql://sam:{PASSWORD}@chair.council.example/chair",
        server_ca_file="relative/ca.crt",
    )
    problems = check_folder(it_folder)
    assert len(problems) == 2, problems
    assert "server_url" in problems[0] and "password" in problems[0]
    assert PASSWORD not in "\n".join(problems)  # the password is never repeated
    assert "server_ca_file" in problems[1] and "full path" in problems[1]
    _it_settings(
        it_folder,
        server_url="postgresql://sam@chair.council.example/chair",
        server_ca_file="/etc/ssl/council-ca.crt",
    )
    assert check_folder(it_folder) == []


def test_config_check_accepts_and_refuses_the_server_fields(
    it_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from chair_app.cli.config_check import run

    _it_settings(it_folder, server_url="mysql://sam@chair.council.example/chair")
    assert run(str(it_folder)) == 1
    assert "PostgreSQL" in capsys.readouterr().out
    _it_settings(it_folder, server_url="postgresql://sam@chair.council.example/chair")
    assert run(str(it_folder)) == 0
