"""How one person's attendance reads, in the minutes and on the attendance step alike.

Besides how someone took part (present, apologies...), a meeting records whether they were
invited, why they were not there, when they arrived late or left early, the language an
interpreter was needed for, and who came in their place: a person of the network, or (in older
records) a name as typed. One function says it all in one line, so what the chair sees beside a
name is what the minutes print.
"""

from __future__ import annotations

from chair_app.core.dates import format_time
from chair_app.core.domain import AttendanceEntry, AttendanceStatus, Family, Meeting
from chair_app.core.language import translate

# Not there in person: a reason for the absence is asked for, and printed.
ABSENT_STATUSES = frozenset(
    {
        AttendanceStatus.APOLOGIES,
        AttendanceStatus.DID_NOT_ATTEND,
        AttendanceStatus.WRITTEN_REPORT,
        AttendanceStatus.REPRESENTED,
    }
)


def reason_applies(entry: AttendanceEntry) -> bool:
    """Whether a reason for an absence belongs to this entry: the person was not there, or was
    not invited. The attendance step shows the reason's box exactly when the minutes print it."""
    return not entry.invited or entry.status in ABSENT_STATUSES


def times_apply(entry: AttendanceEntry) -> bool:
    """Arrived late or left early is said of someone who was there in person."""
    return entry.status is AttendanceStatus.PRESENT


def representative_text(entry: AttendanceEntry, family: Family) -> str:
    """Who came in the person's place: "Helen Carter (Deputy headteacher), for Oakfield Primary
    School"; the name as typed in an older record; "" when nobody is named."""
    representative = family.person(entry.representative_id)
    if representative is None:
        return " ".join(entry.represented_by.split())
    text = representative.name
    if representative.role.strip():
        text += f" ({representative.role.strip()})"
    if representative.agency.strip():
        text += translate("Attendance", ", for {agency}").format(agency=representative.agency.strip())
    return text


def stands_in_for(meeting: Meeting, person_id: int) -> tuple[int, ...]:
    """The people this person came in place of, as their representative."""
    return tuple(
        entry.person_id
        for entry in meeting.attendance
        if entry.status is AttendanceStatus.REPRESENTED and entry.representative_id == person_id
    )


def is_accounted_for(meeting: Meeting, person_id: int) -> bool:
    """Whether a person's attendance needs no recording of its own: they were not invited, or
    they came as someone's representative (their attendance is that person's)."""
    entry = meeting.attendance_of(person_id)
    return (
        entry.status is not AttendanceStatus.NOT_RECORDED
        or not entry.invited
        or bool(stands_in_for(meeting, person_id))
    )


def detail_parts(entry: AttendanceEntry) -> list[str]:
    """The times and the interpreter: "arrived 10:40", "left 11:15", "interpreter: Polish"."""
    parts = []
    if times_apply(entry):
        if entry.arrived_at is not None:
            parts.append(
                translate("Attendance", "arrived {time}").format(time=format_time(entry.arrived_at))
            )
        if entry.left_at is not None:
            parts.append(translate("Attendance", "left {time}").format(time=format_time(entry.left_at)))
    if entry.interpreter.strip():
        parts.append(
            translate("Attendance", "interpreter: {language}").format(
                language=" ".join(entry.interpreter.split())
            )
        )
    return parts


def _status_text(entry: AttendanceEntry, family: Family) -> str:
    if entry.status is AttendanceStatus.REPRESENTED:
        who = representative_text(entry, family)
        if who:
            return translate("Attendance", "Represented by {who}").format(who=who)
    return entry.status.label


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def attendance_text(meeting: Meeting, person_id: int, family: Family) -> str:
    """Everything recorded about how one person took part, in one line for the minutes:
    "Present; arrived 10:40; interpreter: Polish", "Sent apologies; reason: at court",
    "Not invited", "Came in place of Tom Ashby"."""
    entry = meeting.attendance_of(person_id)
    names = [p.name for p in family.people if p.id in stands_in_for(meeting, person_id)]
    in_place_of = (
        translate("Attendance", "in place of {names}").format(
            names=translate("Attendance", " and ").join(names)
        )
        if names
        else ""
    )
    parts = []
    if not entry.invited:
        parts.append(translate("Attendance", "Not invited"))
    if entry.status is not AttendanceStatus.NOT_RECORDED or not (in_place_of or parts):
        status = _status_text(entry, family)
        parts.append(_lower_first(status) if parts else status)
    elif in_place_of:
        # Their own attendance is the one of the person they came for.
        in_place_of = translate("Attendance", "came {in_place_of}").format(in_place_of=in_place_of)
    if in_place_of:
        parts.append(_lower_first(in_place_of) if parts else _upper_first(in_place_of))
    if reason_applies(entry) and entry.absence_reason.strip():
        parts.append(
            translate("Attendance", "reason: {reason}").format(
                reason=" ".join(entry.absence_reason.split())
            )
        )
    parts += detail_parts(entry)
    return "; ".join(parts)
