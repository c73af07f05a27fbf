"""The presenter of one open meeting: calls the services and tells the pages what changed."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from chair_app.core.agenda import StepKey
from chair_app.core.domain import Family, Meeting
from chair_app.core.errors import ActionCarried, MeetingClosed, NotFound, StorageUnavailable
from chair_app.core.language import display_language
from chair_app.core.rules import RuleViolation
from chair_app.ui.autosave import WRITE_ERRORS, Autosaver, write_problem
from chair_app.ui.context import AppContext

logger = logging.getLogger(__name__)

T = TypeVar("T")

# Errors a user can act on; anything else is a bug and reaches the crash handler.
USER_ERRORS = (RuleViolation, MeetingClosed, StorageUnavailable, NotFound, ActionCarried)


class MeetingController(QObject):
    """Holds the open meeting and its family as plain data, refreshed after each change.

    Signals:
        structure_changed(): items were added, removed or reordered, or the status changed;
            pages rebuild from ``meeting``.
        error_occurred(str): a change was refused or could not be saved; the text is for the user.
        record_changed(): a change was saved (or refused) and ``meeting`` reloaded.
        typed(): text was typed and waits for the autosave; the widgets hold it meanwhile
            (the room display reads them).
        save_problem(str): saving has stopped, and why (the window shows it in a banner, not a
            dialog, so typing goes on); "" once everything waiting has been saved.
    """

    structure_changed = Signal()
    error_occurred = Signal(str)
    record_changed = Signal()
    typed = Signal()
    save_problem = Signal(str)

    def __init__(self, ctx: AppContext, meeting_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.autosaver = Autosaver(self)
        self.autosaver.failed.connect(self.save_problem)
        self.autosaver.recovered.connect(lambda: self.save_problem.emit(""))
        # What is typed but not yet written, as changes to ``meeting``: put back on the record
        # read after a reload, so a page never shows less than was typed.
        self._unsaved: dict[str, Callable[[Meeting], Meeting]] = {}
        # Run at every flush (step change, leaving, locking, quitting), e.g. saving step times.
        self._flush_hooks: list[Callable[[], None]] = []
        self.meeting: Meeting = ctx.meetings.get(meeting_id)
        self.family: Family = ctx.meetings.family_as_recorded(meeting_id)
        # The meeting type's agenda: a local authority's file in the data folder's "agendas"
        # folder, else the bundled one, else the built-in one (with the problem said), in the
        # window's language.
        self.loaded_agenda = ctx.meetings.agenda(self.meeting.meeting_type).in_language(
            display_language()
        )

    @property
    def agenda_keys(self) -> frozenset[StepKey]:
        return frozenset(step.key for step in self.loaded_agenda.steps)

    @property
    def editable(self) -> bool:
        return not self.meeting.is_closed

    def reload(self) -> None:
        meeting = self.ctx.meetings.get(self.meeting_id)
        for patch in self._unsaved.values():
            meeting = patch(meeting)
        self.meeting = meeting
        self.family = self.ctx.meetings.family_as_recorded(self.meeting_id)

    def change(self, action: Callable[[], T], *, structural: bool = False) -> T | None:
        """Run a service call, refresh the data, and report a refusal instead of raising.

        A change that cannot be written (a full disk) changes nothing on screen: the banner says
        why (save_problem), with no dialog, and what is typed stays as it is."""
        try:
            result = action()
        except WRITE_ERRORS as error:
            logger.warning("change not written: %s", type(error).__name__)
            self.save_problem.emit(
                write_problem(error)
                + " "
                + self.tr(
                    "The last button or choice was not saved: make it again once this message "
                    "has gone."
                )
            )
            return None
        except USER_ERRORS as error:
            self._refused(error)
            return None
        self.reload()
        self.record_changed.emit()
        if structural:
            self.structure_changed.emit()
        if self.autosaver.failing:
            self.autosaver.flush()  # the disk takes writes again: save the queue now
        elif not self.autosaver.has_pending:
            self.save_problem.emit("")
        return result

    def _refused(self, error: Exception) -> None:
        logger.info("change refused: %s", type(error).__name__)
        self.error_occurred.emit(str(error))
        self.reload()
        self.structure_changed.emit()
        self.record_changed.emit()

    def save_later(
        self,
        key: str,
        action: Callable[[], object],
        after: Callable[[], None] | None = None,
        patch: Callable[[Meeting], Meeting] | None = None,
    ) -> None:
        """Save typed text after a quiet moment (see Autosaver); then run ``after``, which sees
        the meeting as saved (for labels that summarise it).

        ``patch`` makes the same change to ``meeting`` in memory, at once: the save then writes
        one row and rereads nothing, so its cost does not grow with the meeting. Without a
        patch the whole meeting is read again after the save. A save that cannot be written
        stays queued in the autosaver and is retried (save_problem says so meanwhile)."""
        if patch is not None:
            self.meeting = patch(self.meeting)
            self._unsaved[key] = patch

        def save() -> None:
            try:
                action()
            except WRITE_ERRORS:
                raise  # kept by the autosaver and tried again
            except USER_ERRORS as error:
                if patch is not None and self._unsaved.get(key) is patch:
                    del self._unsaved[key]
                self._refused(error)
                return
            if patch is None:
                self.reload()
                self.record_changed.emit()
            elif self._unsaved.get(key) is patch:
                del self._unsaved[key]
            if after is not None:
                after()

        self.autosaver.schedule(key, save)
        self.typed.emit()

    def flush(self) -> None:
        self.autosaver.flush()
        for hook in self._flush_hooks:
            hook()

    def add_flush_hook(self, hook: Callable[[], None]) -> None:
        """Also run ``hook`` whenever unsaved work is flushed."""
        self._flush_hooks.append(hook)
