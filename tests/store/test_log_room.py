"""Room made in SQLite's write-ahead log when the live console's database opens
(store/log_room.py): the log file grows and nothing in the database changes; the
keys after it write over that room instead of growing the file; a process killed
after its commits, with the room's uncommitted pages still in the log, loses nothing
and leaves nothing behind; a database another writer holds gets no room and no wait.

Counted, not timed: bytes of the log file, rows, tables.
"""

import hashlib
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services
from rapporteur_app.store import log_room

ROOT = Path(__file__).resolve().parents[2]
PAGES = 200


def _wal(db_path: Path) -> Path:
    return Path(f"{db_path}-wal")


def _session(services: Services) -> int:
    meeting = services.meetings.add("Human Dimension Meeting")
    return services.sessions.add(meeting.id, "WS 1", "Tolerance").id


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _connection(db_path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(db_path, isolation_level=None, timeout=0.1)
    connection.execute("PRAGMA journal_mode=WAL")
    return connection


def test_the_room_grows_the_log_and_changes_nothing_in_the_database(db_path: Path) -> None:
    services = Services.open(db_path)
    try:
        _session(services)
        holder = _connection(db_path)  # the services' pool keeps the log open
        holder.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        before = _digest(db_path)
        tables = holder.execute("SELECT name FROM sqlite_master ORDER BY name").fetchall()
        (cache,) = holder.execute("PRAGMA cache_size").fetchone()

        assert log_room.make_room(holder, str(_wal(db_path)), PAGES)

        assert _wal(db_path).stat().st_size >= PAGES * 4096
        assert _digest(db_path) == before  # not a byte of the database written
        assert holder.execute("SELECT name FROM sqlite_master ORDER BY name").fetchall() == tables
        assert holder.execute("PRAGMA cache_size").fetchone() == (cache,)  # put back
        assert holder.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        # Room enough already: nothing done the second time.
        assert not log_room.make_room(holder, str(_wal(db_path)), PAGES)
        holder.close()
    finally:
        services.close()


def test_the_keys_after_it_write_over_the_room(db_path: Path) -> None:
    services = Services.open(db_path)
    try:
        session_id = _session(services)
        holder = _connection(db_path)
        holder.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert log_room.make_room(holder, str(_wal(db_path)), PAGES)
        size = _wal(db_path).stat().st_size
        for _ in range(10):  # some 120 pages: inside the room
            services.floor.count_only(session_id, Category.DELEGATION)
        assert _wal(db_path).stat().st_size == size
        # Committed, and read by another connection through the log.
        stored = holder.execute(
            "SELECT count(*) FROM statements WHERE session_id = ?", (session_id,)
        ).fetchone()
        assert stored == (10,)
        holder.close()
    finally:
        services.close()


def test_no_room_and_no_wait_while_another_writer_holds_the_database(db_path: Path) -> None:
    services = Services.open(db_path)
    services.close()
    writer = _connection(db_path)
    other = _connection(db_path)
    try:
        writer.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        writer.execute("BEGIN IMMEDIATE")
        started = time.monotonic()
        assert not log_room.make_room(other, str(_wal(db_path)), PAGES)
        assert time.monotonic() - started < 5  # a guard against a hang, not a measure
        assert _wal(db_path).stat().st_size < PAGES * 4096
        writer.execute("ROLLBACK")
    finally:
        writer.close()
        other.close()


def test_a_database_not_in_wal_mode_gets_no_room(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / "plain.sqlite3", isolation_level=None)
    try:
        connection.execute("CREATE TABLE t (x)")
        assert not log_room.make_room(connection, str(tmp_path / "plain.sqlite3-wal"), PAGES)
        assert not (tmp_path / "plain.sqlite3-wal").exists()
    finally:
        connection.close()


def test_the_console_s_database_makes_its_room_when_checkpoints_wait_for_idle(
    db_path: Path,
) -> None:
    services = Services.open(db_path)
    try:
        _session(services)
        services.db.checkpoint_when_idle()
        checkpointer = services.db.checkpointer
        assert checkpointer is not None
        assert checkpointer.room_made.wait(30)  # a guard, not a measure
        assert _wal(db_path).stat().st_size >= log_room.ROOM_PAGES * 4096
    finally:
        services.close()


_KEYS_THEN_WAIT = """
import sys, time
from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services
services = Services.open(sys.argv[1])
services.db.checkpoint_when_idle()
services.db.checkpointer.room_made.wait(30)
session_id = int(sys.argv[2])
for _ in range(25):
    services.floor.count_only(session_id, Category.DELEGATION)
print("logged", flush=True)
time.sleep(60)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is a POSIX signal")
def test_a_process_killed_after_its_keys_loses_none_of_them(db_path: Path) -> None:
    services = Services.open(db_path)
    try:
        session_id = _session(services)
    finally:
        services.close()
    process = subprocess.Popen(
        [sys.executable, "-c", _KEYS_THEN_WAIT, str(db_path), str(session_id)],
        stdout=subprocess.PIPE,
        text=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "logged"
        assert _wal(db_path).stat().st_size >= log_room.ROOM_PAGES * 4096
    finally:
        process.send_signal(signal.SIGKILL)
        process.communicate()
    reopened = Services.open(db_path)
    try:
        assert reopened.tally.for_session(session_id).delegations == 25
    finally:
        reopened.close()
    check = sqlite3.connect(db_path)
    try:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        names = {name for (name,) in check.execute("SELECT name FROM sqlite_master")}
        assert "rapporteur_log_room" not in names
    finally:
        check.close()
