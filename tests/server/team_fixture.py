"""A team server set up with chair_app.services.server_admin, for the tests of the server's
roles, row-level security and audit trail (import the fixture: ``from server.team_fixture import
team_server_fixture``)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import Engine, create_engine

if TYPE_CHECKING:
    from server.conftest import ServerDatabase

MEMBER_PASSWORD = "fictional-pass-1"


@dataclass
class TeamServer:
    """A server set up by ``server init`` with teams north and south, a member of each (ann in
    north, ben in south) and an auditor (aud). Role names start with the test's prefix."""

    database: ServerDatabase
    prefix: str
    engines: list[Engine] = field(default_factory=list)

    def user(self, short: str) -> str:
        return f"{self.prefix}_{short}"

    def engine(self, short: str | None = None) -> Engine:
        """The owner's engine (None), or a member's; disposed after the test."""
        url = (
            self.database.admin_url
            if short is None
            else self.database.url(self.user(short), MEMBER_PASSWORD)
        )
        made = create_engine(url)
        self.engines.append(made)
        return made


@pytest.fixture(name="team_server")
def team_server_fixture(server_database: ServerDatabase) -> Iterator[TeamServer]:
    from chair_app.services import server_admin

    server = TeamServer(server_database, server_database.prefix)
    try:
        admin = server.engine()
        server_admin.init_server(admin, ["north", "south"], prefix=server.prefix)
        server_admin.add_member(admin, "north", server.user("ann"), MEMBER_PASSWORD)
        server_admin.add_member(admin, "south", server.user("ben"), MEMBER_PASSWORD)
        server_admin.add_auditor(admin, server.user("aud"), MEMBER_PASSWORD)
        yield server
    finally:
        for made in server.engines:
            made.dispose()
