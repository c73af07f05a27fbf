"""One read, one build: an export reads the meeting's record once, builds the minutes once, and
reuses the scaling chart kept with a closed meeting instead of drawing it again."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import docx
import pytest
from conftest import TODAY
from sqlalchemy import event

import chair_app.core.minutes as core_minutes
from chair_app.core.agenda import StepKey
from chair_app.core.domain import MeetingStatus
from chair_app.models.db import SessionFactory
from chair_app.services.demo import create_demo_family
from chair_app.services.export_minutes import ExportFormat
from chair_app.services.families import FamilyService
from chair_app.services.meetings import MeetingService
from chair_app.services.minutes import MinutesService

_ROOT = Path(__file__).resolve().parents[2]

# SQL statements one export of the large meeting may run, whatever its size: the whole record
# read once in one transaction (30: the meeting and its parts, the family, the earlier meetings,
# the carried actions' history, the minutes' state, the step times, the kept chart) and the
# export recorded in another (9, with the chart kept). Before the record was read once, the
# same export ran 1609.
STATEMENTS_PER_EXPORT = 39


def _large_meeting_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "large_meeting", _ROOT / "benchmarks" / "large_meeting.py"
    )
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@contextmanager
def _counted(factory: SessionFactory) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    engine = factory.kw["bind"]
    event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", count)


def _closed_demo_meeting(factory: SessionFactory) -> int:
    family_id = create_demo_family(factory, TODAY)
    meetings = FamilyService(factory).get_family(family_id).meetings
    return next(m.id for m in meetings if m.status is MeetingStatus.CLOSED)


def test_an_export_of_the_large_meeting_runs_a_fixed_few_statements(
    factory: SessionFactory, tmp_path: Path
) -> None:
    meeting_id = _large_meeting_module().store_large_meeting(
        factory, people_count=30, action_count=150
    )
    MeetingService(factory).close(meeting_id)
    minutes = MinutesService(factory)
    with _counted(factory) as statements:
        path = minutes.export(meeting_id, ExportFormat.DOCX, tmp_path / "minutes.docx", today=TODAY)
    assert path.exists()
    assert len(statements) <= STATEMENTS_PER_EXPORT, len(statements)
    # The second export (the chart kept, the version recorded) runs no more.
    with _counted(factory) as again:
        minutes.export(meeting_id, ExportFormat.PDF, tmp_path / "minutes.pdf", today=TODAY)
    assert len(again) <= STATEMENTS_PER_EXPORT, len(again)


def test_exporting_the_full_record_builds_the_minutes_once(
    factory: SessionFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting_id = _closed_demo_meeting(factory)
    builds = []
    sections_for = core_minutes._sections_for

    def counting(step, *args):  # type: ignore[no-untyped-def]
        if step is StepKey.ATTENDANCE:  # the first step of every build of the minutes
            builds.append(step)
        return sections_for(step, *args)

    monkeypatch.setattr(core_minutes, "_sections_for", counting)
    path = MinutesService(factory).export(
        meeting_id, ExportFormat.DOCX, tmp_path / "minutes.docx", today=TODAY
    )
    assert "Attendance" in "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert len(builds) == 1


@contextmanager
def _matplotlib_unimportable() -> Iterator[None]:
    """matplotlib out of sys.modules and refused if imported, put back afterwards."""
    saved = {name: sys.modules.pop(name) for name in list(sys.modules)
             if name == "matplotlib" or name.startswith("matplotlib.")}

    class Refuse:
        @staticmethod
        def find_spec(name, *_args):  # type: ignore[no-untyped-def]
            if name == "matplotlib" or name.startswith("matplotlib."):
                raise ImportError("matplotlib imported while exporting with a kept chart")

    blocker = Refuse()
    sys.meta_path.insert(0, blocker)  # type: ignore[arg-type]
    try:
        yield
    finally:
        sys.meta_path.remove(blocker)  # type: ignore[arg-type]
        sys.modules.update(saved)


def test_a_closed_meetings_chart_is_drawn_once_and_kept(
    factory: SessionFactory, tmp_path: Path
) -> None:
    meeting_id = _closed_demo_meeting(factory)
    first = MinutesService(factory).export(
        meeting_id, ExportFormat.DOCX, tmp_path / "first.docx", today=TODAY
    )
    assert len(docx.Document(str(first)).inline_shapes) == 1  # the chart of scores over time
    # Later exports, in this session or the next, print the kept chart without drawing it.
    with _matplotlib_unimportable():
        again = MinutesService(factory).export(
            meeting_id, ExportFormat.DOCX, tmp_path / "again.docx", today=TODAY
        )
        MinutesService(factory).export(
            meeting_id, ExportFormat.PDF, tmp_path / "again.pdf", today=TODAY
        )
        assert "matplotlib" not in sys.modules
    pictures = [
        part.blob
        for part in (docx.Document(str(again)).part.related_parts.values())
        if part.content_type == "image/png"
    ]
    kept = [
        part.blob
        for part in (docx.Document(str(first)).part.related_parts.values())
        if part.content_type == "image/png"
    ]
    assert pictures == kept
