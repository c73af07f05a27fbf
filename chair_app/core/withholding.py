"""Items of the record that can be withheld, addressed by one key each.

Every free-text item that can carry someone else's information can be withheld: written reports,
agency updates, children's views, the three columns, danger statements' notes, what was said on
a decision, the contingency plan and its further parts. An item is named by a key, a
core.facts.FactRef (its text form below), so that one repository method sets the withholding of
any item and one rule (core.copies) decides every copy:

    report:<person id>             a written report (attendance step)
    update:<person id>             an update from the family or an agency
    child_views:<child id>         a child's wishes and feelings
    columns:worries | columns:working_well | columns:needs_to_happen
    statement_notes:<statement id> the notes behind a danger statement
    vote_reason:<decision id>:<person id>   what someone said on a decision
    contingency                    the contingency plan's first part
    contingency_part:<part id>     a further part of the contingency plan
"""

from __future__ import annotations

from dataclasses import dataclass

from chair_app.core.agenda import StepKey
from chair_app.core.domain import (
    NOT_WITHHELD,
    AttendanceStatus,
    Family,
    Meeting,
    Withholding,
)
from chair_app.core.facts import COLUMN_NAMES, BadFactRef, FactKind, FactRef
from chair_app.core.language import translate

# The kinds of reference (core.facts) that name an item that can be withheld.
WITHHOLDABLE_KINDS = frozenset(
    {
        FactKind.REPORT,
        FactKind.UPDATE,
        FactKind.CHILD_VIEWS,
        FactKind.COLUMNS,
        FactKind.STATEMENT_NOTES,
        FactKind.VOTE_REASON,
        FactKind.CONTINGENCY,
        FactKind.CONTINGENCY_PART,
    }
)
COLUMN_TITLES = {
    "worries": "What are we worried about?",
    "working_well": "What is working well?",
    "needs_to_happen": "What needs to happen?",
}


def column_title(name: str) -> str:
    """One of the three columns' questions, in the display language."""
    if name == "worries":
        return translate("Withholding", "What are we worried about?")
    if name == "working_well":
        return translate("Withholding", "What is working well?")
    if name == "needs_to_happen":
        return translate("Withholding", "What needs to happen?")
    return COLUMN_TITLES[name]


class BadItemKey(BadFactRef):
    """The key names no item that can be withheld."""


@dataclass(frozen=True, slots=True)
class WithholdableItem:
    """One item of a meeting that can be withheld, as the chair sees it listed."""

    key: FactRef
    step: StepKey
    label: str  # "Written report from Dr Ama Owusu (GP)"
    text: str
    withheld: Withholding


def item_ref(key: str | FactRef) -> FactRef:
    """The reference of an item that can be withheld.

    Raises:
        BadItemKey: not a key of an item that can be withheld.
    """
    try:
        ref = key if isinstance(key, FactRef) else FactRef.parse(key)
    except BadFactRef:
        ref = None
    if ref is None or ref.kind not in WITHHOLDABLE_KINDS:
        raise BadItemKey(
            translate("Withholding", "There is no item {key} that can be withheld.").format(
                key=repr(str(key))
            )
        )
    return ref


def _person_label(family: Family, person_id: int) -> str:
    person = family.person(person_id)
    if person is None:
        return translate("Withholding", "someone no longer in the network")
    details = ", ".join(p for p in (person.role, person.agency) if p.strip())
    return f"{person.name} ({details})" if details else person.name


