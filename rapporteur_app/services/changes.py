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
- Any other engine: :class:`NoChangeSource` for now. A PostgreSQL source
  (LISTEN/NOTIFY) implements the same two methods and is chosen in
  :func:`change_source_for`.
"""

import sqlite3
import threading
from typing import Any, Protocol

from sqlalchemy import event
from sqlalchemy.engine import Connection

from rapporteur_app.store.database import Database


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


def change_source_for(db: Database) -> ChangeSource:
    """The way to notice other writers on this database (see the module's note)."""
    if db.path is not None:
        return SqliteDataVersion(db)
    return NoChangeSource()
