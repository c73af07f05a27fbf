"""Which agenda a meeting follows: a local authority's own file, else the bundled one, else the
built-in agenda.

A local authority may put its own ``<meeting type>.json`` (for example ``core_group.json``) in a
folder of its choosing; any type without a file there uses the bundled
``resources/agendas/<meeting type>.json``. A file that cannot be read or is not a valid agenda is
never fatal: the meeting gets the built-in agenda and ``LoadedAgenda.problem`` says which file was
wrong and why, for the window to show. Between the two, IT's configuration folder
(services.site_config) may hold ``agendas/<meeting type>.json`` for every user of the laptop: the
local folder's file wins over IT's, and IT's over the bundled one. The steps are read in English;
``LoadedAgenda.in_language`` gives them in another language from the file's "translations" (a
file without them shows its English in every language). Results are cached per (type, folder) until
``clear_agenda_cache()``, so an edited file is read again only after that (or a restart).
"""

from __future__ import annotations

import functools
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chair_app.core.agenda import (
    BUILT_IN_AGENDAS,
    AgendaError,
    AgendaStep,
    agenda_in_language,
    parse_agenda,
)
from chair_app.core.domain import MeetingType
from chair_app.core.language import Language
from chair_app.paths import resources_dir, site_config_dir

logger = logging.getLogger(__name__)

AGENDAS_FOLDER = Path("agendas")
MAX_AGENDA_FILE_BYTES = 256 * 1024
"""An agenda is a few kilobytes; anything far larger is the wrong file."""


@dataclass(frozen=True, slots=True)
class LoadedAgenda:
    """The agenda a meeting type follows.

    Attributes:
        steps: the steps, in order. The built-in agenda when ``problem`` is set.
        problem: None, or what was wrong, as ``"<file path>: <problem>"``, for the user.
        source: the file the steps came from, or None when they are the built-in agenda.
    """

    steps: tuple[AgendaStep, ...]
    problem: str | None = None
    source: Path | None = None

    def in_language(self, language: Language) -> LoadedAgenda:
        """The same agenda with its steps' titles and purposes in ``language`` (the window
        passes ``core.language.display_language()``, the minutes their reader's language)."""
        steps = agenda_in_language(self.steps, language)
        if steps == self.steps:
            return self
        return LoadedAgenda(steps, self.problem, self.source)


class _UnusableFile(Exception):
    """The file exists but cannot be used; ``kind`` is a short label for the log (no file text)."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


def load_agenda(
    meeting_type: MeetingType,
    local_folder: Path | None = None,
    *,
    bundled_folder: Path | None = None,
) -> LoadedAgenda:
    """The agenda for a meeting type.

    Args:
        meeting_type: the kind of meeting.
        local_folder: the local authority's agenda folder, or None. Its ``<type>.json`` wins over
            the one in IT's configuration folder, which wins over the bundled file; if it has no such file the bundled one is used, without a problem.
        bundled_folder: where the bundled agendas are; ``resources/agendas`` unless given (tests).

    Returns:
        The steps from the first file found, or the built-in agenda with ``problem`` set when that
        file cannot be read or is not a valid agenda. The same object is returned for the same
        arguments until ``clear_agenda_cache()``.
    """
    return _load_cached(meeting_type, local_folder, bundled_folder, site_config_dir() / "agendas")


def clear_agenda_cache() -> None:
    """Forget the agendas read so far, so the next ``load_agenda`` reads the files again."""
    _load_cached.cache_clear()


@functools.lru_cache(maxsize=64)
def _load_cached(
    meeting_type: MeetingType,
    local_folder: Path | None,
    bundled_folder: Path | None,
    site_folder: Path,
) -> LoadedAgenda:
    file_name = f"{meeting_type.value}.json"
    candidates = []
    if local_folder is not None:
        candidates.append(local_folder / file_name)
    candidates.append(site_folder / file_name)
    candidates.append((bundled_folder or resources_dir() / AGENDAS_FOLDER) / file_name)

    for path in candidates:
        try:
            raw = _read(path)
        except FileNotFoundError:
            continue
        except _UnusableFile as error:
            return _fallback(meeting_type, path, error)
        try:
            steps = parse_agenda(raw, str(path), meeting_type)
        except AgendaError as error:
            return _fallback(meeting_type, path, _UnusableFile(str(error), "not a valid agenda"))
        return LoadedAgenda(steps, None, path)

    bundled = candidates[-1]
    return _fallback(
        meeting_type, bundled, _UnusableFile(f"{bundled}: the file is missing", "missing")
    )


def agenda_file_problem(path: Path, meeting_type: MeetingType) -> str | None:
    """What is wrong with one agenda file, as ``"<file path>: <problem>"``, or None."""
    try:
        parse_agenda(_read(path), str(path), meeting_type)
    except FileNotFoundError:
        return f"{path}: the file is missing"
    except (_UnusableFile, AgendaError) as error:
        return str(error)
    return None


def _read(path: Path) -> Any:
    """The decoded JSON of an agenda file.

    Raises:
        FileNotFoundError: there is no such file.
        _UnusableFile: it cannot be read, is too big, is not UTF-8 or is not valid JSON.
    """
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_AGENDA_FILE_BYTES + 1)
    except FileNotFoundError:
        raise
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise _UnusableFile(
            f"{path}: the file could not be read ({reason})", "unreadable"
        ) from None
    if len(data) > MAX_AGENDA_FILE_BYTES:
        raise _UnusableFile(
            f"{path}: the file is too big to be an agenda "
            f"(more than {MAX_AGENDA_FILE_BYTES // 1024} KB)",
            "too big",
        )
    try:
        # utf-8-sig: Windows Notepad may start the file with a byte-order mark.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _UnusableFile(
            f"{path}: the file is not UTF-8 text (a byte that UTF-8 does not allow "
            f"is at position {error.start}); save it as UTF-8",
            "not UTF-8",
        ) from None
    try:
        return json.loads(text, object_pairs_hook=_no_repeated_fields)
    except json.JSONDecodeError as error:
        raise _UnusableFile(
            f"{path}: this is not valid JSON (line {error.lineno}, column {error.colno}: "
            f"{error.msg})",
            "invalid JSON",
        ) from None
    except _RepeatedField as error:
        raise _UnusableFile(
            f"{path}: the field '{error.name}' appears twice in the same object",
            "repeated field",
        ) from None


class _RepeatedField(ValueError):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def _no_repeated_fields(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object as a dict, refusing a field given twice (json would keep only the last)."""
    result: dict[str, Any] = {}
    for name, value in pairs:
        if name in result:
            raise _RepeatedField(name)
        result[name] = value
    return result


def _fallback(meeting_type: MeetingType, path: Path, error: _UnusableFile) -> LoadedAgenda:
    # The message may quote the file's text; the log gets only the type, file name and kind.
    logger.warning(
        "Agenda file %s for %s not used (%s); using the built-in agenda",
        path.name,
        meeting_type.value,
        error.kind,
    )
    return LoadedAgenda(BUILT_IN_AGENDAS[meeting_type], str(error), None)
