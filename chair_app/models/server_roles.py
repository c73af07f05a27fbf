"""The team server's roles, row-level security and append-only audit trail, in SQL (IT runs it
as the database's owner, through services.server_admin). Written from ``models.record_tables``,
so a table added to the record is covered by the grants, the policies and the audit triggers
alike.

Roles (``prefix`` is "chair" unless IT chose another, kept in ``setting`` as
``server.role_prefix``):

- ``{prefix}_member``: no login; the table privileges every member has.
- ``{prefix}_team_{team}``: no login, a member of ``{prefix}_member``; row-level security lets
  its members read and write only the families tagged with ``team``.
- ``{prefix}_auditor``: no login; reads the audit trail (and the families and meetings it names).
- the people's login roles, each granted one or more team roles (``add_member``) or the auditor
  role (``add_auditor``).

Every change to a record table is noted in ``audit_event`` by a trigger: who (``session_user``),
when, which family and meeting, which row, the action and the names of the columns changed —
never a value. Nobody may change or remove a note, not even the owner: triggers refuse UPDATE,
DELETE and TRUNCATE.

Passwords go to the server as SCRAM-SHA-256 verifiers computed here, so the plain text is never
in a statement the server might log.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import logging
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass

from psycopg import sql
from sqlalchemy import Connection, Engine, text

from chair_app.core.language import translate
from chair_app.models.migrations import HEAD_REVISION, prepare_schema
from chair_app.models.orm import Base
from chair_app.models.record_tables import RecordTable, record_tables

logger = logging.getLogger(__name__)

DEFAULT_PREFIX = "chair"
PREFIX_SETTING = "server.role_prefix"
# Columns a sync rewrites to keep its own books: a change to these alone is not audited.
BOOKKEEPING_COLUMNS = frozenset({"synced_hash", "exported_hash", "revision"})
MIN_PASSWORD_LENGTH = 12
_TEAM = re.compile(r"[a-z0-9_]{1,30}")
_PREFIX = re.compile(r"[a-z][a-z0-9_]{0,19}")
_USER = re.compile(r"[a-z][a-z0-9_.\-]{0,62}")
_SCRAM_ITERATIONS = 4096
APPEND_ONLY_MESSAGE = "the audit trail is append-only"


class ServerAdminError(Exception):
    """IT's request cannot be done; the message says why. Nothing was changed."""


@dataclass(frozen=True, slots=True)
class InitReport:
    revision: str
    prefix: str
    teams: tuple[str, ...]  # every team on the server after init, sorted
    new_teams: tuple[str, ...]  # the teams this run created
    tables: int  # record tables under row-level security and audit


@dataclass(frozen=True, slots=True)
class AuditEntry:
    at: dt.datetime
    member: str
    team: str | None
    family_uuid: str | None
    meeting_uuid: str | None
    meeting_id: int | None  # the meeting's id on the server, if it is still there
    record: str
    record_uuid: str | None
    action: str
    fields: tuple[str, ...]


# --- names ---------------------------------------------------------------------------------


def check_team(team: str) -> str:
    if not _TEAM.fullmatch(team):
        raise ServerAdminError(
            translate(
                "ServerAdmin",
                "{team} is not a team name: use 1 to 30 lowercase letters, digits or "
                "underscores.",
            ).format(team=repr(team))
        )
    return team


def check_prefix(prefix: str) -> str:
    if not _PREFIX.fullmatch(prefix):
        raise ServerAdminError(
            translate(
                "ServerAdmin",
                "{prefix} is not a role prefix: use a lowercase letter, then up to 19 lowercase "
                "letters, digits or underscores.",
            ).format(prefix=repr(prefix))
        )
    return prefix


def member_role(prefix: str) -> str:
    return f"{prefix}_member"


def auditor_role(prefix: str) -> str:
    return f"{prefix}_auditor"


def team_role(prefix: str, team: str) -> str:
    return f"{prefix}_team_{team}"


