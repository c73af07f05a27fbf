"""Which item of a meeting a withholding key (core.withholding) names, checked before who may
see it is changed."""

from __future__ import annotations

from chair_app.core.domain import Family, Meeting
from chair_app.core.withholding import BadItemKey, parse_key


def missing_item(meeting: Meeting, family: Family, key: str) -> str:
    """Why the key names no item of this meeting, in words; "" when it does."""
    try:
        kind, ids = parse_key(key)
    except BadItemKey as error:
        return str(error)
    if not isinstance(ids, tuple) or not ids:
        return ""  # the three columns and the contingency plan: every meeting has them
    people = {p.id for p in family.people}
    if kind in ("report", "update") and ids[0] not in people:
        return "That person is not in this meeting's network."
    if kind == "child_views" and all(c.id != ids[0] for c in family.children):
        return "That child is not in this family."
    if kind == "statement_notes" and all(s.id != ids[0] for s in meeting.statements):
        return "That danger statement is not in this meeting."
    if kind == "contingency_part" and all(p.id != ids[0] for p in meeting.contingency_parts):
        return "That part of the contingency plan is not in this meeting."
    if kind == "vote_reason":
        decision = next((d for d in meeting.decisions if d.id == ids[0]), None)
        if decision is None:
            return "That decision is not in this meeting."
        if ids[1] not in people:
            return "That person is not in this meeting's network."
        if meeting.is_closed and all(v.person_id != ids[1] for v in decision.votes):
            return "Nothing was recorded from that person on this decision."
    return ""
