"""Meeting records: export a family's meetings, import them on another laptop (an empty data
folder here), with nothing lost or doubled; refusals, updates, conflicts and family choice.
The demo family and every name here are fictional."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import TODAY, StoreTemplates
from row_snapshot import every_row

from chair_app.core.agenda import StepKey
from chair_app.core.domain import (
    Action,
    ActionStatus,
    AgencyUpdate,
    AttendanceEntry,
    AttendanceStatus,
    ChildDecision,
    ChildPlanView,
    ChildViews,
    CPCategory,
    MeetingStatus,
    MeetingType,
    NextMeeting,
    PlanView,
    Vote,
    VoteChoice,
)
from chair_app.core.lifecycle import Addendum, Comment, Exclusion, SendMethod
from chair_app.core.record_format import Side
from chair_app.models.db import SessionFactory
from chair_app.models.repositories import MeetingRepository
from chair_app.services.demo import create_demo_family, ensure_demo_family
from chair_app.services.families import FamilyService
from chair_app.services.meetings import MeetingService
from chair_app.services.minutes import MinutesService
from chair_app.services.record_changes import ImportOutcome, UnitState
from chair_app.services.record_export import RecordService
from chair_app.services.record_format import RecordRefused, validate_record
from chair_app.services.record_import import ImportService
from chair_app.services.storage import open_factory


def _content(record: dict[str, Any]) -> dict[str, Any]:
    """The record without when and how it was handed over."""
    record = copy.deepcopy(record)
    record.pop("exported_at", None)
    record["family"].pop("sync", None)
    for meeting in record["meetings"]:
        meeting.pop("sync", None)
    return record


def _person(factory: SessionFactory, family_id: int, first: str) -> int:
    family = FamilyService(factory).get_family(family_id)
    return next(p.id for p in family.people if p.name.split()[0] == first)


def _make_rich_family(factory: SessionFactory) -> tuple[int, list[int]]:
    """The demo family with every kind of content: the closed meeting circulated, commented,
    corrected, agreed with an addendum; the draft with updates, views, votes, actions for one
    child; a conference with views and decisions per child."""
    ensure_demo_family(factory, TODAY)
    meetings = MeetingService(factory)
    minutes = MinutesService(factory)
    families = FamilyService(factory)
    summaries = meetings.list_meetings()
    closed = next(m.id for m in summaries if m.status is MeetingStatus.CLOSED)
    draft = next(m.id for m in summaries if m.status is MeetingStatus.DRAFT)
    family_id = meetings.get(closed).family_id
    family = families.get_family(family_id)
    priya = _person(factory, family_id, "Priya")
    kerry = _person(factory, family_id, "Kerry")
    dean = _person(factory, family_id, "Dean")
    ellie, jacob = (c.id for c in family.children)
    professionals = [p.id for p in family.people if p.is_professional]

    # The closed meeting's minutes: exclusion, corrections (one from a comment), circulation.
    minutes.add_exclusion(
        closed, Exclusion(0, dean, (StepKey.UPDATES, StepKey.CHILD_VIEWS), "Police advice")
    )
    minutes.correct(closed, "reasons", "Corrected reasons 🙂 with \u200fעברית\u200f.", priya)
    minutes.correct(closed, f"update:{kerry}", "Kerry's corrected update.", None)
    action = meetings.get(closed).actions[0]
    minutes.correct_fact(closed, f"action:{action.id}:owner", str(kerry), priya)
    minutes.correct_fact(closed, f"attendance:{kerry}", "apologies", priya)
    minutes.record_sent(closed, kerry, SendMethod.SECURE_EMAIL, TODAY)
    comment = minutes.add_comment(
        closed, Comment(0, kerry, TODAY, StepKey.THREE_COLUMNS, "Please say we have a fridge.")
    )
    minutes.accept_comment(comment, "worries", "We now have a fridge.", priya, TODAY)
    declined = minutes.add_comment(
        closed, Comment(0, dean, TODAY, StepKey.REASONS, "I disagree with all of it.")
    )
    minutes.decline_comment(declined, "The minutes record what was said.", TODAY)
    minutes.agree(closed, priya, TODAY)
    minutes.add_addendum(
        closed, Addendum(0, TODAY, priya, "A date was wrong", "The visit was on Tuesday.")
    )

    # The draft: everything the walk-through records.
    meetings.set_attendance(draft, AttendanceEntry(kerry, AttendanceStatus.PRESENT))
    meetings.set_attendance(
        draft, AttendanceEntry(dean, AttendanceStatus.REPRESENTED, represented_by="Sam Advocate")
    )
    meetings.set_update(draft, AgencyUpdate(professionals[0], "Police: a caution.", True))
    meetings.set_update(draft, AgencyUpdate(kerry, "Things are calmer.\nMuch calmer."))
    meetings.set_child_views(draft, ChildViews(ellie, "I like school 🏫", "Seen alone"))
    statement = meetings.add_statement(draft)
    meetings.update_statement(statement, "New worry\u0007 with a bell", "New goal")
    meetings.set_statement_children(statement, (jacob,))
    meetings.set_score(draft, kerry, None, 7, "Better")
    meetings.set_score(draft, priya, statement, 3, "")
    new_action = meetings.add_action(draft)
    meetings.update_action(
        Action(new_action, "Book a dentist", kerry, TODAY + dt.timedelta(days=14), statement,
               ActionStatus.OPEN, (ellie,))
    )
    carried = next(a for a in meetings.get(draft).actions if a.is_carried)
    meetings.update_action(
        Action(carried.id, carried.what, carried.owner_id, carried.due_date,
               carried.goal_statement_id, ActionStatus.PARTLY_DONE, carried.child_ids,
               carried.carried_from_id, "Some work", "Ellie is happier")
    )
    decision = meetings.add_decision(draft)
    meetings.update_question(draft and decision, "Move to a Child in Need plan?")
    # Priya chairs the draft and does not vote: Ffion, present, votes.
    ffion = _person(factory, family_id, "Ffion")
    meetings.set_attendance(draft, AttendanceEntry(ffion, AttendanceStatus.PRESENT))
    meetings.set_vote(draft, decision, Vote(ffion, VoteChoice.AGAINST, "Too early"))
    meetings.set_next_meeting(draft, NextMeeting(TODAY + dt.timedelta(days=42), dt.time(14, 30), "Hall"))
    meetings.set_reasons(draft, "Review of progress")
    meetings.set_contingency(draft, "If things worsen, call a strategy meeting.")

    # A conference: views and decisions per child (stored directly: the rules are tested
    # elsewhere; here what matters is that every field travels).
    conference = meetings.create_meeting(
        family_id, MeetingType.REVIEW_CONFERENCE, TODAY + dt.timedelta(days=60), None, "",
        priya, None,
    )
    store = MeetingRepository(factory)
    store.set_plan_view(
        conference, ChildPlanView(ellie, professionals[-1], PlanView.PLAN, (CPCategory.NEGLECT,), "Still worried")
    )
    store.set_child_decision(
        conference, ChildDecision(jacob, PlanView.NO_PLAN, (), "Progress", cin_follows=True)
    )
    store.set_quorum_shortfall(conference, "No health visitor")
    return family_id, [closed, draft, conference]


# Made once per test process and copied into each marked test's store.
RICH_FAMILY = pytest.mark.store_template("record-format-rich-family", _make_rich_family)


def _rich_family(factory: SessionFactory) -> tuple[int, list[int]]:
    """The rich family in a store marked ``RICH_FAMILY``: its id and its closed meeting's, its
    draft Core Group's and its conference's ids."""
    summaries = MeetingService(factory).list_meetings()
    assert len(summaries) == 3, "the test is not marked RICH_FAMILY"
    closed = next(m.id for m in summaries if m.status is MeetingStatus.CLOSED)
    draft = next(
        m.id for m in summaries
        if m.status is MeetingStatus.DRAFT and m.meeting_type is not MeetingType.REVIEW_CONFERENCE
    )
    conference = next(m.id for m in summaries if m.meeting_type is MeetingType.REVIEW_CONFERENCE)
    return summaries[0].family_id, [closed, draft, conference]


def _demo_typed_in_separately(factory: SessionFactory) -> None:
    # Its own call: its family, people and meetings get their own record UUIDs, unlike a copy
    # of the demo template that ``with_demo_family`` gives ``factory``.
    create_demo_family(factory, TODAY)


@pytest.fixture
def other(
    request: pytest.FixtureRequest, tmp_path: Path, store_templates: StoreTemplates
) -> SessionFactory:
    """An empty data folder: the other laptop; holding the demo family (made on TODAY) when the
    test uses ``with_demo_family_there``: typed in separately, not a copy of ``factory``'s."""
    folder = tmp_path / "other"
    folder.mkdir()
    if "with_demo_family_there" in request.fixturenames:
        store_templates.copy_into("record-format-demo-there", folder, _demo_typed_in_separately)
    else:
        store_templates.copy_into("empty", folder)
    session_factory = open_factory(folder)
    yield session_factory
    session_factory.kw["bind"].dispose()


