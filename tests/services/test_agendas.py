"""Loading agendas: a local authority's file wins, a missing one falls back to the bundled file,
and a broken one gives the built-in agenda plus a message naming the file."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from chair_app.core.agenda import BUILT_IN_AGENDAS, StepKey
from chair_app.core.domain import MeetingType
from chair_app.paths import resources_dir
from chair_app.services.agendas import clear_agenda_cache, load_agenda


@pytest.fixture(autouse=True)
def _fresh_cache() -> Iterator[None]:
    clear_agenda_cache()
    yield
    clear_agenda_cache()


@pytest.fixture
def local(tmp_path: Path) -> Path:
    folder = tmp_path / "local"
    folder.mkdir()
    return folder


@pytest.fixture
def bundled(tmp_path: Path) -> Path:
    """A copy of the bundled agendas, with one title changed so they are told from the built-in."""
    folder = tmp_path / "bundled"
    folder.mkdir()
    for meeting_type in MeetingType:
        data = _agenda(meeting_type)
        data["steps"][0]["title"] = "Bundled welcome"
        _write(folder / f"{meeting_type.value}.json", data)
    return folder


def _agenda(meeting_type: MeetingType) -> dict[str, Any]:
    path = resources_dir() / "agendas" / f"{meeting_type.value}.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _write(path: Path, data: object) -> None:
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")


def _titles(meeting_type: MeetingType, local: Path | None, bundled: Path | None) -> list[str]:
    return [step.title for step in load_agenda(meeting_type, local, bundled_folder=bundled).steps]


@pytest.mark.parametrize("meeting_type", list(MeetingType), ids=lambda t: t.value)
def test_load_agenda_shipped_files_load_without_problem(meeting_type: MeetingType) -> None:
    loaded = load_agenda(meeting_type)
    assert loaded.problem is None
    assert loaded.steps == BUILT_IN_AGENDAS[meeting_type]
    assert loaded.source == resources_dir() / "agendas" / f"{meeting_type.value}.json"


def test_load_agenda_local_override_used(local: Path, bundled: Path) -> None:
    data = _agenda(MeetingType.CORE_GROUP)
    data["steps"][1]["title"] = "Since we last met"
    del data["steps"][3]  # this authority does not use the children's views step here
    _write(local / "core_group.json", data)

    loaded = load_agenda(MeetingType.CORE_GROUP, local, bundled_folder=bundled)

    assert loaded.problem is None
    assert loaded.source == local / "core_group.json"
    assert loaded.steps[1].title == "Since we last met"
    assert StepKey.CHILD_VIEWS not in [step.key for step in loaded.steps]
    assert len(loaded.steps) == len(BUILT_IN_AGENDAS[MeetingType.CORE_GROUP]) - 1


def test_load_agenda_override_for_other_type_only_uses_bundled(local: Path, bundled: Path) -> None:
    data = _agenda(MeetingType.STRATEGY)
    data["steps"][0]["title"] = "Local welcome"
    _write(local / "strategy.json", data)

    core = load_agenda(MeetingType.CORE_GROUP, local, bundled_folder=bundled)

    assert core.problem is None
    assert core.source == bundled / "core_group.json"
    assert core.steps[0].title == "Bundled welcome"
    assert _titles(MeetingType.STRATEGY, local, bundled)[0] == "Local welcome"


def test_load_agenda_missing_local_folder_uses_bundled(tmp_path: Path, bundled: Path) -> None:
    loaded = load_agenda(MeetingType.CORE_GROUP, tmp_path / "nowhere", bundled_folder=bundled)
    assert loaded.problem is None
    assert loaded.steps[0].title == "Bundled welcome"


def test_load_agenda_malformed_override_gives_built_in_and_names_file(
    local: Path, bundled: Path
) -> None:
    data = _agenda(MeetingType.CORE_GROUP)
    data["steps"][5]["key"] = "scalling"
    path = local / "core_group.json"
    _write(path, data)

    loaded = load_agenda(MeetingType.CORE_GROUP, local, bundled_folder=bundled)

    # The built-in agenda, not the bundled file: a broken local file is never half-used.
    assert loaded.steps == BUILT_IN_AGENDAS[MeetingType.CORE_GROUP]
    assert loaded.source is None
    assert (
        loaded.problem == f"{path}: step 6 has an unknown key 'scalling' (did you mean 'scaling'?)"
    )


def test_load_agenda_override_for_wrong_type_refused(local: Path, bundled: Path) -> None:
    _write(local / "core_group.json", _agenda(MeetingType.STRATEGY))
    loaded = load_agenda(MeetingType.CORE_GROUP, local, bundled_folder=bundled)
    assert loaded.steps == BUILT_IN_AGENDAS[MeetingType.CORE_GROUP]
    assert loaded.problem == (
        f"{local / 'core_group.json'}: meeting_type is 'strategy', "
        "but this file must be for 'core_group'"
    )


def test_load_agenda_invalid_json_gives_built_in_and_names_file(local: Path, bundled: Path) -> None:
    path = local / "core_group.json"
    path.write_text('{"format": 1,\n "meeting_type": "core_group"\n "steps": []}', encoding="utf-8")

    loaded = load_agenda(MeetingType.CORE_GROUP, local, bundled_folder=bundled)

    assert loaded.steps == BUILT_IN_AGENDAS[MeetingType.CORE_GROUP]
    assert loaded.problem is not None
    assert loaded.problem.startswith(f"{path}: this is not valid JSON (line 3, column 2: ")


def test_load_agenda_non_utf8_gives_built_in_and_names_file(local: Path, bundled: Path) -> None:
    path = local / "core_group.json"
    text = json.dumps(_agenda(MeetingType.CORE_GROUP), ensure_ascii=False)
    text = text.replace("Welcome and introductions", "Welcome – introductions")
    path.write_bytes(text.encode("cp1252"))  # the en dash becomes byte 0x96

    loaded = load_agenda(MeetingType.CORE_GROUP, local, bundled_folder=bundled)

    assert loaded.steps == BUILT_IN_AGENDAS[MeetingType.CORE_GROUP]
    assert loaded.problem is not None
    assert loaded.problem.startswith(f"{path}: the file is not UTF-8 text")
    assert "save it as UTF-8" in loaded.problem


def test_load_agenda_utf8_with_byte_order_mark_accepted(local: Path, bundled: Path) -> None:
    # Windows Notepad may save "UTF-8 with BOM"; that is still a good file.
    data = _agenda(MeetingType.CORE_GROUP)
    data["steps"][0]["title"] = "Croeso – welcome"
    (local / "core_group.json").write_bytes(
        json.dumps(data, ensure_ascii=False).encode("utf-8-sig")
    )
    loaded = load_agenda(MeetingType.CORE_GROUP, local, bundled_folder=bundled)
    assert loaded.problem is None
    assert loaded.steps[0].title == "Croeso – welcome"


def test_load_agenda_field_given_twice_refused(local: Path, bundled: Path) -> None:
    path = local / "core_group.json"
    text = json.dumps(_agenda(MeetingType.CORE_GROUP))
    path.write_text(text.replace('"format": 1', '"format": 1, "format": 1', 1), encoding="utf-8")
    loaded = load_agenda(MeetingType.CORE_GROUP, local, bundled_folder=bundled)
    assert loaded.steps == BUILT_IN_AGENDAS[MeetingType.CORE_GROUP]
    assert loaded.problem == f"{path}: the field 'format' appears twice in the same object"


def test_load_agenda_unreadable_override_gives_built_in(local: Path, bundled: Path) -> None:
    path = local / "core_group.json"
    path.mkdir()  # a folder where the file should be: exists, but cannot be read as a file
    loaded = load_agenda(MeetingType.CORE_GROUP, local, bundled_folder=bundled)
    assert loaded.steps == BUILT_IN_AGENDAS[MeetingType.CORE_GROUP]
    assert loaded.problem is not None
    assert loaded.problem.startswith(f"{path}: the file could not be read (")


def test_load_agenda_huge_file_refused(local: Path, bundled: Path) -> None:
    path = local / "core_group.json"
    path.write_text(" " * 300_000 + "{}", encoding="utf-8")
    loaded = load_agenda(MeetingType.CORE_GROUP, local, bundled_folder=bundled)
    assert loaded.steps == BUILT_IN_AGENDAS[MeetingType.CORE_GROUP]
    assert loaded.problem == f"{path}: the file is too big to be an agenda (more than 256 KB)"


def test_load_agenda_bundled_file_missing_gives_built_in_and_says_so(bundled: Path) -> None:
    (bundled / "strategy.json").unlink()
    loaded = load_agenda(MeetingType.STRATEGY, None, bundled_folder=bundled)
    assert loaded.steps == BUILT_IN_AGENDAS[MeetingType.STRATEGY]
    assert loaded.problem == f"{bundled / 'strategy.json'}: the file is missing"


def test_load_agenda_broken_bundled_file_gives_built_in(bundled: Path) -> None:
    path = bundled / "strategy.json"
    path.write_text("[]", encoding="utf-8")
    loaded = load_agenda(MeetingType.STRATEGY, None, bundled_folder=bundled)
    assert loaded.steps == BUILT_IN_AGENDAS[MeetingType.STRATEGY]
    assert loaded.problem == f"{path}: the file must hold a JSON object, not a list"


def test_load_agenda_cached_until_cleared(local: Path, bundled: Path) -> None:
    path = local / "core_group.json"
    data = _agenda(MeetingType.CORE_GROUP)
    data["steps"][0]["title"] = "First version"
    _write(path, data)
    assert _titles(MeetingType.CORE_GROUP, local, bundled)[0] == "First version"

    data["steps"][0]["title"] = "Second version"
    _write(path, data)
    assert _titles(MeetingType.CORE_GROUP, local, bundled)[0] == "First version"
    # Another folder is another cache entry.
    assert _titles(MeetingType.CORE_GROUP, None, bundled)[0] == "Bundled welcome"

    clear_agenda_cache()
    assert _titles(MeetingType.CORE_GROUP, local, bundled)[0] == "Second version"


def test_load_agenda_problem_logged_without_file_text(
    local: Path, bundled: Path, caplog: pytest.LogCaptureFixture
) -> None:
    data = _agenda(MeetingType.CORE_GROUP)
    data["steps"][1]["key"] = "Jacob Marlowe's reasons"  # text from the file must not be logged
    _write(local / "core_group.json", data)

    with caplog.at_level(logging.WARNING, logger="chair_app.services.agendas"):
        loaded = load_agenda(MeetingType.CORE_GROUP, local, bundled_folder=bundled)

    assert loaded.problem is not None and "Jacob Marlowe" in loaded.problem
    assert len(caplog.records) == 1
    logged = caplog.records[0].getMessage()
    assert "core_group" in logged
    assert "Marlowe" not in logged
