"""Online mode: the whole app on the team server directly (``chair-app --database URL``), for an
office desktop that is always connected. The record lives on the server, so there is no local
file: no local backups (the server's are IT's: PostgreSQL's own base backups and WAL archive), no
passphrase to change; the window locks with the server password instead, held in memory only.
Row-level security on the server shows the user their teams' families only."""

from __future__ import annotations

import logging
from pathlib import Path

from chair_app.core.errors import StorageUnavailable
from chair_app.core.language import translate
from chair_app.models.server_db import (
    ServerAddress,
    ServerUnavailable,
    check_schema,
    server_engine,
)
from chair_app.models.sync_store import session_factory
from chair_app.services.storage import Store

logger = logging.getLogger(__name__)

# For the command line and the window, which do not reach into models.
__all__ = ["ServerAddress", "ServerStore", "ServerUnavailable", "open_server_store"]


class ServerStore(Store):
    """A Store whose record is the team server's (see the module's description)."""

    online = True

    @property
    def is_encrypted(self) -> bool:
        # The window locks (with the server password); the record is not in a local file.
        return True

    @property
    def can_change_passphrase(self) -> bool:
        return False

    def close(self) -> None:
        self.factory.kw["bind"].dispose()

    def backup(self, reason: str) -> Path:
        raise StorageUnavailable(_server_backups())

    def restore(self, backup: Path) -> Path:
        raise StorageUnavailable(_server_backups())

    def change_passphrase(self, current: str, new: str) -> None:
        raise StorageUnavailable(
            translate(
                "Online",
                "The record is on the team server: its password is changed there, by IT.",
            )
        )


def _server_backups() -> str:
    return translate(
        "Online",
        "The record is on the team server: it is backed up there, by IT, not on this computer.",
    )


def open_server_store(address: ServerAddress, password: str | None, data_dir: Path) -> ServerStore:
    """Connect to the server and check its schema is this version's.

    ``data_dir`` still holds this computer's settings of its own (language, IT's agendas).

    Raises:
        ServerUnavailable: the server cannot be used (nothing was changed).
    """
    engine = server_engine(address, password, pool_size=4)
    try:
        check_schema(engine, address)
    except BaseException:
        engine.dispose()
        raise
    logger.info("online mode: connected to the team server")
    return ServerStore(data_dir, session_factory(engine), password)
