"""The agendas of the walk-through: the steps of each kind of meeting, each with a plain purpose.

Each meeting type's agenda is data (``resources/agendas/<type>.json``, or a local authority's own
copy). ``parse_agenda`` checks such data strictly; ``BUILT_IN_AGENDAS`` is the same content in code,
used whenever a file cannot be read or is wrong. This module does no file I/O.
"""

from __future__ import annotations

import difflib
import enum
from collections.abc import Callable
from dataclasses import dataclass, replace

from chair_app.core.domain import MeetingType
from chair_app.core.language import TRANSLATIONS_KEY, Language, translate
from chair_app.core.translated_data import (
    NO_TRANSLATIONS,
    DataTranslations,
    TextField,
    parse_translations,
    read_in,
)


class StepKey(enum.Enum):
    """Every kind of agenda step the walk-through has a page for. An agenda file names steps by
    these values; each meeting type's agenda is a selection of them, in its own order."""

    ATTENDANCE = "attendance"
    REASONS = "reasons"  # reasons for the meeting, categories of concern, progress since last
    UPDATES = "updates"  # an update from each agency and from the family
    CHILD_VIEWS = "child_views"  # each child's wishes and feelings, and how they were gathered
    DANGER_STATEMENTS = "danger_statements"
    SCALING = "scaling"
    THREE_COLUMNS = "three_columns"
    ACTIONS = "actions"
    PLAN_REVIEW = "plan_review"  # each action carried from last time: done? what difference?
    CONTINGENCY = "contingency"  # what happens if the plan fails or things change
    DECISIONS = "decisions"
    CONFERENCE_DECISION = "conference_decision"  # per child: views, tally, chair's decision
    NEXT_MEETING = "next_meeting"
    CLOSE = "close"


@dataclass(frozen=True, slots=True)
class AgendaStep:
    key: StepKey
    title: str
    purpose: str
    # The planned length of the step in minutes; None when the agenda file plans no time.
    minutes: int | None = None
    # The title and purpose in other languages (the file's "translations"; see
    # core.translated_data).
    translations: DataTranslations = NO_TRANSLATIONS

    def in_language(self, language: Language) -> AgendaStep:
        """This step with its title and purpose in ``language`` (English where the agenda gives
        no translation); itself when nothing changes."""
        shown = {"title": self.title, "purpose": self.purpose}
        values, translations = read_in(self.translations, shown, language)
        if values == shown and translations == self.translations:
            return self
        return replace(
            self,
            title=str(values["title"]),
            purpose=str(values["purpose"]),
            translations=translations,
        )


def agenda_in_language(steps: tuple[AgendaStep, ...], language: Language) -> tuple[AgendaStep, ...]:
    """Every step of an agenda in ``language`` (the window passes the display language, the
    minutes their reader's)."""
    return tuple(step.in_language(language) for step in steps)


class AgendaError(Exception):
    """An agenda file's content is not a valid agenda. The message names the file and the problem,
    in words an administrator can act on."""


AGENDA_FORMAT = 1
"""The version of the agenda file format this app reads."""
MAX_TITLE_LENGTH = 80
MAX_PURPOSE_LENGTH = 300
_FILE_FIELDS = ("format", "meeting_type", "steps")
_STEP_FIELDS = ("key", "title", "purpose")
_OPTIONAL_STEP_FIELDS = ("minutes", TRANSLATIONS_KEY)
MAX_STEP_MINUTES = 240
_Fail = Callable[[str], AgendaError]  # makes the error for a problem, naming the file
_TRANSLATED_FIELDS = {
    "title": TextField(MAX_TITLE_LENGTH, one_line=True),
    "purpose": TextField(MAX_PURPOSE_LENGTH),
}


