"""IT's machine-wide configuration folder: settings deployed once for every user of a laptop.

The folder (``paths.site_config_dir()``: ``/etc/xdg/ChairApp``, ``%PROGRAMDATA%\\ChairApp``, or
``CHAIR_APP_SITE_CONFIG``) may hold:

- ``settings.json``: ``{"defaults": {FIELD: value, ...}, "fixed": [FIELD, ...]}``. A default
  applies until the user chooses otherwise in Settings; a fixed field always reads IT's value.
- ``agendas/``, ``policies/``, ``plain_language/``: files in the same format as the data
  folder's own, read before them (the data folder's file wins: see services.agendas,
  services.policies, services.plain_language).

Nothing here ever stops the app: a bad file or field is ignored and named in ``problems``, which
Settings shows and ``chair-app config check`` prints.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from chair_app.core.language import translate
from chair_app.core.timescales import Nation
from chair_app.paths import site_config_dir

SETTINGS_FILE = "settings.json"
MAX_SETTINGS_FILE_BYTES = 64 * 1024


@dataclass(frozen=True, slots=True)
class SiteField:
    """One setting IT may deploy: its name in ``settings.json``, its key in the data's setting
    table, and its kind: ``"nation"``, ``"language"``, ``"text"``, ``"bool"``, ``"server_url"``
    (a team server's address, without a password), ``"file"`` (a file's full path) or a
    whole-number range."""

    name: str
    key: str
    kind: str | tuple[int, int]


def site_fields() -> tuple[SiteField, ...]:
    from chair_app.services.backup import (
        BACKUP_DAYS_KEY,
        BACKUP_DAYS_RANGE,
        BACKUP_WEEKS_KEY,
        BACKUP_WEEKS_RANGE,
        BACKUPS_KEPT_KEY,
    )
    from chair_app.services.record_limits import RECORD_SIZE_LIMIT_KEY, RECORD_SIZE_LIMIT_RANGE_MB
    from chair_app.services.settings import (
        BACKUPS_KEPT_RANGE,
        HIGH_CONTRAST_KEY,
        LOCK_MINUTES_KEY,
        LOCK_MINUTES_RANGE,
        NATION_KEY,
        POLICY_KEY,
        SERVER_CA_FILE_KEY,
        SERVER_URL_KEY,
        TEXT_SCALE_KEY,
        TEXT_SCALE_RANGE,
    )

    return (
        SiteField("nation", NATION_KEY, "nation"),
        SiteField("timescale_policy", POLICY_KEY, "text"),
        SiteField("backups_kept", BACKUPS_KEPT_KEY, BACKUPS_KEPT_RANGE),
        SiteField("backup_days", BACKUP_DAYS_KEY, BACKUP_DAYS_RANGE),
        SiteField("backup_weeks", BACKUP_WEEKS_KEY, BACKUP_WEEKS_RANGE),
        SiteField("record_size_limit_mb", RECORD_SIZE_LIMIT_KEY, RECORD_SIZE_LIMIT_RANGE_MB),
        SiteField("lock_after_minutes", LOCK_MINUTES_KEY, LOCK_MINUTES_RANGE),
        SiteField("text_size", TEXT_SCALE_KEY, TEXT_SCALE_RANGE),
        SiteField("high_contrast", HIGH_CONTRAST_KEY, "bool"),
        # Kept outside the database (services.language_setting): read before it is open.
        SiteField("language", "language", "language"),
        # The team server (services.server_settings): where it is, and the certificate
        # authority that signed its certificate.
        SiteField("server_url", SERVER_URL_KEY, "server_url"),
        SiteField("server_ca_file", SERVER_CA_FILE_KEY, "file"),
    )


@dataclass(frozen=True, slots=True)
class SiteDefaults:
    """What IT's ``settings.json`` says, by setting-table key.

    Attributes:
        values: IT's value for each key it gives, as the setting table stores it.
        fixed: the keys IT fixed (only those with a usable value).
        problems: one message per unusable file or field, ``"<file>: field '<name>': ..."``.
    """

    values: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    fixed: frozenset[str] = frozenset()
    problems: tuple[str, ...] = ()


def load_site_defaults(folder: Path | None = None) -> SiteDefaults:
    """IT's defaults from ``folder/settings.json`` (the site folder unless given). A missing
    file gives no defaults; a bad one gives none and a problem; a bad field is skipped."""
    path = (folder if folder is not None else site_config_dir()) / SETTINGS_FILE
    try:
        status = path.stat()
    except FileNotFoundError:
        return SiteDefaults()
    except OSError as error:
        return SiteDefaults(problems=(_unreadable(path, error),))
    return _load_cached(path, status.st_mtime_ns, status.st_size)


@functools.lru_cache(maxsize=8)
def _load_cached(path: Path, _mtime_ns: int, _size: int) -> SiteDefaults:
    try:
        data = _read_json(path)
    except ValueError as error:
        return SiteDefaults(problems=(str(error),))
    if not isinstance(data, dict):
        return SiteDefaults(
            problems=(
                translate("SiteConfig", "{file}: the file must hold one JSON object").format(
                    file=path
                ),
            )
        )
    problems: list[str] = []
    for name in data:
        if name not in ("defaults", "fixed"):
            problems.append(
                translate(
                    "SiteConfig", "{file}: field '{name}' is not known (use 'defaults' and 'fixed')"
                ).format(file=path, name=name)
            )
    fields = {site_field.name: site_field for site_field in site_fields()}
    known = ", ".join(fields)
    defaults = data.get("defaults", {})
    values: dict[str, str] = {}
    if not isinstance(defaults, dict):
        problems.append(
            translate("SiteConfig", "{file}: field 'defaults' must be an object of settings")
            .format(file=path)
        )
        defaults = {}
    for name, value in defaults.items():
        site_field = fields.get(name)
        if site_field is None:
            problems.append(
                translate(
                    "SiteConfig", "{file}: field 'defaults.{name}' is not a setting (they are: {known})"
                ).format(file=path, name=name, known=known)
            )
            continue
        stored, problem = _stored_value(site_field, value)
        if problem:
            problems.append(
                translate("SiteConfig", "{file}: field 'defaults.{name}': {problem}; it is not used")
                .format(file=path, name=name, problem=problem)
            )
        else:
            values[site_field.key] = stored
    fixed_names = data.get("fixed", [])
    fixed: set[str] = set()
    if not isinstance(fixed_names, list) or not all(isinstance(n, str) for n in fixed_names):
        problems.append(
            translate("SiteConfig", "{file}: field 'fixed' must be a list of setting names").format(
                file=path
            )
        )
        fixed_names = []
    for name in fixed_names:
        site_field = fields.get(name)
        if site_field is None:
            problems.append(
                translate("SiteConfig", "{file}: field 'fixed' names '{name}', which is not a setting")
                .format(file=path, name=name)
            )
        elif site_field.key not in values:
            problems.append(
                translate(
                    "SiteConfig",
                    "{file}: field 'fixed' names '{name}', but 'defaults' gives it no usable "
                    "value; it is not fixed",
                ).format(file=path, name=name)
            )
        else:
            fixed.add(site_field.key)
    return SiteDefaults(MappingProxyType(values), frozenset(fixed), tuple(problems))


def _stored_value(site_field: SiteField, value: Any) -> tuple[str, str]:
    """The value as the setting table stores it, or a problem."""
    kind = site_field.kind
    if kind == "nation":
        nations = ", ".join(nation.value for nation in Nation)
        if isinstance(value, str) and value in {nation.value for nation in Nation}:
            return value, ""
        return "", translate("SiteConfig", "{value} is not a nation (use one of {nations})").format(
            value=repr(value), nations=nations
        )
    if kind == "language":
        from chair_app.core.language import Language

        languages = ", ".join(language.value for language in Language)
        if isinstance(value, str) and value in {language.value for language in Language}:
            return value, ""
        return "", translate(
            "SiteConfig", "{value} is not a language (use one of {languages})"
        ).format(value=repr(value), languages=languages)
    if kind == "text":
        if isinstance(value, str):
            return value, ""
        return "", translate("SiteConfig", "{value} is not text").format(value=repr(value))
    if kind == "server_url":
        # Checked without SQLAlchemy: the first screen reads these settings before it loads.
        from chair_app.services.server_settings import server_url_problem

        if not isinstance(value, str):
            return "", translate("SiteConfig", "{value} is not text").format(value=repr(value))
        problem = server_url_problem(value)
        return ("", problem) if problem else (value.strip(), "")
    if kind == "file":
        if isinstance(value, str) and value.strip() and Path(value.strip()).is_absolute():
            return value.strip(), ""
        return "", translate("ServerSettings", "{value} is not a file's full path").format(
            value=repr(value)
        )
    if kind == "bool":
        if isinstance(value, bool):
            return ("1" if value else "0"), ""
        return "", translate("SiteConfig", "{value} is not true or false").format(value=repr(value))
    assert not isinstance(kind, str), kind  # the named kinds are all handled above
    low, high = kind
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        return "", translate(
            "SiteConfig", "{value} is not a whole number from {low} to {high}"
        ).format(value=repr(value), low=low, high=high)
    return str(value), ""


def _read_json(path: Path) -> Any:
    """The decoded JSON of a small file; a ValueError names the file and the problem."""
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_SETTINGS_FILE_BYTES + 1)
    except OSError as error:
        raise ValueError(_unreadable(path, error)) from None
    if len(data) > MAX_SETTINGS_FILE_BYTES:
        raise ValueError(
            translate("SiteConfig", "{file}: the file is too big (more than 64 KB)").format(file=path)
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValueError(
            translate(
                "SiteConfig", "{file}: the file is not UTF-8 text (bad byte at position {position})"
            ).format(file=path, position=error.start)
        ) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(
            translate(
                "SiteConfig",
                "{file}: this is not valid JSON (line {line}, column {column}: {problem})",
            ).format(file=path, line=error.lineno, column=error.colno, problem=error.msg)
        ) from None


class FolderUnusable(Exception):
    """There is no configuration folder to check, or it cannot be read."""


def check_folder(folder: Path) -> list[str]:
    """Every problem in a configuration folder, each naming its file (and field, where there is
    one). An empty list means the folder is clean.

    Raises:
        FolderUnusable: the folder is missing or cannot be read.
    """
    from chair_app.core.domain import MeetingType
    from chair_app.services.agendas import agenda_file_problem
    from chair_app.services.plain_language import override_folder_problems
    from chair_app.services.policies import UnknownPolicy, load_policies, policy_folder_problems

    if not folder.is_dir():
        raise FolderUnusable(
            translate("SiteConfig", "{folder}: there is no configuration folder here").format(
                folder=folder
            )
        )
    try:
        os.listdir(folder)
    except OSError as error:
        raise FolderUnusable(
            translate("SiteConfig", "{folder}: the folder cannot be read ({reason})").format(
                folder=folder, reason=error.strerror
            )
        ) from None
    problems: list[str] = []
    defaults = load_site_defaults(folder)
    problems += defaults.problems
    policies_folder = folder / "policies"
    if policies_folder.is_dir():
        problems += policy_folder_problems(policies_folder)
    from chair_app.services.settings import NATION_KEY, POLICY_KEY

    policy_name = defaults.values.get(POLICY_KEY)
    if policy_name:
        catalogue = load_policies(None, site_folder=policies_folder)
        path = folder / SETTINGS_FILE
        try:
            policy = catalogue.get(policy_name)
        except UnknownPolicy as error:
            problems.append(
                translate("SiteConfig", "{file}: field 'defaults.timescale_policy': {problem}")
                .format(file=path, problem=error)
            )
        else:
            nation = defaults.values.get(NATION_KEY)
            if nation and policy.nation.value != nation:
                problems.append(
                    translate(
                        "SiteConfig",
                        "{file}: field 'defaults.timescale_policy': the policy {policy} is "
                        "for {policy_nation}, but 'defaults.nation' is {nation}",
                    ).format(
                        file=path,
                        policy=repr(policy.name),
                        policy_nation=policy.nation.value,
                        nation=nation,
                    )
                )
    agendas_folder = folder / "agendas"
    if agendas_folder.is_dir():
        types = {meeting_type.value: meeting_type for meeting_type in MeetingType}
        for path in sorted(agendas_folder.glob("*.json")):
            meeting_type = types.get(path.stem)
            if meeting_type is None:
                problems.append(
                    translate(
                        "SiteConfig", "{file}: the file name is not a meeting type (use one of {names})"
                    ).format(file=path, names=", ".join(name + ".json" for name in types))
                )
                continue
            problem = agenda_file_problem(path, meeting_type)
            if problem:
                problems.append(problem)
    plain_folder = folder / "plain_language"
    if plain_folder.is_dir():
        problems += override_folder_problems(plain_folder)
    return problems


def _unreadable(path: Path, error: OSError) -> str:
    return translate("SiteConfig", "{file}: the file could not be read ({reason})").format(
        file=path, reason=error.strerror
    )
