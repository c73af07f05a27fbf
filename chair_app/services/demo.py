"""The fictional demo family, created from ``resources/demo/demo_family.json``."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chair_app.core.dates import parse_time
from chair_app.core.domain import (
    Action,
    ActionStatus,
    AgencyUpdate,
    AttendanceEntry,
    AttendanceStatus,
    Child,
    ChildViews,
    CPCategory,
    MeetingStatus,
    MeetingType,
    NextMeeting,
    Person,
    PlanType,
    ThreeColumns,
    Vote,
    VoteChoice,
)
from chair_app.core.lifecycle import SendMethod
from chair_app.core.timescales import (
    Nation,
    Policy,
    add_working_days,
    due_date,
    is_working_day,
)
from chair_app.models.db import SessionFactory
from chair_app.paths import resources_dir
from chair_app.services.families import FamilyService
from chair_app.services.meetings import MeetingService
from chair_app.services.minutes import CopyKind, MinutesService
from chair_app.services.schedule import ScheduleService

DEMO_FILE = Path("demo") / "demo_family.json"

# The held Core Group is about four weeks before the next one, as the usual timescale has it.
_WEEKS_BETWEEN_MEETINGS = 4
# Its minutes went to the social worker this many working days after it.
_MINUTES_SENT_AFTER = 2


@dataclass(frozen=True, slots=True)
class DemoDates:
    """When the demo's meetings fall: all on working days, all in time."""

    held: dt.date  # the Core Group already held and closed
    minutes_sent: dt.date  # its minutes to the social worker
    next: dt.date  # the next Core Group: today, or the next working day


def demo_dates(today: dt.date, policy: Policy, nation: Nation) -> DemoDates:
    """The demo's dates for ``today``: the next Core Group today (the next working day on a
    weekend or bank holiday), the one before it about four weeks earlier on a working day, late
    enough for the next to be within the policy's timescale, and its minutes sent in time."""
    following = _on_or_after(today, nation)
    held = following - dt.timedelta(weeks=_WEEKS_BETWEEN_MEETINGS)
    while not is_working_day(held, nation) or (
        due_date(policy.rule("core-group"), held, nation).latest_date < following
    ):
        held += dt.timedelta(days=1)
    minutes_due = due_date(policy.rule("minutes"), held, nation).latest_date
    sent = min(add_working_days(held, _MINUTES_SENT_AFTER, nation), minutes_due)
    return DemoDates(held, sent, following)


def _on_or_after(day: dt.date, nation: Nation) -> dt.date:
    return day if is_working_day(day, nation) else add_working_days(day, 1, nation)


def ensure_demo_family(factory: SessionFactory, today: dt.date) -> None:
    """Create the demo family unless the folder already holds a family."""
    if not FamilyService(factory).list_families():
        create_demo_family(factory, today)


