"""One open database: the engine, and units of work for the services.

Only the services call :meth:`Database.reading` and :meth:`Database.writing`;
every user action is one ``writing()`` block, committed when it ends, so there
is no "Save" and nothing to lose.
"""

import errno
import logging
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    NoSuchModuleError,
    OperationalError,
    ProgrammingError,
)
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from rapporteur_app.domain.errors import (
    DamagedDatabase,
    DatabaseLocked,
    NotAllowed,
    RapporteurError,
    Said,
    ServerAway,
    StoreError,
)
from rapporteur_app.domain.text import quoted
from rapporteur_app.store.backup import (
    backups_dir,
    changed_since_last_backup,
    list_backups,
    newest_good_backup,
)
from rapporteur_app.store.checkpoints import BACKSTOP_PAGES, IdleCheckpointer
from rapporteur_app.store.engine import (
    AUTOCHECKPOINT,
    IMMEDIATE,
    make_engine,
    write_wait,
    write_wait_ms,
)
from rapporteur_app.store.file_check import checked_backup, open_problem
from rapporteur_app.store.location import resolve_url, sqlite_path, without_password
from rapporteur_app.store.locks import describe_holders
from rapporteur_app.store.migrate import creation_lock, schema_problem, upgrade

log = logging.getLogger(__name__)


