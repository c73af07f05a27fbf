"""Use-cases for families: their children and their network of people."""

from __future__ import annotations

from chair_app.core.domain import Child, Family, FamilySummary, Person, PlanType
from chair_app.core.rules import RuleViolation
from chair_app.models.db import SessionFactory
from chair_app.models.repositories import FamilyRepository


def _required(text: str, what: str) -> str:
    cleaned = text.strip()
    if not cleaned:
        raise RuleViolation(f"{what} cannot be empty.")
    return cleaned


class FamilyService:
    """Families (cases): list, create, and keep their children and network up to date."""

    def __init__(self, factory: SessionFactory) -> None:
        self._families = FamilyRepository(factory)

    def list_families(self) -> tuple[FamilySummary, ...]:
        return self._families.list_summaries()

    def get_family(self, family_id: int) -> Family:
        return self._families.get(family_id)

    def create_family(self, name: str) -> int:
        """Create a family. Raises RuleViolation when the name is empty."""
        return self._families.create(_required(name, "The family's name"))

    def rename_family(self, family_id: int, name: str) -> None:
        self._families.rename(family_id, _required(name, "The family's name"))

    def save_child(self, family_id: int, child: Child) -> int:
        """Add (id 0) or update a child. Categories only apply to a child protection plan."""
        _required(child.name, "A child's name")
        if child.plan is not PlanType.CHILD_PROTECTION and child.categories:
            raise RuleViolation("Categories only apply to a child protection plan.")
        return self._families.save_child(family_id, child)

    def remove_child(self, child_id: int) -> None:
        self._families.remove_child(child_id)

    def save_person(self, family_id: int, person: Person) -> int:
        """Add (id 0) or update a member of the network."""
        _required(person.name, "A person's name")
        return self._families.save_person(family_id, person)

    def remove_person(self, person_id: int) -> None:
        """Remove a member of the network; refused if any meeting's record names them."""
        self._families.remove_person(person_id)
