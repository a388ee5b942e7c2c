"""Copies of a SQLite database taken with SQLite's online backup API, kept in a
rotation in the user data folder, and put back on request.

The backup API copies a consistent snapshot even while another connection
writes, which a file copy of a WAL database does not. Backups of one database
are named ``<stem>-<hash of its path>-<UTC time>-<reason>.sqlite3``, so two
databases called alike in different folders never mix their backups.
"""

import hashlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from rapporteur_app.domain.errors import StoreError
from rapporteur_app.store.location import data_dir, private_dir

# Periodic backups kept: the newest ones, then one per day for a month.
KEEP_RECENT = 12
KEEP_DAILY_DAYS = 30
# Backups taken before an upgrade or a restore, or by hand: the newest ones.
KEEP_OTHER = 10
SUFFIX = ".sqlite3"


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    taken: datetime
    reason: str

    @property
    def name(self) -> str:
        return self.path.name


def backups_dir() -> Path:
    return private_dir(data_dir() / "backups")


def family(database: Path) -> str:
    """The name prefix of one database's backups."""
    resolved = str(database.expanduser().resolve())
    digest = hashlib.sha1(resolved.encode("utf-8"), usedforsecurity=False).hexdigest()[:8]
    return f"{database.stem}-{digest}"


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def backup_file(source: Path, reason: str, target_dir: Path | None = None) -> Path:
    """Copy ``source`` into the backups folder (0600) and return the copy's path."""
    folder = private_dir(target_dir or backups_dir())
    target = folder / f"{family(source)}-{_stamp()}-{reason}{SUFFIX}"
    partial = target.with_suffix(".part")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        partial.replace(target)
    except (OSError, sqlite3.Error) as error:
        partial.unlink(missing_ok=True)
        raise StoreError(f"The backup of {source.name} could not be written: {error}") from error
    return target


def _parse(path: Path, prefix: str) -> BackupInfo | None:
    rest = path.name[len(prefix) + 1 : -len(SUFFIX)]
    stamp, _, reason = rest.partition("-")
    try:
        taken = datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
    except ValueError:
        return None
    return BackupInfo(path, taken, reason)


def list_backups(database: Path, folder: Path | None = None) -> list[BackupInfo]:
    """This database's backups, newest first."""
    prefix = family(database)
    where = folder or backups_dir()
    found = [
        info
        for path in where.glob(f"{prefix}-*{SUFFIX}")
        if (info := _parse(path, prefix)) is not None
    ]
    return sorted(found, key=lambda info: info.taken, reverse=True)


def rotate(database: Path, folder: Path | None = None) -> list[Path]:
    """Remove the backups the rotation no longer keeps; return what was removed."""
    backups = list_backups(database, folder)
    periodic = [b for b in backups if b.reason in ("auto", "open")]
    other = [b for b in backups if b.reason not in ("auto", "open")]
    keep = {b.path for b in periodic[:KEEP_RECENT]} | {b.path for b in other[:KEEP_OTHER]}
    days: set[str] = set()
    now = datetime.now(UTC)
    for backup in periodic:
        day = backup.taken.strftime("%Y-%m-%d")
        if (now - backup.taken).days <= KEEP_DAILY_DAYS and day not in days:
            days.add(day)
            keep.add(backup.path)
    removed = [b.path for b in backups if b.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def changed_since_last_backup(database: Path, folder: Path | None = None) -> bool:
    """Whether the database (or its write-ahead log) is newer than its newest backup."""
    backups = list_backups(database, folder)
    if not backups:
        return database.exists() and database.stat().st_size > 0
    newest = backups[0].path.stat().st_mtime
    files = [database, database.with_name(database.name + "-wal")]
    return any(f.exists() and f.stat().st_mtime > newest for f in files)


def health(path: Path) -> str | None:
    """Why this file is not a sound SQLite database, or None when it is.

    Reads only: the file is opened read-only and nothing is written to it.
    """
    try:
        with path.open("rb") as file:
            header = file.read(16)
    except OSError as error:
        return f"it cannot be read ({error.strerror or error})"
    if len(header) == 0:
        return None  # a new, empty file: SQLite will make it a database
    if header != b"SQLite format 3\x00":
        return "it is not a SQLite database (the file holds something else)"
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return f"it is damaged ({error})"
    if rows != [("ok",)]:
        return f"it is damaged ({rows[0][0]})"
    return None


def newest_good_backup(database: Path, folder: Path | None = None) -> BackupInfo | None:
    for backup in list_backups(database, folder):
        if health(backup.path) is None:
            return backup
    return None


def restore(backup: Path, target: Path, folder: Path | None = None) -> Path | None:
    """Put ``backup`` in place of ``target``. The current file, if any, is kept first
    as a backup of its own (returned); it is never overwritten without a copy."""
    problem = health(backup)
    if problem is not None:
        raise StoreError(f"{backup.name} cannot be restored: {problem}.")
    kept: Path | None = None
    if target.exists() and target.stat().st_size > 0:
        where = private_dir(folder or backups_dir())
        kept = where / f"{family(target)}-{_stamp()}-before-restore{SUFFIX}"
        if health(target) is None:
            kept = backup_file(target, "before-restore", where)
        else:
            # A damaged file cannot go through the backup API: keep its bytes as they are.
            target.replace(kept)
            for suffix in ("-wal", "-shm"):
                side = target.with_name(target.name + suffix)
                if side.exists():
                    side.replace(kept.with_name(kept.name + suffix))
    partial = target.with_name(target.name + ".restoring")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(fd)
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        destination = sqlite3.connect(partial)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    for suffix in ("-wal", "-shm"):
        target.with_name(target.name + suffix).unlink(missing_ok=True)
    partial.replace(target)
    return kept