# The Core Group steps, shared by the agendas that use the same wording.
_WELCOME = AgendaStep(
    StepKey.ATTENDANCE,
    "Welcome and introductions",
    "Everyone says who they are and what they do, and we note who is here and who is not.",
)
_DANGER_STATEMENTS = AgendaStep(
    StepKey.DANGER_STATEMENTS,
    "Danger statements and safety goals",
    "We read out what we are worried could happen to the children, and what safe looks like.",
)
_SCALING = AgendaStep(
    StepKey.SCALING,
    "Scaling",
    "Each person here gives a score from 0 to 10 for how safe the children are now, and says why.",
)
_THREE_COLUMNS = AgendaStep(
    StepKey.THREE_COLUMNS,
    "The three columns",
    "We talk about what we are worried about, what is working well and what needs to happen.",
)
_ACTIONS = AgendaStep(
    StepKey.ACTIONS,
    "Actions",
    "We agree who will do what, by when, and which safety goal it helps.",
)
_DECISIONS = AgendaStep(
    StepKey.DECISIONS,
    "Decisions and votes",
    "When the meeting must decide something, the professionals here vote and we write down why.",
)
_NEXT_MEETING = AgendaStep(
    StepKey.NEXT_MEETING,
    "Next meeting",
    "We fix the date, time and place of the next meeting before anyone leaves.",
)
_CLOSE = AgendaStep(
    StepKey.CLOSE,
    "Close",
    "We check nothing is missing, then the chair closes the meeting.",
)
_UPDATES = AgendaStep(
    StepKey.UPDATES,
    "Updates from the family and each agency",
    "The family speaks first, then each worker says what has gone well and what has worried them.",
)
_CHILDREN_VIEWS = AgendaStep(
    StepKey.CHILD_VIEWS,
    "The children's views",
    "We hear what each child thinks and feels about their life, and how we asked them.",
)
_CONTINGENCY = AgendaStep(
    StepKey.CONTINGENCY,
    "Contingency plan",
    "We agree what will happen if the plan does not work or things change.",
)
_PLAN_REVIEW = AgendaStep(
    StepKey.PLAN_REVIEW,
    "Review of the plan",
    "We go through each action from last time, if it was done and what difference it made.",
)
_CONFERENCE_UPDATES = AgendaStep(
    StepKey.UPDATES,
    "Information from the family and agencies",
    "The family speaks first, then each worker shares what they know about the children.",
)

CORE_GROUP_AGENDA: tuple[AgendaStep, ...] = (
    _WELCOME,
    _DANGER_STATEMENTS,
    _SCALING,
    _THREE_COLUMNS,
    _ACTIONS,
    _DECISIONS,
    _NEXT_MEETING,
    _CLOSE,
)
"""The first agenda the walk-through had: the Core Group steps that have a page of their own."""


def _core_group_agenda(reasons: AgendaStep) -> tuple[AgendaStep, ...]:
    return (
        _WELCOME,
        reasons,
        _UPDATES,
        _CHILDREN_VIEWS,
        _PLAN_REVIEW,
        _DANGER_STATEMENTS,
        _SCALING,
        _THREE_COLUMNS,
        _ACTIONS,
        _CONTINGENCY,
        _DECISIONS,
        _NEXT_MEETING,
        _CLOSE,
    )


_SINCE_LAST_TIME = AgendaStep(
    StepKey.REASONS,
    "What has happened since last time",
    "We hear what has happened for the children and the family since the last meeting.",
)

