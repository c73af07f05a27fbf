"""Use-cases for families: their children and their network of people, finding a family by
anyone's name, and the family's chronology of meetings."""

from __future__ import annotations

import datetime as dt
import logging
import unicodedata
from dataclasses import dataclass

from chair_app.core.children import birth_problem, child_dates_problem, with_birth
from chair_app.core.conference import CONFERENCE_TYPES
from chair_app.core.domain import (
    Child,
    Family,
    FamilySummary,
    Meeting,
    MeetingStatus,
    MeetingSummary,
    Person,
    PlanType,
    PlanView,
)
from chair_app.core.language import translate
from chair_app.core.rules import RuleViolation, eligible_voters, tally
from chair_app.core.snapshot import network_from_json
from chair_app.models.db import SessionFactory
from chair_app.models.repositories import FamilyRepository, MeetingRepository

logger = logging.getLogger(__name__)


def _required(text: str, what: str) -> str:
    cleaned = text.strip()
    if not cleaned:
        raise RuleViolation(translate("Families", "{what} cannot be empty.").format(what=what))
    return cleaned


# Apostrophes as typed on a keyboard and as pasted from a word processor are the same letter.
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


def _folded(text: str) -> str:
    """Case-insensitive form of a name: composed (NFC) and case-folded."""
    return unicodedata.normalize("NFC", text.translate(_APOSTROPHES)).casefold()


