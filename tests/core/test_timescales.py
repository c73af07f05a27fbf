"""Statutory timescales in UK working days: the dates a chair would check against a calendar.

Expected holiday dates were checked against the ``holidays`` package (GB, subdivisions ENG, WLS,
SCT, NIR); ``test_holiday_calendar_facts_the_tables_rely_on`` pins the ones the tables below use,
so a change in the package shows up there first rather than as a puzzling date mismatch.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

import holidays
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis_budget import examples

from chair_app.core.timescales import (
    REQUIRED_RULE_KEYS,
    DueRule,
    Nation,
    PolicyError,
    Unit,
    add_months,
    add_working_days,
    bank_holiday_name,
    due_date,
    is_working_day,
    parse_policy,
)
from chair_app.services.policies import load_policies

ENG, WLS, SCT, NIR = Nation.ENGLAND, Nation.WALES, Nation.SCOTLAND, Nation.NORTHERN_IRELAND
D = dt.date


def _rule(limit: int, unit: Unit, key: str = "core-group") -> DueRule:
    return DueRule(
        key=key,
        title="Next Core Group",
        anchor="the previous Core Group",
        limit=limit,
        unit=unit,
        source="Barnsley core group guidance",
    )


@pytest.mark.parametrize(
    ("subdivision", "day", "name"),
    [
        ("ENG", D(2026, 12, 25), "Christmas Day"),
        ("ENG", D(2026, 12, 28), "Boxing Day (observed)"),
        ("ENG", D(2027, 1, 1), "New Year's Day"),
        ("ENG", D(2027, 3, 26), "Good Friday"),
        ("ENG", D(2027, 3, 29), "Easter Monday"),
        ("SCT", D(2026, 1, 2), "New Year Holiday"),
        ("SCT", D(2027, 1, 4), "New Year Holiday (observed)"),
        ("NIR", D(2026, 3, 17), "Saint Patrick's Day"),
        ("NIR", D(2027, 3, 17), "Saint Patrick's Day"),
        ("NIR", D(2026, 7, 13), "Battle of the Boyne (observed)"),
        ("NIR", D(2027, 7, 12), "Battle of the Boyne"),
    ],
)
def test_holiday_calendar_facts_the_tables_rely_on(
    subdivision: str, day: dt.date, name: str
) -> None:
    calendar = holidays.country_holidays("GB", subdiv=subdivision, years=day.year)
    assert calendar.get(day) == name


@pytest.mark.parametrize(
    ("subdivision", "day"),
    [
        ("SCT", D(2027, 3, 29)),  # Easter Monday is not a bank holiday in Scotland
        ("ENG", D(2026, 1, 2)),  # 2 January is Scotland's only
        ("ENG", D(2027, 7, 12)),  # the Twelfth is Northern Ireland's only
        ("ENG", D(2027, 3, 17)),  # and so is St Patrick's Day
    ],
)
def test_holiday_calendar_facts_days_that_are_not_holidays(subdivision: str, day: dt.date) -> None:
    assert day not in holidays.country_holidays("GB", subdiv=subdivision, years=day.year)


@pytest.mark.parametrize(
    ("day", "nation", "working"),
    [
        (D(2026, 12, 24), ENG, True),
        (D(2026, 12, 25), ENG, False),
        (D(2026, 12, 26), ENG, False),  # Saturday
        (D(2026, 12, 28), ENG, False),  # substitute for Boxing Day
        (D(2026, 12, 28), WLS, False),
        (D(2026, 12, 29), ENG, True),
        (D(2027, 1, 1), ENG, False),
        (D(2026, 1, 2), ENG, True),
        (D(2026, 1, 2), SCT, False),
        (D(2027, 1, 4), ENG, True),
        (D(2027, 1, 4), SCT, False),  # substitute for 2 January (a Saturday)
        (D(2027, 3, 26), SCT, False),  # Good Friday is a holiday everywhere
        (D(2027, 3, 29), ENG, False),
        (D(2027, 3, 29), NIR, False),
        (D(2027, 3, 29), SCT, True),
        (D(2027, 3, 17), NIR, False),
        (D(2027, 3, 17), ENG, True),
        (D(2027, 7, 12), NIR, False),
        (D(2027, 7, 12), SCT, True),
        (D(2026, 7, 13), NIR, False),  # the Twelfth fell on a Sunday
        (D(2026, 11, 30), SCT, False),  # St Andrew's Day
        (D(2026, 11, 30), ENG, True),
    ],
    ids=lambda value: value.isoformat() if isinstance(value, dt.date) else str(value),
)
def test_is_working_day_by_nation(day: dt.date, nation: Nation, working: bool) -> None:
    assert is_working_day(day, nation) is working


def test_bank_holiday_name_substitute_day_in_plain_words() -> None:
    assert bank_holiday_name(D(2026, 12, 28), ENG) == "substitute day for Boxing Day"
    assert bank_holiday_name(D(2026, 12, 25), ENG) == "Christmas Day"
    assert bank_holiday_name(D(2026, 12, 24), ENG) is None


@pytest.mark.parametrize(
    ("start", "count", "nation", "expected"),
    [
        # Christmas and New Year 2026/27 in England: 25 Dec (Fri), 28 Dec (Boxing Day substitute),
        # 1 Jan (Fri) are skipped: 21-24 Dec, 29-31 Dec, 4-6 Jan are the ten days.
        pytest.param(D(2026, 12, 18), 10, ENG, D(2027, 1, 6), id="eng-christmas-10wd"),
        pytest.param(D(2026, 12, 24), 1, ENG, D(2026, 12, 29), id="eng-christmas-eve-1wd"),
        pytest.param(D(2026, 12, 18), 15, ENG, D(2027, 1, 13), id="eng-christmas-15wd"),
        # Scotland also closes on Monday 4 Jan 2027 (2 January fell on a Saturday).
        pytest.param(D(2026, 12, 18), 15, SCT, D(2027, 1, 14), id="sct-new-year-15wd"),
        pytest.param(D(2025, 12, 31), 1, ENG, D(2026, 1, 2), id="eng-2-jan-open"),
        pytest.param(D(2025, 12, 31), 1, SCT, D(2026, 1, 5), id="sct-2-jan-closed"),
        # Easter 2027: Good Friday 26 Mar, Easter Monday 29 Mar (not in Scotland).
        pytest.param(D(2027, 3, 25), 1, ENG, D(2027, 3, 30), id="eng-easter"),
        pytest.param(D(2027, 3, 25), 1, WLS, D(2027, 3, 30), id="wls-easter"),
        pytest.param(D(2027, 3, 25), 1, NIR, D(2027, 3, 30), id="nir-easter"),
        pytest.param(D(2027, 3, 25), 1, SCT, D(2027, 3, 29), id="sct-easter-monday-open"),
        # Northern Ireland: the Twelfth and St Patrick's Day.
        pytest.param(D(2027, 7, 9), 1, NIR, D(2027, 7, 13), id="nir-twelfth"),
        pytest.param(D(2027, 7, 9), 1, ENG, D(2027, 7, 12), id="eng-twelfth-open"),
        pytest.param(D(2026, 7, 10), 1, NIR, D(2026, 7, 14), id="nir-twelfth-substitute"),
        pytest.param(D(2027, 3, 16), 1, NIR, D(2027, 3, 18), id="nir-st-patrick"),
        pytest.param(D(2027, 3, 16), 1, ENG, D(2027, 3, 17), id="eng-st-patrick-open"),
        # The start day is never counted, even when it is itself a working day.
        pytest.param(D(2026, 11, 23), 10, ENG, D(2026, 12, 7), id="plain-two-weeks"),
        pytest.param(D(2026, 11, 28), 1, ENG, D(2026, 11, 30), id="from-saturday"),
        pytest.param(D(2026, 11, 23), 0, ENG, D(2026, 11, 23), id="zero"),
        pytest.param(D(2027, 1, 6), -10, ENG, D(2026, 12, 18), id="backwards"),
    ],
)
def test_add_working_days(start: dt.date, count: int, nation: Nation, expected: dt.date) -> None:
    assert add_working_days(start, count, nation) == expected


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        pytest.param(D(2027, 1, 31), 1, D(2027, 2, 28), id="31-jan-to-28-feb"),
        pytest.param(D(2028, 1, 31), 1, D(2028, 2, 29), id="31-jan-to-29-feb-leap"),
        pytest.param(D(2026, 8, 31), 1, D(2026, 9, 30), id="31-aug-to-30-sep"),
        pytest.param(D(2026, 11, 30), 3, D(2027, 2, 28), id="30-nov-plus-3"),
        pytest.param(D(2026, 12, 31), 6, D(2027, 6, 30), id="31-dec-plus-6"),
        pytest.param(D(2026, 10, 15), 3, D(2027, 1, 15), id="over-new-year"),
        pytest.param(D(2028, 2, 29), 12, D(2029, 2, 28), id="29-feb-plus-a-year"),
        pytest.param(D(2027, 3, 31), -1, D(2027, 2, 28), id="backwards"),
        pytest.param(D(2026, 11, 25), 0, D(2026, 11, 25), id="zero"),
    ],
)
def test_add_months_month_end_rule(start: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(start, months) == expected


@pytest.mark.parametrize(
    ("limit", "unit", "anchor", "nation", "expected"),
    [
        pytest.param(28, Unit.CALENDAR_DAYS, D(2026, 11, 25), ENG, D(2026, 12, 23), id="open-day"),
        # Day 28 is Christmas Day: the day before.
        pytest.param(28, Unit.CALENDAR_DAYS, D(2026, 11, 27), ENG, D(2026, 12, 24), id="christmas"),
        # Day 28 is the Boxing Day substitute: back over the weekend and Christmas Day.
        pytest.param(28, Unit.CALENDAR_DAYS, D(2026, 11, 30), ENG, D(2026, 12, 24), id="boxing"),
        # A Saturday with no holiday near: the Friday.
        pytest.param(6, Unit.WEEKS, D(2026, 10, 3), ENG, D(2026, 11, 13), id="saturday"),
        # 28 Feb 2027 is a Sunday (month-end rule, then back to Friday).
        pytest.param(3, Unit.MONTHS, D(2026, 11, 30), ENG, D(2027, 2, 26), id="month-end-sunday"),
        pytest.param(1, Unit.MONTHS, D(2027, 1, 31), ENG, D(2027, 2, 26), id="31-jan-plus-1"),
        # Easter 2027: back over Easter Monday, the weekend and Good Friday...
        pytest.param(28, Unit.CALENDAR_DAYS, D(2027, 3, 1), ENG, D(2027, 3, 25), id="easter-eng"),
        # ... but Easter Monday is open in Scotland.
        pytest.param(28, Unit.CALENDAR_DAYS, D(2027, 3, 1), SCT, D(2027, 3, 29), id="easter-sct"),
        pytest.param(
            28, Unit.CALENDAR_DAYS, D(2027, 2, 26), SCT, D(2027, 3, 25), id="good-fri-sct"
        ),
        # The Twelfth in Northern Ireland only.
        pytest.param(6, Unit.WEEKS, D(2027, 5, 31), NIR, D(2027, 7, 9), id="twelfth-nir"),
        pytest.param(6, Unit.WEEKS, D(2027, 5, 31), ENG, D(2027, 7, 12), id="twelfth-eng"),
        # 2 January 2026 (Friday) in Scotland only.
        pytest.param(4, Unit.WEEKS, D(2025, 12, 5), SCT, D(2025, 12, 31), id="2-jan-sct"),
        pytest.param(4, Unit.WEEKS, D(2025, 12, 5), ENG, D(2026, 1, 2), id="2-jan-eng"),
    ],
)
def test_due_date_calendar_units_moved_back_off_closed_days(
    limit: int, unit: Unit, anchor: dt.date, nation: Nation, expected: dt.date
) -> None:
    assert due_date(_rule(limit, unit), anchor, nation).latest_date == expected


def test_due_date_explanation_gives_rule_and_dates() -> None:
    due = due_date(_rule(28, Unit.CALENDAR_DAYS), D(2026, 11, 25), ENG)
    assert due.latest_date == D(2026, 12, 23)
    assert due.explanation == (
        "Next Core Group by Wednesday 23 December 2026: within 28 days of the previous Core Group "
        "on 25 November 2026."
    )


def test_due_date_explanation_says_why_the_date_moved_back() -> None:
    due = due_date(_rule(28, Unit.CALENDAR_DAYS), D(2026, 11, 30), ENG)
    assert due.explanation.startswith("Next Core Group by Thursday 24 December 2026: ")
    assert "Monday 28 December 2026" in due.explanation
    assert "substitute day for Boxing Day" in due.explanation
    assert "last working day before it" in due.explanation


def test_due_date_working_days_explanation_lists_skipped_holidays() -> None:
    rule = DueRule(
        key="first-core-group",
        title="First Core Group",
        anchor="the Initial Child Protection Conference",
        limit=10,
        unit=Unit.WORKING_DAYS,
        source="Barnsley core group guidance",
    )
    due = due_date(rule, D(2026, 12, 18), ENG)
    assert due.latest_date == D(2027, 1, 6)
    assert due.explanation.startswith(
        "First Core Group by Wednesday 6 January 2027: within 10 working days (England bank "
        "holidays skipped) of the Initial Child Protection Conference on 18 December 2026."
    )
    for holiday in ("Friday 25 December 2026", "Monday 28 December 2026", "Friday 1 January 2027"):
        assert holiday in due.explanation


def test_due_date_no_open_day_within_limit_gives_first_working_day_after() -> None:
    # 1 day after Christmas Eve is Christmas Day; nothing after the anchor is open in time.
    due = due_date(_rule(1, Unit.CALENDAR_DAYS), D(2026, 12, 24), ENG)
    assert due.latest_date == D(2026, 12, 29)
    assert "cannot be met" in due.explanation


def test_describe_calendar_days_in_words() -> None:
    assert _rule(28, Unit.CALENDAR_DAYS).describe() == (
        "Next Core Group: within 28 days of the previous Core Group (Barnsley core group guidance)."
    )


def test_describe_working_days_names_the_nations_holidays() -> None:
    assert _rule(10, Unit.WORKING_DAYS).describe(SCT) == (
        "Next Core Group: within 10 working days (Scotland bank holidays skipped) of the previous "
        "Core Group (Barnsley core group guidance)."
    )


@pytest.mark.parametrize(
    ("limit", "unit", "words"),
    [
        (1, Unit.MONTHS, "within 1 month of"),
        (3, Unit.MONTHS, "within 3 months of"),
        (6, Unit.WEEKS, "within 6 weeks of"),
        (1, Unit.CALENDAR_DAYS, "within 1 day of"),
        (1, Unit.WORKING_DAYS, "within 1 working day (weekends and bank holidays skipped) of"),
    ],
)
def test_describe_units_singular_and_plural(limit: int, unit: Unit, words: str) -> None:
    assert words in _rule(limit, unit).describe()


def test_nation_labels_and_holiday_subdivisions() -> None:
    assert [(n.value, n.label, n.holiday_subdivision) for n in Nation] == [
        ("england", "England", "ENG"),
        ("wales", "Wales", "WLS"),
        ("scotland", "Scotland", "SCT"),
        ("northern-ireland", "Northern Ireland", "NIR"),
    ]


# ---------------------------------------------------------------------------------------------
# parse_policy: strict validation with messages naming the source and the problem.


def _valid_policy() -> dict[str, Any]:
    rule = {
        "title": "Next Core Group",
        "anchor": "the previous Core Group",
        "limit": 28,
        "unit": "calendar-days",
        "source": "Barnsley core group guidance",
    }
    return {
        "name": "Test policy",
        "nation": "england",
        "description": "For tests.",
        "rules": {key: dict(rule) for key in REQUIRED_RULE_KEYS},
    }


def test_parse_policy_valid_data_gives_every_rule() -> None:
    policy = parse_policy(_valid_policy(), "test.json")
    assert policy.name == "Test policy"
    assert policy.nation is ENG
    assert set(policy.rules) == set(REQUIRED_RULE_KEYS)
    assert policy.rule("core-group").limit == 28
    assert policy.rule("core-group").unit is Unit.CALENDAR_DAYS


def _break(change: str) -> dict[str, Any]:
    data = _valid_policy()
    core_group = data["rules"]["core-group"]
    if change == "unknown top-level key":
        data["colour"] = "blue"
    elif change == "missing name":
        del data["name"]
    elif change == "missing unit":
        del core_group["unit"]
    elif change == "unknown rule field":
        core_group["limt"] = 3
    elif change == "limit as text":
        core_group["limit"] = "28"
    elif change == "limit not whole":
        core_group["limit"] = 28.5
    elif change == "limit as true":
        core_group["limit"] = True
    elif change == "negative limit":
        core_group["limit"] = -3
    elif change == "zero limit":
        core_group["limit"] = 0
    elif change == "unknown unit":
        core_group["unit"] = "fortnights"
    elif change == "unknown nation":
        data["nation"] = "france"
    elif change == "missing rule":
        del data["rules"]["minutes"]
    elif change == "unknown rule":
        data["rules"]["core-groups"] = dict(core_group)
    elif change == "rules a list":
        data["rules"] = []
    elif change == "title a number":
        core_group["title"] = 5
    elif change == "empty anchor":
        core_group["anchor"] = "  "
    else:
        raise AssertionError(change)
    return data


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("unknown top-level key", "local.json: the policy has an unknown key 'colour'"),
        ("missing name", "local.json: the policy is missing the field 'name'"),
        ("missing unit", "local.json: rule 'core-group' is missing the field 'unit'"),
        ("unknown rule field", "local.json: rule 'core-group' has an unknown key 'limt'"),
        ("limit as text", "rule 'core-group': limit must be a whole number, not the text '28'"),
        ("limit not whole", "rule 'core-group': limit must be a whole number, not the number 28.5"),
        ("limit as true", "rule 'core-group': limit must be a whole number, not true"),
        ("negative limit", "local.json: rule 'core-group': limit must be at least 1, not -3"),
        ("zero limit", "local.json: rule 'core-group': limit must be at least 1, not 0"),
        ("unknown unit", "local.json: rule 'core-group': unknown unit 'fortnights'"),
        ("unknown nation", "local.json: unknown nation 'france'"),
        ("missing rule", "local.json: missing rule 'minutes'"),
        ("unknown rule", "local.json: unknown rule 'core-groups'"),
        ("rules a list", "local.json: the policy's rules must be a JSON object"),
        ("title a number", "local.json: rule 'core-group': title must be text, not the number 5"),
        ("empty anchor", "local.json: rule 'core-group': anchor must not be empty"),
    ],
)
def test_parse_policy_invalid_names_source_and_problem(change: str, message: str) -> None:
    with pytest.raises(PolicyError) as caught:
        parse_policy(_break(change), "local.json")
    assert message in str(caught.value)
    assert str(caught.value).startswith("local.json: ")


def test_parse_policy_unknown_unit_lists_the_units() -> None:
    with pytest.raises(PolicyError, match="working-days, calendar-days, weeks, months"):
        parse_policy(_break("unknown unit"), "local.json")


def test_parse_policy_not_an_object() -> None:
    with pytest.raises(PolicyError, match=r"^x\.json: the policy must be a JSON object"):
        parse_policy([1, 2], "x.json")


# ---------------------------------------------------------------------------------------------
# Properties, for every rule of every bundled policy in every nation.

_CATALOGUE = load_policies()
_RULES = [
    pytest.param(policy.name, rule, id=f"{policy.nation.value}:{key}")
    for policy in _CATALOGUE.policies
    for key, rule in policy.rules.items()
]
_SUBDIVISIONS = {ENG: "ENG", WLS: "WLS", SCT: "SCT", NIR: "NIR"}


@functools.cache
def _closed_days(nation: Nation) -> frozenset[dt.date]:
    """Bank holidays straight from the package, independent of the code under test."""
    calendar = holidays.country_holidays(
        "GB", subdiv=_SUBDIVISIONS[nation], years=range(1999, 2103)
    )
    return frozenset(calendar)


def _open(day: dt.date, nation: Nation) -> bool:
    return day.weekday() < 5 and day not in _closed_days(nation)


def _limit_end(rule: DueRule, anchor: dt.date) -> dt.date:
    if rule.unit is Unit.CALENDAR_DAYS:
        return anchor + dt.timedelta(days=rule.limit)
    if rule.unit is Unit.WEEKS:
        return anchor + dt.timedelta(days=7 * rule.limit)
    return add_months(anchor, rule.limit)


def test_bundled_policies_cover_every_nation_for_the_properties() -> None:
    assert _CATALOGUE.problems == ()
    assert {policy.nation for policy in _CATALOGUE.policies} == set(Nation)
    assert len(_RULES) == 4 * len(REQUIRED_RULE_KEYS)


@pytest.mark.parametrize(("policy_name", "rule"), _RULES)
@settings(deadline=None, max_examples=examples(60), database=None)
@given(
    anchor=st.dates(min_value=D(2000, 1, 1), max_value=D(2100, 12, 31)),
    nation=st.sampled_from(list(Nation)),
)
def test_due_date_is_an_open_day_after_the_anchor_within_the_limit(
    policy_name: str, rule: DueRule, anchor: dt.date, nation: Nation
) -> None:
    due = due_date(rule, anchor, nation)
    latest = due.latest_date
    assert _open(latest, nation), f"{policy_name}: {latest} is closed in {nation.label}"
    assert latest > anchor
    if rule.unit is Unit.WORKING_DAYS:
        open_days = [
            anchor + dt.timedelta(days=offset)
            for offset in range(1, (latest - anchor).days + 1)
            if _open(anchor + dt.timedelta(days=offset), nation)
        ]
        assert len(open_days) == rule.limit
    else:
        end = _limit_end(rule, anchor)
        assert latest <= end
        # Nothing later within the limit was open: it is the latest permissible date.
        later = [latest + dt.timedelta(days=offset) for offset in range(1, (end - latest).days + 1)]
        assert not any(_open(day, nation) for day in later)


@settings(deadline=None, database=None)
@given(
    start=st.dates(min_value=D(1950, 1, 1), max_value=D(2150, 12, 31)),
    months=st.integers(min_value=-36, max_value=36),
)
def test_add_months_lands_in_the_right_month_never_past_the_day(
    start: dt.date, months: int
) -> None:
    result = add_months(start, months)
    assert (result.year * 12 + result.month) - (start.year * 12 + start.month) == months
    assert result.day == start.day or (result.day < start.day and (result + D.resolution).day == 1)
