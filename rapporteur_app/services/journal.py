"""What a writer types while its server is away is kept on the laptop, then written.

On a PostgreSQL server, a rapporteur's notes and the statements she logs can meet
a server that is stopped, restarting, or behind a network that dropped. Then they
go into a journal: one JSON line per change, appended and flushed to the disk
(fsync) before the call returns, in a file beside the program's settings named
after the database (its URL without a password). As soon as the server answers
again (tried every second in a thread of its own, and whenever the program opens
the same database: a writer killed meanwhile loses nothing either), the journal is
written to the server in the order it was typed, each change in its own unit of
work, and each one written is taken off the file. While anything waits, every new
change joins the end of the queue, so that the order typed is the order written.

A change the server refuses once it is back (the statement was deleted meanwhile,
the role may not write that session) is not dropped: it moves to a ``.refused``
file beside the journal, and the log says so.

A SQLite file is on the laptop itself: it has no journal.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import platformdirs

from rapporteur_app.domain.errors import RapporteurError, ServerAway
from rapporteur_app.store.database import Database
from rapporteur_app.store.location import APP_NAME, private_dir, without_password

log = logging.getLogger(__name__)

_POSIX = os.name == "posix"  # elsewhere one program at a time on the journal (the usual case)

RETRY_S = 1.0

Entry = dict[str, Any]
Apply = Callable[[Entry], None]


def journal_path(db: Database) -> Path:
    """The journal of this database's writes, beside the settings (0600)."""
    where = without_password(db.url)
    digest = hashlib.sha256(where.encode()).hexdigest()[:16]
    folder = Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "waiting"
    name = re.sub(r"[^\w.-]", "_", db.url.database or "server")[:60]
    return folder / f"{name}-{digest}.jsonl"


class Journal:
    """The file of changes waiting for the server, and the thread that writes them.

    Cheap while the server is away for long: a change is one appended line (the
    count of what waits is read again only when the files changed), and the
    drain reads the file once, folds the notes of one statement typed many times
    into the last of them (a statement's notes are saved whole, every second), then
    notes its progress in a small ``.done`` file after each change written, so a
    drain killed half-way starts again after what it had written."""

    def __init__(self, path: Path, apply: Apply) -> None:
        self.path = path
        self._done_path = path.with_name(path.name + ".done")
        self._lock_path = path.with_name(path.name + ".lock")
        self._apply = apply
        self._lock = threading.RLock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        # What waits, as last counted, and the state of the files it was counted from.
        self._count = 0
        self._counted: tuple[int, ...] | None = None
        self._held = False  # this program holds the flock (under self._lock)

    @contextmanager
    def _exclusive(self) -> Iterator[None]:
        """One thread of one program at a time: two programs on one laptop and one
        database (the window and the command line) share the journal, and two drains
        at once would write a change twice. (A flock on a file beside it; POSIX.)"""
        with self._lock:
            if not _POSIX or self._held:  # (a flock is not re-entrant: held once per drain)
                yield
                return
            import fcntl

            private_dir(self.path.parent)
            fd = os.open(self._lock_path, os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX)
                self._held = True
                yield
            finally:
                self._held = False
                os.close(fd)  # releases the flock

    def _state(self) -> tuple[int, ...]:
        found: list[int] = []
        for path in (self.path, self._done_path):
            try:
                status = path.stat()
            except FileNotFoundError:
                found += [-1, -1, -1]
                continue
            found += [status.st_ino, status.st_size, status.st_mtime_ns]
        return tuple(found)

    # -- the file ---------------------------------------------------------------------

    def entries(self) -> list[Entry]:
        """The changes waiting, in the order typed (a line torn by a crash is left out)."""
        with self._exclusive():
            found = _read_lines(self.path)
            return found[min(_done(self._done_path, self.path), len(found)) :]

    @property
    def waiting(self) -> int:
        """How many changes wait. Asked on every save: the files are looked at (stat),
        read again only when they changed (here or in another program)."""
        if not self.path.exists():
            return 0
        state = self._state()
        if state == self._counted:
            return self._count
        with self._exclusive():
            self._count = len(self.entries())
            self._counted = self._state()
            return self._count

    def keep(self, entry: Entry) -> int:
        """Add ``entry`` to the end of the journal, on the disk before returning; how many
        changes now wait."""
        with self._exclusive():
            line = json.dumps(entry, ensure_ascii=False) + "\n"
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            try:
                os.write(fd, line.encode("utf-8"))
                os.fsync(fd)
            finally:
                os.close(fd)
            _sync_folder(self.path.parent)
            waiting = self.waiting
        self.start_retrying()
        return waiting

    def _refuse(self, entry: Entry, error: RapporteurError) -> None:
        log.warning("a change kept while the server was away was refused: %s", error)
        refused = self.path.with_name(self.path.stem + ".refused.jsonl")
        _write_lines(refused, [*_read_lines(refused), {**entry, "refused": str(error)}])

    # -- writing to the server --------------------------------------------------------

    def write_waiting(self) -> bool:
        """Write what waits, in order; True when nothing waits any more (False: the
        server is still away, and the rest waits for the next try)."""
        with self._exclusive():
            entries = _folded(self.entries())
            if not entries:
                self._forget()
                return True
            _write_lines(self.path, entries)  # once: from here on, only the progress
            _write_done(self._done_path, 0, self.path)
            for number, entry in enumerate(entries, start=1):
                try:
                    self._apply(entry)
                except ServerAway:
                    return False
                except RapporteurError as error:
                    self._refuse(entry, error)
                _write_done(self._done_path, number, self.path)
            self._forget()
            return True

    def _forget(self) -> None:
        for path in (self.path, self._done_path):
            path.unlink(missing_ok=True)
        _sync_folder(self.path.parent)

    def start_retrying(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._stop.clear()
            self._thread = threading.Thread(
                target=self._retry, name="rapporteur-journal", daemon=True
            )
            self._thread.start()

    def _retry(self) -> None:
        while not self._stop.wait(RETRY_S):
            try:
                if self.write_waiting():
                    return
            except Exception:  # a bug must not kill the thread silently with data waiting
                log.exception("writing the journal failed")

    def close(self) -> None:
        self._stop.set()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=10)


