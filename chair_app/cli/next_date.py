"""``chair-app next-date``: the latest date that keeps within a statutory timescale. It needs
no data: it runs straight after parsing, before any data folder is resolved or opened."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from chair_app.cli.parser import Commands
from chair_app.core.language import Language, display_language, translate

if TYPE_CHECKING:
    from chair_app.core.timescales import Nation

_NEXT_DATE_EXAMPLE = "chair-app next-date --type core-group --after 2026-11-25 --nation england"
_PRE_BIRTH_EXAMPLE = (
    "chair-app next-date --type pre-birth-review-conference --after 2026-11-02 "
    "--expected 2027-01-05 --nation england"
)


def add_parser(commands: Commands) -> None:
    """Add ``next-date``; its help lists every TYPE with what it means."""
    from chair_app.core.timescales import PRE_BIRTH_RULE_TYPES, RULE_TYPES

    every_type = {**RULE_TYPES, **PRE_BIRTH_RULE_TYPES}
    width = max(len(key) for key in every_type) + 2
    types = "\n".join(
        f"  {key.ljust(width)}{rule_type_meaning(key, meaning)}"
        for key, meaning in every_type.items()
    )
    command = commands.add_parser(
        "next-date",
        help=translate("Cli", "print the latest date a meeting (or the minutes) is due"),
        description=translate(
            "Cli",
            "Print the latest date that keeps within a statutory timescale. Working days\n"
            "skip weekends and the nation's bank holidays; a limit in days, weeks or months\n"
            "that ends on a closed day is moved back to the last working day before it.",
        ),
        epilog=translate(
            "Cli",
            "TYPE is one of (the limits come from the nation's default policy or --policy):\n"
            "{types}\n\n"
            "pre-birth-review-conference takes --after as the date of the pre-birth initial\n"
            "conference, and --born (the date of birth) or, before the birth, --expected (the\n"
            "expected date of delivery); the earlier of the two limits applies.\n\n"
            "examples:\n  {example}\n  {pre_birth_example}",
        ).format(types=types, example=_NEXT_DATE_EXAMPLE, pre_birth_example=_PRE_BIRTH_EXAMPLE),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        one_line_errors=True,
    )
    command.add_argument(
        "--type", required=True, type=_rule_type, metavar="TYPE", help=translate("Cli", "what is due (see below)")
    )
    command.add_argument(
        "--after",
        required=True,
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help=translate("Cli", "the date of the event the limit counts from"),
    )
    command.add_argument(
        "--nation",
        required=True,
        type=_nation,
        metavar="NATION",
        help=translate(
            "Cli", "england, wales, scotland or northern-ireland (decides the bank holidays)"
        ),
    )
    birth = command.add_mutually_exclusive_group()
    birth.add_argument(
        "--born",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help=translate("Cli", "pre-birth-review-conference only: the baby's date of birth"),
    )
    birth.add_argument(
        "--expected",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help=translate(
            "Cli",
            "pre-birth-review-conference only: the expected date of delivery, before the birth",
        ),
    )
    command.add_argument(
        "--policy", metavar="NAME", help=translate("Cli", "use this policy instead of the nation's default")
    )
    command.add_argument(
        "--policy-folder",
        type=_existing_folder,
        metavar="DIR",
        help=translate("Cli", "also read a local authority's policies (*.json) from DIR"),
    )


def _rule_type(text: str) -> str:
    from chair_app.core.timescales import PRE_BIRTH_RULE_TYPES, RULE_TYPES

    if text not in RULE_TYPES and text not in PRE_BIRTH_RULE_TYPES:
        known = ", ".join((*RULE_TYPES, *PRE_BIRTH_RULE_TYPES))
        raise argparse.ArgumentTypeError(
            translate("Cli", "unknown type {text}; use one of: {known}").format(
                text=repr(text), known=known
            )
        )
    return text


def _iso_date(text: str) -> dt.date:
    import calendar
    import re

    hint = translate("Cli", "write it as YYYY-MM-DD, for example 2026-11-25")
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if match is None:
        raise argparse.ArgumentTypeError(
            translate("Cli", "{text} is not a date; {hint}").format(text=repr(text), hint=hint)
        )
    year, month, day = (int(part) for part in match.groups())
    if not 1900 <= year <= 2200:
        raise argparse.ArgumentTypeError(
            translate("Cli", "{text}: the year must be between 1900 and 2200").format(text=text)
        )
    if not 1 <= month <= 12:
        raise argparse.ArgumentTypeError(
            translate("Cli", "{text} is not a real date: there is no month {month}").format(
                text=text, month=month
            )
        )
    days_in_month = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days_in_month:
        raise argparse.ArgumentTypeError(
            translate("Cli", "{text} is not a real date: {month} {year} has {days} days").format(
                text=text, month=_month_name(year, month), year=year, days=days_in_month
            )
        )
    return dt.date(year, month, day)


def _nation(text: str) -> Nation:
    from chair_app.core.timescales import Nation

    try:
        return Nation(text)
    except ValueError:
        known = ", ".join(nation.value for nation in Nation)
        raise argparse.ArgumentTypeError(
            translate("Cli", "unknown nation {text}; use one of: {known}").format(
                text=repr(text), known=known
            )
        ) from None


def _existing_folder(text: str) -> Path:
    folder = Path(text).expanduser()
    if not folder.is_dir():
        raise argparse.ArgumentTypeError(
            translate("Cli", "there is no folder {folder}").format(folder=text)
        )
    return folder




def run(args: argparse.Namespace) -> int:
    """Print the latest date for ``--type`` after ``--after`` in ``--nation``, and why."""
    from chair_app.core.timescales import (
        PRE_BIRTH_FROM_CONFERENCE,
        due_date,
        format_long_date,
        pre_birth_review_due,
    )
    from chair_app.services.policies import UnknownPolicy, load_policies

    catalogue = load_policies(args.policy_folder)
    for problem in catalogue.problems:
        print("chair-app: " + translate("Cli", "warning: {problem}").format(problem=problem),
              file=sys.stderr)
    try:
        policy = catalogue.get(args.policy) if args.policy else catalogue.default_for(args.nation)
    except UnknownPolicy as error:
        print(f"chair-app: {error}", file=sys.stderr)
        return 2
    if args.type == PRE_BIRTH_FROM_CONFERENCE:
        due = pre_birth_review_due(
            policy, args.after, args.nation, born=args.born, expected=args.expected
        )
        used = policy.pre_birth.values() or (policy.rule("first-review-conference"),)
        source = "; ".join(dict.fromkeys(rule.source for rule in used))
    else:
        if args.born or args.expected:
            print(
                "chair-app: "
                + translate(
                    "Cli", "--born and --expected are only for --type {pre_birth}, not {type}"
                ).format(pre_birth=PRE_BIRTH_FROM_CONFERENCE, type=args.type),
                file=sys.stderr,
            )
            return 2
        try:
            rule = policy.rule(args.type)
        except KeyError:
            print(
                "chair-app: "
                + translate("Cli", "the policy {policy} sets no {type} timescale").format(
                    policy=repr(policy.name), type=repr(args.type)
                ),
                file=sys.stderr,
            )
            return 2
        due = due_date(rule, args.after, args.nation)
        source = rule.source
    print(f"{due.latest_date.isoformat()} ({format_long_date(due.latest_date)})")
    print(due.explanation)
    print(
        translate("Cli", "Source: {source} (policy: {policy}).").format(
            source=source, policy=policy.name
        )
    )
    return 0


def _month_name(year: int, month: int) -> str:
    """The month's name in the language (CLDR's, from Babel, in Welsh)."""
    import calendar

    language = display_language()
    if language is Language.ENGLISH:
        return calendar.month_name[month]
    from babel.dates import format_date

    return str(format_date(dt.date(year, month, 1), "LLLL", locale=language.locale_name))


def rule_type_meaning(key: str, english: str) -> str:
    """What a TYPE means, in the language (the English kept in core.timescales otherwise)."""
    meaning = _RULE_TYPE_MEANINGS.get(key)
    return meaning() if meaning else english


_RULE_TYPE_MEANINGS: dict[str, Callable[[], str]] = {
    "initial-conference": lambda: translate(
        "Cli", "initial conference (Scotland: CPPM), from the strategy discussion"
    ),
    "first-core-group": lambda: translate("Cli", "first core group, from the initial conference"),
    "core-group": lambda: translate("Cli", "next core group, from the previous core group"),
    "first-review-conference": lambda: translate(
        "Cli", "first review conference, from the initial conference"
    ),
    "review-conference": lambda: translate(
        "Cli", "next review conference, from the previous review conference"
    ),
    "cin-meeting": lambda: translate("Cli", "next child in need meeting, from the previous one"),
    "first-lac-review": lambda: translate(
        "Cli", "first looked-after child review, from coming into care"
    ),
    "second-lac-review": lambda: translate(
        "Cli", "second looked-after child review, from the first review"
    ),
    "lac-review": lambda: translate(
        "Cli", "later looked-after child reviews, from the previous review"
    ),
    "minutes": lambda: translate("Cli", "minutes to the social worker, from the meeting"),
    "pre-birth-review-conference": lambda: translate(
        "Cli", "first review after a pre-birth initial conference, from it (and the birth)"
    ),
    "review-after-birth": lambda: translate(
        "Cli", "first review after a pre-birth initial conference, from the birth"
    ),
}
