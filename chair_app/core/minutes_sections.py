"""The sections of the minutes: what each agenda step records, in the minutes' own words."""

from __future__ import annotations

from statistics import mean

from chair_app.core.agenda import OVERALL_SCALE_NAME, overall_scale_name, scale_meanings
from chair_app.core.attendance import attendance_text, stands_in_for
from chair_app.core.children import describe_child
from chair_app.core.conference import (
    check_quorum,
    conference_voters,
    differs_from_majority,
    dissenting_views,
    plan_tally,
)
from chair_app.core.copies import is_withheld_text, withheld_from_text
from chair_app.core.dates import format_short_date, format_time
from chair_app.core.domain import (
    ActionStatus,
    AttendanceStatus,
    Family,
    Meeting,
    MeetingType,
    Person,
    PlanView,
    Withholding,
)
from chair_app.core.minutes_document import (
    THIRD_PARTY_OMITTED as THIRD_PARTY_OMITTED_TEXT,
)
from chair_app.core.minutes_document import (
    Block,
    BulletList,
    FieldList,
    MinutesExtras,
    Paragraph,
    Section,
    Subheading,
    Table,
)
from chair_app.core.minutes_words import date_text, label, translate
from chair_app.core.owners import owners_text
from chair_app.core.rules import dissenting_votes, heard_not_voting, tally
from chair_app.core.voting import heard_views, not_counted, voters


def _name(family: Family, person_id: int | None, missing: str = "") -> str:
    person = family.person(person_id)
    return person.name if person else (missing or translate("Minutes", "Not recorded"))


def _name_with_role(person: Person) -> str:
    parts = [p for p in (person.role, person.agency) if p.strip()]
    return f"{person.name} ({', '.join(parts)})" if parts else person.name


def _withheld_mark(withheld: Withholding, family: Family) -> Paragraph:
    return Paragraph(
        translate("Minutes", "Withheld from {who}.").format(who=_withheld_from(withheld, family)),
        emphasis=True,
    )


def _withheld_from(withheld: Withholding, family: Family) -> str:
    """Who an item is withheld from, in the copy's language (names as recorded)."""
    text = withheld_from_text(withheld, family)
    for english in ("the family and their advocates", "someone no longer listed"):
        text = text.replace(english, label(english))
    return text.replace(", and ", translate("Minutes", ", and "))


def withheld_text() -> str:
    """What a copy prints in place of an item withheld from its reader."""
    return translate("Minutes", "Withheld from this copy.")


def _item(text: str, withheld: Withholding, family: Family, empty: str) -> list[Block]:
    """One withholdable item as a copy prints it: its text, marked with who it is withheld
    from; or, in a copy whose reader may not see it, only that it is withheld."""
    if is_withheld_text(text):
        return [Paragraph(withheld_text(), emphasis=True)]
    blocks: list[Block] = [_withheld_mark(withheld, family)] if withheld else []
    return blocks + [Paragraph(text.strip() or empty)]


