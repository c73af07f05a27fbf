"""The team view: the team's families on the server with what is due and overdue, by the same
rules as the family page (services.schedule.ScheduleService.family_deadlines, run on the
server's rows). Row-level security on the server limits the families to the user's teams.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from chair_app.core.deadlines import DeadlineState
from chair_app.core.errors import StorageUnavailable
from chair_app.core.language import translate
from chair_app.models.server_db import ServerAddress as ServerAddress
from chair_app.models.server_db import ServerUnavailable as ServerUnavailable

if TYPE_CHECKING:
    from chair_app.models.team_families import Engine
    from chair_app.services.settings import SettingsService

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class TeamFamilyDue:
    """One family of the team and where its deadlines stand.

    Attributes:
        name: the family's name.
        team: the team it belongs to on the server ("" for none).
        next_due: the latest date of the first thing due (None: nothing is due).
        what: what is due or overdue, each with its state, in the window's language.
        overdue: whether anything is overdue.
        days_overdue: how many days the longest-overdue item is late (0 if none).
    """

    name: str
    team: str
    next_due: dt.date | None
    what: str
    overdue: bool
    days_overdue: int


def team_due(
    engine: Engine,
    today: dt.date | None = None,
    *,
    settings: SettingsService | None = None,
    policies_folder: Path | None = None,
) -> tuple[TeamFamilyDue, ...]:
    """Every family this user may see on the server, overdue first (longest overdue first),
    then by the date the next thing is due.

    Args:
        settings: whose nation and timescale policy apply (the laptop's, in the window); the
            server's own settings when None.
        policies_folder: local timescale policies, as the family page has them.

    Raises:
        ServerUnavailable: the server could not be read.
    """
    from chair_app.models.team_families import family_teams, server_session_factory
    from chair_app.services.schedule import ScheduleService

    today = today or dt.date.today()
    families = family_teams(engine)
    schedule = ScheduleService(server_session_factory(engine), policies_folder)
    if settings is not None:
        schedule.settings = settings
    rows: list[TeamFamilyDue] = []
    try:
        for family_id, name, team in families:
            deadlines = schedule.family_deadlines(family_id, today)
            late = [d for d in deadlines if d.state is DeadlineState.OVERDUE]
            rows.append(
                TeamFamilyDue(
                    name=name,
                    team=team,
                    next_due=min((d.due.latest_date for d in deadlines), default=None),
                    what="; ".join(f"{d.what}: {d.state.label}" for d in deadlines),
                    overdue=bool(late),
                    days_overdue=max(((today - d.due.latest_date).days for d in late), default=0),
                )
            )
    except StorageUnavailable as error:
        logger.warning("team view: the server could not be read")
        raise ServerUnavailable(
            translate("TeamView", "The team's families could not be read from the server: {problem}")
            .format(problem=error)
        ) from error
    logger.info("team view: %d families read", len(rows))
    return tuple(
        sorted(
            rows,
            key=lambda r: (
                not r.overdue,
                -r.days_overdue,
                r.next_due or dt.date.max,
                r.name.casefold(),
            ),
        )
    )


def read_team_due(
    address: ServerAddress,
    password: str | None,
    today: dt.date | None = None,
    *,
    settings: SettingsService | None = None,
    policies_folder: Path | None = None,
) -> tuple[TeamFamilyDue, ...]:
    """Connect, check the server's schema, read the team view and let go of the connection.

    Raises:
        ServerUnavailable: the server cannot be used (the message says why).
    """
    from chair_app.models.server_db import check_schema, server_engine

    engine = server_engine(address, password)
    try:
        check_schema(engine, address)
        return team_due(engine, today, settings=settings, policies_folder=policies_folder)
    finally:
        engine.dispose()


def csv_header() -> tuple[str, ...]:
    return (
        translate("TeamView", "Family"),
        translate("TeamView", "Team"),
        translate("TeamView", "Next due"),
        translate("TeamView", "Overdue"),
        translate("TeamView", "Days overdue"),
        translate("TeamView", "What is due"),
    )


def _cell(text: str) -> str:
    """Text a spreadsheet shows as text: never read as a formula (=, +, -, @ first)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def csv_row(row: TeamFamilyDue) -> tuple[str, ...]:
    return (
        _cell(row.name),
        _cell(row.team),
        row.next_due.isoformat() if row.next_due else "",
        translate("TeamView", "Yes") if row.overdue else translate("TeamView", "No"),
        str(row.days_overdue),
        _cell(row.what),
    )


def write_team_due_csv(rows: tuple[TeamFamilyDue, ...], path: Path) -> Path:
    """Write the rows as CSV (UTF-8 with a byte-order mark, so spreadsheets read Welsh
    letters); returns the path written."""
    from chair_app.services.output_files import write_bytes_atomically

    write_bytes_atomically(path, team_due_csv(rows).encode("utf-8-sig"))
    logger.info("team view saved as CSV: %d rows", len(rows))
    return path


def team_due_csv(rows: tuple[TeamFamilyDue, ...]) -> str:
    """The rows as CSV: a header row, then one row per family."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(csv_header())
    for row in rows:
        writer.writerow(csv_row(row))
    return out.getvalue()
