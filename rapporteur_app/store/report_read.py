"""A meeting's consolidated report read through the sqlite3 module alone, for an
export command on a SQLite file: the same rows the ORM's reader reads
(services/document_builder.py), by the same SQL, before SQLAlchemy is imported.

SQLAlchemy's import and the models' mapping were a third of a whole-process PDF
export. This reader hands the rows to the one rule that builds the report
(services/consolidated_value.py), as the ORM's reader does; the SQL is the SQL
SQLAlchemy sends for each of its reads, so that rows read without an order come in
the same order. `tests/services/test_report_read.py` holds the two equal.

It never writes (a read-only connection, ``query_only`` on top) and trusts nothing it
cannot check cheaply, as the window's first fill (store/first_fill.py): a file that
fails the open checks (store/file_check.py), a schema not this program's newest, a
meeting not there, any sqlite3 error — each gives None, and the caller takes the
full path, which says what is wrong in the usual words.
"""

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from rapporteur_app.domain.documents.privacy import Redactor
from rapporteur_app.domain.documents.settings import MeetingDocumentSettings
from rapporteur_app.domain.errors import RapporteurError
from rapporteur_app.domain.kinds import IntroducerRole, SessionList
from rapporteur_app.domain.model import Introducer, Meeting, Recommendation, Session
from rapporteur_app.domain.tally import Tally
from rapporteur_app.store.file_check import open_problem
from rapporteur_app.store.first_fill import _SESSION_COLUMNS, _agenda_order, _day, _session
from rapporteur_app.store.kept_counts import COUNTED
from rapporteur_app.store.schema_head import HEAD_REVISION

# What a sqlite3 read may raise on a file that is not what this program wrote
# (a value the domain refuses, a kind not known): the full path then decides.
READ_ERRORS = (sqlite3.Error, ValueError, KeyError, TypeError, RapporteurError)

_COUNTS = ", ".join(f"session_tallies.{c}" for c in COUNTED if c != "logged")


class Missing(Exception):
    """A row the report needs is not there: the full path says so in its words."""


def _marks(values: Sequence[object]) -> str:
    return ", ".join("?" * len(values))


