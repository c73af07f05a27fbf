"""Statutory timescales: when the next meeting (or the minutes) is due, in UK working days.

Timescales differ by nation and local authority, so the numbers are data (a ``Policy`` read from
JSON by ``chair_app.services.policies``); this module only validates that data and does the date
arithmetic. No Qt, no database, no file I/O.

Rules for dates, decided once so every screen and export agrees:

* **Working days** are Monday to Friday minus that nation's bank holidays, including substitute
  days (Boxing Day on a Saturday gives a holiday on the Monday). The calendars come from the
  ``holidays`` package (``GB`` with subdivision ``ENG``/``WLS``/``SCT``/``NIR``); a one-off bank
  holiday announced after that package was released is not known until it is updated.
* **N working days after** an event: the day of the event is not counted; the N-th working day
  after it is the latest date.
* **Months** are calendar months. If the target month has no such day, the last day of that month
  is used: 31 January + 1 month = 28 February (29 in a leap year); 31 August + 1 month =
  30 September.
* **Calendar days, weeks and months** are added first. If the result is a weekend or a bank
  holiday it is moved *earlier*, to the last working day before it: a meeting cannot be held on
  a closed day, and "within 28 days" means the latest date must not go past the limit.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import enum
import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from chair_app.core.dates import format_date
from chair_app.core.language import TRANSLATIONS_KEY, Language, display_language, translate
from chair_app.core.translated_data import (
    NO_TRANSLATIONS,
    DataTranslations,
    TextField,
    parse_translations,
    read_in,
)

_ONE_DAY = dt.timedelta(days=1)


class Nation(enum.Enum):
    """A UK nation: it decides the bank holidays and the default policy."""

    ENGLAND = "england"
    WALES = "wales"
    SCOTLAND = "scotland"
    NORTHERN_IRELAND = "northern-ireland"

    @property
    def label(self) -> str:
        return _nation_labels()[self]

    @property
    def holiday_subdivision(self) -> str:
        """The ``holidays`` package's subdivision code for ``country_holidays("GB", subdiv=...)``."""
        return _HOLIDAY_SUBDIVISIONS[self]


def _nation_labels() -> dict[Nation, str]:
    return {
        Nation.ENGLAND: translate("Timescales", "England"),
        Nation.WALES: translate("Timescales", "Wales"),
        Nation.SCOTLAND: translate("Timescales", "Scotland"),
        Nation.NORTHERN_IRELAND: translate("Timescales", "Northern Ireland"),
    }


_HOLIDAY_SUBDIVISIONS = {
    Nation.ENGLAND: "ENG",
    Nation.WALES: "WLS",
    Nation.SCOTLAND: "SCT",
    Nation.NORTHERN_IRELAND: "NIR",
}


class Unit(enum.Enum):
    """The unit of a time limit, spelt in policy files as the value."""

    WORKING_DAYS = "working-days"
    CALENDAR_DAYS = "calendar-days"
    WEEKS = "weeks"
    MONTHS = "months"

    def amount(self, count: int) -> str:
        """``count`` in words with this unit: ``1 working day``, ``28 days``, ``3 months``."""
        singular, plural = _unit_words()[self]
        return (singular if count == 1 else plural).format(count=count)


def _unit_words() -> dict[Unit, tuple[str, str]]:
    return {
        Unit.WORKING_DAYS: (
            translate("Timescales", "{count} working day"),
            translate("Timescales", "{count} working days"),
        ),
        Unit.CALENDAR_DAYS: (
            translate("Timescales", "{count} day"),
            translate("Timescales", "{count} days"),
        ),
        Unit.WEEKS: (
            translate("Timescales", "{count} week"),
            translate("Timescales", "{count} weeks"),
        ),
        Unit.MONTHS: (
            translate("Timescales", "{count} month"),
            translate("Timescales", "{count} months"),
        ),
    }


