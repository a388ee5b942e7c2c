"""The benchmark's own data: a two-week Human Dimension meeting, and a database of
100,000 statements.

The large meeting is the demo generator's (names in Latin, Cyrillic, Greek
letters with accents, one anonymous speaker per session): 20 working
sessions of 100 statements and 25 recommendations each, loaded through the
exchange service in one unit of work. The 100,000-statement database copies
that meeting's sessions and statements (49 more times, 980 more sessions) into
the same meeting with plain SQL in one transaction, so a meeting-wide tally
counts 100,000 statements.
"""

import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path

from rapporteur_app.services.app_services import Services
from rapporteur_app.services.demo import add_demo_meeting


@dataclass(frozen=True)
class Size:
    sessions: int
    statements: int
    recommendations: int
    copies: int  # how many times the meeting's sessions are copied for the big database
    repeats: int
    logged: int  # statements logged for the logging figure
    # (statements in the database, sessions logged into) of each scale database
    scales: tuple[tuple[int, tuple[int, ...]], ...] = ()
    cached: bool = False  # the largest scale database kept between runs
    keys: int = 200  # keys pressed per session size for logging by key
    # working sessions of the long meeting (the demo's own session size) whose
    # consolidated report is timed: the "80 sessions"
    long_sessions: int = 3


FULL = Size(
    sessions=20, statements=100, recommendations=25, copies=49, repeats=5, logged=1000,
    scales=((1_000, (10,)), (100_000, (10, 1_000)), (1_000_000, (10, 1_000, 100_000))),
    cached=True, keys=400, long_sessions=80,
)  # fmt: skip
SMOKE = Size(
    sessions=2, statements=10, recommendations=3, copies=4, repeats=1, logged=20,
    scales=((30, (10,)), (300, (10, 100)), (600, (10, 100, 200))), keys=8,
)  # fmt: skip


def large_meeting(path: Path, size: Size) -> tuple[int, list[int]]:
    """(meeting id, its session ids) of a freshly made large meeting at ``path``."""
    services = Services.open(path)
    try:
        meeting = add_demo_meeting(
            services,
            sessions=size.sessions,
            statements_per_session=size.statements,
            recommendations_per_session=size.recommendations,
            frame=False,
        )
        return meeting.id, [s.id for s in services.sessions.of_meeting(meeting.id)]
    finally:
        services.close()


def long_meeting(path: Path, size: Size) -> int:
    """The id of a meeting of ``size.long_sessions`` working sessions of the demo's own
    size (14 statements, 6 recommendations each) at ``path``: a two-week meeting's
    whole consolidated report."""
    services = Services.open(path)
    try:
        return add_demo_meeting(services, sessions=size.long_sessions, frame=False).id
    finally:
        services.close()


def _columns(connection: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f"PRAGMA table_info({table})") if row[1] != "id"]


def many_statements(path: Path, size: Size) -> tuple[int, list[int], int]:
    """A database whose one meeting holds (copies + 1) × the large meeting's statements.

    Returns the meeting id, its original session ids and the number of statements.
    """
    meeting_id, session_ids = large_meeting(path, size)
    connection = sqlite3.connect(path)
    try:
        session_columns = _columns(connection, "sessions")
        statement_columns = _columns(connection, "statements")
        sessions = connection.execute(
            f"SELECT id, {', '.join(session_columns)} FROM sessions WHERE meeting_id = ?",
            (meeting_id,),
        ).fetchall()
        statements = connection.execute(
            f"SELECT {', '.join(statement_columns)} FROM statements"
        ).fetchall()
        at = {name: index for index, name in enumerate(statement_columns)}
        with connection:
            for copy in range(1, size.copies + 1):
                new_ids: dict[int, int] = {}
                for row in sessions:
                    values = list(row[1:])
                    values[session_columns.index("label")] = (
                        f"{values[session_columns.index('label')]} ({copy + 1})"
                    )
                    if "uid" in session_columns:  # each copy is a session of its own
                        values[session_columns.index("uid")] = str(uuid.uuid4())
                    cursor = connection.execute(
                        f"INSERT INTO sessions ({', '.join(session_columns)}) "
                        f"VALUES ({', '.join('?' * len(session_columns))})",
                        values,
                    )
                    new_ids[row[0]] = int(cursor.lastrowid or 0)
                copied = []
                for row in statements:
                    values = list(row)
                    values[at["session_id"]] = new_ids[values[at["session_id"]]]
                    values[at["replying_to_id"]] = None
                    copied.append(values)
                connection.executemany(
                    f"INSERT INTO statements ({', '.join(statement_columns)}) "
                    f"VALUES ({', '.join('?' * len(statement_columns))})",
                    copied,
                )
        total = connection.execute("SELECT count(*) FROM statements").fetchone()[0]
    finally:
        connection.close()
    return meeting_id, session_ids, int(total)
