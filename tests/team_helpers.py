"""A team server holding families of two teams, for the team view's tests (fictional names)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine, text
from sync_helpers import TODAY, server_factory

from chair_app.services.demo import create_demo_family
from chair_app.services.families import FamilyService


def fill_server(engine: Engine) -> None:
    """Two families of the Riverside team: the Willow family's minutes were never sent out
    (overdue), the Ash family is up to date; and the Beech family of the Hillside team."""
    factory = server_factory(engine)
    families = FamilyService(factory)
    late = create_demo_family(factory, TODAY - dt.timedelta(days=120), minutes_sent=False)
    families.rename_family(late, "Willow family")
    on_time = create_demo_family(factory, TODAY)
    families.rename_family(on_time, "Ash family")
    other = create_demo_family(factory, TODAY)
    families.rename_family(other, "Beech family")
    with engine.begin() as connection:
        connection.execute(text("UPDATE family SET team = 'riverside'"))
        connection.execute(text("UPDATE family SET team = 'hillside' WHERE name = 'Beech family'"))