# The timescales every policy must define, with a one-line meaning for people choosing one.
RULE_TYPES: Mapping[str, str] = MappingProxyType(
    {
        "initial-conference": "initial conference (Scotland: CPPM), from the strategy discussion",
        "first-core-group": "first core group, from the initial conference",
        "core-group": "next core group, from the previous core group",
        "first-review-conference": "first review conference, from the initial conference",
        "review-conference": "next review conference, from the previous review conference",
        "cin-meeting": "next child in need meeting, from the previous one",
        "first-lac-review": "first looked-after child review, from coming into care",
        "second-lac-review": "second looked-after child review, from the first review",
        "lac-review": "later looked-after child reviews, from the previous review",
        "minutes": "minutes to the social worker, from the meeting",
    }
)
REQUIRED_RULE_KEYS: tuple[str, ...] = tuple(RULE_TYPES)

# The pre-birth timescales, in a policy's optional "pre-birth" object: the first review
# conference after an initial conference held before a baby's birth is due by the earlier of
# the two dates (e.g. Tees: 3 months after the conference or 10 working days after the birth;
# Liverpool: 20 working days after the birth). A policy may give either, both or neither (a
# policy written before they existed still loads; the usual first review rule then applies).
PRE_BIRTH_RULE_TYPES: Mapping[str, str] = MappingProxyType(
    {
        "pre-birth-review-conference": (
            "first review after a pre-birth initial conference, from it (and the birth)"
        ),
        "review-after-birth": "first review after a pre-birth initial conference, from the birth",
    }
)
PRE_BIRTH_FROM_CONFERENCE = "pre-birth-review-conference"
PRE_BIRTH_FROM_BIRTH = "review-after-birth"


class PolicyError(ValueError):
    """Policy data is not valid; the message names where it came from and what is wrong."""


# Builds the PolicyError for a problem, prefixed with where the data came from.
_Fail = Callable[[str], PolicyError]


@dataclass(frozen=True, slots=True)
class DueRule:
    """One timescale: ``title`` is due within ``limit`` ``unit`` of ``anchor``.

    Attributes:
        key: the rule's type, one of ``REQUIRED_RULE_KEYS`` (e.g. ``core-group``).
        title: what is being scheduled, in plain words (``Next Core Group``).
        anchor: the event the limit counts from, in plain words (``the previous Core Group``).
        limit: how many units; at least 1.
        unit: the unit of ``limit``.
        source: a short tag for where the number comes from, shown to the user.
    """

    key: str
    title: str
    anchor: str
    limit: int
    unit: Unit
    source: str
    # The title, anchor and source in other languages (the file's "translations").
    translations: DataTranslations = NO_TRANSLATIONS

    def in_language(self, language: Language) -> DueRule:
        """This rule with its title, anchor and source in ``language`` (English where the
        policy file gives no translation)."""
        shown = {"title": self.title, "anchor": self.anchor, "source": self.source}
        values, translations = read_in(self.translations, shown, language)
        if values == shown and translations == self.translations:
            return self
        return dataclasses.replace(
            self,
            title=str(values["title"]),
            anchor=str(values["anchor"]),
            source=str(values["source"]),
            translations=translations,
        )

    def limit_in_words(self, nation: Nation | None = None) -> str:
        """``28 days``; working days also say whose bank holidays are skipped."""
        amount = self.unit.amount(self.limit)
        if self.unit is not Unit.WORKING_DAYS:
            return amount
        if nation is None:
            return translate("Timescales", "{amount} (weekends and bank holidays skipped)").format(
                amount=amount
            )
        return translate("Timescales", "{amount} ({nation} bank holidays skipped)").format(
            amount=amount, nation=nation.label
        )

    def describe(self, nation: Nation | None = None) -> str:
        """The rule as a sentence, e.g. ``Next Core Group: within 28 days of the previous Core
        Group (Barnsley core group guidance).``"""
        return translate("Timescales", "{title}: within {limit} of {anchor} ({source}).").format(
            title=self.title,
            limit=self.limit_in_words(nation),
            anchor=self.anchor,
            source=self.source,
        )


