"""The engine: durable SQLite pragmas, and write transactions that take the lock up front.

Every write is a ``BEGIN IMMEDIATE`` transaction on SQLite: it takes the write
lock when it starts, so a second program on the same file waits (busy_timeout)
instead of failing half-way with "database is locked".
"""

import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.engine import URL, Connection, create_engine

from rapporteur_app.domain.errors import StoreError
from rapporteur_app.store.checkpoints import DEFAULT_PAGES
from rapporteur_app.store.locks import wait_while_restoring

BUSY_TIMEOUT_MS = 10_000
IMMEDIATE = "rapporteur_immediate"
# A write transaction's execution option: the connection's wal_autocheckpoint, in
# pages (store/checkpoints.py; SQLite's default of 1,000 when not given).
AUTOCHECKPOINT = "rapporteur_autocheckpoint"
# On a server, the key of the advisory lock every unit of work that writes takes
# first (held until it commits): writers take turns as on SQLite, so "one past the
# largest position", "add this organization unless it is there" and every other
# read-then-write stays right with twenty writers at once. Readers never wait.
WRITER_LOCK_KEY = 0x52415050  # "RAPP"


_wait = threading.local()


@contextmanager
def write_wait(ms: int) -> Iterator[None]:
    """Writes begun by this thread inside the block wait at most ``ms`` for a
    database another program holds, then fail with "locked" (never a long freeze).

    The live console waits a moment only: it keeps the action and tries again
    itself, while the window goes on taking notes, instead of sitting inside
    SQLite's busy handler (or the server's lock queue) for ten seconds."""
    before = getattr(_wait, "ms", None)
    _wait.ms = ms
    try:
        yield
    finally:
        _wait.ms = before


def write_wait_ms() -> int:
    """How long a write begun now by this thread waits for the lock."""
    ms = getattr(_wait, "ms", None)
    return BUSY_TIMEOUT_MS if ms is None else int(ms)


def _prepare_file(path: Path) -> None:
    """Create the file readable by the user alone before SQLite does (0600).

    Only the default data folder is created for the user (see location.py): a
    mistyped folder in ``--db`` is said, not made."""
    if not path.parent.is_dir():
        raise StoreError.coded("database-folder-missing", folder=path.parent)
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
        os.close(fd)


def _write_ahead_log(cursor: sqlite3.Cursor) -> None:
    """Put the file in WAL mode, waiting as long as a write would for another copy.

    On a new file still in rollback mode, two copies switching it at once each hold
    a shared lock and want the exclusive one: SQLite answers one of them "database
    is locked" at once instead of calling the busy handler (the wait could never
    end). The one refused tries again after a moment, by then the file is in WAL
    mode or the other copy's switch is done."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    pause = 0.002
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            text = str(error).lower()
            if ("locked" not in text and "busy" not in text) or time.monotonic() > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.05)


def make_engine(url: URL) -> Engine:
    backend = url.get_backend_name()
    if backend != "sqlite":
        # hide_parameters: an error's text (which reaches the log) never carries the
        # values of the statement, which may be an anonymous speaker's name.
        server = create_engine(url, pool_pre_ping=True, hide_parameters=True)
        if backend == "postgresql":
            from rapporteur_app.store.models import with_postgresql_options

            with_postgresql_options()

            @event.listens_for(server, "begin")
            def _on_server_begin(connection: Connection) -> None:
                if connection.get_execution_options().get(IMMEDIATE):
                    wait = getattr(_wait, "ms", None)
                    if wait is not None:
                        # Bounded like SQLite's busy wait: the server says "lock
                        # timeout" instead of queueing the writer for as long as
                        # another one holds the writers' lock.
                        connection.exec_driver_sql(f"SET LOCAL lock_timeout = {int(wait)}")
                    connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITER_LOCK_KEY})")

        return server

    if url.database and url.database != ":memory:":
        _prepare_file(Path(url.database))
    engine = create_engine(
        url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, hide_parameters=True
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event, not the driver, decide how a
        # transaction starts, so writes can say BEGIN IMMEDIATE.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        _write_ahead_log(cursor)
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        options = connection.get_execution_options()
        if options.get(IMMEDIATE):
            driver = connection.connection.driver_connection
            if isinstance(driver, sqlite3.Connection):
                # A thread inside write_wait() waits less: set when it differs from
                # what this connection has, so the console's keys pay nothing more.
                wait, info = write_wait_ms(), connection.connection.info
                if info.get("busy_timeout_ms") != wait:
                    driver.execute(f"PRAGMA busy_timeout={wait}")
                    info["busy_timeout_ms"] = wait
                # The committing connection runs the automatic checkpoint: as far off
                # as its Database wants it (the same check: nothing more per key).
                pages = options.get(AUTOCHECKPOINT, DEFAULT_PAGES)
                if info.get("autocheckpoint_pages", DEFAULT_PAGES) != pages:
                    driver.execute(f"PRAGMA wal_autocheckpoint={int(pages)}")
                    info["autocheckpoint_pages"] = pages
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            if isinstance(driver, sqlite3.Connection) and not wait_while_restoring(driver):
                raise StoreError.coded("database-restoring")
        else:
            connection.exec_driver_sql("BEGIN")

    return engine