@pytest.fixture
def with_demo_family_there(other: SessionFactory) -> None:
    """The demo family is in ``other``'s store (copied in with it)."""
    assert FamilyService(other).list_families(), "the demo family was not copied in"


def _import_new(factory: SessionFactory, record: dict[str, Any]):  # type: ignore[no-untyped-def]
    first = ImportService(factory).import_record(record)
    assert first.outcome is ImportOutcome.NEEDS_FAMILY_CHOICE
    return ImportService(factory).import_record(record, new_family=True)


def _local_ids(factory: SessionFactory) -> dict[str, int]:
    out: dict[str, int] = {}
    for summary in MeetingService(factory).list_meetings():
        record = RecordService(factory).export_record([summary.id])
        out[record["meetings"][0]["uuid"]] = summary.id
    return out


# --- Round trip -------------------------------------------------------------------------------


@RICH_FAMILY
def test_every_record_survives_export_and_import_into_an_empty_folder(
    factory: SessionFactory, other: SessionFactory
) -> None:
    _family_id, meeting_ids = _rich_family(factory)
    record = RecordService(factory).export_record(meeting_ids)
    text = json.dumps(record, ensure_ascii=False)
    assert validate_record(json.loads(text)) == record

    result = _import_new(other, json.loads(text))

    assert result.outcome is ImportOutcome.IMPORTED, result.message
    assert [u.state for u in result.units] == [UnitState.ADDED] * 4
    ids = _local_ids(other)
    again = RecordService(other).export_record([ids[m["uuid"]] for m in record["meetings"]])
    assert _content(again) == _content(record)
    for meeting in record["meetings"]:
        here = next(i for i in meeting_ids if RecordService(factory).export_record([i])["meetings"][0]["uuid"] == meeting["uuid"])
        assert MinutesService(other).fingerprint(ids[meeting["uuid"]]) == MinutesService(
            factory
        ).fingerprint(here)
    # Every kind of content was in the record (the test covers what it says it does).
    closed, draft, conference = record["meetings"]
    assert closed["minutes"]["status"] == "agreed"
    for key in ("versions", "distribution", "comments", "corrections", "addenda", "exclusions"):
        assert closed["minutes"][key], key
    for key in ("attendance", "statements", "scores", "actions", "decisions", "agency_updates",
                "child_views"):
        assert draft[key], key
    assert any(u["third_party"] for u in draft["agency_updates"])
    assert any(a["carried_from"] for a in draft["actions"])
    assert draft["decisions"][0]["votes"]
    assert conference["plan_views"] and conference["child_decisions"]
    assert closed["network_as_recorded"]["people"][0]["id"] in {
        p["uuid"] for p in record["family"]["people"]
    }