def _folded(entries: list[Entry]) -> list[Entry]:
    """The notes of a statement saved many times: only the last save is needed (the
    notes are saved whole); everything else keeps its place."""
    last_notes: dict[object, int] = {}
    for index, entry in enumerate(entries):
        if entry.get("op") == "notes":
            last_notes[entry.get("statement")] = index
    return [
        entry
        for index, entry in enumerate(entries)
        if entry.get("op") != "notes" or last_notes[entry.get("statement")] == index
    ]


def _read_lines(path: Path) -> list[Entry]:
    try:
        # Split on "\n" alone: JSON escapes it inside strings, but not the other
        # characters splitlines() takes for line ends (U+0085, U+2028 in the notes).
        lines = [line for line in path.read_text("utf-8").split("\n") if line]
    except FileNotFoundError:
        return []
    found = []
    for line in lines:
        try:
            entry = json.loads(line)
        except ValueError:
            log.warning("a torn line of %s is left out (the program stopped as it wrote)",
                        path.name)  # fmt: skip
            continue
        if isinstance(entry, dict):
            found.append(entry)
    return found


def _write_lines(path: Path, entries: list[Entry]) -> None:
    """Replace ``path`` by ``entries`` all at once (a crash leaves the old or the new)."""
    partial = path.with_name(path.name + ".partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        for entry in entries:
            os.write(fd, (json.dumps(entry, ensure_ascii=False) + "\n").encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    partial.replace(path)
    _sync_folder(path.parent)


def _inode(journal: Path) -> int:
    try:
        return journal.stat().st_ino
    except FileNotFoundError:
        return -1


def _done(path: Path, journal: Path) -> int:
    """How many changes of ``journal`` are written. The progress names the journal
    file it counts (its inode): a journal replaced by its folded copy, the program
    killed before the progress was reset, starts from 0 again, not from the old count."""
    try:
        number, inode = path.read_text("ascii").split()
        return int(number) if int(inode) == _inode(journal) else 0
    except (FileNotFoundError, ValueError):
        return 0


def _write_done(path: Path, number: int, journal: Path) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, f"{number} {_inode(journal)}".encode("ascii"))
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_folder(folder: Path) -> None:
    """A new or renamed file is durable once its folder's entry is on the disk too."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