class Database:
    def __init__(self, engine: Engine, backing_up: "OpenBackup | None" = None) -> None:
        self.engine = engine
        self._path = sqlite_path(engine.url)  # looked up once: every action uses it
        # The backup taken on open, copying beside the user's work (joined on close).
        self._backing_up = backing_up
        # Checkpoints of the log left to an idle moment (checkpoint_when_idle), or not.
        self._checkpointer: IdleCheckpointer | None = None
        self._checkpoints_at_idle = False
        self._make_sessions()

    def _make_sessions(self) -> None:
        engine = self.engine
        self._reads = sessionmaker(engine, expire_on_commit=False)
        options: dict[str, object] = {IMMEDIATE: True}
        if self._checkpointer is not None:
            options[AUTOCHECKPOINT] = BACKSTOP_PAGES
        self._write_engine = engine.execution_options(**options)
        self._writes = sessionmaker(self._write_engine, expire_on_commit=False)

    def checkpoint_when_idle(self) -> None:
        """Copy SQLite's log into the file at idle moments, in a thread, instead of
        inside the commit that fills it (store/checkpoints.py): for the live console,
        whose keys someone waits on. Nothing to do on a server."""
        self._checkpoints_at_idle = True
        if self._path is None or self._checkpointer is not None:
            return
        self._checkpointer = IdleCheckpointer(self._path)
        self._make_sessions()

    @property
    def checkpointer(self) -> IdleCheckpointer | None:
        return self._checkpointer

    @classmethod
    def open(
        cls,
        location: str | os.PathLike[str] | None = None,
        *,
        migrate: bool = True,
        backup: bool = True,
    ) -> "Database":
        """Open (creating if needed) and upgrade the database at ``location``.

        The cost does not grow with the file: its header and schema are checked,
        not every page, and the backup due on open (``backup``; a command that
        only reads needs none) is copied in a thread beside the caller's work.
        """
        url = resolve_url(location)
        path = sqlite_path(url)
        backing_up = None
        try:
            if path is not None:
                check_file(path)
            engine = make_engine(url)
            if path is not None and migrate and backup:
                backing_up = backup_on_open(path)
            if migrate:
                upgrade(engine)
        except RapporteurError:
            _finish(backing_up)
            raise
        except (OSError, DBAPIError) as error:
            _finish(backing_up)
            raise _open_failure(url, error) from error
        except (ImportError, NoSuchModuleError, ArgumentError) as error:
            _finish(backing_up)
            raise StoreError.coded(
                "database-no-driver",
                url=quoted(without_password(url), 60),
                driver=quoted(url.drivername),
            ) from error
        return cls(engine, backing_up)

    @property
    def backup_problem(self) -> str | None:
        """Why the backup on open could not be taken (a full backups folder, say), once
        it is done (:meth:`wait_for_backup`); None while it runs and when all is well.
        The command line and the window tell the user."""
        backup = self._backing_up
        return backup.problem if backup is not None and backup.done else None

    @property
    def backup_running(self) -> bool:
        backup = self._backing_up
        return backup is not None and not backup.done

    def wait_for_backup(self) -> None:
        _finish(self._backing_up)

    @property
    def url(self) -> URL:
        return self.engine.url

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.engine.url)

    def describe(self) -> str:
        """Where the data is, for a title bar, a message or the settings (no password)."""
        path = self.path
        return str(path) if path else without_password(self.engine.url)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with _translated_errors(self._path, self.engine.url.username), self._reads() as session:
            yield session

    @contextmanager
    def reading_rows(self) -> Iterator[Connection]:
        """:meth:`reading` for a few statements of SQLAlchemy Core and no ORM (the read
        a console key makes before it writes): one transaction, rolled back at the end
        (nothing is written through it), the same errors."""
        with (
            _translated_errors(self._path, self.engine.url.username),
            self.engine.connect() as connection,
        ):
            yield connection

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One unit of work: committed durably when the block ends, rolled back on error."""
        with (
            _translated_errors(self._path, self.engine.url.username),
            self._writes() as session,
            session.begin(),
        ):
            yield session
        if self._checkpointer is not None:
            self._checkpointer.wrote()

    @contextmanager
    def writing_rows(self) -> Iterator[Connection]:
        """:meth:`writing` for a few statements of SQLAlchemy Core and no ORM (the
        console's hottest key): the same BEGIN IMMEDIATE, commit and errors, without
        a Session's identity map and transaction bookkeeping."""
        with (
            _translated_errors(self._path, self.engine.url.username),
            self._write_engine.begin() as connection,
        ):
            yield connection
        if self._checkpointer is not None:
            self._checkpointer.wrote()

    @contextmanager
    def waiting_at_most(self, seconds: float) -> Iterator[None]:
        """Writes of this thread inside the block wait at most ``seconds`` for a
        database another program holds (then :class:`DatabaseLocked`)."""
        with write_wait(max(1, round(seconds * 1000))):
            yield

    def close(self) -> None:
        checkpointer, self._checkpointer = self._checkpointer, None
        if checkpointer is not None:
            checkpointer.stop()
            self._make_sessions()  # a late writer checkpoints as SQLite does
        self.engine.dispose()
        _finish(self._backing_up)  # the problem, if any, stays to be read
        # A late caller (a window's timer firing after the database was closed) may
        # still read or write: without a pool, its connection is closed as soon as
        # it is done, instead of staying open, unowned, until it is collected.
        # (Same creator, same connect events: the pragmas still apply.)
        pool = self.engine.pool
        self.engine.pool = NullPool(
            pool._creator, pre_ping=True, _dispatch=pool.dispatch, dialect=pool._dialect
        )

    def reopen(self) -> None:
        """Connect again to the same place (after a backup was restored over the file)."""
        self.engine.dispose()
        url = self.engine.url
        path = sqlite_path(url)
        if path is not None:
            check_file(path)
        self.engine = make_engine(url)
        upgrade(self.engine)
        self._make_sessions()
        if self._checkpoints_at_idle:  # closed for the restore: as it was before
            self.checkpoint_when_idle()


@contextmanager
def _translated_errors(path: Path | None = None, role: str | None = None) -> Iterator[None]:
    try:
        yield
    except OperationalError as error:
        if _is_held(error):
            raise _held_error(path) from error
        raise _operational_error(error, path) from error
    except ProgrammingError as error:
        if getattr(error.orig, "sqlstate", None) == REFUSED:
            raise _refusal_error(error, role) from error
        raise


# SQLSTATE "insufficient privilege": the server's row security, a guard trigger of
# store/row_security.py, or a table the role has no right to write.
REFUSED = "42501"


def _refusal_error(error: ProgrammingError, role: str | None) -> NotAllowed:
    """A change the server refused (the rolled-back transaction changed nothing)."""
    detail = str(error.orig).splitlines()[0][:300]
    log.warning("the server refused a change: %s", detail)
    if "row-level security" in detail or "rapporteur-refused" in detail:
        if role:
            return NotAllowed.coded("server-refused-sessions", role=quoted(role))
        return NotAllowed.coded("server-refused-sessions-this-role")
    detail = detail.removeprefix("ERROR:").strip()
    if role:
        return NotAllowed.coded("server-refused", role=quoted(role), detail=detail)
    return NotAllowed.coded("server-refused-this-role", detail=detail)


def _is_held(error: OperationalError) -> bool:
    # SQLite: "database is locked" / "busy"; PostgreSQL: "canceling statement due to
    # lock timeout" (a writer inside waiting_at_most() on a server).
    text = str(error.orig).lower()
    return "locked" in text or "busy" in text or "lock timeout" in text


def _held_error(path: Path | None) -> DatabaseLocked:
    holder = describe_holders(path) if path is not None else " by another program"
    waited = write_wait_ms() / 1000
    shown = f"{waited:.0f}" if waited >= 1 else f"{waited:.1f}"
    error = DatabaseLocked.coded("database-held", holder=holder.removeprefix(" by "), seconds=shown)
    error.holder = holder.removeprefix(" by ")
    return error


def _operational_error(error: OperationalError, path: Path | None = None) -> StoreError:
    text = str(error.orig).lower()
    if "disk" in text and "full" in text:
        return StoreError.coded("database-disk-full")
    if "readonly" in text or "read-only" in text:
        return StoreError.coded("database-read-only")
    if any(sign in text for sign in _SERVER_AWAY):
        # A PostgreSQL server stopped or restarting: one line, the details in the log.
        log.warning("database server unreachable: %s", str(error.orig).splitlines()[0][:300])
        return ServerAway.coded("server-away")
    log.exception("database error")
    return StoreError.coded("database-unusable", detail=error.orig)


# What psycopg says when the server is not there or went away mid-session.
_SERVER_AWAY = (
    "connection is bad",
    "connection failed",
    "could not connect",
    "server closed the connection",
    "terminating connection",
    "connection to server",
    "the database system is starting up",
    "the database system is shutting down",
    "consuming input failed",
)


def _open_failure(url: URL, error: Exception) -> StoreError:
    where = sqlite_path(url) or without_password(url)
    detail = getattr(error, "orig", None) or error
    if isinstance(detail, OSError) and detail.strerror:
        detail = detail.strerror
    return StoreError.coded(
        "database-cannot-open", where=quoted(where, 80), detail=str(detail).splitlines()[0][:200]
    )


# A database opened many times (every command of a script) is backed up at most
# this often on open; the GUI also backs up every few minutes while it changes.
OPEN_BACKUP_INTERVAL_S = 10 * 60


class OpenBackup:
    """The backup taken on open, copying in a thread beside the user's work; once it
    is done, why it could not be taken (to be told to the user), or None."""

    def __init__(self, path: Path) -> None:
        self.problem: str | None = None
        self._thread = threading.Thread(
            target=self._run, args=(path,), name="rapporteur-backup-on-open", daemon=False
        )
        self._thread.start()

    def _run(self, path: Path) -> None:
        self.problem = _backup_quietly(path)

    @property
    def done(self) -> bool:
        return not self._thread.is_alive()

    def join(self) -> None:
        self._thread.join()


def _finish(backup: OpenBackup | None) -> None:
    if backup is not None:
        backup.join()


def check_file(path: Path) -> None:
    """Everything that must be known before a byte is written to ``path``: that a
    database which was there is still there, that the file is sound, and that it
    is ours and of a schema this program can open."""
    remove_stale_restoring(path)
    if not path.exists() or (path.is_file() and path.stat().st_size == 0):
        check_not_gone(path)
        return
    check_health(path)
    problem = schema_problem(path)
    if problem is not None:
        # It may be a new file another copy is creating right now: look again
        # once that copy is done.
        with creation_lock(path):
            problem = schema_problem(path)
        if problem is not None:
            raise problem


# A restore that has not touched its partial copy for this long was killed.
STALE_PARTIAL_S = 60 * 60


def remove_stale_restoring(path: Path) -> None:
    partial = path.with_name(path.name + ".restoring")
    try:
        if time.time() - partial.stat().st_mtime > STALE_PARTIAL_S:
            partial.unlink()
            log.info("removed %s, left by a restore that was stopped", partial.name)
    except OSError:
        pass


def check_not_gone(path: Path) -> None:
    """A database that had backups taken and is no longer there is lost, not new:
    never make a silent empty file in its place."""
    backups = list_backups(path)
    if not backups:
        return
    good = newest_good_backup(path)
    if good is None:
        raise StoreError.coded("database-gone", path=path)
    raise StoreError.coded(
        "database-gone-backup", path=path, backup=good.name, taken=f"{good.taken:%Y-%m-%d %H:%M}"
    )


def check_health(path: Path) -> None:
    """Refuse, in plain words, a file that is not a sound database; write nothing.

    Reads the header and the schema only (store/file_check.py): a page damaged
    deeper in the file is found by the full check of the next backup copy.
    """
    problem = open_problem(path)
    if problem is None:
        return
    backup = newest_good_backup(path)
    if backup is None:
        raise DamagedDatabase.coded("database-damaged", path=path, problem=problem)
    raise DamagedDatabase.coded(
        "database-damaged-backup",
        path=path,
        problem=problem,
        backup=backup.name,
        taken=f"{backup.taken:%Y-%m-%d %H:%M}",
    )


def backup_on_open(path: Path) -> OpenBackup | None:
    """Back the database up when it changed since its last backup (at most every 10 min),
    in a thread: the copy (and its full check) runs beside the work, not before it."""
    if not path.exists() or path.stat().st_size == 0 or not changed_since_last_backup(path):
        return None
    backups = list_backups(path)
    if backups and time.time() - backups[0].path.stat().st_mtime < OPEN_BACKUP_INTERVAL_S:
        return None
    return OpenBackup(path)


def _backup_quietly(path: Path) -> Said | None:
    try:
        checked_backup(path, "open")
    except (StoreError, OSError) as error:
        # A failed backup must not keep the rapporteur from working, but she must
        # know that her backups have stopped.
        log.warning("could not back up %s on open: %s", path.name, error)
        return backup_problem_text(error)
    return None


def backup_problem_text(error: Exception) -> Said:
    """Why no backup could be taken, to tell the user (worded at the edge)."""
    full = isinstance(error, OSError) and error.errno == errno.ENOSPC
    if full or getattr(error, "code", None) == "disk-full" or "full" in str(error).lower():
        return Said.coded("backup-stopped-disk-full", folder=backups_dir())
    detail = error.strerror if isinstance(error, OSError) and error.strerror else Said.of(error)
    return Said.coded("backup-stopped", detail=detail, folder=backups_dir())