def withholdable_items(meeting: Meeting, family: Family) -> tuple[WithholdableItem, ...]:
    """Every item of the meeting that holds text and can be withheld, in agenda order."""
    items: list[WithholdableItem] = []
    for entry in meeting.attendance:
        if entry.status is AttendanceStatus.WRITTEN_REPORT and entry.report_text.strip():
            items.append(
                WithholdableItem(
                    FactRef.of(FactKind.REPORT, entry.person_id),
                    StepKey.ATTENDANCE,
                    translate("Withholding", "Written report from {person}").format(
                        person=_person_label(family, entry.person_id)
                    ),
                    entry.report_text,
                    entry.report_withheld,
                )
            )
    for update in meeting.updates:
        if update.text.strip():
            items.append(
                WithholdableItem(
                    FactRef.of(FactKind.UPDATE, update.person_id),
                    StepKey.UPDATES,
                    translate("Withholding", "Update from {person}").format(
                        person=_person_label(family, update.person_id)
                    ),
                    update.text,
                    update.withheld,
                )
            )
    names = {c.id: c.name for c in family.children}
    for views in meeting.child_views:
        if views.views.strip() or views.how_gathered.strip():
            items.append(
                WithholdableItem(
                    FactRef.of(FactKind.CHILD_VIEWS, views.child_id),
                    StepKey.CHILD_VIEWS,
                    translate("Withholding", "Views of {child}").format(
                        child=names.get(views.child_id) or translate("Withholding", "a child")
                    ),
                    views.views,
                    views.withheld,
                )
            )
    for index, statement in enumerate(meeting.statements, start=1):
        if statement.notes.strip():
            items.append(
                WithholdableItem(
                    FactRef.of(FactKind.STATEMENT_NOTES, statement.id),
                    StepKey.DANGER_STATEMENTS,
                    translate("Withholding", "Notes on danger statement {number}").format(
                        number=index
                    ),
                    statement.notes,
                    statement.notes_withheld,
                )
            )
    for name in COLUMN_NAMES:
        text = getattr(meeting.columns, name)
        if text.strip():
            items.append(
                WithholdableItem(
                    FactRef.column(name),
                    StepKey.THREE_COLUMNS,
                    column_title(name),
                    text,
                    getattr(meeting.columns, f"{name}_withheld"),
                )
            )
    if meeting.contingency.strip():
        items.append(
            WithholdableItem(
                FactRef.text(FactKind.CONTINGENCY),
                StepKey.CONTINGENCY,
                translate("Withholding", "Contingency plan"),
                meeting.contingency,
                meeting.contingency_withheld,
            )
        )
    for number, part in enumerate(meeting.contingency_parts, start=2):
        if part.text.strip():
            items.append(
                WithholdableItem(
                    FactRef.of(FactKind.CONTINGENCY_PART, part.id),
                    StepKey.CONTINGENCY,
                    translate("Withholding", "Contingency plan, part {number}").format(
                        number=number
                    ),
                    part.text,
                    part.withheld,
                )
            )
    for index, decision in enumerate(meeting.decisions, start=1):
        for vote in decision.votes:
            if vote.reason.strip():
                items.append(
                    WithholdableItem(
                        FactRef.of(FactKind.VOTE_REASON, decision.id, vote.person_id),
                        StepKey.DECISIONS,
                        translate("Withholding", "Decision {number}: what {person} said").format(
                            number=index, person=_person_label(family, vote.person_id)
                        ),
                        vote.reason,
                        vote.reason_withheld,
                    )
                )
    return tuple(items)


def withholding_of(meeting: Meeting, key: FactRef | str) -> Withholding:
    """The withholding of one item as the record holds it (nobody for an item with none).

    Raises:
        BadItemKey: not a key of an item that can be withheld.
    """
    ref = item_ref(key)
    kind, ids = ref.kind, ref.ids
    if kind is FactKind.COLUMNS:
        return getattr(meeting.columns, f"{ref.attribute}_withheld")  # type: ignore[no-any-return]
    if kind is FactKind.CONTINGENCY:
        return meeting.contingency_withheld
    if kind is FactKind.REPORT:
        return meeting.attendance_of(ids[0]).report_withheld
    if kind is FactKind.UPDATE:
        update = next((u for u in meeting.updates if u.person_id == ids[0]), None)
        return update.withheld if update else NOT_WITHHELD
    if kind is FactKind.CHILD_VIEWS:
        return meeting.views_of_child(ids[0]).withheld
    if kind is FactKind.STATEMENT_NOTES:
        statement = next((s for s in meeting.statements if s.id == ids[0]), None)
        return statement.notes_withheld if statement else NOT_WITHHELD
    if kind is FactKind.CONTINGENCY_PART:
        part = next((p for p in meeting.contingency_parts if p.id == ids[0]), None)
        return part.withheld if part else NOT_WITHHELD
    decision = next((d for d in meeting.decisions if d.id == ids[0]), None)
    vote = next((v for v in decision.votes if v.person_id == ids[1]), None) if decision else None
    return vote.reason_withheld if vote else NOT_WITHHELD
