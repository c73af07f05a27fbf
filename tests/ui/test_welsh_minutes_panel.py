"""The minutes after the meeting in Welsh: the Minutes panel of a closed demo meeting and every
dialog a chair opens from it, the copy preview, who may see an item, protecting an export, and
handing a record to another laptop, read as a Welsh reader sees them. The demo family is
fictional; its names and what was typed in its meetings stay as typed."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from conftest import TODAY
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from ui_helpers import FakePrompts, find
from welsh_check import english_left, looks_english

from chair_app.core.agenda import StepKey
from chair_app.core.domain import MeetingStatus, Withholding
from chair_app.core.language import Language
from chair_app.core.lifecycle import Comment
from chair_app.models.db import SessionFactory
from chair_app.ui.export_flow import confirmation_text
from chair_app.ui.export_protection import ExportProtectionDialog
from chair_app.ui.i18n import app_translations
from chair_app.ui.launch import build_context
from chair_app.ui.main_window import MainWindow
from chair_app.ui.minutes_dialogs import ExclusionDialog
from chair_app.ui.record_transfer import (
    ConflictsDialog,
    FamilyChoiceDialog,
    PackagePassphraseDialog,
    RecordPackageDialog,
)
from chair_app.ui.walkthrough import MeetingWalkthrough
from chair_app.ui.withhold_control import WithholdDialog, state_text

# Not this part's words, each translated elsewhere (until merged they may read in English):
# - Qt's standard buttons (OK, Cancel, Close): cy/qt.ts, with the window shell's translation.
# - the agenda's step titles (the comment's "Part of the minutes", the part a comment is about):
#   the agenda data files' Welsh, read in the window's language by the agenda loader; they are
#   left out of the check with the typed content (_typed).
# - the labels of the items that can be withheld (the preview's list of what is withheld):
#   core.withholding's texts.
QT_BUTTONS = ("OK", "Cancel", "Close")


@pytest.fixture
def welsh() -> Iterator[None]:
    assert app_translations().switch(Language.WELSH) == ""
    try:
        yield
    finally:
        app_translations().switch(Language.ENGLISH)


@pytest.fixture
def window(
    qtbot: QtBot,
    welsh: None,
    factory: SessionFactory,
    with_demo_family_unsent: None,
    data_dir: Path,
) -> MainWindow:
    ctx = dataclasses.replace(build_context(factory, data_dir, FakePrompts()), today=lambda: TODAY)
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.resize(1280, 820)
    main.show()
    qtbot.waitExposed(main)
    return main


def _strings(value: object) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)


def _typed(window: MainWindow, meeting_id: int) -> list[str]:
    """The demo family's names and everything typed in its meeting, as recorded: left out of
    the check, because they stay as typed."""
    meeting = window.ctx.meetings.get(meeting_id)
    family = window.ctx.meetings.family_as_recorded(meeting_id)
    texts = [*_strings(dataclasses.asdict(meeting)), *_strings(dataclasses.asdict(family))]
    # Stored values ("present", "open") are not typed content.
    typed = [text for text in texts if text.strip() and not re.fullmatch(r"[a-z_0-9]+", text)]
    walk = window.walkthrough
    titles = [step.title for step in walk.agenda] if walk is not None else []
    return typed + titles


def _english(widget: QWidget, known: Iterable[str]) -> list[tuple[str, str]]:
    return [(name, text) for name, text in english_left(widget, known) if text not in QT_BUTTONS]


def english_left_text(text: str) -> bool:
    return any(looks_english(line) for line in text.splitlines())


def _closed_panel(qtbot: QtBot, window: MainWindow) -> tuple[MeetingWalkthrough, QWidget, int]:
    closed = next(
        m.id for m in window.ctx.meetings.list_meetings() if m.status is MeetingStatus.CLOSED
    )
    window.open_meeting(closed)
    walk = window.walkthrough
    assert walk is not None
    walk.go_to(StepKey.CLOSE)
    panel = find(walk, QWidget, "minutes_panel")
    qtbot.waitUntil(panel.isVisible)
    return walk, panel, closed


def _open_dialog(qtbot: QtBot, parent: QWidget, button: str, name: str) -> QDialog:
    clicked = find(parent, QPushButton, button)
    assert clicked.isEnabled(), f"{button} cannot be pressed"
    qtbot.mouseClick(clicked, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (d := window_dialog(parent, name)) is not None and d.isVisible())
    dialog = window_dialog(parent, name)
    assert dialog is not None
    return dialog


def window_dialog(parent: QWidget, name: str) -> QDialog | None:
    return parent.window().findChild(QDialog, name)


def _close(dialog: QDialog) -> None:
    dialog.reject()


def _wait_closed(qtbot: QtBot, parent: QWidget, name: str) -> None:
    qtbot.waitUntil(lambda: window_dialog(parent, name) is None)


def _ok_text(dialog: QDialog) -> str:
    buttons = find(dialog, QDialogButtonBox, "dialog_buttons")
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    return ok.text()


def test_the_minutes_panel_and_its_dialogs_read_in_welsh(qtbot: QtBot, window: MainWindow) -> None:
    _walk, panel, closed = _closed_panel(qtbot, window)
    known = _typed(window, closed)
    assert _english(panel, known) == []
    assert find(panel, QPushButton, "agree_button").text() == "Nodi eu bod wedi'u cytuno…"
    assert find(panel, QPushButton, "correct_wording_button").text() == "Cywiro'r geiriad…"
    assert "Drafft" in find(panel, QLabel, "minutes_status_label").text()
    assert "heb eu cytuno eto" in find(panel, QLabel, "minutes_status_label").text()
    titles = {box.title() for box in panel.findChildren(QGroupBox)}
    assert {"Cywiriadau", "Copïau a anfonwyd", "Sylwadau gan aelodau"} <= titles
    table = find(panel, QTableWidget, "distribution_table")
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Pwy", "Copi", "Sut", "Pryd", "Fersiwn"]
    assert find(panel, QLabel, "not_yet_sent_label").text().startswith("Heb gael copi eto: ")

    for button, name, ok in (
        ("correct_wording_button", "correction_dialog", "Cadw'r cywiriad"),
        ("correct_fact_button", "fact_correction_dialog", "Cadw'r cywiriad"),
        ("add_comment_button", "comment_dialog", "Ychwanegu'r sylw"),
        ("record_sent_button", "record_sent_dialog", "Cofnodi"),
        ("export_copy_button", "export_copy_dialog", "Allforio…"),
        ("agree_button", "agree_dialog", "Cytuno a chloi"),
    ):
        dialog = _open_dialog(qtbot, panel, button, name)
        assert _english(dialog, known) == [], name
        assert _ok_text(dialog) == ok
        _close(dialog)
        _wait_closed(qtbot, panel, name)

    # A comment waits for a ruling: accepting and declining it read in Welsh too.
    ctx = window.ctx
    member = ctx.meetings.family_as_recorded(closed).people[0]
    ctx.minutes.add_comment(closed, Comment(0, member.id, TODAY, StepKey.REASONS, "Diolch."))
    panel.refresh()  # type: ignore[attr-defined]
    comments = find(panel, QTableWidget, "comments_table")
    comments.selectRow(0)
    assert comments.item(0, 4).text() == "Yn aros"
    for button, name in (
        ("accept_comment_button", "correction_dialog"),
        ("decline_comment_button", "decline_dialog"),
    ):
        dialog = _open_dialog(qtbot, panel, button, name)
        assert _english(dialog, known) == [], name
        _close(dialog)
        _wait_closed(qtbot, panel, name)

    # The preview of a copy beside the full record.
    preview = _open_dialog(qtbot, panel, "preview_copy_button", "copy_preview_dialog")
    combo = find(preview, QComboBox, "preview_reader_combo")
    assert combo.itemText(combo.count() - 1) == "Crynodeb i'r teulu"
    assert combo.itemText(0).startswith("Copi i ")
    # The summary lists the items' own labels (core.withholding's texts): read its own words.
    summary = find(preview, QLabel, "preview_summary_label")
    assert summary.text().startswith(("Wedi'u cadw o'r copi hwn", "Does dim o'r hyn"))
    assert _english(preview, [*known, summary.text()]) == []
    _close(preview)

    # Once agreed, the addendum.
    ctx.minutes.decline_comment(ctx.minutes.record(closed).comments[0].id, "Na.", TODAY)
    ctx.minutes.agree(closed, ctx.meetings.get(closed).chair_id, TODAY)
    panel.refresh()  # type: ignore[attr-defined]
    assert "Wedi'u cytuno" in find(panel, QLabel, "minutes_status_label").text()
    assert _english(panel, known) == []
    dialog = _open_dialog(qtbot, panel, "add_addendum_button", "addendum_dialog")
    assert _english(dialog, known) == []
    assert dialog.windowTitle() == "Ychwanegu atodiad"
    _close(dialog)


def test_withholding_protecting_an_export_and_moving_a_record_read_in_welsh(
    qtbot: QtBot, window: MainWindow
) -> None:
    closed = next(
        m.id for m in window.ctx.meetings.list_meetings() if m.status is MeetingStatus.CLOSED
    )
    known = _typed(window, closed)
    family = window.ctx.meetings.family_as_recorded(closed)
    meeting = window.ctx.meetings.get(closed)
    withhold = WithholdDialog(window, meeting.reasons, family, Withholding())
    # The step titles are the agenda data's (see the note at the top).
    steps = window.ctx.meetings.agenda(meeting.meeting_type).steps
    known += [step.title for step in steps]
    people = [(p.id, p.name) for p in family.people]
    exclusion = ExclusionDialog(window, people, steps)
    protection = ExportProtectionDialog(window)
    package = RecordPackageDialog(window)
    passphrase = PackagePassphraseDialog(window, "meeting-record-2026-11-23.chairpkg")
    choice = FamilyChoiceDialog(window, family.name, [])
    conflicts = ConflictsDialog(window, "", [])
    for dialog in (withhold, exclusion, protection, package, passphrase, choice, conflicts):
        qtbot.addWidget(dialog)
        dialog.show()
        assert _english(dialog, [*known, "meeting-record-2026-11-23.chairpkg"]) == [], (
            dialog.objectName()
        )
    assert withhold.windowTitle() == "Pwy gaiff weld hyn"
    assert find(withhold, QCheckBox, "withhold_from_family").text() == (
        "Cadw rhag y teulu a'u heiriolwyr"
    )
    assert find(protection, QCheckBox, "protect_checkbox").text() == (
        "Diogelu'r ddwy ffeil gyda chyfrinair"
    )
    assert find(protection, QAbstractButton, "export_protection_ok_button").text() == "Allforio"
    assert package.windowTitle() == "Allforio cofnod cyfarfod"
    table = find(conflicts, QTableWidget, "conflicts_table")
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Beth", "Y gliniadur hwn", "Y ffeil", "Cadw"]
    assert find(conflicts, QPushButton, "keep_all_mine_button").text() == "Cadw fy rhai i i gyd"
    assert exclusion.windowTitle() == "Cofnodi eithriad"

    # The words of the withholding button beside an item, and the message after an export.
    assert state_text(Withholding(), family) == "Yn cael ei rannu â phawb"
    assert state_text(Withholding(True, ()), family) == "Wedi'i gadw rhag y teulu"
    saved = confirmation_text([Path("/tmp/cofnodion.docx"), Path("/tmp/cofnodion.pdf")], True)
    assert saved.startswith("Wedi'u cadw:\ncofnodion.docx\ncofnodion.pdf\n\nyn /tmp")
    assert "cyfrinair" in saved and not english_left_text(saved)
