"""What the statements and actions steps share about continuity between meetings: where a
carried item came from, and which children an item is for."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from chair_app.core.dates import format_short_date
from chair_app.core.domain import Family, Meeting
from chair_app.ui.meeting_controller import MeetingController
from chair_app.ui.steps.base import join_names

_UNSET = object()



class CarriedFrom:
    """The meeting this one follows (the latest closed one before it), looked up once: a
    closed meeting does not change, and no other meeting closes while this one is open. Only
    a new date for this meeting can make it another one."""

    def __init__(self, controller: MeetingController) -> None:
        self._controller = controller
        self._previous: Meeting | None | object = _UNSET
        self._for_date: dt.date | None = None

    @property
    def previous(self) -> Meeting | None:
        controller = self._controller
        if self._previous is _UNSET or self._for_date != controller.meeting.date:
            self._previous = controller.ctx.meetings.previous_meeting(controller.meeting_id)
            self._for_date = controller.meeting.date
        assert self._previous is None or isinstance(self._previous, Meeting)
        return self._previous

    def statement_source(self, carried_from_id: int | None) -> str:
        """The date of the meeting a statement was carried from, as text for a label."""
        previous = self.previous
        if previous is not None and any(s.id == carried_from_id for s in previous.statements):
            return format_short_date(previous.date)
        return QCoreApplication.translate("Continuity", "an earlier meeting")

    def action_source(self, carried_from_id: int | None) -> str:
        """The date of the meeting an action was carried from, as text for a label."""
        previous = self.previous
        if previous is not None and any(a.id == carried_from_id for a in previous.actions):
            return format_short_date(previous.date)
        return QCoreApplication.translate("Continuity", "an earlier meeting")


def children_text(family: Family, child_ids: tuple[int, ...]) -> str:
    """The named children, in the family's order: "Ellie Marlowe and Jacob Marlowe"."""
    names = [c.name for c in family.children if c.id in child_ids]
    if not child_ids:
        return QCoreApplication.translate("Continuity", "every child")
    if not names:
        return QCoreApplication.translate("Continuity", "a child no longer listed in the family")
    return join_names(names)


def first_names(family: Family, child_ids: tuple[int, ...]) -> str:
    """Short form for a table cell: "Ellie, Jacob", or "All" for every child."""
    if not child_ids:
        return QCoreApplication.translate("Continuity", "All")
    names = [c.name.split()[0] for c in family.children if c.id in child_ids and c.name.strip()]
    return ", ".join(names) or QCoreApplication.translate("Continuity", "Not listed")


def hint_label(name: str) -> QLabel:
    """A quiet, wrapping line of explanation under a field."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #3b3b3b;")
    return label