@dataclass(frozen=True, slots=True)
class Policy:
    """A named set of timescales for one nation (a national default or a local authority's own).

    ``rules`` maps each key of ``REQUIRED_RULE_KEYS`` to its rule (read-only); ``pre_birth``
    maps the keys of ``PRE_BIRTH_RULE_TYPES`` the policy gives to their rules (may be empty).
    """

    name: str
    nation: Nation
    description: str
    rules: Mapping[str, DueRule]
    pre_birth: Mapping[str, DueRule] = field(default_factory=lambda: MappingProxyType({}))
    # The description in other languages; the name stays as written (it is how a policy is
    # chosen and saved).
    translations: DataTranslations = NO_TRANSLATIONS

    def in_language(self, language: Language) -> Policy:
        """This policy with its description and rules in ``language`` (English where the file
        gives no translation)."""
        shown = {"description": self.description}
        values, translations = read_in(self.translations, shown, language)
        return dataclasses.replace(
            self,
            description=str(values["description"]),
            rules=MappingProxyType({k: r.in_language(language) for k, r in self.rules.items()}),
            pre_birth=MappingProxyType(
                {k: r.in_language(language) for k, r in self.pre_birth.items()}
            ),
            translations=translations,
        )

    def rule(self, key: str) -> DueRule:
        """The rule for ``key``, one of ``REQUIRED_RULE_KEYS`` or a pre-birth rule it gives.

        Raises:
            KeyError: the policy has no such rule.
        """
        if key in self.pre_birth:
            return self.pre_birth[key]
        return self.rules[key]


@dataclass(frozen=True, slots=True)
class Due:
    """The latest permissible date for a rule, and why, in words a chair can check by hand.

    Attributes:
        rule: the rule applied.
        anchor_date: the date of the event the limit counts from.
        latest_date: the last working day that keeps within the limit (see the module notes).
        explanation: the rule and the concrete dates as a sentence or two.
        nation: whose bank holidays were used.
        rule_text: the rule in words when it is more than ``rule`` (the pre-birth rule, the
            earlier of two dates); "" for a single rule.
    """

    rule: DueRule
    anchor_date: dt.date
    latest_date: dt.date
    explanation: str
    nation: Nation
    rule_text: str = ""

    def rule_in_words(self) -> str:
        """The rule that set the date, as a sentence naming it and its source."""
        return self.rule_text or self.rule.describe(self.nation)


# ---------------------------------------------------------------------------------------------
# Bank holidays and working days


@functools.cache
def _bank_holidays(nation: Nation, year: int) -> Mapping[dt.date, str]:
    """Bank holidays (with substitute days) of one nation and year; built once, then cached."""
    # Imported here so that starting the app, or listing commands, does not load the calendars.
    import holidays

    calendar_ = holidays.country_holidays("GB", subdiv=nation.holiday_subdivision, years=year)
    return MappingProxyType({day: name for day, name in calendar_.items() if day.year == year})


def bank_holiday_name(day: dt.date, nation: Nation) -> str | None:
    """The bank holiday on ``day`` in ``nation`` in plain words, or None if there is none.

    Substitute days read ``substitute day for Boxing Day`` rather than the package's
    ``Boxing Day (observed)``.
    """
    name = _bank_holidays(nation, day.year).get(day)
    if name is None:
        return None
    return "; ".join(_plain_holiday_name(part) for part in name.split("; "))


def _plain_holiday_name(name: str) -> str:
    observed = " (observed)"
    if name.endswith(observed):
        return f"substitute day for {name.removesuffix(observed)}"
    return name


def is_working_day(day: dt.date, nation: Nation) -> bool:
    """True on Monday to Friday unless it is a bank holiday (or substitute day) in ``nation``."""
    return day.weekday() < 5 and day not in _bank_holidays(nation, day.year)


def add_working_days(start: dt.date, count: int, nation: Nation) -> dt.date:
    """The ``count``-th working day after ``start`` (before it, if ``count`` is negative).

    ``start`` itself is never counted, so 10 working days after a Monday ICPC is the Monday two
    weeks later when there is no bank holiday. ``count == 0`` returns ``start`` unchanged.
    """
    step = _ONE_DAY if count >= 0 else -_ONE_DAY
    remaining = abs(count)
    day = start
    while remaining:
        day += step
        if is_working_day(day, nation):
            remaining -= 1
    return day


