"""The demo family with its held meeting's minutes not yet sent, as a chair finds them just
after closing: for tests of sending copies and of the distribution list, which start from none
sent (the demo itself records the copy sent to the social worker)."""

from __future__ import annotations

import datetime as dt

from chair_app.models.db import SessionFactory
from chair_app.services.demo import create_demo_family


def ensure_demo_family_unsent(factory: SessionFactory, today: dt.date) -> None:
    create_demo_family(factory, today, minutes_sent=False)
