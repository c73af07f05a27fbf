"""Team-server tests run against a real PostgreSQL: the fixtures (pg_cluster, server_database,
server_engine) are in tests/server_fixtures.py, imported by tests/conftest.py so that tests
elsewhere share the one cluster per test process."""
