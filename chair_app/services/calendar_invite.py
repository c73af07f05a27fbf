"""The next meeting as a calendar invite (.ics) for the chair to send from their own mail
program. The app sends nothing itself.

The invite names the family by initial only, and family members by their address only:
calendars are shared and synced far more widely than minutes, and the people invited already
know which family it is.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import uuid
import zoneinfo
from pathlib import Path

from chair_app.core.domain import MeetingType
from chair_app.models.db import SessionFactory
from chair_app.models.repositories import FamilyRepository, MeetingRepository
from chair_app.services.export_minutes import ExportFailed
from chair_app.services.meetings import MeetingService

UK_TIME = zoneinfo.ZoneInfo("Europe/London")
DEFAULT_LENGTH = dt.timedelta(minutes=90)
UID_NAMESPACE = uuid.UUID("6f1d2c1e-7d1b-4f7e-9a55-3c2b8f0e4a11")


class CalendarService:
    def __init__(self, factory: SessionFactory) -> None:
        self._meetings = MeetingRepository(factory)
        self._families = FamilyRepository(factory)
        self._meeting_service = MeetingService(factory)

    def next_meeting_invite(self, meeting_id: int) -> bytes:
        """The .ics text of the meeting that follows this one.

        Raises:
            ExportFailed: the next meeting has no date yet.
        """
        # Imported here, when an invitation is made: not at start-up (see bench_startup.py).
        from icalendar import Calendar, Event, vCalAddress, vText

        meeting = self._meetings.get(meeting_id)
        family = self._meeting_service.family_as_recorded(meeting_id)
        nxt = meeting.next_meeting
        if nxt.date is None:
            raise ExportFailed("The next meeting has no date yet, so there is nothing to invite to.")
        event = Event()
        # The same meeting gives the same UID, so sending a corrected invite updates the event.
        event.add("uid", f"{uuid.uuid5(UID_NAMESPACE, f'{family.id}/{meeting.id}/next')}@chair")
        event.add("dtstamp", dt.datetime.now(dt.UTC))
        initial = family.name.strip()[:1].upper() or "?"
        event.add("summary", f"{meeting.meeting_type.label} (family {initial}.)")
        if nxt.time is not None:
            start = dt.datetime.combine(nxt.date, nxt.time, tzinfo=UK_TIME)
            event.add("dtstart", start)
            event.add("dtend", start + DEFAULT_LENGTH)
        else:
            event.add("dtstart", nxt.date)  # an all-day entry until a time is agreed
            event.add("dtend", nxt.date + dt.timedelta(days=1))
        if nxt.venue.strip():
            event.add("location", nxt.venue.strip())
        event.add(
            "description",
            f"Next {meeting.meeting_type.label}, agreed at the meeting of "
            f"{meeting.date.strftime('%d/%m/%Y')}. The details are in the minutes.",
        )
        chair = family.person(meeting.chair_id)
        if chair is not None and chair.email.strip():
            organizer = vCalAddress(f"mailto:{chair.email.strip()}")
            organizer.params["cn"] = vText(chair.name)
            event.add("organizer", organizer)
        for person in family.people:
            if not person.email.strip():
                continue
            if meeting.meeting_type is MeetingType.STRATEGY and not person.is_professional:
                continue  # strategy meetings are for professionals only
            attendee = vCalAddress(f"mailto:{person.email.strip()}")
            if person.is_professional:
                # A family member's name would carry the family's surname into every calendar
                # the invite reaches; their address is enough to send it.
                attendee.params["cn"] = vText(person.name)
            attendee.params["role"] = vText("REQ-PARTICIPANT")
            attendee.params["partstat"] = vText("NEEDS-ACTION")
            event.add("attendee", attendee, encode=False)
        calendar = Calendar()
        calendar.add("prodid", "-//Chair//Next meeting//EN")
        calendar.add("version", "2.0")
        calendar.add("method", "REQUEST")
        calendar.add_component(event)
        # RFC 5545 wants a VTIMEZONE for every TZID used; some mail programs need it to show
        # the right time.
        calendar.add_missing_timezones()
        return calendar.to_ical()

    def invitees_without_email(self, meeting_id: int) -> tuple[str, ...]:
        """Names of people who cannot be invited by email; the chair tells them another way."""
        meeting = self._meetings.get(meeting_id)
        family = self._meeting_service.family_as_recorded(meeting_id)
        return tuple(
            p.name
            for p in family.people
            if not p.email.strip()
            and not (meeting.meeting_type is MeetingType.STRATEGY and not p.is_professional)
        )

    def write_invite(self, meeting_id: int, path: Path) -> Path:
        """Write the invite atomically (a temporary file, then a rename).

        Raises:
            ExportFailed: no next date, or the folder is missing or read-only.
        """
        data = self.next_meeting_invite(meeting_id)
        folder = path.parent
        if not folder.is_dir():
            raise ExportFailed(f"The folder {folder} does not exist. Choose another folder.")
        try:
            handle, temp_name = tempfile.mkstemp(prefix=".invite.", suffix=".part", dir=folder)
        except OSError as error:
            raise ExportFailed(f"Cannot write in {folder}: {error.strerror}.") from error
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp_name, path)
        except OSError as error:
            Path(temp_name).unlink(missing_ok=True)
            raise ExportFailed(f"Could not write {path.name}: {error.strerror or error}.") from error
        return path

    def suggested_file_name(self, meeting_id: int) -> str:
        meeting = self._meetings.get(meeting_id)
        nxt = meeting.next_meeting.date
        day = nxt.isoformat() if nxt else "undated"
        return f"{meeting.meeting_type.label} - next meeting - {day}.ics"