class SqliteReportSource:
    """consolidated_value.ReportSource over one read-only sqlite3 connection, inside
    one read transaction (a snapshot: another program may be logging meanwhile)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        self._meetings: dict[int, tuple[Meeting, str]] = {}

    def _meeting_row(self, meeting_id: int) -> tuple[Meeting, str]:
        if meeting_id not in self._meetings:
            row = self._connection.execute(
                "SELECT meetings.id, meetings.title, meetings.venue, meetings.start_date,"
                " meetings.end_date, meetings.background, meetings.created_at,"
                " meetings.documents, meetings.kind \nFROM meetings \nWHERE meetings.id = ?",
                (meeting_id,),
            ).fetchone()
            if row is None:
                raise Missing(f"meeting {meeting_id}")
            from rapporteur_app.domain.year import EventKind

            row_id, title, venue, start, end, background, _created, documents, kind = row
            meeting = Meeting(
                id=int(row_id),
                title=str(title),
                venue=str(venue),
                start=_day(start),
                end=_day(end),
                background=str(background),
                kind=EventKind(kind),
            )
            self._meetings[meeting_id] = (meeting, str(documents))
        return self._meetings[meeting_id]

    def meeting(self, meeting_id: int) -> Meeting:
        return self._meeting_row(meeting_id)[0]

    def meeting_settings(self, meeting_id: int) -> MeetingDocumentSettings:
        return MeetingDocumentSettings.from_json(self._meeting_row(meeting_id)[1])

    def redactor(self, meeting_id: int) -> Redactor:
        rows = self._connection.execute(
            "SELECT statements.speaker_name, statements.anonymous_description \nFROM statements"
            " JOIN sessions ON sessions.id = statements.session_id \nWHERE sessions.meeting_id"
            " = ? AND statements.anonymous IS 1",
            (meeting_id,),
        ).fetchall()
        people = self._connection.execute(
            "SELECT speakers.name, speakers.anonymous_description \nFROM speakers \nWHERE"
            " speakers.meeting_id = ? AND speakers.not_named IS 1",
            (meeting_id,),
        ).fetchall()
        return Redactor.for_names([*rows, *people])

    def sessions(self, meeting_id: int) -> list[Session]:
        rows = self._connection.execute(
            f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE meeting_id = ?", (meeting_id,)
        ).fetchall()
        ids = [int(row[0]) for row in rows]
        questions: dict[int, list[str]] = {}
        people: dict[int, list[Introducer]] = {}
        if ids:
            for session_id, text in self._connection.execute(
                "SELECT session_items.session_id, session_items.text \nFROM session_items"
                f" \nWHERE session_items.session_id IN ({_marks(ids)}) AND"
                " session_items.list_name = ? ORDER BY session_items.position",
                (*ids, SessionList.QUESTIONS_FOR_DISCUSSION.value),
            ):
                questions.setdefault(session_id, []).append(str(text))
            for session_id, role, name, function, organization in self._connection.execute(
                "SELECT introducers.session_id, introducers.role, introducers.name,"
                " introducers.function, introducers.organization \nFROM introducers"
                f" \nWHERE introducers.session_id IN ({_marks(ids)})"
                " ORDER BY introducers.position",
                ids,
            ):
                people.setdefault(session_id, []).append(
                    Introducer(
                        name=str(name),
                        function=str(function),
                        organization=str(organization),
                        role=IntroducerRole(role),
                    )
                )
        sessions = [
            _session(row, questions.get(int(row[0]), ()), people.get(int(row[0]), ()))
            for row in rows
        ]
        return sorted(sessions, key=_agenda_order)

    def tallies(self, meeting_id: int) -> dict[int, Tally]:
        return {
            int(row[0]): Tally(*(int(value or 0) for value in row[1:]))
            for row in self._connection.execute(
                f"SELECT sessions.id, {_COUNTS} \nFROM sessions LEFT OUTER JOIN session_tallies"
                " ON session_tallies.session_id = sessions.id \nWHERE sessions.meeting_id = ?",
                (meeting_id,),
            )
        }

    def recommendations_of(self, session_ids: list[int]) -> dict[int, list[Recommendation]]:
        found: dict[int, list[Recommendation]] = {sid: [] for sid in session_ids}
        for (
            row_id,
            session_id,
            position,
            addressee,
            text,
            statement_id,
            included,
        ) in self._connection.execute(
            "SELECT recommendations.id, recommendations.session_id,"
            " recommendations.position, recommendations.addressee, recommendations.text,"
            " recommendations.statement_id, recommendations.included \nFROM"
            f" recommendations \nWHERE recommendations.session_id IN ({_marks(session_ids)})"
            " ORDER BY recommendations.position, recommendations.id",
            session_ids,
        ):
            found[session_id].append(
                Recommendation(
                    id=int(row_id),
                    session_id=int(session_id),
                    addressee=str(addressee),
                    text=str(text),
                    position=int(position),
                    statement_id=statement_id,
                    included=bool(included),
                )
            )
        return found

    def joint_statements(self, session_ids: list[int]) -> list[tuple[int, str, tuple[str, ...]]]:
        rows = self._connection.execute(
            "SELECT statements.id, statements.session_id, statements.on_behalf_of \nFROM"
            f" statements \nWHERE statements.session_id IN ({_marks(session_ids)}) AND"
            " statements.id IN (SELECT statement_cosignatories.statement_id \nFROM"
            " statement_cosignatories) ORDER BY statements.position, statements.id",
            session_ids,
        ).fetchall()
        ids = [row[0] for row in rows]
        names: dict[int, list[str]] = {}
        if ids:
            for statement_id, name in self._connection.execute(
                "SELECT statement_cosignatories.statement_id, statement_cosignatories.name"
                " \nFROM statement_cosignatories \nWHERE statement_cosignatories.statement_id"
                f" IN ({_marks(ids)}) ORDER BY statement_cosignatories.statement_id,"
                " statement_cosignatories.position",
                ids,
            ):
                names.setdefault(statement_id, []).append(str(name))
        return [
            (int(session_id), str(lead), tuple(names[row_id]))
            for row_id, session_id, lead in rows
            if row_id in names
        ]

    def final_versions(self, session_ids: list[int]) -> dict[int, tuple[int, datetime]]:
        return {
            int(sid): (int(version), datetime.fromisoformat(when))
            for sid, version, when in self._connection.execute(
                "SELECT sessions.id, rapport_versions.version, rapport_versions.finalized_at"
                " \nFROM sessions JOIN rapport_versions ON rapport_versions.session_id ="
                f" sessions.id \nWHERE sessions.id IN ({_marks(session_ids)}) AND"
                " rapport_versions.version = sessions.final_version",
                session_ids,
            )
        }

    def program_setting(self, name: str) -> str:
        row = self._connection.execute(
            "SELECT program_settings.name, program_settings.value \nFROM program_settings"
            " \nWHERE program_settings.name = ?",
            (name,),
        ).fetchone()
        return str(row[1]) if row is not None else ""

    def mention_texts(self, meeting_id: int) -> list[list[str]]:
        """The meeting's texts possible_mentions looks at, in its groups and order."""
        ids = [
            sid
            for (sid,) in self._connection.execute(
                "SELECT sessions.id \nFROM sessions \nWHERE sessions.meeting_id = ?",
                (meeting_id,),
            )
        ]
        marks = _marks(ids)
        queries = (
            f"SELECT sessions.narrative \nFROM sessions \nWHERE sessions.id IN ({marks})",
            f"SELECT sessions.background \nFROM sessions \nWHERE sessions.id IN ({marks})",
            f"SELECT statements.notes \nFROM statements \nWHERE statements.session_id IN ({marks})",
            "SELECT recommendations.text \nFROM recommendations \nWHERE"
            f" recommendations.session_id IN ({marks})",
            "SELECT session_items.text \nFROM session_items \nWHERE session_items.session_id"
            f" IN ({marks})",
        )
        return [[str(text) for (text,) in self._connection.execute(sql, ids)] for sql in queries]


def _connect(path: Path) -> sqlite3.Connection | None:
    """A read-only connection to a file that passes the open checks, or None."""
    try:
        if not path.is_file() or path.stat().st_size == 0 or open_problem(path) is not None:
            return None
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
    except (OSError, RapporteurError, sqlite3.Error):
        return None


@contextmanager
def report_source(path: Path) -> Iterator[SqliteReportSource | None]:
    """A reader of the file at ``path`` inside one read transaction, or None when the
    full path must decide (see the module's words). Closed on leaving."""
    connection = _connect(path)
    if connection is None:
        yield None
        return
    try:
        try:
            connection.execute("PRAGMA query_only = 1")
            connection.execute("BEGIN")
            version = connection.execute("SELECT version_num FROM alembic_version").fetchall()
            usable = [row[0] for row in version] == [HEAD_REVISION]
        except sqlite3.Error:
            usable = False
        yield SqliteReportSource(connection) if usable else None
    finally:
        connection.close()
