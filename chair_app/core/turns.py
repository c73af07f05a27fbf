"""Turns and time: a round of speakers, and stopwatches for speakers and agenda steps.

A ``Round`` goes through the people present in speaking order. The chair gives the turn; "next"
gives it to the first person in order who has not yet spoken or passed, so nobody is missed.
Giving the turn to someone further down while people before them are still waiting is refused
(``PeopleSkipped`` names them) unless the chair explicitly marks those people as having passed.
A round cannot be finished while anyone is still waiting, for the same reason.

``Stopwatch`` and ``StepTimes`` take a clock (seconds, monotonic) so that tests can drive time.
Nothing here knows about Qt or the database.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from chair_app.core.language import translate

Clock = Callable[[], float]
"""Seconds from a monotonic clock, e.g. ``time.monotonic``."""


class TurnState(enum.Enum):
    WAITING = "waiting"
    SPEAKING = "speaking"
    SPOKE = "spoke"
    PASSED = "passed"

    @property
    def label(self) -> str:
        if self.value == "waiting":
            return translate("Turns", "Waiting")
        if self.value == "speaking":
            return translate("Turns", "Speaking now")
        if self.value == "spoke":
            return translate("Turns", "Has spoken")
        return translate("Turns", "Passed")


class PeopleSkipped(Exception):
    """The round would move past people who have neither spoken nor passed.

    Attributes:
        names: those people's names, in speaking order.
    """

    def __init__(self, names: tuple[str, ...], doing: str) -> None:
        self.names = names
        who = _join(names)
        if len(names) == 1:
            message = translate(
                "Turns",
                "{who} has not spoken or passed yet. Give them the turn, or mark them as "
                "passed, before {doing}.",
            )
        else:
            message = translate(
                "Turns",
                "{who} have not spoken or passed yet. Give them the turn, or mark them as "
                "passed, before {doing}.",
            )
        super().__init__(message.format(who=who, doing=doing))


class RoundError(Exception):
    """A turn action that does not apply, e.g. the person is not in the round."""


@dataclass(frozen=True, slots=True)
class Speaker:
    person_id: int
    name: str


class Round:
    """One round of turns over the people present, in speaking order.

    Args:
        speakers: the people present, in the order they will speak.
    """

    def __init__(self, speakers: Iterable[Speaker]) -> None:
        self._order: list[Speaker] = []
        self._state: dict[int, TurnState] = {}
        for speaker in speakers:
            if speaker.person_id in self._state:
                continue
            self._order.append(speaker)
            self._state[speaker.person_id] = TurnState.WAITING
        self._current: int | None = None

    @property
    def order(self) -> tuple[Speaker, ...]:
        return tuple(self._order)

    def state(self, person_id: int) -> TurnState:
        self._check(person_id)
        return self._state[person_id]

    @property
    def current(self) -> Speaker | None:
        """Who is speaking now, if anyone."""
        return self._speaker(self._current) if self._current is not None else None

    @property
    def next(self) -> Speaker | None:
        """Who speaks next: the first person in order still waiting (not the one speaking)."""
        return next((s for s in self._order if self._state[s.person_id] is TurnState.WAITING), None)

    @property
    def waiting(self) -> tuple[Speaker, ...]:
        return tuple(s for s in self._order if self._state[s.person_id] is TurnState.WAITING)

    @property
    def is_complete(self) -> bool:
        """Everyone has spoken or passed, and nobody is speaking."""
        return self._current is None and not self.waiting

    def give_turn(self, person_id: int, *, pass_skipped: bool = False) -> None:
        """Give the turn to a person; whoever was speaking has spoken.

        Someone who has spoken or passed may be given the turn again. A waiting person may only
        be given the turn when nobody before them in order is still waiting.

        Args:
            pass_skipped: mark the waiting people before this person as passed (the chair has
                asked them and they chose not to speak now).

        Raises:
            PeopleSkipped: people before this person are waiting (and ``pass_skipped`` is false).
            RoundError: the person is not in the round.
        """
        self._check(person_id)
        if self._state[person_id] is TurnState.WAITING:
            skipped = self._waiting_before(person_id)
            if skipped and not pass_skipped:
                raise PeopleSkipped(
                    tuple(s.name for s in skipped),
                    translate("Turns", "giving the turn to {name}").format(
                        name=self._speaker(person_id).name
                    ),
                )
            for speaker in skipped:
                self._state[speaker.person_id] = TurnState.PASSED
        self._end_current()
        self._state[person_id] = TurnState.SPEAKING
        self._current = person_id

    def advance(self) -> Speaker | None:
        """Whoever is speaking has spoken; the turn goes to the next person waiting.

        Returns:
            The new speaker, or None when nobody is left waiting.
        """
        self._end_current()
        following = self.next
        if following is not None:
            self._state[following.person_id] = TurnState.SPEAKING
            self._current = following.person_id
        return following

    def pass_(self, person_id: int) -> None:
        """The person passes: they choose not to speak in this round (or stop speaking)."""
        self._check(person_id)
        if self._current == person_id:
            self._current = None
        self._state[person_id] = TurnState.PASSED

    def finish(self, *, pass_remaining: bool = False) -> None:
        """End the round: whoever is speaking has spoken.

        Raises:
            PeopleSkipped: people are still waiting (and ``pass_remaining`` is false); nothing
                changes.
        """
        remaining = self.waiting
        if remaining and not pass_remaining:
            raise PeopleSkipped(
                tuple(s.name for s in remaining), translate("Turns", "ending the round")
            )
        for speaker in remaining:
            self._state[speaker.person_id] = TurnState.PASSED
        self._end_current()

    def move(self, person_id: int, offset: int) -> None:
        """Move a person up (negative) or down (positive) the speaking order."""
        self._check(person_id)
        index = next(i for i, s in enumerate(self._order) if s.person_id == person_id)
        target = max(0, min(len(self._order) - 1, index + offset))
        speaker = self._order.pop(index)
        self._order.insert(target, speaker)

    def sync(self, speakers: Iterable[Speaker]) -> None:
        """The people present changed: keep everyone still here in their order and state, add
        newcomers at the end as waiting, and drop those who left (and the turn, if theirs)."""
        present = {s.person_id: s for s in speakers}
        self._order = [present[s.person_id] for s in self._order if s.person_id in present]
        for person_id in list(self._state):
            if person_id not in present:
                del self._state[person_id]
        if self._current not in self._state:
            self._current = None
        for person_id, speaker in present.items():
            if person_id not in self._state:
                self._order.append(speaker)
                self._state[person_id] = TurnState.WAITING

    def restart(self) -> None:
        """A new round over the same people in the same order: everyone is waiting again."""
        self._current = None
        for speaker in self._order:
            self._state[speaker.person_id] = TurnState.WAITING

    def _end_current(self) -> None:
        if self._current is not None:
            self._state[self._current] = TurnState.SPOKE
            self._current = None

    def _waiting_before(self, person_id: int) -> list[Speaker]:
        before: list[Speaker] = []
        for speaker in self._order:
            if speaker.person_id == person_id:
                return before
            if self._state[speaker.person_id] is TurnState.WAITING:
                before.append(speaker)
        return before

    def _speaker(self, person_id: int) -> Speaker:
        return next(s for s in self._order if s.person_id == person_id)

    def _check(self, person_id: int) -> None:
        if person_id not in self._state:
            raise RoundError(
                translate("Turns", "That person is not in this round (are they marked present?).")
            )


def _join(names: tuple[str, ...]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return translate("Turns", "{names} and {last}").format(
        names=", ".join(names[:-1]), last=names[-1]
    )


class Stopwatch:
    """Time that runs while started, from an injected monotonic clock (seconds)."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._total = 0.0
        self._since: float | None = None

    @property
    def running(self) -> bool:
        return self._since is not None

    def start(self) -> None:
        if self._since is None:
            self._since = self._clock()

    def stop(self) -> None:
        if self._since is not None:
            self._total += max(0.0, self._clock() - self._since)
            self._since = None

    def reset(self) -> None:
        self._total = 0.0
        self._since = self._clock() if self._since is not None else None

    @property
    def elapsed(self) -> float:
        """Seconds run so far."""
        running = max(0.0, self._clock() - self._since) if self._since is not None else 0.0
        return self._total + running


