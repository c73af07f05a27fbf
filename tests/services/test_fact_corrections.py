"""Correcting the facts recorded in a closed meeting's steps before the minutes are agreed:
attendance, scores and actions, by the chair only, each logged with what it was in words. The
demo family is fictional."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import TODAY

from chair_app.core.domain import ActionStatus, AttendanceStatus, MeetingStatus
from chair_app.core.errors import MinutesAgreed, NotFound
from chair_app.core.rules import RuleViolation
from chair_app.models.db import SessionFactory
from chair_app.models.minutes_repository import MinutesRepository
from chair_app.services.meetings import MeetingService
from chair_app.services.minutes import CopyRequest, MinutesService


@pytest.fixture
def setup(
    factory: SessionFactory, with_demo_family: None
) -> tuple[MinutesService, MeetingService, int, dict[str, int]]:
    meetings = MeetingService(factory)
    closed = next(m.id for m in meetings.list_meetings() if m.status is MeetingStatus.CLOSED)
    people = {p.name: p.id for p in meetings.family_as_recorded(closed).people}
    return MinutesService(factory), meetings, closed, people


def _text(minutes: MinutesService, meeting_id: int) -> str:
    return minutes.document(meeting_id, CopyRequest(), TODAY, with_chart=False).plain_text()


def _action(meetings: MeetingService, meeting_id: int, owner_id: int):  # type: ignore[no-untyped-def]
    return next(a for a in meetings.get(meeting_id).actions if a.owner_id == owner_id)


def test_attendance_corrected_logged_and_in_the_minutes(setup) -> None:  # type: ignore[no-untyped-def]
    minutes, meetings, closed, people = setup
    chair = meetings.get(closed).chair_id
    ffion = people["Ffion Rhys"]
    before_print = minutes.fingerprint(closed)
    assert "Sent apologies" not in _text(minutes, closed)
    assert minutes.correct_fact(closed, f"attendance:{ffion}", "apologies", chair)
    assert meetings.get(closed).attendance_of(ffion).status is AttendanceStatus.APOLOGIES
    correction = minutes.record(closed).corrections[-1]
    assert (correction.field, correction.before, correction.after) == (
        f"attendance:{ffion}", "Present", "Sent apologies"
    )
    assert correction.by_person_id == chair
    assert minutes.fingerprint(closed) != before_print
    assert "Sent apologies" in _text(minutes, closed)
    # The same value again changes and logs nothing.
    assert not minutes.correct_fact(closed, f"attendance:{ffion}", "apologies", chair)
    assert len(minutes.record(closed).corrections) == 1


def test_score_corrected(setup) -> None:  # type: ignore[no-untyped-def]
    minutes, meetings, closed, people = setup
    chair = meetings.get(closed).chair_id
    kerry = people["Kerry Marlowe"]
    before_print = minutes.fingerprint(closed)
    assert meetings.get(closed).score_of(kerry, None).value == 7
    assert minutes.correct_fact(closed, f"score:{kerry}:overall", "3", chair)
    assert meetings.get(closed).score_of(kerry, None).value == 3
    correction = minutes.record(closed).corrections[-1]
    assert (correction.before, correction.after) == ("7", "3")
    assert minutes.fingerprint(closed) != before_print
    for bad in ("11", "-1", "seven", ""):
        with pytest.raises(RuleViolation):
            minutes.correct_fact(closed, f"score:{kerry}:overall", bad, chair)
    with pytest.raises(NotFound):
        minutes.correct_fact(closed, f"score:{kerry}:9999", "5", chair)


def test_action_owner_due_status_and_wording(setup) -> None:  # type: ignore[no-untyped-def]
    minutes, meetings, closed, people = setup
    chair = meetings.get(closed).chair_id
    priya, ffion = people["Priya Desai"], people["Ffion Rhys"]
    action = _action(meetings, closed, priya)
    prints = {minutes.fingerprint(closed)}
    assert minutes.correct_fact(closed, f"action:{action.id}:owner", str(ffion), chair)
    prints.add(minutes.fingerprint(closed))
    assert minutes.correct_fact(closed, f"action:{action.id}:due", "2026-12-02", chair)
    prints.add(minutes.fingerprint(closed))
    assert minutes.correct_fact(closed, f"action:{action.id}:status", "partly_done", chair)
    prints.add(minutes.fingerprint(closed))
    wording = "Write the family safety plan with Kerry and Dean, and share it with school."
    assert minutes.correct_fact(closed, f"action:{action.id}:what", wording, chair)
    prints.add(minutes.fingerprint(closed))
    assert len(prints) == 5
    after = next(a for a in meetings.get(closed).actions if a.id == action.id)
    assert after.owner_id == ffion
    assert after.due_date == dt.date(2026, 12, 2)
    assert after.status is ActionStatus.PARTLY_DONE
    assert after.what == wording
    log = [(c.field, c.before, c.after) for c in minutes.record(closed).corrections]
    assert log[0] == (f"action:{action.id}:owner", "Priya Desai", "Ffion Rhys")
    assert log[1] == (
        f"action:{action.id}:due", action.due_date.strftime("%d/%m/%Y"), "02/12/2026"
    )
    assert log[2] == (f"action:{action.id}:status", "Open", "Partly done")
    assert log[3][2] == wording
    text = _text(minutes, closed)
    assert wording in text
    assert "02/12/2026" in text


def test_bad_values_and_unknown_facts_refused(setup) -> None:  # type: ignore[no-untyped-def]
    minutes, meetings, closed, people = setup
    chair = meetings.get(closed).chair_id
    action = _action(meetings, closed, people["Priya Desai"])
    print_before = minutes.fingerprint(closed)
    for field, value in (
        (f"attendance:{people['Kerry Marlowe']}", "asleep"),
        (f"action:{action.id}:status", "finished"),
        (f"action:{action.id}:owner", "9999"),
        (f"action:{action.id}:owner", "nobody"),
        (f"action:{action.id}:due", "18/11/2026"),
        (f"action:{action.id}:what", "  "),
    ):
        with pytest.raises(RuleViolation):
            minutes.correct_fact(closed, field, value, chair)
    for field in ("attendance:9999", "action:9999:owner", f"action:{action.id}:colour", "venue"):
        with pytest.raises(NotFound):
            minutes.correct_fact(closed, field, "present", chair)
    assert minutes.fingerprint(closed) == print_before
    assert minutes.record(closed).corrections == ()


def test_only_the_chair_corrects_facts(setup) -> None:  # type: ignore[no-untyped-def]
    minutes, meetings, closed, people = setup
    meeting = meetings.get(closed)
    for someone in (meeting.minute_taker_id, people["Kerry Marlowe"], None):
        with pytest.raises(RuleViolation, match="chair"):
            minutes.correct_fact(closed, f"attendance:{people['Ffion Rhys']}", "apologies", someone)
    assert meetings.get(closed).attendance_of(people["Ffion Rhys"]).status is (
        AttendanceStatus.PRESENT
    )
    assert minutes.record(closed).corrections == ()


def test_agreed_minutes_refuse_every_fact_correction(
    setup, factory: SessionFactory  # type: ignore[no-untyped-def]
) -> None:
    minutes, meetings, closed, people = setup
    chair = meetings.get(closed).chair_id
    action = _action(meetings, closed, people["Priya Desai"])
    minutes.agree(closed, chair, TODAY)
    agreed_print = minutes.fingerprint(closed)
    store = MinutesRepository(factory)
    for field, value in (
        (f"attendance:{people['Ffion Rhys']}", "apologies"),
        (f"score:{people['Kerry Marlowe']}:overall", "3"),
        (f"action:{action.id}:owner", str(people["Ffion Rhys"])),
        (f"action:{action.id}:due", "2026-12-02"),
        (f"action:{action.id}:status", "done"),
        (f"action:{action.id}:what", "Something else."),
    ):
        with pytest.raises(MinutesAgreed):
            minutes.correct_fact(closed, field, value, chair)
        with pytest.raises(MinutesAgreed):
            store.apply_fact_correction(closed, field, value)
    assert minutes.fingerprint(closed) == agreed_print
    assert minutes.record(closed).corrections == ()
