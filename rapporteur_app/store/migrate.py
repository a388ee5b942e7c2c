"""Bring a database to the newest schema when it is opened.

Alembic runs from code on the caller's connection. On SQLite, foreign keys are
switched off for the run: a batch migration re-creates a table by copying it,
and with foreign keys on, dropping the old parent table would delete its child
rows through ON DELETE CASCADE. ``foreign_key_check`` afterwards proves that
nothing was left dangling.
"""

import logging
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from rapporteur_app.domain.errors import StoreError, UnknownSchema
from rapporteur_app.store import change_notices, kept_counts, new_file_schema, search_index
from rapporteur_app.store.backup import backup_file
from rapporteur_app.store.location import sqlite_path
from rapporteur_app.store.revision import head_revision, known_revisions

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
__all__ = ["alembic_config", "current_revision", "head_revision", "known_revisions", "upgrade"]


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


def schema_problem(path: Path) -> UnknownSchema | None:
    """Why the SQLite file at ``path`` is not one this program may write to (not
    made by it, or by a newer version), as the coded error to raise, read without
    writing a byte; None when it is ours or new."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {
                name
                for (name,) in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                    " AND name NOT LIKE 'sqlite_%'"
                )
            }
            if not tables:
                return None
            if "alembic_version" not in tables:
                return UnknownSchema.coded("schema-not-ours", tables=", ".join(sorted(tables)[:3]))
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return None  # health() has already looked at the file; let the engine say it
    if row is not None and row[0] not in known_revisions():
        return UnknownSchema.coded("schema-newer", schema=str(row[0])[:40])
    return None


@contextmanager
def creation_lock(path: Path | None, timeout_s: float = 120.0) -> Iterator[None]:
    """Only one process at a time creates or upgrades a database in this folder.

    The lock is a flock on the folder itself: no file is added beside the
    database, and it does not touch the POSIX locks SQLite keeps on the file."""
    if path is None or os.name != "posix":
        yield
        return
    import fcntl

    handle = os.open(path.parent, os.O_RDONLY)
    try:
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise StoreError.coded(
                        "database-setting-up", name=path.name, seconds=f"{timeout_s:.0f}"
                    ) from None
                time.sleep(0.05)
        yield
    finally:
        os.close(handle)  # releases the flock


def upgrade(
    engine: Engine, backup_dir: Path | None = None, *, from_script: bool = True
) -> Path | None:
    """Upgrade to head; return the path of the backup taken first, if any.

    An empty SQLite file is made at the head by one script (store/new_file_schema.py)
    unless ``from_script`` is False: then, as an older file, through every migration."""
    current = current_revision(engine)
    if current == head_revision():
        return None
    if engine.url.get_backend_name() == "postgresql":
        _upgrade_server(engine)
        return None
    # Many copies started at once on a new file: one creates it, the others wait
    # and then find it made (they used to see half-made tables and refuse it).
    with creation_lock(sqlite_path(engine.url)):
        return _upgrade_locked(engine, backup_dir, from_script)


def _upgrade_locked(engine: Engine, backup_dir: Path | None, from_script: bool) -> Path | None:
    current = current_revision(engine)
    if current == head_revision():
        return None
    if current is None and from_script and _made_from_script(engine):
        return None
    from alembic import command
    from alembic.script import ScriptDirectory

    config = alembic_config()
    script = ScriptDirectory.from_config(config)
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise UnknownSchema.coded("schema-newer", schema=current)
    if current is None:
        tables = set(inspect(engine).get_table_names())
        if tables - {"alembic_version"}:
            raise UnknownSchema.coded("schema-not-ours", tables=", ".join(sorted(tables)[:3]))

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
            search_index.ensure(connection)
            connection.commit()
            if is_sqlite:
                dangling = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                connection.rollback()
                if dangling:
                    raise StoreError.coded(
                        "upgrade-broken-links", count=len(dangling), backup=backup
                    )
        finally:
            if is_sqlite:
                connection.rollback()
                _driver_pragma(connection, "foreign_keys=ON")
    return backup


def _made_from_script(engine: Engine) -> bool:
    """An empty SQLite file made at the head by the shipped script; False (nothing
    done) if the file holds any table or the script is not the head's."""
    if engine.url.get_backend_name() != "sqlite" or inspect(engine).get_table_names():
        return False
    with engine.connect() as connection:
        driver = connection.connection.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        if not new_file_schema.create_at_head(driver, head_revision()):
            return False
        # As after the chain: the kept counts' and the search's triggers are there.
        kept_counts.ensure(connection)
        search_index.ensure(connection)
        connection.commit()
    return True


# The advisory lock a server database is created or upgraded under (per database).
SCHEMA_LOCK_KEY = 0x52415051


def _upgrade_server(engine: Engine) -> None:
    """Create or upgrade a PostgreSQL database, one copy of the program at a time.

    The migration runs in one transaction (PostgreSQL's DDL is transactional) that
    first takes an advisory lock: copies started together on an empty database
    wait for the first one, then find the schema made instead of failing on
    half-made tables.
    """
    from alembic import command

    with engine.connect() as connection:
        connection.execute(text(f"SELECT pg_advisory_xact_lock({SCHEMA_LOCK_KEY})"))
        inspector = inspect(connection)
        current = None
        if inspector.has_table("alembic_version"):
            current = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        if current == head_revision():
            connection.commit()
            return
        if current is not None and current not in known_revisions():
            raise UnknownSchema.coded("schema-newer", schema=str(current)[:40])
        tables = set(inspector.get_table_names())
        if current is None and tables - {"alembic_version"}:
            raise UnknownSchema.coded("schema-not-ours-one", tables=", ".join(sorted(tables)[:3]))
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        # A table a later migration adds announces its changes too (store/change_notices.py).
        change_notices.ensure(connection)
        connection.commit()


def _driver_pragma(connection: Connection, pragma: str) -> None:
    driver = connection.connection.driver_connection
    assert driver is not None
    driver.execute(f"PRAGMA {pragma}")


def script_from_migrations(path: Path) -> str:
    """The head schema's script as the migration chain makes it on the new file at
    ``path`` (tools/make_head_schema.py writes it; a test holds the shipped one equal)."""
    from sqlalchemy.engine import URL

    from rapporteur_app.store.engine import make_engine

    engine = make_engine(URL.create("sqlite+pysqlite", database=str(path)))
    try:
        upgrade(engine, from_script=False)
    finally:
        engine.dispose()
    driver = sqlite3.connect(path)
    try:
        return new_file_schema.schema_script(driver, head_revision())
    finally:
        driver.close()
