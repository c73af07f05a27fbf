"""The first screen's read: the families list, from one DB-API connection and plain SQL.

Start-up shows the families before SQLAlchemy and the ORM have loaded (they take about a second).
This read is only ever a preview: it opens the file read-only, writes nothing, and gives up
(None) whenever the full opening has something to decide first: a file that is not encrypted, a
schema older or newer than this version's, a log it would refuse, a passphrase that does not
open it, or any error reading it. The full opening (services.storage.open_store) then runs as
it always did, with its checks and messages, before anything is written or can be done.

No SQLAlchemy here (a test checks it is not loaded before the families are shown).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import NamedTuple

from chair_app.core.domain import FamilySummary
from chair_app.models.sqlite_files import (
    FileKind,
    connect,
    database_errors,
    file_kind,
    read_only_problem,
)
from chair_app.models.wal import wal_problem

logger = logging.getLogger(__name__)

_VERSIONS = Path(__file__).parent / "migrations" / "versions"
_REVISION = re.compile(r"^revision(?:: str)? = [\"']([^\"']+)[\"']", re.MULTILINE)

# The same order as FamilyRepository.list_summaries: SQLite's lower() of the name, then the id.
_FAMILIES = "SELECT id, name FROM family ORDER BY lower(name), id"
_CHILDREN = "SELECT family_id, name FROM child ORDER BY id"
_MEETINGS = "SELECT family_id, count(*) FROM meeting GROUP BY family_id"
_SETTINGS = "SELECT key, value FROM setting WHERE key IN ({marks})"


class FirstScreenRead(NamedTuple):
    """What the first screen shows: the families list, and the setting rows asked for (the
    text size and contrast), by key; a key with no row is left out."""

    families: tuple[FamilySummary, ...]
    settings: Mapping[str, str]


def schema_head() -> str:
    """The newest schema revision this version knows: the last migration script's revision
    (models.migrations lists the same; reading it there would load SQLAlchemy and Alembic)."""
    scripts = sorted(_VERSIONS.glob("[0-9][0-9][0-9][0-9]_*.py"))
    if not scripts:
        return ""
    found = _REVISION.search(scripts[-1].read_text(encoding="utf-8"))
    return found.group(1) if found else ""


def read_first_screen(path: Path, passphrase: str) -> tuple[FamilySummary, ...] | None:
    """The families list of an encrypted data file that is up to date, as the families service
    would list it; None when the full opening must decide first (see the module's docstring)."""
    read = read_first_screen_with(path, passphrase, ())
    return None if read is None else read.families


def read_first_screen_with(
    path: Path, passphrase: str, setting_keys: Iterable[str]
) -> FirstScreenRead | None:
    """The families list, as ``read_first_screen``, and the setting rows of ``setting_keys``,
    from the same connection; None when the full opening must decide first."""
    keys = tuple(setting_keys)
    if file_kind(path) is not FileKind.ENCRYPTED or wal_problem(path) or read_only_problem(path):
        return None
    try:
        connection = connect(path, passphrase, read_only=True)
    except database_errors():
        return None  # a wrong passphrase, or a damaged file: the full opening says which
    try:
        connection.execute("PRAGMA query_only=ON")
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        if revision != [(schema_head(),)]:
            return None  # an older schema is upgraded first, a newer one refused
        children: dict[int, list[str]] = {}
        for family_id, name in connection.execute(_CHILDREN):
            children.setdefault(family_id, []).append(name)
        counts = dict(connection.execute(_MEETINGS).fetchall())
        families = tuple(
            FamilySummary(family_id, name, tuple(children.get(family_id, ())),
                          counts.get(family_id, 0))
            for family_id, name in connection.execute(_FAMILIES)
        )
        settings: dict[str, str] = {}
        if keys:
            marks = ", ".join("?" * len(keys))
            settings = dict(connection.execute(_SETTINGS.format(marks=marks), keys).fetchall())
        return FirstScreenRead(families, settings)
    except database_errors():
        logger.info("first screen not read: the full opening decides")
        return None
    finally:
        connection.close()
