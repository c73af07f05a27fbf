"""Two laptops and a real team server: what one laptop records reaches the other, nothing is
lost or doubled, a draft changed on both sides is held for a choice, agreed minutes never
change."""

from __future__ import annotations

from pathlib import Path

from sync_helpers import (
    ActionRow,
    FamilyRow,
    contents,
    count,
    first_draft_meeting,
    laptop,
    server_factory,
    set_worries,
    sync,
    worries,
)

from chair_app.core.record_format import Side


def test_a_family_recorded_on_one_laptop_reaches_another(tmp_path: Path, server_engine) -> None:
    engine = server_engine
    a = laptop(tmp_path / "a", with_demo=True)
    b = laptop(tmp_path / "b")
    first = sync(a, engine)
    assert len(first.pushed) == 1 and first.pulled == ()
    second = sync(b, engine)
    assert len(second.pulled) == 1
    assert contents(a) == contents(b) == contents(server_factory(engine))
    # Nothing changed: a second sync on each does nothing and doubles nothing.
    again_a, again_b = sync(a, engine), sync(b, engine)
    assert (again_a.pulled, again_a.pushed, again_b.pulled, again_b.pushed) == ((), (), (), ())
    assert count(server_factory(engine), FamilyRow) == 1
    assert count(server_factory(engine), ActionRow) == count(a, ActionRow)


def test_an_edit_on_one_laptop_reaches_the_other(tmp_path: Path, server_engine) -> None:
    engine = server_engine
    a = laptop(tmp_path / "a", with_demo=True)
    b = laptop(tmp_path / "b")
    sync(a, engine)
    sync(b, engine)
    _id, meeting = first_draft_meeting(b)
    set_worries(b, meeting, "Dad missed two contact sessions.")
    assert sync(b, engine).pushed
    assert sync(a, engine).pulled
    assert worries(a, meeting) == "Dad missed two contact sessions."
    assert contents(a) == contents(b)


def test_the_same_draft_changed_on_both_laptops_is_held_until_chosen(
    tmp_path: Path, server_engine
) -> None:
    engine = server_engine
    a = laptop(tmp_path / "a", with_demo=True)
    b = laptop(tmp_path / "b")
    sync(a, engine)
    sync(b, engine)
    _id, meeting = first_draft_meeting(a)
    set_worries(a, meeting, "Worry as laptop A wrote it.")
    set_worries(b, meeting, "Worry as laptop B wrote it.")
    sync(a, engine)
    report = sync(b, engine)
    assert len(report.held) == 1
    # B keeps its own version meanwhile, and does not overwrite A's on the server.
    assert worries(b, meeting) == "Worry as laptop B wrote it."
    from chair_app.services.sync import SyncService

    service = SyncService(b, engine)
    held = service.held_families()
    assert len(held) == 1
    (difference,) = [d for d in held[0].conflicts if d.field == "worries"]
    assert difference.local == "Worry as laptop B wrote it."
    assert difference.incoming == "Worry as laptop A wrote it."
    result = service.resolve(held[0].family_uuid, take=Side.INCOMING)
    assert result.outcome.value in ("imported", "up_to_date")
    assert service.held_families() == ()
    sync(b, engine)
    sync(a, engine)
    assert worries(a, meeting) == worries(b, meeting) == "Worry as laptop A wrote it."
    assert contents(a) == contents(b) == contents(server_factory(engine))


def test_a_change_made_on_the_server_itself_reaches_the_laptops(
    tmp_path: Path, server_engine
) -> None:
    """Online mode (an office desktop working on the server) changes the record there; the
    family's revision moves on with it, so every laptop's next sync brings the change."""
    a = laptop(tmp_path / "a", with_demo=True)
    sync(a, server_engine)
    server = server_factory(server_engine)
    _id, meeting = first_draft_meeting(server)
    set_worries(server, meeting, "Written at the office desktop.")
    report = sync(a, server_engine)
    assert len(report.pulled) == 1
    assert worries(a, meeting) == "Written at the office desktop."
    # Bookkeeping alone (a sync's own notes) moves no revision: the next sync has nothing to do.
    again = sync(a, server_engine)
    assert (again.pulled, again.pushed) == ((), ())


def test_agreed_minutes_changed_on_the_server_by_hand_are_refused_by_every_laptop(
    tmp_path: Path, server_engine
) -> None:
    """The server checked the agreed fingerprints when it took the meeting; a laptop trusts
    that check only while the content is still the one checked. SQL typed on the server that
    changes agreed minutes is caught on the next pull, and nothing of it is taken."""
    from sqlalchemy import select, text

    from chair_app.models.orm import MeetingRow, MinutesStateRow

    a = laptop(tmp_path / "a", with_demo=True)
    b = laptop(tmp_path / "b")
    sync(a, server_engine)
    with a() as session:
        agreed = session.scalars(
            select(MeetingRow.uuid)
            .join(MinutesStateRow, MinutesStateRow.meeting_id == MeetingRow.id)
            .where(MinutesStateRow.status == "agreed")
        ).one()
    with server_engine.begin() as connection:
        connection.execute(
            text("UPDATE meeting SET worries = 'Changed after agreement' WHERE uuid = :u"),
            {"u": agreed},
        )
    for factory in (a, b):
        report = sync(factory, server_engine)
        assert report.pulled == ()
        (refusal,) = report.refused
        assert "agreed" in refusal.lower()
    assert worries(a, agreed) != "Changed after agreement"
    assert contents(b) == {}
