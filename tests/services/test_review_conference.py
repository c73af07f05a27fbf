"""A Core Group records the next review conference date and any request for an early one; the
service refuses what cannot be right and keeps what was there."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import TODAY

from chair_app.core.domain import MeetingStatus, MeetingType
from chair_app.core.rules import RuleViolation
from chair_app.models.db import SessionFactory
from chair_app.services.families import FamilyService
from chair_app.services.meetings import MeetingService


@pytest.fixture
def meetings(factory: SessionFactory, with_demo_family: None) -> MeetingService:
    return MeetingService(factory)


def _draft(factory: SessionFactory) -> int:
    family = FamilyService(factory).get_family(1)
    return next(m.id for m in family.meetings if m.status is MeetingStatus.DRAFT)


def test_a_core_group_keeps_the_date_the_request_and_the_reason(
    factory: SessionFactory, meetings: MeetingService
) -> None:
    draft = _draft(factory)
    meetings.set_review_conference(draft, dt.date(2027, 2, 15), True, "The father moved back in.")
    record = meetings.get(draft)
    assert (record.review_conference_date, record.early_review_requested) == (
        dt.date(2027, 2, 15), True
    )
    assert record.early_review_reason == "The father moved back in."


def test_a_date_not_after_the_meeting_is_refused_and_nothing_changes(
    factory: SessionFactory, meetings: MeetingService
) -> None:
    draft = _draft(factory)
    meetings.set_review_conference(draft, dt.date(2027, 2, 15))
    with pytest.raises(RuleViolation, match=r"23/11/2026, must be after this meeting \(23/11"):
        meetings.set_review_conference(draft, TODAY)
    assert meetings.get(draft).review_conference_date == dt.date(2027, 2, 15)


def test_only_a_core_group_records_it(factory: SessionFactory, meetings: MeetingService) -> None:
    family = FamilyService(factory).get_family(1)
    chair, minutes = family.people[3].id, family.people[4].id
    conference = meetings.create_meeting(
        1, MeetingType.REVIEW_CONFERENCE, TODAY, None, "Elm Road", chair, minutes
    )
    with pytest.raises(RuleViolation, match="Only a Core Group records the review conference"):
        meetings.set_review_conference(conference, dt.date(2027, 2, 15))
    assert meetings.get(conference).review_conference_date is None
