"""Who owns an action, in words: one person, several jointly, the family as a whole, or someone
named who is not in the network (a friend in the family's safety network, say)."""

from __future__ import annotations

from chair_app.core.domain import Action, Family
from chair_app.core.language import translate


def owner_names(action: Action, family: Family) -> list[str]:
    """Each owner as printed: "The family", the network's names in the action's order, then
    "Aunt Rose (not in the network)"."""
    names = [translate("Owners", "The family")] if action.owner_family else []
    for person_id in action.owner_ids:
        person = family.person(person_id)
        if person is not None:
            names.append(person.name)
    other = " ".join(action.owner_other.split())
    if other:
        names.append(translate("Owners", "{name} (not in the network)").format(name=other))
    return names


def has_owner(action: Action) -> bool:
    """Whether the action says who does it, in any of the ways it can."""
    return bool(action.owner_ids or action.owner_family or action.owner_other.strip())


def owners_text(action: Action, family: Family, missing: str | None = None) -> str:
    """Every owner in one phrase: "Kerry Smith and Mark Jones", "The family, Priya Desai and
    Aunt Rose (not in the network)"; missing when nobody is named."""
    names = owner_names(action, family)
    if not names:
        return translate("Owners", "Not recorded") if missing is None else missing
    if len(names) == 1:
        return names[0]
    return translate("Owners", "{names} and {last}").format(
        names=", ".join(names[:-1]), last=names[-1]
    )
