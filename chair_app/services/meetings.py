"""Use-cases for a meeting: set it up, record each agenda step, review and close it."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from chair_app.core.agenda import StepKey
from chair_app.core.conference import (
    CONFERENCE_TYPES,
    NON_PROFESSIONAL_AT_STRATEGY,
    QuorumCheck,
    check_quorum,
    needs_acknowledgement,
    social_worker_missing,
)
from chair_app.core.dates import format_short_date, format_time
from chair_app.core.domain import (
    Action,
    AgencyUpdate,
    AttendanceEntry,
    AttendanceStatus,
    ChildDecision,
    ChildPlanView,
    ChildViews,
    Family,
    Meeting,
    MeetingStatus,
    MeetingSummary,
    MeetingType,
    NextMeeting,
    Person,
    PlanView,
    ThreeColumns,
    Vote,
    VoteChoice,
    Withholding,
)
from chair_app.core.errors import MeetingClosed, MinutesAgreed, StorageUnavailable
from chair_app.core.facts import FactKind, FactRef
from chair_app.core.history import BigMove, ScaleHistory, big_moves, scaling_history
from chair_app.core.language import translate
from chair_app.core.lifecycle import MinutesStatus
from chair_app.core.minutes import MinutesDocument
from chair_app.core.minutes_copy import meeting_minutes
from chair_app.core.record import MeetingRecord
from chair_app.core.rules import (
    MissingItem,
    RuleViolation,
    blocking_items,
    check_roles,
    check_transition,
    close_review,
    continuity_review,
)
from chair_app.core.snapshot import network_from_json
from chair_app.core.voting import vote_refusal
from chair_app.core.withholding import BadItemKey, item_ref
from chair_app.models.db import SessionFactory
from chair_app.models.meeting_record import load_meeting_record
from chair_app.models.minutes_repository import MinutesRepository
from chair_app.models.repositories import FamilyRepository, MeetingRepository
from chair_app.services.agendas import LoadedAgenda, load_agenda
from chair_app.services.charts import chart_for
from chair_app.services.step_times import StepTimes
from chair_app.services.withholding_items import missing_item

logger = logging.getLogger(__name__)


class AcknowledgementNeeded(RuleViolation):
    """The change breaks a guideline the chair may knowingly set aside; the message asks them."""


@dataclass(frozen=True, slots=True)
class ProceedCheck:
    social_worker_missing: bool
    quorum: QuorumCheck
    quorum_acknowledged: bool


class MeetingService:
    """Everything the walk-through does to a meeting goes through here."""

    def __init__(
        self,
        factory: SessionFactory,
        agenda_folder: Path | None = None,
        *,
        backup_data_dir: Path | None = None,
        back_up: Callable[[str], object] | None = None,
    ) -> None:
        """agenda_folder: a local authority's agenda files (see services.agendas), if any.
        backup_data_dir: the (plain) data folder to back up when a meeting closes.
        back_up: instead, called with the reason when a meeting closes (the window passes one
            that backs up its encrypted store off the main thread)."""
        self._factory = factory
        self._meetings = MeetingRepository(factory)
        self._families = FamilyRepository(factory)
        self.step_clock = StepTimes(factory)
        self._minutes = MinutesRepository(factory)
        self._agenda_folder = agenda_folder
        self._backup_data_dir = backup_data_dir
        self._back_up = back_up

    def agenda(self, meeting_type: MeetingType) -> LoadedAgenda:
        """The agenda the meeting type follows: the walk-through's steps and the minutes' order."""
        return load_agenda(meeting_type, self._agenda_folder)

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
        meeting_id = self._meetings.create(
            family_id, meeting_type, date, start_time, venue.strip(), chair_id, minute_taker_id
        )
        source = self.plan_source(family_id, meeting_type)
        if source is not None:
            self._meetings.carry_forward(source.id, meeting_id)
        return meeting_id

    def plan_source(self, family_id: int, meeting_type: MeetingType) -> MeetingSummary | None:
        """The meeting a new one of this type starts from: the family's latest closed meeting
        (a strategy meeting is for professionals, so it neither gives nor takes a plan). None
        for a family's first meeting: it starts empty."""
        if meeting_type is MeetingType.STRATEGY:
            return None
        closed = [
            m
            for m in self._families.get(family_id).meetings
            if m.status is MeetingStatus.CLOSED and m.meeting_type is not MeetingType.STRATEGY
        ]
        return max(closed, key=lambda m: (m.date, m.id), default=None)

    def usual_chair(self, family_id: int) -> int | None:
        """Who chaired the family's latest meeting: the new meeting's chair unless changed."""
        meetings = [
            m for m in self._families.get(family_id).meetings if m.status is not MeetingStatus.NOT_HELD
        ]
        for summary in sorted(meetings, key=lambda m: (m.date, m.id), reverse=True):
            chair = self._meetings.get(summary.id).chair_id
            if chair is not None:
                return chair
        return None

    def previous_meeting(self, meeting_id: int) -> Meeting | None:
        """The closed meeting this one's plan was carried from, if any."""
        meeting = self._meetings.get(meeting_id)
        latest = max(self._earlier(meeting), key=lambda m: (m.date, m.id), default=None)
        return self._meetings.get(latest.id) if latest is not None else None

    def _earlier(self, meeting: Meeting) -> list[MeetingSummary]:
        """The family's closed meetings before this one that count for its history."""
        return [
            m
            for m in self._families.get(meeting.family_id).meetings
            if m.status is MeetingStatus.CLOSED
            and m.meeting_type is not MeetingType.STRATEGY
            and (m.date, m.id) < (meeting.date, meeting.id)
        ]

    def scaling_history(self, meeting_id: int) -> tuple[ScaleHistory, ...]:
        """Every scale of this meeting with the scores of each meeting so far, oldest first."""
        meeting = self._meetings.get(meeting_id)
        ordered = sorted(self._earlier(meeting), key=lambda m: (m.date, m.id))
        records = self._meetings.get_many([m.id for m in ordered])
        return scaling_history([*records, meeting])

    def big_moves(self, meeting_id: int) -> tuple[BigMove, ...]:
        """Scores that moved by three points or more since the last meeting."""
        return big_moves(self.previous_meeting(meeting_id), self._meetings.get(meeting_id))

    def action_history(self, action_id: int) -> tuple[tuple[dt.date, Action], ...]:
        return self._meetings.action_history(action_id)

    def set_statement_children(self, statement_id: int, child_ids: tuple[int, ...]) -> None:
        self._meetings.set_statement_children(statement_id, child_ids)

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
            raise RuleViolation(
                translate(
                    "Meetings", "The chair and the minute-taker must be members of the network."
                )
            )

    def start(self, meeting_id: int) -> None:
        """Move a draft meeting to in progress."""
        meeting = self._meetings.get(meeting_id)
        check_transition(meeting.status, MeetingStatus.IN_PROGRESS)
        check_roles(meeting.chair_id, meeting.minute_taker_id)
        self._meetings.set_status(meeting_id, MeetingStatus.IN_PROGRESS)

    def review(
        self, meeting_id: int, steps: Sequence[StepKey] | None = None
    ) -> tuple[MissingItem, ...]:
        """What is missing before closing, in the order of the meeting's agenda; only the
        agenda's steps are checked. steps: another agenda to check against (default: the
        meeting type's own)."""
        meeting = self._meetings.get(meeting_id)
        if steps is None:
            steps = tuple(step.key for step in self.agenda(meeting.meeting_type).steps)
        family = self._families.get(meeting.family_id)
        items = close_review(meeting, family, steps)
        continuity = continuity_review(meeting, family, self.big_moves(meeting_id))
        order = {step: index for index, step in enumerate(steps)}
        merged = [*items, *(item for item in continuity if item.step in order)]
        return tuple(sorted(merged, key=lambda item: order.get(item.step, len(order))))

    def close(self, meeting_id: int) -> None:
        """Close an in-progress meeting. The chair has seen the review; gaps do not block it,
        but a broken rule does (a Core Group without its social worker; a conference decision
        that differs from the majority without a reason).

        Raises:
            RuleViolation: the meeting is not in progress, or a rule is broken.
        """
        meeting = self._meetings.get(meeting_id)
        check_transition(meeting.status, MeetingStatus.CLOSED)
        family = self._families.get(meeting.family_id)
        blocking = blocking_items(meeting, family)
        if blocking:
            raise RuleViolation(" ".join(item.message for item in blocking))
        self._meetings.close(meeting_id, family)
        if self._back_up is not None:
            self._back_up("meeting-closed")
        elif self._backup_data_dir is not None:
            from chair_app.services.backup import make_backup

            try:
                make_backup(self._backup_data_dir, "meeting-closed")
            except StorageUnavailable:
                # The meeting is closed and saved; a missed backup must not undo that.
                logger.warning("no backup after closing meeting %s", meeting_id)

    def proceed_check(self, meeting_id: int) -> ProceedCheck:
        """What stands in the way of going on past the introductions, for this type of meeting."""
        meeting = self._meetings.get(meeting_id)
        family = self._families.get(meeting.family_id)
        return ProceedCheck(
            social_worker_missing=social_worker_missing(meeting, family),
            quorum=check_quorum(meeting, family),
            quorum_acknowledged=bool(meeting.quorum_shortfall),
        )

    def proceed_without_quorum(self, meeting_id: int) -> None:
        """Record that the chair went ahead with an inquorate conference, and what was missing."""
        meeting = self._meetings.get(meeting_id)
        quorum = check_quorum(meeting, self._families.get(meeting.family_id))
        if quorum.is_quorate:
            raise RuleViolation(
                translate("Meetings", "The conference is quorate; there is nothing to record.")
            )
        self._meetings.set_quorum_shortfall(meeting_id, quorum.shortfall)

    def record_not_held(
        self, meeting_id: int, reason: str, new_date: dt.date, new_time: dt.time | None = None
    ) -> int:
        """Record that the meeting did not go ahead and why, and set up a new draft meeting of the
        same kind on new_date, with the same chair, minute-taker and venue. Returns its id.

        Raises:
            RuleViolation: no reason, or the new date is not after the meeting's date.
        """
        meeting = self._meetings.get(meeting_id)
        check_transition(meeting.status, MeetingStatus.NOT_HELD)
        if not reason.strip():
            raise RuleViolation(translate("Meetings", "Say why the meeting was not held."))
        if new_date <= meeting.date:
            raise RuleViolation(
                translate(
                    "Meetings", "The new date must be after the date of the meeting not held."
                )
            )
        family = self._families.get(meeting.family_id)
        self._meetings.record_not_held(meeting_id, reason.strip(), family)
        return self._meetings.create(
            meeting.family_id,
            meeting.meeting_type,
            new_date,
            new_time if new_time is not None else meeting.start_time,
            meeting.venue,
            meeting.chair_id,
            meeting.minute_taker_id,
        )

    def set_reasons(self, meeting_id: int, text: str) -> None:
        self._meetings.set_reasons(meeting_id, text)

    def set_contingency(self, meeting_id: int, text: str) -> None:
        self._meetings.set_contingency(meeting_id, text)

    def set_chair_summary(self, meeting_id: int, text: str) -> None:
        """The chair's summary, said at the close and printed in the minutes' closing section.

        Raises:
            MeetingClosed: the meeting is closed (correct the minutes instead).
        """
        self._meetings.set_chair_summary(meeting_id, text)

    def add_contingency_part(self, meeting_id: int, text: str = "") -> int:
        """Add a further part to the contingency plan, after the others; returns its id."""
        return self._meetings.add_contingency_part(meeting_id, text)

    def update_contingency_part(self, part_id: int, text: str) -> None:
        self._meetings.update_contingency_part(part_id, text)

    def remove_contingency_part(self, part_id: int) -> None:
        self._meetings.remove_contingency_part(part_id)

    def set_statement_notes(self, statement_id: int, notes: str) -> None:
        """The notes behind a danger statement: its sources and any third-party detail, which
        can be withheld on their own (``statement_notes:<id>``)."""
        self._meetings.set_statement_notes(statement_id, notes)

    def withholding_refusal(self, meeting_id: int, status: MeetingStatus | None = None) -> str:
        """Why who may see what can no longer be changed for this meeting; "" while it can.
        It can while the meeting is open, and after it closes until the minutes are agreed.

        Args:
            status: the meeting's status, if the caller holds it (saves reading the meeting).
        """
        if status is None:
            status = self._meetings.get(meeting_id).status
        if status is MeetingStatus.NOT_HELD:
            return translate(
                "Meetings", "This meeting was not held, so it has no minutes to send."
            )
        # Only a closed meeting has minutes to agree.
        if status is MeetingStatus.CLOSED and (
            self._minutes.status(meeting_id) is MinutesStatus.AGREED
        ):
            return str(MinutesAgreed())
        return ""

    def set_withholding(
        self, meeting_id: int, key: FactRef | str, withholding: Withholding
    ) -> None:
        """Set who one item of the meeting (a FactRef of core.withholding's kinds, or its text
        form) is withheld from.

        Raises:
            MinutesAgreed: the minutes are agreed, so nothing in them changes any more.
            RuleViolation: the meeting was not held; the key names no item of this meeting; or
                a person named is not in the family's network.
        """
        if self._minutes.status(meeting_id) is MinutesStatus.AGREED:
            raise MinutesAgreed()
        meeting = self._meetings.get(meeting_id)
        if meeting.status is MeetingStatus.NOT_HELD:
            raise RuleViolation(self.withholding_refusal(meeting_id))
        family = self.family_as_recorded(meeting_id)
        try:
            ref = item_ref(key)
        except BadItemKey as error:
            raise RuleViolation(str(error)) from None
        problem = missing_item(meeting, family, ref)
        if problem:
            raise RuleViolation(problem)
        network = {p.id for p in family.people}
        strangers = [pid for pid in withholding.from_people if pid not in network]
        if strangers:
            if len(strangers) == 1:
                problem = translate(
                    "Meetings",
                    "One person named is not in the family's network; an item can only be kept "
                    "from people in it.",
                )
            else:
                problem = translate(
                    "Meetings",
                    "{count} people named are not in the family's network; an item can only be "
                    "kept from people in it.",
                ).format(count=len(strangers))
            raise RuleViolation(problem)
        kind, ids = ref.kind, ref.ids
        if kind is FactKind.VOTE_REASON:
            decision = next(d for d in meeting.decisions if d.id == ids[0])
            if all(v.person_id != ids[1] for v in decision.votes):
                # Withheld before anything is typed: an empty "not voted" line holds the mark,
                # so the choice is not lost when the reason is written.
                self._meetings.set_vote(ids[0], Vote(ids[1], VoteChoice.NOT_VOTED))
        self._meetings.set_withholding(meeting_id, ref, withholding)
        logger.info("meeting %s: withholding of a %s item set", meeting_id, kind.value)

    def set_update(self, meeting_id: int, update: AgencyUpdate) -> None:
        self._meetings.set_update(meeting_id, update)

    def set_child_views(self, meeting_id: int, views: ChildViews) -> None:
        self._meetings.set_child_views(meeting_id, views)

    def set_plan_view(self, meeting_id: int, view: ChildPlanView) -> None:
        """Record one professional's view on one child at a conference.

        Raises:
            RuleViolation: not a conference, or the person is not a professional present.
        """
        meeting = self._meetings.get_outline(meeting_id)
        if meeting.meeting_type not in CONFERENCE_TYPES:
            raise RuleViolation(
                translate("Meetings", "Views on a child protection plan are given at conferences.")
            )
        family = self._families.get(meeting.family_id)
        if view.view is not PlanView.NOT_GIVEN or view.reason:
            person = family.person(view.person_id)
            if person is None or not person.is_professional:
                raise RuleViolation(
                    translate(
                        "Meetings",
                        "Only professionals give a view on the plan. Parents, family and advocates "
                        "are heard, and their views are recorded, but they are not counted.",
                    )
                )
            if meeting.attendance_of(person.id).status is not AttendanceStatus.PRESENT:
                raise RuleViolation(
                    translate("Meetings", "{name} is not marked present, so gives no view.").format(
                        name=person.name
                    )
                )
            if person.id in (meeting.chair_id, meeting.minute_taker_id):
                if person.id == meeting.chair_id:
                    problem = translate(
                        "Meetings",
                        "{name} is the chair, so gives no view: the chair records the decision "
                        "apart from the views, and the minute-taker has no other role.",
                    )
                else:
                    problem = translate(
                        "Meetings",
                        "{name} is the minute-taker, so gives no view: the chair records the "
                        "decision apart from the views, and the minute-taker has no other role.",
                    )
                raise RuleViolation(problem.format(name=person.name))
        self._meetings.set_plan_view(meeting_id, view)

    def set_child_decision(self, meeting_id: int, decision: ChildDecision) -> None:
        """Record the chair's decision for one child, apart from the views. A decision that
        differs from the majority is kept, and the close is refused until it has a reason."""
        meeting = self._meetings.get_outline(meeting_id)
        if meeting.meeting_type not in CONFERENCE_TYPES:
            raise RuleViolation(
                translate(
                    "Meetings", "A decision on a child protection plan is made at a conference."
                )
            )
        self._meetings.set_child_decision(meeting_id, decision)

    def needs_acknowledgement(self, meeting_id: int, entry: AttendanceEntry) -> str | None:
        """The warning the chair must acknowledge before this attendance is recorded, if any
        (a family member or advocate present at a strategy meeting)."""
        meeting = self._meetings.get_outline(meeting_id)
        family = self._families.get(meeting.family_id)
        person = family.person(entry.person_id)
        if person is None or not needs_acknowledgement(meeting, person, entry.status):
            return None
        return NON_PROFESSIONAL_AT_STRATEGY.format(name=person.name)

    def family_as_recorded(self, meeting_id: int) -> Family:
        """The family as the meeting's record names it: as it stood at the close for a closed
        meeting (later renames and departures do not reach its minutes), as it is now otherwise.
        """
        meeting = self._meetings.get_outline(meeting_id)
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

    def set_attendance(
        self, meeting_id: int, entry: AttendanceEntry, *, acknowledged: bool = False
    ) -> None:
        """Record how one person took part. A report's text is kept even if the status changes,
        so that a status clicked by mistake never destroys what was typed.

        Raises:
            AcknowledgementNeeded: a family member or advocate marked present at a strategy
                meeting, and the chair has not acknowledged the warning (acknowledged=False).
        """
        self._check_details(meeting_id, entry)
        warning = self.needs_acknowledgement(meeting_id, entry)
        if warning is not None:
            if not acknowledged:
                raise AcknowledgementNeeded(warning)
            self._meetings.acknowledge_non_professionals(meeting_id)
        self._meetings.set_attendance(meeting_id, entry)

    def _check_details(self, meeting_id: int, entry: AttendanceEntry) -> None:
        """Refuse attendance details that cannot be true, with the reason in plain words."""
        if entry.arrived_at and entry.left_at and entry.left_at <= entry.arrived_at:
            raise RuleViolation(
                translate(
                    "Meetings",
                    "Left at {left} is not after arrived at {arrived}. Check the two times.",
                ).format(left=format_time(entry.left_at), arrived=format_time(entry.arrived_at))
            )
        if entry.representative_id is not None:
            if entry.representative_id == entry.person_id:
                raise RuleViolation(
                    translate("Meetings", "Someone cannot be their own representative.")
                )
            meeting = self._meetings.get_outline(meeting_id)
            if self._families.get(meeting.family_id).person(entry.representative_id) is None:
                raise RuleViolation(
                    translate("Meetings", "The representative is not in the family's network.")
                )

    def add_representative(self, meeting_id: int, person_id: int, representative: Person) -> int:
        """Add someone who came in a person's place as a new member of the network (name, role
        and the agency they speak for), and record them as that person's representative.
        The person's other attendance details are kept. Returns the new person's id.

        Raises:
            RuleViolation: no name given, or the person is not in the family's network.
            MeetingClosed: the meeting no longer changes (nobody is added then).
        """
        if not representative.name.strip():
            raise RuleViolation(translate("Meetings", "Type the representative's name."))
        meeting = self._meetings.get(meeting_id)
        if meeting.is_closed:
            raise MeetingClosed()
        if self._families.get(meeting.family_id).person(person_id) is None:
            raise RuleViolation(
                translate("Meetings", "The person represented is not in the family's network.")
            )
        new_id = self._families.save_person(
            meeting.family_id,
            replace(
                representative,
                id=0,
                name=representative.name.strip(),
                role=representative.role.strip(),
                agency=representative.agency.strip(),
            ),
        )
        entry = replace(
            meeting.attendance_of(person_id),
            status=AttendanceStatus.REPRESENTED,
            representative_id=new_id,
        )
        self._meetings.set_attendance(meeting_id, entry)
        return new_id

    def set_children_present(self, meeting_id: int, child_ids: Sequence[int]) -> None:
        """Record which of the family's children came to the meeting.

        Raises:
            RuleViolation: a child who is not the family's.
        """
        meeting = self._meetings.get(meeting_id)
        children = {c.id for c in self._families.get(meeting.family_id).children}
        if not set(child_ids) <= children:
            raise RuleViolation(
                translate("Meetings", "Only the family's own children can be recorded as present.")
            )
        self._meetings.set_children_present(meeting_id, tuple(sorted(set(child_ids))))

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
            raise RuleViolation(translate("Meetings", "A score is a whole number from 0 to 10."))
        self._meetings.set_score(meeting_id, person_id, statement_id, value, reason)

    def set_columns(self, meeting_id: int, columns: ThreeColumns) -> None:
        self._meetings.set_columns(meeting_id, columns)

    def add_action(self, meeting_id: int) -> int:
        return self._meetings.add_action(meeting_id)

    def update_action(self, action: Action) -> None:
        """Save an action. Its carried mark is kept as it was; only its content changes."""
        self._meetings.update_action(action)

    def remove_action(self, action_id: int) -> None:
        self._meetings.remove_action(action_id)

    def add_decision(self, meeting_id: int) -> int:
        return self._meetings.add_decision(meeting_id)

    def update_question(self, decision_id: int, question: str) -> None:
        self._meetings.update_question(decision_id, question)

    def set_vote(self, meeting_id: int, decision_id: int, vote: Vote) -> None:
        """Record a vote, or what a family member or advocate said on the decision (a view:
        not voted, with what they said). Who votes is core.voting's rule: the professionals
        present and the representatives of absent ones, never the chair or the minute-taker.

        Raises:
            RuleViolation: a vote the rule would not count; the message names the rule.
        """
        meeting = self._meetings.get_outline(meeting_id)
        refusal = vote_refusal(meeting, self.family_as_recorded(meeting_id), vote)
        if refusal:
            raise RuleViolation(refusal)
        self._meetings.set_vote(decision_id, vote)

    def remove_decision(self, decision_id: int) -> None:
        self._meetings.remove_decision(decision_id)

    def set_next_meeting(self, meeting_id: int, next_meeting: NextMeeting) -> None:
        self._meetings.set_next_meeting(meeting_id, next_meeting)

    def set_review_conference(
        self,
        meeting_id: int,
        day: dt.date | None,
        early_requested: bool = False,
        early_reason: str = "",
    ) -> None:
        """A Core Group records the date of the next review conference and whether it asks for
        an early one, and why. The reason is kept as typed even with no request, so unticking
        and ticking again loses nothing; the minutes print it only with a request.

        Raises:
            RuleViolation: the meeting is not a Core Group, or the date is not after it.
            MeetingClosed: the meeting is closed.
        """
        meeting = self._meetings.get_outline(meeting_id)
        if meeting.meeting_type not in (MeetingType.FIRST_CORE_GROUP, MeetingType.CORE_GROUP):
            raise RuleViolation(
                translate(
                    "Meetings",
                    "Only a Core Group records the review conference date and asks for an early "
                    "review conference.",
                )
            )
        if day is not None and day <= meeting.date:
            raise RuleViolation(
                translate(
                    "Meetings",
                    "The review conference date, {date}, must be after this meeting ({meeting}).",
                ).format(date=format_short_date(day), meeting=format_short_date(meeting.date))
            )
        self._meetings.set_review_conference(meeting_id, day, early_requested, early_reason)

    # The time spent on each step (services.step_times)

    def record_step_time(self, meeting_id: int, seconds_by_step: dict[str, int]) -> None:
        """Add time spent on agenda steps (``StepTimes.record``)."""
        self.step_clock.record(meeting_id, seconds_by_step)

    def step_times(self, meeting_id: int) -> dict[StepKey, int]:
        return self.step_clock.of_meeting(meeting_id)

    def prints_step_times(self, meeting_id: int) -> bool:
        return self.step_clock.printed(meeting_id)

    def set_prints_step_times(self, meeting_id: int, wanted: bool) -> None:
        self.step_clock.set_printed(meeting_id, wanted)

    def _meeting_record(self, meeting_id: int) -> MeetingRecord:
        """The meeting's whole record (models.meeting_record), read in one transaction."""
        return load_meeting_record(self._factory, meeting_id)

    def build_minutes(self, meeting_id: int, *, with_chart: bool = True) -> MinutesDocument:
        """The one set of minutes: this meeting's record (read in one transaction) in its
        agenda's order, with each carried action's earlier reviews, the scores of every meeting
        so far and, if with_chart, their chart (the one kept with the meeting, or drawn now);
        without the minutes' later state (see MinutesService for the copies)."""
        record = self._meeting_record(meeting_id)
        agenda = tuple(
            (step.key, step.title) for step in self.agenda(record.meeting.meeting_type).steps
        )
        chart = chart_for(record, agenda)[0] if with_chart else None
        return meeting_minutes(record, agenda, chart)
