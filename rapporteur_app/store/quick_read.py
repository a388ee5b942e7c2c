"""The kept counts read through the sqlite3 module alone: a ``tally`` on the command
line answers without importing SQLAlchemy (a third of a second of a small command).

Every doubt sends the caller to the full path, which says what is wrong in the
usual words: no file, a file that fails the open checks, a schema not this
program's newest, a session or meeting not there, a lock held too long.
"""

import sqlite3
from pathlib import Path

from rapporteur_app.store.file_check import open_problem
from rapporteur_app.store.kept_counts import COUNTED
from rapporteur_app.store.schema_head import HEAD_REVISION

Counts = tuple[int, ...]  # the six counts of the tally rule, in Tally's order
_SIX = ", ".join(column for column in COUNTED if column != "logged")
_SUMS = ", ".join(f"COALESCE(SUM(t.{c}), 0)" for c in COUNTED if c != "logged")


def kept_counts(path: Path, session_id: int | None, meeting_id: int | None) -> Counts | None:
    """The session's (or meeting's) six counts as the store keeps them, or None."""
    if not path.is_file() or path.stat().st_size == 0 or open_problem(path) is not None:
        return None
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
    except sqlite3.Error:
        return None
    try:
        version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if version is None or version[0] != HEAD_REVISION:
            return None
        if session_id is not None:
            if (
                connection.execute("SELECT 1 FROM sessions WHERE id = ?", (session_id,)).fetchone()
                is None
            ):
                return None
            row = connection.execute(
                f"SELECT {_SIX} FROM session_tallies WHERE session_id = ?", (session_id,)
            ).fetchone()
            return tuple(row) if row is not None else (0,) * 6
        if (
            connection.execute("SELECT 1 FROM meetings WHERE id = ?", (meeting_id,)).fetchone()
            is None
        ):
            return None
        row = connection.execute(
            f"SELECT {_SUMS} FROM session_tallies t JOIN sessions s ON s.id = t.session_id"
            " WHERE s.meeting_id = ?",
            (meeting_id,),
        ).fetchone()
        return tuple(int(v) for v in row)
    except sqlite3.Error:
        return None
    finally:
        connection.close()
