"""The families on the team server as its row-level security lets this user see them, with
their team (services.team_view reads what is due for each through the usual repositories)."""

from __future__ import annotations

from sqlalchemy import Engine as Engine
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from chair_app.models.db import SessionFactory, make_session_factory
from chair_app.models.orm import FamilyRow
from chair_app.models.server_db import ServerAddress, server_problem

__all__ = ["Engine", "engine_address", "family_teams", "server_session_factory"]


def server_session_factory(engine: Engine) -> SessionFactory:
    """Sessions on the server, for the same repositories and services the laptop uses."""
    return make_session_factory(engine)


def engine_address(engine: Engine) -> ServerAddress:
    """The engine's server, as messages name it (no password)."""
    url = engine.url
    return ServerAddress(
        host=url.host or "", database=url.database or "", user=url.username or "",
        port=url.port or 5432,
    )


def family_teams(engine: Engine) -> tuple[tuple[int, str, str], ...]:
    """(id, name, team) of every family this user may see on the server, by name.

    Raises:
        ServerUnavailable: the server could not be read (the message says why).
    """
    try:
        with server_session_factory(engine)() as session:
            rows = session.execute(
                select(FamilyRow.id, FamilyRow.name, FamilyRow.team).order_by(
                    func.lower(FamilyRow.name), FamilyRow.id
                )
            ).all()
    except (DBAPIError, SQLAlchemyError) as error:
        raise server_problem(error, engine_address(engine)) from error
    return tuple((row.id, row.name, row.team or "") for row in rows)
