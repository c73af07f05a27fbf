"""``chair-app sync`` against a real server, and every way the server can be wrong: each gives
one clear line, exit 2, and leaves the laptop's data exactly as it was."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_harness import demo_folder, every_row, in_process_cli
from sqlalchemy import Engine, text

from chair_app.cli import main


@pytest.fixture(autouse=True)
def _in_process(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    yield from in_process_cli(monkeypatch)


def _password_file(tmp_path: Path, password: str) -> Path:
    path = tmp_path / "server-password.txt"
    path.write_text(password + "\n", encoding="utf-8")
    return path


def _sync(folder: Path, url: str, password_file: Path) -> int:
    return main(
        [
            "sync",
            "--data-dir",
            str(folder),
            "--server",
            url,
            "--server-password-file",
            str(password_file),
        ]
    )


def test_sync_sends_the_family_and_says_what_it_did(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], server_database, server_engine: Engine
) -> None:
    from pg_cluster import ADMIN_PASSWORD, ADMIN_USER

    folder = demo_folder(tmp_path, capsys)
    url = server_database.cluster.url(user=ADMIN_USER, password=None, database=server_database.name)
    assert _sync(folder, url, _password_file(tmp_path, ADMIN_PASSWORD)) == 0
    out = capsys.readouterr().out
    assert "Families: 0 brought from the server, 1 sent." in out
    assert "sent: Marlowe family" in out
    with server_engine.connect() as connection:
        assert connection.execute(text("SELECT name FROM family")).scalars().all() == [
            "Marlowe family"
        ]
    # Again: nothing to do.
    assert _sync(folder, url, _password_file(tmp_path, ADMIN_PASSWORD)) == 0
    assert "Families: 0 brought from the server, 0 sent." in capsys.readouterr().out


def _refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], url: str, password: str
) -> str:
    folder = demo_folder(tmp_path, capsys)
    before = every_row(folder)
    assert _sync(folder, url, _password_file(tmp_path, password)) == 2
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert captured.err.count("\n") == 1, captured.err
    assert every_row(folder) == before
    return captured.err


def test_a_wrong_password_is_refused_and_nothing_changes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], server_database, server_engine: Engine
) -> None:
    from pg_cluster import ADMIN_USER

    url = server_database.cluster.url(user=ADMIN_USER, password=None, database=server_database.name)
    err = _refused(tmp_path, capsys, url, "not-the-password")
    assert "The server did not accept the user name and password." in err
    assert "not-the-password" not in err


def test_an_unknown_host_is_named_and_nothing_changes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], server_database
) -> None:
    url = server_database.cluster.url(password=None, database=server_database.name,
                                      host="no-such-server.invalid")
    err = _refused(tmp_path, capsys, url, "whatever")
    assert "The server no-such-server.invalid cannot be found." in err


def test_a_server_whose_certificate_is_not_trusted_gets_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], server_database, server_engine: Engine
) -> None:
    from pg_cluster import ADMIN_PASSWORD, _make_tls

    other = tmp_path / "other-ca"
    other.mkdir()
    other_ca, _cert, _key = _make_tls(other)
    from sqlalchemy.engine import make_url

    url = (
        make_url(server_database.cluster.url(password=None, database=server_database.name))
        .update_query_dict({"sslrootcert": str(other_ca)})
        .render_as_string()
    )
    err = _refused(tmp_path, capsys, url, ADMIN_PASSWORD)
    assert "The server's certificate is not trusted, so nothing was sent." in err
    with server_engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM family")).scalar() == 0


def test_a_server_with_a_newer_schema_is_refused_and_nothing_changes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], server_database, server_engine: Engine
) -> None:
    from pg_cluster import ADMIN_PASSWORD

    with server_engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
    url = server_database.cluster.url(password=None, database=server_database.name)
    err = _refused(tmp_path, capsys, url, ADMIN_PASSWORD)
    assert "upgraded by a newer version of Chair" in err
    with server_engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM family")).scalar() == 0


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("postgresql://alice:secret@localhost/chair", "Do not put the password in the server address"),
        ("postgresql://alice@localhost/chair?sslmode=disable", "must check the server's certificate"),
        ("mysql://alice@localhost/chair", "must be a PostgreSQL address"),
        ("not a url at all", "is not a server address"),
    ],
)
def test_an_unusable_server_address_is_refused_before_connecting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], url: str, expected: str
) -> None:
    err = _refused(tmp_path, capsys, url, "whatever")
    assert expected in err
