"""Checking a SQLite file on open at a cost independent of its size, and in full where
nobody waits: on the copy a backup has just made.

Opening used to run ``PRAGMA quick_check``, which reads every page (half a second
at 400 MB, on every command and every start of the window). What a damaged file
shows at once is checked instead: the 100-byte header (the magic words, a page
size SQLite can write, the fixed payload fractions, the page count against the
file's length, so a truncated copy is caught) and the schema, read and parsed
through a read-only connection. A page damaged in the middle of the file is
found by the full check run on every backup copy, off the path the user waits on.
"""

import logging
import sqlite3
import stat
import struct
from pathlib import Path

from rapporteur_app.domain.error_codes import PROBLEMS
from rapporteur_app.domain.errors import Said, StoreError
from rapporteur_app.store.backup import (
    _is_lock,
    backup_file,
    damaged,
    locked_error,
    rotate,
    unreadable,
)
from rapporteur_app.store.locks import LOCK_WAIT_S

log = logging.getLogger(__name__)

MAGIC = b"SQLite format 3\x00"
HEADER = 100


def header_problem(header: bytes, file_size: int) -> str | None:
    """Why these first bytes cannot begin a sound database of ``file_size`` bytes."""
    if len(header) < HEADER or header[:16] != MAGIC:
        return PROBLEMS["not-sqlite"]
    (raw_page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    if page_size < 512 or page_size & (page_size - 1):
        return PROBLEMS["bad-page-size"]
    write_version, read_version, _reserved, max_fraction, min_fraction, leaf_fraction = header[
        18:24
    ]
    if write_version not in (1, 2) or read_version not in (1, 2):
        return PROBLEMS["unknown-format"]
    if (max_fraction, min_fraction, leaf_fraction) != (64, 32, 32):
        return PROBLEMS["foreign-header"]
    change_counter, page_count = struct.unpack(">II", header[24:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    if page_count and valid_for == change_counter and file_size < page_count * page_size:
        return Said.coded(
            "problem-cut-short", size=f"{file_size:,}", expected=f"{page_count * page_size:,}"
        )
    if file_size % page_size:
        return PROBLEMS["partial-pages"]
    return None


def file_header_problem(path: Path) -> str | None:
    """What :func:`open_problem` finds before the schema: the file itself and its
    header (one read of 100 bytes). The window's first fill checks no more: its own
    first query parses the schema, and any error there leaves the file to the full
    open (store/first_fill.py)."""
    try:
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode):
            # A FIFO would block the read below for ever, a device is nobody's database.
            return PROBLEMS["not-regular"]
        with path.open("rb") as file:
            header = file.read(HEADER)
            size = path.stat().st_size
    except OSError as error:
        return unreadable(error)
    if size == 0:
        return None  # a new, empty file: SQLite will make it a database
    return header_problem(header, size)


def open_problem(path: Path) -> str | None:
    """Why this file cannot be opened as a sound database, or None; reads only, and
    only the header and the schema, whatever the file's size. A file another
    program holds locked is not damaged: :class:`DatabaseLocked` says so."""
    problem = file_header_problem(path)
    if problem is not None or path.stat().st_size == 0:
        return problem
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=LOCK_WAIT_S)
        try:
            # Reads and parses the whole schema: a damaged schema page fails here.
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        if _is_lock(error):
            raise locked_error(path) from error
        log.warning("%s is damaged: %s", path, error)
        return damaged(str(error))
    return None


def full_problem(path: Path) -> str | None:
    """The full check (every page): for backups and for files nobody waits on. The
    first line names the problem; the log keeps the rest (often hundreds of lines)."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=LOCK_WAIT_S)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return damaged(str(error))
    if rows != [("ok",)]:
        log.warning("%s is damaged: %s", path, "; ".join(str(r[0]) for r in rows[:200]))
        return damaged(str(rows[0][0]))
    return None


def checked_backup(database: Path, reason: str) -> Path:
    """A backup copy checked in full, then the rotation; a copy that fails the check is
    removed (a damaged copy must never be offered as the newest good backup) and the
    damage said."""
    copy = backup_file(database, reason)
    problem = full_problem(copy)
    if problem is not None:
        copy.unlink(missing_ok=True)
        log.error("the database %s failed its full check: %s", database.name, problem)
        raise StoreError.coded("database-may-be-damaged", path=database, problem=problem)
    rotate(database)
    return copy
