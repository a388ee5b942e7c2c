"""A meeting loaded from its exchange file as the file is read, in one transaction.

The file is read piece by piece (:mod:`exchange_reader`) and each piece is checked
before it is written: the document's and each session's fields by jsonschema
(with the statements left out, as :func:`exchange.check` does), each statement by
the hand-written test of its schema, the links between statements as they come
(an id twice, a reply to a statement not yet heard in its session, a
recommendation from another session's statement). Everything is written in one
transaction: a problem found in the last session, a cancel or a crash leaves the
database as it was.

Any doubt at all (a piece the quick tests do not pass, a shape the reader does not
take, a value the domain refuses) and the transaction is rolled back, and the
file is read whole and loaded the old way (:meth:`ExchangeService.load` after
:func:`exchange.check`): that path names the problem in the usual words, so a
malformed file is refused with the very message it was refused with before, and
a file the quick path doubted but the schema allows still loads.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from array import array
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from datetime import time
from functools import cache
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, bindparam, case, func, insert, select, update
from sqlalchemy.orm import Session as DbSession

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.kinds import Category, StatementKind
from rapporteur_app.domain.model import Meeting
from rapporteur_app.domain.text import clean_line, clean_text, search_key
from rapporteur_app.services import exchange
from rapporteur_app.services.cosignatories import resolve_cosignatories
from rapporteur_app.services.exchange_format import recommendation_valid, session_fields_valid
from rapporteur_app.services.exchange_reader import Doubt, ExchangeReader
from rapporteur_app.services.organization_resolver import OrganizationResolver
from rapporteur_app.store.bulk_statements import COLUMNS, INDEXED_TABLES, BulkStatements
from rapporteur_app.store.convert import meeting_of
from rapporteur_app.store.database import Database
from rapporteur_app.store.models import (
    IntroducerRow,
    OrganizationRow,
    SessionItemRow,
    SessionRow,
    SpeakerRow,
    StatementCosignatoryRow,
    StatementRow,
)
from rapporteur_app.store.raw_insert import RawInsert

Json = dict[str, Any]
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
    data = exchange.read_file(path)
    exchange.check(data)
    if cancelled is not None and cancelled():
        raise LoadCancelled

    def told(done: int, total: int) -> None:
        if cancelled is not None and cancelled():
            raise LoadCancelled
        if progress is not None:
            progress(LoadProgress(done, size if done == total else size * done // total, size))

    return exchange.ExchangeService(db).load(data, checked=True, progress=told)


@cache
def _validators() -> tuple[Any, Any, Any]:
    """(the document with its sessions left out, one session with its statements left
    out, a session's recommendations): together, the schema that :func:`exchange.check`
    runs on its skeleton."""
    import jsonschema

    whole = exchange.schema()
    head = json.loads(json.dumps(whole))
    head["$defs"]["meeting"]["properties"]["sessions"] = {"type": "array"}
    defs = whole["$defs"]
    session = {"$defs": defs, "$ref": "#/$defs/session"}
    recommendations = {"$defs": defs, **defs["session"]["properties"]["recommendations"]}
    head_check, session_check, recommendations_check = (
        jsonschema.Draft202012Validator(part) for part in (head, session, recommendations)
    )
    return head_check, session_check, recommendations_check


def _session_valid(fields: Json) -> bool:
    return session_fields_valid(fields) or bool(_validators()[1].is_valid(fields))


def _recommendations_valid(items: object) -> bool:
    quick = type(items) is list and all(map(recommendation_valid, items))
    return quick or bool(_validators()[2].is_valid(items))


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
        self._ids = _Ids()  # every statement id of the file so far
        self._written = 0
        self._uids: set[str] = set()

    def run(self) -> Meeting:
        from rapporteur_app.services.final_lock import SKIPPED

        reader = self._reader
        head = reader.head()
        top, source = head.top, head.meeting
        if top.get("format") != exchange.FORMAT or top.get("version") != exchange.VERSION:
            raise Doubt("not this version's file")  # refused, or read by its own schema
        if not _validators()[0].is_valid({**top, "meeting": {**source, "sessions": []}}):
            raise Doubt("the document's fields")
        start = exchange._date(source.get("start"), "meeting start")
        end = exchange._date(source.get("end"), "meeting end")
        if start and end and end < start:
            raise Doubt("ends before it starts")
        with self._db.writing() as db:
            # Only sessions made here are written: none can be final (nothing to look up).
            db.info[SKIPPED] = True
            meeting = exchange.meeting_row(source, start, end)
            if not meeting.title:
                raise Doubt("no title")
            db.add(meeting)
            db.flush()
            writer = _writer(db)
            writer.begin()
            known = _Names(db, meeting.id, writer)
            count = 0
            for position, session in enumerate(reader.sessions(), start=1):
                count += 1
                fields = session.fields
                if not _session_valid(fields):
                    raise Doubt("a session's fields")
                session_id, label = self._session(writer, meeting.id, position, fields)
                new_ids: dict[int, int] = {}
                if session.has_statements:
                    self._statements(db, writer, meeting.id, session_id, new_ids, known)
                tail = reader.session_tail()
                if tail:
                    if not _recommendations_valid(tail["recommendations"]):
                        raise Doubt("a session's recommendations")
                    _check_sources(tail, new_ids)
                    writer.recommendations(session_id, label, tail, new_ids)
                self._tell()
            reader.finish()
            if top.get("scope") == exchange.SESSION_SCOPE and count != 1:
                raise Doubt("a session file of more than one session")
            writer.end()
            db.flush()
            return meeting_of(meeting)

    def _session(
        self, writer: _Writer, meeting_id: int, position: int, fields: Json
    ) -> tuple[int, str]:
        """The session's row, its introducers, lists and the recommendations given
        before its statements (the schema allows them there); (its id, its label as
        the messages name it)."""
        values = exchange.session_values(fields, position)
        label = repr(values["label"])
        wanted = fields.get("uid")
        uid = writer.free_uid(None if wanted in self._uids else wanted)
        self._uids.add(uid)
        session_id = writer.session({"meeting_id": meeting_id, "position": position, **values,
                                     "uid": uid})  # fmt: skip
        introducers = exchange.session_introducers(fields, values["label"])
        writer.rows(IntroducerRow, [{"session_id": session_id, **v} for v in introducers])
        items = exchange.session_items(fields)
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
        writer: _Writer,
        meeting_id: int,
        session_id: int,
        new_ids: dict[int, int],
        known: _Names,
    ) -> None:
        build = _RowBuilder(db, meeting_id, session_id, known, writer)
        batch: list[Json] = []
        for item in self._reader.statements():
            if not exchange.statement_valid(item):
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
        self, writer: _Writer, build: _RowBuilder, batch: list[Json], new_ids: dict[int, int]
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


class _Ids:
    """The statement ids met so far, in little memory: a dump gives them rising, and
    rising ids are kept in an array of machine integers (8 bytes each; a set of a
    million Python ints is some 60 MB); the others in a set."""

    def __init__(self) -> None:
        self._rising = array("q")
        self._others: set[int] = set()

    def first_time(self, number: int) -> bool:
        rising = self._rising
        if _SMALLEST <= number <= _LARGEST and (not rising or number > rising[-1]):
            if number in self._others:
                return False
            rising.append(number)
            return True
        at = bisect_left(rising, number)
        if (at < len(rising) and rising[at] == number) or number in self._others:
            return False
        self._others.add(number)
        return True


_SMALLEST, _LARGEST = -(2**63), 2**63 - 1


def _check_sources(tail: Json, new_ids: dict[int, int]) -> None:
    for recommendation in tail.get("recommendations", []):
        source = recommendation.get("from_statement")
        if source is not None and source not in new_ids:
            raise Doubt("a recommendation from another session")
        if any(other not in new_ids for other in recommendation.get("also_from_statements", [])):
            raise Doubt("a recommendation also heard in another session")


# What clean_text changes or drops (line ends other than \\n, controls, surrogates):
# a text with none of it and already NFC is returned as it is, in one search in C.
_ODD = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")


def _clean_text(value: str) -> str:
    """:func:`clean_text`, the usual clean text found so at once (a test holds the two
    alike)."""
    # Every character _ODD finds is unprintable: a printable text (most notes of one
    # paragraph) is told in C without the search.
    if (value.isprintable() or _ODD.search(value) is None) and unicodedata.is_normalized(
        "NFC", value
    ):
        return value
    return clean_text(value)


class _RowBuilder:
    """A statement of the file as the row the writer stores (its values in
    :data:`COLUMNS` order, the id left to the writer; clock times, flags and moments
    already in the writer's stored form, :meth:`_Writer.stored`); names, clock times
    met again are not cleaned or parsed again."""

    def __init__(
        self, db: DbSession, meeting_id: int, session_id: int, known: _Names, writer: _Writer
    ) -> None:
        self._db = db
        self._meeting_id = meeting_id
        self._session_id = session_id
        self._known = known
        self._lines: dict[str, str] = {}
        self._times: dict[str, tuple[time, object]] = {}
        self._position = 0
        self._clock, flag, moment = writer.stored()
        self._now = moment(exchange._NOW())
        self._yes, self._no = flag(True), flag(False)

    def _line(self, value: str) -> str:
        cleaned = self._lines.get(value)
        if cleaned is None:
            if len(self._lines) > 50_000:
                self._lines.clear()
            cleaned = self._lines[value] = clean_line(value)
        return cleaned

    def _time(self, value: str, which: str, number: object) -> tuple[time, object]:
        """(the clock time, its stored form) of ``value``."""
        parsed = self._times.get(value)
        if parsed is None:
            clock = exchange._time(value, f"{which} of statement {number}")
            if clock is None:  # pragma: no cover - _time gives a time for a string
                raise ValueError(value)
            parsed = (clock, self._clock(clock))
            if len(self._times) < 100_000:
                self._times[value] = parsed
        return parsed

    def row(self, item: Json) -> list[object]:
        self._position += 1
        get = item.get
        category = item["category"]
        on_behalf_of = self._line(get("on_behalf_of", ""))
        speaker = self._line(get("speaker", ""))
        known = self._known
        organization_id = known.organization_named(on_behalf_of, category) if on_behalf_of else None
        speaker_id = (
            known.speaker(self._db, self._meeting_id, speaker, organization_id) if speaker else None
        )
        start = get("start")
        end = get("end")
        stored_start = stored_end = None
        if start is not None:
            start_clock, stored_start = self._time(start, "start", item["id"])
        if end is not None:
            end_clock, stored_end = self._time(end, "end", item["id"])
            if start is not None and end_clock < start_clock:
                raise InvalidInput.coded("exchange-statement-ends-early", id=item["id"])
        notes = get("notes", "")
        return [
            0, self._session_id, self._position, speaker_id, speaker, organization_id,
            on_behalf_of, category, get("kind", "statement"), None, stored_start, stored_end,
            _clean_text(notes) if notes else "", self._yes if get("anonymous") else self._no,
            self._line(get("anonymous_description", "")), self._now, self._now,
        ]  # fmt: skip

    def after(
        self, writer: _Writer, batch: list[Json], ids: list[int], rows: list[list[object]]
    ) -> None:
        """What a few statements bring beyond their row, as :meth:`ExchangeService.load`
        writes it (:func:`exchange.statement_extras`), a batch in one go: their
        co-signatories through the load's one resolver, and a speaker not to be
        named."""
        signed: list[Json] = []
        unnamed: list[Json] = []
        for item, row_id, row in zip(batch, ids, rows, strict=True):
            if item.get("cosignatories"):
                found = resolve_cosignatories(
                    self._db, str(row[6]), item["cosignatories"], Category(str(row[7])),
                    self._known.resolver,
                )  # fmt: skip
                signed.extend(
                    {"statement_id": row_id, "position": position, "organization_id": org,
                     "name": name}
                    for position, (org, name) in enumerate(found, start=1)
                )  # fmt: skip
            if item.get("anonymous") and isinstance(row[3], int):
                unnamed.append({"person": row[3], "description": str(row[14])})
        writer.rows(StatementCosignatoryRow, signed)
        writer.not_named(unnamed)


class _Names(exchange._Known):
    """The organizations and speakers of the load: organizations through one
    resolver for the whole file (each name looked up once); speakers by their key,
    as :func:`lookup.find_or_add_speaker` finds them, the new ones written by the
    writer. The meeting is new, so its speakers are those written here."""

    def __init__(self, db: DbSession, meeting_id: int, writer: _Writer) -> None:
        super().__init__()
        self._db = db
        self._writer = writer
        stored = db.scalar(select(func.count()).select_from(OrganizationRow))
        # A registration's dictionary in memory, unless the organizations are many.
        self.resolver = OrganizationResolver(db, one_by_one=(stored or 0) > _PRELOADED)
        self._by_key = writer.speakers_of(meeting_id)

    def organization(self, db: DbSession, name: str, category: Category) -> int:
        key = (name, category.value)
        found = self.organizations.get(key)
        if found is None:
            found = self.organizations[key] = self.resolver.get_or_add(name, category).id
        return found

    def organization_named(self, name: str, category: str) -> int:
        """:meth:`organization` of a category as the file gives it (its enum made only
        for a name not met before)."""
        found = self.organizations.get((name, category))
        if found is None:
            found = self.organization(self._db, name, Category(category))
        return found

    def speaker(self, db: DbSession, meeting_id: int, name: str, org: int | None) -> int:
        key = (name, org)
        found = self.speakers.get(key)
        if found is None:
            name_key = search_key(name)
            found = self._by_key.get(name_key)
            if found is None:
                found = self._by_key[name_key] = self._writer.speaker(
                    {"meeting_id": meeting_id, "name": name, "name_key": name_key,
                     "organization_id": org}
                )  # fmt: skip
            self.speakers[key] = found
        return found


_PRELOADED = 5000  # organizations read at once at most (else looked up one by one)


class _Writer:
    """Where the rows go: SQLAlchemy Core on the load's connection, and the statements
    (and on SQLite the recommendations) by the store's bulk path."""

    def __init__(self, db: DbSession) -> None:
        self._db = db
        self._connection = db.connection()

    def begin(self) -> None: ...

    def stored(self) -> tuple[_Convert, _Convert, _Convert]:
        """How a statement's clock time, flag and moment are handed to :meth:`write`."""
        return _same, _same, _same

    def write(self, rows: list[list[object]]) -> list[int]:
        raise NotImplementedError

    def set_replies(self, pairs: list[tuple[int, int]]) -> None: ...

    def end(self) -> None: ...

    def free_uid(self, wanted: str | None) -> str:
        """:func:`exchange.free_uid`, a row not read into the session."""
        sessions = _table(SessionRow)
        if wanted and self._connection.execute(
            select(sessions.c.id).where(sessions.c.uid == wanted)
        ).first() is None:  # fmt: skip
            return wanted
        return exchange.free_uid(self._db, None)

    def session(self, values: Json) -> int:
        return _new_id(self._connection.execute(insert(_table(SessionRow)), values))

    def rows(self, row_type: type[Any], rows: list[Json]) -> None:
        if rows:
            self._connection.execute(insert(_table(row_type)), rows)

    def recommendations(
        self, session_id: int, label: str, source: Json, new_ids: dict[int, int]
    ) -> None:
        exchange.load_recommendations(self._db, session_id, label, source, new_ids)

    def speakers_of(self, meeting_id: int) -> dict[str, int]:
        """name key -> id of the meeting's speakers (the first of each key)."""
        people = _table(SpeakerRow)
        found: dict[str, int] = {}
        for key, person in self._connection.execute(
            select(people.c.name_key, people.c.id)
            .where(people.c.meeting_id == meeting_id)
            .order_by(people.c.id)
        ):
            found.setdefault(key, person)
        return found

    def speaker(self, values: Json) -> int:
        return _new_id(self._connection.execute(insert(_table(SpeakerRow)), values))

    def not_named(self, people: list[Json]) -> None:
        """Speakers not to be named ({"person": id, "description": text}), in order:
        the first description given stays (as :func:`exchange.statement_extras`)."""
        if not people:
            return
        table = _table(SpeakerRow)
        kept = table.c.anonymous_description
        self._connection.execute(
            update(table)
            .where(table.c.id == bindparam("person"))
            .values(
                not_named=True,
                anonymous_description=case((kept == "", bindparam("description")), else_=kept),
            ),
            people,
        )


def _table(row_type: type[Any]) -> Table:
    return cast(Table, row_type.__table__)


def _new_id(done: Any) -> int:
    return int(done.inserted_primary_key[0])


def _writer(db: DbSession) -> _Writer:
    connection = db.connection()
    if connection.dialect.name == "sqlite":
        return _SqliteWriter(db)
    return _OrmWriter(db)


class _SqliteWriter(_Writer):
    """The store's bulk path: one prepared INSERT, the index and counts set-based."""

    def __init__(self, db: DbSession) -> None:
        super().__init__(db)
        connection = self._connection
        dialect = connection.dialect
        table = cast(Table, StatementRow.__table__)
        # The SQLite dialect's own converters: the stored text is what the ORM writes.
        self._clock = _quick_clock(
            _converter(table.c.start_time.type.dialect_impl(dialect), dialect)
        )
        self._moment = _converter(table.c.created_at.type.dialect_impl(dialect), dialect)
        self._flag = _converter(table.c.anonymous.type.dialect_impl(dialect), dialect)
        raw = cast(sqlite3.Connection, connection.connection.dbapi_connection)
        self._cursor = raw.cursor()
        self._bulk = BulkStatements(self._cursor)
        self._inserts: dict[str, RawInsert] = {}

    def _insert(self, row_type: type[Any]) -> RawInsert:
        table = _table(row_type)
        found = self._inserts.get(table.name)
        if found is None:
            found = self._inserts[table.name] = RawInsert(
                self._cursor, table, self._connection.dialect
            )
        return found

    # The rows beside the statements by Core's values on the raw cursor
    # (store/raw_insert.py): Core's own overhead was a fifth of a meeting's load.

    def free_uid(self, wanted: str | None) -> str:
        if wanted:
            self._cursor.execute("SELECT id FROM sessions WHERE uid = ?", (wanted,))
            if self._cursor.fetchone() is None:
                return wanted
        return exchange.free_uid(self._db, None)

    def _indexed(self, row_type: type[Any], values: Json) -> int:
        """One row of a table whose search documents the bulk path makes."""
        row_id, written = self._insert(row_type).one(values)
        self._bulk.index(_table(row_type).name, row_id, written)
        return row_id

    def session(self, values: Json) -> int:
        return self._indexed(SessionRow, values)

    def rows(self, row_type: type[Any], rows: list[Json]) -> None:
        if _table(row_type).name in INDEXED_TABLES:
            for values in rows:
                self._indexed(row_type, values)
        else:
            self._insert(row_type).many(rows)

    def speaker(self, values: Json) -> int:
        return self._indexed(SpeakerRow, values)

    def not_named(self, people: list[Json]) -> None:
        if not people:
            return
        dialect = self._connection.dialect
        named = _converter(_table(SpeakerRow).c.not_named.type.dialect_impl(dialect), dialect)
        self._cursor.executemany(
            "UPDATE speakers SET not_named = ?, anonymous_description = CASE WHEN"
            " anonymous_description = '' THEN ? ELSE anonymous_description END WHERE id = ?",
            [(named(True), person["description"], person["person"]) for person in people],
        )

    def begin(self) -> None:
        self._bulk.begin()

    def stored(self) -> tuple[_Convert, _Convert, _Convert]:
        return self._clock, self._flag, self._moment

    def write(self, rows: list[list[object]]) -> list[int]:
        first = self._bulk.next_id()
        for row_id, row in enumerate(rows, start=first):
            row[0] = row_id
        self._bulk.write(rows)
        return list(range(first, first + len(rows)))

    def set_replies(self, pairs: list[tuple[int, int]]) -> None:
        self._bulk.set_replies(pairs)

    def recommendations(
        self, session_id: int, label: str, source: Json, new_ids: dict[int, int]
    ) -> None:
        rows = exchange.recommendation_rows(source, label, new_ids)
        if not rows:
            return
        first = self._bulk.next_id("recommendations")
        flag = self._flag
        values: list[tuple[object, ...]] = []
        sources: list[tuple[int, int]] = []
        for row_id, (row, also) in enumerate(rows, start=first):
            values.append((row_id, session_id, row["position"], row["addressee"], row["text"],
                           row["statement_id"], flag(row["included"])))  # fmt: skip
            sources.extend((row_id, other) for other in also)
        self._bulk.write_recommendations(values, sources)

    def end(self) -> None:
        self._bulk.end()


class _OrmWriter(_Writer):
    """Elsewhere (PostgreSQL's sequences): the ORM's INSERT ... RETURNING, a batch at a
    time; the server's triggers and indexes keep the counts and the search."""

    def __init__(self, db: DbSession) -> None:
        super().__init__(db)
        self._names = COLUMNS[1:]

    def write(self, rows: list[list[object]]) -> list[int]:
        payload = [dict(zip(self._names, row[1:], strict=True)) for row in rows]
        inserted = self._db.execute(
            insert(StatementRow).returning(StatementRow.id, sort_by_parameter_order=True),
            payload,
        ).scalars()
        return list(inserted)

    def set_replies(self, pairs: list[tuple[int, int]]) -> None:
        exchange.set_replies(self._db, pairs)


_Convert = Callable[[object], object]


def _same(value: object) -> object:
    return value


_CLOCK_SAMPLES = (time(0, 0), time(9, 5, 7), time(23, 59, 59, 999_999), time(12, 0, 0, 5))


def _quick_clock(stored: _Convert) -> _Convert:
    """``stored`` for a clock time, by ``time.isoformat`` in C when that gives the very
    text ``stored`` gives (SQLite's dialect: HH:MM:SS.ffffff), else ``stored`` itself."""
    if any(stored(sample) != sample.isoformat("microseconds") for sample in _CLOCK_SAMPLES):
        return stored

    def quick(value: object) -> object:
        if type(value) is time and value.tzinfo is None:
            return value.isoformat("microseconds")
        return stored(value)

    return quick


def _converter(kind: Any, dialect: Any) -> _Convert:
    process = kind.bind_processor(dialect)
    return cast(_Convert, process) if process else _same
