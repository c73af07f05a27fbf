"""The minutes as one renderer-neutral document, built from a meeting's record.

Both the DOCX and the PDF are rendered from the same ``MinutesDocument``, so the two files cannot
say different things: renderers only decide how a block looks, never what it says.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from statistics import mean

from chair_app.core.agenda import (
    CORE_GROUP_AGENDA,
    OVERALL_SCALE_NAME,
    SCALE_TEN_MEANS,
    SCALE_ZERO_MEANS,
    StepKey,
)
from chair_app.core.attendance import attendance_text, stands_in_for
from chair_app.core.children import describe_child
from chair_app.core.conference import (
    check_quorum,
    conference_voters,
    differs_from_majority,
    dissenting_views,
    plan_tally,
)
from chair_app.core.copies import (
    FULL_RECORD,
    WITHHELD_TEXT,
    Reader,
    copy_for,
    is_withheld_text,
    withheld_from_text,
)
from chair_app.core.dates import format_date, format_short_date, format_time
from chair_app.core.domain import (
    Action,
    ActionStatus,
    AttendanceStatus,
    Family,
    Meeting,
    MeetingStatus,
    MeetingType,
    Person,
    PlanView,
    Withholding,
)
from chair_app.core.history import ScaleHistory
from chair_app.core.owners import owners_text
from chair_app.core.rules import dissenting_votes, heard_not_voting, tally
from chair_app.core.voting import heard_views, not_counted, voters

PROTECTIVE_MARKING = "OFFICIAL-SENSITIVE"


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    emphasis: bool = False  # a note or a label, set apart from the record's own words


@dataclass(frozen=True, slots=True)
class Subheading:
    text: str


@dataclass(frozen=True, slots=True)
class FieldList:
    """Label and value pairs, such as the heading block or the next meeting."""

    items: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Table:
    """A table with a header row. ``widths`` are relative column widths, one per header."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class BulletList:
    items: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Figure:
    """A picture (PNG bytes) with its caption; ``aspect`` is height / width."""

    png: bytes
    caption: str
    aspect: float


Block = Paragraph | Subheading | FieldList | Table | BulletList | Figure


@dataclass(frozen=True, slots=True)
class Section:
    title: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True, slots=True)
class MinutesDocument:
    """What every rendering of the minutes contains, in order.

    Attributes:
        title: the document's title, e.g. "Core Group minutes".
        marking: the protective marking printed in every page header.
        heading: the heading block (family, type, date, time, venue, chair, minute-taker).
        sections: the body, in agenda order.
        footer_label: the left part of every page footer; renderers add "Page X of Y".
    """

    title: str
    marking: str
    heading: FieldList
    sections: tuple[Section, ...]
    footer_label: str
    # Which copy this is ("Full record", "Copy for NAME", "Family summary") and the version and
    # fingerprint line printed under every page footer ("" for none).
    copy_label: str = "Full record"
    footer_note: str = ""

    def plain_text(self) -> str:
        """All the words of the document, one block per line: what a reader must find in a file."""
        lines = [self.marking, self.title]
        lines += [f"{label}: {value}" for label, value in self.heading.items]
        for section in self.sections:
            lines.append(section.title)
            for block in section.blocks:
                lines.extend(block_lines(block))
        return "\n".join(lines)


def block_lines(block: Block) -> list[str]:
    """The text lines of one block, as they read in any rendering."""
    match block:
        case Paragraph(text=text) | Subheading(text=text):
            return [text]
        case FieldList(items=items):
            return [f"{label}: {value}" for label, value in items]
        case Table(headers=headers, rows=rows):
            return [" | ".join(headers)] + [" | ".join(row) for row in rows]
        case BulletList(items=items):
            return list(items)
        case Figure(caption=caption):
            return [caption]
    raise TypeError(f"unknown block {type(block).__name__}")


def _name(family: Family, person_id: int | None, missing: str = "Not recorded") -> str:
    person = family.person(person_id)
    return person.name if person else missing


def _name_with_role(person: Person) -> str:
    parts = [p for p in (person.role, person.agency) if p.strip()]
    return f"{person.name} ({', '.join(parts)})" if parts else person.name


def _withheld_mark(withheld: Withholding, family: Family) -> Paragraph:
    return Paragraph(f"Withheld from {withheld_from_text(withheld, family)}.", emphasis=True)