def _check_user(user: str, prefix: str) -> str:
    if not _USER.fullmatch(user):
        raise ServerAdminError(
            translate(
                "ServerAdmin",
                "{user} is not a user name: start with a lowercase letter, then up to 62 "
                "lowercase letters, digits, dots, hyphens or underscores.",
            ).format(user=repr(user))
        )
    if (
        user.startswith("pg_")
        or user in (member_role(prefix), auditor_role(prefix))
        or user.startswith(f"{prefix}_team_")
    ):
        raise ServerAdminError(
            translate(
                "ServerAdmin", "{user} is a name Chair keeps for its own roles; choose another."
            ).format(user=repr(user))
        )
    return user


def _check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH or password.strip() != password:
        raise ServerAdminError(
            translate(
                "ServerAdmin",
                "The password must have at least {count} characters, with no spaces at either "
                "end.",
            ).format(count=MIN_PASSWORD_LENGTH)
        )
    return password


def scram_verifier(password: str, salt: bytes | None = None) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL keeps for ``password`` (RFC 7677; what libpq's
    PQencryptPasswordConn makes): the server never sees the password itself."""
    salt = secrets.token_bytes(16) if salt is None else salt
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, _SCRAM_ITERATIONS)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()

    def b64(data: bytes) -> str:
        return base64.b64encode(data).decode("ascii")

    return (
        f"SCRAM-SHA-256${_SCRAM_ITERATIONS}:{b64(salt)}"
        f"${b64(stored_key)}:{b64(server_key)}"
    )


# --- SQL helpers ---------------------------------------------------------------------------


def _run(connection: Connection, statement: sql.Composable | str) -> None:
    """Run a statement without parameters, on the driver's own cursor (so a ``%`` in it is no
    placeholder), in the connection's transaction. Anything taken from a user is composed with
    psycopg.sql (identifiers and literals quoted by psycopg)."""
    raw = connection.connection.dbapi_connection
    assert raw is not None
    cursor = raw.cursor()
    try:
        cursor.execute(sql.SQL(statement) if isinstance(statement, str) else statement)
    finally:
        cursor.close()


def _role_exists(connection: Connection, role: str) -> bool:
    return bool(
        connection.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :role"), {"role": role}
        ).first()
    )


def _ensure_role(connection: Connection, role: str) -> bool:
    """Create a role that cannot log in, unless it is there; True when created."""
    if _role_exists(connection, role):
        return False
    _run(connection, sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role)))
    return True


def _stored_prefix(connection: Connection) -> str | None:
    value = connection.execute(
        text("SELECT value FROM setting WHERE key = :key"), {"key": PREFIX_SETTING}
    ).scalar()
    return str(value) if value else None


def _server_prefix(connection: Connection) -> str:
    prefix = _stored_prefix(connection)
    if prefix is None:
        raise ServerAdminError(
            translate(
                "ServerAdmin",
                "This server has not been set up for teams yet: run chair-app server init "
                "first.",
            )
        )
    return prefix


def existing_teams(connection: Connection, prefix: str) -> tuple[str, ...]:
    start = f"{prefix}_team_"
    rows = connection.execute(
        text(
            "SELECT substr(rolname, length(:start) + 1) FROM pg_roles "
            "WHERE starts_with(rolname, :start) ORDER BY 1"
        ),
        {"start": start},
    ).scalars()
    return tuple(str(row) for row in rows)


def _uuid_tables() -> frozenset[str]:
    return frozenset(
        table.name for table in Base.metadata.sorted_tables if "uuid" in table.columns
    )


def _columns(table: str) -> list[str]:
    return list(Base.metadata.tables[table].columns.keys())


# --- row-level security --------------------------------------------------------------------


def _team_condition(prefix: str) -> sql.Composable:
    return sql.SQL(
        "team IN (SELECT substr(r.rolname, length({start}) + 1) FROM pg_roles r "
        "WHERE starts_with(r.rolname, {start}) AND pg_has_role(current_user, r.oid, 'MEMBER'))"
    ).format(start=sql.Literal(f"{prefix}_team_"))


def _row_condition(table: RecordTable, prefix: str) -> sql.Composable:
    if table.parent == "id":
        return _team_condition(prefix)
    parent = {"family_id": "family", "meeting_id": "meeting", "decision_id": "decision"}[
        table.parent
    ]
    # EXISTS with the parent's primary key, not ``IN (SELECT id FROM parent)``: the same rows,
    # but a row written alone (a sync's inserts go one statement per row) is checked with one
    # index lookup instead of reading every visible parent row (40,000 rows: 2 minutes -> 3 s).
    return sql.SQL("EXISTS (SELECT 1 FROM {parent} p WHERE p.id = {column})").format(
        column=sql.Identifier(table.parent), parent=sql.Identifier(parent)
    )


def _secure_record_table(connection: Connection, table: RecordTable, prefix: str) -> None:
    name = sql.Identifier(table.name)
    _run(connection, sql.SQL("ALTER TABLE {} ENABLE ROW LEVEL SECURITY").format(name))
    _run(connection, sql.SQL("ALTER TABLE {} FORCE ROW LEVEL SECURITY").format(name))
    condition = _row_condition(table, prefix)
    _run(connection, sql.SQL("DROP POLICY IF EXISTS team_rows ON {}").format(name))
    _run(
        connection,
        sql.SQL("CREATE POLICY team_rows ON {name} USING ({c}) WITH CHECK ({c})").format(
            name=name, c=condition
        ),
    )
    _run(connection, sql.SQL("DROP POLICY IF EXISTS auditor_reads ON {}").format(name))
    if table.name in ("family", "meeting"):
        # The auditor reads which family and meeting a note is about, not their contents
        # (the other tables stay closed to the auditor).
        _run(
            connection,
            sql.SQL("CREATE POLICY auditor_reads ON {name} FOR SELECT TO {role} USING (true)").format(
                name=name, role=sql.Identifier(auditor_role(prefix))
            ),
        )


def _grant(connection: Connection, prefix: str, tables: Sequence[RecordTable]) -> None:
    member = sql.Identifier(member_role(prefix))
    auditor = sql.Identifier(auditor_role(prefix))
    for table in tables:
        _run(
            connection,
            sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON {} TO {}").format(
                sql.Identifier(table.name), member
            ),
        )
    _run(connection, sql.SQL("GRANT SELECT ON alembic_version, setting TO {}").format(member))
    _run(connection, sql.SQL("GRANT INSERT ON audit_event TO {}").format(member))
    _run(
        connection,
        sql.SQL("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {}").format(
            member
        ),
    )
    # The trail's own numbers: nextval only. With setval a member could wind them back, and
    # every later note (so every change) would then fail on a duplicate id.
    audit_sequence = connection.execute(
        text("SELECT pg_get_serial_sequence('audit_event', 'id')")
    ).scalar()
    if audit_sequence:
        _run(
            connection,
            sql.SQL("REVOKE SELECT, UPDATE ON SEQUENCE {} FROM {}").format(
                sql.SQL(audit_sequence), member
            ),
        )
    _run(connection, sql.SQL("GRANT SELECT ON audit_event, family, meeting TO {}").format(auditor))
    # Which version the schema is, and the role prefix (member_teams): for anyone with a login.
    _run(connection, sql.SQL("GRANT SELECT ON alembic_version, setting TO {}").format(auditor))
    _run(
        connection,
        sql.SQL("REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM PUBLIC, {}, {}").format(
            member, auditor
        ),
    )


def _secure_audit_table(connection: Connection, prefix: str) -> None:
    _run(connection, "ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY")
    _run(connection, "ALTER TABLE audit_event FORCE ROW LEVEL SECURITY")
    for policy in ("members_note", "auditor_reads"):
        _run(connection, f"DROP POLICY IF EXISTS {policy} ON audit_event")
    _run(
        connection,
        sql.SQL(
            "CREATE POLICY members_note ON audit_event FOR INSERT TO {} "
            "WITH CHECK (member = session_user)"
        ).format(sql.Identifier(member_role(prefix))),
    )
    _run(
        connection,
        sql.SQL("CREATE POLICY auditor_reads ON audit_event FOR SELECT TO {} USING (true)").format(
            sql.Identifier(auditor_role(prefix))
        ),
    )
    _run(connection,
        "CREATE OR REPLACE FUNCTION chair_audit_append_only() RETURNS trigger "
        "LANGUAGE plpgsql AS $$ BEGIN "
        f"RAISE EXCEPTION '{APPEND_ONLY_MESSAGE}' USING ERRCODE = 'insufficient_privilege'; "
        "END $$"
    )
    _run(connection, "DROP TRIGGER IF EXISTS append_only_rows ON audit_event")
    _run(connection,
        "CREATE TRIGGER append_only_rows BEFORE UPDATE OR DELETE ON audit_event "
        "FOR EACH ROW EXECUTE FUNCTION chair_audit_append_only()"
    )
    _run(connection, "DROP TRIGGER IF EXISTS append_only_table ON audit_event")
    _run(connection,
        "CREATE TRIGGER append_only_table BEFORE TRUNCATE ON audit_event "
        "FOR EACH STATEMENT EXECUTE FUNCTION chair_audit_append_only()"
    )


# --- audit triggers ------------------------------------------------------------------------


def _context_joins(table: RecordTable, row: str) -> str:
    """Joins from the changed rows (``row``) to their family ``f`` and meeting ``m``."""
    if table.parent == "id":
        return ""
    if table.name == "meeting":
        return f"LEFT JOIN family f ON f.id = {row}.family_id"
    if table.parent == "family_id":
        return f"LEFT JOIN family f ON f.id = {row}.family_id"
    if table.parent == "meeting_id":
        return (
            f"LEFT JOIN meeting m ON m.id = {row}.meeting_id "
            "LEFT JOIN family f ON f.id = m.family_id"
        )
    return (
        f"LEFT JOIN decision d ON d.id = {row}.decision_id "
        "LEFT JOIN meeting m ON m.id = d.meeting_id LEFT JOIN family f ON f.id = m.family_id"
    )


def _audit_function_sql(table: RecordTable, has_uuid: bool) -> str:
    """One PL/pgSQL function per table, called once per statement with the rows it changed
    (transition tables ``changed_rows`` and, for an update, ``old_rows``): one set-based insert
    into the trail instead of a function call and a lookup per row. The columns are written
    out: comparing them one by one is far cheaper than comparing whole rows as JSON.

    A family's own row names its family itself (so a deleted family's note still does); other
    rows find it through their parents (a row deleted with its family has no family left to
    name, and its note has none)."""
    compared = [c for c in _columns(table.name) if c not in BOOKKEEPING_COLUMNS]
    changes = ", ".join(
        f"CASE WHEN n.{_quote(c)} IS DISTINCT FROM o.{_quote(c)} THEN '{c}' END" for c in compared
    )
    key = " AND ".join(
        f"o.{_quote(c.name)} = n.{_quote(c.name)}"
        for c in Base.metadata.tables[table.name].primary_key.columns
    )
    record_uuid = "n.uuid" if has_uuid else "NULL"
    family, team, meeting = "f.uuid", "f.team", "m.uuid"
    if table.parent == "id":
        family, team, meeting = "n.uuid", "n.team", "NULL"
    elif table.name == "meeting":
        meeting = "n.uuid"
    elif table.parent == "family_id":
        meeting = "NULL"
    columns = (
        "INSERT INTO audit_event (at, member, team, family_uuid, meeting_uuid, record, "
        "record_uuid, action, fields) "
    )
    return f"""
