"""The window's first fill, read through the sqlite3 module alone: the meetings and
their sessions, and the chosen session's console (a screenful of the top of its log,
its queue, its tally as the store keeps it),
before SQLAlchemy is even imported.

Importing SQLAlchemy and mapping the models takes longer than Qt needs to show a
window; the rapporteur should see her session at once. This read never writes
(a read-only connection, ``query_only`` on top) and trusts nothing it cannot
check cheaply: a file that fails the open checks (store/file_check.py), a schema
not this program's newest (an older one is migrated by the full path), a session
not there, any sqlite3 error — each gives None, and the window waits for the
full path, which says what is wrong in the usual words. The full path then opens
the database as always (the same checks, migrations, backup) and the window
reads the session again through the services: what was shown first is replaced,
or taken away with a clear word if the full path refuses the file.

The statements' SQL and their conversion to domain values are shared with
``StatementService.page_of_session`` (one way to read a log on SQLite).
"""

import sqlite3
from collections.abc import Sequence
from datetime import date, time
from functools import lru_cache
from pathlib import Path
from typing import Any

from rapporteur_app.domain.errors import RapporteurError
from rapporteur_app.domain.first_fill import FirstFill, ListedSession, LogCursor, MeetingOutline
from rapporteur_app.domain.kinds import (
    Category,
    IntroducerRole,
    SessionKind,
    SessionList,
    StatementKind,
)
from rapporteur_app.domain.model import (
    Introducer,
    Meeting,
    QueueEntry,
    Session,
    Statement,
    session_heading,
)
from rapporteur_app.domain.tally import Tally
from rapporteur_app.store.file_check import file_header_problem
from rapporteur_app.store.kept_counts import COUNTED
from rapporteur_app.store.schema_head import HEAD_REVISION

# The statements a first fill reads of a log: more rows than the tallest screen shows
# (the whole log comes through the services once they are there).
SCREEN = 200

CATEGORIES = {category.value: category for category in Category}
KINDS = {kind.value: kind for kind in StatementKind}
LOG_SQL = (
    "SELECT id, speaker_name, on_behalf_of, category, kind, replying_to_id, start_time,"
    " end_time, notes, anonymous, anonymous_description, speaker_id, organization_id,"
    " position FROM statements WHERE session_id = ?"
)
LogRow = tuple[
    int, str, str, str, str, int | None, str | None, str | None, str, int, str,
    int | None, int | None, int,
]  # fmt: skip


@lru_cache(maxsize=65_536)
def clock(value: str | None) -> time | None:
    """A time as SQLite holds it ('10:05:00.000000'), or None (remembered: a session's
    times repeat, and a big log has hundreds of thousands of them)."""
    return time.fromisoformat(value) if value else None


def statements_of(
    session_id: int,
    rows: Sequence[LogRow],
    first_number: int,
    joint: dict[int, tuple[str, ...]],
) -> list[Statement]:
    """Rows of :data:`LOG_SQL` as the log's statements, numbered from ``first_number``."""
    category, kind = CATEGORIES, KINDS
    return [
        Statement(
            id=row_id,
            session_id=session_id,
            number=number,
            speaker=speaker,
            on_behalf_of=on_behalf_of,
            category=category[category_value],
            kind=kind[kind_value],
            replying_to_id=replying_to,
            start=clock(start),
            end=clock(end),
            notes=notes,
            anonymous=bool(anonymous),
            anonymous_description=description,
            speaker_id=speaker_id,
            organization_id=organization_id,
            cosignatories=joint.get(row_id, ()),
        )
        for number, (
            row_id, speaker, on_behalf_of, category_value, kind_value, replying_to, start, end,
            notes, anonymous, description, speaker_id, organization_id, _position,
        ) in enumerate(rows, start=first_number)
    ]  # fmt: skip


def next_cursor(rows: Sequence[LogRow], limit: int | None) -> LogCursor | None:
    more = limit is not None and len(rows) == limit
    return (rows[-1][13], rows[-1][0]) if more else None


