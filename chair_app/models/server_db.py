"""The team server: a PostgreSQL database reached with psycopg 3 through the same SQLAlchemy
models as the laptop's file. TLS is required (``verify-full`` unless IT says otherwise); the
password is handed in by the caller (typed, or from the keyring) and never kept in a URL that is
shown, logged or written.

Every way a connection can fail becomes a ``ServerUnavailable`` with a message a user can act
on; nothing local is touched by a failed connection.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from chair_app.core.language import translate
from chair_app.core.minutes_words import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

# The server's engine, named for the services (which import no SQLAlchemy of their own).
ServerEngine = Engine

# The modes that check the certificate; the others are refused (the record would cross the
# network to a server nobody checked).
CHECKED_SSL_MODES = ("verify-full", "verify-ca")
DEFAULT_PORT = 5432
CONNECT_TIMEOUT_SECONDS = 10


class ServerUnavailable(Exception):
    """The team server cannot be used; the message says why and what to do."""


class ServerSchemaMismatch(ServerUnavailable):
    """The server's schema is not this version's (newer: update Chair; older: IT upgrades it)."""


@dataclass(frozen=True, slots=True)
class ServerAddress:
    """Where the team server is and who connects: everything but the password."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    sslmode: str = "verify-full"
    ca_file: Path | None = None
    # Extra libpq options (tests and IT: e.g. target_session_attrs); never a password.
    options: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_url(cls, url: str) -> ServerAddress:
        """Read ``postgresql://user@host:port/database?sslmode=...&sslrootcert=...``; a password
        in the URL is refused (it would end up in shell history and settings).

        Raises:
            ServerUnavailable: not a PostgreSQL URL, or it holds a password.
        """
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            parsed = make_url(url.strip())
        except ArgumentError as error:
            raise ServerUnavailable(
                translate("TeamServer", "{url} is not a server address.").format(url=url)
            ) from error
        if not parsed.drivername.startswith("postgresql"):
            raise ServerUnavailable(
                translate(
                    "TeamServer",
                    "The team server must be a PostgreSQL address (postgresql://user@host/db).",
                )
            )
        if parsed.password:
            raise ServerUnavailable(
                translate(
                    "TeamServer",
                    "Do not put the password in the server address: Chair asks for it, or reads "
                    "it from the system keyring.",
                )
            )
        if not parsed.host or not parsed.database or not parsed.username:
            raise ServerUnavailable(
                translate(
                    "TeamServer",
                    "The server address needs a user, a host and a database "
                    "(postgresql://user@host/db).",
                )
            )
        query = {key: str(value) for key, value in parsed.query.items()}
        sslmode = query.pop("sslmode", "verify-full")
        ca = query.pop("sslrootcert", None)
        return cls(
            host=parsed.host,
            database=parsed.database,
            user=parsed.username,
            port=parsed.port or DEFAULT_PORT,
            sslmode=sslmode,
            ca_file=Path(ca) if ca else None,
            options=query,
        )

    def display(self) -> str:
        """The address as shown to the user (no password: it is never held here)."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None) -> URL:
        query = {"sslmode": self.sslmode, "connect_timeout": str(CONNECT_TIMEOUT_SECONDS)}
        if self.ca_file is not None:
            query["sslrootcert"] = str(self.ca_file)
        query.update(self.options)
        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=password,
            host=self.host,
            port=self.port,
            database=self.database,
            query=query,
        )


def server_engine(address: ServerAddress, password: str | None, pool_size: int = 2) -> Engine:
    """An engine on the server; no connection is made until one is asked for.

    Raises:
        ServerUnavailable: the address asks for an unchecked connection, or names a CA
            certificate file that is not there.
    """
    if address.sslmode not in CHECKED_SSL_MODES:
        raise ServerUnavailable(
            translate(
                "TeamServer",
                "The server connection must check the server's certificate (sslmode "
                "verify-full or verify-ca); {mode} would send the record unchecked.",
            ).format(mode=address.sslmode)
        )
    if address.ca_file is not None and not address.ca_file.is_file():
        raise ServerUnavailable(
            translate("TeamServer", "The certificate authority file {file} is not there.").format(
                file=address.ca_file
            )
        )
    return create_engine(
        address.url(password),
        pool_size=pool_size,
        max_overflow=2,
        pool_pre_ping=True,
        future=True,
    )


_REASONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"password authentication failed|no password supplied", re.I),
        QT_TRANSLATE_NOOP("TeamServer", "The server did not accept the user name and password."),
    ),
    (
        re.compile(r"could not translate host name|Name or service not known|nodename", re.I),
        QT_TRANSLATE_NOOP(
            "TeamServer",
            "The server {host} cannot be found. Check the address, or the network.",
        ),
    ),
    (
        re.compile(
            r"terminating connection|server closed the connection|SSL SYSCALL|EOF detected|"
            r"consuming input failed|connection is lost|the connection is closed",
            re.I,
        ),
        QT_TRANSLATE_NOOP(
            "TeamServer",
            "The connection to the server was cut. Nothing half-done was kept; sync again.",
        ),
    ),
    (
        re.compile(r"Connection refused|could not connect|timeout expired|server closed", re.I),
        QT_TRANSLATE_NOOP(
            "TeamServer",
            "The server {host} is not answering. Try again later; everything stays on this laptop.",
        ),
    ),
    (
        re.compile(r"certificate verify failed|certificate|root cert|SSL error", re.I),
        QT_TRANSLATE_NOOP(
            "TeamServer",
            "The server's certificate is not trusted, so nothing was sent. Ask IT for the "
            "council's certificate authority file.",
        ),
    ),
    (
        re.compile(r"permission denied|row-level security", re.I),
        QT_TRANSLATE_NOOP(
            "TeamServer",
            "The server refused: this user may not do that. Ask IT to check the team's roles.",
        ),
    ),
)


def server_problem(error: BaseException, address: ServerAddress) -> ServerUnavailable:
    """A clear message for a failed connection or statement; the details stay out of logs
    (they may hold the host, never a password)."""
    detail = str(getattr(error, "orig", None) or error)
    for pattern, message in _REASONS:
        if pattern.search(detail):
            logger.warning("team server: %s", pattern.pattern.split("|")[0])
            return ServerUnavailable(translate("TeamServer", message).format(host=address.host))
    logger.warning("team server: unexpected error %s", type(error).__name__)
    return ServerUnavailable(
        translate("TeamServer", "The team server could not be used: {problem}").format(
            problem=detail.strip().splitlines()[0] if detail.strip() else type(error).__name__
        )
    )


def check_schema(engine: Engine, address: ServerAddress) -> None:
    """Connect once and compare the server's schema revision with this version's.

    Raises:
        ServerSchemaMismatch: newer (update Chair) or older (IT runs ``server init``).
        ServerUnavailable: the connection failed.
    """
    from chair_app.models.migrations import HEAD_REVISION, REVISIONS

    try:
        with engine.connect() as connection:
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except (DBAPIError, SQLAlchemyError) as error:
        if "alembic_version" in str(error) and "does not exist" in str(error):
            raise ServerSchemaMismatch(
                translate(
                    "TeamServer",
                    "The server has no Chair record yet. IT sets it up with: "
                    "chair-app server init --database URL",
                )
            ) from error
        raise server_problem(error, address) from error
    if revision == HEAD_REVISION:
        return
    if revision not in REVISIONS:
        raise ServerSchemaMismatch(
            translate(
                "TeamServer",
                "The team server was upgraded by a newer version of Chair. Update Chair on this "
                "laptop to sync; nothing was changed, here or there.",
            )
        )
    raise ServerSchemaMismatch(
        translate(
            "TeamServer",
            "The team server holds an older version of Chair's record. IT upgrades it with: "
            "chair-app server init --database URL. Nothing was changed.",
        )
    )
