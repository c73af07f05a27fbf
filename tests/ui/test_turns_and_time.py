"""Turns and time in the walk-through (issue 7): the turn panel, the speaker timer, the step
clock with an injected monotonic clock, and time spent per step kept with the meeting.
Fictional demo family only."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import FakePrompts, find

from chair_app.core.agenda import StepKey
from chair_app.core.domain import AttendanceEntry, AttendanceStatus
from chair_app.models.db import SessionFactory
from chair_app.services.meetings import MeetingService
from chair_app.ui.launch import build_context
from chair_app.ui.main_window import MainWindow
from chair_app.ui.walkthrough import MeetingWalkthrough

DRAFT_ID = 2
PRESENT = (4, 5, 6)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def window(
    qtbot: QtBot, factory: SessionFactory, with_demo_family: None, data_dir: Path, clock: FakeClock
) -> MainWindow:
    ctx = dataclasses.replace(build_context(factory, data_dir, FakePrompts()), monotonic=clock)
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def _start(factory: SessionFactory) -> list[str]:
    """Mark three people present and start the meeting; their names in network order."""
    service = MeetingService(factory)
    for person_id in PRESENT:
        service.set_attendance(DRAFT_ID, AttendanceEntry(person_id, AttendanceStatus.PRESENT))
    service.start(DRAFT_ID)
    family = service.family_as_recorded(DRAFT_ID)
    return [p.name for p in family.people if p.id in PRESENT]


def _open(window: MainWindow) -> MeetingWalkthrough:
    window.open_meeting(DRAFT_ID)
    walk = window.walkthrough
    assert walk is not None
    return walk


def _panel(qtbot: QtBot, walk: MeetingWalkthrough) -> QWidget:
    qtbot.mouseClick(find(walk, QPushButton, "turns_button"), Qt.MouseButton.LeftButton)
    panel = find(walk, QWidget, "turn_panel")
    assert panel.isVisible()
    return panel


def _row(panel: QWidget, name: str) -> int:
    speakers = find(panel, QListWidget, "speaker_list")
    rows = [r for r in range(speakers.count()) if name in speakers.item(r).text()]
    assert rows, f"{name} not listed"
    return rows[0]


def _click(qtbot: QtBot, panel: QWidget, button: str, name: str | None = None) -> None:
    if name is not None:
        find(panel, QListWidget, "speaker_list").setCurrentRow(_row(panel, name))
    qtbot.mouseClick(find(panel, QPushButton, button), Qt.MouseButton.LeftButton)


def _state(panel: QWidget, name: str) -> str:
    return find(panel, QListWidget, "speaker_list").item(_row(panel, name)).text()


def test_turn_panel_giving_the_turn_shows_who_speaks_and_who_is_next(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory
) -> None:
    first, second, third = _start(factory)
    panel = _panel(qtbot, _open(window))
    assert "Waiting" in _state(panel, first)

    _click(qtbot, panel, "give_turn_button", first)

    status = find(panel, QLabel, "turn_status_label").text()
    assert status == f"Speaking now: {first}. Next: {second}."
    assert "▶ Speaking now" in _state(panel, first)
    assert "(next)" in _state(panel, second)
    _click(qtbot, panel, "next_speaker_button")
    assert "✓ Has spoken" in _state(panel, first)
    assert find(panel, QLabel, "turn_status_label").text() == (
        f"Speaking now: {second}. Next: {third}."
    )


def test_turn_panel_pass_marks_passed_and_next_goes_on(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory
) -> None:
    first, second, _third = _start(factory)
    panel = _panel(qtbot, _open(window))
    _click(qtbot, panel, "pass_button", first)
    assert "↷ Passed" in _state(panel, first)
    _click(qtbot, panel, "next_speaker_button")
    assert "▶ Speaking now" in _state(panel, second)


def test_turn_panel_moving_past_someone_waiting_is_refused_naming_them(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory
) -> None:
    first, second, third = _start(factory)
    panel = _panel(qtbot, _open(window))

    _click(qtbot, panel, "give_turn_button", third)

    message = find(panel, QLabel, "turn_message_label")
    assert message.isVisible()
    assert f"{first} and {second} have not spoken or passed yet" in message.text()
    assert "Waiting" in _state(panel, third)
    assert find(panel, QLabel, "turn_status_label").text().startswith("Nobody is speaking")
    # Starting a new round is refused in the same way while people are waiting.
    _click(qtbot, panel, "new_round_button")
    assert first in message.text()
    # The chair marks them as passed explicitly; then the third person speaks.
    _click(qtbot, panel, "give_turn_button", third)
    _click(qtbot, panel, "pass_skipped_button")
    assert "↷ Passed" in _state(panel, first)
    assert "↷ Passed" in _state(panel, second)
    assert "▶ Speaking now" in _state(panel, third)
    assert not message.isVisible()


def test_turn_panel_reorder_changes_who_is_next(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory
) -> None:
    _first, _second, third = _start(factory)
    panel = _panel(qtbot, _open(window))
    _click(qtbot, panel, "move_up_button", third)
    _click(qtbot, panel, "move_up_button")
    assert find(panel, QListWidget, "speaker_list").item(0).text().startswith(f"1. {third}")
    _click(qtbot, panel, "next_speaker_button")
    assert "▶ Speaking now" in _state(panel, third)


def test_speaker_timer_shows_time_left_then_over_time(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory, clock: FakeClock
) -> None:
    first, _second, _third = _start(factory)
    panel = _panel(qtbot, _open(window))
    combo = find(panel, QComboBox, "speaker_time_combo")
    combo.setCurrentIndex(combo.findData(2))
    _click(qtbot, panel, "give_turn_button", first)
    label = find(panel, QLabel, "speaker_time_label")
    clock.now += 90
    panel.refresh_time()  # type: ignore[attr-defined]
    assert label.text() == f"0:30 left for {first}."
    clock.now += 45
    panel.refresh_time()  # type: ignore[attr-defined]
    assert label.text() == f"Over time by 0:15: {first} had 2 min."
    assert "background" in label.styleSheet()


def test_step_clock_shows_elapsed_and_a_gentle_signal_when_over(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory, clock: FakeClock
) -> None:
    _start(factory)
    walk = _open(window)
    over = find(walk, QLabel, "step_over_label")
    clock.now += 9 * 60
    walk.step_clock.refresh()
    assert find(walk, QLabel, "step_elapsed_label").text() == "This step: 9:00 of 10 min planned"
    assert not over.isVisible()
    clock.now += 4 * 60 + 5
    walk.step_clock.refresh()
    assert over.isVisible()
    assert over.text() == "Over planned time by 4 min"
    assert over.accessibleName() == "Over planned time by 4 min"
    assert find(walk, QLabel, "meeting_elapsed_label").text() == (
        "Meeting: 13:05 of 145 min planned"
    )


def test_step_time_is_saved_and_read_back_after_reopening(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory, clock: FakeClock
) -> None:
    _start(factory)
    walk = _open(window)
    clock.now += 95
    walk.go_to(StepKey.REASONS)  # leaving a step saves its time
    clock.now += 40
    window.close_meeting()
    window.ctx.background.wait()
    service = MeetingService(factory)
    times = service.step_times(DRAFT_ID)
    assert times[StepKey.REASONS] == 40
    assert sum(times.values()) == 135

    walk = _open(window)
    walk.go_to(StepKey.REASONS)
    assert find(walk, QLabel, "step_elapsed_label").text().startswith("This step: 0:40 of")
    assert find(walk, QLabel, "meeting_elapsed_label").text().startswith("Meeting: 2:15")


def test_step_clock_counts_nothing_before_the_meeting_starts(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory, clock: FakeClock
) -> None:
    walk = _open(window)
    clock.now += 600
    window.close_meeting()
    window.ctx.background.wait()
    assert MeetingService(factory).step_times(DRAFT_ID) == {}
    assert "started" in find(walk, QLabel, "step_elapsed_label").text()


def test_close_step_option_prints_time_spent_in_the_minutes(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory, clock: FakeClock
) -> None:
    from PySide6.QtWidgets import QCheckBox

    _start(factory)
    walk = _open(window)
    clock.now += 125
    walk.go_to(StepKey.CLOSE)
    check = find(walk, QCheckBox, "print_step_times_check")
    assert not check.isChecked()
    service = MeetingService(factory)
    document = service.build_minutes(DRAFT_ID, with_chart=False)
    assert "Time spent" not in [s.title for s in document.sections]
    assert check.isVisible() and check.isEnabled(), (check.isVisible(), check.isEnabled())
    # On the box itself: the check box is as wide as the page, its label is not.
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))
    assert check.isChecked()
    assert service.prints_step_times(DRAFT_ID)
    document = service.build_minutes(DRAFT_ID, with_chart=False)
    assert "Time spent" in [s.title for s in document.sections]


def test_time_up_to_closing_is_kept_and_nothing_after(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory, clock: FakeClock
) -> None:
    _start(factory)
    walk = _open(window)
    clock.now += 200
    walk.go_to(StepKey.CLOSE)
    clock.now += 60
    qtbot.mouseClick(find(walk, QPushButton, "close_meeting_button"), Qt.MouseButton.LeftButton)
    service = MeetingService(factory)
    assert service.get(DRAFT_ID).is_closed
    clock.now += 900  # looking at the closed meeting adds nothing
    window.close_meeting()
    times = service.step_times(DRAFT_ID)
    assert times[StepKey.CLOSE] == 60
    assert sum(times.values()) == 260


def test_ctrl_t_shows_and_hides_the_turn_panel(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The turn panel can be reached from the keyboard alone."""
    from chair_app.ui.launch import open_data_into
    from chair_app.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert open_data_into(window, tmp_path / "demo", demo=True)
    family = window.ctx.families.get_family(window.ctx.families.list_families()[0].id)
    draft = next(m for m in family.meetings if m.status.value != "closed")
    window.open_meeting(draft.id)
    walk = window.walkthrough
    window.activateWindow()
    walk.step_list.setFocus()
    qtbot.keyClick(walk.step_list, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert walk.turn_panel.isVisible()
    qtbot.keyClick(walk.step_list, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert not walk.turn_panel.isVisible()
    window.ctx.background.wait()
    window.ctx.store.close()


def test_a_closed_meeting_shows_time_spent_not_a_stopped_clock(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from chair_app.ui.launch import open_data_into
    from chair_app.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert open_data_into(window, tmp_path / "demo", demo=True)
    family = window.ctx.families.get_family(window.ctx.families.list_families()[0].id)
    closed = next(m for m in family.meetings if m.status.value == "closed")
    window.open_meeting(closed.id)
    clock = window.walkthrough.step_clock
    # The demo's closed meeting was recorded before times were kept.
    assert clock.step_elapsed_label.text() == "No times were kept for this meeting."
    assert "planned" not in clock.meeting_elapsed_label.text()
    window.ctx.background.wait()
    window.ctx.store.close()


def test_times_after_closing_are_those_kept_shown_on_reopening_and_printed(
    qtbot: QtBot, window: MainWindow, factory: SessionFactory, clock: FakeClock
) -> None:
    """Issue 14 item 7: the step and meeting times the chair sees just after closing are the
    times stored, shown again on reopening, and printed in the minutes."""
    _start(factory)
    walk = _open(window)
    service = MeetingService(factory)
    service.set_prints_step_times(DRAFT_ID, True)
    steps = [step.key for step in walk.controller.loaded_agenda.steps]
    for key in steps:  # parts of a second on every step, as in a real meeting
        walk.go_to(key)
        clock.now += 20.6
    assert steps[-1] is StepKey.CLOSE
    clock.now += 12.7
    prompts = window.ctx.prompts
    answer = prompts.confirm

    def slow_confirm(*args: object, **kwargs: object) -> bool:
        clock.now += 7.4  # the chair reads the question before saying yes
        return answer(*args, **kwargs)  # type: ignore[arg-type]

    prompts.confirm = slow_confirm  # type: ignore[method-assign]
    qtbot.mouseClick(find(walk, QPushButton, "close_meeting_button"), Qt.MouseButton.LeftButton)
    assert service.get(DRAFT_ID).is_closed
    clock.now += 300  # looking at the closed meeting adds nothing
    walk.step_clock.refresh()
    step_after = find(walk, QLabel, "step_elapsed_label").text()
    meeting_after = find(walk, QLabel, "meeting_elapsed_label").text()
    # The close step's time includes the moment spent answering the confirmation.
    assert step_after.startswith("Time spent on this step: 0:40"), step_after

    window.close_meeting()
    walk = _open(window)
    walk.go_to(StepKey.CLOSE)
    assert find(walk, QLabel, "step_elapsed_label").text() == step_after
    assert find(walk, QLabel, "meeting_elapsed_label").text() == meeting_after

    stored = service.step_times(DRAFT_ID)
    shown = meeting_after.removeprefix("Whole meeting: ").split(" ")[0]
    minutes, seconds = (int(part) for part in shown.split(":"))
    assert sum(stored.values()) == minutes * 60 + seconds
    document = service.build_minutes(DRAFT_ID, with_chart=False)
    table = next(s for s in document.sections if s.title == "Time spent").blocks[0]
    assert table.rows[-1] == ("Whole meeting", f"{round((minutes * 60 + seconds) / 60)} min")
