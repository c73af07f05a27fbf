"""A sync cut short at each step (the server stopped, the connection killed from the server,
the laptop process killed): the sync says so, and the next sync completes with both sides equal
to a clean run's. Nothing is lost, nothing is doubled."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select, text
from sync_helpers import (
    ActionRow,
    FamilyRow,
    contents,
    count,
    first_draft_meeting,
    laptop,
    server_factory,
    set_worries,
    sync,
    worries,
)

from chair_app.models.db import SessionFactory
from chair_app.models.orm import MeetingRow
from chair_app.models.server_db import ServerUnavailable
from chair_app.services import sync as sync_module
from chair_app.services.record_import import ImportService

NEW_WORRY = "Mum's new partner has moved in; nobody has met him."


def _two_laptops(tmp_path: Path, engine: Engine) -> tuple[SessionFactory, SessionFactory, str]:
    """Laptop A made the family and sent it; laptop B has it; A then edits a draft."""
    a = laptop(tmp_path / "a", with_demo=True)
    b = laptop(tmp_path / "b")
    sync(a, engine)
    sync(b, engine)
    _id, meeting = first_draft_meeting(a)
    set_worries(a, meeting, NEW_WORRY)
    return a, b, meeting


def _all_equal(a: SessionFactory, b: SessionFactory, engine: Engine, meeting: str) -> None:
    """The next sync on each laptop completes; then all three hold the same, with the edit."""
    for _ in range(2):
        for factory in (a, b):
            report = sync(factory, engine)
            assert report.held == () and report.refused == ()
    assert worries(b, meeting) == NEW_WORRY
    server = server_factory(engine)
    assert contents(a) == contents(b) == contents(server)
    assert count(server, FamilyRow) == 1
    assert count(server, ActionRow) == count(a, ActionRow) == count(b, ActionRow)


def test_the_server_stopped_while_sending(
    tmp_path: Path, server_database: Any, server_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, meeting = _two_laptops(tmp_path, server_engine)
    real = sync_module.SyncService._server_take

    def stopped(self: Any, *args: Any) -> Any:
        server_database.cluster.stop("immediate")
        return real(self, *args)

    monkeypatch.setattr(sync_module.SyncService, "_server_take", stopped)
    with pytest.raises(ServerUnavailable, match="not answering|cut"):
        sync(a, server_engine)
    monkeypatch.undo()
    server_database.cluster.start()
    server_engine.dispose()
    _all_equal(a, b, server_engine, meeting)


def test_the_server_stopped_while_bringing_changes(
    tmp_path: Path, server_database: Any, server_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, meeting = _two_laptops(tmp_path, server_engine)
    sync(a, server_engine)  # the edit is on the server; B is to bring it
    real = sync_module.SyncService._server_record

    def stopped(self: Any, *args: Any) -> Any:
        server_database.cluster.stop("immediate")
        return real(self, *args)

    monkeypatch.setattr(sync_module.SyncService, "_server_record", stopped)
    before = contents(b)
    with pytest.raises(ServerUnavailable):
        sync(b, server_engine)
    assert contents(b) == before
    monkeypatch.undo()
    server_database.cluster.start()
    server_engine.dispose()
    _all_equal(a, b, server_engine, meeting)


def test_the_connection_cut_by_the_server_in_the_middle_of_taking_a_version(
    tmp_path: Path, server_database: Any, server_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, meeting = _two_laptops(tmp_path, server_engine)
    real = ImportService.import_in

    def cut(self: Any, store: Any, *args: Any, **kwargs: Any) -> Any:
        result = real(self, store, *args, **kwargs)
        session = store._session
        if session.bind.dialect.name == "postgresql":
            pid = session.execute(text("SELECT pg_backend_pid()")).scalar_one()
            server_database.cluster.admin_sql(
                f"SELECT pg_terminate_backend({int(pid)})", database=server_database.name
            )
        return result

    monkeypatch.setattr(ImportService, "import_in", cut)
    with pytest.raises(ServerUnavailable):
        sync(a, server_engine)
    monkeypatch.undo()
    # Nothing half-done is on the server: the old worry is still there.
    assert worries(server_factory(server_engine), meeting) != NEW_WORRY
    _all_equal(a, b, server_engine, meeting)


# A laptop killed (SIGKILL) at each step of sending: before the server has the version, while
# the server is taking it, and after the server committed it but before the laptop noted that.
_KILLER = textwrap.dedent(
    """
    import os, signal, sys
    sys.path.insert(0, {tests!r})
    from sqlalchemy import create_engine
    from chair_app.services.storage import open_factory
    from chair_app.services import sync as sync_module
    from chair_app.services.record_import import ImportService
    from pathlib import Path

    stage = {stage!r}

    def die(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGKILL)

    if stage == "before-server":
        sync_module.SyncService._server_take = die
    elif stage == "in-server-transaction":
        real = ImportService.import_in
        def killing(self, store, *args, **kwargs):
            result = real(self, store, *args, **kwargs)
            if store._session.bind.dialect.name == "postgresql":
                die()
            return result
        ImportService.import_in = killing
    elif stage == "after-server-commit":
        sync_module._mark_synced = die
    factory = open_factory(Path({folder!r}))
    engine = create_engine({url!r})
    sync_module.SyncService(factory, engine).sync()
    """
)


@pytest.mark.parametrize("stage", ["before-server", "in-server-transaction", "after-server-commit"])
def test_the_laptop_killed_while_sending(
    tmp_path: Path, server_database: Any, server_engine: Engine, stage: str
) -> None:
    a, b, meeting = _two_laptops(tmp_path, server_engine)
    a.kw["bind"].dispose()
    tests = str(Path(__file__).resolve().parents[1])
    code = _KILLER.format(
        tests=tests, stage=stage, folder=str(tmp_path / "a"), url=server_database.admin_url
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    finished = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert finished.returncode == -signal.SIGKILL, finished.stderr
    on_server = worries(server_factory(server_engine), meeting)
    if stage == "after-server-commit":
        assert on_server == NEW_WORRY
    else:
        assert on_server != NEW_WORRY
    a = laptop(tmp_path / "a")
    assert worries(a, meeting) == NEW_WORRY
    # The chair goes on working before the next sync: that is not a difference with itself.
    with a.begin() as session:
        row = session.scalars(select(MeetingRow).where(MeetingRow.uuid == meeting)).one()
        row.working_well = "Nursery says Poppy is settled and eating well."
    _all_equal(a, b, server_engine, meeting)
    with b() as session:
        assert session.scalars(
            select(MeetingRow.working_well).where(MeetingRow.uuid == meeting)
        ).one() == "Nursery says Poppy is settled and eating well."
