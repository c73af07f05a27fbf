"""Debounced saving of typed text: saved shortly after typing stops, never per keystroke.

Typing that never stops for SAVE_DELAY_MS (a fast typist, or a long dictated passage) is still
saved: a save runs at the latest MAX_WAIT_MS after the first unsaved change, so a crash or a
power cut loses at most about a second of typing (tests/ui/test_autosave_kill.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

SAVE_DELAY_MS = 400
MAX_WAIT_MS = 600


class Autosaver(QObject):
    """Holds at most one pending save per key and runs it after a quiet moment, or on flush,
    or MAX_WAIT_MS after the first pending change if typing goes on."""

    def __init__(
        self,
        parent: QObject | None = None,
        delay_ms: int = SAVE_DELAY_MS,
        max_wait_ms: int = MAX_WAIT_MS,
    ) -> None:
        super().__init__(parent)
        self._pending: dict[str, Callable[[], None]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        # Not restarted by later keystrokes: the bound on how long a change stays unsaved.
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(max(max_wait_ms, delay_ms))
        self._deadline.timeout.connect(self.flush)

    def schedule(self, key: str, save: Callable[[], None]) -> None:
        if not self._pending:
            self._deadline.start()
        self._pending[key] = save
        self._timer.start()

    def flush(self) -> None:
        """Run every pending save now (before leaving a page, closing, or exporting)."""
        self._timer.stop()
        self._deadline.stop()
        pending, self._pending = self._pending, {}
        for save in pending.values():
            save()

    @property
    def has_pending(self) -> bool:
        return bool(self._pending)