def add_months(start: dt.date, months: int) -> dt.date:
    """``start`` plus calendar months; a day the target month lacks becomes its last day.

    31 January + 1 month = 28 February (29 in a leap year).
    """
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def _add_calendar_limit(start: dt.date, limit: int, unit: Unit) -> dt.date:
    if unit is Unit.CALENDAR_DAYS:
        return start + dt.timedelta(days=limit)
    if unit is Unit.WEEKS:
        return start + dt.timedelta(weeks=limit)
    if unit is Unit.MONTHS:
        return add_months(start, limit)
    raise ValueError(f"{unit} is not a calendar unit")


# ---------------------------------------------------------------------------------------------
# Due dates


def format_long_date(day: dt.date) -> str:
    """``Wednesday 23 December 2026`` (``Dydd Mercher 23 Rhagfyr 2026`` in Welsh)."""
    if display_language() is not Language.ENGLISH:
        return format_date(day)
    return f"{_WEEKDAYS[day.weekday()]} {_date_words(day)}"


def _date_words(day: dt.date) -> str:
    # Spelt out here, not with strftime: Qt sets the process locale, and these sentences are
    # in the language shown whatever the machine's language.
    if display_language() is not Language.ENGLISH:
        return _babel_date_words(day)
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _babel_date_words(day: dt.date) -> str:
    from babel.dates import format_date as babel_format_date

    return babel_format_date(day, "d MMMM y", locale=display_language().locale_name)


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _closed_reason(day: dt.date, nation: Nation) -> str:
    holiday = bank_holiday_name(day, nation)
    if holiday is not None:
        return translate("Timescales", "a bank holiday in {nation} ({holiday})").format(
            nation=nation.label, holiday=holiday
        )
    if display_language() is not Language.ENGLISH:
        return format_date(day).rsplit(" ", 3)[0]
    return f"a {_WEEKDAYS[day.weekday()]}"


def due_date(rule: DueRule, anchor_date: dt.date, nation: Nation) -> Due:
    """The latest date that keeps within ``rule`` after ``anchor_date``, in ``nation``.

    Working days: the ``limit``-th working day after the anchor (the anchor day is not counted).

    Calendar days, weeks and months: the limit is added (months by the month-end rule in the
    module notes); a weekend or bank holiday is then moved *earlier* to the last working day
    before it, because the meeting cannot be held on a closed day and must not go past the limit.
    The result is always after the anchor: if every day from the anchor to the limit is closed
    (only possible with a limit of a few days), the first working day after the limit is given
    instead, and the explanation says the limit cannot be met.

    Args:
        rule: the timescale to apply.
        anchor_date: the date of the event the rule counts from.
        nation: whose bank holidays to skip.

    Returns:
        The latest date and an explanation in words with the concrete dates.
    """
    limit_words = rule.limit_in_words(nation)
    notes: list[str] = []
    if rule.unit is Unit.WORKING_DAYS:
        latest = add_working_days(anchor_date, rule.limit, nation)
        skipped = [
            day
            for day in _days_between(anchor_date, latest)
            if day.weekday() < 5 and not is_working_day(day, nation)
        ]
        if skipped:
            listed = ", ".join(
                f"{format_long_date(day)} ({bank_holiday_name(day, nation)})" for day in skipped
            )
            notes.append(
                translate("Timescales", "Bank holidays not counted: {days}.").format(days=listed)
            )
    else:
        limit_end = _add_calendar_limit(anchor_date, rule.limit, rule.unit)
        latest = limit_end
        while latest > anchor_date and not is_working_day(latest, nation):
            latest -= _ONE_DAY
        if latest == anchor_date:
            # Nothing after the anchor is open within the limit: give the first chance after it.
            latest = add_working_days(limit_end, 1, nation)
            notes.append(
                translate(
                    "Timescales",
                    "The limit ends on {date} and no working day falls within it, so this is the "
                    "first working day after it: the limit cannot be met, so record the reason.",
                ).format(date=format_long_date(limit_end))
            )
        elif latest != limit_end:
            notes.append(
                translate(
                    "Timescales",
                    "The limit ends on {date}, {closed}, so the date is the last working day "
                    "before it.",
                ).format(date=format_long_date(limit_end), closed=_closed_reason(limit_end, nation))
            )
    explanation = translate(
        "Timescales", "{title} by {date}: within {limit} of {anchor} on {anchor_date}."
    ).format(
        title=rule.title,
        date=format_long_date(latest),
        limit=limit_words,
        anchor=rule.anchor,
        anchor_date=_date_words(anchor_date),
    )
    if notes:
        explanation = " ".join((explanation, *notes))
    return Due(
        rule=rule,
        anchor_date=anchor_date,
        latest_date=latest,
        explanation=explanation,
        nation=nation,
    )


