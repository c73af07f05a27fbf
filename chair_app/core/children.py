"""A child of the family in words, and the checks on the dates that say when a child was born
or is expected.

An unborn child is recorded before the birth (a pre-birth conference plans for them) with an
expected date of delivery and often a placeholder name; recording the birth later keeps the same
child, so its statements, actions, views and history follow it. No Qt, no database.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from chair_app.core.dates import format_short_date
from chair_app.core.domain import Child
from chair_app.core.language import translate

# What the name field suggests for a baby not yet named.
UNBORN_PLACEHOLDER = "Unborn baby"


def unborn_placeholder() -> str:
    """``UNBORN_PLACEHOLDER`` in the language shown."""
    return translate("Children", "Unborn baby")

# A baby is born by about two weeks after the expected date (induction is offered by then), so
# an expected date well before that was typed wrong, or the birth has not been recorded.
EXPECTED_DATE_AT_MOST_PAST = dt.timedelta(weeks=4)
# A pregnancy lasts about 40 weeks; an expected date further off than that cannot be right.
EXPECTED_DATE_AT_MOST_AHEAD = dt.timedelta(weeks=42)
# Born more than 20 weeks early is before about 20 weeks of pregnancy: the date is wrong.
BORN_AT_MOST_EARLY = dt.timedelta(weeks=20)


def describe_child(child: Child) -> str:
    """The child for the minutes' heading and the family's pages.

    ``Bea Okafor, born 12/03/2019 (child protection plan: neglect)``;
    ``Unborn baby (expected 03/02/2027; child protection plan: neglect)``.
    """
    plan = child.plan.label.lower()
    if child.categories:
        plan += f": {', '.join(c.label.lower() for c in child.categories)}"
    if child.unborn:
        expected = (
            translate("Children", "expected {date}").format(
                date=format_short_date(child.expected_date)
            )
            if child.expected_date
            else translate("Children", "not born yet, expected date not recorded")
        )
        return f"{child.name} ({expected}; {plan})"
    if child.date_of_birth:
        return translate("Children", "{name}, born {date} ({plan})").format(
            name=child.name, date=format_short_date(child.date_of_birth), plan=plan
        )
    return f"{child.name} ({plan})"


def born_or_expected(child: Child) -> str:
    """The date column of a list of children: ``12/03/2019`` or ``Expected 03/02/2027``."""
    if child.unborn:
        if child.expected_date is None:
            return translate("Children", "Not born yet")
        return translate("Children", "Expected {date}").format(
            date=format_short_date(child.expected_date)
        )
    return format_short_date(child.date_of_birth)


def child_dates_problem(child: Child, today: dt.date) -> str:
    """Why the child's dates cannot be saved as they are, in words for the chair; "" if they can.

    A born child's date of birth cannot be in the future. An unborn child needs an expected date
    of delivery no more than 4 weeks past (if the baby is born, record the birth instead) and no
    more than 42 weeks ahead.
    """
    if not child.unborn:
        if child.date_of_birth is not None and child.date_of_birth > today:
            return translate(
                "Children",
                "The date of birth, {date}, is in the future. If the baby is not born yet, "
                "tick “Not born yet” and type the expected date of delivery.",
            ).format(date=format_short_date(child.date_of_birth))
        return ""
    if child.date_of_birth is not None:
        return translate(
            "Children",
            "A child not born yet has no date of birth: type the expected date of delivery.",
        )
    if child.expected_date is None:
        return translate("Children", "Type the expected date of delivery of the baby not born yet.")
    if child.expected_date < today - EXPECTED_DATE_AT_MOST_PAST:
        return translate(
            "Children",
            "The expected date of delivery, {date}, is more than 4 weeks ago. Check the date; "
            "if the baby has been born, use “Record the birth” instead.",
        ).format(date=format_short_date(child.expected_date))
    if child.expected_date > today + EXPECTED_DATE_AT_MOST_AHEAD:
        return translate(
            "Children",
            "The expected date of delivery, {date}, is more than 42 weeks from today. "
            "Check the date.",
        ).format(date=format_short_date(child.expected_date))
    return ""


def birth_problem(child: Child, name: str, date_of_birth: dt.date | None, today: dt.date) -> str:
    """Why the birth cannot be recorded like this, in words for the chair; "" if it can."""
    if not child.unborn:
        return translate("Children", "{name}'s birth is already recorded.").format(
            name=child.name
        )
    if not name.strip():
        return translate("Children", "Type the baby's name (it can be changed later).")
    if date_of_birth is None:
        return translate("Children", "Type the date of birth.")
    if date_of_birth > today:
        return translate(
            "Children",
            "The date of birth, {date}, is in the future: a birth can only be recorded once it "
            "has happened.",
        ).format(date=format_short_date(date_of_birth))
    earliest = child.expected_date - BORN_AT_MOST_EARLY if child.expected_date else None
    if earliest is not None and date_of_birth < earliest:
        return translate(
            "Children",
            "The date of birth, {date}, is more than 20 weeks before the expected date, "
            "{expected}. Check the date.",
        ).format(
            date=format_short_date(date_of_birth),
            expected=format_short_date(child.expected_date),
        )
    return ""


def with_birth(child: Child, name: str, date_of_birth: dt.date) -> Child:
    """The same child (same id, plan and categories) now born, with its name and date of birth.

    The expected date stays recorded: it is what the pre-birth plan was made with.
    """
    return dataclasses.replace(
        child, name=name.strip(), date_of_birth=date_of_birth, unborn=False
    )