class StepTimes:
    """The time spent on each agenda step while it is shown, and what is not yet saved.

    Args:
        clock: a monotonic clock in seconds.
        saved: the seconds already stored for each step (from earlier sittings).
    """

    def __init__(self, clock: Clock, saved: dict[str, float] | None = None) -> None:
        self._clock = clock
        self._saved: dict[str, float] = dict(saved or {})
        self._unsaved: dict[str, float] = {}
        self._step: str | None = None
        self._since = 0.0
        self._meeting = Stopwatch(clock)

    @property
    def step(self) -> str | None:
        return self._step

    def show(self, step: str | None) -> None:
        """The step now on screen (None: no step is being timed, e.g. the meeting is closed)."""
        self._bank()
        self._step = step
        self._since = self._clock()
        if step is None:
            self._meeting.stop()
        else:
            self._meeting.start()

    def _bank(self) -> None:
        if self._step is not None:
            now = self._clock()
            self._unsaved[self._step] = self._unsaved.get(self._step, 0.0) + max(0.0, now - self._since)
            self._since = now

    def spent(self, step: str) -> float:
        """Seconds spent on a step in all, saved or not, including the present showing."""
        total = self._saved.get(step, 0.0) + self._unsaved.get(step, 0.0)
        if step == self._step:
            total += max(0.0, self._clock() - self._since)
        return total

    @property
    def meeting_spent(self) -> float:
        """Seconds spent on all steps, saved or not."""
        steps = set(self._saved) | set(self._unsaved) | ({self._step} if self._step else set())
        return sum(self.spent(step) for step in steps)

    def take_unsaved(self) -> dict[str, int]:
        """The whole seconds spent since the last save, per step, counted as saved from now.
        Fractions of a second stay for the next save, so nothing is lost by rounding."""
        self._bank()
        taken: dict[str, int] = {}
        for step, seconds in self._unsaved.items():
            whole = int(seconds)
            if whole > 0:
                taken[step] = whole
                self._unsaved[step] = seconds - whole
                self._saved[step] = self._saved.get(step, 0.0) + whole
        return taken

    def put_back(self, unsaved: dict[str, int]) -> None:
        """A save failed: count these seconds as unsaved again."""
        for step, seconds in unsaved.items():
            self._saved[step] = self._saved.get(step, 0.0) - seconds
            self._unsaved[step] = self._unsaved.get(step, 0.0) + seconds


def format_duration(seconds: float) -> str:
    """``m:ss`` (or ``h:mm:ss``) for a number of seconds, rounded down."""
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def over_by_text(spent: float, planned_minutes: int) -> str | None:
    """"Over planned time by N min" once the time spent passes the plan; None before that.
    N is rounded up, so one second over reads "by 1 min"."""
    over = spent - planned_minutes * 60
    if over <= 0:
        return None
    minutes = int(-(-over // 60))
    return translate("Turns", "Over planned time by {minutes} min").format(minutes=minutes)