BUILT_IN_AGENDAS: dict[MeetingType, tuple[AgendaStep, ...]] = {
    MeetingType.FIRST_CORE_GROUP: _core_group_agenda(
        AgendaStep(
            StepKey.REASONS,
            "What the conference asked for",
            "We go over why the children have a plan and what the conference asked this group to do.",
        )
    ),
    MeetingType.CORE_GROUP: _core_group_agenda(_SINCE_LAST_TIME),
    MeetingType.CHILD_IN_NEED: _core_group_agenda(_SINCE_LAST_TIME),
    MeetingType.INITIAL_CONFERENCE: (
        _WELCOME,
        AgendaStep(
            StepKey.REASONS,
            "Reasons for the conference",
            "The chair explains why we are meeting and what kind of harm people are worried about.",
        ),
        _CONFERENCE_UPDATES,
        _CHILDREN_VIEWS,
        _DANGER_STATEMENTS,
        _THREE_COLUMNS,
        _SCALING,
        AgendaStep(
            StepKey.CONFERENCE_DECISION,
            "Decision for each child",
            "Each professional says if they think each child needs a child protection plan, "
            "then the chair decides.",
        ),
        AgendaStep(
            StepKey.ACTIONS,
            "The outline plan",
            "If there is a plan, we agree what must happen first, who will do it and by when.",
        ),
        _CONTINGENCY,
        _NEXT_MEETING,
        _CLOSE,
    ),
    MeetingType.REVIEW_CONFERENCE: (
        _WELCOME,
        AgendaStep(
            StepKey.REASONS,
            "Progress since the last conference",
            "We look at what has changed for the children since the last conference.",
        ),
        _CONFERENCE_UPDATES,
        _CHILDREN_VIEWS,
        _PLAN_REVIEW,
        _DANGER_STATEMENTS,
        _THREE_COLUMNS,
        _SCALING,
        AgendaStep(
            StepKey.CONFERENCE_DECISION,
            "Decision for each child",
            "Each professional says if the child protection plan should carry on or end, "
            "then the chair decides.",
        ),
        AgendaStep(
            StepKey.ACTIONS,
            "Actions",
            "If the plan carries on, we agree who will do what and by when.",
        ),
        _CONTINGENCY,
        _NEXT_MEETING,
        _CLOSE,
    ),
    MeetingType.LOOKED_AFTER_REVIEW: (
        _WELCOME,
        AgendaStep(
            StepKey.CHILD_VIEWS,
            "The child's views",
            "We start with what the child thinks and feels about where they live and their plan.",
        ),
        AgendaStep(
            StepKey.UPDATES,
            "Updates from carers, family and agencies",
            "The carers, the family and each worker say how things are going for the child.",
        ),
        AgendaStep(
            StepKey.REASONS,
            "The care plan",
            "We check the care plan: where the child lives, health, school, time with family "
            "and the future.",
        ),
        AgendaStep(
            StepKey.ACTIONS,
            "Actions",
            "We agree who will do what, and by when.",
        ),
        AgendaStep(
            StepKey.DECISIONS,
            "Decisions",
            "The chair says what has been decided about the care plan, and we write down why.",
        ),
        _NEXT_MEETING,
        _CLOSE,
    ),
    MeetingType.STRATEGY: (
        _WELCOME,
        AgendaStep(
            StepKey.REASONS,
            "Why we are meeting",
            "The chair says what has happened and why we need to meet today.",
        ),
        AgendaStep(
            StepKey.UPDATES,
            "What each agency knows",
            "Each agency shares what it knows about the children and the family.",
        ),
        _THREE_COLUMNS,
        AgendaStep(
            StepKey.DECISIONS,
            "Decisions",
            "We decide whether to look more closely into what happened, and how to keep "
            "the children safe now.",
        ),
        AgendaStep(
            StepKey.ACTIONS,
            "Actions",
            "We agree who will do what, by when, and who will tell the family what we decided.",
        ),
        _NEXT_MEETING,
        _CLOSE,
    ),
}

DEFAULT_STEP_MINUTES: dict[StepKey, int] = {
    StepKey.ATTENDANCE: 10,
    StepKey.REASONS: 10,
    StepKey.UPDATES: 20,
    StepKey.CHILD_VIEWS: 10,
    StepKey.PLAN_REVIEW: 15,
    StepKey.DANGER_STATEMENTS: 10,
    StepKey.SCALING: 10,
    StepKey.THREE_COLUMNS: 20,
    StepKey.ACTIONS: 15,
    StepKey.CONTINGENCY: 5,
    StepKey.DECISIONS: 10,
    StepKey.CONFERENCE_DECISION: 15,
    StepKey.NEXT_MEETING: 5,
    StepKey.CLOSE: 5,
}
"""The planned minutes of each step in the built-in agendas (and the bundled files)."""