def pre_birth_review_due(
    policy: Policy,
    conference_date: dt.date,
    nation: Nation,
    *,
    born: dt.date | None = None,
    expected: dt.date | None = None,
) -> Due:
    """The latest date of the first review conference after a pre-birth initial conference.

    It is the earlier of the policy's ``pre-birth-review-conference`` rule from the conference
    (the usual ``first-review-conference`` rule if the policy gives none) and its
    ``review-after-birth`` rule from the birth. Before the birth, the expected date of delivery
    stands in for it, and the explanation says so: the date moves when the birth is recorded.

    Args:
        policy: the timescale policy.
        conference_date: the date of the pre-birth initial conference.
        nation: whose bank holidays to skip.
        born: the date of birth, once it is recorded.
        expected: the expected date of delivery, used while ``born`` is None.
    """
    from_conference_rule = policy.pre_birth.get(PRE_BIRTH_FROM_CONFERENCE)
    if from_conference_rule is None and PRE_BIRTH_FROM_BIRTH not in policy.pre_birth:
        due = due_date(policy.rule("first-review-conference"), conference_date, nation)
        note = translate(
            "Timescales",
            "The policy “{policy}” sets no pre-birth timescale, so the usual rule for the first "
            "review conference applies.",
        ).format(policy=policy.name)
        return dataclasses.replace(due, explanation=f"{due.explanation} {note}")
    if from_conference_rule is None:
        from_conference_rule = policy.rule("first-review-conference")
    from_conference = due_date(from_conference_rule, conference_date, nation)
    birth_rule = policy.pre_birth.get(PRE_BIRTH_FROM_BIRTH)
    title = from_conference_rule.title
    conference_words = translate("Timescales", "{anchor} on {date} ({latest})").format(
        anchor=from_conference_rule.anchor,
        date=_date_words(conference_date),
        latest=format_long_date(from_conference.latest_date),
    )
    if birth_rule is None:
        rule_text = translate(
            "Timescales",
            "The pre-birth rule: {title} within {limit} of {anchor} ({source}); this policy "
            "counts no limit from the birth.",
        ).format(
            title=title,
            limit=from_conference_rule.limit_in_words(nation),
            anchor=from_conference_rule.anchor,
            source=from_conference_rule.source,
        )
        explanation = translate(
            "Timescales",
            "{title} by {date}: the pre-birth rule, within {limit} of {conference}. This policy "
            "counts no limit from the birth.",
        ).format(
            title=title,
            date=format_long_date(from_conference.latest_date),
            limit=from_conference_rule.limit_in_words(nation),
            conference=conference_words,
        )
        return dataclasses.replace(from_conference, explanation=explanation, rule_text=rule_text)
    sources = dict.fromkeys((from_conference_rule.source, birth_rule.source))
    rule_text = translate(
        "Timescales",
        "The pre-birth rule: {title} by the earlier of {limit} after {anchor} and "
        "{birth_limit} after {birth_anchor} ({sources}).",
    ).format(
        title=title,
        limit=from_conference_rule.limit_in_words(nation),
        anchor=from_conference_rule.anchor,
        birth_limit=birth_rule.limit_in_words(nation),
        birth_anchor=birth_rule.anchor,
        sources="; ".join(sources),
    )
    conference_part = translate("Timescales", "{limit} after {what}").format(
        limit=from_conference_rule.limit_in_words(nation), what=conference_words
    )
    birth_day = born or expected
    if birth_day is None:
        explanation = translate(
            "Timescales",
            "{title} by {date}: the pre-birth rule, {conference}, or {birth_limit} after "
            "{birth_anchor} if that is earlier. Neither the date of birth nor the expected date "
            "of delivery is recorded, so only the limit from the conference is counted: record "
            "the expected date to have the earlier date.",
        ).format(
            title=title,
            date=format_long_date(from_conference.latest_date),
            conference=conference_part,
            birth_limit=birth_rule.limit_in_words(nation),
            birth_anchor=birth_rule.anchor,
        )
        return dataclasses.replace(from_conference, explanation=explanation, rule_text=rule_text)
    from_birth = due_date(birth_rule, birth_day, nation)
    if born is not None:
        birth_words = translate("Timescales", "{anchor} on {date}").format(
            anchor=birth_rule.anchor, date=_date_words(born)
        )
        caveat = ""
    else:
        birth_words = translate(
            "Timescales", "{anchor}, counted from the expected date of delivery, {date}"
        ).format(anchor=birth_rule.anchor, date=_date_words(birth_day))
        caveat = " " + translate(
            "Timescales",
            "The baby is not born yet, so the expected date of delivery stands in for the birth: "
            "when the birth is recorded, the date is worked out again.",
        )
    birth_part = translate("Timescales", "{limit} after {what} ({latest})").format(
        limit=birth_rule.limit_in_words(nation),
        what=birth_words,
        latest=format_long_date(from_birth.latest_date),
    )
    earlier = (
        from_birth if from_birth.latest_date < from_conference.latest_date else from_conference
    )
    explanation = (
        translate(
            "Timescales",
            "{title} by {date}: the pre-birth rule, the earlier of {conference} and {birth}.",
        ).format(
            title=title,
            date=format_long_date(earlier.latest_date),
            conference=conference_part,
            birth=birth_part,
        )
        + caveat
    )
    return dataclasses.replace(earlier, explanation=explanation, rule_text=rule_text)


