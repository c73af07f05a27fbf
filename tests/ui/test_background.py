"""Work off the main thread never runs Python's garbage collector there.

A collection started by the worker would destroy unreachable Qt objects on the worker thread,
which froze the window once (the destructor and the main thread waiting on each other). So
automatic collection is off while work runs, and the main thread turns it on again after.
"""

from __future__ import annotations

import gc
import threading

from pytestqt.qtbot import QtBot

from chair_app.ui.background import BackgroundRunner


def test_no_automatic_collection_while_work_runs_and_it_comes_back_after(qtbot: QtBot) -> None:
    assert gc.isenabled()
    runner = BackgroundRunner()
    release = threading.Event()
    seen: list[bool] = []

    def work() -> str:
        release.wait(5)
        seen.append(gc.isenabled())
        return "done"

    results: list[str] = []
    runner.run(work, results.append, lambda error: results.append(repr(error)))
    assert not gc.isenabled(), "the worker could start a collection"
    release.set()
    qtbot.waitUntil(lambda: results == ["done"])
    assert seen == [False]
    assert gc.isenabled(), "automatic collection did not come back on the main thread"


def test_a_failing_job_turns_collection_back_on_too(qtbot: QtBot) -> None:
    runner = BackgroundRunner()
    errors: list[BaseException] = []

    def fail() -> None:
        raise OSError("disk gone")

    runner.run(fail, lambda _result: None, errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert gc.isenabled()