WELSH_STEP_TEXTS: dict[str, str] = {
    "Welcome and introductions": "Croeso a chyflwyniadau",
    "Everyone says who they are and what they do, and we note who is here and who is not.": (
        "Mae pawb yn dweud pwy ydyn nhw a beth maen nhw'n ei wneud, ac rydym yn nodi pwy sydd "
        "yma a phwy sydd ddim."
    ),
    "Danger statements and safety goals": "Datganiadau perygl a nodau diogelwch",
    "We read out what we are worried could happen to the children, and what safe looks like.": (
        "Rydym yn darllen yn uchel yr hyn rydym yn poeni y gallai ddigwydd i'r plant, a sut "
        "beth yw bod yn ddiogel."
    ),
    "Scaling": "Graddio",
    "Each person here gives a score from 0 to 10 for how safe the children are now, and says "
    "why.": (
        "Mae pob un sydd yma yn rhoi sgôr o 0 i 10 am ba mor ddiogel yw'r plant nawr, ac yn "
        "dweud pam."
    ),
    "The three columns": "Y tair colofn",
    "We talk about what we are worried about, what is working well and what needs to "
    "happen.": (
        "Rydym yn trafod beth sy'n ein poeni, beth sy'n gweithio'n dda a beth sydd angen "
        "digwydd."
    ),
    "Actions": "Camau gweithredu",
    "We agree who will do what, by when, and which safety goal it helps.": (
        "Rydym yn cytuno pwy fydd yn gwneud beth, erbyn pryd, a pha nod diogelwch y mae'n ei "
        "gefnogi."
    ),
    "Decisions and votes": "Penderfyniadau a phleidleisiau",
    "When the meeting must decide something, the professionals here vote and we write down "
    "why.": (
        "Pan fydd rhaid i'r cyfarfod benderfynu rhywbeth, mae'r gweithwyr proffesiynol sydd "
        "yma yn pleidleisio ac rydym yn cofnodi pam."
    ),
    "Next meeting": "Y cyfarfod nesaf",
    "We fix the date, time and place of the next meeting before anyone leaves.": (
        "Rydym yn pennu dyddiad, amser a lleoliad y cyfarfod nesaf cyn i neb adael."
    ),
    "Close": "Cloi",
    "We check nothing is missing, then the chair closes the meeting.": (
        "Rydym yn gwirio nad oes dim ar goll, ac yna mae'r cadeirydd yn cloi'r cyfarfod."
    ),
    "Updates from the family and each agency": "Diweddariadau gan y teulu a phob asiantaeth",
    "The family speaks first, then each worker says what has gone well and what has worried "
    "them.": (
        "Y teulu sy'n siarad gyntaf, yna mae pob gweithiwr yn dweud beth sydd wedi mynd yn dda "
        "a beth sydd wedi peri pryder iddyn nhw."
    ),
    "The children's views": "Barn y plant",
    "We hear what each child thinks and feels about their life, and how we asked them.": (
        "Rydym yn clywed beth mae pob plentyn yn ei feddwl a'i deimlo am eu bywyd, a sut y "
        "gwnaethom ofyn iddyn nhw."
    ),
    "Contingency plan": "Cynllun wrth gefn",
    "We agree what will happen if the plan does not work or things change.": (
        "Rydym yn cytuno beth fydd yn digwydd os na fydd y cynllun yn gweithio neu os bydd "
        "pethau'n newid."
    ),
    "Review of the plan": "Adolygu'r cynllun",
    "We go through each action from last time, if it was done and what difference it made.": (
        "Rydym yn mynd drwy bob cam gweithredu o'r tro diwethaf: a gafodd ei wneud, a pha "
        "wahaniaeth a wnaeth."
    ),
    "Information from the family and agencies": "Gwybodaeth gan y teulu a'r asiantaethau",
    "The family speaks first, then each worker shares what they know about the children.": (
        "Y teulu sy'n siarad gyntaf, yna mae pob gweithiwr yn rhannu'r hyn y mae'n ei wybod am "
        "y plant."
    ),
    "What has happened since last time": "Beth sydd wedi digwydd ers y tro diwethaf",
    "We hear what has happened for the children and the family since the last meeting.": (
        "Rydym yn clywed beth sydd wedi digwydd i'r plant a'r teulu ers y cyfarfod diwethaf."
    ),
    "What the conference asked for": "Beth ofynnodd y gynhadledd amdano",
    "We go over why the children have a plan and what the conference asked this group to "
    "do.": (
        "Rydym yn edrych eto ar pam mae gan y plant gynllun a beth ofynnodd y gynhadledd i'r "
        "grŵp hwn ei wneud."
    ),
    "Reasons for the conference": "Rhesymau dros y gynhadledd",
    "The chair explains why we are meeting and what kind of harm people are worried about.": (
        "Mae'r cadeirydd yn esbonio pam rydym yn cyfarfod a pha fath o niwed y mae pobl yn "
        "poeni amdano."
    ),
    "Decision for each child": "Penderfyniad ar gyfer pob plentyn",
    "Each professional says if they think each child needs a child protection plan, then the "
    "chair decides.": (
        "Mae pob gweithiwr proffesiynol yn dweud a yw'n credu bod angen cynllun amddiffyn "
        "plant ar bob plentyn, ac yna mae'r cadeirydd yn penderfynu."
    ),
    "The outline plan": "Y cynllun amlinellol",
    "If there is a plan, we agree what must happen first, who will do it and by when.": (
        "Os oes cynllun, rydym yn cytuno beth sy'n rhaid digwydd gyntaf, pwy fydd yn ei wneud "
        "ac erbyn pryd."
    ),
    "Progress since the last conference": "Cynnydd ers y gynhadledd ddiwethaf",
    "We look at what has changed for the children since the last conference.": (
        "Rydym yn edrych ar beth sydd wedi newid i'r plant ers y gynhadledd ddiwethaf."
    ),
    "Each professional says if the child protection plan should carry on or end, then the "
    "chair decides.": (
        "Mae pob gweithiwr proffesiynol yn dweud a ddylai'r cynllun amddiffyn plant barhau neu "
        "ddod i ben, ac yna mae'r cadeirydd yn penderfynu."
    ),
    "If the plan carries on, we agree who will do what and by when.": (
        "Os bydd y cynllun yn parhau, rydym yn cytuno pwy fydd yn gwneud beth ac erbyn pryd."
    ),
    "The child's views": "Barn y plentyn",
    "We start with what the child thinks and feels about where they live and their plan.": (
        "Rydym yn dechrau gyda'r hyn mae'r plentyn yn ei feddwl a'i deimlo am ble mae'n byw ac "
        "am ei gynllun."
    ),
    "Updates from carers, family and agencies": (
        "Diweddariadau gan ofalwyr, y teulu ac asiantaethau"
    ),
    "The carers, the family and each worker say how things are going for the child.": (
        "Mae'r gofalwyr, y teulu a phob gweithiwr yn dweud sut mae pethau'n mynd i'r plentyn."
    ),
    "The care plan": "Y cynllun gofal",
    "We check the care plan: where the child lives, health, school, time with family and the "
    "future.": (
        "Rydym yn gwirio'r cynllun gofal: ble mae'r plentyn yn byw, iechyd, ysgol, amser gyda'r "
        "teulu a'r dyfodol."
    ),
    "We agree who will do what, and by when.": (
        "Rydym yn cytuno pwy fydd yn gwneud beth, ac erbyn pryd."
    ),
    "Decisions": "Penderfyniadau",
    "The chair says what has been decided about the care plan, and we write down why.": (
        "Mae'r cadeirydd yn dweud beth sydd wedi'i benderfynu am y cynllun gofal, ac rydym yn "
        "cofnodi pam."
    ),
    "Why we are meeting": "Pam rydym yn cyfarfod",
    "The chair says what has happened and why we need to meet today.": (
        "Mae'r cadeirydd yn dweud beth sydd wedi digwydd a pham mae angen i ni gyfarfod heddiw."
    ),
    "What each agency knows": "Beth mae pob asiantaeth yn ei wybod",
    "Each agency shares what it knows about the children and the family.": (
        "Mae pob asiantaeth yn rhannu'r hyn mae'n ei wybod am y plant a'r teulu."
    ),
    "We decide whether to look more closely into what happened, and how to keep the children "
    "safe now.": (
        "Rydym yn penderfynu a ddylid edrych yn fanylach ar beth ddigwyddodd, a sut i gadw'r "
        "plant yn ddiogel nawr."
    ),
    "We agree who will do what, by when, and who will tell the family what we decided.": (
        "Rydym yn cytuno pwy fydd yn gwneud beth, erbyn pryd, a phwy fydd yn dweud wrth y "
        "teulu beth a benderfynwyd."
    ),
}
"""The Welsh of every title and purpose of the built-in agendas (and the bundled files, which
carry the same Welsh in their "translations"), waiting for review by a Welsh speaker."""


