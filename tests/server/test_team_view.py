"""The team view on a real team server: the team's families with what is due and overdue, by
the family page's rules, overdue first; and ``chair-app server due`` giving it as CSV."""

from __future__ import annotations

import csv
import io
import sys

import pytest
from sqlalchemy import Engine
from sync_helpers import TODAY, server_factory
from team_helpers import fill_server

from chair_app.services.families import FamilyService
from chair_app.services.schedule import ScheduleService
from chair_app.services.team_view import team_due


def test_the_team_view_lists_overdue_first_by_the_family_pages_rules(server_engine: Engine) -> None:
    fill_server(server_engine)
    rows = team_due(server_engine, TODAY)
    assert [row.name for row in rows] == ["Willow family", "Ash family", "Beech family"]
    willow = rows[0]
    assert willow.overdue and willow.team == "riverside"
    assert "Minutes of the Core Group" in willow.what and "Overdue" in willow.what
    assert not rows[1].overdue and rows[1].days_overdue == 0
    # The same rules as the family page: what it shows for the Willow family, read on the server.
    schedule = ScheduleService(server_factory(server_engine))
    family_id = next(f.id for f in FamilyService(server_factory(server_engine)).list_families()
                     if f.name == "Willow family")
    overdue = [d for d in schedule.family_deadlines(family_id, TODAY) if d.state.value == "overdue"]
    assert willow.days_overdue == max((TODAY - d.due.latest_date).days for d in overdue)
    assert willow.next_due == min(
        d.due.latest_date for d in schedule.family_deadlines(family_id, TODAY)
    )


def _run_due(argv: list[str], stdin: str, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    """``chair-app server <argv>`` run as a user runs it (argv starts with "due")."""
    from chair_app.cli import main

    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    status = main(["server", *argv])
    return status, out.getvalue(), err.getvalue()


def test_server_due_writes_the_team_view_as_csv(
    server_engine: Engine, server_database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pg_cluster import ADMIN_PASSWORD, ADMIN_USER

    fill_server(server_engine)
    url = server_database.url(ADMIN_USER, None)
    status, out, err = _run_due(
        ["due", "--database", url, "--password-stdin", "--today", TODAY.isoformat()],
        ADMIN_PASSWORD + "\n",
        monkeypatch,
    )
    assert (status, err) == (0, "")
    table = list(csv.reader(io.StringIO(out)))
    assert table[0] == ["Family", "Team", "Next due", "Overdue", "Days overdue", "What is due"]
    assert [row[0] for row in table[1:]] == ["Willow family", "Ash family", "Beech family"]
    assert table[1][1] == "riverside" and table[1][3] == "Yes" and int(table[1][4]) > 0
    assert table[2][3] == "No" and table[2][4] == "0"
    assert ADMIN_PASSWORD not in out


def test_server_due_with_a_wrong_password_says_so_and_writes_nothing(
    server_engine: Engine, server_database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pg_cluster import ADMIN_USER

    status, out, err = _run_due(
        ["due", "--database", server_database.url(ADMIN_USER, None), "--password-stdin"],
        "not-the-password\n",
        monkeypatch,
    )
    assert status == 2 and out == ""
    assert err.startswith("chair-app: The server did not accept the user name and password.")


def test_server_due_refuses_a_password_in_the_address(monkeypatch: pytest.MonkeyPatch) -> None:
    status, out, err = _run_due(
        ["due", "--database", "postgresql://sam:secret@chair.council.example/chair"],
        "",
        monkeypatch,
    )
    assert status == 2 and out == ""
    assert "password" in err and "secret" not in err