def _days_between(after: dt.date, up_to: dt.date) -> list[dt.date]:
    """Days after ``after`` up to and including ``up_to``."""
    return [after + dt.timedelta(days=offset) for offset in range(1, (up_to - after).days + 1)]


# ---------------------------------------------------------------------------------------------
# Policies as data


_POLICY_FIELDS = ("name", "nation", "description", "rules")
_OPTIONAL_POLICY_FIELDS = ("pre-birth", TRANSLATIONS_KEY)
_RULE_FIELDS = ("title", "anchor", "limit", "unit", "source")
_MAX_TRANSLATED_LENGTH = 2000
_TRANSLATED_POLICY_FIELDS = {"description": TextField(_MAX_TRANSLATED_LENGTH)}
_TRANSLATED_RULE_FIELDS = {
    "title": TextField(_MAX_TRANSLATED_LENGTH, one_line=True),
    "anchor": TextField(_MAX_TRANSLATED_LENGTH, one_line=True),
    "source": TextField(_MAX_TRANSLATED_LENGTH, one_line=True),
}


def parse_policy(data: object, source_name: str) -> Policy:
    """Validate parsed JSON (or any plain data) and build a Policy from it.

    Expected shape: ``{"name": str, "nation": "england"|..., "description": str, "rules":
    {KEY: {"title": str, "anchor": str, "limit": int >= 1, "unit": "working-days"|
    "calendar-days"|"weeks"|"months", "source": str}}}`` with every key of
    ``REQUIRED_RULE_KEYS`` and nothing else: a misspelt key must not silently fall back to a
    default the chair never chose. An optional ``"pre-birth": {KEY: rule}`` gives any of the
    ``PRE_BIRTH_RULE_TYPES`` in the same shape.

    Args:
        data: the parsed document.
        source_name: where it came from (a file name); every error message starts with it.

    Raises:
        PolicyError: the data is not a valid policy; the message says exactly what is wrong.
    """

    def fail(problem: str) -> PolicyError:
        return PolicyError(f"{source_name}: {problem}")

    document = _as_object(data, "the policy", fail)
    _check_fields(document, _POLICY_FIELDS, "the policy", fail, _OPTIONAL_POLICY_FIELDS)
    name = _as_text(document["name"], "the policy's name", fail)
    description = _as_text(document["description"], "the policy's description", fail, empty=True)
    nation_value = _as_text(document["nation"], "the policy's nation", fail)
    try:
        nation = Nation(nation_value)
    except ValueError:
        known = ", ".join(member.value for member in Nation)
        raise fail(f"unknown nation {nation_value!r} (use one of: {known})") from None
    rules_data = _as_object(document["rules"], "the policy's rules", fail)
    for key in rules_data:
        if key not in RULE_TYPES:
            known = ", ".join(REQUIRED_RULE_KEYS)
            raise fail(f"unknown rule {key!r} (the rules are: {known})")
    missing = [key for key in REQUIRED_RULE_KEYS if key not in rules_data]
    if missing:
        raise fail(f"missing rule {missing[0]!r} (every policy needs all of its rules)")
    rules = {key: _parse_rule(key, rules_data[key], fail) for key in REQUIRED_RULE_KEYS}
    pre_birth: dict[str, DueRule] = {}
    if "pre-birth" in document:
        pre_birth_data = _as_object(document["pre-birth"], "the policy's pre-birth rules", fail)
        for key in pre_birth_data:
            if key not in PRE_BIRTH_RULE_TYPES:
                known = ", ".join(PRE_BIRTH_RULE_TYPES)
                raise fail(f"unknown pre-birth rule {key!r} (the pre-birth rules are: {known})")
        pre_birth = {
            key: _parse_rule(key, pre_birth_data[key], fail)
            for key in PRE_BIRTH_RULE_TYPES
            if key in pre_birth_data
        }
    return Policy(
        name=name,
        nation=nation,
        description=description,
        rules=MappingProxyType(rules),
        pre_birth=MappingProxyType(pre_birth),
        translations=parse_translations(document, "the policy", _TRANSLATED_POLICY_FIELDS, fail),
    )


