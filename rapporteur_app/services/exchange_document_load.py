"""An exchange document read whole, written as a new meeting through the ORM (and a
hand-off's session written in place of the one it replaces).

This is the load that names every problem in the usual words: a document is
checked first (:func:`exchange_check.check`), then written session by session in
one unit of work, so a bad file writes nothing. The streaming load
(:mod:`exchange_load`) falls back on it whenever it has a doubt, and writes a
session's recommendations and a batch's replies through the helpers here, so the
two write the same rows.
"""

import uuid
from collections.abc import Callable
from typing import cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session as DbSession

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.kinds import Category, StatementKind
from rapporteur_app.domain.model import Meeting
from rapporteur_app.domain.text import clean_line, clean_text
from rapporteur_app.services import exchange_check
from rapporteur_app.services.cosignatories import set_statement_cosignatories
from rapporteur_app.services.exchange_file import Json
from rapporteur_app.services.exchange_names import KnownNames
from rapporteur_app.services.exchange_rows import (
    file_date,
    file_time,
    loaded_at,
    meeting_row,
    recommendation_rows,
    session_introducers,
    session_items,
    session_values,
)
from rapporteur_app.store.convert import meeting_of
from rapporteur_app.store.database import Database
from rapporteur_app.store.models import (
    IntroducerRow,
    RecommendationRow,
    RecommendationSourceRow,
    SessionItemRow,
    SessionRow,
    SpeakerRow,
    StatementRow,
)


