"""The pre-birth rule for the first review conference, and the optional "pre-birth" rules of a
policy: the earlier of a limit from the conference and a limit from the birth, worded so a chair
can check it by hand, and an older policy without them still loading."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from chair_app.core.timescales import (
    REQUIRED_RULE_KEYS,
    Nation,
    PolicyError,
    parse_policy,
    pre_birth_review_due,
)
from chair_app.paths import resources_dir
from chair_app.services.policies import built_in_default, load_policies

D = dt.date
ENG = Nation.ENGLAND
ICPC = D(2026, 11, 2)  # a Monday


def _england() -> Any:
    return json.loads((resources_dir() / "policies" / "england.json").read_text(encoding="utf-8"))


def test_born_early_the_limit_from_the_birth_is_the_earlier() -> None:
    due = pre_birth_review_due(load_policies().default_for(ENG), ICPC, ENG, born=D(2027, 1, 4))
    assert due.latest_date == D(2027, 1, 18)
    assert due.explanation == (
        "First Review Child Protection Conference (pre-birth) by Monday 18 January 2027: the "
        "pre-birth rule, the earlier of 3 months after the pre-birth Initial Child Protection "
        "Conference on 2 November 2026 (Tuesday 2 February 2027) and 10 working days (England "
        "bank holidays skipped) after the birth on 4 January 2027 (Monday 18 January 2027)."
    )


def test_before_the_birth_the_expected_date_stands_in_and_says_so() -> None:
    due = pre_birth_review_due(
        load_policies().default_for(ENG), ICPC, ENG, expected=D(2027, 1, 5)
    )
    assert due.latest_date == D(2027, 1, 19)
    assert "counted from the expected date of delivery, 5 January 2027" in due.explanation
    assert due.explanation.endswith(
        "The baby is not born yet, so the expected date of delivery stands in for the birth: "
        "when the birth is recorded, the date is worked out again."
    )


def test_christmas_is_skipped_in_the_working_days_after_the_birth() -> None:
    # Born Friday 18 December 2026: 21, 22, 23, 24, (25 and 28 closed), 29, 30, 31, (1 Jan
    # closed), 4, 5, 6 January: the 10th working day is Wednesday 6 January 2027.
    due = pre_birth_review_due(load_policies().default_for(ENG), ICPC, ENG, born=D(2026, 12, 18))
    assert due.latest_date == D(2027, 1, 6)


def test_with_no_birth_dates_only_the_limit_from_the_conference_counts() -> None:
    due = pre_birth_review_due(load_policies().default_for(ENG), ICPC, ENG)
    assert due.latest_date == D(2027, 2, 2)
    assert "Neither the date of birth nor the expected date of delivery is recorded" in (
        due.explanation
    )


def test_scotland_counts_three_months_from_the_pre_birth_cppm_only() -> None:
    scotland = load_policies().default_for(Nation.SCOTLAND)
    # The usual first review CPPM is 6 months away; the pre-birth review is 3 months.
    assert scotland.rule("first-review-conference").limit == 6
    due = pre_birth_review_due(scotland, ICPC, Nation.SCOTLAND, expected=D(2026, 12, 1))
    assert due.latest_date == D(2027, 2, 2)
    assert "This policy counts no limit from the birth." in due.explanation
    assert "3.143" in due.rule_in_words()


def test_a_policy_written_before_pre_birth_rules_loads_and_uses_the_usual_rule() -> None:
    data = _england()
    del data["pre-birth"]
    data["name"] = "Older local policy"
    policy = parse_policy(data, "older.json")
    assert dict(policy.pre_birth) == {}
    due = pre_birth_review_due(policy, ICPC, ENG, born=D(2027, 1, 4))
    assert due.latest_date == D(2027, 2, 2)
    assert due.explanation.endswith(
        "The policy “Older local policy” sets no pre-birth timescale, so the usual rule for the "
        "first review conference applies."
    )


def test_a_local_liverpool_style_rule_of_20_working_days() -> None:
    data = _england()
    del data["pre-birth"]["pre-birth-review-conference"]
    data["pre-birth"]["review-after-birth"].update(limit=20, source="Liverpool (test)")
    policy = parse_policy(data, "liverpool.json")
    due = pre_birth_review_due(policy, ICPC, ENG, born=D(2027, 1, 4))
    # The limit from the conference falls back to the usual 3 months; 20 working days after
    # Monday 4 January 2027 is Monday 1 February 2027, the earlier.
    assert due.latest_date == D(2027, 2, 1)
    assert "20 working days (England bank holidays skipped) after the birth" in due.explanation


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda data: data["pre-birth"].update({"after-the-birth": {}}),
            "local.json: unknown pre-birth rule 'after-the-birth'",
        ),
        (
            lambda data: data["pre-birth"]["review-after-birth"].update(limit=0),
            "local.json: rule 'review-after-birth': limit must be at least 1, not 0",
        ),
        (
            lambda data: data.update({"pre-birth": []}),
            "local.json: the policy's pre-birth rules must be a JSON object",
        ),
    ],
)
def test_a_wrong_pre_birth_rule_is_refused_with_where_and_what(change: Any, message: str) -> None:
    data = _england()
    change(data)
    with pytest.raises(PolicyError) as caught:
        parse_policy(data, "local.json")
    assert message in str(caught.value)


@pytest.mark.parametrize("nation", list(Nation))
def test_the_built_in_copy_has_the_bundled_pre_birth_rules(nation: Nation) -> None:
    bundled = load_policies().default_for(nation)
    assert bundled.pre_birth, f"{nation.label} has no pre-birth rule"
    assert dict(built_in_default(nation).pre_birth) == dict(bundled.pre_birth)
    assert set(bundled.rules) == set(REQUIRED_RULE_KEYS)  # the pre-birth rules are apart
