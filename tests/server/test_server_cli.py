"""``chair-app server init / add-member / add-auditor / audit`` run in-process against the real
cluster: what IT types, what it prints, and one clear line (exit 2, no traceback) when it
cannot be done."""

from __future__ import annotations

import io
import uuid

import pytest
from pg_cluster import ADMIN_PASSWORD, ADMIN_USER
from sqlalchemy import create_engine, text

from chair_app.cli import main
from chair_app.core.language import Language, set_display_language


@pytest.fixture(autouse=True)
def no_data_folder(tmp_path, monkeypatch: pytest.MonkeyPatch):
    folder = tmp_path / "chair-data"
    monkeypatch.delenv("CHAIR_APP_LANGUAGE", raising=False)
    monkeypatch.setenv("CHAIR_APP_DATA_DIR", str(folder))
    yield folder
    assert not folder.exists()  # the server commands need no local data, and make none


def _url(server_database, user: str = ADMIN_USER, host: str = "localhost") -> str:
    """The address IT types: no password in it."""
    return server_database.cluster.url(
        user=user, password=None, database=server_database.name, host=host
    )


def _run(monkeypatch: pytest.MonkeyPatch, capsys, argv: list[str], stdin: str):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    status = main(["server", *argv, "--password-stdin"])
    out, err = capsys.readouterr()
    return status, out, err


def _one_clear_line(status: int, out: str, err: str) -> str:
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("chair-app: ")
    assert "Traceback" not in err
    return err


