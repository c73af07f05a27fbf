"""Issue 12: the family summary tells the family, in plain words, what the group decided, what
happens if things go wrong, when the next meeting and the next review conference are, and when
a job carried from last time was due. It never prints a part of the contingency plan withheld
from anyone. The people are fictional (tests/sample_data.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
import textstat
from sample_data import officers_apart, sample_family, sample_meeting

from chair_app.core.agenda import StepKey
from chair_app.core.domain import (
    Action,
    ActionStatus,
    ChildDecision,
    ContingencyPart,
    Decision,
    Meeting,
    MeetingType,
    PlanView,
    Vote,
    VoteChoice,
    Withholding,
)
from chair_app.core.family_summary import build_family_summary
from chair_app.core.minutes import (
    OMITTED,
    BulletList,
    FieldList,
    MinutesDocument,
    Paragraph,
    Section,
    Table,
)

SAFE_PLACE = "Dana and the children go to Aunt Rose at 4 Larch Row."
CALL_FIRST = "If the children go hungry again, Dana calls Noor the same day."


def _section(document: MinutesDocument, title: str) -> Section:
    matches = [s for s in document.sections if s.title == title]
    assert len(matches) == 1, [s.title for s in document.sections]
    return matches[0]


def _items(section: Section) -> list[str]:
    return [item for b in section.blocks if isinstance(b, BulletList) for item in b.items]


def _paragraphs(section: Section) -> list[str]:
    return [b.text for b in section.blocks if isinstance(b, Paragraph)]


def _fields(section: Section) -> dict[str, str]:
    return {k: v for b in section.blocks if isinstance(b, FieldList) for k, v in b.items}


def _summary(meeting: Meeting, **kwargs: object) -> MinutesDocument:
    # A chair and a minute-taker of their own, so Noor and Bryn (3 and 4) are voters.
    meeting, family = officers_apart(meeting, sample_family())
    return build_family_summary(meeting, family, **kwargs)  # type: ignore[arg-type]


def test_family_summary_sections_in_order() -> None:
    assert [s.title for s in _summary(sample_meeting()).sections] == [
        "Why we met",
        "What we are worried about",
        "What is going well",
        "What needs to happen",
        "Who will do what, and by when",
        "What the group decided",
        "If things go wrong",
        "When we meet next",
    ]


def test_family_summary_says_what_the_group_decided() -> None:
    votes_for = (Vote(3, VoteChoice.FOR), Vote(4, VoteChoice.FOR))
    votes_against = (Vote(3, VoteChoice.AGAINST), Vote(4, VoteChoice.AGAINST))
    meeting = replace(
        sample_meeting(),
        decisions=(
            Decision(31, 1, "Ask the GP to see Alfie?", votes_for),
            Decision(32, 2, "Move the meetings to the school?", votes_against),
            Decision(
                33,
                3,
                "Ask for an early review conference?",
                (Vote(3, VoteChoice.FOR), Vote(4, VoteChoice.AGAINST)),
            ),
            Decision(34, 4, "Add a weekly visit?"),
        ),
    )
    assert _items(_section(_summary(meeting), "What the group decided")) == [
        "The group agreed: Ask the GP to see Alfie?",
        "The group did not agree: Move the meetings to the school?",
        "The group could not decide, as the votes were even: Ask for an early review conference?",
        "Not decided yet: Add a weekly visit?",
    ]


def test_family_summary_without_votes_says_so() -> None:
    section = _section(_summary(replace(sample_meeting(), decisions=())), "What the group decided")
    assert _paragraphs(section) == ["Nothing was put to a vote."]


def test_family_summary_says_the_conference_decision_for_each_child() -> None:
    family = sample_family()
    child = family.children[0]
    meeting = replace(
        sample_meeting(),
        meeting_type=MeetingType.REVIEW_CONFERENCE,
        decisions=(),
        child_decisions=(ChildDecision(child.id, PlanView.NO_PLAN),),
    )
    items = _items(_section(_summary(meeting), "What the group decided"))
    assert items == [f"For {child.name}: the plan to keep them safe ends."]


def test_family_summary_prints_the_contingency_plan_and_its_parts() -> None:
    meeting = replace(
        sample_meeting(),
        contingency=CALL_FIRST,
        contingency_parts=(ContingencyPart(41, 1, SAFE_PLACE),),
    )
    assert _items(_section(_summary(meeting), "If things go wrong")) == [CALL_FIRST, SAFE_PLACE]


def test_family_summary_never_prints_a_withheld_contingency_part() -> None:
    meeting = replace(
        sample_meeting(),
        contingency=CALL_FIRST,
        contingency_parts=(
            ContingencyPart(41, 1, SAFE_PLACE, Withholding(from_family=True)),
            ContingencyPart(42, 2, "Noor visits every week.", Withholding(from_people=(2,))),
            ContingencyPart(43, 3, "Dana keeps the school's number by the phone."),
        ),
    )
    document = _summary(meeting)
    assert _items(_section(document, "If things go wrong")) == [
        CALL_FIRST,
        "Dana keeps the school's number by the phone.",
    ]
    text = document.plain_text()
    assert "Larch Row" not in text
    assert "Noor visits every week." not in text


def test_family_summary_never_prints_a_withheld_first_contingency_part() -> None:
    meeting = replace(
        sample_meeting(),
        contingency=SAFE_PLACE,
        contingency_withheld=Withholding(from_family=True),
        contingency_parts=(ContingencyPart(43, 1, CALL_FIRST),),
    )
    document = _summary(meeting)
    assert _items(_section(document, "If things go wrong")) == [CALL_FIRST]
    assert "Larch Row" not in document.plain_text()


def test_family_summary_leaves_out_contingency_and_decisions_a_family_member_missed() -> None:
    meeting = replace(sample_meeting(), contingency=CALL_FIRST)
    document = _summary(meeting, omit_steps=frozenset({StepKey.CONTINGENCY, StepKey.DECISIONS}))
    for title in ("If things go wrong", "What the group decided"):
        section = _section(document, title)
        assert _paragraphs(section) == [OMITTED] and not _items(section)
    assert CALL_FIRST not in document.plain_text()


def test_family_summary_gives_the_next_meeting_and_the_review_conference() -> None:
    meeting = replace(
        sample_meeting(),
        review_conference_date=dt.date(2027, 2, 15),
        early_review_requested=True,
        early_review_reason="Things are much better at home.",
    )
    fields = _fields(_section(_summary(meeting), "When we meet next"))
    assert fields == {
        "Date": "Monday 21 December 2026",
        "Time": "10:00",
        "Place": "Elm Street Family Centre",
        "Next review conference": "Monday 15 February 2027",
        "Sooner review": (
            "The group asked for the review conference to be sooner: "
            "Things are much better at home."
        ),
    }
    # Without a review conference date or a request, no review lines.
    plain = _fields(_section(_summary(sample_meeting()), "When we meet next"))
    assert list(plain) == ["Date", "Time", "Place"]


def _carried(due: dt.date | None) -> Action:
    return Action(
        51, "Take Alfie to the dentist", 1, due, None, ActionStatus.OPEN, carried_from_id=50
    )


@pytest.mark.parametrize(
    ("earlier", "due", "expected"),
    [
        (dt.date(2026, 10, 16), dt.date(2026, 12, 4), "was due 16/10; now by 04/12/2026"),
        (dt.date(2026, 10, 16), dt.date(2026, 10, 16), "was due 16/10; no new date set"),
        (dt.date(2026, 10, 16), None, "was due 16/10; no new date set"),
    ],
    ids=["new-date", "same-past-date", "no-date"],
)
def test_family_summary_a_carried_job_past_its_date_says_so(
    earlier: dt.date | None, due: dt.date | None, expected: str
) -> None:
    meeting = replace(sample_meeting(), actions=(_carried(due),))
    document = _summary(meeting, earlier_due={51: earlier})
    (table,) = [
        b
        for b in _section(document, "Who will do what, and by when").blocks
        if isinstance(b, Table)
    ]
    assert table.rows[0][2] == expected


def test_family_summary_only_a_carried_job_past_its_date_says_was_due() -> None:
    carried = _carried(dt.date(2026, 10, 16))  # no earlier date given: its own date is used
    not_yet_due = replace(_carried(dt.date(2026, 12, 4)), id=52)
    never_set = replace(_carried(None), id=53)
    new_job = Action(54, "Book a dentist", 1, dt.date(2026, 12, 11), None)
    meeting = replace(sample_meeting(), actions=(carried, not_yet_due, never_set, new_job))
    table = next(
        b
        for b in _section(_summary(meeting), "Who will do what, and by when").blocks
        if isinstance(b, Table)
    )
    assert [row[2] for row in table.rows] == [
        "was due 16/10; no new date set",
        "04/12/2026",
        "Not set yet",
        "11/12/2026",
    ]


def test_family_summary_new_words_are_easy_to_read() -> None:
    meeting = replace(
        sample_meeting(),
        contingency=CALL_FIRST,
        review_conference_date=dt.date(2027, 2, 15),
        early_review_requested=True,
    )
    document = _summary(meeting)
    words = " ".join(
        _items(_section(document, "What the group decided"))
        + [v for k, v in _fields(_section(document, "When we meet next")).items()]
    )
    assert textstat.flesch_reading_ease(words) >= 60