def _with_welsh(step: AgendaStep) -> AgendaStep:
    texts = tuple(
        (Language.WELSH.value, field, WELSH_STEP_TEXTS[english])
        for field, english in (("title", step.title), ("purpose", step.purpose))
    )
    return replace(step, translations=DataTranslations(texts))


BUILT_IN_AGENDAS = {
    meeting_type: tuple(
        _with_welsh(replace(step, minutes=DEFAULT_STEP_MINUTES[step.key])) for step in steps
    )
    for meeting_type, steps in BUILT_IN_AGENDAS.items()
}
"""The agenda of every meeting type, used when its agenda file cannot be used. The bundled files
in ``resources/agendas/`` hold the same content (a test checks they agree)."""


def parse_agenda(
    data: object, source_name: str, expected_type: MeetingType
) -> tuple[AgendaStep, ...]:
    """Check the decoded content of an agenda file and return its steps.

    The content must be ``{"format": 1, "meeting_type": ..., "steps": [...]}`` and nothing else.
    Each step is ``{"key": ..., "title": ..., "purpose": ...}``, optionally with
    ``"minutes"`` (the planned length, a whole number from 1 to 240), and nothing else: a known
    ``StepKey`` value used once, a title of 1 to 80 characters on one line and a purpose of 1 to
    300 characters (surrounding spaces are removed first). The agenda starts with ``attendance``,
    ends with ``close``, and has a ``next_meeting`` step.

    Args:
        data: the file's content as ``json.loads`` returns it.
        source_name: how to name the file in error messages, e.g. its path.
        expected_type: the meeting type the file is meant for.

    Returns:
        The steps, in the file's order.

    Raises:
        AgendaError: at the first problem found; the message is ``"<source_name>: <problem>"``.
    """

    def fail(problem: str) -> AgendaError:
        return AgendaError(f"{source_name}: {problem}")

    if not isinstance(data, dict):
        raise fail(f"the file must hold a JSON object, not {_kind(data)}")
    for name in data:
        if name not in _FILE_FIELDS:
            raise fail(f"unexpected field {_show(name)} (allowed: {', '.join(_FILE_FIELDS)})")
    for name in _FILE_FIELDS:
        if name not in data:
            raise fail(f"the field '{name}' is missing")
    version = data["format"]
    if isinstance(version, bool) or not isinstance(version, int) or version != AGENDA_FORMAT:
        raise fail(f"format must be {AGENDA_FORMAT}, not {_show(version)}")
    if data["meeting_type"] != expected_type.value:
        raise fail(
            f"meeting_type is {_show(data['meeting_type'])}, "
            f"but this file must be for '{expected_type.value}'"
        )
    raw_steps = data["steps"]
    if not isinstance(raw_steps, list):
        raise fail(f"steps must be a list, not {_kind(raw_steps)}")
    if not raw_steps:
        raise fail("steps is empty")

    steps: list[AgendaStep] = []
    seen: dict[StepKey, int] = {}
    for number, raw in enumerate(raw_steps, start=1):
        step = _parse_step(raw, f"step {number}", fail)
        if step.key in seen:
            raise fail(
                f"step {number} repeats the key '{step.key.value}' (already step {seen[step.key]})"
            )
        seen[step.key] = number
        steps.append(step)

    if steps[0].key is not StepKey.ATTENDANCE:
        raise fail(
            f"the first step must be '{StepKey.ATTENDANCE.value}', not '{steps[0].key.value}'"
        )
    if steps[-1].key is not StepKey.CLOSE:
        raise fail(f"the last step must be '{StepKey.CLOSE.value}', not '{steps[-1].key.value}'")
    # close is last and used once, so a next_meeting step anywhere comes before it.
    if StepKey.NEXT_MEETING not in seen:
        raise fail(
            f"there is no '{StepKey.NEXT_MEETING.value}' step; "
            f"it must come before '{StepKey.CLOSE.value}'"
        )
    return tuple(steps)