@RICH_FAMILY
def test_importing_the_same_record_again_changes_nothing(
    factory: SessionFactory, other: SessionFactory
) -> None:
    _, meeting_ids = _rich_family(factory)
    record = RecordService(factory).export_record(meeting_ids)
    _import_new(other, copy.deepcopy(record))
    before = RecordService(other).export_record(sorted(_local_ids(other).values()))

    result = ImportService(other).import_record(copy.deepcopy(record))

    assert result.outcome is ImportOutcome.UP_TO_DATE
    assert {u.state for u in result.units} == {UnitState.UP_TO_DATE}
    assert "already up to date" in result.change_log()[-1]
    after = RecordService(other).export_record(sorted(_local_ids(other).values()))
    assert _content(after) == _content(before)
    assert len(MeetingService(other).list_meetings()) == 3


# --- Refusals ---------------------------------------------------------------------------------


def _demo_record(factory: SessionFactory) -> dict[str, Any]:
    """The demo family's record (the test uses ``with_demo_family``)."""
    ids = [m.id for m in MeetingService(factory).list_meetings()]
    return RecordService(factory).export_record(ids)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda r: r.update(format="minutes-v9"), 'its "format" is not "chair-meeting-record"'),
        (lambda r: r.update(format_version=2), "written by a newer version of Chair"),
        (lambda r: r.update(format_version="one"), 'no valid "format_version"'),
        (
            lambda r: r["meetings"][0]["actions"][0].update(status="finished"),
            "$.meetings[0].actions[0].status",
        ),
        (lambda r: r["family"]["people"][1].pop("name"), "$.family.people[1]"),
        (lambda r: r["meetings"][1].update(uuid="not-a-uuid"), "$.meetings[1].uuid"),
        (
            lambda r: r["meetings"][1].update(uuid=r["meetings"][0]["uuid"]),
            "two records with the same uuid",
        ),
    ],
    ids=["format", "newer-version", "bad-version", "enum", "missing", "uuid", "duplicate"],
)
def test_a_record_that_is_not_valid_is_refused_saying_why(
    factory: SessionFactory, with_demo_family: None, other: SessionFactory, change: Any, words: str
) -> None:
    record = _demo_record(factory)
    change(record)
    with pytest.raises(RecordRefused) as refused:
        ImportService(other).import_record(record, new_family=True)
    assert words in str(refused.value)
    assert MeetingService(other).list_meetings() == ()


