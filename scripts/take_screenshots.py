"""Save a PNG of the families page and of every agenda step of the demo family's meetings.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/take_screenshots.py OUTPUT_DIR
     [--scale 2.0] [--high-contrast]   (text size 100%-200%; the window is 1280x820)
The README's screenshot is docs/walkthrough.png, made by this script.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from chair_app.core.agenda import StepKey
from chair_app.core.domain import (
    AttendanceEntry,
    AttendanceStatus,
    ChildPlanView,
    CPCategory,
    Family,
    MeetingStatus,
    MeetingType,
    PlanView,
)
from chair_app.services.demo import ensure_demo_family
from chair_app.services.storage import open_factory
from chair_app.ui.launch import build_context
from chair_app.ui.main_window import MainWindow
from chair_app.ui.theme import apply_theme


def main(output: Path, scale: float = 1.0, high_contrast: bool = False) -> None:
    output.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_theme(app, scale, high_contrast)
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        factory = open_factory(data_dir)
        ensure_demo_family(factory, dt.date.today())
        window = MainWindow(build_context(factory, data_dir))
        window.resize(1280, 820)
        window.show()
        app.processEvents()
        window.grab().save(str(output / "families.png"))
        family = window.family_page.family
        assert family is not None
        draft = next(m for m in family.meetings if m.status is MeetingStatus.DRAFT)
        # Show the next meeting as a chair would see it mid-way: started, everyone arrived,
        # a few scores given.
        meetings = window.ctx.meetings
        meetings.start(draft.id)
        for person in family.people:
            status = AttendanceStatus.APOLOGIES if person.role == "Police officer" else AttendanceStatus.PRESENT
            meetings.set_attendance(draft.id, AttendanceEntry(person.id, status))
        for person, score in zip(family.people, (7, 6, 7, 5, 5, 6), strict=False):
            meetings.set_score(draft.id, person.id, None, score, "")
        for summary in family.meetings:
            window.open_meeting(summary.id)
            walk = window.walkthrough
            assert walk is not None
            label = "closed" if summary.status is MeetingStatus.CLOSED else "next"
            for index, step in enumerate(walk.agenda, start=1):
                walk.go_to(step.key)
                app.processEvents()
                window.grab().save(str(output / f"{label}_{index}_{step.key.value}.png"))
            window.close_meeting()
        _conference(app, window, family, output)
        window.open_settings()
        app.processEvents()
        window.settings_dialog.grab().save(str(output / "settings.png"))
        window.settings_dialog.reject()
        window.close()


def _conference(app: QApplication, window: MainWindow, family: Family, output: Path) -> None:
    """An initial conference mid-decision: views given, the chair's decision differing."""
    meetings = window.ctx.meetings
    by_role = {p.role: p for p in family.people}
    chair, minutes = by_role["Police officer"], by_role["Health visitor"]
    conference = meetings.create_meeting(
        family.id, MeetingType.INITIAL_CONFERENCE, dt.date.today(), dt.time(13, 30),
        "Northfield Civic Centre, Room 1", None, None,
    )
    meetings.start(conference)
    for person in family.people:
        status = AttendanceStatus.APOLOGIES if person is minutes else AttendanceStatus.PRESENT
        meetings.set_attendance(conference, AttendanceEntry(person.id, status))
    views = {"Social worker": PlanView.PLAN, "Class teacher (Ellie)": PlanView.NO_PLAN,
             "Police officer": PlanView.PLAN}
    for child in family.children:
        for role, view in views.items():
            person = by_role[role]
            categories = (CPCategory.EMOTIONAL,) if view is PlanView.PLAN else ()
            reason = "" if view is PlanView.PLAN else "Things have improved since the referral."
            meetings.set_plan_view(
                conference, ChildPlanView(child.id, person.id, view, categories, reason)
            )
    del chair
    window.open_meeting(conference)
    walk = window.walkthrough
    assert walk is not None
    for step in walk.agenda:
        if step.key in (StepKey.ATTENDANCE, StepKey.CONFERENCE_DECISION, StepKey.NEXT_MEETING):
            walk.go_to(step.key)
            app.processEvents()
            window.grab().save(str(output / f"conference_{step.key.value}.png"))
    window.close_meeting()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", default="screenshots", type=Path)
    parser.add_argument("--scale", type=float, default=1.0, help="text size, 1.0 to 2.0")
    parser.add_argument("--high-contrast", action="store_true")
    arguments = parser.parse_args()
    main(arguments.output, arguments.scale, arguments.high_contrast)