def first_fill(path: Path, session_id: int | None, page: int) -> FirstFill | None:
    """The first fill of the window from ``path``, with ``session_id``'s console (its
    first ``page`` statements) when that session is there; None whenever the full
    path must decide (see the module's words)."""
    try:
        # The header only: the schema is parsed by the first query below, and an error
        # there (a damaged schema, a lock) gives no first fill either.
        if not path.is_file() or path.stat().st_size == 0 or file_header_problem(path):
            return None
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
    except (OSError, RapporteurError, sqlite3.Error):
        return None
    try:
        connection.execute("PRAGMA query_only = 1")
        # One snapshot for everything read: another program may be logging meanwhile.
        connection.execute("BEGIN")
        version = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        if [row[0] for row in version] != [HEAD_REVISION]:
            return None
        meetings = _meetings(connection)
        if session_id is None or not any(s.id == session_id for m in meetings for s in m.sessions):
            return FirstFill(path, meetings)
        return _with_console(connection, path, meetings, session_id, page)
    except (sqlite3.Error, ValueError, KeyError, RapporteurError):
        return None
    finally:
        connection.close()


_SESSION_COLUMNS = (
    "id, meeting_id, label, title, kind, day, start_time, end_time, room, moderator,"
    " rapporteur, background, narrative, position, statement_limit_s, reply_limit_s,"
    " panel_limit_s"
)


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def _session(row: Sequence[Any], questions: Sequence[str] = (),
             introducers: Sequence[Introducer] = ()) -> Session:  # fmt: skip
    (session_id, meeting_id, label, title, kind, day, start, end, room, moderator,
     rapporteur, background, narrative, position, statement_s, reply_s, panel_s) = row  # fmt: skip
    return Session(
        id=int(session_id),
        meeting_id=int(meeting_id),
        label=str(label),
        title=str(title),
        kind=SessionKind(kind),
        day=_day(day),
        start=clock(start),
        end=clock(end),
        room=str(room),
        moderator=str(moderator),
        rapporteur=str(rapporteur),
        background=str(background),
        narrative=str(narrative),
        questions=tuple(questions),
        introducers=tuple(introducers),
        position=int(position),
        statement_limit_s=int(statement_s),
        reply_limit_s=int(reply_s),
        panel_limit_s=int(panel_s),
    )


_LISTED_COLUMNS = "id, meeting_id, label, title, day, start_time, position"


def _in_agenda(
    day: date | None, start: time | None, position: int, session_id: int
) -> tuple[date, time, int, int]:
    # As services/sessions.py's agenda_order: by day, start time, then as put in.
    return (day or date.max, start or time.max, position, session_id)


def _agenda_order(session: Session) -> tuple[date, time, int, int]:
    return _in_agenda(session.day, session.start, session.position, session.id)


def _listed_order(row: Sequence[Any]) -> tuple[date, time, int, int]:
    session_id, _meeting, _label, _title, day, start, position = row
    return _in_agenda(_day(day), clock(start), int(position), int(session_id))


def _meetings(connection: sqlite3.Connection) -> tuple[MeetingOutline, ...]:
    from rapporteur_app.domain.event_kind import EventKind

    # The columns the list shows and sorts by: a line for each, no Session made.
    by_meeting: dict[int, list[Any]] = {}
    for row in connection.execute(f"SELECT {_LISTED_COLUMNS} FROM sessions"):
        by_meeting.setdefault(row[1], []).append(row)
    outline = []
    for meeting_id, title, venue, start, end, background, kind in connection.execute(
        "SELECT id, title, venue, start_date, end_date, background, kind FROM meetings"
        " ORDER BY start_date, id"
    ):
        meeting = Meeting(
            id=meeting_id, title=title, venue=venue, start=_day(start), end=_day(end),
            background=background, kind=EventKind(kind),
        )  # fmt: skip
        rows = sorted(by_meeting.get(meeting_id, ()), key=_listed_order)
        listed = tuple(ListedSession(row[0], session_heading(row[2], row[3])) for row in rows)
        outline.append(MeetingOutline(meeting, listed))
    return tuple(outline)


