"""Room in SQLite's write-ahead log, made once when the live console's database opens.

Every commit of a key ends with an fsync of the log (``synchronous=FULL``). While the
log file grows, that fsync must also write the file's new size to the file system's
own journal; once the log has reached its size and is written over again (SQLite
starts the log again from its beginning after a checkpoint, keeping the file's size),
only the data is flushed. Measured on the development machine's disk with bare
sqlite3 commits of a key's size: median 0.72 → 0.37 ms and p99 about a third less
when the log is written over rather than grown. Without room made, the first hundred
or so keys after the database is opened are the ones that grow it.

The room is made by a transaction that writes pages and is rolled back: SQLite puts
the pages it cannot keep in memory into the log without marking them committed, so
the file grows and nothing in the database changes. A crash meanwhile leaves nothing
to replay (a frame with no commit after it is ignored by the recovery), and the next
commit writes its frames over those pages. Nothing is left in the file: the table
written to exists only inside the rolled-back transaction.
"""

import logging
import sqlite3
from pathlib import Path

log = logging.getLogger(__name__)

# About the log of a hundred keys without a pause (a counted statement writes some
# twelve pages; the idle checkpoints, store/checkpoints.py, start the log again once the
# writes pause): 6 MiB in 4 KiB pages.
ROOM_PAGES = 1536
# Pages SQLite may keep in memory meanwhile: small, so that what is written goes to
# the log (the connection's own setting is put back after).
_SPILL_AT_PAGES = 16


def make_room(connection: sqlite3.Connection, log_path: str, pages: int = ROOM_PAGES) -> bool:
    """Grow the write-ahead log at ``log_path`` to at least ``pages`` pages, by a
    rolled-back transaction on ``connection`` (autocommit mode, the database in WAL).
    False, with nothing changed, when the log is large enough already, the database is
    not in WAL mode, or another writer holds it (the room is not worth a wait)."""
    (mode,) = connection.execute("PRAGMA journal_mode").fetchone()
    if str(mode).lower() != "wal":
        return False
    (page_size,) = connection.execute("PRAGMA page_size").fetchone()
    wanted = pages * int(page_size)
    if _size(log_path) >= wanted:
        return False
    (kept_pages,) = connection.execute("PRAGMA cache_size").fetchone()
    connection.execute(f"PRAGMA cache_size={_SPILL_AT_PAGES}")
    try:
        connection.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as busy:  # another writer: no room this time
        connection.execute(f"PRAGMA cache_size={int(kept_pages)}")
        log.debug("no room made in the log: %s", busy)
        return False
    try:
        connection.execute("CREATE TABLE rapporteur_log_room (filler BLOB)")
        # Rows of about a page each, in one statement; the pages still in memory at
        # the end never reach the log, hence the margin.
        connection.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)"
            " INSERT INTO rapporteur_log_room (filler) SELECT zeroblob(?) FROM n",
            (pages + 2 * _SPILL_AT_PAGES, int(page_size) - 100),
        )
    finally:
        connection.execute("ROLLBACK")
        connection.execute(f"PRAGMA cache_size={int(kept_pages)}")
    return True


def _size(path: str) -> int:
    try:
        return Path(path).stat().st_size
    except FileNotFoundError:
        return 0
