"""Who holds a database, and the flag a restore sets while it replaces one in place.

SQLite locks its files with POSIX record locks, which Linux lists in
``/proc/locks`` with the holder's process id: that is how a "locked" message can
name the program that holds the file. Elsewhere the holder is simply not named.

A restore copies the backup into the live database through SQLite (so every other
connection sees the restored data at its next transaction and nothing is written
to a file that is no longer the database). Between keeping a copy of what was
there and the copy itself, it marks the database with its own process id in the
header's ``user_version`` (negative, which the program never uses otherwise):
a writer that finds the mark waits for the restore instead of writing a
statement the restore would then wipe. A mark left by a restore that was killed
is cleared by the next writer (its process is gone).
"""

import os
import sqlite3
import time
from pathlib import Path

# How long a command waits for a database another program holds, before saying so.
LOCK_WAIT_S = 5.0


def lock_holders(path: Path) -> list[str]:
    """The programs (``name (process N)``) holding a lock on ``path``, if knowable."""
    try:
        info = path.stat()
        lines = Path("/proc/locks").read_text("ascii", "replace").splitlines()
    except OSError:
        return []
    wanted = f"{os.major(info.st_dev):02x}:{os.minor(info.st_dev):02x}:{info.st_ino}"
    holders: list[str] = []
    for line in lines:
        words = line.split()
        # "1: POSIX  ADVISORY  WRITE 1234 08:01:5678 0 EOF" (a "->" marks a waiter)
        if "->" in words or wanted not in words:
            continue
        pid = words[words.index(wanted) - 1]
        if not pid.isdigit() or int(pid) == os.getpid():
            continue
        try:
            name = Path(f"/proc/{pid}/comm").read_text("utf-8", "replace").strip()
        except OSError:
            name = "a program"
        holder = f"{name} (process {pid})"
        if holder not in holders:
            holders.append(holder)
    return holders


def describe_holders(path: Path) -> str:
    holders = lock_holders(path)
    return f" by {', '.join(holders[:3])}" if holders else " by another program"


def restore_mark() -> int:
    return -os.getpid()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def wait_while_restoring(connection: sqlite3.Connection, timeout_s: float = 60.0) -> bool:
    """Called inside a write transaction just begun: when a restore is under way,
    give the lock back and take it again until the restore is over. Returns False
    when the restore still runs after ``timeout_s`` (the transaction is then ended)."""
    deadline = time.monotonic() + timeout_s
    while True:
        (mark,) = connection.execute("PRAGMA user_version").fetchone()
        if mark >= 0:
            return True
        if not _alive(-mark):
            # A restore killed half-way: the backup copy had not begun or had been
            # rolled back by SQLite; the database is as it was. Clear its mark.
            connection.execute("PRAGMA user_version=0")
            return True
        connection.execute("ROLLBACK")
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
        connection.execute("BEGIN IMMEDIATE")
