"""Which backups to keep: by generation, not only by count.

The newest ``last`` are kept, plus the newest of each of the last ``days`` days, plus the newest
of each of the last ``weeks`` weeks. So restarts, which each take a backup, never push the older
generations out: a file damaged a fortnight ago can still be undone from a backup of before.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

DEFAULT_LAST = 10
DEFAULT_DAYS = 14
DEFAULT_WEEKS = 8


def backups_to_keep(
    taken: Sequence[dt.datetime],
    now: dt.datetime,
    *,
    last: int = DEFAULT_LAST,
    days: int = DEFAULT_DAYS,
    weeks: int = DEFAULT_WEEKS,
) -> set[int]:
    """The indexes (into ``taken``) of the backups to keep.

    Args:
        taken: when each backup was taken, in any order (aware datetimes, one time zone).
        now: the time to count days and weeks back from.
        last: how many of the newest to keep whatever their age (at least 1).
    """
    order = sorted(range(len(taken)), key=lambda i: taken[i], reverse=True)
    keep = set(order[: max(1, last)])
    newest_of_day: dict[dt.date, int] = {}
    newest_of_week: dict[tuple[int, int], int] = {}
    for index in order:  # newest first: the first seen of a day or week is its newest
        day = taken[index].date()
        age = (now.date() - day).days
        if 0 <= age < days:
            newest_of_day.setdefault(day, index)
        if 0 <= age < weeks * 7:
            year, week, _ = day.isocalendar()
            newest_of_week.setdefault((year, week), index)
    return keep | set(newest_of_day.values()) | set(newest_of_week.values())