def _heading(meeting: Meeting, family: Family) -> FieldList:
    # An unborn child reads "Unborn baby (expected 03/02/2027; child protection plan: neglect)".
    children = "; ".join(describe_child(child) for child in family.children)
    return FieldList(
        (
            (translate("Minutes", "Family"), family.name),
            (translate("Minutes", "Children"), children or translate("Minutes", "None recorded")),
            (translate("Minutes", "Meeting"), meeting.meeting_type.label),
            (translate("Minutes", "Date"), date_text(meeting.date)),
            (
                translate("Minutes", "Start time"),
                format_time(meeting.start_time) or translate("Minutes", "Not recorded"),
            ),
            (translate("Minutes", "Venue"), meeting.venue or translate("Minutes", "Not recorded")),
            (translate("Minutes", "Chair"), _name(family, meeting.chair_id)),
            (translate("Minutes", "Minute-taker"), _name(family, meeting.minute_taker_id)),
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
        (
            person.name,
            person.role,
            person.agency,
            attendance_text(meeting, person.id, family),
        )
        for person in people
    )
    blocks: list[Block] = []
    if any(not meeting.attendance_of(p.id).invited for p in family.people):
        blocks.append(
            Paragraph(
                translate(
                    "Minutes", "Everyone listed was invited, except those marked “Not invited”."
                ),
                emphasis=True,
            )
        )
    blocks.append(
        # The attendance column carries the details (reasons, times, who came instead).
        Table(
            (
                translate("Minutes", "Name"),
                translate("Minutes", "Role"),
                translate("Minutes", "Agency"),
                translate("Minutes", "Attendance"),
            ),
            rows,
            (2.6, 2.4, 2.6, 4.4),
        )
        if rows
        else Paragraph(translate("Minutes", "No members of the network are recorded."), emphasis=True)
    )
    children = [c.name for c in family.children if c.id in meeting.children_present]
    if children:
        blocks.append(
            Paragraph(
                translate("Minutes", "Children at the meeting: {names}.").format(
                    names=_and_list(children)
                )
            )
        )
    return Section(translate("Minutes", "Attendance and apologies"), tuple(blocks))


def _and_list(names: list[str]) -> str:
    and_ = translate("Minutes", " and ")
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + and_ + names[-1]


def _written_reports(meeting: Meeting, family: Family) -> Section:
    blocks: list[Block] = []
    for person in family.people:
        entry = meeting.attendance_of(person.id)
        if entry.status is AttendanceStatus.WRITTEN_REPORT:
            blocks.append(
                Subheading(
                    translate("Minutes", "Report from {name}").format(
                        name=_name_with_role(person)
                    )
                )
            )
            blocks += _item(
                entry.report_text,
                entry.report_withheld,
                family,
                translate("Minutes", "The report is empty."),
            )
    if not blocks:
        blocks.append(
            Paragraph(translate("Minutes", "No written reports were received."), emphasis=True)
        )
    return Section(translate("Minutes", "Written reports from members not present"), tuple(blocks))


def _statements(meeting: Meeting, family: Family) -> Section:
    blocks: list[Block] = []
    several = len(family.children) > 1
    for index, statement in enumerate(meeting.statements, start=1):
        blocks.append(
            Subheading(translate("Minutes", "Danger statement {number}").format(number=index))
        )
        notes = []
        if several or statement.child_ids:
            notes.append(
                translate("Minutes", "For: {children}").format(
                    children=_applies_to(statement.child_ids, family)
                )
            )
        if statement.carried_from_id is not None:
            notes.append(translate("Minutes", "carried forward from the last meeting"))
        if notes:
            blocks.append(Paragraph("; ".join(notes) + ".", emphasis=True))
        blocks.append(
            Paragraph(statement.statement.strip() or translate("Minutes", "No text recorded."))
        )
        blocks.append(
            Paragraph(
                translate("Minutes", "Safety goal {number}").format(number=index), emphasis=True
            )
        )
        blocks.append(
            Paragraph(
                statement.safety_goal.strip()
                or translate("Minutes", "No safety goal recorded.")
            )
        )
        if statement.notes.strip():
            blocks.append(
                Paragraph(
                    translate("Minutes", "Notes on danger statement {number}").format(
                        number=index
                    ),
                    emphasis=True,
                )
            )
            blocks += _item(statement.notes, statement.notes_withheld, family, "")
    if not blocks:
        blocks.append(
            Paragraph(translate("Minutes", "No danger statements were recorded."), emphasis=True)
        )
    return Section(translate("Minutes", "Danger statements and safety goals"), tuple(blocks))


def _scaling(meeting: Meeting, family: Family) -> Section:
    scales: list[tuple[int | None, str]] = [(None, overall_scale_name())]
    scales += [
        (s.id, translate("Minutes", "Danger statement {number}").format(number=i))
        for i, s in enumerate(meeting.statements, start=1)
    ]
    scored_ids = {score.person_id for score in meeting.scores}
    people = [p for p in family.people if p.id in scored_ids]
    blocks: list[Block] = [
        Paragraph(" ".join(scale_meanings()), emphasis=True),
    ]
    if not people:
        blocks.append(Paragraph(translate("Minutes", "No scores were given."), emphasis=True))
        return Section(translate("Minutes", "Scaling"), tuple(blocks))
    rows: list[tuple[str, ...]] = []
    for person in people:
        row = [person.name]
        for statement_id, _ in scales:
            score = meeting.score_of(person.id, statement_id)
            row.append("" if score is None else str(score.value))
        rows.append(tuple(row))
    averages = [translate("Minutes", "Average")]
    for statement_id, _ in scales:
        values = [s.value for s in meeting.scores if s.statement_id == statement_id]
        averages.append(f"{mean(values):.1f}" if values else "")
    rows.append(tuple(averages))
    headers = (translate("Minutes", "Person"),) + tuple(name for _, name in scales)
    widths = (3.0,) + tuple(1.6 for _ in scales)
    blocks.append(Table(headers, tuple(rows), widths))
    reasons = []
    for statement_id, scale_name in scales:
        for person in people:
            score = meeting.score_of(person.id, statement_id)
            if score is not None and score.reason.strip():
                reasons.append(f"{person.name}, {scale_name}, {score.value}: {score.reason.strip()}")
    if reasons:
        blocks.append(Subheading(translate("Minutes", "Reasons given")))
        blocks.append(BulletList(tuple(reasons)))
    return Section(translate("Minutes", "Scaling"), tuple(blocks))


def _scaling_over_time(extras: MinutesExtras) -> list[Block]:
    """Every meeting's average and range on each scale, and the chart of them."""
    histories = [h for h in extras.scaling_history if any(p.scores for p in h.points)]
    if not histories:
        return []
    blocks: list[Block] = [Subheading(translate("Minutes", "Scores over time"))]
    for history in histories:
        rows = tuple(
            (
                format_short_date(point.meeting_date),
                f"{point.average:.1f}"
                if point.average is not None
                else translate("Minutes", "No scores"),
                translate("Minutes", "{low} to {high}").format(low=point.low, high=point.high)
                if point.scores
                else "",
                str(len(point.scores)),
            )
            for point in history.points
        )
        blocks.append(Paragraph(_scale_name(history.name), emphasis=True))
        headers = (
            translate("Minutes", "Meeting"),
            translate("Minutes", "Average"),
            translate("Minutes", "Range"),
            translate("Minutes", "Scores"),
        )
        blocks.append(Table(headers, rows, (2, 1.5, 1.5, 1.2)))
    if extras.scaling_chart is not None:
        blocks.append(extras.scaling_chart)
    return blocks


def _columns(meeting: Meeting, family: Family) -> Section:
    blocks: list[Block] = []
    columns = meeting.columns
    for title, text, withheld in (
        (
            translate("Minutes", "What are we worried about?"),
            columns.worries,
            columns.worries_withheld,
        ),
        (
            translate("Minutes", "What is working well?"),
            columns.working_well,
            columns.working_well_withheld,
        ),
        (
            translate("Minutes", "What needs to happen?"),
            columns.needs_to_happen,
            columns.needs_to_happen_withheld,
        ),
    ):
        blocks.append(Subheading(title))
        blocks += _item(text, withheld, family, translate("Minutes", "Nothing recorded."))
    return Section(translate("Minutes", "The three columns"), tuple(blocks))


def _contingency(meeting: Meeting, family: Family) -> Section:
    """The contingency plan: its first part, then each further part, each with its own
    withholding."""
    parts = [(meeting.contingency, meeting.contingency_withheld)] + [
        (part.text, part.withheld) for part in meeting.contingency_parts
    ]
    parts = [(text, withheld) for text, withheld in parts if text.strip()]
    if not parts:
        return Section(
            translate("Minutes", "Contingency plan"),
            (Paragraph(translate("Minutes", "No contingency plan was recorded."), emphasis=True),),
        )
    blocks: list[Block] = []
    for number, (text, withheld) in enumerate(parts, start=1):
        if len(parts) > 1:
            blocks.append(Subheading(translate("Minutes", "Part {number}").format(number=number)))
        blocks += _item(text, withheld, family, "")
    return Section(translate("Minutes", "Contingency plan"), tuple(blocks))


def _actions(meeting: Meeting, family: Family) -> Section:
    goal_names = {
        s.id: translate("Minutes", "Safety goal {number}").format(number=i)
        for i, s in enumerate(meeting.statements, start=1)
    }
    rows = tuple(
        (
            str(index),
            action.what.strip()
            + (translate("Minutes", " (from last time)") if action.is_carried else ""),
            _applies_to(action.child_ids, family),
            owners_text(action, family),
            format_short_date(action.due_date) or translate("Minutes", "Not set"),
            goal_names.get(action.goal_statement_id, "") if action.goal_statement_id else "",
            action.status.label,
        )
        for index, action in enumerate(meeting.actions, start=1)
    )
    if not rows:
        return Section(
            translate("Minutes", "Actions"),
            (Paragraph(translate("Minutes", "No actions were agreed."), emphasis=True),),
        )
    return Section(
        translate("Minutes", "Actions"),
        (
            Table(
                (
                    translate("Minutes", "No."),
                    translate("Minutes", "What"),
                    translate("Minutes", "For"),
                    translate("Minutes", "Who"),
                    translate("Minutes", "By when"),
                    translate("Minutes", "Goal"),
                    translate("Minutes", "Status"),
                ),
                rows,
                (0.8, 4.0, 1.8, 2.6, 1.7, 1.5, 1.5),
            ),
        ),
    )


def _said(text: str, withheld: Withholding, family: Family) -> str:
    """What someone said on a decision, as a table cell or a line: marked in the full record
    with who it is withheld from; in a copy that may not hold it, only that it is withheld."""
    if is_withheld_text(text):
        return withheld_text()
    text = " ".join(text.split())
    if withheld and text:
        return translate("Minutes", "{text} (withheld from {who})").format(
            text=text, who=_withheld_from(withheld, family)
        )
    return text


def _decisions(meeting: Meeting, family: Family) -> Section:
    # Who votes is core.voting's rule; a representative's vote is their absent member's.
    voting = voters(meeting, family)
    by_id = {voter.person_id: voter for voter in voting}
    blocks: list[Block] = []
    for index, decision in enumerate(meeting.decisions, start=1):
        result = tally(decision, tuple(voter.person for voter in voting))
        question = decision.question.strip() or translate("Minutes", "No question recorded")
        blocks.append(
            Subheading(
                translate("Minutes", "Decision {number}: {question}").format(
                    number=index, question=question
                )
            )
        )
        rows = []
        for vote in result.counted:
            voter = by_id[vote.person_id]
            reason = _said(vote.reason, vote.reason_withheld, family)
            rows.append((voter.label, voter.person.agency, vote.choice.label, reason))
        if rows:
            headers = (
                translate("Minutes", "Name"),
                translate("Minutes", "Agency"),
                translate("Minutes", "Vote"),
                translate("Minutes", "Reason"),
            )
            blocks.append(Table(headers, tuple(rows), (3, 3, 1.5, 5)))
        blocks.append(
            Paragraph(
                translate("Minutes", "Tally: {tally} Outcome: {outcome}.").format(
                    tally=result.summary, outcome=result.outcome.label
                )
            )
        )
        dissent = []
        for vote in dissenting_votes(result):
            voter = by_id[vote.person_id]
            reason = _said(vote.reason, vote.reason_withheld, family) or translate(
                "Minutes", "no reason recorded"
            )
            who = _name_with_role(voter.person) if voter.given_by is None else voter.speaker
            dissent.append(f"{who}: {reason}")
        if dissent:
            blocks.append(Paragraph(translate("Minutes", "Dissent"), emphasis=True))
            blocks.append(BulletList(tuple(dissent)))
        # A stored vote is never left out silently: the minutes say it was not counted, and why.
        for vote, why in not_counted(meeting, family, decision.votes):
            person = family.person(vote.person_id)
            name = person.name if person is not None else translate("Minutes", "A former member")
            text = translate("Minutes", "Not counted: {name}'s vote ({vote}; {why}).").format(
                name=name, vote=vote.choice.label.lower(), why=why
            )
            blocks.append(Paragraph(text, emphasis=True))
        views = {vote.person_id: vote for vote in decision.votes}
        for person, said in heard_views(meeting, family, decision.votes):
            said = _said(said, views[person.id].reason_withheld, family)
            blocks.append(
                Paragraph(
                    translate("Minutes", "Heard: {name} said: {said}").format(
                        name=_name_with_role(person), said=said
                    )
                )
            )
    if not blocks:
        blocks.append(
            Paragraph(translate("Minutes", "No decisions were put to a vote."), emphasis=True)
        )
        return Section(translate("Minutes", "Decisions and votes"), tuple(blocks))
    heard = heard_not_voting(meeting, family)
    if heard:
        blocks.append(
            Paragraph(
                translate(
                    "Minutes",
                    "Heard but not voting (family members and advocates do not vote): {names}.",
                ).format(names=", ".join(p.name for p in heard)),
                emphasis=True,
            )
        )
    return Section(translate("Minutes", "Decisions and votes"), tuple(blocks))


def _scale_name(name: str) -> str:
    """A scale's name in the copy's language: the overall scale's, or "Danger statement N"."""
    prefix = "Danger statement "
    if name.startswith(prefix) and name[len(prefix):].isdigit():
        return translate("Minutes", "Danger statement {number}").format(number=name[len(prefix):])
    return overall_scale_name() if name == OVERALL_SCALE_NAME else name


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
                    translate("Minutes", THIRD_PARTY_OMITTED_TEXT)  # listed in core.minutes_document
                    if update.third_party
                    else withheld_text(),
                    emphasis=True,
                )
            )
            continue
        if update.third_party:
            blocks.append(
                Paragraph(
                    translate(
                        "Minutes", "Confidential third-party information: for professionals only."
                    ),
                    emphasis=True,
                )
            )
        if update.withheld_from_people:
            blocks.append(_withheld_mark(Withholding(False, update.withheld_from_people), family))
        blocks.append(Paragraph(update.text.strip()))
    if not blocks:
        blocks.append(Paragraph(translate("Minutes", "No updates were recorded."), emphasis=True))
    return Section(translate("Minutes", "Updates from the family and each agency"), tuple(blocks))