def _parse_rule(key: str, data: object, fail: _Fail) -> DueRule:
    where = f"rule {key!r}"
    fields = _as_object(data, where, fail)
    _check_fields(fields, _RULE_FIELDS, where, fail, (TRANSLATIONS_KEY,))
    limit = fields["limit"]
    if isinstance(limit, bool) or not isinstance(limit, int):
        raise fail(f"{where}: limit must be a whole number, not {_kind(limit)}")
    if limit < 1:
        raise fail(f"{where}: limit must be at least 1, not {limit}")
    unit_value = _as_text(fields["unit"], f"{where}: unit", fail)
    try:
        unit = Unit(unit_value)
    except ValueError:
        known = ", ".join(member.value for member in Unit)
        raise fail(f"{where}: unknown unit {unit_value!r} (use one of: {known})") from None
    return DueRule(
        key=key,
        title=_as_text(fields["title"], f"{where}: title", fail),
        anchor=_as_text(fields["anchor"], f"{where}: anchor", fail),
        limit=limit,
        unit=unit,
        source=_as_text(fields["source"], f"{where}: source", fail),
        translations=parse_translations(fields, where, _TRANSLATED_RULE_FIELDS, fail),
    )


def _as_object(value: object, what: str, fail: _Fail) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise fail(f"{what} must be a JSON object ({{...}}), not {_kind(value)}")
    return value


def _check_fields(
    fields: dict[str, Any],
    expected: tuple[str, ...],
    what: str,
    fail: _Fail,
    optional: tuple[str, ...] = (),
) -> None:
    for key in fields:
        if key not in expected and key not in optional:
            allowed = ", ".join((*expected, *optional))
            raise fail(f"{what} has an unknown key {key!r} (allowed: {allowed})")
    for key in expected:
        if key not in fields:
            raise fail(f"{what} is missing the field {key!r}")


def _as_text(value: object, what: str, fail: _Fail, *, empty: bool = False) -> str:
    if not isinstance(value, str):
        raise fail(f"{what} must be text, not {_kind(value)}")
    if not empty and not value.strip():
        raise fail(f"{what} must not be empty")
    return value.strip()


def _kind(value: object) -> str:
    """How a JSON value looks to the person who wrote the file."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"{'true' if value else 'false'} (yes/no)"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the text {value!r}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__
