"""The source of "someone else changed the database": our own writes do not count,
another connection's (another program's) do, once."""

from pathlib import Path

from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services
from rapporteur_app.services.changes import SqliteDataVersion, change_source_for


def test_other_writers_are_noticed_and_our_own_writes_are_not(db_path: Path) -> None:
    ours = Services.open(db_path)
    theirs = Services.open(db_path)
    try:
        source = change_source_for(ours.db)
        assert isinstance(source, SqliteDataVersion)
        assert not source.changed()
        meeting = ours.meetings.add("Human Dimension Meeting")
        session = ours.sessions.add(meeting.id, "WS 1", "Tolerance")
        statement = ours.statements.add(session.id, "", "Austria", Category.DELEGATION)
        for _ in range(3):
            ours.statements.set_notes(statement.id, "typed")
        assert not source.changed()

        theirs.statements.add(session.id, "", "France", Category.DELEGATION)
        assert source.changed()
        assert not source.changed()  # told once

        # Theirs just before ours: still theirs, though ours came last.
        theirs.statements.set_notes(statement.id, "theirs")
        ours.statements.set_notes(statement.id, "ours")
        assert source.changed()
        assert not source.changed()
        source.close()
    finally:
        ours.close()
        theirs.close()


def test_after_the_database_is_connected_again_a_new_source_follows_it(db_path: Path) -> None:
    from rapporteur_app.ui.change_hub import ChangeHub

    ours = Services.open(db_path)
    theirs = Services.open(db_path)
    hub = ChangeHub(change_source_for(ours.db))
    heard: list[int] = []
    hub.changed.connect(lambda session_id, _origin: heard.append(session_id))
    try:
        meeting = ours.meetings.add("Human Dimension Meeting")
        ours.db.reopen()  # as after a backup was restored over the file
        hub.replace_source(change_source_for(ours.db))
        ours.meetings.add("Second meeting")
        hub.poll()
        assert heard == []  # our own write, on the new engine, is not someone else's
        theirs.sessions.add(meeting.id, "WS 1", "Tolerance")
        hub.poll()
        assert heard == [0]
    finally:
        hub.close()
        ours.close()
        theirs.close()