def test_a_record_referring_to_someone_neither_in_it_nor_here_is_refused_unchanged(
    factory: SessionFactory, with_demo_family: None, other: SessionFactory
) -> None:
    record = _demo_record(factory)
    record["meetings"][0]["chair"] = "00000000-0000-4000-8000-000000000000"
    with pytest.raises(RecordRefused, match="refers to a person"):
        ImportService(other).import_record(record, new_family=True)
    assert FamilyService(other).list_families() == ()


@RICH_FAMILY
def test_any_change_to_a_meeting_with_agreed_minutes_is_refused_and_nothing_changes(
    factory: SessionFactory, other: SessionFactory
) -> None:
    _, meeting_ids = _rich_family(factory)
    record = RecordService(factory).export_record(meeting_ids)
    _import_new(other, copy.deepcopy(record))
    before = RecordService(other).export_record(sorted(_local_ids(other).values()))
    changed = copy.deepcopy(record)
    changed["meetings"][0]["reasons"] = "Rewritten after agreement"
    changed["meetings"][1]["reasons"] = "A draft change that would be fine on its own"

    result = ImportService(other).import_record(changed, take=Side.INCOMING)

    assert result.outcome is ImportOutcome.REFUSED
    assert "agreed minutes never change" in result.message
    assert "Rewritten after agreement" in result.message
    assert "Nothing was imported" in result.message
    after = RecordService(other).export_record(sorted(_local_ids(other).values()))
    assert _content(after) == _content(before)


# --- Updates and conflicts --------------------------------------------------------------------


def _handed_over(factory: SessionFactory, other: SessionFactory) -> tuple[int, int]:
    """The rich family exported here and imported on the other laptop; the draft's ids."""
    _, meeting_ids = _rich_family(factory)
    _import_new(other, RecordService(factory).export_record(meeting_ids))
    uuid = RecordService(factory).export_record([meeting_ids[1]])["meetings"][0]["uuid"]
    return meeting_ids[1], _local_ids(other)[uuid]


@RICH_FAMILY
def test_a_draft_changed_on_the_other_laptop_only_is_updated_with_a_change_log(
    factory: SessionFactory, other: SessionFactory
) -> None:
    draft_here, draft_there = _handed_over(factory, other)
    there = MeetingService(other)
    there.set_reasons(draft_there, "Reasons typed on the other laptop")
    new_action = there.add_action(draft_there)
    kerry = _person(other, there.get(draft_there).family_id, "Kerry")
    there.update_action(Action(new_action, "Phone the school", kerry, None, None))
    there.set_score(draft_there, kerry, None, None, "")  # removed there
    back = RecordService(other).export_meeting(draft_there)

    result = ImportService(factory).import_record(back)

    assert result.outcome is ImportOutcome.IMPORTED, result.message
    log = "\n".join(result.change_log())
    assert "reasons: 'Review of progress' -> 'Reasons typed on the other laptop'" in log
    assert "added actions Phone the school" in log
    assert "removed scores" in log
    here = MeetingService(factory).get(draft_here)
    assert here.reasons == "Reasons typed on the other laptop"
    assert "Phone the school" in [a.what for a in here.actions]
    assert here.score_of(kerry_here := _person(factory, here.family_id, "Kerry"), None) is None
    assert kerry_here
    # Both laptops now hold the same draft.
    assert _content(RecordService(factory).export_meeting(draft_here)) == _content(
        RecordService(other).export_meeting(draft_there)
    )


