"""Rounds of turns (nobody skipped without passing) and the stopwatches. Fictional names only."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis_budget import examples

from chair_app.core.turns import (
    PeopleSkipped,
    Round,
    RoundError,
    Speaker,
    StepTimes,
    Stopwatch,
    TurnState,
    format_duration,
    over_by_text,
)

PEOPLE = (
    Speaker(1, "Ada Pennywhistle"),
    Speaker(2, "Bram Ottery"),
    Speaker(3, "Cleo Marsh"),
    Speaker(4, "Dev Quill"),
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_round_next_gives_the_turn_in_order_and_shows_who_is_next() -> None:
    round_ = Round(PEOPLE)
    assert round_.current is None
    assert round_.next == PEOPLE[0]
    assert round_.advance() == PEOPLE[0]
    assert round_.current == PEOPLE[0]
    assert round_.next == PEOPLE[1]
    round_.advance()
    assert round_.state(1) is TurnState.SPOKE
    assert round_.state(2) is TurnState.SPEAKING


def test_round_giving_the_turn_past_waiting_people_is_refused_naming_them() -> None:
    round_ = Round(PEOPLE)
    with pytest.raises(PeopleSkipped) as refused:
        round_.give_turn(3)
    assert refused.value.names == ("Ada Pennywhistle", "Bram Ottery")
    assert "Ada Pennywhistle and Bram Ottery have not spoken or passed" in str(refused.value)
    assert round_.current is None
    assert all(round_.state(s.person_id) is TurnState.WAITING for s in PEOPLE)


def test_round_skipping_with_explicit_pass_marks_them_passed() -> None:
    round_ = Round(PEOPLE)
    round_.give_turn(3, pass_skipped=True)
    assert [round_.state(s.person_id) for s in PEOPLE] == [
        TurnState.PASSED, TurnState.PASSED, TurnState.SPEAKING, TurnState.WAITING
    ]


def test_round_pass_then_next_goes_to_the_following_person() -> None:
    round_ = Round(PEOPLE)
    round_.pass_(1)
    assert round_.next == PEOPLE[1]
    round_.advance()
    round_.pass_(2)  # the speaker stops and passes
    assert round_.current is None
    assert round_.state(2) is TurnState.PASSED
    assert round_.advance() == PEOPLE[2]


def test_round_cannot_finish_with_people_waiting() -> None:
    round_ = Round(PEOPLE)
    round_.advance()
    round_.advance()
    with pytest.raises(PeopleSkipped) as refused:
        round_.finish()
    assert refused.value.names == ("Cleo Marsh", "Dev Quill")
    assert round_.state(2) is TurnState.SPEAKING  # nothing changed
    round_.finish(pass_remaining=True)
    assert round_.is_complete
    assert round_.state(4) is TurnState.PASSED


def test_round_reorder_changes_who_is_next() -> None:
    round_ = Round(PEOPLE)
    round_.move(4, -10)
    assert [s.person_id for s in round_.order] == [4, 1, 2, 3]
    assert round_.next == PEOPLE[3]
    round_.move(4, 1)
    assert [s.person_id for s in round_.order] == [1, 4, 2, 3]


def test_round_sync_keeps_states_adds_newcomers_and_drops_leavers() -> None:
    round_ = Round(PEOPLE[:3])
    round_.advance()
    round_.advance()  # Bram speaking, Ada spoke
    round_.sync([PEOPLE[2], PEOPLE[0], PEOPLE[3]])  # Bram left, Dev arrived
    assert [s.person_id for s in round_.order] == [1, 3, 4]
    assert round_.state(1) is TurnState.SPOKE
    assert round_.current is None
    assert round_.next == PEOPLE[2]


def test_round_unknown_person_is_an_error() -> None:
    with pytest.raises(RoundError):
        Round(PEOPLE).give_turn(99)


_ACTIONS = st.lists(
    st.tuples(
        st.sampled_from(["give", "give_pass", "advance", "pass", "move", "finish", "finish_pass"]),
        st.sampled_from([s.person_id for s in PEOPLE]),
        st.integers(-3, 3),
    ),
    max_size=40,
)


@settings(max_examples=examples(300), deadline=None)
@given(_ACTIONS)
def test_round_nobody_is_skipped_without_being_marked_passed(actions: list) -> None:  # type: ignore[type-arg]
    """Whatever the chair does: when a waiting person gets their first turn, everyone before
    them in the order has spoken, is speaking or has passed; only an explicit pass (by the pass
    button, or by choosing to pass the skipped) ever makes someone passed; and a finished round
    has nobody waiting."""
    round_ = Round(PEOPLE)
    for action, person, offset in actions:
        before = {s.person_id: round_.state(s.person_id) for s in PEOPLE}
        order = [s.person_id for s in round_.order]
        explicit_pass = action in ("give_pass", "pass", "finish_pass")
        try:
            if action in ("give", "give_pass"):
                round_.give_turn(person, pass_skipped=action == "give_pass")
            elif action == "advance":
                round_.advance()
            elif action == "pass":
                round_.pass_(person)
            elif action == "move":
                round_.move(person, offset)
            else:
                round_.finish(pass_remaining=action == "finish_pass")
        except PeopleSkipped as refused:
            assert refused.names
            assert {s.person_id: round_.state(s.person_id) for s in PEOPLE} == before
            continue
        after = {s.person_id: round_.state(s.person_id) for s in PEOPLE}
        # Newly passed people were passed explicitly.
        newly_passed = [p for p in after if after[p] is TurnState.PASSED and before[p] is not TurnState.PASSED]
        if newly_passed:
            assert explicit_pass
        # Someone waiting who now speaks had nobody waiting before them.
        for p, state in after.items():
            if before[p] is TurnState.WAITING and state is TurnState.SPEAKING:
                earlier = order[: order.index(p)]
                assert all(after[q] is not TurnState.WAITING for q in earlier)
        # At most one person speaks.
        assert sum(state is TurnState.SPEAKING for state in after.values()) <= 1
        if action in ("finish", "finish_pass"):
            assert round_.is_complete


def test_stopwatch_runs_only_while_started() -> None:
    clock = FakeClock()
    watch = Stopwatch(clock)
    watch.start()
    clock.now += 30
    watch.stop()
    clock.now += 100
    assert watch.elapsed == 30
    watch.start()
    clock.now += 5
    assert watch.elapsed == 35


def test_step_times_accumulate_per_step_and_hand_over_whole_seconds() -> None:
    clock = FakeClock()
    times = StepTimes(clock, saved={"scaling": 60})
    times.show("attendance")
    clock.now += 90.5
    times.show("scaling")
    clock.now += 20
    assert times.spent("attendance") == 90.5
    assert times.spent("scaling") == 80
    assert times.take_unsaved() == {"attendance": 90, "scaling": 20}
    assert times.take_unsaved() == {}
    times.show("attendance")
    clock.now += 0.6
    times.show(None)  # nothing is timed while no step is being timed
    clock.now += 1000
    assert times.take_unsaved() == {"attendance": 1}  # 0.5 + 0.6: no second lost to rounding
    assert times.meeting_spent == pytest.approx(91.1 + 80)


def test_over_by_text_rounds_up_and_is_silent_within_the_plan() -> None:
    assert over_by_text(5 * 60, 5) is None
    assert over_by_text(5 * 60 + 1, 5) == "Over planned time by 1 min"
    assert over_by_text(8 * 60, 5) == "Over planned time by 3 min"
    assert format_duration(125) == "2:05"
    assert format_duration(3725) == "1:02:05"
