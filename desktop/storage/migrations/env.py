"""Alembic environment: always called from code with a live connection."""

from __future__ import annotations

from alembic import context

import desktop.storage.outbox_table  # noqa: F401  (registers the outbox table on Base.metadata)
from desktop.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached by a hand-run `alembic` command
    raise RuntimeError("run migrations through desktop.storage.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