def _child_views(meeting: Meeting, family: Family) -> Section:
    blocks: list[Block] = []
    for child in family.children:
        views = meeting.views_of_child(child.id)
        blocks.append(Subheading(child.name))
        blocks += _item(views.views, views.withheld, family, translate("Minutes", "Not recorded."))
        if views.how_gathered.strip():
            blocks.append(
                Paragraph(
                    translate("Minutes", "How gathered: {how}").format(
                        how=views.how_gathered.strip()
                    ),
                    emphasis=True,
                )
            )
    if not blocks:
        blocks.append(Paragraph(translate("Minutes", "No children are recorded."), emphasis=True))
    return Section(translate("Minutes", "The child's views"), tuple(blocks))


def _conference_decision(meeting: Meeting, family: Family) -> Section:
    voters = conference_voters(meeting, family)
    question = (
        translate("Minutes", "Does the child protection plan continue or end?")
        if meeting.meeting_type is MeetingType.REVIEW_CONFERENCE
        else translate("Minutes", "Should the child be subject to a child protection plan?")
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
        headers = (
            (
                translate("Minutes", "Name"),
                translate("Minutes", "Agency"),
                translate("Minutes", "View"),
            )
            + ((translate("Minutes", "Category"),) if initial else ())
            + (translate("Minutes", "Reason"),)
        )
        widths = (3, 3, 2) + ((2.5,) if initial else ()) + (4,)
        if rows:
            blocks.append(Table(headers, tuple(rows), widths))
        result = plan_tally(meeting, child.id, voters)
        blocks.append(
            Paragraph(
                translate("Minutes", "Tally: {tally}").format(
                    tally=result.summary(meeting.meeting_type)
                )
            )
        )
        decision = meeting.decision_for(child.id)
        outcome = decision.decision.label_for(meeting.meeting_type)
        if decision.decision is PlanView.NOT_GIVEN:
            outcome = translate("Minutes", "No decision recorded")
        if decision.categories:
            outcome += translate("Minutes", " (category: {categories})").format(
                categories=", ".join(c.label.lower() for c in decision.categories)
            )
        if (
            meeting.meeting_type is MeetingType.REVIEW_CONFERENCE
            and decision.decision is PlanView.NO_PLAN
        ):
            outcome += (
                translate("Minutes", "; a child in need plan follows")
                if decision.cin_follows
                else translate("Minutes", "; no child in need plan follows")
            )
        blocks.append(
            Paragraph(translate("Minutes", "Chair's decision: {outcome}.").format(outcome=outcome))
        )
        if differs_from_majority(decision, result):
            blocks.append(
                Paragraph(
                    translate(
                        "Minutes",
                        "The chair's decision differs from the majority of views. Reason: {reason}",
                    ).format(reason=decision.reason.strip() or translate("Minutes", "not recorded")),
                )
            )
        elif decision.reason.strip():
            blocks.append(
                Paragraph(
                    translate("Minutes", "Reason: {reason}").format(reason=decision.reason.strip())
                )
            )
        dissent = [
            f"{_name_with_role(person)}: "
            + (reason.strip() or translate("Minutes", "no reason recorded"))
            for person, reason in dissenting_views(meeting, child.id, voters)
        ]
        if dissent:
            blocks.append(Paragraph(translate("Minutes", "Dissent"), emphasis=True))
            blocks.append(BulletList(tuple(dissent)))
    heard = heard_not_voting(meeting, family)
    if heard:
        blocks.append(
            Paragraph(
                translate(
                    "Minutes",
                    "Heard, and their views taken into account, but not counted (parents, "
                    "family and advocates): {names}.",
                ).format(names=", ".join(p.name for p in heard)),
                emphasis=True,
            )
        )
    return Section(translate("Minutes", "Decision for each child"), tuple(blocks))


def _applies_to(child_ids: tuple[int, ...], family: Family) -> str:
    """Which children a statement or an action is for, by name; every child when none is set."""
    names = [c.name for c in family.children if c.id in child_ids]
    if not names:
        return translate("Minutes", "All the children") if len(family.children) > 1 else (
            family.children[0].name if family.children else translate("Minutes", "The family")
        )
    return ", ".join(names)


def _plan_review(meeting: Meeting, family: Family, extras: MinutesExtras) -> Section:
    carried = [a for a in meeting.actions if a.is_carried]
    if not carried:
        return Section(
            translate("Minutes", "Review of the plan"),
            (
                Paragraph(
                    translate("Minutes", "No actions were carried from the last meeting."),
                    emphasis=True,
                ),
            ),
        )
    blocks: list[Block] = []
    for index, action in enumerate(carried, start=1):
        what = action.what.strip() or translate("Minutes", "No text recorded")
        blocks.append(Subheading(f"{index}. {what}"))
        history = extras.action_histories.get(action.id, ())
        items = [
            (translate("Minutes", "For"), _applies_to(action.child_ids, family)),
            (translate("Minutes", "Who"), owners_text(action, family)),
            (
                translate("Minutes", "By when"),
                format_short_date(action.due_date) or translate("Minutes", "Not set"),
            ),
            (
                translate("Minutes", "Outcome"),
                translate("Minutes", "Not reviewed")
                if action.status is ActionStatus.OPEN
                else action.status.label,
            ),
            (
                translate("Minutes", "Work done"),
                action.work_done.strip() or translate("Minutes", "Not recorded"),
            ),
            (
                translate("Minutes", "Difference for the child"),
                action.difference_for_child.strip() or translate("Minutes", "Not recorded"),
            ),
        ]
        if history:
            items.append((translate("Minutes", "In the plan since"), date_text(history[0][0])))
            earlier = [
                f"{format_short_date(day)}: {earlier_action.status.label.lower()}"
                for day, earlier_action in history
                if earlier_action.is_carried
            ]
            if earlier:
                items.append((translate("Minutes", "Reviewed before"), "; ".join(earlier)))
        if action.status.stays_in_plan:
            items.append(
                (
                    translate("Minutes", "Next"),
                    translate("Minutes", "Stays in the plan and is reviewed again next time."),
                )
            )
        blocks.append(FieldList(tuple(items)))
    return Section(translate("Minutes", "Review of the plan"), tuple(blocks))


def _attendance_notes(meeting: Meeting, family: Family) -> list[Block]:
    """What the chair knowingly set aside about attendance, as the attendance finally stands."""
    notes: list[Block] = []
    quorum = check_quorum(meeting, family)
    if meeting.quorum_shortfall and not quorum.is_quorate:
        notes.append(
            Paragraph(
                translate(
                    "Minutes", "The conference was not quorate and the chair went ahead: {why}"
                ).format(why=quorum.shortfall),
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
                translate(
                    "Minutes",
                    "A strategy meeting is for professionals only; the chair acknowledged that "
                    "family members or advocates were present.",
                ),
                emphasis=True,
            )
        )
    return notes


def _next_meeting(meeting: Meeting) -> Section:
    nxt = meeting.next_meeting
    fields = [
        (translate("Minutes", "Date"), date_text(nxt.date) or translate("Minutes", "Not set")),
        (translate("Minutes", "Time"), format_time(nxt.time) or translate("Minutes", "Not set")),
        (translate("Minutes", "Venue"), nxt.venue.strip() or translate("Minutes", "Not set")),
    ]
    # A Core Group keeps the review conference in view and may ask for it to be earlier; the
    # lines are printed when it recorded either.
    if meeting.review_conference_date or meeting.early_review_requested:
        fields.append(
            (
                translate("Minutes", "Next review conference"),
                date_text(meeting.review_conference_date) or translate("Minutes", "Not recorded"),
            )
        )
        if meeting.early_review_requested:
            reason = " ".join(meeting.early_review_reason.split()) or translate(
                "Minutes", "reason not recorded"
            )
            fields.append(
                (
                    translate("Minutes", "Early review conference"),
                    translate(
                        "Minutes", "The core group asked for an early review conference: {reason}"
                    ).format(reason=reason),
                )
            )
    return Section(translate("Minutes", "Next meeting"), (FieldList(tuple(fields)),))


