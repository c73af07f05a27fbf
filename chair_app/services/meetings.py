"""Use-cases for a meeting: set it up, record each agenda step, review and close it."""

from __future__ import annotations

import datetime as dt
import logging

from chair_app.core.domain import (
    Action,
    AttendanceEntry,
    AttendanceStatus,
    Family,
    Meeting,
    MeetingStatus,
    MeetingSummary,
    MeetingType,
    NextMeeting,
    ThreeColumns,
    Vote,
    VoteChoice,
)
from chair_app.core.minutes import MinutesDocument, build_minutes
from chair_app.core.rules import (
    MissingItem,
    RuleViolation,
    check_roles,
    check_transition,
    close_review,
)
from chair_app.core.snapshot import network_from_json
from chair_app.models.db import SessionFactory
from chair_app.models.repositories import FamilyRepository, MeetingRepository

logger = logging.getLogger(__name__)


class MeetingService:
    """Everything the walk-through does to a meeting goes through here."""

    def __init__(self, factory: SessionFactory) -> None:
        self._meetings = MeetingRepository(factory)
        self._families = FamilyRepository(factory)

    def get(self, meeting_id: int) -> Meeting:
        return self._meetings.get(meeting_id)

    def list_meetings(self) -> tuple[MeetingSummary, ...]:
        return self._meetings.list_all()

    def create_meeting(
        self,
        family_id: int,
        meeting_type: MeetingType,
        date: dt.date,
        start_time: dt.time | None,
        venue: str,
        chair_id: int | None,
        minute_taker_id: int | None,
    ) -> int:
        """Create a draft meeting.

        Raises:
            RuleViolation: the chair is also the minute-taker, or either is not in the network.
        """
        check_roles(chair_id, minute_taker_id)
        self._check_members(family_id, chair_id, minute_taker_id)
        return self._meetings.create(
            family_id, meeting_type, date, start_time, venue.strip(), chair_id, minute_taker_id
        )

    def update_details(
        self,
        meeting_id: int,
        date: dt.date,
        start_time: dt.time | None,
        venue: str,
        chair_id: int | None,
        minute_taker_id: int | None,
    ) -> None:
        check_roles(chair_id, minute_taker_id)
        meeting = self._meetings.get(meeting_id)
        self._check_members(meeting.family_id, chair_id, minute_taker_id)
        self._meetings.update_details(
            meeting_id, date, start_time, venue.strip(), chair_id, minute_taker_id
        )

    def _check_members(self, family_id: int, *person_ids: int | None) -> None:
        network = {p.id for p in self._families.get(family_id).people}
        if any(pid is not None and pid not in network for pid in person_ids):
            raise RuleViolation("The chair and the minute-taker must be members of the network.")

    def start(self, meeting_id: int) -> None:
        """Move a draft meeting to in progress."""
        meeting = self._meetings.get(meeting_id)
        check_transition(meeting.status, MeetingStatus.IN_PROGRESS)
        check_roles(meeting.chair_id, meeting.minute_taker_id)
        self._meetings.set_status(meeting_id, MeetingStatus.IN_PROGRESS)

    def review(self, meeting_id: int) -> tuple[MissingItem, ...]:
        """What is missing before closing, in agenda order."""
        meeting = self._meetings.get(meeting_id)
        return close_review(meeting, self._families.get(meeting.family_id))

    def close(self, meeting_id: int) -> None:
        """Close an in-progress meeting. The chair has seen the review; gaps do not block it."""
        meeting = self._meetings.get(meeting_id)
        check_transition(meeting.status, MeetingStatus.CLOSED)
        self._meetings.close(meeting_id, self._families.get(meeting.family_id))

    def family_as_recorded(self, meeting_id: int) -> Family:
        """The family as the meeting's record names it: as it stood at the close for a closed
        meeting (later renames and departures do not reach its minutes), as it is now otherwise.
        """
        meeting = self._meetings.get(meeting_id)
        family = self._families.get(meeting.family_id)
        snapshot = self._meetings.network_as_recorded(meeting_id)
        if snapshot is None:
            return family
        try:
            return network_from_json(snapshot, family.id, family.meetings)
        except ValueError:
            # A damaged snapshot must not hide the minutes: fall back to the network as it is.
            logger.error("meeting %s: network snapshot unreadable", meeting_id)
            return family

    def set_attendance(self, meeting_id: int, entry: AttendanceEntry) -> None:
        """Record how one person took part. A report's text is kept even if the status changes,
        so that a status clicked by mistake never destroys what was typed."""
        self._meetings.set_attendance(meeting_id, entry)

    def add_statement(self, meeting_id: int) -> int:
        return self._meetings.add_statement(meeting_id)

    def update_statement(self, statement_id: int, statement: str, safety_goal: str) -> None:
        self._meetings.update_statement(statement_id, statement, safety_goal)

    def remove_statement(self, statement_id: int) -> None:
        self._meetings.remove_statement(statement_id)

    def move_statement(self, statement_id: int, offset: int) -> None:
        self._meetings.move_statement(statement_id, offset)

    def set_score(
        self,
        meeting_id: int,
        person_id: int,
        statement_id: int | None,
        value: int | None,
        reason: str,
    ) -> None:
        """Record a score from 0 to 10 (None removes it).

        Raises:
            RuleViolation: the value is outside 0..10.
        """
        if value is not None and not 0 <= value <= 10:
            raise RuleViolation("A score is a whole number from 0 to 10.")
        self._meetings.set_score(meeting_id, person_id, statement_id, value, reason)

    def set_columns(self, meeting_id: int, columns: ThreeColumns) -> None:
        self._meetings.set_columns(meeting_id, columns)

    def add_action(self, meeting_id: int) -> int:
        return self._meetings.add_action(meeting_id)

    def update_action(self, action: Action) -> None:
        self._meetings.update_action(action)

    def remove_action(self, action_id: int) -> None:
        self._meetings.remove_action(action_id)

    def add_decision(self, meeting_id: int) -> int:
        return self._meetings.add_decision(meeting_id)

    def update_question(self, decision_id: int, question: str) -> None:
        self._meetings.update_question(decision_id, question)

    def set_vote(self, meeting_id: int, decision_id: int, vote: Vote) -> None:
        """Record a vote. Only professionals present at the meeting may vote.

        Raises:
            RuleViolation: the person is not a professional who is present.
        """
        if vote.choice is not VoteChoice.NOT_VOTED or vote.reason:
            meeting = self._meetings.get(meeting_id)
            family = self._families.get(meeting.family_id)
            person = family.person(vote.person_id)
            if person is None or not person.is_professional:
                raise RuleViolation(
                    "Only professionals vote. Family members and advocates are heard, "
                    "and their views are recorded, but they do not vote."
                )
            if meeting.attendance_of(person.id).status is not AttendanceStatus.PRESENT:
                raise RuleViolation(f"{person.name} is not marked present, so cannot vote.")
        self._meetings.set_vote(decision_id, vote)

    def remove_decision(self, decision_id: int) -> None:
        self._meetings.remove_decision(decision_id)

    def set_next_meeting(self, meeting_id: int, next_meeting: NextMeeting) -> None:
        self._meetings.set_next_meeting(meeting_id, next_meeting)

    def build_minutes(self, meeting_id: int) -> MinutesDocument:
        return build_minutes(self._meetings.get(meeting_id), self.family_as_recorded(meeting_id))
