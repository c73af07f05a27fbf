"""Property: any meeting (texts with emoji, right-to-left marks and control characters, any
number of statements, actions and scores) comes out of export and import exactly as it went in.
Every name here is made up."""

from __future__ import annotations

import copy
import datetime as dt
import tempfile
from pathlib import Path

from conftest import StoreTemplates
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_budget import examples

from chair_app.core.domain import (
    Action,
    ActionStatus,
    AgencyUpdate,
    Child,
    ChildViews,
    MeetingType,
    Person,
    PlanType,
    ThreeColumns,
)
from chair_app.models.repositories import FamilyRepository, MeetingRepository
from chair_app.services.record_changes import ImportOutcome
from chair_app.services.record_export import RecordService
from chair_app.services.record_import import ImportService
from chair_app.services.storage import open_factory

# Any text but lone surrogates (they cannot be stored as UTF-8; UserText replaces them).
CHARS = st.text(
    alphabet=st.one_of(
        st.characters(exclude_categories=("Cs",)),
        st.sampled_from(["🙂", "\u200f", "\u202e", "\x00", "\x07", "\n", "ŵ"]),
    ),
    max_size=30,
)
# Whole words too: a family emoji (a joined sequence) and right-to-left scripts.
TEXT = st.lists(
    st.one_of(CHARS, st.sampled_from(["👩🏽\u200d⚕\ufe0f", "עברית", "عربى", "  "])), max_size=3
).map("".join)
NAME = TEXT.filter(lambda t: t.strip() != "")


@st.composite
def meetings(draw: st.DrawFn) -> dict[str, object]:
    return {
        "family": draw(NAME),
        "people": draw(st.lists(st.tuples(NAME, TEXT, st.booleans()), min_size=1, max_size=4)),
        "children": draw(st.lists(st.tuples(NAME, st.dates(dt.date(2008, 1, 1))), max_size=3)),
        "type": draw(st.sampled_from(list(MeetingType))),
        "date": draw(st.dates(dt.date(2020, 1, 1), dt.date(2030, 12, 31))),
        "venue": draw(TEXT),
        "columns": draw(st.tuples(TEXT, TEXT, TEXT)),
        "statements": draw(st.lists(st.tuples(TEXT, TEXT), max_size=4)),
        "scores": draw(st.lists(st.tuples(st.integers(0, 10), TEXT), max_size=4)),
        "actions": draw(
            st.lists(st.tuples(TEXT, st.sampled_from(list(ActionStatus)), TEXT), max_size=5)
        ),
        "update": draw(st.tuples(TEXT, st.booleans())),
        "views": draw(st.tuples(TEXT, TEXT)),
    }


def _build(folder: Path, spec: dict[str, object]) -> list[int]:
    factory = open_factory(folder)  # the folder holds a copy of the empty template
    try:
        families = FamilyRepository(factory)
        store = MeetingRepository(factory)
        family_id = families.create(spec["family"])  # type: ignore[arg-type]
        people = [
            families.save_person(family_id, Person(0, name, role, "", pro))
            for name, role, pro in spec["people"]  # type: ignore[attr-defined]
        ]
        children = [
            families.save_child(family_id, Child(0, name, born, PlanType.CHILD_IN_NEED))
            for name, born in spec["children"]  # type: ignore[attr-defined]
        ]
        meeting = store.create(
            family_id, spec["type"], spec["date"], dt.time(9, 30), spec["venue"],  # type: ignore[arg-type]
            people[0], None,
        )
        store.set_columns(meeting, ThreeColumns(*spec["columns"]))  # type: ignore[misc]
        statements = []
        for text, goal in spec["statements"]:  # type: ignore[attr-defined]
            statement = store.add_statement(meeting, text, goal)
            statements.append(statement)
        for index, (value, reason) in enumerate(spec["scores"]):  # type: ignore[arg-type]
            person = people[index % len(people)]
            scale = statements[index % len(statements)] if statements and index % 2 else None
            store.set_score(meeting, person, scale, value, reason)
        for index, (what, status, work) in enumerate(spec["actions"]):  # type: ignore[arg-type]
            action = store.add_action(meeting)
            store.update_action(
                Action(
                    action, what, people[index % len(people)], spec["date"],  # type: ignore[arg-type]
                    statements[0] if statements else None, status,
                    tuple(children[:1]), None, work, "",
                )
            )
        text, third_party = spec["update"]  # type: ignore[misc]
        store.set_update(meeting, AgencyUpdate(people[-1], text, third_party))
        if children:
            store.set_child_views(meeting, ChildViews(children[0], *spec["views"]))  # type: ignore[misc]
        return [meeting]
    finally:
        factory.kw["bind"].dispose()


def _without_handover(record: dict[str, object]) -> dict[str, object]:
    record = copy.deepcopy(record)
    record.pop("exported_at")
    record["family"].pop("sync")  # type: ignore[attr-defined]
    for meeting in record["meetings"]:  # type: ignore[attr-defined]
        meeting.pop("sync")
    return record


@settings(max_examples=examples(25), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(meetings())
def test_any_meeting_survives_export_then_import(
    store_templates: StoreTemplates, spec: dict[str, object]
) -> None:
    with tempfile.TemporaryDirectory() as temp:
        here, there = Path(temp) / "here", Path(temp) / "there"
        # New, empty stores of their own (copies of the process's empty template: an example at
        # a time, so not the ``factory`` fixture).
        store_templates.copy_into("empty", here)
        store_templates.copy_into("empty", there)
        ids = _build(here, spec)
        factory = open_factory(here)
        try:
            record = RecordService(factory).export_record(ids)
        finally:
            factory.kw["bind"].dispose()
        other = open_factory(there)
        try:
            result = ImportService(other).import_record(copy.deepcopy(record), new_family=True)
            assert result.outcome is ImportOutcome.IMPORTED, result.message
            again = RecordService(other).export_record([result.units[1].local_id])  # type: ignore[list-item]
            assert _without_handover(again) == _without_handover(record)
            assert again["meetings"][0]["sync"]["content_hash"] == (  # type: ignore[index]
                record["meetings"][0]["sync"]["content_hash"]  # type: ignore[index]
            )
            repeat = ImportService(other).import_record(copy.deepcopy(record))
            assert repeat.outcome is ImportOutcome.UP_TO_DATE
        finally:
            other.kw["bind"].dispose()