def _with_console(
    connection: sqlite3.Connection,
    path: Path,
    meetings: tuple[MeetingOutline, ...],
    session_id: int,
    page: int,
) -> FirstFill:
    row = connection.execute(
        f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE id = ?", (session_id,)
    ).fetchone()
    questions = [
        text
        for (text,) in connection.execute(
            "SELECT text FROM session_items WHERE session_id = ? AND list_name = ?"
            " ORDER BY position",
            (session_id, SessionList.QUESTIONS_FOR_DISCUSSION.value),
        )
    ]
    introducers = [
        Introducer(
            name=name, function=function, organization=organization, role=IntroducerRole(role)
        )
        for name, function, organization, role in connection.execute(
            "SELECT name, function, organization, role FROM introducers WHERE session_id = ?"
            " ORDER BY position",
            (session_id,),
        )
    ]
    session = _session(row, questions, introducers)
    kept = connection.execute(
        f"SELECT {', '.join(COUNTED)} FROM session_tallies WHERE session_id = ?", (session_id,)
    ).fetchone()
    tally = Tally(*(int(v or 0) for v in kept[1:])) if kept is not None else Tally()
    # The services read every log again from its start once they are there (attach), so
    # the first paint needs of any log only what a screen shows of its top: a screenful,
    # whatever the log's length (a log of 1,000 read whole here cost the paint 10 ms).
    limit = min(page, SCREEN)
    rows = connection.execute(LOG_SQL + " ORDER BY position, id LIMIT ?", (session_id, limit))
    log_rows: list[LogRow] = rows.fetchall()
    statements = statements_of(
        session_id, log_rows, 1, _joint(connection, [r[0] for r in log_rows])
    )
    cursor = next_cursor(log_rows, limit)
    return FirstFill(
        path, meetings, session, tuple(statements), cursor, tuple(_queue(connection, session_id)),
        tally, _on_floor(connection, session_id, statements, cursor),
    )  # fmt: skip


def _joint(connection: sqlite3.Connection, ids: list[int]) -> dict[int, tuple[str, ...]]:
    found: dict[int, list[str]] = {}
    # In slices: SQLite binds a limited number of parameters per statement.
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for statement_id, name in connection.execute(
            "SELECT statement_id, name FROM statement_cosignatories"
            f" WHERE statement_id IN ({marks}) ORDER BY statement_id, position",
            chunk,
        ):
            found.setdefault(statement_id, []).append(name)
    return {k: tuple(v) for k, v in found.items()}


def _queue(connection: sqlite3.Connection, session_id: int) -> list[QueueEntry]:
    rows = connection.execute(
        "SELECT id, position, speaker_name, on_behalf_of, category, kind, replying_to_id,"
        " anonymous, speaker_id FROM queue_entries WHERE session_id = ? ORDER BY position, id",
        (session_id,),
    ).fetchall()
    joint: dict[int, list[str]] = {}
    for entry_id, name in connection.execute(
        "SELECT c.queue_entry_id, c.name FROM queue_cosignatories c JOIN queue_entries q"
        " ON q.id = c.queue_entry_id WHERE q.session_id = ? ORDER BY c.queue_entry_id,"
        " c.position",
        (session_id,),
    ):
        joint.setdefault(entry_id, []).append(name)
    return [
        QueueEntry(
            id=entry_id,
            session_id=session_id,
            position=position,
            speaker=speaker,
            on_behalf_of=on_behalf_of,
            category=CATEGORIES[category],
            kind=KINDS[kind],
            replying_to_id=replying_to,
            anonymous=bool(anonymous),
            speaker_id=speaker_id,
            cosignatories=tuple(joint.get(entry_id, ())),
        )
        for (
            entry_id,
            position,
            speaker,
            on_behalf_of,
            category,
            kind,
            replying_to,
            anonymous,
            speaker_id,
        ) in rows
    ]


# The latest statement started and not ended. "+position": that order is not an
# index's, so SQLite finds the rows by the partial index of the statements on the
# floor (a few rows) and sorts those, instead of walking the whole session backwards
# by position (56 ms at 100,000 statements, growing with the session).
FLOOR_SQL = (
    LOG_SQL + " AND start_time IS NOT NULL AND end_time IS NULL ORDER BY +position DESC LIMIT 1"
)


def _on_floor(
    connection: sqlite3.Connection,
    session_id: int,
    statements: list[Statement],
    cursor: LogCursor | None,
) -> Statement | None:
    """Who has the floor: from the page when it is the whole log; else the latest
    statement started and not ended, numbered by what comes after it."""
    if cursor is None:
        return next((s for s in reversed(statements) if s.on_the_floor), None)
    row = connection.execute(FLOOR_SQL, (session_id,)).fetchone()
    if row is None:
        return None
    (total,) = connection.execute(
        "SELECT COUNT(*) FROM statements WHERE session_id = ? AND (position, id) <= (?, ?)",
        (session_id, row[13], row[0]),
    ).fetchone()
    return statements_of(session_id, [row], int(total), _joint(connection, [row[0]]))[0]