def _item(text: str, withheld: Withholding, family: Family, empty: str) -> list[Block]:
    """One withholdable item as a copy prints it: its text, marked with who it is withheld
    from; or, in a copy whose reader may not see it, only that it is withheld."""
    if is_withheld_text(text):
        return [Paragraph(WITHHELD_TEXT, emphasis=True)]
    blocks: list[Block] = [_withheld_mark(withheld, family)] if withheld else []
    return blocks + [Paragraph(text.strip() or empty)]


def _heading(meeting: Meeting, family: Family) -> FieldList:
    # An unborn child reads "Unborn baby (expected 03/02/2027; child protection plan: neglect)".
    children = "; ".join(describe_child(child) for child in family.children)
    return FieldList(
        (
            ("Family", family.name),
            ("Children", children or "None recorded"),
            ("Meeting", meeting.meeting_type.label),
            ("Date", format_date(meeting.date)),
            ("Start time", format_time(meeting.start_time) or "Not recorded"),
            ("Venue", meeting.venue or "Not recorded"),
            ("Chair", _name(family, meeting.chair_id)),
            ("Minute-taker", _name(family, meeting.minute_taker_id)),
        )
    )


_ATTENDANCE_ORDER = {
    AttendanceStatus.PRESENT: 0,
    AttendanceStatus.REPRESENTED: 1,
    AttendanceStatus.WRITTEN_REPORT: 2,
    AttendanceStatus.APOLOGIES: 3,
    AttendanceStatus.DID_NOT_ATTEND: 4,
    AttendanceStatus.NOT_RECORDED: 5,
}


def _attendance_order(meeting: Meeting, person: Person) -> int:
    """Present first, then absences; someone who came in another's place beside them; people
    who were not invited last."""
    entry = meeting.attendance_of(person.id)
    if entry.status is AttendanceStatus.NOT_RECORDED and stands_in_for(meeting, person.id):
        return _ATTENDANCE_ORDER[AttendanceStatus.REPRESENTED]
    return _ATTENDANCE_ORDER[entry.status] + (0 if entry.invited else len(_ATTENDANCE_ORDER))


def _attendance(meeting: Meeting, family: Family) -> Section:
    people = sorted(family.people, key=lambda p: _attendance_order(meeting, p))
    rows = tuple(
        (person.name, person.role, person.agency, attendance_text(meeting, person.id, family))
        for person in people
    )
    blocks: list[Block] = []
    if any(not meeting.attendance_of(p.id).invited for p in family.people):
        blocks.append(
            Paragraph(
                "Everyone listed was invited, except those marked “Not invited”.", emphasis=True
            )
        )
    blocks.append(
        # The attendance column carries the details (reasons, times, who came instead).
        Table(("Name", "Role", "Agency", "Attendance"), rows, (2.6, 2.4, 2.6, 4.4))
        if rows
        else Paragraph("No members of the network are recorded.", emphasis=True)
    )
    children = [c.name for c in family.children if c.id in meeting.children_present]
    if children:
        blocks.append(Paragraph(f"Children at the meeting: {_and_list(children)}."))
    return Section("Attendance and apologies", tuple(blocks))