@RICH_FAMILY
def test_a_draft_changed_on_both_laptops_returns_the_conflicts_and_changes_nothing(
    factory: SessionFactory, other: SessionFactory
) -> None:
    draft_here, draft_there = _handed_over(factory, other)
    MeetingService(factory).set_reasons(draft_here, "Typed here")
    MeetingService(other).set_reasons(draft_there, "Typed there")
    MeetingService(other).set_contingency(draft_there, "Contingency typed there")
    back = RecordService(other).export_meeting(draft_there)
    before = RecordService(factory).export_meeting(draft_here)

    result = ImportService(factory).import_record(copy.deepcopy(back))

    assert result.outcome is ImportOutcome.CONFLICTS
    by_field = {c.field: (c.local, c.incoming) for c in result.conflicts}
    assert by_field["reasons"] == ("Typed here", "Typed there")
    assert by_field["contingency"] == (
        "If things worsen, call a strategy meeting.",
        "Contingency typed there",
    )
    assert _content(RecordService(factory).export_meeting(draft_here)) == _content(before)

    # The chair keeps this laptop's reasons and takes the other's contingency.
    choices = {
        c.key: (Side.LOCAL if c.field == "reasons" else Side.INCOMING) for c in result.conflicts
    }
    settled = ImportService(factory).import_record(copy.deepcopy(back), choices=choices)

    assert settled.outcome is ImportOutcome.IMPORTED
    here = MeetingService(factory).get(draft_here)
    assert (here.reasons, here.contingency) == ("Typed here", "Contingency typed there")


@RICH_FAMILY
def test_conflicts_need_a_choice_for_each(factory: SessionFactory, other: SessionFactory) -> None:
    draft_here, draft_there = _handed_over(factory, other)
    MeetingService(factory).set_reasons(draft_here, "Typed here")
    MeetingService(other).set_reasons(draft_there, "Typed there")
    MeetingService(other).set_contingency(draft_there, "Typed there too")
    back = RecordService(other).export_meeting(draft_there)
    first = ImportService(factory).import_record(copy.deepcopy(back))

    partial = {first.conflicts[0].key: Side.INCOMING}
    again = ImportService(factory).import_record(copy.deepcopy(back), choices=partial)

    assert again.outcome is ImportOutcome.CONFLICTS
    assert MeetingService(factory).get(draft_here).reasons == "Typed here"


@RICH_FAMILY
def test_an_older_record_of_a_meeting_changed_since_is_kept_here(
    factory: SessionFactory, other: SessionFactory
) -> None:
    _, meeting_ids = _rich_family(factory)
    old = RecordService(factory).export_record(meeting_ids)
    MeetingService(factory).set_reasons(meeting_ids[1], "Changed after the export")

    result = ImportService(factory).import_record(old)

    assert result.outcome is ImportOutcome.UP_TO_DATE
    assert UnitState.LOCAL_NEWER in {u.state for u in result.units}
    assert MeetingService(factory).get(meeting_ids[1]).reasons == "Changed after the export"


# --- Family matching --------------------------------------------------------------------------


def test_a_record_of_an_unknown_family_lists_likely_families_then_joins_the_chosen_one(
    factory: SessionFactory, with_demo_family: None, other: SessionFactory,
    with_demo_family_there: None,
) -> None:
    record = _demo_record(factory)
    # The other laptop holds the same (fictional) family, typed in separately.
    FamilyService(other).create_family("Unrelated family")
    local_family = FamilyService(other).list_families()
    marlowe = next(f for f in local_family if f.name == record["family"]["name"])
    people_before = len(FamilyService(other).get_family(marlowe.id).people)

    first = ImportService(other).import_record(copy.deepcopy(record))

    assert first.outcome is ImportOutcome.NEEDS_FAMILY_CHOICE
    assert [c.family_id for c in first.candidates] == [marlowe.id]
    assert "same family name" in first.candidates[0].reasons
    assert any("same date of birth" in r for r in first.candidates[0].reasons)
    assert len(MeetingService(other).list_meetings()) == 2  # nothing changed yet

    second = ImportService(other).import_record(copy.deepcopy(record), family_id=marlowe.id)

    assert second.outcome is ImportOutcome.IMPORTED, second.message
    family = FamilyService(other).get_family(marlowe.id)
    assert len(family.people) == people_before  # matched by name, not doubled
    assert len(family.meetings) == 4
    third = ImportService(other).import_record(copy.deepcopy(record))
    assert third.outcome is ImportOutcome.UP_TO_DATE


