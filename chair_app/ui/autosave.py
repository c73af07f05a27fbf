"""Debounced saving of typed text: saved shortly after typing stops, never per keystroke.

Typing that never stops for SAVE_DELAY_MS (a fast typist, or a long dictated passage) is still
saved: a save runs at the latest MAX_WAIT_MS after the first unsaved change, so a crash or a
power cut loses at most about half a second of typing (tests/ui/test_autosave_kill.py).

A save that cannot be written (a full disk, a disk error, a read-only file) is kept: the latest
value of each field stays queued here, in memory, and is tried again every RETRY_MS until it is
written (tests/ui/test_disk_full.py). Nothing typed is dropped while the window stays open.
"""

from __future__ import annotations

import errno
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from chair_app.core.errors import StorageUnavailable

logger = logging.getLogger(__name__)

SAVE_DELAY_MS = 250
MAX_WAIT_MS = 350
RETRY_MS = 3000

# Errors that mean "not written this time": the value stays queued and is tried again.
WRITE_ERRORS = (StorageUnavailable, OSError)

def write_problem(error: BaseException) -> str:
    """What the banner says when a save fails with ``error``: why, and that typing is kept."""
    text = str(error).lower()
    number = error.errno if isinstance(error, OSError) else None
    if number == errno.ENOSPC or "disk is full" in text or "no space" in text:
        return QCoreApplication.translate(
            "Autosave",
            "The disk is full: what you type is kept in this window and saved as soon as there "
            "is space. Do not close Chair.",
        )
    if number == errno.EROFS or "readonly" in text or "read-only" in text:
        return QCoreApplication.translate(
            "Autosave",
            "The data file cannot be written to (it is read-only): what you type is kept in "
            "this window and saved as soon as it can be written again. Do not close Chair.",
        )
    if number == errno.EIO or "i/o error" in text:
        return QCoreApplication.translate(
            "Autosave",
            "The disk could not be written to (a disk error): what you type is kept in this "
            "window and saved as soon as the disk answers again. Do not close Chair.",
        )
    return QCoreApplication.translate(
        "Autosave",
        "The data could not be saved: what you type is kept in this window and saved as soon "
        "as it can be. Do not close Chair.",
    )


class Autosaver(QObject):
    """Holds at most one pending save per key and runs it after a quiet moment, or on flush,
    or MAX_WAIT_MS after the first pending change if typing goes on.

    Signals:
        failed(str): a save could not be written; the text says why (write_problem). The save
            stays pending and is retried every RETRY_MS.
        recovered(): after a failure, everything pending has now been written.
    """

    failed = Signal(str)
    recovered = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        delay_ms: int = SAVE_DELAY_MS,
        max_wait_ms: int = MAX_WAIT_MS,
        retry_ms: int = RETRY_MS,
    ) -> None:
        super().__init__(parent)
        self._pending: dict[str, Callable[[], None]] = {}
        self._failing = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        # Not restarted by later keystrokes: the bound on how long a change stays unsaved.
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(max(max_wait_ms, delay_ms))
        self._deadline.timeout.connect(self.flush)
        self._retry = QTimer(self)
        self._retry.setObjectName("autosave_retry_timer")
        self._retry.setSingleShot(True)
        self._retry.setInterval(retry_ms)
        self._retry.timeout.connect(self.flush)

    def schedule(self, key: str, save: Callable[[], None]) -> None:
        self._pending[key] = save
        if self._failing:
            return  # the retry timer saves it: every keystroke need not hit a full disk
        if not self._deadline.isActive():
            self._deadline.start()
        self._timer.start()

    def flush(self) -> None:
        """Run every pending save now (before leaving a page, closing, or exporting). A save
        that cannot be written stays pending (unless a newer one for its key came meanwhile)."""
        self._timer.stop()
        self._deadline.stop()
        self._retry.stop()
        pending, self._pending = self._pending, {}
        problem = ""
        for key, save in pending.items():
            if problem:  # the disk refused one already: keep the rest for the retry
                self._pending.setdefault(key, save)
                continue
            try:
                save()
            except WRITE_ERRORS as error:
                logger.warning("autosave not written (%s); kept for a retry", type(error).__name__)
                problem = write_problem(error)
                self._pending.setdefault(key, save)
        if problem:
            self._failing = True
            self._retry.start()
            self.failed.emit(problem)
        elif self._failing and not self._pending:
            self._failing = False
            logger.info("autosave written again after a failure")
            self.recovered.emit()
        elif self._pending:  # scheduled while the saves ran
            self._timer.start()

    @property
    def has_pending(self) -> bool:
        return bool(self._pending)

    @property
    def failing(self) -> bool:
        """The last save could not be written; what is pending waits for the retry."""
        return self._failing
