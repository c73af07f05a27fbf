"""The minutes of a later meeting carry the plan's history: scores over time (a table and the
chart, in both files), and each carried action's review."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from chair_app.core.domain import (
    ActionStatus,
    AttendanceEntry,
    AttendanceStatus,
    Child,
    MeetingType,
    NextMeeting,
    Person,
    PlanType,
)
from chair_app.models.db import SessionFactory
from chair_app.services.export_minutes import ExportFormat, ExportService
from chair_app.services.families import FamilyService
from chair_app.services.meetings import MeetingService

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _three_meetings(factory: SessionFactory) -> tuple[MeetingService, list[int], dict[str, int]]:
    """Three Core Groups of the fictional Penrose family: overall scores 3, 5, then 8 (a big move)."""
    families, meetings = FamilyService(factory), MeetingService(factory)
    family_id = families.create_family("Penrose family")
    kids = {
        name: families.save_child(family_id, Child(0, f"{name} Penrose", None, PlanType.CHILD_PROTECTION))
        for name in ("Isla", "Milo")
    }
    people = {
        "mum": families.save_person(family_id, Person(0, "Tamsin Penrose", "Mother", "", False)),
        "sw": families.save_person(
            family_id, Person(0, "Gideon Marsh", "Social worker", "Eastvale Children's Social Care", True)
        ),
        "hv": families.save_person(family_id, Person(0, "Rosa Penhale", "Health visitor", "Eastvale Health", True)),
    }
    ids = []
    for number, (overall, outcome) in enumerate(((3, None), (5, ActionStatus.NOT_DONE), (8, ActionStatus.DONE))):
        day = dt.date(2026, 9, 1) + dt.timedelta(days=28 * number)
        meeting_id = meetings.create_meeting(
            family_id, MeetingType.CORE_GROUP, day, dt.time(10), "Eastvale Centre", people["sw"], people["hv"]
        )
        meetings.start(meeting_id)
        for person in people.values():
            meetings.set_attendance(meeting_id, AttendanceEntry(person, AttendanceStatus.PRESENT))
        record = meetings.get(meeting_id)
        if number == 0:
            statement = meetings.add_statement(meeting_id)
            meetings.update_statement(statement, "Milo may be left alone at night.", "An adult is always home.")
            meetings.set_statement_children(statement, (kids["Milo"],))
            action_id = meetings.add_action(meeting_id)
            action = meetings.get(meeting_id).actions[0]
            meetings.update_action(
                replace(action, what="Arrange an evening sitter rota.", owner_id=people["sw"],
                        due_date=day + dt.timedelta(days=14), child_ids=(kids["Milo"],))
            )
            assert action_id == action.id
        else:
            carried = record.actions[0]
            meetings.update_action(
                replace(carried, status=outcome, work_done=f"Rota tried, meeting {number + 1}.",
                        difference_for_child=f"Milo was with an adult {number + 2} nights a week.")
            )
        meetings.set_score(meeting_id, people["mum"], None, overall, "Things are calmer" if number == 2 else "")
        meetings.set_score(meeting_id, people["sw"], None, overall - 1, "")
        meetings.set_next_meeting(meeting_id, NextMeeting(day + dt.timedelta(days=28), None, "Eastvale Centre"))
        meetings.close(meeting_id)
        ids.append(meeting_id)
    return meetings, ids, people


def test_history_and_review_in_the_minutes(factory: SessionFactory) -> None:
    meetings, ids, _ = _three_meetings(factory)
    text = meetings.build_minutes(ids[2], with_chart=False).plain_text()
    # Scores over time, one row per meeting: average and range.
    assert "Scores over time" in text
    assert "01/09/2026 | 2.5 | 2 to 3 | 2" in text
    assert "29/09/2026 | 4.5 | 4 to 5 | 2" in text
    assert "27/10/2026 | 7.5 | 7 to 8 | 2" in text
    # The carried action's review, with its history and which child it is for.
    assert "Outcome: Done" in text
    assert "Difference for the child: Milo was with an adult 4 nights a week." in text
    assert "In the plan since: Tuesday 1 September 2026" in text
    assert "Reviewed before: 29/09/2026: not done" in text
    assert "For: Milo Penrose" in text


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_chart_image_is_in_both_exported_files(
    factory: SessionFactory, tmp_path: Path, fmt: ExportFormat
) -> None:
    meetings, ids, _ = _three_meetings(factory)
    path = ExportService(factory).export(ids[2], fmt, tmp_path / f"minutes.{fmt.value}")
    if fmt is ExportFormat.DOCX:
        document = docx.Document(str(path))
        assert len(document.inline_shapes) == 1
        blobs = [
            part.blob for part in document.part.package.parts if part.content_type == "image/png"
        ]
        assert len(blobs) == 1 and blobs[0].startswith(PNG_SIGNATURE)
        captions = [p.text for p in document.paragraphs if p.text.startswith("Scores over time:")]
        assert captions
        image_bytes = blobs[0]
    else:
        reader = PdfReader(str(path))
        images = [image for page in reader.pages for image in page.images]
        assert len(images) == 1
        text = "\n".join(page.extract_text() for page in reader.pages)
        assert "Scores over time: the average at each meeting" in " ".join(text.split())
        image_bytes = images[0].data
    # A real picture of some size, not an empty placeholder.
    from PIL import Image

    picture = Image.open(io.BytesIO(image_bytes))
    assert picture.width >= 800 and picture.height >= 300
