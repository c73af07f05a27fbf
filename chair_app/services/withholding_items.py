"""Which item of a meeting a withholding reference (core.withholding's kinds) names, checked
before who may see it is changed."""

from __future__ import annotations

from chair_app.core.domain import Family, Meeting
from chair_app.core.facts import FactKind, FactRef
from chair_app.core.language import translate


def missing_item(meeting: Meeting, family: Family, ref: FactRef) -> str:
    """Why the reference names no item of this meeting, in words; "" when it does."""
    kind, ids = ref.kind, ref.ids
    if not ids:
        return ""  # the three columns and the contingency plan: every meeting has them
    people = {p.id for p in family.people}
    if kind in (FactKind.REPORT, FactKind.UPDATE) and ids[0] not in people:
        return translate(
            "WithholdingItems", "That person is not in this meeting's network."
        )
    if kind is FactKind.CHILD_VIEWS and all(c.id != ids[0] for c in family.children):
        return translate("WithholdingItems", "That child is not in this family.")
    if kind is FactKind.STATEMENT_NOTES and all(s.id != ids[0] for s in meeting.statements):
        return translate(
            "WithholdingItems", "That danger statement is not in this meeting."
        )
    if kind is FactKind.CONTINGENCY_PART and all(p.id != ids[0] for p in meeting.contingency_parts):
        return translate(
            "WithholdingItems", "That part of the contingency plan is not in this meeting."
        )
    if kind is FactKind.VOTE_REASON:
        decision = next((d for d in meeting.decisions if d.id == ids[0]), None)
        if decision is None:
            return translate("WithholdingItems", "That decision is not in this meeting.")
        if ids[1] not in people:
            return translate(
                "WithholdingItems", "That person is not in this meeting's network."
            )
        if meeting.is_closed and all(v.person_id != ids[1] for v in decision.votes):
            return translate(
                "WithholdingItems", "Nothing was recorded from that person on this decision."
            )
    return ""
