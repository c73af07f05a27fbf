"""The meeting as the minute-taker sees it right now: saved data plus text typed but not saved.

The autosave waits for a quiet moment (``chair_app.ui.autosave``), but the room display must
show words as they are typed. This module reads the step page's input widgets, found by their
object names, and lays their contents over ``controller.meeting``. It never saves anything.

A widget that cannot be found leaves the saved value in place. For the updates step the safe
side is taken: an update whose "confidential third-party information" box cannot be read, or
whose saved record is marked confidential, is treated as confidential.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QWidget,
)

from chair_app.core.agenda import StepKey
from chair_app.core.domain import (
    AgencyUpdate,
    AttendanceEntry,
    Family,
    Meeting,
)


def _plain(page: QWidget, name: str) -> str | None:
    edit = page.findChild(QPlainTextEdit, name)
    return edit.toPlainText() if edit is not None else None


def _line(page: QWidget, name: str) -> str | None:
    edit = page.findChild(QLineEdit, name)
    return edit.text() if edit is not None else None


def _selected_id(page: QWidget, kind: type[QListWidget | QTableWidget], name: str) -> object:
    view = page.findChild(kind, name)
    if view is None:
        return None
    item = view.currentItem()
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


def _updates(page: QWidget, meeting: Meeting, family: Family) -> Meeting:
    saved = {u.person_id: u for u in meeting.updates}
    updates = dict(saved)
    for person in family.people:
        text = _plain(page, f"update_edit_{person.id}")
        if text is None:
            continue
        box = page.findChild(QCheckBox, f"third_party_{person.id}")
        previous = saved.get(person.id)
        confidential = (
            box is None or box.isChecked() or (previous is not None and previous.third_party)
        )
        # Who else it is withheld from is kept: the room loses it for them too.
        updates[person.id] = replace(
            previous or AgencyUpdate(person.id, ""), text=text, third_party=confidential
        )
    return replace(meeting, updates=tuple(updates.values()))


def _attendance(page: QWidget, meeting: Meeting, family: Family) -> Meeting:
    entries: list[AttendanceEntry] = []
    for person in family.people:
        entry = meeting.attendance_of(person.id)
        report = _plain(page, f"report_text_{person.id}")
        represented = _line(page, f"represented_by_{person.id}")
        reason = _line(page, f"absence_reason_{person.id}")
        entries.append(
            replace(
                entry,
                report_text=entry.report_text if report is None else report,
                represented_by=entry.represented_by if represented is None else represented,
                absence_reason=entry.absence_reason if reason is None else reason,
            )
        )
    return replace(meeting, attendance=tuple(entries))


def _child_views(page: QWidget, meeting: Meeting, family: Family) -> Meeting:
    views = []
    for child in family.children:
        saved = meeting.views_of_child(child.id)
        text = _plain(page, f"child_views_edit_{child.id}")
        how = page.findChild(QComboBox, f"how_gathered_edit_{child.id}")
        # replace, not a new entry: the views' withholding stays with them.
        views.append(
            replace(
                saved,
                child_id=child.id,
                views=saved.views if text is None else text,
                how_gathered=saved.how_gathered if how is None else how.currentText(),
            )
        )
    return replace(meeting, child_views=tuple(views))


def _statements(page: QWidget, meeting: Meeting) -> Meeting:
    selected = _selected_id(page, QListWidget, "statement_list")
    statement = _plain(page, "statement_edit")
    goal = _plain(page, "safety_goal_edit")
    return replace(
        meeting,
        statements=tuple(
            replace(
                s,
                statement=s.statement if statement is None else statement,
                safety_goal=s.safety_goal if goal is None else goal,
            )
            if s.id == selected
            else s
            for s in meeting.statements
        ),
    )


def _actions(page: QWidget, meeting: Meeting) -> Meeting:
    selected = _selected_id(page, QTableWidget, "actions_table")
    what = _plain(page, "action_what_edit")
    if what is None:
        return meeting
    return replace(
        meeting,
        actions=tuple(
            replace(a, what=what) if a.id == selected else a for a in meeting.actions
        ),
    )


def _plan_review(page: QWidget, meeting: Meeting) -> Meeting:
    actions = []
    for action in meeting.actions:
        work = _plain(page, f"review_work_done_{action.id}")
        difference = _plain(page, f"review_difference_{action.id}")
        actions.append(
            replace(
                action,
                work_done=action.work_done if work is None else work,
                difference_for_child=(
                    action.difference_for_child if difference is None else difference
                ),
            )
        )
    return replace(meeting, actions=tuple(actions))


def _decisions(page: QWidget, meeting: Meeting) -> Meeting:
    selected = _selected_id(page, QListWidget, "decision_list")
    question = _plain(page, "question_edit")
    if question is None:
        return meeting
    return replace(
        meeting,
        decisions=tuple(
            replace(d, question=question) if d.id == selected else d for d in meeting.decisions
        ),
    )


def _columns(page: QWidget, meeting: Meeting) -> Meeting:
    saved = meeting.columns
    worries = _plain(page, "worries_edit")
    well = _plain(page, "working_well_edit")
    needs = _plain(page, "needs_to_happen_edit")
    return replace(
        meeting,
        # replace, not a new ThreeColumns: each column's withholding stays with it.
        columns=replace(
            saved,
            worries=saved.worries if worries is None else worries,
            working_well=saved.working_well if well is None else well,
            needs_to_happen=saved.needs_to_happen if needs is None else needs,
        ),
    )


def live_meeting(step: StepKey, page: QWidget, meeting: Meeting, family: Family) -> Meeting:
    """``meeting`` with what is typed on ``page`` (the page of ``step``) laid over it.

    Steps whose inputs are not read here (votes, scores, dates) show their saved values, which
    follow within the autosave's delay.
    """
    match step:
        case StepKey.REASONS:
            text = _plain(page, "reasons_edit")
            return meeting if text is None else replace(meeting, reasons=text)
        case StepKey.CONTINGENCY:
            text = _plain(page, "contingency_edit")
            return meeting if text is None else replace(meeting, contingency=text)
        case StepKey.UPDATES:
            return _updates(page, meeting, family)
        case StepKey.ATTENDANCE:
            return _attendance(page, meeting, family)
        case StepKey.CHILD_VIEWS:
            return _child_views(page, meeting, family)
        case StepKey.DANGER_STATEMENTS:
            return _statements(page, meeting)
        case StepKey.ACTIONS:
            return _actions(page, meeting)
        case StepKey.PLAN_REVIEW:
            return _plan_review(page, meeting)
        case StepKey.DECISIONS:
            return _decisions(page, meeting)
        case StepKey.THREE_COLUMNS:
            return _columns(page, meeting)
        case StepKey.NEXT_MEETING:
            venue = _line(page, "next_venue_edit")
            if venue is None:
                return meeting
            return replace(meeting, next_meeting=replace(meeting.next_meeting, venue=venue))
    return meeting
