"""The window's first fill, read by the sqlite3 module alone, is what the services
read; it is refused (None) whenever the full path must decide, and it never writes.

SQLite only: a team server (PostgreSQL) takes the normal path (no first fill)."""

import sqlite3
from pathlib import Path

import pytest

from rapporteur_app.app import _first_fill
from rapporteur_app.domain.kinds import Category, SessionList
from rapporteur_app.services.app_services import Services
from rapporteur_app.services.demo import add_demo_meeting
from rapporteur_app.store.first_fill import FLOOR_SQL, first_fill


def _meeting(path: Path) -> tuple[int, int]:
    """The demo meeting, one session with a joint statement on the floor and a joint
    statement queued: (a session with statements, the busy one)."""
    services = Services.open(path, backup=False)
    try:
        meeting = add_demo_meeting(services)
        sessions = services.sessions.of_meeting(meeting.id)
        busy = sessions[1].id
        services.sessions.set_list(busy, SessionList.QUESTIONS_FOR_DISCUSSION, ["Why?", "How?"])
        for name in ("Austria", "Norway"):
            services.queue.add(busy, "", name, Category.DELEGATION, cosignatories=["Iceland"])
        services.floor.give_floor(busy)
        worked = next(
            s.id for s in sessions if services.tally.for_session(s.id).statements and s.id != busy
        )
        return worked, busy
    finally:
        services.close()


def test_the_first_fill_is_what_the_services_read(db_path: Path) -> None:
    worked, busy = _meeting(db_path)
    services = Services.open(db_path, backup=False)
    try:
        for session_id, page in ((busy, 2000), (busy, 3), (worked, 2000), (worked, 2)):
            fill = first_fill(db_path, session_id, page)
            assert fill is not None
            assert [o.meeting for o in fill.meetings] == services.meetings.all()
            for outline in fill.meetings:
                listed = services.sessions.of_meeting(outline.meeting.id)
                assert [(s.id, s.heading) for s in outline.sessions] == [
                    (s.id, s.heading) for s in listed
                ]
            assert fill.session == services.sessions.get(session_id)
            statements, cursor = services.statements.page_of_session(session_id, limit=page)
            assert list(fill.statements) == statements
            assert fill.cursor == cursor
            assert list(fill.queue) == services.queue.of_session(session_id)
            assert fill.tally == services.tally.for_session(session_id)
            assert fill.on_floor == services.floor.on_floor(session_id)
        busy_fill = first_fill(db_path, busy, 2000)
        assert busy_fill is not None and busy_fill.session is not None
        assert busy_fill.session.questions == ("Why?", "How?")
        assert busy_fill.on_floor is not None and busy_fill.on_floor.cosignatories == ("Iceland",)
        assert busy_fill.queue[0].cosignatories == ("Iceland",)
    finally:
        services.close()


def test_no_session_chosen_or_not_there_lists_the_meetings_alone(db_path: Path) -> None:
    _meeting(db_path)
    for session_id in (None, 999_999):
        fill = first_fill(db_path, session_id, 2000)
        assert fill is not None and fill.meetings
        assert fill.session is None and fill.statements == ()


def test_the_full_path_decides_whatever_is_in_doubt(db_path: Path, tmp_path: Path) -> None:
    worked, _busy = _meeting(db_path)
    assert first_fill(tmp_path / "missing.sqlite3", worked, 2000) is None
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    assert first_fill(empty, worked, 2000) is None
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x01" * 500)
    assert first_fill(damaged, worked, 2000) is None
    # A sound header over a damaged schema: the first fill's own first query finds it
    # (since round 10 it checks no more than the header before reading).
    schema_damaged = tmp_path / "schema-damaged.sqlite3"
    whole = bytearray(db_path.read_bytes())
    whole[100:400] = b"\xff" * 300  # the schema's page, after the file's header
    schema_damaged.write_bytes(bytes(whole))
    assert first_fill(schema_damaged, worked, 2000) is None
    # An older (or newer) schema is migrated (or refused) by the full path: not read here.
    old = tmp_path / "old.sqlite3"
    old.write_bytes(db_path.read_bytes())
    with sqlite3.connect(old) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0023'")
    connection.close()
    assert first_fill(old, worked, 2000) is None


def test_the_first_fill_never_writes(db_path: Path) -> None:
    worked, _busy = _meeting(db_path)
    before = db_path.read_bytes()
    stamp = db_path.stat().st_mtime_ns
    assert first_fill(db_path, worked, 2000) is not None
    assert db_path.read_bytes() == before
    assert db_path.stat().st_mtime_ns == stamp
    assert not Path(f"{db_path}-wal").exists() or Path(f"{db_path}-wal").stat().st_size == 0


def test_a_server_takes_the_normal_path() -> None:
    assert _first_fill("postgresql://rapporteur@localhost/meetings", lambda _path: 1) is None


def test_who_has_the_floor_is_found_by_the_floor_index(db_path: Path) -> None:
    """Not by walking the whole session backwards (its cost grew with the session:
    56 ms at 100,000 statements): the partial index of the statements on the floor."""
    _meeting(db_path)
    connection = sqlite3.connect(db_path)
    try:
        plan = " ".join(
            row[-1] for row in connection.execute(f"EXPLAIN QUERY PLAN {FLOOR_SQL}", (1,))
        )
    finally:
        connection.close()
    assert "ix_statements_on_floor" in plan, plan


def test_a_log_longer_than_a_screenful_is_read_a_screenful_deep(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The services read every log again from its start once they are there: the first
    fill takes a screenful of any log (SCREEN, here 2), whether it is longer than the
    page or not, its cursor after them, and who has the floor from the floor's index."""
    import rapporteur_app.store.first_fill as reader

    worked, busy = _meeting(db_path)
    monkeypatch.setattr(reader, "SCREEN", 2)
    services = Services.open(db_path, backup=False)
    try:
        logged = len(services.statements.page_of_session(worked, limit=10_000)[0])
        assert logged > 3
        statements, cursor = services.statements.page_of_session(worked, limit=2)
        assert cursor is not None
        for page in (3, logged + 1):  # longer than the page, and the whole log in it
            fill = first_fill(db_path, worked, page)
            assert fill is not None
            assert list(fill.statements) == statements and fill.cursor == cursor
            assert fill.tally == services.tally.for_session(worked)
        monkeypatch.setattr(reader, "SCREEN", logged + 1)  # a screen taller than the log
        whole = first_fill(db_path, worked, logged + 1)
        assert whole is not None and len(whole.statements) == logged and whole.cursor is None
        busy_fill = first_fill(db_path, busy, 1)
        assert busy_fill is not None
        assert busy_fill.on_floor == services.floor.on_floor(busy)
    finally:
        services.close()