def test_a_record_imported_as_a_new_family_beside_a_namesake(
    factory: SessionFactory, with_demo_family: None, other: SessionFactory,
    with_demo_family_there: None,
) -> None:
    record = _demo_record(factory)
    result = ImportService(other).import_record(record, new_family=True)
    assert result.outcome is ImportOutcome.IMPORTED
    assert len(FamilyService(other).list_families()) == 2


@RICH_FAMILY
def test_the_network_follows_the_same_rules_as_a_meeting(
    factory: SessionFactory, other: SessionFactory
) -> None:
    from chair_app.core.domain import Person

    draft_here, draft_there = _handed_over(factory, other)
    family_there = MeetingService(other).get(draft_there).family_id
    family_here = MeetingService(factory).get(draft_here).family_id

    def kerry(factory_: SessionFactory, family_id: int) -> Person:
        people = FamilyService(factory_).get_family(family_id).people
        return next(p for p in people if p.name.startswith("Kerry"))

    # Changed there only: taken, and logged.
    FamilyService(other).save_person(
        family_there, Person(**{**_fields(kerry(other, family_there)), "phone": "07700 900999"})
    )
    result = ImportService(factory).import_record(RecordService(other).export_meeting(draft_there))
    assert result.outcome is ImportOutcome.IMPORTED, result.message
    assert kerry(factory, family_here).phone == "07700 900999"
    assert any("phone" in line for line in result.change_log())

    # Changed on both sides: a conflict, nothing changed.
    FamilyService(factory).save_person(
        family_here, Person(**{**_fields(kerry(factory, family_here)), "email": "here@example.org"})
    )
    FamilyService(other).save_person(
        family_there, Person(**{**_fields(kerry(other, family_there)), "email": "there@example.org"})
    )
    result = ImportService(factory).import_record(RecordService(other).export_meeting(draft_there))
    assert result.outcome is ImportOutcome.CONFLICTS
    (conflict,) = result.conflicts
    assert (conflict.unit, conflict.field) == ("family", "email")
    assert (conflict.local, conflict.incoming) == ("here@example.org", "there@example.org")
    assert kerry(factory, family_here).email == "here@example.org"


def _fields(person: object) -> dict[str, object]:
    from dataclasses import fields

    return {f.name: getattr(person, f.name) for f in fields(person)}  # type: ignore[arg-type]


# --- Agreed fingerprints ----------------------------------------------------------------------


@RICH_FAMILY
def test_a_record_changed_after_its_minutes_were_agreed_is_refused_and_nothing_changes(
    factory: SessionFactory, other: SessionFactory,
    with_demo_family_there: None,
) -> None:
    from chair_app.services.record_format import AgreedContentChanged

    # The other laptop already holds a family of its own.
    _, meeting_ids = _rich_family(factory)
    record = RecordService(factory).export_record(meeting_ids)
    closed = record["meetings"][0]
    assert closed["minutes"]["status"] == "agreed"
    agreed = next(v for v in closed["minutes"]["versions"] if v["agreed"])
    # One word changed in the agreed meeting, its hashes left as they were: the change is
    # not one an earlier laptop could have made, only one made to the file.
    assert "reading club" in closed["working_well"]
    closed["working_well"] = closed["working_well"].replace("reading club", "chess club")
    before = every_row(other)

    with pytest.raises(AgreedContentChanged) as refused:
        ImportService(other).import_record(record, new_family=True)

    assert str(refused.value).startswith(
        f"Version {agreed['number']} is marked agreed, but its fingerprint does not match the "
        "record's content: the record was changed after it was agreed."
    )
    assert isinstance(refused.value, RecordRefused)
    assert every_row(other) == before


@RICH_FAMILY
def test_a_record_whose_agreed_fingerprint_was_replaced_is_refused(
    factory: SessionFactory, other: SessionFactory
) -> None:
    from chair_app.services.record_format import AgreedContentChanged

    _, meeting_ids = _rich_family(factory)
    record = RecordService(factory).export_record(meeting_ids)
    agreed = next(v for v in record["meetings"][0]["minutes"]["versions"] if v["agreed"])
    agreed["fingerprint"] = "0" * 64

    with pytest.raises(AgreedContentChanged, match=f"Version {agreed['number']} is marked agreed"):
        ImportService(other).import_record(record, new_family=True)
    assert FamilyService(other).list_families() == ()
