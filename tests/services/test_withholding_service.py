"""Who may see what, through the meeting service: withholding an item (open meeting, closed
meeting, refused once the minutes are agreed), the contingency plan's further parts, danger
statements' notes, and the preview of a copy that records nothing. The demo family is fictional.
"""

from __future__ import annotations

import pytest
from conftest import TODAY

from chair_app.core.domain import MeetingStatus, VoteChoice, Withholding
from chair_app.core.errors import MeetingClosed, MinutesAgreed
from chair_app.core.rules import RuleViolation
from chair_app.core.withholding import withholding_of
from chair_app.models.db import SessionFactory
from chair_app.services.meetings import MeetingService
from chair_app.services.minutes import CopyKind, CopyRequest, MinutesService

KERRY, DEAN, TOM, PC_OKORO, STRANGER = 1, 2, 6, 7, 999


@pytest.fixture
def services(
    factory: SessionFactory, with_demo_family_unsent: None
) -> tuple[MeetingService, MinutesService]:
    # Minutes not yet sent: no version is fixed until something is sent.
    return MeetingService(factory), MinutesService(factory)


def _meeting(meetings: MeetingService, status: MeetingStatus) -> int:
    return next(m.id for m in meetings.list_meetings() if m.status is status)


def test_a_closed_meetings_report_is_withheld_until_the_minutes_are_agreed(
    services: tuple[MeetingService, MinutesService],
) -> None:
    meetings, minutes = services
    closed = _meeting(meetings, MeetingStatus.CLOSED)
    from_dean = Withholding(False, (DEAN,))
    meetings.set_withholding(closed, f"report:{TOM}", from_dean)
    assert withholding_of(meetings.get(closed), f"report:{TOM}") == from_dean
    assert meetings.withholding_refusal(closed) == ""
    minutes.agree(closed, None, TODAY)
    assert "agreed" in meetings.withholding_refusal(closed)
    with pytest.raises(MinutesAgreed):
        meetings.set_withholding(closed, f"report:{TOM}", Withholding(True))
    assert withholding_of(meetings.get(closed), f"report:{TOM}") == from_dean


@pytest.mark.parametrize(
    ("key", "people", "message"),
    [
        (f"report:{STRANGER}", (), "not in this meeting's network"),
        ("statement_notes:999", (), "danger statement is not in this meeting"),
        ("contingency_part:999", (), "part of the contingency plan is not in this meeting"),
        ("vote_reason:999:4", (), "decision is not in this meeting"),
        ("child_views:999", (), "child is not in this family"),
        ("columns:nothing", (), "no item"),
        ("contingency", (STRANGER,), "not in the family's network"),
    ],
)
def test_a_withholding_of_no_item_or_from_a_stranger_is_refused(
    services: tuple[MeetingService, MinutesService],
    key: str,
    people: tuple[int, ...],
    message: str,
) -> None:
    meetings, _ = services
    closed = _meeting(meetings, MeetingStatus.CLOSED)
    with pytest.raises(RuleViolation, match=message):
        meetings.set_withholding(closed, key, Withholding(True, people))


def test_a_reason_withheld_before_it_is_written_keeps_its_mark(
    services: tuple[MeetingService, MinutesService],
) -> None:
    meetings, _ = services
    draft = _meeting(meetings, MeetingStatus.DRAFT)
    decision_id = meetings.add_decision(draft)
    key = f"vote_reason:{decision_id}:{PC_OKORO}"
    meetings.set_withholding(draft, key, Withholding(True))
    (vote,) = meetings.get(draft).decisions[0].votes
    assert (vote.person_id, vote.choice, vote.reason) == (PC_OKORO, VoteChoice.NOT_VOTED, "")
    assert withholding_of(meetings.get(draft), key) == Withholding(True)


def test_contingency_parts_and_statement_notes_are_kept_and_locked_at_the_close(
    services: tuple[MeetingService, MinutesService],
) -> None:
    meetings, _ = services
    draft = _meeting(meetings, MeetingStatus.DRAFT)
    first = meetings.add_contingency_part(draft)
    second = meetings.add_contingency_part(draft, "Kerry and the children stay at the refuge.")
    meetings.update_contingency_part(first, "Maureen collects the children from school.")
    meetings.set_withholding(draft, f"contingency_part:{second}", Withholding(False, (DEAN,)))
    statement = meetings.get(draft).statements[0]
    meetings.set_statement_notes(statement.id, "From the police log of 14 October.")
    meeting = meetings.get(draft)
    assert [(p.text, p.withheld) for p in meeting.contingency_parts] == [
        ("Maureen collects the children from school.", Withholding()),
        ("Kerry and the children stay at the refuge.", Withholding(False, (DEAN,))),
    ]
    assert meeting.statements[0].notes == "From the police log of 14 October."
    meetings.remove_contingency_part(first)
    assert [p.id for p in meetings.get(draft).contingency_parts] == [second]
    closed = _meeting(meetings, MeetingStatus.CLOSED)
    with pytest.raises(MeetingClosed):
        meetings.add_contingency_part(closed)
    with pytest.raises(MeetingClosed):
        meetings.set_statement_notes(meetings.get(closed).statements[0].id, "Too late.")


def test_a_preview_records_no_version(services: tuple[MeetingService, MinutesService]) -> None:
    meetings, minutes = services
    closed = _meeting(meetings, MeetingStatus.CLOSED)
    preview = minutes.preview(closed, CopyRequest(CopyKind.PERSON, KERRY), TODAY)
    assert preview.copy_label == "Copy for Kerry Marlowe"
    assert "Version 1 (draft)" in preview.footer_note
    assert minutes.record(closed).versions == ()
    sent = minutes.document(closed, CopyRequest(CopyKind.PERSON, KERRY), TODAY, with_chart=False)
    assert sent.footer_note == preview.footer_note
    assert len(minutes.record(closed).versions) == 1
