"""The demo family with its held meeting's minutes not yet sent, as a chair finds them just
after closing: for tests of sending copies and of the distribution list, which start from none
sent (the demo itself records the copy sent to the social worker)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from chair_app.models.db import SessionFactory
from chair_app.services.demo import create_demo_family


def ensure_demo_family_unsent(factory: SessionFactory, today: dt.date) -> None:
    create_demo_family(factory, today, minutes_sent=False)


def unsent_demo_folder(folder: Path, today: dt.date) -> Path:
    """A demo folder as ``chair-app demo`` makes it (marked, under the demo's passphrase), its
    held meeting's minutes not yet sent."""
    from chair_app.services.storage import DEMO_PASSPHRASE, open_store, prepare_demo_folder

    prepare_demo_folder(folder)
    store = open_store(folder, DEMO_PASSPHRASE)
    try:
        create_demo_family(store.factory, today, minutes_sent=False)
    finally:
        store.close()
    return folder
