"""The one way to run slow work (exports, charts) off the main thread.

Work runs on a single Python worker thread, one job at a time, so that two exports never write
at once. The main thread collects finished jobs with a short timer and calls back there. The
work gets plain data and never touches a widget.

Nothing crosses threads through Qt signals: Python objects handed between threads by Qt are
where PySide's reference counting has failed before (6.12.0, see pyproject.toml).

While work runs, Python's automatic garbage collection is off, and the main thread turns it on
again once no work is left. A collection started by the worker would destroy unreachable Qt
objects (widgets of a closed window caught in reference cycles) on the worker thread; the
destructor takes Qt's connection lock and then waits for the interpreter, while the main
thread, inside Qt, waits for that lock: the window froze (seen once in the suite, with the
worker working out a family's deadlines and the main thread showing a window).
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

logger = logging.getLogger(__name__)

POLL_MS = 30

# Work started and not yet finished, in every runner (a closed window's runner may leave some).
_running: set[Future[Any]] = set()
_running_lock = threading.Lock()


def _hold_collection(future: Future[Any]) -> None:
    """Main thread: no automatic collection until ``future`` and all other work are done."""
    with _running_lock:
        _running.add(future)
    gc.disable()
    future.add_done_callback(_finished)


def _finished(future: Future[Any]) -> None:
    # Any thread: only the bookkeeping; collection is turned on by the main thread.
    with _running_lock:
        _running.discard(future)


def release_collection() -> None:
    """Main thread: automatic collection on again once no work is running anywhere."""
    with _running_lock:
        idle = not _running
    if idle and not gc.isenabled():
        gc.enable()


class BackgroundRunner(QObject):
    """Runs callables one at a time off the main thread.

    Signals:
        busy_changed(bool): work started or all work finished.
    """

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Made with the first job: start-up shows the families before any work is run.
        self._executor: ThreadPoolExecutor | None = None
        self._jobs: list[
            tuple[Future[Any], Callable[[Any], None], Callable[[BaseException], None]]
        ] = []
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._collect)

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        if self._executor is None:
            from concurrent.futures import ThreadPoolExecutor

            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="chair-work")
        future = self._executor.submit(fn)
        _hold_collection(future)
        self._jobs.append((future, on_done, on_error))
        if len(self._jobs) == 1:
            self.busy_changed.emit(True)
        self._timer.start()

    def _collect(self) -> None:
        """Hand finished jobs to their callbacks, in the order they were started."""
        while self._jobs and self._jobs[0][0].done():
            future, on_done, on_error = self._jobs.pop(0)
            _finished(future)  # done: its callback may not have run yet
            release_collection()
            error = future.exception()
            if not self._jobs:
                self._timer.stop()
                self.busy_changed.emit(False)
            if error is not None:
                on_error(error)
            else:
                on_done(future.result())

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def wait(self) -> None:
        """Block until running work is finished (at quit, so no export is cut off), then hand
        the results over."""
        for future, _, _ in list(self._jobs):
            try:
                future.result()
            except Exception:  # reported through on_error by _collect
                logger.debug("background job failed")
        self._collect()