def load_document(
    database: Database,
    data: Json,
    *,
    checked: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> Meeting:
    """Add the meeting of an exchange document as a new meeting; all or nothing.

    ``checked``: the caller has just run :func:`exchange_check.check` on this very
    document (it is not checked twice). ``progress(done, total)`` is called after
    each session with the statements written so far and the file's number of them
    (they are nearly all of a big file's time)."""
    if not checked:
        exchange_check.check(data)
    source = data["meeting"]
    start = file_date(source.get("start"), "meeting start")
    end = file_date(source.get("end"), "meeting end")
    if start and end and end < start:
        raise InvalidInput.coded("meeting-ends-early", end=end, start=start)
    from rapporteur_app.services.final_lock import SKIPPED

    with database.writing() as db:
        # Only sessions made here are written: none can be final (nothing to look up).
        db.info[SKIPPED] = True
        meeting = meeting_row(source, start, end)
        if not meeting.title:
            raise InvalidInput.coded("exchange-meeting-title-empty")
        db.add(meeting)
        db.flush()
        new_ids: dict[int, int] = {}
        known = KnownNames()
        total = sum(len(s.get("statements", [])) for s in source["sessions"])
        done = 0
        for position, session in enumerate(source["sessions"], start=1):
            row = load_session(db, meeting.id, position, session, new_ids, known)
            row.uid = free_uid(db, session.get("uid"))
            done += len(session.get("statements", []))
            if progress is not None:
                progress(done, total)
        return meeting_of(meeting)


def free_uid(db: DbSession, wanted: str | None) -> str:
    """The file's uid for a session loaded as new, unless this database holds it
    already (the same meeting loaded twice): then a new one, never two alike."""
    if wanted and db.scalar(select(SessionRow.id).where(SessionRow.uid == wanted)) is None:
        return wanted
    return str(uuid.uuid4())


def load_session(
    db: DbSession,
    meeting_id: int,
    position: int,
    source: Json,
    new_ids: dict[int, int],
    known: KnownNames,
    replacing: SessionRow | None = None,
) -> SessionRow:
    """Add the file's session, or with ``replacing`` put its content in place of that
    session's own (its statements, recommendations, lists and introducers go first;
    the row, its id, uid and place in the agenda stay)."""
    fields = session_values(source, position)
    label = fields["label"]
    if replacing is None:
        session = SessionRow(meeting_id=meeting_id, position=position, **fields)
        db.add(session)
    else:
        session = replacing
        _clear_session(db, session.id)
        for name, value in fields.items():
            setattr(session, name, value)
    db.flush()
    db.add_all(
        IntroducerRow(session_id=session.id, **values)
        for values in session_introducers(source, label)
    )
    db.add_all(SessionItemRow(session_id=session.id, **values) for values in session_items(source))
    _load_statements(db, meeting_id, session.id, source.get("statements", []), new_ids, known)
    load_recommendations(db, session.id, repr(label), source, new_ids)
    return session


def load_recommendations(
    db: DbSession, session_id: int, label: str, source: Json, new_ids: dict[int, int]
) -> None:
    """The recommendations of the file's session ``source`` (``label``: its label
    as the messages name it), their statements' ids given by ``new_ids``."""
    rows = recommendation_rows(source, label, new_ids)
    if not any(also for _, also in rows):
        # None heard in further statements (nearly always): one INSERT for all.
        if rows:
            db.execute(
                insert(RecommendationRow),
                [{"session_id": session_id, **values} for values, _ in rows],
            )
        return
    for values, also in rows:
        recommendation = RecommendationRow(session_id=session_id, **values)
        db.add(recommendation)
        if also:
            db.flush()
            db.add_all(
                RecommendationSourceRow(recommendation_id=recommendation.id, statement_id=other)
                for other in also
            )


def _clear_session(db: DbSession, session_id: int) -> None:
    """Everything of a session a file replaces; the triggers keep its counts."""
    from sqlalchemy import delete

    for row_type in (RecommendationRow, SessionItemRow, IntroducerRow):
        db.execute(delete(row_type).where(row_type.session_id == session_id))
    # A right of reply points at what it answers: unlink first, then delete all.
    db.execute(
        update(StatementRow)
        .where(StatementRow.session_id == session_id)
        .values(replying_to_id=None)
    )
    db.execute(delete(StatementRow).where(StatementRow.session_id == session_id))


def _load_statements(
    db: DbSession,
    meeting_id: int,
    session_id: int,
    items: list[Json],
    new_ids: dict[int, int],
    known: KnownNames,
) -> None:
    """A session's statements in one multi-row INSERT ... RETURNING (the ids come back
    in the file's order), then the rights of reply linked to what they answer."""
    rows: list[dict[str, object]] = []
    replies: list[tuple[int, int]] = []  # (row index, id in the file of what it answers)
    seen: set[int] = set()
    now = loaded_at()  # one moment for the session's rows, as one flush would give them
    for position, item in enumerate(items, start=1):
        category = Category(item["category"])
        on_behalf_of = clean_line(item.get("on_behalf_of", ""))
        speaker = clean_line(item.get("speaker", ""))
        organization_id = known.organization(db, on_behalf_of, category) if on_behalf_of else None
        speaker_id = known.speaker(db, meeting_id, speaker, organization_id) if speaker else None
        start = file_time(item.get("start"), f"start of statement {item['id']}")
        end = file_time(item.get("end"), f"end of statement {item['id']}")
        if start and end and end < start:
            raise InvalidInput.coded("exchange-statement-ends-early", id=item["id"])
        target = item.get("replying_to")
        if target is not None and target not in seen and target not in new_ids:
            raise InvalidInput.coded("exchange-reply-before", id=item["id"], target=target)
        if target is not None:
            replies.append((position - 1, target))
        seen.add(item["id"])
        rows.append({
            "session_id": session_id, "position": position, "speaker_id": speaker_id,
            "speaker_name": speaker, "organization_id": organization_id,
            "on_behalf_of": on_behalf_of, "category": category.value,
            "kind": StatementKind(item.get("kind", "statement")).value,
            "replying_to_id": None, "start_time": start, "end_time": end,
            "notes": clean_text(item.get("notes", "")), "anonymous": item.get("anonymous", False),
            "anonymous_description": clean_line(item.get("anonymous_description", "")),
            "created_at": now, "updated_at": now,
        })  # fmt: skip
    if not rows:
        return
    for item, row_id in zip(items, _insert_statements(db, rows), strict=True):
        new_ids[item["id"]] = row_id
    if replies:
        by_id = [new_ids[item["id"]] for item in items]
        set_replies(db, [(by_id[index], new_ids[target]) for index, target in replies])
    for item, row in zip(items, rows, strict=True):
        if item.get("cosignatories") or row["anonymous"]:
            statement_extras(
                db, new_ids[item["id"]], item, str(row["on_behalf_of"]), str(row["category"]),
                row["speaker_id"], str(row["anonymous_description"]),
            )  # fmt: skip


def set_replies(db: DbSession, pairs: list[tuple[int, int]]) -> None:
    """(a right of reply's id, the id of what it answers), linked after both are written."""
    if not pairs:
        return
    table = cast(Table, StatementRow.__table__)
    db.connection().execute(
        update(table)
        .where(table.c.id == bindparam("row_id"))
        .values(replying_to_id=bindparam("answered")),
        [{"row_id": reply, "answered": answered} for reply, answered in pairs],
    )


def statement_extras(
    db: DbSession,
    statement_id: int,
    item: Json,
    on_behalf_of: str,
    category: str,
    speaker_id: object,
    description: str,
) -> None:
    """What a statement of the file brings beyond its row: its co-signatories, and a
    speaker not to be named."""
    # Format 2: a joint statement's co-signatories, each through the one resolver.
    if item.get("cosignatories"):
        set_statement_cosignatories(
            db, statement_id, on_behalf_of, item["cosignatories"], Category(category)
        )
    if item.get("anonymous") and isinstance(speaker_id, int):
        # Not being named is the person's for the meeting, in the file as in the program.
        person = db.get(SpeakerRow, speaker_id)
        if person is not None:
            person.not_named = True
            person.anonymous_description = person.anonymous_description or description


def _insert_statements(db: DbSession, rows: list[dict[str, object]]) -> list[int]:
    """Write the rows; their new ids, in the rows' order.

    On SQLite, through the DB-API cursor in the same transaction: one prepared
    INSERT run for every row (executemany), the ids given after the largest one
    ever given (the write lock is held, so no one else takes one meanwhile), each value
    converted by the column type's own SQLAlchemy converter, so the stored text is
    what the ORM writes. The ORM's multi-row INSERT ... RETURNING cost about three
    times as much per row. Elsewhere (PostgreSQL's sequences) that INSERT."""
    connection = db.connection()
    if connection.dialect.name != "sqlite":
        inserted = db.execute(
            insert(StatementRow).returning(StatementRow.id, sort_by_parameter_order=True), rows
        ).scalars()
        return list(inserted)
    table = cast(Table, StatementRow.__table__)
    dialect = connection.dialect
    names = list(rows[0])
    # The SQLite dialect's own converters (times and dates as its text, booleans as 0/1).
    convert = [table.c[n].type.dialect_impl(dialect).bind_processor(dialect) for n in names]
    cursor = connection.connection.cursor()
    try:
        # Ids are never reused (AUTOINCREMENT): after the largest ever given, which
        # sqlite_sequence keeps (and moves on itself past the ids written here).
        cursor.execute(
            "SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'statements'),"
            " 0), COALESCE((SELECT MAX(id) FROM statements), 0))"
        )
        largest = cursor.fetchone()
        first = int(largest[0] if largest is not None else 0) + 1
        ids = list(range(first, first + len(rows)))
        values = [
            (
                row_id,
                *(c(v) if c is not None else v for c, v in zip(convert, row.values(), strict=True)),
            )
            for row_id, row in zip(ids, rows, strict=True)
        ]
        marks = ", ".join("?" for _ in names)
        cursor.executemany(
            f"INSERT INTO statements (id, {', '.join(names)}) VALUES (?, {marks})", values
        )
    finally:
        cursor.close()
    return ids
