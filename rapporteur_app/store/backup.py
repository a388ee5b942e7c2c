"""Copies of a SQLite database taken with SQLite's online backup API, kept in a
rotation in the user data folder, and put back on request.

The backup API copies a consistent snapshot even while another connection
writes, which a file copy of a WAL database does not. Backups of one database
are named ``<stem>-<hash of its path>-<UTC time>-<reason>.sqlite3``, so two
databases called alike in different folders never mix their backups.
"""

import logging
import os
import sqlite3
import stat
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from rapporteur_app.domain.error_codes import PROBLEMS
from rapporteur_app.domain.errors import DatabaseLocked, Said, StoreError
from rapporteur_app.store.location import data_dir, private_dir
from rapporteur_app.store.locks import LOCK_WAIT_S, lock_holders, restore_mark

log = logging.getLogger(__name__)

# Periodic backups kept: the newest ones, then one per day for a month.
KEEP_RECENT = 12
KEEP_DAILY_DAYS = 30
# Backups taken before an upgrade or a restore, or by hand: the newest ones.
KEEP_OTHER = 10
SUFFIX = ".sqlite3"


class BackupInfo(NamedTuple):
    # A NamedTuple: made at import, on the first paint's path, at a seventh of a frozen
    # dataclass's cost (docs/performance.md, round 10).
    """A backup of the database: its file, when it was taken and why."""

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
    # Imported here (shutil too, below): the window's first fill checks its file with
    # this module's words and needs neither before its paint.
    import hashlib

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
            dst = sqlite3.connect(partial, isolation_level=None)
            try:
                src.backup(dst)
                _clear_restore_mark(dst)
            finally:
                dst.close()
        finally:
            src.close()
        partial.replace(target)
    except (OSError, sqlite3.Error) as error:
        partial.unlink(missing_ok=True)
        raise StoreError.coded("backup-not-written", name=source.name, detail=error) from error
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
    if not where.is_dir():
        return []
    # Names compared as text: a database called "notes [draft].sqlite3" holds
    # characters that a glob pattern would read as a pattern.
    found = [
        info
        for entry in os.scandir(where)
        if entry.name.startswith(f"{prefix}-")
        and entry.name.endswith(SUFFIX)
        and (info := _parse(Path(entry.path), prefix)) is not None
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
    return removed + _remove_stale_parts(database, folder or backups_dir())


# A backup whose partial copy has not been touched for this long was killed.
STALE_PART_S = 60 * 60


def _remove_stale_parts(database: Path, folder: Path) -> list[Path]:
    """Partial copies (``.part``) of backups that were killed half-way."""
    prefix = f"{family(database)}-"
    removed: list[Path] = []
    now = datetime.now(UTC).timestamp()
    for entry in os.scandir(folder):
        if not (entry.name.startswith(prefix) and entry.name.endswith(".part")):
            continue
        try:
            if now - entry.stat().st_mtime > STALE_PART_S:
                Path(entry.path).unlink()
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def changed_since_last_backup(database: Path, folder: Path | None = None) -> bool:
    """Whether the database (or its write-ahead log) is newer than its newest backup."""
    backups = list_backups(database, folder)
    if not backups:
        return database.exists() and database.stat().st_size > 0
    newest = backups[0].path.stat().st_mtime
    files = [database, database.with_name(database.name + "-wal")]
    return any(f.exists() and f.stat().st_mtime > newest for f in files)


def _clear_restore_mark(connection: sqlite3.Connection) -> None:
    """A copy never carries the flag of a restore under way (see store/locks.py)."""
    (mark,) = connection.execute("PRAGMA user_version").fetchone()
    if mark < 0:
        connection.execute("PRAGMA user_version=0")


def _is_lock(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    return "locked" in str(error) or "busy" in str(error)


def locked_error(path: Path) -> DatabaseLocked:
    holders = lock_holders(path)[:3]
    seconds = f"{LOCK_WAIT_S:.0f}"
    if holders:
        return DatabaseLocked.coded(
            "database-locked-by", path=path, holders=", ".join(holders), seconds=seconds
        )
    return DatabaseLocked.coded("database-locked", path=path, seconds=seconds)


def health(path: Path) -> str | None:
    """Why this file is not a sound SQLite database, or None when it is.

    Reads only: the file is opened read-only and nothing is written to it. A file
    another program holds locked is not damaged: after waiting a while for it,
    :class:`DatabaseLocked` says so (never a restore).
    """
    try:
        mode = path.stat().st_mode
    except OSError as error:
        return unreadable(error)
    if not stat.S_ISREG(mode):
        # A FIFO would block the read below for ever, a device is nobody's database.
        return PROBLEMS["not-regular"]
    try:
        with path.open("rb") as file:
            header = file.read(16)
    except OSError as error:
        return unreadable(error)
    if len(header) == 0:
        return None  # a new, empty file: SQLite will make it a database
    if header != b"SQLite format 3\x00":
        return PROBLEMS["not-sqlite"]
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=LOCK_WAIT_S)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        if _is_lock(error):
            raise locked_error(path) from error
        log.warning("%s is damaged: %s", path, error)
        return damaged(str(error))
    if rows != [("ok",)]:
        # quick_check lists every broken page, often hundreds of lines: the first
        # one tells the user, the log keeps the rest.
        log.warning("%s is damaged: %s", path, "; ".join(str(r[0]) for r in rows[:200]))
        return damaged(str(rows[0][0]))
    return None


def unreadable(error: OSError) -> Said:
    """A file check's finding when the file cannot be read: worded at the edge, the
    system's own words kept as a detail."""
    return Said.coded("problem-unreadable", detail=error.strerror or error)


def damaged(detail: str) -> Said:
    """A file check's finding when SQLite calls the file damaged: worded at the edge,
    the first line of SQLite's words kept as a detail (the log keeps the rest)."""
    return Said.coded("problem-damaged", detail=_first_line(detail))


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    first = next((line for line in lines if not line.startswith("***")), lines[0] if lines else "")
    return first[:120]


def newest_good_backup(database: Path, folder: Path | None = None) -> BackupInfo | None:
    for backup in list_backups(database, folder):
        try:
            if health(backup.path) is None:
                return backup
        except DatabaseLocked:
            continue
    return None


def restore(backup: Path, target: Path, folder: Path | None = None) -> Path | None:
    """Put ``backup`` in place of ``target``. The current file, if any, is kept first
    as a backup of its own (returned); it is never overwritten without a copy.

    A sound database is restored in place, through SQLite, in one transaction:
    windows and commands that have it open see the restored data at their next
    step and go on writing to the file the user has. A damaged or missing file
    is replaced by renaming a complete copy over it, so there is always a
    database at the path, the old one or the restored one.
    """
    problem = health(backup)
    if problem is not None:
        raise StoreError.coded("backup-unsound", name=backup.name, problem=problem)
    where = private_dir(folder or backups_dir())
    if target.exists() and target.stat().st_size > 0 and health(target) is None:
        return _restore_in_place(backup, target, where)
    return _restore_by_renaming(backup, target, where)


def _restore_in_place(backup: Path, target: Path, where: Path) -> Path:
    live = sqlite3.connect(target, timeout=LOCK_WAIT_S, isolation_level=None)
    try:
        try:
            live.execute("BEGIN IMMEDIATE")  # no writer can commit while the copy is kept
        except sqlite3.OperationalError as error:
            if _is_lock(error):
                raise locked_error(target) from error
            raise
        try:
            kept = backup_file(target, "before-restore", where)
            live.execute(f"PRAGMA user_version={restore_mark()}")
            live.execute("COMMIT")
        except BaseException:
            live.execute("ROLLBACK")
            raise
        try:
            source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
            try:
                source.backup(live)
            finally:
                source.close()
        except sqlite3.Error as error:
            raise _restore_failure(backup, error) from error
        finally:
            _clear_restore_mark(live)
    finally:
        live.close()
    return kept


def _restore_failure(backup: Path, error: Exception) -> StoreError:
    text = str(error).lower()
    if "full" in text or getattr(error, "errno", None) == 28:
        return StoreError.coded("restore-disk-full", name=backup.name)
    return StoreError.coded("restore-failed", name=backup.name, detail=_first_line(str(error)))


def _keep_bytes(source: Path, kept: Path) -> None:
    """Keep ``source`` as it is under the name ``kept`` (0600), without moving it."""
    try:
        os.link(source, kept)
    except OSError:
        import shutil

        shutil.copyfile(source, kept)
        with kept.open("rb+") as copy:
            os.fsync(copy.fileno())
    kept.chmod(0o600)


def _restore_by_renaming(backup: Path, target: Path, where: Path) -> Path | None:
    partial = target.with_name(target.name + ".restoring")
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.close(fd)
        source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            destination = sqlite3.connect(partial, isolation_level=None)
            try:
                source.backup(destination)
                _clear_restore_mark(destination)
            finally:
                destination.close()
        finally:
            source.close()
        with partial.open("rb+") as written:
            os.fsync(written.fileno())
        kept: Path | None = None
        if target.exists() and target.stat().st_size > 0:
            # A damaged file cannot go through the backup API: keep its bytes as they are.
            kept = where / f"{family(target)}-{_stamp()}-before-restore{SUFFIX}"
            _keep_bytes(target, kept)
            for suffix in ("-wal", "-shm"):
                side = target.with_name(target.name + suffix)
                if side.exists():
                    _keep_bytes(side, kept.with_name(kept.name + suffix))
        for suffix in ("-wal", "-shm"):
            target.with_name(target.name + suffix).unlink(missing_ok=True)
        partial.replace(target)  # atomic: the old file or the restored one, never none
        _sync_folder(target.parent)
    except (OSError, sqlite3.Error) as error:
        partial.unlink(missing_ok=True)
        raise _restore_failure(backup, error) from error
    return kept


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