def _parse_step(raw: object, name: str, fail: _Fail) -> AgendaStep:
    if not isinstance(raw, dict):
        raise fail(f"{name} must be an object with key, title and purpose, not {_kind(raw)}")
    for field in raw:
        if field not in _STEP_FIELDS and field not in _OPTIONAL_STEP_FIELDS:
            raise fail(f"{name} has an unexpected field {_show(field)}")
    for field in _STEP_FIELDS:
        if field not in raw:
            raise fail(f"{name} is missing '{field}'")
    key = raw["key"]
    if not isinstance(key, str):
        raise fail(f"{name} key must be text, not {_show(key)}")
    try:
        step_key = StepKey(key)
    except ValueError:
        known = [k.value for k in StepKey]
        close = difflib.get_close_matches(key, known, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else f" (known keys: {', '.join(known)})"
        raise fail(f"{name} has an unknown key {_show(key)}{hint}") from None
    title = _text(raw["title"], f"{name} title", MAX_TITLE_LENGTH, fail)
    if "\n" in title or "\r" in title:
        raise fail(f"{name} title must be on one line")
    purpose = _text(raw["purpose"], f"{name} purpose", MAX_PURPOSE_LENGTH, fail)
    minutes: int | None = None
    if "minutes" in raw:
        value = raw["minutes"]
        if (
            isinstance(value, bool)
            or not isinstance(value, int)
            or not 1 <= value <= MAX_STEP_MINUTES
        ):
            raise fail(
                f"{name} minutes must be a whole number from 1 to {MAX_STEP_MINUTES}, "
                f"not {_show(value)}"
            )
        minutes = value
    translations = parse_translations(raw, name, _TRANSLATED_FIELDS, fail)
    return AgendaStep(step_key, title, purpose, minutes, translations)


def planned_minutes(steps: tuple[AgendaStep, ...]) -> int | None:
    """The planned length of a meeting: the sum of its steps' planned minutes, or None when
    no step has a plan."""
    planned = [step.minutes for step in steps if step.minutes is not None]
    return sum(planned) if planned else None


def _text(value: object, name: str, limit: int, fail: _Fail) -> str:
    if not isinstance(value, str):
        raise fail(f"{name} must be text, not {_show(value)}")
    text = value.strip()
    if not text:
        raise fail(f"{name} is empty")
    if len(text) > limit:
        raise fail(f"{name} is {len(text)} characters long; at most {limit} are allowed")
    return text


def _kind(value: object) -> str:
    """What sort of JSON value this is, in words."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _show(value: object) -> str:
    """A short JSON value as it would be written in the file; a container by its kind."""
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"'{shown}'"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return _kind(value)


# What the ends of the safety scale mean (Signs of Safety wording, Parker; Southwark).
SCALE_ZERO_MEANS = (
    "0 means things are so unsafe that the children cannot stay at home, "
    "or going to court is being considered."
)
SCALE_TEN_MEANS = (
    "10 means everyone agrees the children are safe enough for the child protection plan to end."
)
OVERALL_SCALE_NAME = "Overall safety"
"""The name of the overall scale as the record keeps it (a key: compare with this, and show
``overall_scale_name()``)."""


@dataclass(frozen=True, slots=True)
class _Reader:
    """Texts in one language: ``_Reader(language).translate("Agenda", "...")``. pyside6-lupdate
    extracts a ``translate`` call only when it has no third argument that is not a literal, so
    the language is bound here rather than passed to ``core.language.translate``."""

    language: Language | None

    def translate(self, context: str, text: str) -> str:
        return translate(context, text, self.language)


def scale_meanings(language: Language | None = None) -> tuple[str, str]:
    """What 0 and 10 on the safety scale mean, in ``language`` (the window's unless given: the
    minutes pass their reader's)."""
    reader = _Reader(language)
    return (
        reader.translate(
            "Agenda",
            "0 means things are so unsafe that the children cannot stay at home, "
            "or going to court is being considered.",
        ),
        reader.translate(
            "Agenda",
            "10 means everyone agrees the children are safe enough for the child protection plan "
            "to end.",
        ),
    )


def overall_scale_name(language: Language | None = None) -> str:
    """``OVERALL_SCALE_NAME`` as shown in ``language`` (the window's unless given)."""
    return _Reader(language).translate("Agenda", "Overall safety")
