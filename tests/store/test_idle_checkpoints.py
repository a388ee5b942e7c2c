"""The live console's database checkpoints its log at idle moments, not inside a
key's commit: the writing connection's automatic checkpoint is pushed back to a
bound, the log stays under that bound even if no idle moment ever comes, an idle
moment checkpoints the whole log, and every commit is still durable.

Counted, not timed: pages of the log, checkpoints done, rows stored.
"""

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services
from rapporteur_app.store import checkpoints, database, log_room
from rapporteur_app.store.checkpoints import BACKSTOP_PAGES, DEFAULT_PAGES

# A WAL frame: a 24-byte header and a page; the file has a 32-byte header.
PAGE = 4096
FRAME = PAGE + 24


def _session(services: Services) -> int:
    meeting = services.meetings.add("Human Dimension Meeting")
    return services.sessions.add(meeting.id, "WS 1", "Tolerance").id


def _autocheckpoint(services: Services) -> int:
    with services.db.writing_rows() as connection:
        return int(connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar_one())


def _truncate_log(db_path: Path) -> None:
    other = sqlite3.connect(db_path)
    try:
        other.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        other.close()


def _wait_for(condition: Callable[[], bool], timeout_s: float = 30.0) -> bool:
    """Poll (the checkpointer is a thread); the timeout is a guard, not a measure."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def test_the_writing_connection_leaves_checkpoints_to_the_idle_moment(db_path: Path) -> None:
    services = Services.open(db_path)
    try:
        _session(services)
        assert _autocheckpoint(services) == DEFAULT_PAGES  # a command line: SQLite's own
        services.db.checkpoint_when_idle()
        assert _autocheckpoint(services) == BACKSTOP_PAGES
        with services.db.writing_rows() as connection:  # synchronous=FULL stays
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar_one() == 2
    finally:
        services.close()
    # Closed, then used by a late caller: SQLite's own checkpoints again.
    assert _autocheckpoint(services) == DEFAULT_PAGES


def test_the_log_stays_bounded_when_no_idle_moment_comes(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bound = 40
    monkeypatch.setattr(database, "BACKSTOP_PAGES", bound)
    monkeypatch.setattr(checkpoints.IdleCheckpointer, "due", lambda _self, _now: False)
    # The room made at the start (store/log_room.py) is a size of its own, not growth.
    monkeypatch.setattr(log_room, "ROOM_PAGES", 0)
    services = Services.open(db_path)
    try:
        session_id = _session(services)
        services.db.checkpoint_when_idle()
        checkpointer = services.db.checkpointer
        assert checkpointer is not None and checkpointer.room_made.wait(30)
        _truncate_log(db_path)  # the schema's creation filled it first
        wal = Path(f"{db_path}-wal")
        largest = 0
        for _ in range(300):  # some 3,000 pages written in all
            services.floor.count_only(session_id, Category.DELEGATION)
            largest = max(largest, wal.stat().st_size)
        assert checkpointer.checkpoints == 0
        # The bound, plus the transaction that crossed it (a statement: some 11 pages);
        # without the bound, the log would hold all 3,000.
        assert largest <= 32 + (bound + 20) * FRAME, largest // FRAME
        assert services.tally.for_session(session_id).delegations == 300
    finally:
        services.close()


def test_an_idle_moment_checkpoints_the_whole_log(db_path: Path) -> None:
    services = Services.open(db_path)
    try:
        session_id = _session(services)
        services.db.checkpoint_when_idle()
        checkpointer = services.db.checkpointer
        assert checkpointer is not None
        for _ in range(checkpoints.WRITES_PER_CHECKPOINT + 10):
            services.floor.count_only(session_id, Category.DELEGATION)
        assert _wait_for(lambda: checkpointer.checkpoints >= 1)
        other = sqlite3.connect(db_path)
        try:
            busy, in_log, copied = other.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            stored = other.execute(
                "SELECT count(*) FROM statements WHERE session_id = ?", (session_id,)
            ).fetchone()[0]
        finally:
            other.close()
        assert (busy, copied) == (0, in_log)  # nothing was left in the log to copy
        assert stored == checkpoints.WRITES_PER_CHECKPOINT + 10
    finally:
        services.close()
    assert services.db.checkpointer is None  # its thread stopped with the database


def test_few_writes_wait_for_a_long_pause_and_a_busy_console_waits_for_any(
    db_path: Path,
) -> None:
    services = Services.open(db_path)
    try:
        services.db.checkpoint_when_idle()
        checkpointer = services.db.checkpointer
        assert checkpointer is not None
        assert not checkpointer.due(time.monotonic())  # nothing written yet
        _session(services)
        now = time.monotonic()
        assert not checkpointer.due(now)  # writing goes on
        assert not checkpointer.due(now + checkpoints.IDLE_S)  # a pause, but two writes
        assert checkpointer.due(now + checkpoints.LONG_IDLE_S + 0.01)
    finally:
        services.close()


def test_a_database_gone_is_not_made_again_by_a_checkpoint(db_path: Path) -> None:
    services = Services.open(db_path)
    try:
        services.db.checkpoint_when_idle()
        checkpointer = services.db.checkpointer
        assert checkpointer is not None
        gone = db_path.with_name("gone.sqlite3")
        stray = checkpoints.IdleCheckpointer(gone)
        try:
            stray.checkpoint()
        finally:
            stray.stop()
        assert not gone.exists() and stray.checkpoints == 0
    finally:
        services.close()


def test_the_checkpoints_at_idle_come_back_after_a_restore_reopens(db_path: Path) -> None:
    services = Services.open(db_path)
    try:
        services.db.checkpoint_when_idle()
        services.db.close()
        assert services.db.checkpointer is None
        services.db.reopen()
        assert services.db.checkpointer is not None
        assert _autocheckpoint(services) == BACKSTOP_PAGES
    finally:
        services.close()
