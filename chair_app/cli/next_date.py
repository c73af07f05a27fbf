"""``chair-app next-date``: the latest date that keeps within a statutory timescale. It needs
no data: it runs straight after parsing, before any data folder is resolved or opened."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from chair_app.cli.parser import Commands

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
    types = "\n".join(f"  {key.ljust(width)}{meaning}" for key, meaning in every_type.items())
    command = commands.add_parser(
        "next-date",
        help="print the latest date a meeting (or the minutes) is due",
        description=(
            "Print the latest date that keeps within a statutory timescale. Working days\n"
            "skip weekends and the nation's bank holidays; a limit in days, weeks or months\n"
            "that ends on a closed day is moved back to the last working day before it."
        ),
        epilog=(
            f"TYPE is one of (the limits come from the nation's default policy or --policy):\n"
            f"{types}\n\n"
            "pre-birth-review-conference takes --after as the date of the pre-birth initial\n"
            "conference, and --born (the date of birth) or, before the birth, --expected (the\n"
            "expected date of delivery); the earlier of the two limits applies.\n\n"
            f"examples:\n  {_NEXT_DATE_EXAMPLE}\n  {_PRE_BIRTH_EXAMPLE}"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        one_line_errors=True,
    )
    command.add_argument(
        "--type", required=True, type=_rule_type, metavar="TYPE", help="what is due (see below)"
    )
    command.add_argument(
        "--after",
        required=True,
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="the date of the event the limit counts from",
    )
    command.add_argument(
        "--nation",
        required=True,
        type=_nation,
        metavar="NATION",
        help="england, wales, scotland or northern-ireland (decides the bank holidays)",
    )
    birth = command.add_mutually_exclusive_group()
    birth.add_argument(
        "--born",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="pre-birth-review-conference only: the baby's date of birth",
    )
    birth.add_argument(
        "--expected",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="pre-birth-review-conference only: the expected date of delivery, before the birth",
    )
    command.add_argument(
        "--policy", metavar="NAME", help="use this policy instead of the nation's default"
    )
    command.add_argument(
        "--policy-folder",
        type=_existing_folder,
        metavar="DIR",
        help="also read a local authority's policies (*.json) from DIR",
    )


def _rule_type(text: str) -> str:
    from chair_app.core.timescales import PRE_BIRTH_RULE_TYPES, RULE_TYPES

    if text not in RULE_TYPES and text not in PRE_BIRTH_RULE_TYPES:
        known = ", ".join((*RULE_TYPES, *PRE_BIRTH_RULE_TYPES))
        raise argparse.ArgumentTypeError(f"unknown type {text!r}; use one of: {known}")
    return text


def _iso_date(text: str) -> dt.date:
    import calendar
    import re

    hint = "write it as YYYY-MM-DD, for example 2026-11-25"
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if match is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; {hint}")
    year, month, day = (int(part) for part in match.groups())
    if not 1900 <= year <= 2200:
        raise argparse.ArgumentTypeError(f"{text}: the year must be between 1900 and 2200")
    if not 1 <= month <= 12:
        raise argparse.ArgumentTypeError(f"{text} is not a real date: there is no month {month}")
    days_in_month = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days_in_month:
        raise argparse.ArgumentTypeError(
            f"{text} is not a real date: {calendar.month_name[month]} {year} has "
            f"{days_in_month} days"
        )
    return dt.date(year, month, day)


def _nation(text: str) -> Nation:
    from chair_app.core.timescales import Nation

    try:
        return Nation(text)
    except ValueError:
        known = ", ".join(nation.value for nation in Nation)
        raise argparse.ArgumentTypeError(f"unknown nation {text!r}; use one of: {known}") from None


def _existing_folder(text: str) -> Path:
    folder = Path(text).expanduser()
    if not folder.is_dir():
        raise argparse.ArgumentTypeError(f"there is no folder {text}")
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
        print(f"chair-app: warning: {problem}", file=sys.stderr)
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
                f"chair-app: --born and --expected are only for --type "
                f"{PRE_BIRTH_FROM_CONFERENCE}, not {args.type}",
                file=sys.stderr,
            )
            return 2
        try:
            rule = policy.rule(args.type)
        except KeyError:
            print(
                f"chair-app: the policy {policy.name!r} sets no {args.type!r} timescale",
                file=sys.stderr,
            )
            return 2
        due = due_date(rule, args.after, args.nation)
        source = rule.source
    print(f"{due.latest_date.isoformat()} ({format_long_date(due.latest_date)})")
    print(due.explanation)
    print(f"Source: {source} (policy: {policy.name}).")
    return 0
