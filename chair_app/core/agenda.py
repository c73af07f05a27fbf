"""The Core Group agenda: the steps of the walk-through, each with a plain-language purpose."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class StepKey(enum.Enum):
    ATTENDANCE = "attendance"
    DANGER_STATEMENTS = "danger_statements"
    SCALING = "scaling"
    THREE_COLUMNS = "three_columns"
    ACTIONS = "actions"
    DECISIONS = "decisions"
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
