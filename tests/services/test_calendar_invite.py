"""The next meeting as a calendar invite: read the .ics back as a calendar program would, and
check what it says, who it invites, and that the family is named by initial only."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass
from pathlib import Path

import pytest
from icalendar import Calendar, Event

from chair_app.core.domain import (
    AttendanceEntry,
    AttendanceStatus,
    Child,
    MeetingType,
    NextMeeting,
    Person,
    PlanType,
)
from chair_app.models.db import SessionFactory
from chair_app.services.calendar_invite import CalendarService
from chair_app.services.export_minutes import ExportFailed
from chair_app.services.families import FamilyService
from chair_app.services.meetings import MeetingService

LONDON = zoneinfo.ZoneInfo("Europe/London")
CHAIR_EMAIL = "noor.haddad@northfield.example"
HV_EMAIL = "bryn.pritchard@health.example"
TEACHER_EMAIL = "i.carvalho@elmstreet.example"
ADVOCATE_EMAIL = "sam.okafor@advocacy.example"
MOTHER_EMAIL = "dana.q@mail.example"  # the address itself names no one


@dataclass
class Network:
    family_id: int
    mother: int
    chair: int
    health_visitor: int
    teacher: int
    advocate: int
    police: int


@pytest.fixture
def network(factory: SessionFactory) -> Network:
    families = FamilyService(factory)
    family_id = families.create_family("Quill family")
    families.save_child(family_id, Child(0, "Poppy Quill", dt.date(2018, 5, 2), PlanType.CHILD_PROTECTION))
    families.save_child(family_id, Child(0, "Alfie Quill", dt.date(2022, 1, 9), PlanType.CHILD_PROTECTION))

    def person(name: str, role: str, agency: str, pro: bool, email: str = "") -> int:
        return families.save_person(family_id, Person(0, name, role, agency, pro, "", email))

    return Network(
        family_id=family_id,
        mother=person("Dana Quill", "Mother", "", False),
        chair=person("Noor Haddad", "Social worker", "Children's Social Care", True, CHAIR_EMAIL),
        health_visitor=person("Bryn Pritchard", "Health visitor", "Health", True, HV_EMAIL),
        teacher=person("Ines Carvalho", "Class teacher", "Elm Street Primary", True, f"  {TEACHER_EMAIL} "),
        advocate=person("Sam Okafor", "Advocate", "Parents' Advocacy", False, ADVOCATE_EMAIL),
        police=person("PC Lyle Hart", "Police officer", "Police", True),
    )


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder of its own for invites (the data folder is in tmp_path too)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _meeting(
    factory: SessionFactory,
    network: Network,
    nxt: NextMeeting,
    kind: MeetingType = MeetingType.CORE_GROUP,
    day: dt.date = dt.date(2026, 11, 30),
) -> int:
    meetings = MeetingService(factory)
    meeting_id = meetings.create_meeting(
        network.family_id, kind, day, dt.time(10, 0), "Elm Street Family Centre",
        network.chair, network.health_visitor,
    )
    meetings.set_next_meeting(meeting_id, nxt)
    return meeting_id


def _event(data: bytes) -> Event:
    calendar = Calendar.from_ical(data)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 1
    return events[0]


def _unfolded(data: bytes) -> bytes:
    """The file with RFC 5545 line folding undone, so a name split over two lines is found."""
    return data.replace(b"\r\n ", b"").replace(b"\r\n\t", b"")


def _attendees(event: Event) -> set[str]:
    value = event.get("ATTENDEE", [])
    values = value if isinstance(value, list) else [value]
    return {str(v) for v in values}


def test_the_invite_says_when_where_and_what(factory: SessionFactory, network: Network) -> None:
    meeting_id = _meeting(
        factory, network,
        NextMeeting(dt.date(2026, 12, 24), dt.time(14, 0), "Elm Street Family Centre, Room 2"),
    )

    data = CalendarService(factory).next_meeting_invite(meeting_id)
    event = _event(data)

    start = event["DTSTART"].dt
    end = event["DTEND"].dt
    assert start == dt.datetime(2026, 12, 24, 14, 0, tzinfo=LONDON)
    assert start.utcoffset() == dt.timedelta(0)  # GMT in December
    assert start.tzinfo is not None and "London" in str(start.tzinfo)
    assert end == dt.datetime(2026, 12, 24, 15, 30, tzinfo=LONDON)
    assert str(event["LOCATION"]) == "Elm Street Family Centre, Room 2"
    assert str(event["SUMMARY"]) == "Core Group (family Q.)"
    assert "30/11/2026" in str(event["DESCRIPTION"])
    assert b"DTSTART;TZID=Europe/London:20261224T140000" in data


def test_summer_time_is_british_summer_time(factory: SessionFactory, network: Network) -> None:
    meeting_id = _meeting(
        factory, network, NextMeeting(dt.date(2027, 6, 10), dt.time(9, 30), "Elm Street")
    )

    event = _event(CalendarService(factory).next_meeting_invite(meeting_id))

    start = event["DTSTART"].dt
    assert start.utcoffset() == dt.timedelta(hours=1)
    assert start.astimezone(dt.UTC) == dt.datetime(2027, 6, 10, 8, 30, tzinfo=dt.UTC)


def test_a_timed_invite_defines_its_time_zone(factory: SessionFactory, network: Network) -> None:
    meeting_id = _meeting(factory, network, NextMeeting(dt.date(2026, 12, 24), dt.time(14, 0), "Elm Street"))

    calendar = Calendar.from_ical(CalendarService(factory).next_meeting_invite(meeting_id))

    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/London"]


def test_the_family_is_named_by_initial_only(factory: SessionFactory, network: Network) -> None:
    meeting_id = _meeting(
        factory, network, NextMeeting(dt.date(2026, 12, 24), dt.time(14, 0), "Elm Street Family Centre")
    )

    data = _unfolded(CalendarService(factory).next_meeting_invite(meeting_id))

    assert str(_event(data)["SUMMARY"]) == "Core Group (family Q.)"
    for secret in (b"Quill", b"Poppy", b"Alfie", b"Dana"):
        assert secret.lower() not in data.lower(), secret


def test_a_parent_with_an_email_does_not_reveal_the_family_name(
    factory: SessionFactory, network: Network
) -> None:
    FamilyService(factory).save_person(
        network.family_id, Person(network.mother, "Dana Quill", "Mother", "", False, "", MOTHER_EMAIL)
    )
    meeting_id = _meeting(factory, network, NextMeeting(dt.date(2026, 12, 24), dt.time(14, 0), "Elm Street"))

    data = _unfolded(CalendarService(factory).next_meeting_invite(meeting_id))

    assert f"mailto:{MOTHER_EMAIL}" in _attendees(_event(data))
    assert b"quill" not in data.lower()


def test_everyone_with_an_email_is_invited_and_the_chair_organises(
    factory: SessionFactory, network: Network
) -> None:
    meeting_id = _meeting(factory, network, NextMeeting(dt.date(2026, 12, 24), dt.time(14, 0), "Elm Street"))
    service = CalendarService(factory)

    event = _event(service.next_meeting_invite(meeting_id))

    assert _attendees(event) == {
        f"mailto:{CHAIR_EMAIL}",
        f"mailto:{HV_EMAIL}",
        f"mailto:{TEACHER_EMAIL}",  # the spaces typed around it are gone
        f"mailto:{ADVOCATE_EMAIL}",
    }
    organizer = event["ORGANIZER"]
    assert str(organizer) == f"mailto:{CHAIR_EMAIL}"
    assert organizer.params["CN"] == "Noor Haddad"
    assert service.invitees_without_email(meeting_id) == ("Dana Quill", "PC Lyle Hart")


def test_a_strategy_meeting_invites_professionals_only(
    factory: SessionFactory, network: Network
) -> None:
    FamilyService(factory).save_person(
        network.family_id, Person(network.mother, "Dana Quill", "Mother", "", False, "", MOTHER_EMAIL)
    )
    meeting_id = _meeting(
        factory, network, NextMeeting(dt.date(2026, 12, 3), dt.time(9, 0), "Police station"),
        kind=MeetingType.STRATEGY,
    )
    service = CalendarService(factory)

    data = service.next_meeting_invite(meeting_id)
    event = _event(data)

    assert _attendees(event) == {f"mailto:{CHAIR_EMAIL}", f"mailto:{HV_EMAIL}", f"mailto:{TEACHER_EMAIL}"}
    unfolded = _unfolded(data)
    assert MOTHER_EMAIL.encode() not in unfolded
    assert ADVOCATE_EMAIL.encode() not in unfolded
    assert str(event["SUMMARY"]) == "Strategy meeting (family Q.)"
    # Only professionals need telling another way.
    assert service.invitees_without_email(meeting_id) == ("PC Lyle Hart",)


def test_no_organizer_when_the_chair_has_no_email(factory: SessionFactory, network: Network) -> None:
    meetings = MeetingService(factory)
    meeting_id = meetings.create_meeting(
        network.family_id, MeetingType.CORE_GROUP, dt.date(2026, 11, 30), None, "Elm Street",
        network.police, network.health_visitor,
    )
    meetings.set_next_meeting(meeting_id, NextMeeting(dt.date(2026, 12, 24), dt.time(14, 0), "Elm Street"))

    event = _event(CalendarService(factory).next_meeting_invite(meeting_id))

    assert "ORGANIZER" not in event


def test_the_same_meeting_gives_the_same_uid(
    factory: SessionFactory, network: Network, out: Path
) -> None:
    meeting_id = _meeting(factory, network, NextMeeting(dt.date(2026, 12, 24), dt.time(14, 0), "Elm Street"))
    other_id = _meeting(factory, network, NextMeeting(dt.date(2027, 1, 21), dt.time(14, 0), "Elm Street"))
    service = CalendarService(factory)

    first = service.write_invite(meeting_id, out / "first.ics")
    # The date is corrected and the invite sent again: it must update, not duplicate, the event.
    MeetingService(factory).set_next_meeting(
        meeting_id, NextMeeting(dt.date(2026, 12, 23), dt.time(11, 0), "Elm Street")
    )
    second = service.write_invite(meeting_id, out / "second.ics")
    other = service.write_invite(other_id, out / "other.ics")

    uid_first = str(_event(first.read_bytes())["UID"])
    uid_second = str(_event(second.read_bytes())["UID"])
    assert uid_first == uid_second
    assert uid_first != str(_event(other.read_bytes())["UID"])
    assert _event(second.read_bytes())["DTSTART"].dt == dt.datetime(2026, 12, 23, 11, 0, tzinfo=LONDON)


def test_no_time_gives_an_all_day_event(factory: SessionFactory, network: Network) -> None:
    meeting_id = _meeting(factory, network, NextMeeting(dt.date(2026, 12, 24), None, ""))

    data = CalendarService(factory).next_meeting_invite(meeting_id)
    event = _event(data)

    start, end = event["DTSTART"].dt, event["DTEND"].dt
    assert type(start) is dt.date and start == dt.date(2026, 12, 24)
    assert type(end) is dt.date and end == dt.date(2026, 12, 25)
    assert b"DTSTART;VALUE=DATE:20261224" in data
    assert "LOCATION" not in event  # no venue yet


def test_no_date_is_refused_plainly(factory: SessionFactory, network: Network, out: Path) -> None:
    meeting_id = _meeting(factory, network, NextMeeting(None, dt.time(14, 0), "Elm Street"))
    service = CalendarService(factory)

    with pytest.raises(ExportFailed) as raised:
        service.next_meeting_invite(meeting_id)
    assert str(raised.value) == "The next meeting has no date yet, so there is nothing to invite to."

    with pytest.raises(ExportFailed):
        service.write_invite(meeting_id, out / "invite.ics")
    assert list(out.iterdir()) == []


def test_writing_into_a_missing_folder_fails_and_leaves_nothing(
    factory: SessionFactory, network: Network, out: Path
) -> None:
    meeting_id = _meeting(factory, network, NextMeeting(dt.date(2026, 12, 24), dt.time(14, 0), "Elm Street"))
    missing = out / "gone"

    with pytest.raises(ExportFailed) as raised:
        CalendarService(factory).write_invite(meeting_id, missing / "invite.ics")

    assert str(raised.value) == f"The folder {missing} does not exist. Choose another folder."
    assert not missing.exists()
    assert list(out.iterdir()) == []


def test_writing_leaves_only_the_invite(factory: SessionFactory, network: Network, out: Path) -> None:
    meeting_id = _meeting(factory, network, NextMeeting(dt.date(2026, 12, 24), dt.time(14, 0), "Elm Street"))
    target = out / "invite.ics"
    target.write_bytes(b"an older invite")

    written = CalendarService(factory).write_invite(meeting_id, target)

    assert written == target
    assert [p.name for p in out.iterdir()] == ["invite.ics"]  # no temporary file left
    assert str(_event(target.read_bytes())["SUMMARY"]) == "Core Group (family Q.)"


@pytest.mark.parametrize(
    "venue",
    [
        "Canolfan Deulu Ŵyn, ystafell 2 — Heol y Bont; Llanfair Pwllgwyngyll",
        "مركز الأسرة، الغرفة ٢ (Family Centre)",
        "Room 🏠 2 👨‍👩‍👧, \"The Hub\"; Level: 1\\2",
    ],
)
def test_venue_text_round_trips(factory: SessionFactory, network: Network, out: Path, venue: str) -> None:
    meeting_id = _meeting(factory, network, NextMeeting(dt.date(2026, 12, 24), dt.time(14, 0), venue))

    path = CalendarService(factory).write_invite(meeting_id, out / "invite.ics")

    assert str(_event(path.read_bytes())["LOCATION"]) == venue


def test_a_closed_meeting_still_gives_its_invite(factory: SessionFactory, network: Network) -> None:
    meetings = MeetingService(factory)
    meeting_id = _meeting(factory, network, NextMeeting(dt.date(2026, 12, 24), dt.time(14, 0), "Elm Street"))
    meetings.start(meeting_id)
    for person in (network.mother, network.chair, network.health_visitor, network.teacher,
                   network.advocate, network.police):
        meetings.set_attendance(meeting_id, AttendanceEntry(person, AttendanceStatus.PRESENT))
    meetings.close(meeting_id)

    event = _event(CalendarService(factory).next_meeting_invite(meeting_id))

    assert event["DTSTART"].dt == dt.datetime(2026, 12, 24, 14, 0, tzinfo=LONDON)
    assert len(_attendees(event)) == 4


def test_suggested_file_name(factory: SessionFactory, network: Network) -> None:
    meeting_id = _meeting(factory, network, NextMeeting(dt.date(2026, 12, 24), None, ""))
    undated = _meeting(factory, network, NextMeeting())
    service = CalendarService(factory)

    assert service.suggested_file_name(meeting_id) == "Core Group - next meeting - 2026-12-24.ics"
    assert service.suggested_file_name(undated) == "Core Group - next meeting - undated.ics"
