"""A deleted statement's id is never given to another one, so its deletion can be
undone after another window (another process) logged a statement."""

import sqlite3
import subprocess
from pathlib import Path

from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services
from tests.reliability.conftest import PYTHON, child_environment


def test_undo_of_a_delete_after_another_window_logged(db_path: Path) -> None:
    services = Services.open(db_path)
    meeting = services.meetings.add("M")
    session_id = services.sessions.add(meeting.id, "WS 1", "T").id
    for speaker in ("Anna", "Boris", "Chloé"):
        services.statements.add(session_id, speaker, "Austria", Category.DELEGATION)
    last = services.statements.of_session(session_id)[-1]
    removed = services.statements.remove(last.id)

    other = subprocess.run(
        [
            *(PYTHON, "-m", "rapporteur_app", "--db", str(db_path), "statement", "add"),
            *("--session", str(session_id), "--speaker", "Dana", "--on-behalf-of", "France"),
            *("--category", "delegation"),
        ],
        env=child_environment(),
        capture_output=True,
        text=True,
        check=True,
    )
    assert int(other.stdout.split()[-1]) != last.id  # the freed id is not handed out again

    back = services.statements.restore(removed)
    assert back.id == last.id
    speakers = sorted(s.speaker for s in services.statements.of_session(session_id))
    assert speakers == ["Anna", "Boris", "Chloé", "Dana"]
    services.close()


def test_an_old_database_keeps_its_rows_and_gets_ids_never_reused(db_path: Path) -> None:
    services = Services.open(db_path)
    meeting = services.meetings.add("M")
    session_id = services.sessions.add(meeting.id, "WS 1", "T").id
    services.statements.add(session_id, "Anna", "Austria", Category.DELEGATION)
    services.close()
    connection = sqlite3.connect(db_path)
    sql = connection.execute("SELECT sql FROM sqlite_master WHERE name = 'statements'").fetchone()
    assert "AUTOINCREMENT" in sql[0]
    sequences = dict(connection.execute("SELECT name, seq FROM sqlite_sequence"))
    connection.close()
    assert sequences["statements"] == 1 and sequences["meetings"] == 1
