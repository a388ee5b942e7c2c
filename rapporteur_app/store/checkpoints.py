"""Checkpoints of SQLite's write-ahead log at an idle moment, not inside a key.

SQLite copies its log back into the database file (a checkpoint) inside the commit
that takes the log past ``wal_autocheckpoint`` pages: with the default of 1,000
pages, one logged statement in about ninety paid several milliseconds more for it
(a statement writes some eleven pages: the row, its indexes, the search index, the
kept counts). A database whose writes someone waits on key by key (the live
console) hands the job to a thread of its own instead: after the writes pause, it
runs a passive checkpoint (which never waits for, nor blocks, a reader or a
writer) on a connection of its own. The writing connections keep an automatic
checkpoint at :data:`BACKSTOP_PAGES`, so the log stays bounded should the thread
never find a pause. Its first job is to make room in the log (store/log_room.py), so
that the first keys write over it rather than grow it.

Durability is not touched: every commit is still ``synchronous=FULL``, and a
commit in the log is as durable as one in the file (a killed process loses
nothing; the next connection replays the log).
"""

import logging
import sqlite3
import threading
import time
from pathlib import Path

from rapporteur_app.store import log_room

log = logging.getLogger(__name__)

# SQLite's own default: a database nobody types into checkpoints as SQLite does.
DEFAULT_PAGES = 1000
# The bound of the log while checkpoints wait for a pause (4 KiB pages: about 40 MB).
BACKSTOP_PAGES = 10_000
# A pause in the writes this long is an idle moment ...
IDLE_S = 0.25
# ... taken once this many writes wait (about 500 pages of a logged statement's) ...
WRITES_PER_CHECKPOINT = 50
# ... or, for fewer writes, once the pause is this long.
LONG_IDLE_S = 10.0
POLL_S = 0.1


class IdleCheckpointer:
    """A thread that checkpoints the log of the database at ``path`` when its writes
    pause. :meth:`wrote` is called after each commit (it costs a clock read)."""

    def __init__(self, path: Path) -> None:
        self._uri = f"{path.resolve().as_uri()}?mode=rw"
        self._log_path = f"{path.resolve()}-wal"
        self.room_made = threading.Event()  # set once the room is made, or not needed
        self._waiting = 0  # commits since the last checkpoint
        self._last_write = time.monotonic()
        self._stop = threading.Event()
        self.checkpoints = 0  # done so far (the tests count them)
        self._thread = threading.Thread(
            target=self._run, name="rapporteur-idle-checkpoint", daemon=True
        )
        self._thread.start()

    def wrote(self) -> None:
        self._waiting += 1
        self._last_write = time.monotonic()

    def due(self, now: float) -> bool:
        if not self._waiting:
            return False
        idle = now - self._last_write
        return idle >= LONG_IDLE_S or (idle >= IDLE_S and self._waiting >= WRITES_PER_CHECKPOINT)

    def _run(self) -> None:
        self.make_room()
        while not self._stop.wait(POLL_S):
            if self.due(time.monotonic()):
                self._waiting = 0
                self.checkpoint()

    def make_room(self) -> None:
        """Room in the log for the keys to come, on a connection of its own."""
        try:
            connection = sqlite3.connect(self._uri, uri=True, timeout=0.1, isolation_level=None)
        except sqlite3.Error as error:  # the file gone meanwhile: no room needed
            log.debug("no room made in the log: %s", error)
            self.room_made.set()
            return
        try:
            log_room.make_room(connection, self._log_path, log_room.ROOM_PAGES)
        except sqlite3.Error as error:  # a full disk, say: the keys grow the log as before
            log.debug("no room made in the log: %s", error)
        finally:
            connection.close()
            self.room_made.set()

    def checkpoint(self) -> None:
        """A passive checkpoint now, on a connection of its own opened for it: never one
        of the program's (their events and counters see nothing of it), and never
        kept open (a restore may put another file in place meanwhile)."""
        try:
            # mode=rw: a file gone meanwhile is not made again, empty, by a checkpoint.
            connection = sqlite3.connect(self._uri, uri=True, timeout=0.1, isolation_level=None)
        except sqlite3.Error as error:  # the file gone meanwhile: next time
            log.debug("no checkpoint: %s", error)
            return
        try:
            connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            self.checkpoints += 1
        except sqlite3.Error as error:
            log.debug("no checkpoint: %s", error)
        finally:
            connection.close()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()
