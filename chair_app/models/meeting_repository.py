"""Writing meetings: each change to a meeting's record, refused once the meeting is closed."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from chair_app.core.domain import (
    Action,
    ActionStatus,
    AgencyUpdate,
    AttendanceEntry,
    AttendanceStatus,
    ChildDecision,
    ChildPlanView,
    ChildViews,
    Family,
    MeetingStatus,
    MeetingType,
    NextMeeting,
    ThreeColumns,
    Vote,
    Withholding,
)
from chair_app.core.errors import (
    ActionCarried,
    MeetingClosed,
    NotFound,
)
from chair_app.core.facts import FactKind, FactRef
from chair_app.core.snapshot import network_to_json
from chair_app.core.withholding import item_ref
from chair_app.models.db import checkpoint
from chair_app.models.meeting_reads import MeetingReads
from chair_app.models.orm import (
    ActionRow,
    AttendanceRow,
    ChildDecisionRow,
    ChildRow,
    ChildViewsRow,
    ContingencyPartRow,
    DangerStatementRow,
    DecisionRow,
    FamilyRow,
    MeetingRow,
    PersonRow,
    PlanViewRow,
    ScoreRow,
    UpdateRow,
    VoteRow,
)
from chair_app.models.rows import (
    _categories_to_text,
    _get,
    _get_or_add,
    _ids_to_text,
    _transaction,
)


class MeetingRepository(MeetingReads):
    """Meetings and everything recorded in them. Changes to a closed meeting are refused."""

    # Writing

    def _editable(self, session: Session, meeting_id: int) -> MeetingRow:
        row = _get(session, MeetingRow, meeting_id)
        if row.status in (MeetingStatus.CLOSED.value, MeetingStatus.NOT_HELD.value):
            raise MeetingClosed()
        return row

    def create(
        self,
        family_id: int,
        meeting_type: MeetingType,
        date: dt.date,
        start_time: dt.time | None,
        venue: str,
        chair_id: int | None,
        minute_taker_id: int | None,
    ) -> int:
        with _transaction(self._factory) as session:
            _get(session, FamilyRow, family_id)
            row = MeetingRow(
                family_id=family_id,
                meeting_type=meeting_type.value,
                date=date,
                start_time=start_time,
                venue=venue,
                chair_id=chair_id,
                minute_taker_id=minute_taker_id,
                status=MeetingStatus.DRAFT.value,
            )
            session.add(row)
            session.flush()
            return row.id

    def update_details(
        self,
        meeting_id: int,
        date: dt.date,
        start_time: dt.time | None,
        venue: str,
        chair_id: int | None,
        minute_taker_id: int | None,
    ) -> None:
        with _transaction(self._factory) as session:
            row = self._editable(session, meeting_id)
            row.date = date
            row.start_time = start_time
            row.venue = venue
            row.chair_id = chair_id
            row.minute_taker_id = minute_taker_id

    def set_status(self, meeting_id: int, status: MeetingStatus) -> None:
        with _transaction(self._factory) as session:
            self._editable(session, meeting_id).status = status.value

    def close(self, meeting_id: int, network: Family) -> None:
        """Close the meeting and keep the family as it stands now with it, in one transaction."""
        with _transaction(self._factory) as session:
            row = self._editable(session, meeting_id)
            row.status = MeetingStatus.CLOSED.value
            row.network_as_recorded = network_to_json(network)
        checkpoint(self._factory)

    def mark_minutes_exported(self, meeting_id: int, day: dt.date) -> None:
        """Keep the first day the minutes were exported (a fact about the minutes, so allowed
        on a closed meeting)."""
        with _transaction(self._factory) as session:
            row = _get(session, MeetingRow, meeting_id)
            if row.minutes_exported_on is None:
                row.minutes_exported_on = day

    def set_attendance(self, meeting_id: int, entry: AttendanceEntry) -> None:
        with _transaction(self._factory) as session:
            self._editable(session, meeting_id)
            row = _get_or_add(
                session, AttendanceRow, meeting_id=meeting_id, person_id=entry.person_id
            )
            row.status = entry.status.value
            row.report_text = entry.report_text
            row.represented_by = entry.represented_by
            row.invited = entry.invited
            row.absence_reason = entry.absence_reason
            row.arrived_at = entry.arrived_at
            row.left_at = entry.left_at
            row.interpreter = entry.interpreter
            row.representative_id = entry.representative_id
            # Who the report is withheld from is set by set_withholding only, so that typing
            # in the report never clears it.

    def add_statement(self, meeting_id: int, statement: str = "", safety_goal: str = "") -> int:
        with _transaction(self._factory) as session:
            self._editable(session, meeting_id)
            position = session.scalar(
                select(func.coalesce(func.max(DangerStatementRow.position), 0)).where(
                    DangerStatementRow.meeting_id == meeting_id
                )
            )
            row = DangerStatementRow(
                meeting_id=meeting_id,
                position=(position or 0) + 1,
                statement=statement,
                safety_goal=safety_goal,
            )
            session.add(row)
            session.flush()
            row.lineage_id = row.id
            return row.id

    def update_statement(self, statement_id: int, statement: str, safety_goal: str) -> None:
        with _transaction(self._factory) as session:
            row = _get(session, DangerStatementRow, statement_id)
            self._editable(session, row.meeting_id)
            row.statement = statement
            row.safety_goal = safety_goal

    def set_statement_notes(self, statement_id: int, notes: str) -> None:
        with _transaction(self._factory) as session:
            row = _get(session, DangerStatementRow, statement_id)
            self._editable(session, row.meeting_id)
            row.notes = notes

    def set_statement_children(self, statement_id: int, child_ids: tuple[int, ...]) -> None:
        with _transaction(self._factory) as session:
            row = _get(session, DangerStatementRow, statement_id)
            self._editable(session, row.meeting_id)
            row.child_ids = _ids_to_text(child_ids)

    def remove_statement(self, statement_id: int) -> None:
        with _transaction(self._factory) as session:
            row = _get(session, DangerStatementRow, statement_id)
            self._editable(session, row.meeting_id)
            session.delete(row)
            session.flush()
            self._renumber(session, row.meeting_id)

    def move_statement(self, statement_id: int, offset: int) -> None:
        """Move a statement up (offset -1) or down (+1) among its meeting's statements."""
        with _transaction(self._factory) as session:
            row = _get(session, DangerStatementRow, statement_id)
            self._editable(session, row.meeting_id)
            rows = list(
                session.scalars(
                    select(DangerStatementRow)
                    .where(DangerStatementRow.meeting_id == row.meeting_id)
                    .order_by(DangerStatementRow.position, DangerStatementRow.id)
                )
            )
            index = rows.index(row)
            target = max(0, min(len(rows) - 1, index + offset))
            rows.insert(target, rows.pop(index))
            for position, item in enumerate(rows, start=1):
                item.position = position

    def _renumber(self, session: Session, meeting_id: int) -> None:
        rows = session.scalars(
            select(DangerStatementRow)
            .where(DangerStatementRow.meeting_id == meeting_id)
            .order_by(DangerStatementRow.position, DangerStatementRow.id)
        )
        for position, item in enumerate(rows, start=1):
            item.position = position

    def set_score(
        self,
        meeting_id: int,
        person_id: int,
        statement_id: int | None,
        value: int | None,
        reason: str,
    ) -> None:
        """Record one person's score on one scale; value None removes it."""
        with _transaction(self._factory) as session:
            self._editable(session, meeting_id)
            row = session.scalars(
                select(ScoreRow).where(
                    ScoreRow.meeting_id == meeting_id,
                    ScoreRow.person_id == person_id,
                    ScoreRow.statement_id.is_(None)
                    if statement_id is None
                    else ScoreRow.statement_id == statement_id,
                )
            ).one_or_none()
            if value is None:
                if row is not None:
                    session.delete(row)
                return
            if row is None:
                row = ScoreRow(meeting_id=meeting_id, person_id=person_id, statement_id=statement_id)
                session.add(row)
            row.value = value
            row.reason = reason

    def set_columns(self, meeting_id: int, columns: ThreeColumns) -> None:
        with _transaction(self._factory) as session:
            row = self._editable(session, meeting_id)
            row.worries = columns.worries
            row.working_well = columns.working_well
            row.needs_to_happen = columns.needs_to_happen

    def set_reasons(self, meeting_id: int, text: str) -> None:
        with _transaction(self._factory) as session:
            self._editable(session, meeting_id).reasons = text

    def set_contingency(self, meeting_id: int, text: str) -> None:
        with _transaction(self._factory) as session:
            self._editable(session, meeting_id).contingency = text

    def set_update(self, meeting_id: int, update: AgencyUpdate) -> None:
        with _transaction(self._factory) as session:
            self._editable(session, meeting_id)
            row = _get_or_add(session, UpdateRow, meeting_id=meeting_id, person_id=update.person_id)
            row.text = update.text
            row.third_party = update.third_party

    def set_child_views(self, meeting_id: int, views: ChildViews) -> None:
        with _transaction(self._factory) as session:
            self._editable(session, meeting_id)
            row = _get_or_add(
                session, ChildViewsRow, meeting_id=meeting_id, child_id=views.child_id
            )
            row.views = views.views
            row.how_gathered = views.how_gathered

    def set_plan_view(self, meeting_id: int, view: ChildPlanView) -> None:
        with _transaction(self._factory) as session:
            self._editable(session, meeting_id)
            row = _get_or_add(
                session,
                PlanViewRow,
                meeting_id=meeting_id,
                child_id=view.child_id,
                person_id=view.person_id,
            )
            row.view = view.view.value
            row.categories = _categories_to_text(view.categories)
            row.reason = view.reason

    def set_child_decision(self, meeting_id: int, decision: ChildDecision) -> None:
        with _transaction(self._factory) as session:
            self._editable(session, meeting_id)
            row = _get_or_add(
                session, ChildDecisionRow, meeting_id=meeting_id, child_id=decision.child_id
            )
            row.decision = decision.decision.value
            row.categories = _categories_to_text(decision.categories)
            row.reason = decision.reason
            row.cin_follows = decision.cin_follows

    def set_quorum_shortfall(self, meeting_id: int, shortfall: str) -> None:
        with _transaction(self._factory) as session:
            self._editable(session, meeting_id).quorum_shortfall = shortfall

    def acknowledge_non_professionals(self, meeting_id: int) -> None:
        with _transaction(self._factory) as session:
            self._editable(session, meeting_id).non_professionals_acknowledged = True

    def record_not_held(self, meeting_id: int, reason: str, network: Family) -> None:
        """Mark the meeting as not held, with why; like a close, it keeps the network with it."""
        with _transaction(self._factory) as session:
            row = self._editable(session, meeting_id)
            row.status = MeetingStatus.NOT_HELD.value
            row.not_held_reason = reason
            row.network_as_recorded = network_to_json(network)
        checkpoint(self._factory)

    def add_action(self, meeting_id: int) -> int:
        with _transaction(self._factory) as session:
            self._editable(session, meeting_id)
            row = ActionRow(meeting_id=meeting_id, what="", status=ActionStatus.OPEN.value)
            session.add(row)
            session.flush()
            return row.id

    def update_action(self, action: Action) -> None:
        with _transaction(self._factory) as session:
            row = _get(session, ActionRow, action.id)
            self._editable(session, row.meeting_id)
            row.what = action.what
            row.owner_id = action.owner_id
            row.due_date = action.due_date
            row.goal_statement_id = action.goal_statement_id
            row.status = action.status.value
            row.child_ids = _ids_to_text(action.child_ids)
            row.work_done = action.work_done
            row.difference_for_child = action.difference_for_child
            row.joint_owner_ids = _ids_to_text(
                tuple(i for i in action.joint_owner_ids if i != action.owner_id)
            )
            row.owner_family = action.owner_family
            row.owner_other = action.owner_other
            # carried_from_id is set once, by carry_forward, and never changed.

    def remove_action(self, action_id: int) -> None:
        """Remove an action agreed at this meeting. A carried action is never removed: it is
        reviewed (done, not done, no longer needed), so nothing leaves the plan silently."""
        with _transaction(self._factory) as session:
            row = _get(session, ActionRow, action_id)
            self._editable(session, row.meeting_id)
            if row.carried_from_id is not None:
                raise ActionCarried()
            session.delete(row)

    def carry_forward(self, from_meeting_id: int, to_meeting_id: int) -> None:
        """Copy the danger statements, safety goals and the actions still in the plan of one
        meeting into a new one, in one transaction. The copies are marked as carried and can be
        changed without touching the earlier meeting's record."""
        with _transaction(self._factory) as session:
            self._editable(session, to_meeting_id)
            source = _get(session, MeetingRow, from_meeting_id)
            new_ids: dict[int, int] = {}
            for old in sorted(source.statements, key=lambda r: r.position):
                copy = DangerStatementRow(
                    meeting_id=to_meeting_id,
                    position=old.position,
                    statement=old.statement,
                    safety_goal=old.safety_goal,
                    carried_from_id=old.id,
                    lineage_id=old.lineage_id if old.lineage_id is not None else old.id,
                    child_ids=old.child_ids,
                    notes=old.notes,
                    notes_withheld=old.notes_withheld,
                )
                session.add(copy)
                session.flush()
                new_ids[old.id] = copy.id
            for action in sorted(source.actions, key=lambda r: r.id):
                if not ActionStatus(action.status).stays_in_plan:
                    continue
                session.add(
                    ActionRow(
                        meeting_id=to_meeting_id,
                        what=action.what,
                        owner_id=action.owner_id,
                        due_date=action.due_date,
                        goal_statement_id=new_ids.get(action.goal_statement_id)
                        if action.goal_statement_id is not None
                        else None,
                        # To be reviewed at this meeting: open until the review says otherwise.
                        status=ActionStatus.OPEN.value,
                        child_ids=action.child_ids,
                        carried_from_id=action.id,
                        joint_owner_ids=action.joint_owner_ids,
                        owner_family=action.owner_family,
                        owner_other=action.owner_other,
                    )
                )

    def add_decision(self, meeting_id: int, question: str = "") -> int:
        with _transaction(self._factory) as session:
            self._editable(session, meeting_id)
            position = session.scalar(
                select(func.coalesce(func.max(DecisionRow.position), 0)).where(
                    DecisionRow.meeting_id == meeting_id
                )
            )
            row = DecisionRow(meeting_id=meeting_id, position=(position or 0) + 1, question=question)
            session.add(row)
            session.flush()
            return row.id

    def update_question(self, decision_id: int, question: str) -> None:
        with _transaction(self._factory) as session:
            row = _get(session, DecisionRow, decision_id)
            self._editable(session, row.meeting_id)
            row.question = question

    def set_vote(self, decision_id: int, vote: Vote) -> None:
        with _transaction(self._factory) as session:
            decision = _get(session, DecisionRow, decision_id)
            self._editable(session, decision.meeting_id)
            row = session.scalars(
                select(VoteRow).where(
                    VoteRow.decision_id == decision_id, VoteRow.person_id == vote.person_id
                )
            ).one_or_none()
            if row is None:
                row = VoteRow(decision_id=decision_id, person_id=vote.person_id)
                session.add(row)
            row.choice = vote.choice.value
            row.reason = vote.reason

    def remove_decision(self, decision_id: int) -> None:
        with _transaction(self._factory) as session:
            row = _get(session, DecisionRow, decision_id)
            self._editable(session, row.meeting_id)
            session.delete(row)

    def set_withholding(self, meeting_id: int, key: FactRef, withholding: Withholding) -> None:
        """Set who one item (a FactRef of core.withholding's kinds) is withheld from. The
        item's row is made if there is none yet (an update not typed yet), so a withholding is
        never lost.

        Raises:
            BadItemKey: no such kind of item.
            NotFound: the key's person, child, statement, decision or part is not in this
                meeting.
        """
        ref = item_ref(key)
        kind, ids = ref.kind, ref.ids
        text = withholding.to_text()
        with _transaction(self._factory) as session:
            # Allowed after the meeting closes too (the chair withholds while preparing the
            # copies); the minutes service refuses it once the minutes are agreed.
            meeting = _get(session, MeetingRow, meeting_id)
            if kind is FactKind.COLUMNS:
                setattr(meeting, f"{ref.attribute}_withheld", text)
                return
            if kind is FactKind.CONTINGENCY:
                meeting.contingency_withheld = text
                return
            if kind is FactKind.REPORT:
                _get(session, PersonRow, ids[0])
                row = _get_or_add(session, AttendanceRow, meeting_id=meeting_id, person_id=ids[0])
                if row.status is None:
                    row.status = AttendanceStatus.NOT_RECORDED.value
                row.report_withheld = text
            elif kind is FactKind.UPDATE:
                _get(session, PersonRow, ids[0])
                update = _get_or_add(session, UpdateRow, meeting_id=meeting_id, person_id=ids[0])
                update.third_party = withholding.from_family
                update.withheld_from_people = _ids_to_text(withholding.from_people)
            elif kind is FactKind.CHILD_VIEWS:
                _get(session, ChildRow, ids[0])
                views = _get_or_add(
                    session, ChildViewsRow, meeting_id=meeting_id, child_id=ids[0]
                )
                views.withheld = text
            elif kind is FactKind.STATEMENT_NOTES:
                statement = _get(session, DangerStatementRow, ids[0])
                if statement.meeting_id != meeting_id:
                    raise NotFound(f"Danger statement {ids[0]} is not in meeting {meeting_id}.")
                statement.notes_withheld = text
            elif kind is FactKind.CONTINGENCY_PART:
                part = _get(session, ContingencyPartRow, ids[0])
                if part.meeting_id != meeting_id:
                    raise NotFound(f"Contingency part {ids[0]} is not in meeting {meeting_id}.")
                part.withheld = text
            elif kind is FactKind.VOTE_REASON:
                decision = _get(session, DecisionRow, ids[0])
                if decision.meeting_id != meeting_id:
                    raise NotFound(f"Decision {ids[0]} is not in meeting {meeting_id}.")
                vote = session.scalars(
                    select(VoteRow).where(
                        VoteRow.decision_id == ids[0], VoteRow.person_id == ids[1]
                    )
                ).one_or_none()
                if vote is None:
                    raise NotFound(f"Nothing is recorded from person {ids[1]} on that decision.")
                vote.reason_withheld = text

    def add_contingency_part(self, meeting_id: int, text: str = "") -> int:
        with _transaction(self._factory) as session:
            self._editable(session, meeting_id)
            position = session.scalar(
                select(func.coalesce(func.max(ContingencyPartRow.position), 0)).where(
                    ContingencyPartRow.meeting_id == meeting_id
                )
            )
            row = ContingencyPartRow(meeting_id=meeting_id, position=(position or 0) + 1, text=text)
            session.add(row)
            session.flush()
            return row.id

    def update_contingency_part(self, part_id: int, text: str) -> None:
        with _transaction(self._factory) as session:
            row = _get(session, ContingencyPartRow, part_id)
            self._editable(session, row.meeting_id)
            row.text = text

    def remove_contingency_part(self, part_id: int) -> None:
        with _transaction(self._factory) as session:
            row = _get(session, ContingencyPartRow, part_id)
            self._editable(session, row.meeting_id)
            session.delete(row)

    def set_children_present(self, meeting_id: int, child_ids: tuple[int, ...]) -> None:
        with _transaction(self._factory) as session:
            self._editable(session, meeting_id).children_present = _ids_to_text(child_ids)

    def set_chair_summary(self, meeting_id: int, text: str) -> None:
        with _transaction(self._factory) as session:
            self._editable(session, meeting_id).chair_summary = text

    def set_review_conference(
        self,
        meeting_id: int,
        day: dt.date | None,
        early_requested: bool = False,
        early_reason: str = "",
    ) -> None:
        """A Core Group's record of the next review conference, and any request for an early
        one (with why)."""
        with _transaction(self._factory) as session:
            row = self._editable(session, meeting_id)
            row.review_conference_date = day
            row.early_review_requested = early_requested
            row.early_review_reason = early_reason

    def set_next_meeting(self, meeting_id: int, next_meeting: NextMeeting) -> None:
        with _transaction(self._factory) as session:
            row = self._editable(session, meeting_id)
            row.next_date = next_meeting.date
            row.next_time = next_meeting.time
            row.next_venue = next_meeting.venue
