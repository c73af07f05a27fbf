"""The family as it stood when a meeting closed: its name, children and network.

A closed meeting's minutes must say what they said on the day, even if a person is later renamed,
changes role or leaves the network. The snapshot is plain JSON kept with the meeting.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from chair_app.core.domain import Child, CPCategory, Family, MeetingSummary, Person, PlanType

SNAPSHOT_VERSION = 1


def network_to_json(family: Family) -> str:
    """The family's name, children and people as JSON (meetings are not part of it)."""
    record: dict[str, Any] = {
        "version": SNAPSHOT_VERSION,
        "name": family.name,
        "children": [
            {
                "id": child.id,
                "name": child.name,
                "date_of_birth": child.date_of_birth.isoformat() if child.date_of_birth else None,
                "plan": child.plan.value,
                "categories": [category.value for category in child.categories],
                "unborn": child.unborn,
                "expected_date": child.expected_date.isoformat() if child.expected_date else None,
            }
            for child in family.children
        ],
        "people": [
            {
                "id": person.id,
                "name": person.name,
                "role": person.role,
                "agency": person.agency,
                "is_professional": person.is_professional,
                "phone": person.phone,
                "email": person.email,
            }
            for person in family.people
        ],
    }
    return json.dumps(record, ensure_ascii=False)


def network_from_json(
    text: str, family_id: int, meetings: tuple[MeetingSummary, ...] = ()
) -> Family:
    """Rebuild the Family a snapshot describes. Raises ValueError on a malformed snapshot."""
    try:
        record = json.loads(text)
        if record.get("version") != SNAPSHOT_VERSION:
            raise ValueError(f"unknown snapshot version {record.get('version')!r}")
        children = tuple(
            Child(
                id=int(child["id"]),
                name=str(child["name"]),
                date_of_birth=(
                    dt.date.fromisoformat(child["date_of_birth"]) if child["date_of_birth"] else None
                ),
                plan=PlanType(child["plan"]),
                categories=tuple(CPCategory(value) for value in child["categories"]),
                # Snapshots taken before unborn children were recorded have neither key.
                unborn=bool(child.get("unborn", False)),
                expected_date=(
                    dt.date.fromisoformat(child["expected_date"])
                    if child.get("expected_date")
                    else None
                ),
            )
            for child in record["children"]
        )
        people = tuple(
            Person(
                id=int(person["id"]),
                name=str(person["name"]),
                role=str(person["role"]),
                agency=str(person["agency"]),
                is_professional=bool(person["is_professional"]),
                phone=str(person["phone"]),
                email=str(person["email"]),
            )
            for person in record["people"]
        )
        return Family(family_id, str(record["name"]), children, people, meetings)
    except (KeyError, TypeError, AttributeError, json.JSONDecodeError) as error:
        raise ValueError(f"malformed snapshot: {type(error).__name__}") from error
