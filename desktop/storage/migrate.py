"""Alembic driven from code: no alembic.ini, the scripts ship inside the package."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


#: The advisory lock that keeps two apps from migrating one PostgreSQL database at once.
MIGRATION_LOCK = 0x66616B74  # "fakt"


def upgrade_to_head(engine: Engine) -> None:
    """Run the migrations due, in one transaction.

    On PostgreSQL (where DDL is transactional) the team's apps may start together: the first
    takes a transaction-scoped advisory lock, the others wait for it and then find the
    database at head already, so each migration runs exactly once.
    """
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        upgrade_on(connection)


def upgrade_on(connection: Connection) -> None:
    """Run the migrations due inside the caller's transaction (``db copy`` makes the schema
    and fills it in one, so a copy that fails or is cancelled leaves the target empty)."""
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def script_revisions() -> list[str]:
    """All revisions in order from the first, for the consistency test."""
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]
