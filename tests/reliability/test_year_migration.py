"""Migration 0020 on a saved database of schema 0017: every meeting there keeps its
meaning (a meeting with its agenda of sessions), its recommendations start their
follow-up open, and nothing else moves."""

import shutil
import sqlite3
from pathlib import Path

from rapporteur_app.domain.year import EventKind, FollowUpState
from rapporteur_app.services.app_services import Services

SAVED = Path(__file__).parent / "fixtures" / "schema-0017.sqlite3"


def test_meetings_of_schema_0017_stay_meetings_with_their_sessions(tmp_path: Path) -> None:
    database = tmp_path / "old.sqlite3"
    shutil.copyfile(SAVED, database)
    with sqlite3.connect(database) as connection:
        sessions_before = connection.execute("SELECT count(*) FROM sessions").fetchone()[0]
        recommendation = connection.execute("SELECT min(id) FROM recommendations").fetchone()[0]
    services = Services.open(database)
    try:
        meetings = services.meetings.all()
        assert meetings and {m.kind for m in meetings} == {EventKind.MEETING}
        year = meetings[0].start.year if meetings[0].start else None
        events = services.year.events(year)
        assert sum(e.sessions for e in events) == sessions_before
        assert services.follow_up.get(recommendation).state is FollowUpState.OPEN
        services.follow_up.set_state(recommendation, FollowUpState.IMPLEMENTED, "Office")
    finally:
        services.close()
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        assert connection.execute("SELECT DISTINCT kind FROM meetings").fetchall() == [("meeting",)]
