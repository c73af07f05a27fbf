"""The acceptance case (tests/realistic_case.py) through the team server: recorded on one
laptop, synced as a team member, brought to a colleague's laptop. On the colleague's laptop and
on the server itself, every person's copy holds exactly what that person may see (the excluded
father's too), the agreed minutes are the ones agreed, and the audit trail holds no word of the
record."""

from __future__ import annotations

from pathlib import Path

from minutes_files import docx_body, one_line
from realistic_case import AGREED_ON, build_realistic_case
from sqlalchemy import text
from sync_helpers import contents, laptop, server_factory, sync
from test_realistic_case import ALL_MARKERS, NOT_FOR

from chair_app.models.db import SessionFactory
from chair_app.services.export_minutes import ExportFormat
from chair_app.services.minutes import CopyKind, CopyRequest, MinutesService
from server.team_fixture import MEMBER_PASSWORD, TeamServer, team_server_fixture  # noqa: F401


def _meeting_id(factory: SessionFactory, meeting_uuid: str) -> int:
    from sqlalchemy import select

    from chair_app.models.orm import MeetingRow

    with factory() as session:
        return session.scalars(select(MeetingRow.id).where(MeetingRow.uuid == meeting_uuid)).one()


def _people(factory: SessionFactory) -> dict[str, int]:
    from sqlalchemy import select

    from chair_app.models.orm import PersonRow

    with factory() as session:
        return {
            name.split()[0] if not name.startswith("DC ") else "Mo": person_id
            for name, person_id in session.execute(select(PersonRow.name, PersonRow.id))
        }


def _copies(factory: SessionFactory, meeting_uuid: str, out: Path) -> dict[str, str]:
    out.mkdir(parents=True, exist_ok=True)
    minutes = MinutesService(factory)
    meeting_id = _meeting_id(factory, meeting_uuid)
    people = _people(factory)
    texts = {}
    requests = {"full": CopyRequest()} | {
        name: CopyRequest(CopyKind.PERSON, people[name]) for name in NOT_FOR
    }
    for name, request in requests.items():
        path = out / f"{name}.docx"
        minutes.export(meeting_id, ExportFormat.DOCX, path, request, today=AGREED_ON)
        texts[name] = one_line(docx_body(path))
    return texts


def test_every_copy_is_right_on_a_colleagues_laptop_and_on_the_server(
    tmp_path: Path, team_server: TeamServer
) -> None:
    from chair_app.services import server_admin

    server_admin.add_member(team_server.engine(), "north", team_server.user("cat"), MEMBER_PASSWORD)
    priya = laptop(tmp_path / "priya")
    case = build_realistic_case(priya)
    with priya() as session:
        from chair_app.models.orm import MeetingRow

        meeting_uuid = session.get(MeetingRow, case.meeting_id).uuid
    assert sync(priya, team_server.engine("ann")).pushed
    colleague = laptop(tmp_path / "colleague")
    assert sync(colleague, team_server.engine("cat")).pulled
    assert contents(colleague) == contents(priya)

    on_laptop = _copies(priya, meeting_uuid, tmp_path / "laptop-copies")
    on_colleague = _copies(colleague, meeting_uuid, tmp_path / "colleague-copies")
    on_server = _copies(
        server_factory(team_server.engine("cat")), meeting_uuid, tmp_path / "server-copies"
    )
    for name in NOT_FOR:
        for where, texts in (("colleague", on_colleague), ("server", on_server)):
            copy = texts[name]
            for marker in ALL_MARKERS:
                if marker in NOT_FOR[name]:
                    assert marker not in copy, f"{marker} reached {name}'s copy on the {where}"
                else:
                    assert marker in copy, f"{marker} is missing from {name}'s copy on the {where}"
    # The same minutes everywhere, word for word.
    assert on_colleague == on_laptop
    assert on_server == on_laptop
    # The agreed version's fingerprint is the content's, on the colleague's laptop too.
    colleague_minutes = MinutesService(colleague)
    meeting_id = _meeting_id(colleague, meeting_uuid)
    record = colleague_minutes.record(meeting_id)
    agreed = [v for v in record.versions if v.agreed]
    assert agreed and agreed[-1].fingerprint == colleague_minutes.fingerprint(meeting_id)
    # The audit trail says who changed which fields, never what was written.
    with team_server.engine().connect() as owner:
        trail = " ".join(
            str(value)
            for row in owner.execute(text("SELECT * FROM audit_event")).all()
            for value in row
        )
    assert trail
    for marker in ALL_MARKERS:
        assert marker not in trail
    assert "Hartley" not in trail and "Nowak" not in trail
