"""The one way to run slow work (exports) off the main thread.

Work runs on a single-thread pool, so that two exports never write at once; results come back to
the main thread through a queued signal. The work gets plain data and never touches a widget.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

logger = logging.getLogger(__name__)


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as error:  # delivered to the caller's on_error, never lost
            self._relay.failed.emit(error)
        else:
            self._relay.done.emit(result)


class BackgroundRunner(QObject):
    """Runs callables one at a time off the main thread.

    Signals:
        busy_changed(bool): work started or all work finished.
    """

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pending = 0
        self._relays: set[_Relay] = set()

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        relay = _Relay()
        self._relays.add(relay)

        @Slot(object)
        def finished(result: Any) -> None:
            self._finish(relay)
            on_done(result)

        @Slot(object)
        def failed(error: BaseException) -> None:
            self._finish(relay)
            on_error(error)

        relay.done.connect(finished)
        relay.failed.connect(failed)
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Task(fn, relay))

    def _finish(self, relay: _Relay) -> None:
        self._relays.discard(relay)
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def wait(self) -> None:
        """Block until running work is finished (at quit, so no export is cut off)."""
        self._pool.waitForDone()
