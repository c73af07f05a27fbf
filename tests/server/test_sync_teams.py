"""Sync as a team's members, through row-level security: a family sent by a member belongs to
their team; colleagues in the team get it, another team never sees it (not even by sending a
family with the same UUID); each change is in the audit trail under the member who made it."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text
from sync_helpers import contents, first_draft_meeting, laptop, set_worries, sync

from chair_app.models.record_import import record_transaction
from server.team_fixture import MEMBER_PASSWORD, TeamServer, team_server_fixture  # noqa: F401


def test_a_family_goes_to_the_senders_team_only(tmp_path: Path, team_server: TeamServer) -> None:
    from chair_app.services import server_admin

    server_admin.add_member(team_server.engine(), "north", team_server.user("cat"), MEMBER_PASSWORD)
    ann, cat, ben = (team_server.engine(name) for name in ("ann", "cat", "ben"))
    ann_laptop = laptop(tmp_path / "ann", with_demo=True)
    cat_laptop = laptop(tmp_path / "cat")
    ben_laptop = laptop(tmp_path / "ben")
    assert len(sync(ann_laptop, ann).pushed) == 1
    with team_server.engine().connect() as owner:
        assert owner.execute(text("SELECT team FROM family")).scalars().all() == ["north"]
    assert len(sync(cat_laptop, cat).pulled) == 1
    assert contents(cat_laptop) == contents(ann_laptop)
    report = sync(ben_laptop, ben)
    assert (report.pulled, report.pushed) == ((), ())
    assert contents(ben_laptop) == {}

    # Cat edits a draft; the trail says Cat changed the worries of that meeting.
    _id, meeting = first_draft_meeting(cat_laptop)
    set_worries(cat_laptop, meeting, "School reports Poppy was collected late three times.")
    assert sync(cat_laptop, cat).pushed
    assert sync(ann_laptop, ann).pulled
    (family_uuid,) = contents(ann_laptop)
    with team_server.engine("aud").connect() as auditor:
        trail = server_admin.audit_trail(auditor, family_uuid)
    edits = [e for e in trail if e.meeting_uuid == meeting and "worries" in e.fields]
    assert [e.member for e in edits] == [team_server.user("cat")]
    assert all("Poppy" not in ",".join(e.fields) for e in trail)


def test_another_team_cannot_reach_a_family_by_sending_its_uuid(
    tmp_path: Path, team_server: TeamServer
) -> None:
    ann, ben = team_server.engine("ann"), team_server.engine("ben")
    ann_laptop = laptop(tmp_path / "ann", with_demo=True)
    sync(ann_laptop, ann)
    # Ben's laptop holds a copy of the same family (a record handed over by file, say).
    ben_laptop = laptop(tmp_path / "ben")
    from chair_app.services.record_export import RecordService
    from chair_app.services.record_import import ImportService

    with record_transaction(ann_laptop) as store:
        meeting_ids = [row.id for row in store.families()[0].meetings]
    record = RecordService(ann_laptop).export_record(meeting_ids)
    ImportService(ben_laptop).import_record(record, new_family=True)
    before = contents(team_server_contents := ann_laptop)
    report = sync(ben_laptop, ben)
    assert report.pushed == ()
    (refusal,) = report.refused
    assert "the server holds this family (or a meeting of it) for a team you are not in" in refusal
    assert "north" not in refusal and "uq_" not in refusal
    # North's family on the server is as Ann sent it; Ben learnt nothing from the server.
    assert sync(ann_laptop, ann).pulled == ()
    assert contents(team_server_contents) == before
