"""Backups kept by generation: the last 10, one a day for 14 days, one a week for 8 weeks."""

from __future__ import annotations

import datetime as dt

from chair_app.core.retention import backups_to_keep

NOW = dt.datetime(2026, 12, 6, 9, 0, tzinfo=dt.UTC)


def test_restarts_never_push_the_older_generations_out() -> None:
    # One backup a day for 60 days, then 30 restarts this morning.
    taken = [NOW - dt.timedelta(days=d, hours=1) for d in range(1, 61)]
    taken += [NOW - dt.timedelta(minutes=m) for m in range(30)]
    kept = {taken[i] for i in backups_to_keep(taken, NOW)}
    # The ten newest: this morning's restarts.
    assert sorted(kept, reverse=True)[:10] == sorted(taken, reverse=True)[:10]
    # One a day for the last 14 days, so yesterday's and the day before's survive the restarts.
    for days_ago in range(1, 14):
        assert any((NOW.date() - t.date()).days == days_ago for t in kept), days_ago
    # One a week for 8 weeks: something from 7 weeks ago, nothing from 10 weeks ago.
    assert any(40 <= (NOW.date() - t.date()).days < 56 for t in kept)
    assert all((NOW.date() - t.date()).days < 56 for t in kept)
    assert len(kept) < 10 + 14 + 8 + 1


def test_within_a_day_the_newest_is_the_days_generation() -> None:
    yesterday = NOW - dt.timedelta(days=1)
    taken = [yesterday.replace(hour=h) for h in (8, 12, 17)] + [NOW]
    assert backups_to_keep(taken, NOW, last=1) == {2, 3}


def test_the_numbers_are_settings() -> None:
    taken = [NOW - dt.timedelta(days=d) for d in range(20)]
    assert len(backups_to_keep(taken, NOW, last=1, days=0, weeks=0)) == 1
    assert len(backups_to_keep(taken, NOW, last=20, days=0, weeks=0)) == 20