def _and_list(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _written_reports(meeting: Meeting, family: Family) -> Section:
    blocks: list[Block] = []
    for person in family.people:
        entry = meeting.attendance_of(person.id)
        if entry.status is AttendanceStatus.WRITTEN_REPORT:
            blocks.append(Subheading(f"Report from {_name_with_role(person)}"))
            blocks += _item(
                entry.report_text, entry.report_withheld, family, "The report is empty."
            )
    if not blocks:
        blocks.append(Paragraph("No written reports were received.", emphasis=True))
    return Section("Written reports from members not present", tuple(blocks))


def _statements(meeting: Meeting, family: Family) -> Section:
    blocks: list[Block] = []
    several = len(family.children) > 1
    for index, statement in enumerate(meeting.statements, start=1):
        blocks.append(Subheading(f"Danger statement {index}"))
        notes = []
        if several or statement.child_ids:
            notes.append(f"For: {_applies_to(statement.child_ids, family)}")
        if statement.carried_from_id is not None:
            notes.append("carried forward from the last meeting")
        if notes:
            blocks.append(Paragraph("; ".join(notes) + ".", emphasis=True))
        blocks.append(Paragraph(statement.statement.strip() or "No text recorded."))
        blocks.append(Paragraph(f"Safety goal {index}", emphasis=True))
        blocks.append(Paragraph(statement.safety_goal.strip() or "No safety goal recorded."))
        if statement.notes.strip():
            blocks.append(Paragraph(f"Notes on danger statement {index}", emphasis=True))
            blocks += _item(statement.notes, statement.notes_withheld, family, "")
    if not blocks:
        blocks.append(Paragraph("No danger statements were recorded.", emphasis=True))
    return Section("Danger statements and safety goals", tuple(blocks))


def _scaling(meeting: Meeting, family: Family) -> Section:
    scales: list[tuple[int | None, str]] = [(None, OVERALL_SCALE_NAME)]
    scales += [(s.id, f"Danger statement {i}") for i, s in enumerate(meeting.statements, start=1)]
    scored_ids = {score.person_id for score in meeting.scores}
    people = [p for p in family.people if p.id in scored_ids]
    blocks: list[Block] = [
        Paragraph(f"{SCALE_ZERO_MEANS} {SCALE_TEN_MEANS}", emphasis=True),
    ]
    if not people:
        blocks.append(Paragraph("No scores were given.", emphasis=True))
        return Section("Scaling", tuple(blocks))
    rows: list[tuple[str, ...]] = []
    for person in people:
        row = [person.name]
        for statement_id, _ in scales:
            score = meeting.score_of(person.id, statement_id)
            row.append("" if score is None else str(score.value))
        rows.append(tuple(row))
    averages = ["Average"]
    for statement_id, _ in scales:
        values = [s.value for s in meeting.scores if s.statement_id == statement_id]
        averages.append(f"{mean(values):.1f}" if values else "")
    rows.append(tuple(averages))
    headers = ("Person",) + tuple(name for _, name in scales)
    widths = (3.0,) + tuple(1.6 for _ in scales)
    blocks.append(Table(headers, tuple(rows), widths))
    reasons = []
    for statement_id, scale_name in scales:
        for person in people:
            score = meeting.score_of(person.id, statement_id)
            if score is not None and score.reason.strip():
                reasons.append(f"{person.name}, {scale_name}, {score.value}: {score.reason.strip()}")
    if reasons:
        blocks.append(Subheading("Reasons given"))
        blocks.append(BulletList(tuple(reasons)))
    return Section("Scaling", tuple(blocks))


def _scaling_over_time(extras: MinutesExtras) -> list[Block]:
    """Every meeting's average and range on each scale, and the chart of them."""
    histories = [h for h in extras.scaling_history if any(p.scores for p in h.points)]
    if not histories:
        return []
    blocks: list[Block] = [Subheading("Scores over time")]
    for history in histories:
        rows = tuple(
            (
                format_short_date(point.meeting_date),
                f"{point.average:.1f}" if point.average is not None else "No scores",
                f"{point.low} to {point.high}" if point.scores else "",
                str(len(point.scores)),
            )
            for point in history.points
        )
        blocks.append(Paragraph(history.name, emphasis=True))
        blocks.append(Table(("Meeting", "Average", "Range", "Scores"), rows, (2, 1.5, 1.5, 1.2)))
    if extras.scaling_chart is not None:
        blocks.append(extras.scaling_chart)
    return blocks


def _columns(meeting: Meeting, family: Family) -> Section:
    blocks: list[Block] = []
    columns = meeting.columns
    for title, text, withheld in (
        ("What are we worried about?", columns.worries, columns.worries_withheld),
        ("What is working well?", columns.working_well, columns.working_well_withheld),
        ("What needs to happen?", columns.needs_to_happen, columns.needs_to_happen_withheld),
    ):
        blocks.append(Subheading(title))
        blocks += _item(text, withheld, family, "Nothing recorded.")
    return Section("The three columns", tuple(blocks))


def _contingency(meeting: Meeting, family: Family) -> Section:
    """The contingency plan: its first part, then each further part, each with its own
    withholding."""
    parts = [(meeting.contingency, meeting.contingency_withheld)] + [
        (part.text, part.withheld) for part in meeting.contingency_parts
    ]
    parts = [(text, withheld) for text, withheld in parts if text.strip()]
    if not parts:
        return Section(
            "Contingency plan", (Paragraph("No contingency plan was recorded.", emphasis=True),)
        )
    blocks: list[Block] = []
    for number, (text, withheld) in enumerate(parts, start=1):
        if len(parts) > 1:
            blocks.append(Subheading(f"Part {number}"))
        blocks += _item(text, withheld, family, "")
    return Section("Contingency plan", tuple(blocks))


def _actions(meeting: Meeting, family: Family) -> Section:
    goal_names = {s.id: f"Safety goal {i}" for i, s in enumerate(meeting.statements, start=1)}
    rows = tuple(
        (
            str(index),
            action.what.strip() + (" (from last time)" if action.is_carried else ""),
            _applies_to(action.child_ids, family),
            owners_text(action, family),
            format_short_date(action.due_date) or "Not set",
            goal_names.get(action.goal_statement_id, "") if action.goal_statement_id else "",
            action.status.label,
        )
        for index, action in enumerate(meeting.actions, start=1)
    )
    if not rows:
        return Section("Actions", (Paragraph("No actions were agreed.", emphasis=True),))
    return Section(
        "Actions",
        (
            Table(
                ("No.", "What", "For", "Who", "By when", "Goal", "Status"),
                rows,
                (0.8, 4.0, 1.8, 2.6, 1.7, 1.5, 1.5),
            ),
        ),
    )


def _said(text: str, withheld: Withholding, family: Family) -> str:
    """What someone said on a decision, as a table cell or a line: marked in the full record
    with who it is withheld from; in a copy that may not hold it, only that it is withheld."""
    if is_withheld_text(text):
        return WITHHELD_TEXT
    text = " ".join(text.split())
    if withheld and text:
        return f"{text} (withheld from {withheld_from_text(withheld, family)})"
    return text


def _decisions(meeting: Meeting, family: Family) -> Section:
    # Who votes is core.voting's rule; a representative's vote is their absent member's.
    voting = voters(meeting, family)
    by_id = {voter.person_id: voter for voter in voting}
    blocks: list[Block] = []
    for index, decision in enumerate(meeting.decisions, start=1):
        result = tally(decision, tuple(voter.person for voter in voting))
        blocks.append(Subheading(f"Decision {index}: {decision.question.strip() or 'No question recorded'}"))
        rows = []
        for vote in result.counted:
            voter = by_id[vote.person_id]
            reason = _said(vote.reason, vote.reason_withheld, family)
            rows.append((voter.label, voter.person.agency, vote.choice.label, reason))
        if rows:
            blocks.append(Table(("Name", "Agency", "Vote", "Reason"), tuple(rows), (3, 3, 1.5, 5)))
        blocks.append(Paragraph(f"Tally: {result.summary} Outcome: {result.outcome.label}."))
        dissent = []
        for vote in dissenting_votes(result):
            voter = by_id[vote.person_id]
            reason = _said(vote.reason, vote.reason_withheld, family) or "no reason recorded"
            who = _name_with_role(voter.person) if voter.given_by is None else voter.speaker
            dissent.append(f"{who}: {reason}")
        if dissent:
            blocks.append(Paragraph("Dissent", emphasis=True))
            blocks.append(BulletList(tuple(dissent)))
        # A stored vote is never left out silently: the minutes say it was not counted, and why.
        for vote, why in not_counted(meeting, family, decision.votes):
            person = family.person(vote.person_id)
            name = person.name if person is not None else "A former member"
            text = f"Not counted: {name}'s vote ({vote.choice.label.lower()}; {why})."
            blocks.append(Paragraph(text, emphasis=True))
        views = {vote.person_id: vote for vote in decision.votes}
        for person, said in heard_views(meeting, family, decision.votes):
            said = _said(said, views[person.id].reason_withheld, family)
            blocks.append(Paragraph(f"Heard: {_name_with_role(person)} said: {said}"))
    if not blocks:
        blocks.append(Paragraph("No decisions were put to a vote.", emphasis=True))
        return Section("Decisions and votes", tuple(blocks))
    heard = heard_not_voting(meeting, family)
    if heard:
        blocks.append(
            Paragraph(
                "Heard but not voting (family members and advocates do not vote): "
                + ", ".join(p.name for p in heard)
                + ".",
                emphasis=True,
            )
        )
    return Section("Decisions and votes", tuple(blocks))


def _text_section(title: str, text: str, empty: str) -> Section:
    return Section(title, (Paragraph(text.strip()) if text.strip() else Paragraph(empty, emphasis=True),))


def _updates(meeting: Meeting, family: Family) -> Section:
    blocks: list[Block] = []
    # Family and network first, then the agencies: the order they are heard in.
    for person in sorted(family.people, key=lambda p: p.is_professional):
        update = next((u for u in meeting.updates if u.person_id == person.id), None)
        if update is None or not update.text.strip():
            continue
        blocks.append(Subheading(_name_with_role(person)))
        if is_withheld_text(update.text):
            blocks.append(
                Paragraph(
                    THIRD_PARTY_OMITTED if update.third_party else WITHHELD_TEXT, emphasis=True
                )
            )
            continue
        if update.third_party:
            blocks.append(
                Paragraph(
                    "Confidential third-party information: for professionals only.",
                    emphasis=True,
                )
            )
        if update.withheld_from_people:
            blocks.append(_withheld_mark(Withholding(False, update.withheld_from_people), family))
        blocks.append(Paragraph(update.text.strip()))
    if not blocks:
        blocks.append(Paragraph("No updates were recorded.", emphasis=True))
    return Section("Updates from the family and each agency", tuple(blocks))


def _child_views(meeting: Meeting, family: Family) -> Section:
    blocks: list[Block] = []
    for child in family.children:
        views = meeting.views_of_child(child.id)
        blocks.append(Subheading(child.name))
        blocks += _item(views.views, views.withheld, family, "Not recorded.")
        if views.how_gathered.strip():
            blocks.append(Paragraph(f"How gathered: {views.how_gathered.strip()}", emphasis=True))
    if not blocks:
        blocks.append(Paragraph("No children are recorded.", emphasis=True))
    return Section("The child's views", tuple(blocks))


def _conference_decision(meeting: Meeting, family: Family) -> Section:
    voters = conference_voters(meeting, family)
    question = (
        "Does the child protection plan continue or end?"
        if meeting.meeting_type is MeetingType.REVIEW_CONFERENCE
        else "Should the child be subject to a child protection plan?"
    )
    blocks: list[Block] = [Paragraph(question, emphasis=True)]
    initial = meeting.meeting_type is MeetingType.INITIAL_CONFERENCE
    for child in family.children:
        blocks.append(Subheading(child.name))
        rows = []
        for person in voters:
            view = meeting.plan_view_of(child.id, person.id)
            row = [person.name, person.agency, view.view.label_for(meeting.meeting_type)]
            if initial:
                row.append(", ".join(c.label for c in view.categories))
            row.append(view.reason.strip())
            rows.append(tuple(row))
        headers = ("Name", "Agency", "View") + (("Category",) if initial else ()) + ("Reason",)
        widths = (3, 3, 2) + ((2.5,) if initial else ()) + (4,)
        if rows:
            blocks.append(Table(headers, tuple(rows), widths))
        result = plan_tally(meeting, child.id, voters)
        blocks.append(Paragraph(f"Tally: {result.summary(meeting.meeting_type)}"))
        decision = meeting.decision_for(child.id)
        outcome = decision.decision.label_for(meeting.meeting_type)
        if decision.decision is PlanView.NOT_GIVEN:
            outcome = "No decision recorded"
        if decision.categories:
            outcome += f" (category: {', '.join(c.label.lower() for c in decision.categories)})"
        if (
            meeting.meeting_type is MeetingType.REVIEW_CONFERENCE
            and decision.decision is PlanView.NO_PLAN
        ):
            outcome += (
                "; a child in need plan follows" if decision.cin_follows
                else "; no child in need plan follows"
            )
        blocks.append(Paragraph(f"Chair's decision: {outcome}."))
        if differs_from_majority(decision, result):
            blocks.append(
                Paragraph(
                    "The chair's decision differs from the majority of views. Reason: "
                    + (decision.reason.strip() or "not recorded"),
                )
            )
        elif decision.reason.strip():
            blocks.append(Paragraph(f"Reason: {decision.reason.strip()}"))
        dissent = [
            f"{_name_with_role(person)}: {reason.strip() or 'no reason recorded'}"
            for person, reason in dissenting_views(meeting, child.id, voters)
        ]
        if dissent:
            blocks.append(Paragraph("Dissent", emphasis=True))
            blocks.append(BulletList(tuple(dissent)))
    heard = heard_not_voting(meeting, family)
    if heard:
        blocks.append(
            Paragraph(
                "Heard, and their views taken into account, but not counted (parents, family "
                "and advocates): " + ", ".join(p.name for p in heard) + ".",
                emphasis=True,
            )
        )
    return Section("Decision for each child", tuple(blocks))


def _applies_to(child_ids: tuple[int, ...], family: Family) -> str:
    """Which children a statement or an action is for, by name; every child when none is set."""
    names = [c.name for c in family.children if c.id in child_ids]
    if not names:
        return "All the children" if len(family.children) > 1 else (
            family.children[0].name if family.children else "The family"
        )
    return ", ".join(names)


def _plan_review(meeting: Meeting, family: Family, extras: MinutesExtras) -> Section:
    carried = [a for a in meeting.actions if a.is_carried]
    if not carried:
        return Section(
            "Review of the plan",
            (Paragraph("No actions were carried from the last meeting.", emphasis=True),),
        )
    blocks: list[Block] = []
    for index, action in enumerate(carried, start=1):
        blocks.append(Subheading(f"{index}. {action.what.strip() or 'No text recorded'}"))
        history = extras.action_histories.get(action.id, ())
        items = [
            ("For", _applies_to(action.child_ids, family)),
            ("Who", owners_text(action, family)),
            ("By when", format_short_date(action.due_date) or "Not set"),
            (
                "Outcome",
                "Not reviewed" if action.status is ActionStatus.OPEN else action.status.label,
            ),
            ("Work done", action.work_done.strip() or "Not recorded"),
            ("Difference for the child", action.difference_for_child.strip() or "Not recorded"),
        ]
        if history:
            items.append(("In the plan since", format_date(history[0][0])))
            earlier = [
                f"{format_short_date(day)}: {earlier_action.status.label.lower()}"
                for day, earlier_action in history
                if earlier_action.is_carried
            ]
            if earlier:
                items.append(("Reviewed before", "; ".join(earlier)))
        if action.status.stays_in_plan:
            items.append(("Next", "Stays in the plan and is reviewed again next time."))
        blocks.append(FieldList(tuple(items)))
    return Section("Review of the plan", tuple(blocks))


def _attendance_notes(meeting: Meeting, family: Family) -> list[Block]:
    """What the chair knowingly set aside about attendance, as the attendance finally stands."""
    notes: list[Block] = []
    quorum = check_quorum(meeting, family)
    if meeting.quorum_shortfall and not quorum.is_quorate:
        notes.append(
            Paragraph(
                "The conference was not quorate and the chair went ahead: " + quorum.shortfall,
                emphasis=True,
            )
        )
    if meeting.non_professionals_acknowledged and any(
        not p.is_professional
        and meeting.attendance_of(p.id).status is AttendanceStatus.PRESENT
        for p in family.people
    ):
        notes.append(
            Paragraph(
                "A strategy meeting is for professionals only; the chair acknowledged that "
                "family members or advocates were present.",
                emphasis=True,
            )
        )
    return notes


def _next_meeting(meeting: Meeting) -> Section:
    nxt = meeting.next_meeting
    fields = [
        ("Date", format_date(nxt.date) or "Not set"),
        ("Time", format_time(nxt.time) or "Not set"),
        ("Venue", nxt.venue.strip() or "Not set"),
    ]
    # A Core Group keeps the review conference in view and may ask for it to be earlier; the
    # lines are printed when it recorded either.
    if meeting.review_conference_date or meeting.early_review_requested:
        fields.append(
            (
                "Next review conference",
                format_date(meeting.review_conference_date) or "Not recorded",
            )
        )
        if meeting.early_review_requested:
            reason = " ".join(meeting.early_review_reason.split()) or "reason not recorded"
            fields.append(
                (
                    "Early review conference",
                    f"The core group asked for an early review conference: {reason}",
                )
            )
    return Section("Next meeting", (FieldList(tuple(fields)),))


@dataclass(frozen=True, slots=True)
class MinutesExtras:
    """What the minutes show from other meetings: each carried action's earlier reviews, the
    scores of every meeting so far, and the chart of them (a PNG drawn outside core)."""

    action_histories: Mapping[int, tuple[tuple[dt.date, Action], ...]] = field(
        default_factory=dict
    )
    scaling_history: tuple[ScaleHistory, ...] = ()
    scaling_chart: Figure | None = None
    # The copy: parts left out (a person excluded from them), third-party notes left out
    # (family copies), who was excluded from what (listed in the full record), and addenda.
    copy_label: str = "Full record"
    omit_steps: frozenset[StepKey] = frozenset()
    # Who the copy is for: what is withheld from them is not in it (core.copies.copy_for).
    reader: Reader = FULL_RECORD
    exclusions: tuple[tuple[str, str, str], ...] = ()  # (name, parts, reason)
    addenda: tuple[tuple[str, str, str, str], ...] = ()  # (date, by, why, text)
    footer_note: str = ""
    # The time spent on each step, (step title, seconds), when the chair asked for it to be
    # printed; () prints nothing.
    step_times: tuple[tuple[str, int], ...] = ()
    # The day the minutes were agreed, for the sign-off ("Not yet agreed" when None). Like the
    # footer, it is not part of the fingerprinted content: agreeing does not change the words.
    agreed_on: dt.date | None = None
    # Who was sent a copy: (name, copy, version, how, date), in the order recorded; () prints no
    # Distribution section. Names only: never an address.
    distribution: tuple[tuple[str, str, str, str, str], ...] = ()


OMITTED = "This part of the meeting is omitted from this copy."
THIRD_PARTY_OMITTED = "Confidential third-party information is omitted from this copy."


def _sections_for(
    step: StepKey, meeting: Meeting, family: Family, extras: MinutesExtras
) -> tuple[Section, ...]:
    """The sections of the minutes that record one agenda step."""
    match step:
        case StepKey.ATTENDANCE:
            attendance = _attendance(meeting, family)
            notes = _attendance_notes(meeting, family)
            if extras.exclusions and not extras.omit_steps:
                notes.append(Paragraph("Excluded from part of the meeting", emphasis=True))
                notes.append(
                    BulletList(
                        tuple(
                            f"{name}: {parts}. Reason: {reason or 'not recorded'}"
                            for name, parts, reason in extras.exclusions
                        )
                    )
                )
            if notes:
                attendance = Section(attendance.title, attendance.blocks + tuple(notes))
            return attendance, _written_reports(meeting, family)
        case StepKey.REASONS:
            return (
                _text_section(
                    "Reasons for the meeting", meeting.reasons, "No reasons were recorded."
                ),
            )
        case StepKey.UPDATES:
            return (_updates(meeting, family),)
        case StepKey.CHILD_VIEWS:
            return (_child_views(meeting, family),)
        case StepKey.DANGER_STATEMENTS:
            return (_statements(meeting, family),)
        case StepKey.SCALING:
            scaling = _scaling(meeting, family)
            over_time = _scaling_over_time(extras)
            return (Section(scaling.title, scaling.blocks + tuple(over_time)),)
        case StepKey.THREE_COLUMNS:
            return (_columns(meeting, family),)
        case StepKey.ACTIONS:
            return (_actions(meeting, family),)
        case StepKey.PLAN_REVIEW:
            return (_plan_review(meeting, family, extras),)
        case StepKey.CONTINGENCY:
            return (_contingency(meeting, family),)
        case StepKey.DECISIONS:
            return (_decisions(meeting, family),)
        case StepKey.CONFERENCE_DECISION:
            return (_conference_decision(meeting, family),)
        case StepKey.NEXT_MEETING:
            return (_next_meeting(meeting),)
        case StepKey.CLOSE:
            return ()
    raise AssertionError(f"no minutes for step {step}")


def _time_spent(step_times: tuple[tuple[str, int], ...]) -> Section:
    """A small table of the time spent on each step, and in all, in whole minutes."""
    rows = [(title, _minutes_text(seconds)) for title, seconds in step_times]
    rows.append(("Whole meeting", _minutes_text(sum(seconds for _t, seconds in step_times))))
    return Section("Time spent", (Table(("Step", "Time spent"), tuple(rows), (3.0, 1.0)),))


def _minutes_text(seconds: int) -> str:
    if seconds < 30:
        return "under 1 min"
    return f"{round(seconds / 60)} min"


def _closing(meeting: Meeting, family: Family, extras: MinutesExtras) -> Section:
    """The chair's summary and the sign-off: the chair's name and role, and whether (and when)
    the minutes were agreed."""
    blocks: list[Block] = [Subheading("Chair's summary")]
    lines = [line.strip() for line in meeting.chair_summary.splitlines() if line.strip()]
    if StepKey.CLOSE in extras.omit_steps:
        blocks.append(Paragraph(OMITTED, emphasis=True))
    elif lines:
        blocks.extend(Paragraph(line) for line in lines)
    else:
        blocks.append(Paragraph("No summary was recorded.", emphasis=True))
    chair = family.person(meeting.chair_id)
    agreed = (
        f"Agreed on {format_short_date(extras.agreed_on)}"
        if extras.agreed_on is not None
        else "Not yet agreed"
    )
    blocks.append(Subheading("Sign-off"))
    blocks.append(
        FieldList(
            (
                ("Chair", chair.name if chair else "Not recorded"),
                ("Role", (chair.role.strip() if chair else "") or "Not recorded"),
                ("Minutes", agreed),
            )
        )
    )
    return Section("Closing", tuple(blocks))


DISTRIBUTION_TITLE = "Distribution"


def distribution_section(rows: tuple[tuple[str, str, str, str, str], ...]) -> Section:
    """Who was sent which version of the minutes, which copy, how and when."""
    return Section(
        DISTRIBUTION_TITLE,
        (Table(("Name", "Copy", "Version", "How", "Date"), rows, (3.0, 2.2, 1.2, 1.8, 1.6)),),
    )


def build_minutes(
    meeting: Meeting,
    family: Family,
    steps: tuple[StepKey, ...] | None = None,
    extras: MinutesExtras | None = None,
) -> MinutesDocument:
    """Build the one set of minutes of a meeting from its record.

    Args:
        meeting: the meeting's full record.
        family: the family it belongs to, with its children and network.
        steps: the meeting type's agenda, in order; the minutes follow it. None: the Core Group
            steps of the first release (attendance, statements, scaling, columns, actions,
            decisions, next meeting).

    Returns:
        The document every renderer draws.
    """
    if steps is None:
        steps = tuple(step.key for step in CORE_GROUP_AGENDA)
    extras = extras or MinutesExtras()
    # The one rule: the copy is built from the record as its reader may see it.
    meeting = copy_for(meeting, extras.reader)
    if meeting.status is MeetingStatus.NOT_HELD:
        sections: tuple[Section, ...] = (
            Section(
                "Meeting not held",
                (Paragraph(f"This meeting did not go ahead. Reason: {meeting.not_held_reason}"),),
            ),
            _attendance(meeting, family),
        )
    else:
        built: list[Section] = []
        for step in steps:
            for section in _sections_for(step, meeting, family, extras):
                if step in extras.omit_steps:
                    # Said at the place of the part, so the reader knows something is left out.
                    section = Section(section.title, (Paragraph(OMITTED, emphasis=True),))
                built.append(section)
        if extras.step_times:
            built.append(_time_spent(extras.step_times))
        if StepKey.CLOSE in steps:
            # The closing section records the Close step (a one-step build, as the room's,
            # has none).
            built.append(_closing(meeting, family, extras))
        if extras.addenda:
            blocks: list[Block] = []
            for day, by, why, text in extras.addenda:
                blocks.append(Subheading(f"Addendum of {day}, by {by}"))
                blocks.append(Paragraph(f"Why: {why}", emphasis=True))
                blocks.append(Paragraph(text))
            built.append(Section("Addenda (added after the minutes were agreed)", tuple(blocks)))
        if extras.distribution:
            built.append(distribution_section(extras.distribution))
        sections = tuple(built)
    return MinutesDocument(
        title=f"{meeting.meeting_type.label} minutes",
        marking=PROTECTIVE_MARKING,
        heading=_heading(meeting, family),
        sections=sections,
        footer_label=f"{family.name}, {meeting.meeting_type.label}, {format_short_date(meeting.date)}",
        copy_label=extras.copy_label,
        footer_note=extras.footer_note,
    )