def test_init_add_people_and_print_a_familys_audit_trail(
    server_database, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    prefix = server_database.prefix
    url = _url(server_database)
    status, out, err = _run(
        monkeypatch, capsys,
        ["init", "--database", url, "--team", "north", "--team", "south", "--prefix", prefix],
        ADMIN_PASSWORD + "\n",
    )
    assert (status, err) == (0, "")
    assert "is ready" in out and "Teams: north, south. New this time: north, south." in out
    assert ADMIN_PASSWORD not in out

    ann, aud = f"{prefix}_ann", f"{prefix}_aud"
    status, out, err = _run(
        monkeypatch, capsys,
        ["add-member", "--database", url, "--team", "north", "--user", ann],
        f"{ADMIN_PASSWORD}\nfictional-pass-1\n",
    )
    assert (status, err) == (0, "")
    assert out == f"{ann} can now log in, as a member of team north.\n"
    status, out, err = _run(
        monkeypatch, capsys,
        ["add-member", "--database", url, "--team", "south", "--user", ann],
        f"{ADMIN_PASSWORD}\n",
    )
    assert out == f"{ann} is now also a member of team south (password unchanged).\n"
    status, out, err = _run(
        monkeypatch, capsys, ["add-auditor", "--database", url, "--user", aud],
        f"{ADMIN_PASSWORD}\nfictional-pass-2\n",
    )
    assert out == f"{aud} can now log in, and read the audit trail.\n"

    family_uuid = str(uuid.uuid4())
    member = create_engine(server_database.url(ann, "fictional-pass-1"))
    try:
        with member.begin() as connection:
            connection.execute(
                text("INSERT INTO family (uuid, name, team) VALUES (:u, 'Fictional', 'north')"),
                {"u": family_uuid},
            )
            connection.execute(text("UPDATE family SET name = 'Fictional Two'"))
    finally:
        member.dispose()

    status, out, err = _run(
        monkeypatch, capsys,
        ["audit", "--database", _url(server_database, aud), "--family", family_uuid],
        "fictional-pass-2\n",
    )
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split() == ["When", "Member", "Action", "Record", "Meeting", "Fields"]
    assert [line.split()[2:] for line in lines[1:]] == [
        [ann, "added", "family", "-", "-"],
        [ann, "changed", "family", "-", "name"],
    ]
    assert "Fictional" not in out

    # A member is no auditor.
    status, out, err = _run(
        monkeypatch, capsys,
        ["audit", "--database", _url(server_database, ann), "--family", family_uuid],
        "fictional-pass-1\n",
    )
    assert "may not do that" in _one_clear_line(status, out, err)


def test_a_bad_team_name_is_refused_before_anything(
    server_database, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    status, out, err = _run(
        monkeypatch, capsys,
        ["init", "--database", _url(server_database), "--team", "North East",
         "--prefix", server_database.prefix],
        ADMIN_PASSWORD + "\n",
    )
    assert "'North East' is not a team name" in _one_clear_line(status, out, err)
    admin = create_engine(server_database.admin_url)
    try:
        with admin.connect() as connection:
            tables = connection.execute(
                text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
            ).scalar()
    finally:
        admin.dispose()
    assert tables == 0


def test_a_wrong_admin_password_is_one_clear_line(
    server_database, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    status, out, err = _run(
        monkeypatch, capsys,
        ["init", "--database", _url(server_database), "--prefix", server_database.prefix],
        "not-the-password\n",
    )
    assert "did not accept the user name and password" in _one_clear_line(status, out, err)
    assert "not-the-password" not in err


def test_an_unknown_host_is_one_clear_line(
    server_database, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    url = _url(server_database, host="no-such-server.invalid")
    status, out, err = _run(monkeypatch, capsys, ["init", "--database", url], "x\n")
    assert "no-such-server.invalid" in _one_clear_line(status, out, err)


@pytest.mark.parametrize(
    ("argv", "problem"),
    [
        (["add-member", "--team", "north", "--user", "Bad Name"], "is not a user name"),
        (["add-member", "--team", "nowhere", "--user", "{prefix}_cy"], "There is no team nowhere"),
        (["add-member", "--team", "north", "--user", "{prefix}_member"], "keeps for its own roles"),
    ],
)
def test_bad_member_requests_are_one_clear_line(
    server_database, monkeypatch: pytest.MonkeyPatch, capsys, argv: list[str], problem: str
) -> None:
    prefix = server_database.prefix
    url = _url(server_database)
    status, _out, _err = _run(
        monkeypatch, capsys, ["init", "--database", url, "--team", "north", "--prefix", prefix],
        ADMIN_PASSWORD + "\n",
    )
    assert status == 0
    argv = [part.format(prefix=prefix) for part in argv]
    status, out, err = _run(
        monkeypatch, capsys, [*argv, "--database", url], f"{ADMIN_PASSWORD}\nfictional-pass-1\n"
    )
    assert problem in _one_clear_line(status, out, err)


def test_a_password_in_the_address_is_refused(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    status, out, err = _run(
        monkeypatch, capsys,
        ["init", "--database", "postgresql://it:secret@db.example/chair"], "",
    )
    assert "Do not put the password in the server address" in _one_clear_line(status, out, err)


def test_outside_the_tests_a_logged_warning_adds_no_second_line(
    tmp_path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    """As IT runs it, no logging is set up: Python would print a warning logged on the way to
    stderr, a second line. (Under pytest, log records are captured: so, none of its handlers.)"""
    import logging

    monkeypatch.setattr(logging.root, "handlers", [])
    monkeypatch.setattr(logging.root, "level", logging.WARNING)
    monkeypatch.delenv("CHAIR_APP_LOG_LEVEL", raising=False)
    status, out, err = _run(
        monkeypatch, capsys,
        ["init", "--database", "postgresql://it@no-such-server.invalid/chair"], "x\n",
    )
    assert _one_clear_line(status, out, err) == (
        "chair-app: The server no-such-server.invalid cannot be found. Check the address, or "
        "the network.\n"
    )


def test_a_bad_team_name_in_welsh(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    try:
        status = main(["--language", "cy", "server", "init", "--password-stdin",
                       "--database", "postgresql://it@db.example/chair", "--team", "De Ddwyrain"])
    finally:
        set_display_language(Language.ENGLISH)  # later tests in this process expect English
    out, err = capsys.readouterr()
    assert _one_clear_line(status, out, err) == (
        "chair-app: Nid yw 'De Ddwyrain' yn enw tîm: defnyddiwch 1 i 30 o lythrennau bach, "
        "digidau neu danlinellau.\n"
    )
