"""Has anyone else changed the database? A cheap question, asked often.

The GUI's change hub (``ui/change_hub.py``) asks a :class:`ChangeSource` twice a
second and, when the answer is yes, tells every view of the session to read it
again: a statement added from the command line or in a second window shows in
the console, the Statements tab and the Rapport tab within a second.

Changes made by this program itself do not count here (the views hear of those
at once, from the hub): a source answers for the *other* writers only, so the
notes saved every second while the rapporteur types never make every tab read
everything again.

- SQLite: :class:`SqliteDataVersion` (``PRAGMA data_version`` on a connection of
  its own: a few microseconds, no file read).
- PostgreSQL: :class:`ServerNotices` (``LISTEN`` on a connection of its own,
  waited on by a thread of its own: the server's triggers announce every commit,
  whoever made it; see ``store/change_notices.py``).
- Any other engine: :class:`NoChangeSource`.
"""

import logging
import sqlite3
import threading
from typing import Any, Protocol

from sqlalchemy import event
from sqlalchemy.engine import Connection

from rapporteur_app.store.change_notices import CHANNEL
from rapporteur_app.store.database import Database

log = logging.getLogger(__name__)


class ChangeSource(Protocol):
    def changed(self) -> bool:
        """True when another program (or another connection than this program's
        services) committed a change since the previous call. Must be cheap and never
        block: it is called on the GUI thread twice a second."""
        ...

    def close(self) -> None: ...


class NoChangeSource:
    """A database whose other writers cannot be noticed (yet): nothing is reported."""

    def changed(self) -> bool:
        return False

    def close(self) -> None:
        pass


class SqliteDataVersion:
    """``PRAGMA data_version`` changes when a connection other than the one asking
    commits. Our own services' commits change it too, so they are taken out: just
    before each of our commits (while we hold the write lock, no one else can commit)
    a change already seen is remembered as someone else's; just after, the value is
    taken as the new starting point. (A commit by another program in the few
    microseconds between our COMMIT and that reading is taken for ours; the next
    change of anyone's shows it.)"""

    def __init__(self, db: Database) -> None:
        path = db.path
        if path is None:
            raise ValueError("a SQLite source needs a SQLite file")
        self._lock = threading.Lock()
        self._connection = sqlite3.connect(
            f"file:{path}?mode=ro", uri=True, check_same_thread=False, isolation_level=None
        )
        self._seen = self._version()
        self._foreign = False
        self._own_pending = False
        self._engine = db.engine
        self._pool = db.engine.pool
        event.listen(self._engine, "commit", self._before_our_commit)
        event.listen(self._pool, "checkin", self._after_our_commit)

    def _version(self) -> int:
        row = self._connection.execute("PRAGMA data_version").fetchone()
        return int(row[0])

    def _before_our_commit(self, _connection: Connection) -> None:
        with self._lock:
            if self._version() != self._seen:
                self._foreign = True
            self._own_pending = True

    def _after_our_commit(self, _dbapi_connection: Any, _record: Any) -> None:
        with self._lock:
            if self._own_pending:
                self._own_pending = False
                self._seen = self._version()

    def changed(self) -> bool:
        with self._lock:
            version = self._version()
            foreign = self._foreign or (version != self._seen and not self._own_pending)
            if not self._own_pending:
                self._seen = version
            self._foreign = False
            return foreign

    def close(self) -> None:
        for target, name, listener in (
            (self._engine, "commit", self._before_our_commit),
            (self._pool, "checkin", self._after_our_commit),
        ):
            # A disposed engine (the database closed or connected again) has already
            # let go of its pool's listeners.
            if event.contains(target, name, listener):
                event.remove(target, name, listener)
        self._connection.close()


class ServerNotices:
    """Notices from a PostgreSQL server: every commit, by anyone, is announced on
    :data:`CHANNEL` by the server's own triggers (store/change_notices.py).

    Why a thread, and not a QSocketNotifier on the connection's socket: the source
    lives below the GUI (no Qt here), and a thread waiting on its own connection
    (``notifies(timeout=...)``) never touches the GUI thread, which only reads a
    flag. The thread also connects again, by itself, when the server went away:
    notices sent meanwhile are lost, so the first moment it is back counts as a
    change ("read again").

    Our own commits are told apart by the sending backend's process id: every
    connection the services check out of the pool has its pid noted (read from the
    driver, no query), and a notice from one of those pids is ours.
    """

    WAIT_S = 0.25  # how long one wait lasts: the longest close() waits for the thread
    RETRY_S = 1.0

    def __init__(self, db: Database) -> None:
        self._engine = db.engine
        self._pool = db.engine.pool
        cargs, cparams = db.engine.dialect.create_connect_args(db.engine.url)
        self._connect_args: tuple[list[Any], dict[str, Any]] = (list(cargs), dict(cparams))
        self._own: set[int] = set()
        self._lock = threading.Lock()
        self._foreign = False
        self.heard = 0  # notices received, ours too (a test's way to know one arrived)
        self._stop = threading.Event()
        self._listening = threading.Event()
        event.listen(self._pool, "checkout", self._noted)
        self._thread = threading.Thread(target=self._run, name="rapporteur-notices", daemon=True)
        self._thread.start()

    def _noted(self, dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        pid = getattr(getattr(dbapi_connection, "info", None), "backend_pid", None)
        if isinstance(pid, int):
            with self._lock:
                self._own.add(pid)

    def wait_listening(self, timeout: float = 10.0) -> bool:
        """True once the source listens (a test waits for it before writing)."""
        return self._listening.wait(timeout)

    def _run(self) -> None:
        import psycopg

        first = True
        while not self._stop.is_set():
            try:
                cargs, cparams = self._connect_args
                with psycopg.connect(*cargs, **{**cparams, "autocommit": True}) as connection:
                    connection.execute(f"LISTEN {CHANNEL}")
                    self._listening.set()
                    if not first:
                        self._mark()  # notices sent while we were away are lost
                    first = False
                    while not self._stop.is_set():
                        if self._engine.pool is not self._pool:
                            # The database was closed or connected again (a new pool):
                            # whoever watches it now has a source of its own.
                            self._stop.set()
                            break
                        for notice in connection.notifies(timeout=self.WAIT_S):
                            with self._lock:
                                ours = notice.pid in self._own
                                self.heard += 1
                            if not ours:
                                self._mark()
            except psycopg.Error as error:
                self._listening.clear()
                log.info("change notices paused: %s", str(error).splitlines()[0][:200])
                first = False
                self._stop.wait(self.RETRY_S)

    def _mark(self) -> None:
        with self._lock:
            self._foreign = True

    def changed(self) -> bool:
        with self._lock:
            foreign, self._foreign = self._foreign, False
            return foreign

    def close(self) -> None:
        self._stop.set()
        if event.contains(self._pool, "checkout", self._noted):
            event.remove(self._pool, "checkout", self._noted)
        self._thread.join(timeout=2 * self.WAIT_S + 1)


def change_source_for(db: Database) -> ChangeSource:
    """The way to notice other writers on this database (see the module's note)."""
    if db.path is not None:
        return SqliteDataVersion(db)
    if db.url.get_backend_name() == "postgresql":
        return ServerNotices(db)
    return NoChangeSource()
