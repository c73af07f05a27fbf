"""Debounced saving of typed text: saved shortly after typing stops, never per keystroke."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

SAVE_DELAY_MS = 400


class Autosaver(QObject):
    """Holds at most one pending save per key and runs it after a quiet moment, or on flush."""

    def __init__(self, parent: QObject | None = None, delay_ms: int = SAVE_DELAY_MS) -> None:
        super().__init__(parent)
        self._pending: dict[str, Callable[[], None]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)

    def schedule(self, key: str, save: Callable[[], None]) -> None:
        self._pending[key] = save
        self._timer.start()

    def flush(self) -> None:
        """Run every pending save now (before leaving a page, closing, or exporting)."""
        self._timer.stop()
        pending, self._pending = self._pending, {}
        for save in pending.values():
            save()

    @property
    def has_pending(self) -> bool:
        return bool(self._pending)
