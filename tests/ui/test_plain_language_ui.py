"""Plain words in the real window (issue 7): every step title changes and comes back, buttons
change, the chair's guide shows prompts and ground rules, the per-meeting choice is kept for that
meeting only, the glossary lists and filters the jargon, and step titles explain jargon on hover."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import TODAY
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from ui_helpers import FakePrompts, find, type_text

from chair_app.core.domain import AttendanceEntry, AttendanceStatus, MeetingType
from chair_app.core.plain_language import REQUIRED_TERMS
from chair_app.models.db import SessionFactory
from chair_app.services.families import FamilyService
from chair_app.services.meetings import MeetingService
from chair_app.services.plain_language import load_plain_language
from chair_app.services.settings import SettingsService
from chair_app.services.translations import catalog
from chair_app.ui.glossary_dialog import GlossaryDialog
from chair_app.ui.launch import build_context
from chair_app.ui.main_window import MainWindow
from chair_app.ui.walkthrough import MeetingWalkthrough

DRAFT_ID = 2  # the demo family's draft Core Group


def _plain_words() -> dict[str, str]:
    """The English plain words (resources/translations/en_plain), by objectName."""
    return {
        key: text for (context, key), text in catalog("en_plain").items() if context == "PlainWords"
    }


@pytest.fixture
def window(
    qtbot: QtBot, factory: SessionFactory, with_demo_family: None, data_dir: Path
) -> MainWindow:
    main = MainWindow(build_context(factory, data_dir, FakePrompts()))
    qtbot.addWidget(main)
    main.resize(1280, 820)
    main.show()
    qtbot.waitExposed(main)
    return main


def _new_meeting(factory: SessionFactory, meeting_type: MeetingType) -> int:
    families = FamilyService(factory)
    family_id = families.list_families()[0].id
    return MeetingService(factory).create_meeting(
        family_id, meeting_type, TODAY + dt.timedelta(days=7), dt.time(10, 0), "Room 2", None, None
    )


def _open(window: MainWindow, meeting_id: int) -> MeetingWalkthrough:
    window.open_meeting(meeting_id)
    walk = window.walkthrough
    assert walk is not None and walk.isVisible()
    return walk


def _list_titles(walk: MeetingWalkthrough) -> list[str]:
    step_list = find(walk, QListWidget, "step_list")
    return [step_list.item(row).text().split(". ", 1)[1] for row in range(step_list.count())]


def _shown_titles(walk: MeetingWalkthrough) -> list[str]:
    """The big title over each step, visiting every step with Next."""
    titles = []
    walk.step_list.setCurrentRow(0)
    for _ in walk.agenda:
        titles.append(find(walk, QLabel, "step_title_label").text())
        walk.go_next()
    return titles


@pytest.mark.parametrize(
    "meeting_type",
    [MeetingType.CORE_GROUP, MeetingType.INITIAL_CONFERENCE, MeetingType.REVIEW_CONFERENCE],
    ids=lambda t: t.value,
)
def test_plain_words_change_every_step_title_and_back(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory, meeting_type: MeetingType
) -> None:
    walk = _open(window, _new_meeting(factory, meeting_type))
    plain = load_plain_language()
    professional = [step.title for step in walk.agenda]
    expected = [plain.step(step.key, meeting_type).title for step in walk.agenda]
    assert _list_titles(walk) == professional
    assert _shown_titles(walk) == professional

    find(window, QAction, "plain_words_action").trigger()

    assert _list_titles(walk) == expected
    assert _shown_titles(walk) == expected
    assert all(p != q for p, q in zip(professional, expected, strict=True))
    find(window, QAction, "plain_words_action").trigger()
    assert _list_titles(walk) == professional
    assert _shown_titles(walk) == professional


def test_plain_words_change_explanation_buttons_and_show_the_guide(
    qtbot: QtBot, window: MainWindow
) -> None:
    walk = _open(window, DRAFT_ID)
    plain = load_plain_language()
    next_button = find(walk, QPushButton, "next_button")
    back_to_family = find(walk, QPushButton, "back_to_family_button")
    before = next_button.text(), back_to_family.text()
    guide = find(walk, QFrame, "chair_guide_panel")
    assert not guide.isVisible()

    find(walk, QCheckBox, "meeting_plain_words_check").click()

    assert (next_button.text(), back_to_family.text()) == (
        _plain_words()["next_button"],
        _plain_words()["back_to_family_button"],
    )
    assert next_button.text() != before[0]
    assert (
        find(walk, QLabel, "step_purpose_label").text()
        == plain.steps[walk.agenda[0].key].explanation
    )
    assert guide.isVisible()
    prompts = find(walk, QLabel, "chair_guide_prompts_label").text()
    assert prompts.startswith("1. " + plain.steps[walk.agenda[0].key].prompts[0])
    rules = find(walk, QLabel, "chair_guide_rules_label").text()
    assert "Everyone gets a turn" in rules and "Nobody talks over anybody" in rules
    walk.go_next()
    second = plain.step(walk.agenda[1].key, MeetingType.CORE_GROUP)
    assert (
        find(walk, QLabel, "chair_guide_prompts_label").text().startswith("1. " + second.prompts[0])
    )
    # A button on a step page changes too.
    find(walk, QListWidget, "step_list").setCurrentRow(len(walk.agenda) - 1)
    assert (
        find(walk, QPushButton, "close_meeting_button").text()
        == _plain_words()["close_meeting_button"]
    )

    find(walk, QCheckBox, "meeting_plain_words_check").click()
    assert (next_button.text(), back_to_family.text()) == before
    assert find(walk, QPushButton, "close_meeting_button").text() == "Close the meeting"
    assert not guide.isVisible()


def test_per_meeting_choice_is_kept_for_that_meeting_only(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory
) -> None:
    other_id = _new_meeting(factory, MeetingType.CORE_GROUP)
    walk = _open(window, DRAFT_ID)
    find(walk, QCheckBox, "meeting_plain_words_check").click()
    plain_title = _list_titles(walk)[0]
    window.close_meeting()

    other = _open(window, other_id)
    assert not find(other, QCheckBox, "meeting_plain_words_check").isChecked()
    assert _list_titles(other)[0] == other.agenda[0].title
    window.close_meeting()

    again = _open(window, DRAFT_ID)
    assert find(again, QCheckBox, "meeting_plain_words_check").isChecked()
    assert _list_titles(again)[0] == plain_title
    assert find(again, QFrame, "chair_guide_panel").isVisible()
    settings = SettingsService(factory)
    assert settings.meeting_plain_language(DRAFT_ID) and not settings.meeting_plain_language(
        other_id
    )
    assert not settings.plain_language()


def test_window_choice_is_kept_and_covers_every_meeting(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory, data_dir: Path
) -> None:
    walk = _open(window, DRAFT_ID)
    find(window, QAction, "plain_words_action").trigger()
    check = find(walk, QCheckBox, "meeting_plain_words_check")
    assert check.isChecked() and not check.isEnabled()  # the window's choice covers it
    assert SettingsService(factory).plain_language()
    window.close_meeting()

    reopened = MainWindow(build_context(factory, data_dir, FakePrompts()))
    qtbot.addWidget(reopened)
    assert find(reopened, QAction, "plain_words_action").isChecked()
    reopened.open_meeting(_new_meeting(factory, MeetingType.CHILD_IN_NEED))
    assert reopened.walkthrough is not None
    assert (
        _list_titles(reopened.walkthrough)[-1]
        == load_plain_language().steps[reopened.walkthrough.agenda[-1].key].title
    )


def test_glossary_lists_every_required_term_and_search_filters(
    qtbot: QtBot, window: MainWindow
) -> None:
    find(window, QAction, "glossary_action").trigger()
    dialog = find(window, GlossaryDialog, "glossary_dialog")
    assert dialog.isVisible()
    listed = dialog.visible_terms()
    for term in REQUIRED_TERMS:
        assert term in listed
    term_list = find(dialog, QTableWidget, "glossary_list")
    assert term_list.item(0, 0).text() == "Core Group"
    assert term_list.item(0, 1).text().startswith("A small group of people")
    assert term_list.item(0, 0).font().bold()

    type_text(qtbot, find(dialog, QLineEdit, "glossary_search_edit"), "foster")
    assert dialog.visible_terms() == ["LAC"]
    search = find(dialog, QLineEdit, "glossary_search_edit")
    search.clear()
    type_text(qtbot, search, "zzz")
    assert dialog.visible_terms() == []
    assert find(dialog, QLabel, "glossary_empty_label").isVisible()
    search.clear()
    assert len(dialog.visible_terms()) == len(load_plain_language().glossary.terms)


def test_step_titles_with_jargon_explain_it_on_hover(qtbot: QtBot, window: MainWindow) -> None:
    walk = _open(window, DRAFT_ID)
    step_list = find(walk, QListWidget, "step_list")
    titles = [step.title for step in walk.agenda]
    danger_row = titles.index("Danger statements and safety goals")
    tip = step_list.item(danger_row).toolTip()
    assert tip.startswith("danger statement: ") and "\nsafety goal: " in tip
    walk.step_list.setCurrentRow(titles.index("Scaling"))
    assert "score from 0 to 10" in find(walk, QLabel, "step_title_label").toolTip()
    assert "Core Group: A small group" in find(walk, QLabel, "meeting_title_label").toolTip()
    # Headings on the step's own page explain their jargon too.
    walk.go_to(walk.agenda[danger_row].key)
    page = walk.step_pages[walk.agenda[danger_row].key]
    goal_headings = [
        label for label in page.findChildren(QLabel) if label.text() == "Safety goal 1"
    ]
    assert goal_headings and goal_headings[0].toolTip().startswith("safety goal: ")
    # In plain words, the tooltip also gives the workers' name for the step.
    find(walk, QCheckBox, "meeting_plain_words_check").click()
    assert (
        step_list.item(danger_row)
        .toolTip()
        .startswith(
            "Workers call this step: Danger statements and safety goals\ndanger statement: "
        )
    )


def test_meeting_type_choices_explain_their_jargon(qtbot: QtBot, window: MainWindow) -> None:
    find(window, QPushButton, "new_meeting_button").click()
    combo = find(window, QComboBox, "meeting_type_combo")
    tips = {
        combo.itemText(i): combo.itemData(i, Qt.ItemDataRole.ToolTipRole)
        for i in range(combo.count())
    }
    assert tips["Child in Need meeting"].startswith("CIN: Child in need.")
    assert tips["Initial Child Protection Conference"].startswith("ICPC: ")
    assert tips["Looked-After Child review"].startswith("LAC: ")
    assert combo.toolTip().startswith("Core Group: ")


def _step_page(walk: MeetingWalkthrough, title: str) -> QWidget:
    step = next(step for step in walk.agenda if step.title == title)
    walk.go_to(step.key)
    return walk.step_pages[step.key]


COLUMN_HEADINGS = ("worries_heading", "working_well_heading", "needs_to_happen_heading")


def test_plain_words_change_the_pages_own_labels_and_back(qtbot: QtBot, window: MainWindow) -> None:
    walk = _open(window, DRAFT_ID)
    labels = _plain_words()
    scaling = _step_page(walk, "Scaling")
    meaning = find(scaling, QLabel, "scale_meaning_label")
    professional_meaning = meaning.text()
    assert professional_meaning.startswith("0 means things are so unsafe")
    statements = _step_page(walk, "Danger statements and safety goals")
    statement_heading = find(statements, QLabel, "statement_heading")
    goal_heading = find(statements, QLabel, "goal_heading")
    assert (statement_heading.text(), goal_heading.text()) == (
        "Danger statement 1",
        "Safety goal 1",
    )
    columns = _step_page(walk, "The three columns")
    headings = [find(columns, QLabel, name) for name in COLUMN_HEADINGS]
    professional_headings = [heading.text() for heading in headings]
    assert professional_headings[0] == "What are we worried about?"

    find(walk, QCheckBox, "meeting_plain_words_check").click()

    assert [heading.text() for heading in headings] == [labels[n] for n in COLUMN_HEADINGS]
    assert professional_headings[0] != headings[0].text()
    _step_page(walk, "Scaling")
    assert meaning.text() == labels["scale_meaning_label"] != professional_meaning
    assert find(scaling, QLabel, "scale_score_heading").text() == labels["scale_score_heading"]
    _step_page(walk, "Danger statements and safety goals")
    assert statement_heading.text() == labels["statement_heading"].replace("{n}", "1")
    assert goal_heading.text() == labels["goal_heading"].replace("{n}", "1")
    # The page renumbers its headings when another statement is chosen: still plain.
    find(statements, QListWidget, "statement_list").setCurrentRow(1)
    assert statement_heading.text() == labels["statement_heading"].replace("{n}", "2")
    assert goal_heading.toolTip().startswith("Workers call this: Safety goal 2")
    assert (
        find(statements, QPlainTextEdit, "statement_edit").placeholderText()
        == (labels["statement_edit"])
    )

    find(walk, QCheckBox, "meeting_plain_words_check").click()

    assert (statement_heading.text(), goal_heading.text()) == (
        "Danger statement 2",
        "Safety goal 2",
    )
    assert (
        find(statements, QPlainTextEdit, "statement_edit")
        .placeholderText()
        .startswith("Who is worried, what exactly")
    )
    assert meaning.text() == professional_meaning
    assert [heading.text() for heading in headings] == professional_headings


def _everyone_present(window: MainWindow, meeting_id: int) -> None:
    """Everyone in the family present, so the per-person rows (scores, votes) are made."""
    assert window.family_page is not None
    ctx, family = window.ctx, window.family_page.family
    assert family is not None
    ctx.meetings.start(meeting_id)
    for person in family.people:
        ctx.meetings.set_attendance(
            meeting_id, AttendanceEntry(person.id, AttendanceStatus.PRESENT), acknowledged=True
        )


def test_plain_labels_stay_on_rebuilt_rows(qtbot: QtBot, window: MainWindow) -> None:
    _everyone_present(window, DRAFT_ID)
    walk = _open(window, DRAFT_ID)
    labels = _plain_words()
    find(walk, QCheckBox, "meeting_plain_words_check").click()
    scaling = _step_page(walk, "Scaling")
    find(scaling, QComboBox, "scale_selector").setCurrentIndex(1)  # the rows are made anew
    assert find(scaling, QLabel, "scale_reason_heading").text() == labels["scale_reason_heading"]
    reasons = [
        edit for edit in scaling.findChildren(QLineEdit) if edit.objectName().startswith("reason_")
    ]
    assert reasons and all(edit.placeholderText() == labels["reason"] for edit in reasons)


def test_every_plain_label_names_a_widget_on_a_step_page(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory
) -> None:
    """A key with a typo would never be used; every key must find a widget somewhere: a label
    or text box on a step page, or a button of the walk-through. The draft has everyone present
    (rows for scores and votes), the new meeting nobody."""
    _everyone_present(window, DRAFT_ID)
    names: set[str] = set()
    buttons: set[str] = set()
    for meeting_id in (DRAFT_ID, _new_meeting(factory, MeetingType.CORE_GROUP)):
        walk = _open(window, meeting_id)
        for step in walk.agenda:
            walk.go_to(step.key)
            page = walk.step_pages[step.key]
            add = page.findChild(QPushButton, "add_decision_button")
            if add is not None and add.isEnabled():
                add.click()
            for widget in page.findChildren(QWidget):
                if isinstance(widget, QAbstractButton):
                    continue
                name = widget.objectName()
                names.add(name)
                names.add(name.rstrip("0123456789").removesuffix("_"))
        for button in walk.findChildren(QAbstractButton):
            buttons.add(button.objectName())
        window.close_meeting()
    keys = {key for key in _plain_words() if not key.startswith("ground_rule_")}
    unused = sorted(keys - names - buttons)
    assert unused == []


def test_plain_words_on_the_last_step_use_one_word_for_closing(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory
) -> None:
    """Issue 14 item 10: the last step's title, explanation, what is still missing, its button,
    the guide and the confirmation all call it the same thing (the title once said "End the
    meeting" and the text "close the meeting anyway")."""
    import re

    from chair_app.core.agenda import StepKey

    service = MeetingService(factory)
    for person in service.family_as_recorded(DRAFT_ID).people:
        service.set_attendance(DRAFT_ID, AttendanceEntry(person.id, AttendanceStatus.PRESENT))
    service.start(DRAFT_ID)  # with things still missing
    walk = _open(window, DRAFT_ID)
    find(walk, QCheckBox, "meeting_plain_words_check").setChecked(True)
    walk.go_to(StepKey.CLOSE)
    prompts = window.ctx.prompts
    assert isinstance(prompts, FakePrompts)
    prompts.confirm_answers.append(False)  # asked, and not closed
    qtbot.mouseClick(find(walk, QPushButton, "close_meeting_button"), Qt.MouseButton.LeftButton)
    texts = {
        "title": walk.step_title_label.text(),
        "explanation": walk.purpose_label.text(),
        "status": find(walk, QLabel, "close_status_label").text(),
        "button": find(walk, QPushButton, "close_meeting_button").text(),
        "guide": find(walk, QLabel, "chair_guide_prompts_label").text(),
        "question": prompts.confirmations[-1],
    }
    words = {
        name: {
            verb
            for verb, pattern in (("close", r"\bclos(e|es|ed|ing)\b"), ("end", r"\bend(s|ed|ing)?\b"))
            if re.search(pattern, text, re.IGNORECASE)
        }
        for name, text in texts.items()
    }
    assert "anyway" in texts["status"]  # the text that said "close the meeting anyway"
    assert all(words[name] for name in ("title", "status", "button", "question")), words
    used = set().union(*words.values())
    assert len(used) == 1, (used, texts)
