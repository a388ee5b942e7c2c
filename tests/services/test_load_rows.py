"""`load` writes a session's statements through the DB-API cursor on SQLite (one
prepared INSERT for all the rows): what it stores is what the ORM stores for the
same statement, value by value and type by type; the ids follow on from the
largest ever given (a deleted statement's id is not given again); the rights of
reply point at the new rows and the kept counts hold."""

import sqlite3
from pathlib import Path

from rapporteur_app.domain.kinds import Category, StatementKind
from rapporteur_app.services.app_services import Services

_COLUMNS = ("session_id", "position", "speaker_name", "on_behalf_of", "category", "kind",
            "start_time", "end_time", "notes", "anonymous", "anonymous_description")  # fmt: skip


def _stored(path: Path, session_id: int) -> list[tuple[object, ...]]:
    shown = ", ".join(f"typeof({c}), {c}" for c in (*_COLUMNS[1:], "created_at"))
    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            f"SELECT id, replying_to_id, {shown} FROM statements WHERE session_id = ?"
            " ORDER BY position",
            (session_id,),
        ).fetchall()
    return rows


def test_loaded_rows_are_stored_as_the_orm_stores_them(db_path: Path) -> None:
    services = Services.open(db_path)
    try:
        meeting = services.meetings.add("Human Dimension Meeting")
        session = services.sessions.add(meeting.id, "Working Session 1", "Tolerance")
        add = services.statements.add
        first = add(session.id, "Anna Weiß", "Austria", Category.DELEGATION, notes="Shelters.")
        reply = StatementKind.RIGHT_OF_REPLY
        add(session.id, "Олег", "Russia", Category.DELEGATION, kind=reply, replying_to=first.id)
        add(session.id, "", "ODIHR", Category.OSCE_INSTITUTION)
        document = services.exchange.dump(meeting.id)
        # The largest id given so far goes with its statement: it is never given again.
        gone = add(session.id, "", "Norway", Category.DELEGATION)
        services.statements.delete(gone.id)
        loaded = services.exchange.load(document)
        copy = services.sessions.of_meeting(loaded.id)[0]
        assert services.tally.for_session(copy.id) == services.tally.for_session(session.id)
        assert (
            services.exchange.dump(loaded.id)["meeting"]["sessions"][0]["statements"][1][
                "replying_to"
            ]
            == services.statements.of_session(copy.id)[0].id
        )
    finally:
        services.close()
    written, read = _stored(db_path, session.id), _stored(db_path, copy.id)
    assert [r[0] for r in read] == list(range(gone.id + 1, gone.id + 4))
    assert read[1][1] == read[0][0]  # the reply answers the new first row
    for orm_row, loaded_row in zip(written, read, strict=True):
        # Same types and values column by column (the times as the same text); the
        # creation time is another moment, of the same type and shape.
        assert orm_row[2:-1] == loaded_row[2:-1]
        assert orm_row[-2] == loaded_row[-2] == "text"
        assert len(str(orm_row[-1])) == len(str(loaded_row[-1]))