def create_demo_family(
    factory: SessionFactory, today: dt.date, *, minutes_sent: bool = True
) -> int:
    """Create the demo family with one closed Core Group and the next one ready to start.

    The meetings fall on working days of the chosen nation (see ``demo_dates``), so the family's
    page shows nothing overdue or late: the next meeting is booked in time and the last one's
    minutes went to the social worker.

    Args:
        factory: the session factory of the database to fill.
        today: the demo's dates are set relative to this day.
        minutes_sent: False leaves the held meeting's minutes as they are just after it closed:
            not yet sent to anyone.

    Returns:
        The new family's id.
    """
    data: dict[str, Any] = json.loads((resources_dir() / DEMO_FILE).read_text(encoding="utf-8"))
    families = FamilyService(factory)
    meetings = MeetingService(factory)
    schedule = ScheduleService(factory)
    nation = schedule.nation()
    dates = demo_dates(today, schedule.policy(), nation)
    meeting_dates = {"held": dates.held, "next": dates.next}

    def day(offset: int) -> dt.date:
        return today + dt.timedelta(days=offset)

    family_id = families.create_family(data["name"])
    children: dict[str, int] = {}
    for child in data["children"]:
        children[child["name"]] = families.save_child(
            family_id,
            Child(
                0,
                child["name"],
                day(child["born_days_from_today"]),
                PlanType(child["plan"]),
                tuple(CPCategory(c) for c in child["categories"]),
            ),
            # The demo's dates follow the day it is made for, not the clock.
            today,
        )
    people: dict[str, int] = {}
    for person in data["people"]:
        people[person["key"]] = families.save_person(
            family_id,
            Person(
                0,
                person["name"],
                person["role"],
                person["agency"],
                person["professional"],
                person.get("phone", ""),
                person.get("email", ""),
            ),
        )
    statement_texts: dict[str, tuple[str, str]] = {}
    for spec in data["meetings"]:
        meeting_id = meetings.create_meeting(
            family_id,
            MeetingType(spec["type"]),
            meeting_dates[spec["when"]],
            parse_time(spec["time"]),
            spec["venue"],
            people[spec["chair"]],
            people[spec["minute_taker"]],
        )
        for key, entry in spec.get("attendance", {}).items():
            meetings.set_attendance(
                meeting_id,
                AttendanceEntry(
                    people[key], AttendanceStatus(entry["status"]), entry.get("report", "")
                ),
            )
        if "reasons" in spec:
            meetings.set_reasons(meeting_id, spec["reasons"])
        for key, text in spec.get("updates", {}).items():
            meetings.set_update(meeting_id, AgencyUpdate(people[key], text))
        for views in spec.get("child_views", []):
            meetings.set_child_views(
                meeting_id, ChildViews(children[views["child"]], views["views"], views["how"])
            )
        if "contingency" in spec:
            meetings.set_contingency(meeting_id, spec["contingency"])
        for text in spec.get("contingency_parts", []):
            meetings.add_contingency_part(meeting_id, text)
        statements: dict[str, int] = {}
        # A meeting after a closed one starts with its statements, carried forward.
        carried = {s.statement: s.id for s in meetings.get(meeting_id).statements}
        for item in spec.get("statements", []):
            if "statement" in item:
                statement_texts[item["key"]] = (item["statement"], item["goal"])
            text, goal = statement_texts[item["key"]]
            if item.get("same_as_previous") and text in carried:
                statements[item["key"]] = carried[text]
                continue
            statements[item["key"]] = statement_id = meetings.add_statement(meeting_id)
            meetings.update_statement(statement_id, text, goal)
        for score in spec.get("scores", []):
            scale = statements[score["scale"]] if score["scale"] else None
            meetings.set_score(
                meeting_id, people[score["person"]], scale, score["value"], score["reason"]
            )
        if "columns" in spec:
            columns = spec["columns"]
            meetings.set_columns(
                meeting_id,
                ThreeColumns(columns["worries"], columns["working_well"], columns["needs_to_happen"]),
            )
        for action in spec.get("actions", []):
            action_id = meetings.add_action(meeting_id)
            meetings.update_action(
                Action(
                    action_id,
                    action["what"],
                    people[action["owner"]],
                    _on_or_after(
                        meeting_dates[spec["when"]]
                        + dt.timedelta(days=action["due_days_after_meeting"]),
                        nation,
                    ),
                    statements[action["goal"]],
                    ActionStatus(action["status"]),
                )
            )
        for decision in spec.get("decisions", []):
            decision_id = meetings.add_decision(meeting_id)
            meetings.update_question(decision_id, decision["question"])
            for vote in decision["votes"]:
                meetings.set_vote(
                    meeting_id,
                    decision_id,
                    Vote(people[vote["person"]], VoteChoice(vote["choice"]), vote["reason"]),
                )
        if "next" in spec:
            nxt = spec["next"]
            meetings.set_next_meeting(
                meeting_id,
                NextMeeting(meeting_dates[nxt["when"]], parse_time(nxt["time"]), nxt["venue"]),
            )
        if spec["status"] == MeetingStatus.CLOSED.value:
            meetings.start(meeting_id)
            meetings.close(meeting_id)
            if minutes_sent and "minutes_sent_to" in spec:
                MinutesService(factory).record_sent(
                    meeting_id,
                    people[spec["minutes_sent_to"]],
                    SendMethod.SECURE_EMAIL,
                    dates.minutes_sent,
                    CopyKind.FULL,
                )
        elif spec["status"] == MeetingStatus.IN_PROGRESS.value:
            meetings.start(meeting_id)
    return family_id
