"""Alembic's environment: migrations run on the connection the app hands over (never a URL,
so an encrypted file is migrated through its keyed connection)."""

from alembic import context

from chair_app.models.orm import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite alters tables by copying them: batch mode does that for each changed table.
    render_as_batch=True,
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()
