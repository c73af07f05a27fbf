"""Team-server fixtures on a real PostgreSQL (tests/pg_cluster.py): one cluster per test
process, a database and a role prefix per test. tests/conftest.py imports them, so tests outside
tests/server (the no-network test) use the same cluster; it starts only when a test asks."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from pg_cluster import Cluster, remove_cluster, start_cluster
from sqlalchemy import Engine


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    cluster = start_cluster()
    try:
        yield cluster
    finally:
        remove_cluster(cluster)


@dataclass
class ServerDatabase:
    """One test's database on the cluster: ``admin_url`` is its owner's (IT's) address."""

    cluster: Cluster
    name: str
    prefix: str

    @property
    def admin_url(self) -> str:
        return self.cluster.url(database=self.name)

    def url(self, user: str, password: str | None) -> str:
        return self.cluster.url(user=user, password=password, database=self.name)


@pytest.fixture
def server_database(pg_cluster: Cluster) -> Iterator[ServerDatabase]:
    if not pg_cluster.is_running():  # a fault test stopped it
        pg_cluster.start()
    suffix = uuid.uuid4().hex[:10]
    database = ServerDatabase(pg_cluster, f"chair_{suffix}", f"t{suffix}")
    pg_cluster.admin_sql(f"CREATE DATABASE {database.name}")
    try:
        yield database
    finally:
        if not pg_cluster.is_running():
            pg_cluster.start()
        pg_cluster.admin_sql(f"DROP DATABASE IF EXISTS {database.name} WITH (FORCE)")
        pg_cluster.admin_sql(
            "DO $$ DECLARE r record; BEGIN FOR r IN SELECT rolname FROM pg_roles "
            f"WHERE rolname LIKE '{database.prefix}%' LOOP "
            "EXECUTE format('DROP ROLE %I', r.rolname); END LOOP; END $$"
        )


@pytest.fixture
def server_engine(server_database: ServerDatabase) -> Iterator[Engine]:
    """The test database with today's schema, as its owner (no row-level security applies)."""
    from sqlalchemy import create_engine

    from chair_app.models.migrations import prepare_schema

    engine = create_engine(server_database.admin_url, pool_size=2, max_overflow=8)
    prepare_schema(engine)
    try:
        yield engine
    finally:
        engine.dispose()
