"""Where the team server is, and its password.

The address and the certificate authority file are settings (services.settings: the user's
choice, else IT's configuration folder, services.site_config). The password is never a setting
and never written to a file: it is typed each time, or kept in the operating system's keyring
(the ``keyring`` library) when the user asks and the system has one. With no usable keyring
nothing is kept and Chair asks each time.
"""

from __future__ import annotations

import logging
import urllib.parse
from pathlib import Path
from typing import TYPE_CHECKING

from chair_app.core.language import translate

if TYPE_CHECKING:
    from chair_app.models.db import SessionFactory
    from chair_app.models.server_db import ServerAddress

logger = logging.getLogger(__name__)

KEYRING_SERVICE = "Chair team server"


def server_url_problem(url: str) -> str:
    """What is wrong with a server address, or "" (checked without loading SQLAlchemy, for IT's
    settings read by the first screen; ``save_server`` checks with ``ServerAddress.from_url``)."""
    try:
        parts = urllib.parse.urlsplit(url.strip())
        port = parts.port
    except ValueError:
        port = -1
        parts = urllib.parse.urlsplit("")
    if not parts.scheme.startswith("postgresql") or port == -1:
        return translate(
            "ServerSettings",
            "The team server must be a PostgreSQL address (postgresql://user@host/database).",
        )
    if parts.password:
        return translate(
            "ServerSettings",
            "The server address must not hold the password: Chair asks for it, or reads it "
            "from the system keyring.",
        )
    if not parts.username or not parts.hostname or not parts.path.strip("/"):
        return translate(
            "ServerSettings",
            "The server address needs a user, a host and a database "
            "(postgresql://user@host/database).",
        )
    return ""


def configured_server(factory: SessionFactory) -> ServerAddress | None:
    """The team server this laptop syncs with (the user's setting, else IT's), or None.

    An address that no longer reads (IT's file changed by hand) counts as none: Settings and
    ``chair-app config check`` name the problem.
    """
    from chair_app.models.server_db import ServerAddress, ServerUnavailable
    from chair_app.services.settings import SettingsService

    settings = SettingsService(factory)
    url = settings.server_url()
    if not url:
        return None
    try:
        address = ServerAddress.from_url(url)
    except ServerUnavailable:
        logger.warning("team server address in the settings does not read")
        return None
    ca_file = settings.server_ca_file()
    if ca_file and address.ca_file is None:
        address = _with_ca(address, Path(ca_file).expanduser())
    return address


def _with_ca(address: ServerAddress, ca_file: Path) -> ServerAddress:
    from dataclasses import replace

    return replace(address, ca_file=ca_file)


def check_server(url: str, ca_file: str) -> ServerAddress:
    """The address as it would be saved.

    Raises:
        ServerUnavailable: the address does not read, holds a password, asks for an unchecked
            connection, or the certificate authority file is not there.
    """
    from chair_app.models.server_db import CHECKED_SSL_MODES, ServerAddress, ServerUnavailable

    address = ServerAddress.from_url(url)
    if address.sslmode not in CHECKED_SSL_MODES:
        raise ServerUnavailable(
            translate(
                "ServerSettings",
                "The connection must check the server's certificate: use sslmode=verify-full "
                "(or verify-ca), not {mode}.",
            ).format(mode=address.sslmode)
        )
    ca_text = ca_file.strip()
    if ca_text and not Path(ca_text).expanduser().is_file():
        raise ServerUnavailable(
            translate(
                "ServerSettings", "The certificate authority file {file} is not there."
            ).format(file=ca_text)
        )
    return _with_ca(address, Path(ca_text).expanduser()) if ca_text else address


def save_server(factory: SessionFactory, url: str, ca_file: str) -> ServerAddress:
    """Keep the team server's address and certificate authority file as the user's settings.

    Raises:
        ServerUnavailable: the address does not read, or holds a password (nothing is saved).
        SettingFixed: IT fixed the server in its configuration folder.
    """
    from chair_app.services.settings import SettingsService

    address = check_server(url, ca_file)
    SettingsService(factory).set_server(url.strip(), ca_file.strip())
    logger.info("team server address saved")
    return address


def _usable_keyring() -> object | None:
    """The system's keyring backend, or None when there is none worth the name."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken backend configuration: no keyring
        logger.warning("keyring: no backend could be loaded")
        return None
    if isinstance(backend, fail.Keyring):
        return None
    # The chainer may hold no backends at all; it then behaves like the fail backend.
    backends = getattr(backend, "backends", None)
    if backends is not None and not backends:
        return None
    return backend


def keyring_available() -> bool:
    """Whether the system has a keyring to keep the password in."""
    return _usable_keyring() is not None


def stored_password(address: ServerAddress) -> str | None:
    """The password kept in the system keyring for this server and user, or None."""
    backend = _usable_keyring()
    if backend is None:
        return None
    from keyring.errors import KeyringError

    try:
        password = backend.get_password(KEYRING_SERVICE, address.display())  # type: ignore[attr-defined]
    except KeyringError:
        logger.warning("keyring: the password could not be read")
        return None
    return str(password) if password else None


def remember_password(address: ServerAddress, password: str) -> str:
    """Keep the password in the system keyring. Returns "" when kept, else why it was not
    (the password is then asked for each time; it is never written anywhere else)."""
    backend = _usable_keyring()
    not_kept = translate(
        "ServerSettings",
        "The password is not kept: this computer has no keyring Chair can use. Chair will ask "
        "for it at each sync.",
    )
    if backend is None:
        return not_kept
    from keyring.errors import KeyringError

    try:
        backend.set_password(KEYRING_SERVICE, address.display(), password)  # type: ignore[attr-defined]
    except KeyringError:
        logger.warning("keyring: the password could not be kept")
        return not_kept
    logger.info("team server password kept in the keyring")
    return ""


def forget_password(address: ServerAddress) -> str:
    """Take the password out of the system keyring. Returns "" when done (or nothing was
    kept), else why not."""
    backend = _usable_keyring()
    if backend is None:
        return translate(
            "ServerSettings", "Nothing to forget: this computer has no keyring Chair can use."
        )
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        backend.delete_password(KEYRING_SERVICE, address.display())  # type: ignore[attr-defined]
    except PasswordDeleteError:
        return ""  # nothing was kept
    except KeyringError:
        logger.warning("keyring: the password could not be removed")
        return translate(
            "ServerSettings", "The keyring did not let Chair remove the password."
        )
    logger.info("team server password removed from the keyring")
    return ""
