"""Bring a database to the newest schema when it is opened.

Alembic runs from code on the caller's connection. On SQLite, foreign keys are
switched off for the run: a batch migration re-creates a table by copying it,
and with foreign keys on, dropping the old parent table would delete its child
rows through ON DELETE CASCADE. ``foreign_key_check`` afterwards proves that
nothing was left dangling.
"""

import logging
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from rapporteur_app.domain.errors import StoreError, UnknownSchema
from rapporteur_app.store import kept_counts
from rapporteur_app.store.backup import backup_file
from rapporteur_app.store.location import sqlite_path
from rapporteur_app.store.revision import head_revision

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
__all__ = ["alembic_config", "current_revision", "head_revision", "upgrade"]


def alembic_config() -> "Config":
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(files("rapporteur_app.migrations")))
    return config


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, backup_dir: Path | None = None) -> Path | None:
    """Upgrade to head; return the path of the backup taken first, if any."""
    current = current_revision(engine)
    if current == head_revision():
        return None
    from alembic import command
    from alembic.script import ScriptDirectory

    config = alembic_config()
    script = ScriptDirectory.from_config(config)
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise UnknownSchema(
            "This database was written by a newer version of Rapporteur "
            f"(schema {current}); update the program to open it."
        )
    if current is None:
        tables = set(inspect(engine).get_table_names())
        if tables - {"alembic_version"}:
            raise UnknownSchema(
                "This database was not made by Rapporteur: it has tables of its own "
                f"({', '.join(sorted(tables)[:3])}); choose another file."
            )

    backup: Path | None = None
    path = sqlite_path(engine.url)
    if current is not None and path is not None:
        backup = backup_file(path, f"before-upgrade-{current}", backup_dir)
        log.info("backed up %s to %s before upgrading", path.name, backup)

    is_sqlite = engine.url.get_backend_name() == "sqlite"
    with engine.connect() as connection:
        if is_sqlite:
            # PRAGMA foreign_keys is ignored inside a transaction: set it on the
            # driver's connection before SQLAlchemy begins one.
            _driver_pragma(connection, "foreign_keys=OFF")
        try:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            # A batch migration on SQLite copies a table and drops its triggers.
            kept_counts.ensure(connection)
            connection.commit()
            if is_sqlite:
                dangling = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                connection.rollback()
                if dangling:
                    raise StoreError(
                        f"The upgrade left {len(dangling)} broken links between rows; "
                        f"the database before it is kept in {backup}."
                    )
        finally:
            if is_sqlite:
                connection.rollback()
                _driver_pragma(connection, "foreign_keys=ON")
    return backup


def _driver_pragma(connection: Connection, pragma: str) -> None:
    driver = connection.connection.driver_connection
    assert driver is not None
    driver.execute(f"PRAGMA {pragma}")
