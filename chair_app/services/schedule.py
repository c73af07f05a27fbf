"""When the next meeting and the minutes are due, by the chosen nation's working days and the
chosen timescale policy; what is due next and what is overdue for a family."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from chair_app.core.dates import format_date
from chair_app.core.deadlines import Deadline, DeadlineState
from chair_app.core.domain import (
    Child,
    Family,
    Meeting,
    MeetingStatus,
    MeetingSummary,
    MeetingType,
    PlanView,
)
from chair_app.core.language import display_language, translate
from chair_app.core.snapshot import network_from_json
from chair_app.core.timescales import Due, Nation, Policy, due_date, pre_birth_review_due
from chair_app.models.db import SessionFactory
from chair_app.models.repositories import FamilyRepository, MeetingRepository
from chair_app.services.policies import PolicyCatalogue, UnknownPolicy, load_policies
from chair_app.services.settings import SettingsService

CORE_GROUP_TYPES = (MeetingType.FIRST_CORE_GROUP, MeetingType.CORE_GROUP)
CONFERENCE_TYPES = (MeetingType.INITIAL_CONFERENCE, MeetingType.REVIEW_CONFERENCE)


class ScheduleService:
    def __init__(self, factory: SessionFactory, policies_folder: Path | None = None) -> None:
        self._meetings = MeetingRepository(factory)
        self._families = FamilyRepository(factory)
        self.settings = SettingsService(factory)
        self._policies_folder = policies_folder
        self._catalogue: PolicyCatalogue | None = None
        self._frozen: tuple[Policy, Nation] | None = None

    @property
    def catalogue(self) -> PolicyCatalogue:
        if self._catalogue is None:
            # No local folder simply means no local policies.
            folder = self._policies_folder
            self._catalogue = load_policies(folder if folder is not None and folder.is_dir() else None)
        return self._catalogue

    def nation(self) -> Nation:
        return self.settings.nation()

    def policy(self) -> Policy:
        """The chosen policy; the nation's default if none is chosen or it no longer loads."""
        name = self.settings.policy_name()
        if name:
            try:
                return self.catalogue.get(name)
            except UnknownPolicy:
                pass
        return self.catalogue.default_for(self.nation())

    def rule_key_for_next(self, meeting: Meeting) -> str | None:
        """Which timescale sets the date of the meeting that follows this one."""
        match meeting.meeting_type:
            case MeetingType.FIRST_CORE_GROUP | MeetingType.CORE_GROUP:
                return "core-group"
            case MeetingType.CHILD_IN_NEED:
                return "cin-meeting"
            case MeetingType.INITIAL_CONFERENCE:
                return "first-review-conference"
            case MeetingType.REVIEW_CONFERENCE:
                return "review-conference"
            case MeetingType.STRATEGY:
                return "initial-conference"
            case MeetingType.LOOKED_AFTER_REVIEW:
                earlier = [
                    m
                    for m in self._families.get(meeting.family_id).meetings
                    if m.meeting_type is MeetingType.LOOKED_AFTER_REVIEW
                    and m.status is MeetingStatus.CLOSED
                    and (m.date, m.id) < (meeting.date, meeting.id)
                ]
                return "lac-review" if earlier else "second-lac-review"
        return None

    def next_meeting_due(self, meeting_id: int) -> Due | None:
        """The latest permissible date of the meeting that follows this one.

        After an initial conference held before a baby's birth, the pre-birth rule applies
        (see ``pre_birth_review_due``); every other meeting follows its usual rule.
        """
        meeting = self._meetings.get(meeting_id)
        key = self.rule_key_for_next(meeting)
        if key is None:
            return None
        return self._due_after(meeting, key)

    def review_conference_due(self, family_id: int) -> Due | None:
        """The latest date of the family's next review conference, from its last conference
        held (the pre-birth rule after a pre-birth initial conference); None if it has held
        none, or the last one left no child on a plan."""
        family = self._families.get(family_id)
        held = [
            m
            for m in sorted(family.meetings, key=lambda m: (m.date, m.id))
            if m.meeting_type in CONFERENCE_TYPES and m.status is MeetingStatus.CLOSED
        ]
        if not held:
            return None
        last = self._meetings.get(held[-1].id)
        if _plans_all_end(last):
            return None
        key = self.rule_key_for_next(last)
        assert key is not None
        return self._due_after(last, key, family)

    def _due_after(self, meeting: Meeting, key: str, family: Family | None = None) -> Due:
        """The ``key`` rule's date after ``meeting``, or the pre-birth rule's if it applies."""
        if key == "first-review-conference":
            family = family or self._families.get(meeting.family_id)
            unborn = self._unborn_at(meeting, family)
            if unborn:
                born, expected = _birth_dates(unborn, family)
                policy, nation = self._frozen or (self.policy(), self.nation())
                return pre_birth_review_due(
                    policy.in_language(display_language()),
                    meeting.date,
                    nation,
                    born=born,
                    expected=expected,
                )
        return self.due(key, meeting.date)

    def _unborn_at(self, meeting: Meeting, family: Family) -> tuple[Child, ...]:
        """The children not yet born when the meeting was held: as the record kept them at
        its close, or as the family stands now while it is open."""
        network = family
        if meeting.is_closed:
            snapshot = self._meetings.network_as_recorded(meeting.id)
            if snapshot is not None:
                try:
                    network = network_from_json(snapshot, family.id)
                except ValueError:
                    network = family
        return tuple(child for child in network.children if child.unborn)

    def due(self, rule_key: str, anchor: dt.date) -> Due:
        """When ``rule_key`` falls due after ``anchor``; the rule's words in the window's
        language (core.language.display_language)."""
        language = display_language()
        if self._frozen is not None:  # within family_deadlines: settings read once
            policy, nation = self._frozen
            return due_date(policy.rule(rule_key).in_language(language), anchor, nation)
        return due_date(self.policy().rule(rule_key).in_language(language), anchor, self.nation())

    def family_deadlines(self, family_id: int, today: dt.date) -> tuple[Deadline, ...]:
        """What is due next and what is overdue for the family: the next meeting of each kind
        it has had, and minutes not yet sent out."""
        self._frozen = (self.policy(), self.nation())
        try:
            return self._family_deadlines(family_id, today)
        finally:
            self._frozen = None

    def _family_deadlines(self, family_id: int, today: dt.date) -> tuple[Deadline, ...]:
        family = self._families.get(family_id)
        meetings = sorted(family.meetings, key=lambda m: (m.date, m.id))
        deadlines: list[Deadline] = []
        tracks: tuple[tuple[MeetingType, ...], ...] = (
            CORE_GROUP_TYPES,
            CONFERENCE_TYPES,
            (MeetingType.CHILD_IN_NEED,),
            (MeetingType.LOOKED_AFTER_REVIEW,),
        )
        plans_ended_on = self._plans_ended_on(meetings)
        for types in tracks:
            held = [m for m in meetings if m.meeting_type in types and m.status is MeetingStatus.CLOSED]
            if not held:
                continue
            last = held[-1]
            record = self._meetings.get(last.id)
            on_plan_track = types in (CORE_GROUP_TYPES, CONFERENCE_TYPES)
            if on_plan_track and plans_ended_on is not None and last.date <= plans_ended_on:
                continue  # no child is on a plan now: no Core Group or conference follows
            key = self.rule_key_for_next(record)
            assert key is not None
            due = self._due_after(record, key, family)
            deadlines.append(
                self._meeting_deadline(
                    key, last, meetings, types, today, due, record.next_meeting.date
                )
            )
        deadlines += self._first_core_group(meetings, today)
        deadlines += self._conference_after_strategy(meetings, today)
        deadlines += self._minutes(meetings, today)
        return tuple(sorted(deadlines, key=lambda d: d.due.latest_date))

    def _plans_ended_on(self, meetings: list[MeetingSummary]) -> dt.date | None:
        """The date of the latest conference if it left no child on a plan (an initial
        conference that made none, or a review that ended them all); None otherwise."""
        conferences = [
            m for m in meetings
            if m.meeting_type in CONFERENCE_TYPES and m.status is MeetingStatus.CLOSED
        ]
        if not conferences:
            return None
        last = conferences[-1]
        return last.date if _plans_all_end(self._meetings.get(last.id)) else None

    def _meeting_deadline(
        self,
        key: str,
        anchor: MeetingSummary,
        meetings: list[MeetingSummary],
        types: tuple[MeetingType, ...],
        today: dt.date,
        due: Due | None = None,
        date_set: dt.date | None = None,
    ) -> Deadline:
        """Where the next meeting after ``anchor`` stands: booked (a draft or a meeting under
        way in the app, or else ``date_set``, the next date the chair set at the anchor's Next
        meeting step), or due or overdue."""
        if due is None:
            due = self.due(key, anchor.date)
        booked = [
            m
            for m in meetings
            if m.meeting_type in types
            and (m.date, m.id) > (anchor.date, anchor.id)
            and m.status in (MeetingStatus.DRAFT, MeetingStatus.IN_PROGRESS)
        ]
        if booked:
            first = booked[0]
            late = first.date > due.latest_date
            return Deadline(
                due.rule.title,
                due,
                DeadlineState.SCHEDULED_LATE if late else DeadlineState.SCHEDULED,
                (
                    translate("Deadlines", "For {date}, after the latest date, {latest}.")
                    if late
                    else translate("Deadlines", "For {date}.")
                ).format(date=format_date(first.date), latest=format_date(due.latest_date)),
            )
        if date_set is not None and date_set >= today:
            late = date_set > due.latest_date
            return Deadline(
                due.rule.title,
                due,
                DeadlineState.SCHEDULED_LATE if late else DeadlineState.SCHEDULED,
                (
                    translate(
                        "Deadlines",
                        "For {date}, the date set at the meeting of {meeting}, after the latest "
                        "date, {latest}.",
                    )
                    if late
                    else translate(
                        "Deadlines", "For {date}, the date set at the meeting of {meeting}."
                    )
                ).format(
                    date=format_date(date_set),
                    meeting=format_date(anchor.date),
                    latest=format_date(due.latest_date),
                ),
            )
        overdue = today > due.latest_date
        booking = (
            translate(
                "Deadlines", "the date set, {date}, has passed with no meeting recorded."
            ).format(date=format_date(date_set))
            if date_set is not None
            else translate("Deadlines", "none booked.")
        )
        return Deadline(
            due.rule.title,
            due,
            DeadlineState.OVERDUE if overdue else DeadlineState.DUE,
            (
                translate("Deadlines", "Was due by {date}; {booking}")
                if overdue
                else translate("Deadlines", "Due by {date}; {booking}")
            ).format(date=format_date(due.latest_date), booking=booking),
        )

    def _first_core_group(self, meetings: list[MeetingSummary], today: dt.date) -> list[Deadline]:
        """After an initial conference that made a plan, the first Core Group is due."""
        conferences = [
            m
            for m in meetings
            if m.meeting_type is MeetingType.INITIAL_CONFERENCE and m.status is MeetingStatus.CLOSED
        ]
        if not conferences:
            return []
        last = conferences[-1]
        if not any(
            d.decision is PlanView.PLAN for d in self._meetings.get(last.id).child_decisions
        ):
            return []
        held_after = [
            m
            for m in meetings
            if m.meeting_type in CORE_GROUP_TYPES
            and m.status is MeetingStatus.CLOSED
            and (m.date, m.id) > (last.date, last.id)
        ]
        if held_after:
            return []
        return [self._meeting_deadline("first-core-group", last, meetings, CORE_GROUP_TYPES, today)]

    def _conference_after_strategy(
        self, meetings: list[MeetingSummary], today: dt.date
    ) -> list[Deadline]:
        strategies = [
            m for m in meetings
            if m.meeting_type is MeetingType.STRATEGY and m.status is MeetingStatus.CLOSED
        ]
        if not strategies:
            return []
        last = strategies[-1]
        if any(
            m.meeting_type in CONFERENCE_TYPES
            and m.status is MeetingStatus.CLOSED
            and (m.date, m.id) > (last.date, last.id)
            for m in meetings
        ):
            return []
        return [
            self._meeting_deadline(
                "initial-conference", last, meetings, (MeetingType.INITIAL_CONFERENCE,), today
            )
        ]

    def _minutes(self, meetings: list[MeetingSummary], today: dt.date) -> list[Deadline]:
        """Minutes of each closed meeting not yet out of the app (exported, a copy recorded as
        sent, or agreed). A later meeting's minutes going out does not excuse earlier ones:
        minutes sent outside the app are recorded as sent to clear them."""
        closed = [m for m in meetings if m.status is MeetingStatus.CLOSED]
        done = self._meetings.minutes_out(tuple(m.id for m in closed))
        result = []
        for meeting in (m for m in closed if m.id not in done):
            due = self.due("minutes", meeting.date)
            overdue = today > due.latest_date
            result.append(
                Deadline(
                    translate("Deadlines", "Minutes of the {meeting} of {date}").format(
                        meeting=meeting.meeting_type.label, date=format_date(meeting.date)
                    ),
                    due,
                    DeadlineState.OVERDUE if overdue else DeadlineState.DUE,
                    translate(
                        "Deadlines", "To the social worker by {date}; not yet exported."
                    ).format(date=format_date(due.latest_date)),
                )
            )
        return result


def _birth_dates(
    unborn_then: tuple[Child, ...], family: Family
) -> tuple[dt.date | None, dt.date | None]:
    """(earliest date of birth, earliest expected date) of the children who were not born at
    the conference, as the family has them now; the pre-birth rule counts from the first birth.
    """
    now = {child.id: child for child in family.children}
    born: list[dt.date] = []
    expected: list[dt.date] = []
    for then in unborn_then:
        child = now.get(then.id, then)  # a child since removed: as the record had them
        if not child.unborn and child.date_of_birth is not None:
            born.append(child.date_of_birth)
        elif child.expected_date is not None:
            expected.append(child.expected_date)
    return min(born, default=None), min(expected, default=None)


def _plans_all_end(meeting: Meeting) -> bool:
    decisions = [d for d in meeting.child_decisions if d.decision is not PlanView.NOT_GIVEN]
    return bool(decisions) and all(d.decision is PlanView.NO_PLAN for d in decisions)
