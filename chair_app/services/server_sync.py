"""What the window asks of the team-server sync (services.sync) besides the sync itself: the
families held for a choice, and settling one with the choices made."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from chair_app.core.record_format import Side
    from chair_app.models.db import SessionFactory
    from chair_app.models.server_db import ServerAddress
    from chair_app.services.record_changes import ImportResult
    from chair_app.services.sync import HeldFamily

logger = logging.getLogger(__name__)


def held_families(
    local: SessionFactory, address: ServerAddress, agenda_folder: Path | None = None
) -> tuple[HeldFamily, ...]:
    """The families whose server version waits for the user's choices (read on the laptop; no
    connection is made)."""
    from chair_app.models.server_db import server_engine
    from chair_app.services.sync import SyncService

    engine = server_engine(address, None)
    try:
        return SyncService(local, engine, agenda_folder, address=address).held_families()
    finally:
        engine.dispose()


def resolve_held(
    local: SessionFactory,
    address: ServerAddress,
    password: str | None,
    family_uuid: str,
    choices: Mapping[str, Side],
    agenda_folder: Path | None = None,
) -> ImportResult:
    """Settle a held family with a side chosen for each difference."""
    from chair_app.models.server_db import server_engine
    from chair_app.services.sync import SyncService

    engine = server_engine(address, password)
    try:
        result = SyncService(local, engine, agenda_folder, address=address).resolve(
            family_uuid, choices=choices
        )
    finally:
        engine.dispose()
    logger.info("held family settled: %s", result.outcome.value)
    return result
