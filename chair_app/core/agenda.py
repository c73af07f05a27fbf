"""The Core Group agenda: the steps of the walk-through, each with a plain-language purpose."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class StepKey(enum.Enum):
    """Every kind of agenda step the walk-through has a page for. An agenda file names steps by
    these values; each meeting type's agenda is a selection of them, in its own order."""

    ATTENDANCE = "attendance"
    REASONS = "reasons"  # reasons for the meeting, categories of concern, progress since last
    UPDATES = "updates"  # an update from each agency and from the family
    CHILD_VIEWS = "child_views"  # each child's wishes and feelings, and how they were gathered
    DANGER_STATEMENTS = "danger_statements"
    SCALING = "scaling"
    THREE_COLUMNS = "three_columns"
    ACTIONS = "actions"
    CONTINGENCY = "contingency"  # what happens if the plan fails or things change
    DECISIONS = "decisions"
    CONFERENCE_DECISION = "conference_decision"  # per child: views, tally, chair's decision
    NEXT_MEETING = "next_meeting"
    CLOSE = "close"


@dataclass(frozen=True, slots=True)
class AgendaStep:
    key: StepKey
    title: str
    purpose: str


CORE_GROUP_AGENDA: tuple[AgendaStep, ...] = (
    AgendaStep(
        StepKey.ATTENDANCE,
        "Welcome and introductions",
        "Everyone says who they are and what they do, and we note who is here and who is not.",
    ),
    AgendaStep(
        StepKey.DANGER_STATEMENTS,
        "Danger statements and safety goals",
        "We read out what we are worried could happen to the children, and what safe looks like.",
    ),
    AgendaStep(
        StepKey.SCALING,
        "Scaling",
        "Each person here gives a score from 0 to 10 for how safe the children are now, and says why.",
    ),
    AgendaStep(
        StepKey.THREE_COLUMNS,
        "The three columns",
        "We talk about what we are worried about, what is working well and what needs to happen.",
    ),
    AgendaStep(
        StepKey.ACTIONS,
        "Actions",
        "We agree who will do what, by when, and which safety goal it helps.",
    ),
    AgendaStep(
        StepKey.DECISIONS,
        "Decisions and votes",
        "When the meeting must decide something, the professionals here vote and we write down why.",
    ),
    AgendaStep(
        StepKey.NEXT_MEETING,
        "Next meeting",
        "We fix the date, time and place of the next meeting before anyone leaves.",
    ),
    AgendaStep(
        StepKey.CLOSE,
        "Close",
        "We check nothing is missing, then the chair closes the meeting.",
    ),
)

# What the ends of the safety scale mean (Signs of Safety wording, Parker; Southwark).
SCALE_ZERO_MEANS = (
    "0 means things are so unsafe that the children cannot stay at home, "
    "or going to court is being considered."
)
SCALE_TEN_MEANS = (
    "10 means everyone agrees the children are safe enough for the child protection plan to end."
)
OVERALL_SCALE_NAME = "Overall safety"