def _without_marks(text: str) -> str:
    """The name with its accents removed: ŵ -> w, é -> e (Welsh and other accents)."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def name_matches(query: str, name: str) -> bool:
    """Whether a name matches what was typed, ignoring case.

    Every word typed must appear in the name (in any order, as part of a word). Accents are
    matched as typed: "ŵyn" finds only "Ŵyn", while a word typed without accents, "wyn", also
    finds "Ŵyn" and "Wyn", since a chair without a Welsh keyboard types plain letters.
    """
    folded_name = _folded(name)
    plain_name = _without_marks(folded_name)
    for word in _folded(query).split():
        plain_word = _without_marks(word)
        haystack = plain_name if plain_word == word else folded_name
        if word not in haystack:
            return False
    return True


@dataclass(frozen=True, slots=True)
class FamilyMatch:
    """A family found by a search, and the names in it that matched (family, child or adult)."""

    summary: FamilySummary
    matched_names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ChronologyEntry:
    """One meeting in the family's chronology: what it was, what it decided, and what is next.

    decisions: short lines for a table (each child's conference decision, each decision question
    with its outcome, or why the meeting was not held); empty when nothing was decided.
    """

    meeting: MeetingSummary
    decisions: tuple[str, ...]
    next_date: dt.date | None


class FamilyService:
    """Families (cases): list, find, create, and keep their children and network up to date."""

    def __init__(self, factory: SessionFactory) -> None:
        self._families = FamilyRepository(factory)
        self._meetings = MeetingRepository(factory)

    def list_families(self) -> tuple[FamilySummary, ...]:
        return self._families.list_summaries()

    def search(self, text: str) -> tuple[FamilyMatch, ...]:
        """Families with a name matching text: the family's own, a child's, or an adult's in
        the network (see name_matches). Empty text finds every family, with no names matched.
        """
        summaries = self._families.list_summaries()
        if not text.split():
            return tuple(FamilyMatch(summary, ()) for summary in summaries)
        names = self._families.names_by_family()
        found = []
        for summary in summaries:
            matched = tuple(n for n in names.get(summary.id, ()) if name_matches(text, n))
            if matched:
                found.append(FamilyMatch(summary, matched))
        return tuple(found)

    def search_families(self, text: str) -> tuple[FamilySummary, ...]:
        """The families search() finds, in the families list's order."""
        return tuple(match.summary for match in self.search(text))

    def chronology(self, family_id: int) -> tuple[ChronologyEntry, ...]:
        """Every meeting of the family, newest first, with a short summary of its decisions.

        A closed meeting is summarised with the network as it stood at its close.

        Raises:
            NotFound: no such family.
        """
        family = self._families.get(family_id)
        summaries = tuple(reversed(family.meetings))
        records = {m.id: m for m in self._meetings.get_many([m.id for m in summaries])}
        entries = []
        for summary in summaries:
            meeting = records.get(summary.id)
            if meeting is None:  # removed meanwhile
                continue
            decided = meeting.decisions or meeting.child_decisions
            # Names and voters as the record has them; only looked up where there is a decision.
            network = self._network_of(meeting, family) if decided else family
            entries.append(
                ChronologyEntry(
                    summary, _decision_lines(meeting, network), meeting.next_meeting.date
                )
            )
        return tuple(entries)

    def _network_of(self, meeting: Meeting, family: Family) -> Family:
        if not meeting.is_closed:
            return family
        snapshot = self._meetings.network_as_recorded(meeting.id)
        if snapshot is None:
            return family
        try:
            return network_from_json(snapshot, family.id, family.meetings)
        except ValueError:
            logger.error("meeting %s: network snapshot unreadable", meeting.id)
            return family

    def get_family(self, family_id: int) -> Family:
        return self._families.get(family_id)

    def create_family(self, name: str) -> int:
        """Create a family. Raises RuleViolation when the name is empty."""
        return self._families.create(_required(name, translate("Families", "The family's name")))

    def rename_family(self, family_id: int, name: str) -> None:
        self._families.rename(family_id, _required(name, translate("Families", "The family's name")))

    def save_child(self, family_id: int, child: Child, today: dt.date | None = None) -> int:
        """Add (id 0) or update a child. Categories only apply to a child protection plan.

        An unborn child needs a believable expected date of delivery, and a born child's date
        of birth cannot be in the future (see ``child_dates_problem``); ``today`` defaults to
        the real date.

        Raises:
            RuleViolation: the child cannot be saved like this; nothing is saved.
        """
        _required(child.name, translate("Families", "A child's name"))
        if child.plan is not PlanType.CHILD_PROTECTION and child.categories:
            raise RuleViolation(
                translate("Families", "Categories only apply to a child protection plan.")
            )
        problem = child_dates_problem(child, today or dt.date.today())
        if problem:
            raise RuleViolation(problem)
        return self._families.save_child(family_id, child)

    def record_birth(
        self,
        family_id: int,
        child_id: int,
        name: str,
        date_of_birth: dt.date | None,
        today: dt.date | None = None,
    ) -> Child:
        """The unborn child is born: the same child (same id, so its statements, actions,
        views and history stay with it) gets its name and date of birth.

        Raises:
            NotFound: no such family.
            RuleViolation: no such child in the family, the birth is already recorded, or the
                name or date is not right (a date in the future); nothing is saved.
        """
        family = self._families.get(family_id)
        child = next((c for c in family.children if c.id == child_id), None)
        if child is None:
            raise RuleViolation(
                translate("Families", "This family has no child {id}.").format(id=child_id)
            )
        problem = birth_problem(child, name, date_of_birth, today or dt.date.today())
        if problem:
            raise RuleViolation(problem)
        assert date_of_birth is not None  # birth_problem refuses a missing date
        born = with_birth(child, name, date_of_birth)
        self._families.save_child(family_id, born)
        logger.info("birth recorded for child %s", child_id)
        return born

    def remove_child(self, child_id: int) -> None:
        self._families.remove_child(child_id)

    def save_person(self, family_id: int, person: Person) -> int:
        """Add (id 0) or update a member of the network."""
        _required(person.name, translate("Families", "A person's name"))
        return self._families.save_person(family_id, person)

    def remove_person(self, person_id: int) -> None:
        """Remove a member of the network; refused if any meeting's record names them."""
        self._families.remove_person(person_id)


def _decision_lines(meeting: Meeting, network: Family) -> tuple[str, ...]:
    if meeting.status is MeetingStatus.NOT_HELD:
        return (
            translate("Families", "Not held: {reason}").format(
                reason=" ".join(meeting.not_held_reason.split())
            ),
        )
    lines = []
    if meeting.meeting_type in CONFERENCE_TYPES:
        for child in network.children:
            decision = meeting.decision_for(child.id)
            if decision.decision is PlanView.NOT_GIVEN:
                continue
            text = f"{child.name}: {decision.decision.label_for(meeting.meeting_type)}"
            if decision.categories:
                text += f" ({', '.join(c.label.lower() for c in decision.categories)})"
            if decision.cin_follows:
                text += translate("Families", ", a child in need plan follows")
            lines.append(text)
    voters = eligible_voters(meeting, network)
    for item in meeting.decisions:
        question = " ".join(item.question.split())
        if not question:
            continue
        lines.append(f"“{question}” {tally(item, voters).outcome.label}")
    return tuple(lines)
