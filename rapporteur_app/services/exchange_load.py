"""A meeting loaded from its exchange file as the file is read, in one transaction.

The file is read piece by piece (:mod:`exchange_reader`) and each piece is checked
before it is written: the document's and each session's fields by jsonschema
(with the statements left out, as :func:`exchange_check.check` does), each statement by
the hand-written test of its schema, the links between statements as they come
(an id twice, a reply to a statement not yet heard in its session, a
recommendation from another session's statement). Everything is written in one
transaction: a problem found in the last session, a cancel or a crash leaves the
database as it was.

Any doubt at all (a piece the quick tests do not pass, a shape the reader does not
take, a value the domain refuses) and the transaction is rolled back, and the
file is read whole and loaded the old way (:meth:`ExchangeService.load` after
:func:`exchange_check.check`): that path names the problem in the usual words, so a
malformed file is refused with the very message it was refused with before, and
a file the quick path doubted but the schema allows still loads.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session as DbSession

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.kinds import StatementKind
from rapporteur_app.domain.model import Meeting
from rapporteur_app.services import exchange_check, exchange_file
from rapporteur_app.services.exchange_document_load import load_document
from rapporteur_app.services.exchange_file import FORMAT, SESSION_SCOPE, VERSION, Json
from rapporteur_app.services.exchange_format import statement_valid
from rapporteur_app.services.exchange_load_checks import (
    StatementIds,
    check_sources,
    head_valid,
    recommendations_valid,
    session_valid,
)
from rapporteur_app.services.exchange_load_sqlite import SqliteLoadWriter
from rapporteur_app.services.exchange_load_writer import LoadWriter, OrmLoadWriter
from rapporteur_app.services.exchange_names import LoadNames
from rapporteur_app.services.exchange_reader import Doubt, ExchangeReader
from rapporteur_app.services.exchange_rows import (
    file_date,
    meeting_row,
    session_introducers,
    session_items,
    session_values,
)
from rapporteur_app.services.exchange_statement_rows import StatementRowBuilder
from rapporteur_app.store.convert import meeting_of
from rapporteur_app.store.database import Database
from rapporteur_app.store.models import IntroducerRow, MeetingRow, SessionItemRow

BATCH = 5000  # statements written at a time (and between two progress reports)


class LoadCancelled(Exception):
    """The person asked to stop: nothing of the file was written."""


@dataclass(frozen=True, slots=True)
class LoadProgress:
    statements: int  # written so far
    read: int  # bytes of the file read so far
    size: int  # bytes in the file


Progress = Callable[[LoadProgress], None]


def load_file(
    db: Database,
    path: Path,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Meeting:
    """Add the meeting of the exchange file at ``path``; all or nothing.

    ``progress`` is told after each batch of statements; ``cancelled`` is asked as
    often, and if it says yes the load stops with :class:`LoadCancelled`, nothing
    written."""
    try:
        size = path.stat().st_size
        stream = path.open("rb")
    except OSError as error:
        raise InvalidInput.coded(
            "exchange-cannot-read", path=path, reason=error.strerror or error
        ) from None
    with stream:
        try:
            return _Load(db, ExchangeReader(stream), size, progress, cancelled).run()
        except LoadCancelled:
            raise
        except (Doubt, InvalidInput, LookupError, TypeError, ValueError, AttributeError):
            pass  # rolled back: the old way below says what is wrong
    data = exchange_file.read_file(path)
    exchange_check.check(data)
    if cancelled is not None and cancelled():
        raise LoadCancelled

    def told(done: int, total: int) -> None:
        if cancelled is not None and cancelled():
            raise LoadCancelled
        if progress is not None:
            progress(LoadProgress(done, size if done == total else size * done // total, size))

    return load_document(db, data, checked=True, progress=told)


class _Load:
    def __init__(
        self,
        db: Database,
        reader: ExchangeReader,
        size: int,
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self._db = db
        self._reader = reader
        self._size = size
        self._progress = progress
        self._cancelled = cancelled
        self._ids = StatementIds()  # every statement id of the file so far
        self._written = 0
        self._uids: set[str] = set()

    def run(self) -> Meeting:
        from rapporteur_app.services.final_lock import SKIPPED

        reader = self._reader
        head = reader.head()
        top, source = head.top, head.meeting
        if top.get("format") != FORMAT or top.get("version") != VERSION:
            raise Doubt("not this version's file")  # refused, or read by its own schema
        if not head_valid({**top, "meeting": {**source, "sessions": []}}):
            raise Doubt("the document's fields")
        start = file_date(source.get("start"), "meeting start")
        end = file_date(source.get("end"), "meeting end")
        if start and end and end < start:
            raise Doubt("ends before it starts")
        with self._db.writing() as db:
            # Only sessions made here are written: none can be final (nothing to look up).
            db.info[SKIPPED] = True
            meeting = meeting_row(source, start, end)
            if not meeting.title:
                raise Doubt("no title")
            db.add(meeting)
            db.flush()
            writer = _writer(db)
            try:
                return self._sessions(db, writer, top, meeting)
            finally:
                writer.close()

    def _sessions(
        self, db: DbSession, writer: LoadWriter, top: Json, meeting: MeetingRow
    ) -> Meeting:
        """The meeting's sessions, read and written; the meeting itself already is."""
        reader = self._reader
        writer.begin()
        known = LoadNames(db, meeting.id, writer)
        count = 0
        for position, session in enumerate(reader.sessions(), start=1):
            count += 1
            fields = session.fields
            if not session_valid(fields):
                raise Doubt("a session's fields")
            session_id, label = self._session(writer, meeting.id, position, fields)
            new_ids: dict[int, int] = {}
            if session.has_statements:
                self._statements(db, writer, meeting.id, session_id, new_ids, known)
            tail = reader.session_tail()
            if tail:
                if not recommendations_valid(tail["recommendations"]):
                    raise Doubt("a session's recommendations")
                check_sources(tail, new_ids)
                writer.recommendations(session_id, label, tail, new_ids)
            self._tell()
        reader.finish()
        if top.get("scope") == SESSION_SCOPE and count != 1:
            raise Doubt("a session file of more than one session")
        writer.end()
        db.flush()
        return meeting_of(meeting)

    def _session(
        self, writer: LoadWriter, meeting_id: int, position: int, fields: Json
    ) -> tuple[int, str]:
        """The session's row, its introducers, lists and the recommendations given
        before its statements (the schema allows them there); (its id, its label as
        the messages name it)."""
        values = session_values(fields, position)
        label = repr(values["label"])
        wanted = fields.get("uid")
        uid = writer.free_uid(None if wanted in self._uids else wanted)
        self._uids.add(uid)
        session_id = writer.session({"meeting_id": meeting_id, "position": position, **values,
                                     "uid": uid})  # fmt: skip
        introducers = session_introducers(fields, values["label"])
        writer.rows(IntroducerRow, [{"session_id": session_id, **v} for v in introducers])
        items = session_items(fields)
        writer.rows(SessionItemRow, [{"session_id": session_id, **v} for v in items])
        writer.recommendations(session_id, label, fields, {})
        return session_id, label

    def _tell(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise LoadCancelled
        if self._progress is not None:
            read = min(self._reader.characters_read, self._size)
            self._progress(LoadProgress(self._written, read, self._size))

    def _statements(
        self,
        db: DbSession,
        writer: LoadWriter,
        meeting_id: int,
        session_id: int,
        new_ids: dict[int, int],
        known: LoadNames,
    ) -> None:
        build = StatementRowBuilder(db, meeting_id, session_id, known, writer)
        batch: list[Json] = []
        for item in self._reader.statements():
            if not statement_valid(item):
                raise Doubt("a statement")
            number = item["id"]
            if not self._ids.first_time(number):
                raise Doubt("an id twice")
            target = item.get("replying_to")
            if target is not None and (
                item.get("kind") != StatementKind.RIGHT_OF_REPLY.value or target not in new_ids
            ):
                raise Doubt("a reply to what is not before it in its session")
            new_ids[number] = 0  # given when its batch is written
            batch.append(item)
            if len(batch) == BATCH:
                self._write(writer, build, batch, new_ids)
                batch = []
                self._tell()
        self._write(writer, build, batch, new_ids)

    def _write(
        self,
        writer: LoadWriter,
        build: StatementRowBuilder,
        batch: list[Json],
        new_ids: dict[int, int],
    ) -> None:
        if not batch:
            return
        rows = [build.row(item) for item in batch]
        ids = writer.write(rows)
        for item, row_id in zip(batch, ids, strict=True):
            new_ids[item["id"]] = row_id
        writer.set_replies(
            [
                (row_id, new_ids[item["replying_to"]])
                for item, row_id in zip(batch, ids, strict=True)
                if item.get("replying_to") is not None
            ]
        )
        build.after(writer, batch, ids, rows)
        self._written += len(batch)


def _writer(db: DbSession) -> LoadWriter:
    connection = db.connection()
    if connection.dialect.name == "sqlite":
        return SqliteLoadWriter(db)
    return OrmLoadWriter(db)
