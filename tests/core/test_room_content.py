"""What the room display says: each step's record as lines, never a confidential update."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sample_data import officers_apart, sample_family, sample_meeting

from chair_app.core.agenda import BUILT_IN_AGENDAS, StepKey
from chair_app.core.domain import AgencyUpdate, MeetingType
from chair_app.core.room import (
    CONFIDENTIAL_NOT_SHOWN,
    NOTHING_YET,
    LineKind,
    for_the_room,
    room_view,
    step_lines,
)

SECRET = "The neighbour told us the father's new partner has a conviction."
OPEN_UPDATE = "Poppy has been to every breakfast club this month."
AGENDA = BUILT_IN_AGENDAS[MeetingType.CORE_GROUP]


def _meeting_with_updates():  # type: ignore[no-untyped-def]
    return replace(
        sample_meeting(),
        updates=(
            AgencyUpdate(5, OPEN_UPDATE),
            AgencyUpdate(7, SECRET, third_party=True),
        ),
    )


def _text(step: StepKey, meeting=None) -> str:  # type: ignore[no-untyped-def]
    lines = step_lines(step, meeting or sample_meeting(), sample_family())
    return "\n".join(line.text for line in lines)


def test_room_updates_third_party_text_and_author_are_not_shown() -> None:
    text = _text(StepKey.UPDATES, _meeting_with_updates())
    assert OPEN_UPDATE in text
    assert "Ines Carvalho" in text
    assert SECRET not in text
    assert "conviction" not in text
    # Nor who gave it: that alone would tell the room who holds something about them.
    assert "Lyle Hart" not in text
    assert CONFIDENTIAL_NOT_SHOWN in text


def test_room_updates_without_confidential_text_say_nothing_about_confidentiality() -> None:
    meeting = replace(sample_meeting(), updates=(AgencyUpdate(5, OPEN_UPDATE),))
    assert CONFIDENTIAL_NOT_SHOWN not in _text(StepKey.UPDATES, meeting)


@pytest.mark.parametrize("step", list(StepKey), ids=lambda s: s.value)
def test_room_no_step_ever_shows_a_third_party_update(step: StepKey) -> None:
    assert SECRET not in _text(step, _meeting_with_updates())


def test_room_for_the_room_drops_only_confidential_updates() -> None:
    meeting = for_the_room(_meeting_with_updates())
    assert [u.text for u in meeting.updates] == [OPEN_UPDATE]


@pytest.mark.parametrize(
    ("step", "expected"),
    [
        (StepKey.ATTENDANCE, ["Dana Quill", "Present", "Poppy attends every day."]),
        (StepKey.DANGER_STATEMENTS, ["Children's services worry that the children go hungry.",
                                     "The children have three meals a day for six months."]),
        (StepKey.SCALING, ["Dana Quill", "Things are better", "Fridge was empty on visit"]),
        (StepKey.THREE_COLUMNS, ["Food at home", "School attendance is good",
                                 "A food bank referral"]),
        (StepKey.ACTIONS, ["1. Refer to the food bank", "Who: Noor Haddad", "By when: 01/12"]),
        (StepKey.DECISIONS, ["Ask for an early review conference?", "Too early to tell"]),
        (StepKey.NEXT_MEETING, ["Elm Street Family Centre"]),
    ],
    ids=lambda v: v.value if isinstance(v, StepKey) else "",
)
def test_room_step_shows_what_is_recorded_on_it(step: StepKey, expected: list[str]) -> None:
    # The chair and the minute-taker are two more people, who do not vote.
    meeting, family = officers_apart(sample_meeting(), sample_family())
    text = "\n".join(line.text for line in step_lines(step, meeting, family))
    for words in expected:
        assert words in text


def test_room_empty_step_says_nothing_is_recorded_yet() -> None:
    lines = step_lines(StepKey.REASONS, sample_meeting(), sample_family())
    assert [(line.text, line.kind) for line in lines] == [
        ("No reasons were recorded.", LineKind.NOTE)
    ]


def test_room_close_step_says_the_meeting_is_closing() -> None:
    assert _text(StepKey.CLOSE) and NOTHING_YET not in _text(StepKey.CLOSE)


def test_room_typed_paragraphs_are_separate_lines() -> None:
    meeting = replace(sample_meeting(), reasons="First line.\n\nSecond line.")
    lines = step_lines(StepKey.REASONS, meeting, sample_family())
    assert [(line.text, line.kind) for line in lines] == [
        ("First line.", LineKind.TEXT),
        ("Second line.", LineKind.TEXT),
    ]


def test_room_view_has_meeting_family_and_step() -> None:
    index = next(i for i, s in enumerate(AGENDA) if s.key is StepKey.THREE_COLUMNS)
    view = room_view(sample_meeting(), sample_family(), AGENDA, index)
    assert view.title == "Core Group: Quill family"
    assert view.counter == f"Step {index + 1} of {len(AGENDA)}"
    assert view.step_title == AGENDA[index].title
    assert view.purpose == AGENDA[index].purpose
    assert view.when.endswith("at 10:00")
    assert "Food at home" in view.plain_text()


def test_room_actions_read_as_the_action_then_its_details() -> None:
    lines = step_lines(StepKey.ACTIONS, sample_meeting(), sample_family())
    assert (lines[0].text, lines[0].kind) == ("1. Refer to the food bank", LineKind.ITEM)
    assert lines[1].kind is LineKind.DETAIL
    assert "Who: Noor Haddad" in lines[1].text and "Status: Open" in lines[1].text


def test_room_close_step_says_closing_while_in_progress_and_closed_once_closed() -> None:
    """Issue 14 item 9: the room no longer says "closing" once the meeting is closed; it says
    so, with the next meeting the room has just agreed."""
    from chair_app.core.domain import MeetingStatus
    from chair_app.core.room import CLOSING

    in_progress = replace(sample_meeting(), status=MeetingStatus.IN_PROGRESS)
    assert _text(StepKey.CLOSE, in_progress) == CLOSING
    closed = _text(StepKey.CLOSE, sample_meeting())
    assert CLOSING not in closed
    assert closed.splitlines() == [
        "The meeting is closed.",
        "Next meeting: Monday 21 December 2026 at 10:00, Elm Street Family Centre",
    ]


def test_room_view_in_plain_words_has_the_plain_title_and_explanation() -> None:
    from chair_app.core.plain_language import PlainStep

    index = next(i for i, s in enumerate(AGENDA) if s.key is StepKey.DANGER_STATEMENTS)
    plain = PlainStep("What we worry about", "We read out what we fear could happen.", ())
    view = room_view(sample_meeting(), sample_family(), AGENDA, index, plain=plain)
    assert view.step_title == "What we worry about"
    assert view.purpose == "We read out what we fear could happen."
    assert AGENDA[index].title not in view.plain_text()
