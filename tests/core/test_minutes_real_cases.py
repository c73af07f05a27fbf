"""The minutes of real cases: an unborn child in the heading, and a Core Group's review
conference date and request for an early review conference under the next meeting."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sample_data import sample_family, sample_meeting

from chair_app.core.domain import Child, CPCategory, PlanType
from chair_app.core.minutes import FieldList, build_minutes


def _next_meeting_fields(**changes: object) -> dict[str, str]:
    meeting = replace(sample_meeting(), **changes)
    section = next(
        s for s in build_minutes(meeting, sample_family()).sections if s.title == "Next meeting"
    )
    (fields,) = section.blocks
    assert isinstance(fields, FieldList)
    return dict(fields.items)


def test_the_review_conference_date_and_an_early_request_with_its_reason_are_printed() -> None:
    fields = _next_meeting_fields(
        review_conference_date=dt.date(2027, 2, 15),
        early_review_requested=True,
        early_review_reason="The father has moved back in.\n\nNobody was told.",
    )
    assert fields["Date"] == "Monday 21 December 2026"
    assert fields["Next review conference"] == "Monday 15 February 2027"
    assert fields["Early review conference"] == (
        "The core group asked for an early review conference: The father has moved back in. "
        "Nobody was told."
    )


def test_an_early_request_without_a_reason_says_the_reason_is_not_recorded() -> None:
    fields = _next_meeting_fields(early_review_requested=True, early_review_reason="  ")
    assert fields["Next review conference"] == "Not recorded"
    assert fields["Early review conference"] == (
        "The core group asked for an early review conference: reason not recorded"
    )


def test_a_reason_kept_without_a_request_is_not_printed() -> None:
    fields = _next_meeting_fields(
        review_conference_date=dt.date(2027, 2, 15), early_review_reason="Typed, then unticked."
    )
    assert "Early review conference" not in fields
    assert "Typed, then unticked." not in str(fields)


def test_an_unborn_child_in_the_heading() -> None:
    family = sample_family()
    baby = Child(
        99, "Unborn baby", None, PlanType.CHILD_PROTECTION, (CPCategory.NEGLECT,),
        unborn=True, expected_date=dt.date(2027, 2, 3),
    )
    family = replace(family, children=(*family.children, baby))
    heading = dict(build_minutes(sample_meeting(), family).heading.items)
    assert heading["Children"].endswith(
        "; Unborn baby (expected 03/02/2027; child protection plan: neglect)"
    )
    born = replace(baby, name="Seren Quill", unborn=False, date_of_birth=dt.date(2027, 1, 30))
    family = replace(family, children=(*family.children[:-1], born))
    heading = dict(build_minutes(sample_meeting(), family).heading.items)
    assert heading["Children"].endswith(
        "; Seren Quill, born 30/01/2027 (child protection plan: neglect)"
    )
