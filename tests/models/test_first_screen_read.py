"""The first screen's read: the families list from one plain read of the data file, the same as
the full families service lists, or nothing when the full opening must decide (a file it would
upgrade, refuse or repair). Only fictional people."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from chair_app.core.domain import Child, MeetingType, PlanType
from chair_app.models.db import connect
from chair_app.models.first_screen import read_first_screen, schema_head
from chair_app.models.migrations import HEAD_REVISION
from chair_app.services.families import FamilyService
from chair_app.services.meetings import MeetingService
from chair_app.services.storage import open_store

PASSPHRASE = "plum orchard lantern"


def _store_families(data_dir: Path) -> FamilyService:
    store = open_store(data_dir, PASSPHRASE)
    families = FamilyService(store.factory)
    zed = families.create_family("Zed")
    families.save_child(zed, Child(0, "Nia Zed", dt.date(2018, 1, 5), PlanType.CHILD_IN_NEED))
    families.save_child(zed, Child(0, "Ifan Zed", dt.date(2020, 3, 9), PlanType.CHILD_IN_NEED))
    MeetingService(store.factory).create_meeting(
        zed, MeetingType.CORE_GROUP, dt.date(2026, 11, 23), None, "", None, None
    )
    families.create_family("alder")
    families.create_family("Alder")
    return families


def test_the_first_read_lists_what_the_families_service_lists(data_dir: Path) -> None:
    families = _store_families(data_dir)
    listed = read_first_screen(data_dir / "chair.sqlite3", PASSPHRASE)
    assert listed == families.list_families()
    assert [f.name for f in listed] == ["alder", "Alder", "Zed"]
    assert listed[2].child_names == ("Nia Zed", "Ifan Zed") and listed[2].meeting_count == 1


def test_the_first_read_knows_the_newest_schema() -> None:
    assert schema_head() == HEAD_REVISION


def test_the_first_read_leaves_an_older_newer_or_unopenable_file_to_the_full_opening(
    data_dir: Path,
) -> None:
    _store_families(data_dir)
    path = data_dir / "chair.sqlite3"
    assert read_first_screen(path, "not the passphrase") is None
    assert read_first_screen(data_dir / "nothing-here.sqlite3", PASSPHRASE) is None
    for revision in ("0999_from_the_future", "0001_first_release"):
        connection = connect(path, PASSPHRASE)
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        connection.commit()
        connection.close()
        assert read_first_screen(path, PASSPHRASE) is None, revision