CREATE OR REPLACE FUNCTION {_function_name(table)}() RETURNS trigger
LANGUAGE plpgsql AS $audit$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        {columns}
        SELECT now(), session_user, {team}, {family}, {meeting}, TG_TABLE_NAME, {record_uuid},
               'update', x.fields
        FROM changed_rows n JOIN old_rows o ON {key}
        CROSS JOIN LATERAL (SELECT concat_ws(',', {changes}) AS fields) x
        {_context_joins(table, "n")}
        WHERE x.fields <> '';
    ELSE
        {columns}
        SELECT now(), session_user, {team}, {family}, {meeting}, TG_TABLE_NAME, {record_uuid},
               lower(TG_OP), ''
        FROM changed_rows n
        {_context_joins(table, "n")};
    END IF;
    RETURN NULL;
END
$audit$"""


def _function_name(table: RecordTable) -> str:
    return f"chair_audit_{table.name}"


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


_AUDIT_TRIGGERS = (
    ("audit_insert", "INSERT", "NEW TABLE AS changed_rows"),
    ("audit_update", "UPDATE", "OLD TABLE AS old_rows NEW TABLE AS changed_rows"),
    ("audit_delete", "DELETE", "OLD TABLE AS changed_rows"),
)


def _install_audit_triggers(connection: Connection, tables: Sequence[RecordTable]) -> None:
    uuid_tables = _uuid_tables()
    for table in tables:
        name = _quote(table.name)
        _run(connection, _audit_function_sql(table, table.name in uuid_tables))
        for trigger, event, transition in _AUDIT_TRIGGERS:
            _run(connection, f"DROP TRIGGER IF EXISTS {trigger} ON {name}")
            _run(
                connection,
                f"CREATE TRIGGER {trigger} AFTER {event} ON {name} REFERENCING {transition} "
                f"FOR EACH STATEMENT EXECUTE FUNCTION {_function_name(table)}()",
            )


# --- the use-cases -------------------------------------------------------------------------


def _default_team(connection: Connection, prefix: str) -> None:
    """A family a member sends that the server does not have yet belongs to the member's team
    (the first of theirs by name, when in several): the column's default, which row-level
    security then checks."""
    _run(
        connection,
        sql.SQL(
            "CREATE OR REPLACE FUNCTION chair_default_team() RETURNS text LANGUAGE sql STABLE AS "
            "$$ SELECT substr(r.rolname, length({start}) + 1) FROM pg_roles r "
            "WHERE starts_with(r.rolname, {start}) AND pg_has_role(current_user, r.oid, 'MEMBER') "
            "ORDER BY r.rolname LIMIT 1 $$"
        ).format(start=sql.Literal(f"{prefix}_team_")),
    )
    _run(connection, "ALTER TABLE family ALTER COLUMN team SET DEFAULT chair_default_team()")


def init_server(
    engine: Engine, teams: Sequence[str], prefix: str = DEFAULT_PREFIX
) -> InitReport:
    """Create or upgrade the schema, then the roles, grants, row-level security and audit
    triggers (all again on a re-run, so an upgrade refreshes them). Run as the database's owner.

    Raises:
        ServerAdminError: a bad team name or prefix, or a prefix other than the one the server
            was set up with; nothing was changed.
        NewerSchema: a newer Chair set the server up; nothing was changed.
    """
    check_prefix(prefix)
    wanted = tuple(dict.fromkeys(check_team(team) for team in teams))
    with engine.connect() as connection:
        has_settings = bool(
            connection.execute(text("SELECT to_regclass('public.setting')")).scalar()
        )
        stored = _stored_prefix(connection) if has_settings else None
    if stored is not None and stored != prefix:
        raise ServerAdminError(
            translate(
                "ServerAdmin",
                "This server's roles were set up with the prefix {stored}; run it again with "
                "--prefix {stored}.",
            ).format(stored=stored)
        )
    prepare_schema(engine)
    tables = record_tables()
    with engine.begin() as connection:
        _run(connection, "LOCK TABLE setting IN EXCLUSIVE MODE")  # one init at a time
        _ensure_role(connection, member_role(prefix))
        _ensure_role(connection, auditor_role(prefix))
        created = []
        for team in wanted:
            if _ensure_role(connection, team_role(prefix, team)):
                created.append(team)
            _run(
                connection,
                sql.SQL("GRANT {} TO {}").format(
                    sql.Identifier(member_role(prefix)),
                    sql.Identifier(team_role(prefix, team)),
                ),
            )
        _grant(connection, prefix, tables)
        for table in tables:
            _secure_record_table(connection, table, prefix)
        _secure_audit_table(connection, prefix)
        _install_audit_triggers(connection, tables)
        _default_team(connection, prefix)
        connection.execute(
            text(
                "INSERT INTO setting (key, value) VALUES (:key, :value) "
                "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"
            ),
            {"key": PREFIX_SETTING, "value": prefix},
        )
        every_team = existing_teams(connection, prefix)
    logger.info("team server set up: %d teams, %d new", len(every_team), len(created))
    return InitReport(HEAD_REVISION, prefix, every_team, tuple(created), len(tables))


def _login_role(connection: Connection, user: str, password: str | None) -> bool:
    """Create the login role, or check the one there can be given a team; True when created.

    Raises:
        ServerAdminError: the role exists but is not a person's login, or a new user has no
            (or too short a) password.
    """
    row = connection.execute(
        text("SELECT rolcanlogin, rolsuper FROM pg_roles WHERE rolname = :user"), {"user": user}
    ).first()
    if row is not None:
        if not row[0] or row[1]:
            raise ServerAdminError(
                translate(
                    "ServerAdmin", "{user} is not a person's login on this server; choose another "
                    "name."
                ).format(user=repr(user))
            )
        return False
    if password is None:
        raise ServerAdminError(
            translate("ServerAdmin", "{user} is a new user: a password is needed.").format(
                user=repr(user)
            )
        )
    _run(
        connection,
        sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
            sql.Identifier(user), sql.Literal(scram_verifier(_check_password(password)))
        ),
    )
    return True


def user_exists(engine: Engine, user: str) -> bool:
    with engine.connect() as connection:
        return _role_exists(connection, user)


def add_member(engine: Engine, team: str, user: str, password: str | None) -> bool:
    """Give ``user`` the team ``team``: a new login role (with ``password``), or an existing
    member joining another team (its password unchanged; ``password`` may be None).

    Returns:
        True when the login was created.

    Raises:
        ServerAdminError: an unknown team, a bad user name or password; nothing was changed.
    """
    check_team(team)
    with engine.begin() as connection:
        prefix = _server_prefix(connection)
        _check_user(user, prefix)
        if not _role_exists(connection, team_role(prefix, team)):
            raise ServerAdminError(
                translate(
                    "ServerAdmin",
                    "There is no team {team} on this server (teams: {teams}). IT adds it with: "
                    "chair-app server init --team {team}",
                ).format(team=team, teams=", ".join(existing_teams(connection, prefix)) or "-")
            )
        created = _login_role(connection, user, password)
        _run(
            connection,
            sql.SQL("GRANT {} TO {}").format(
                sql.Identifier(team_role(prefix, team)), sql.Identifier(user)
            ),
        )
    logger.info("team member added (new login: %s)", created)
    return created


def add_auditor(engine: Engine, user: str, password: str | None) -> bool:
    """Give ``user`` the auditor role (a new login role, or an existing one).

    Raises:
        ServerAdminError: a bad user name or password; nothing was changed.
    """
    with engine.begin() as connection:
        prefix = _server_prefix(connection)
        _check_user(user, prefix)
        created = _login_role(connection, user, password)
        _run(
            connection,
            sql.SQL("GRANT {} TO {}").format(
                sql.Identifier(auditor_role(prefix)), sql.Identifier(user)
            ),
        )
    logger.info("auditor added (new login: %s)", created)
    return created


def member_teams(connection: Connection) -> tuple[str, ...]:
    """The teams the connected user belongs to, sorted (the sync tags new families with one)."""
    prefix = _server_prefix(connection)
    start = f"{prefix}_team_"
    rows = connection.execute(
        text(
            "SELECT substr(rolname, length(:start) + 1) FROM pg_roles "
            "WHERE starts_with(rolname, :start) AND pg_has_role(current_user, oid, 'MEMBER') "
            "ORDER BY 1"
        ),
        {"start": start},
    ).scalars()
    return tuple(str(row) for row in rows)


def audit_trail(connection: Connection, family: str) -> tuple[AuditEntry, ...]:
    """Every note about ``family`` (its UUID, or its id on the server), oldest first.

    Raises:
        ServerAdminError: an id that is no family on the server.
    """
    family = family.strip()
    family_uuid = family
    if family.isdigit():
        found = connection.execute(
            text("SELECT uuid FROM family WHERE id = :id"), {"id": int(family)}
        ).scalar()
        if found is None:
            raise ServerAdminError(
                translate("ServerAdmin", "There is no family {id} on the server.").format(
                    id=family
                )
            )
        family_uuid = str(found)
    rows = connection.execute(
        text(
            "SELECT a.at, a.member, a.team, a.family_uuid, a.meeting_uuid, m.id, a.record, "
            "a.record_uuid, a.action, a.fields FROM audit_event a "
            "LEFT JOIN meeting m ON m.uuid = a.meeting_uuid "
            "WHERE a.family_uuid = :family ORDER BY a.at, a.id"
        ),
        {"family": family_uuid},
    ).all()
    return tuple(
        AuditEntry(
            at=row[0],
            member=row[1],
            team=row[2],
            family_uuid=row[3],
            meeting_uuid=row[4],
            meeting_id=row[5],
            record=row[6],
            record_uuid=row[7],
            action=row[8],
            fields=tuple(field for field in row[9].split(",") if field),
        )
        for row in rows
    )
