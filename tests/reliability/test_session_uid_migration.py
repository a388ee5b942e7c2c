"""Migration 0021 gives every session that existed before a stable identifier of its
own (the hand-off files match sessions by it), and every session a draft rapport."""

import shutil
import sqlite3
from pathlib import Path

from rapporteur_app.services.app_services import Services

FIXTURE = Path(__file__).parent / "fixtures" / "schema-0017.sqlite3"


def test_every_existing_session_gets_its_own_uid(tmp_path: Path) -> None:
    database = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURE, database)
    with sqlite3.connect(database) as before:
        (count,) = before.execute("SELECT count(*) FROM sessions").fetchone()
    assert count > 0
    services = Services.open(database)
    try:
        meeting = services.meetings.all()[0]
        session = services.sessions.of_meeting(meeting.id)[0]
        assert not services.rapports.state(session.id).is_final
        dumped = services.exchange.dump(meeting.id)["meeting"]["sessions"]
        assert all(s["rapport"] == {"state": "draft", "version": 0} for s in dumped)
    finally:
        services.close()
    with sqlite3.connect(database) as after:
        uids = [row[0] for row in after.execute("SELECT uid FROM sessions")]
    assert len(uids) == count and None not in uids and len(set(uids)) == count
    assert all(len(uid) == 36 for uid in uids)
