"""IT's use-cases on the team server: set it up or upgrade it (``init_server``), give people
logins in teams (``add_member``) or to the audit trail (``add_auditor``), read a family's audit
trail (``audit_trail``), and which teams the connected user is in (``member_teams``, for the
sync). The SQL lives in models.server_roles; the connection in models.server_db.
"""

from __future__ import annotations

from chair_app.models.server_db import (
    ServerAddress,
    ServerSchemaMismatch,
    ServerUnavailable,
    server_engine,
    server_problem,
)
from chair_app.models.server_roles import (
    DEFAULT_PREFIX,
    AuditEntry,
    InitReport,
    ServerAdminError,
    add_auditor,
    add_member,
    audit_trail,
    check_prefix,
    check_team,
    init_server,
    member_teams,
    user_exists,
)

__all__ = [
    "DEFAULT_PREFIX",
    "AuditEntry",
    "InitReport",
    "ServerAddress",
    "ServerAdminError",
    "ServerSchemaMismatch",
    "ServerUnavailable",
    "add_auditor",
    "add_member",
    "audit_trail",
    "check_prefix",
    "check_team",
    "init_server",
    "member_teams",
    "server_engine",
    "server_problem",
    "user_exists",
]
