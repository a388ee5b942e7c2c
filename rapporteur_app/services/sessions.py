"""Sessions of a meeting: the agenda's entries, with their lists and introducers."""

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, time

from sqlalchemy import delete, select
from sqlalchemy.orm import Session as DbSession

from rapporteur_app.domain.documents.settings import SessionDocumentSettings
from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.kinds import SessionKind, SessionList
from rapporteur_app.domain.model import Introducer, Session
from rapporteur_app.domain.text import clean_line, clean_text, require_line
from rapporteur_app.services.lookup import meeting_row, next_position, session_row
from rapporteur_app.store.convert import session_of
from rapporteur_app.store.database import Database
from rapporteur_app.store.models import IntroducerRow, SessionItemRow, SessionRow

_UNSET: object = object()


def _check_times(start: time | None, end: time | None) -> None:
    if start is not None and end is not None and end < start:
        raise InvalidInput.coded("session-ends-early", end=f"{end:%H:%M}", start=f"{start:%H:%M}")


def _check_limit(seconds: int) -> int:
    if not 1 <= seconds <= 24 * 3600:
        raise InvalidInput.coded("limit-out-of-range")
    return seconds


def agenda_order(row: SessionRow) -> tuple[date, time, int, int]:
    """Sessions by day, then start time, then the order they were put in."""
    return (
        row.day or date.max,
        row.start_time or time.max,
        row.position,
        row.id,
    )


class SessionService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(
        self,
        meeting_id: int,
        label: str,
        title: str,
        kind: SessionKind = SessionKind.WORKING_SESSION,
        day: date | None = None,
        start: time | None = None,
        end: time | None = None,
        moderator: str = "",
        rapporteur: str = "",
        room: str = "",
        background: str = "",
    ) -> Session:
        _check_times(start, end)
        with self._db.writing() as db:
            meeting_row(db, meeting_id)
            row = SessionRow(
                meeting_id=meeting_id,
                position=next_position(
                    db, SessionRow.position, SessionRow.meeting_id == meeting_id
                ),
                kind=kind.value,
                label=clean_line(label),
                title=require_line(title, "session title"),
                day=day,
                start_time=start,
                end_time=end,
                moderator=clean_line(moderator),
                rapporteur=clean_line(rapporteur),
                room=clean_line(room),
                background=clean_text(background).strip(),
            )
            if not row.label:
                raise InvalidInput.coded("session-label-empty")
            db.add(row)
            db.flush()
            return session_of(row)

    def of_meeting(self, meeting_id: int) -> list[Session]:
        """The meeting's sessions in agenda order."""
        with self._db.reading() as db:
            meeting_row(db, meeting_id)
            rows = sorted(
                db.scalars(select(SessionRow).where(SessionRow.meeting_id == meeting_id)),
                key=agenda_order,
            )
            return with_details(db, rows)

    def get(self, session_id: int) -> Session:
        with self._db.reading() as db:
            return with_details(db, [session_row(db, session_id)])[0]

    def update(self, session_id: int, **changes: object) -> Session:
        """Change any of: label, title, kind, day, start, end, moderator, rapporteur,
        room, background, narrative, statement_limit_s, reply_limit_s, panel_limit_s."""
        with self._db.writing() as db:
            row = session_row(db, session_id)
            for name, value in changes.items():
                _apply(row, name, value)
            _check_times(row.start_time, row.end_time)
            return with_details(db, [row])[0]

    def set_narrative(self, session_id: int, text: str) -> Session:
        return self.update(session_id, narrative=text)

    def document_settings(self, session_id: int) -> SessionDocumentSettings:
        with self._db.reading() as db:
            return SessionDocumentSettings.from_json(session_row(db, session_id).documents)

    def set_document_settings(self, session_id: int, **values: object) -> SessionDocumentSettings:
        """A panel's lead-in before its findings, a working group's written
        participants line or title (domain/documents/settings.py)."""
        cleaned = {k: clean_text(v).strip() if isinstance(v, str) else v for k, v in values.items()}
        with self._db.writing() as db:
            row = session_row(db, session_id)
            settings = SessionDocumentSettings.from_json(row.documents).with_values(**cleaned)
            row.documents = settings.to_json()
            return settings

    def set_list(self, session_id: int, which: SessionList, items: Sequence[str]) -> None:
        """Replace one of the session's bulleted lists (blank items are dropped)."""
        with self._db.writing() as db:
            session_row(db, session_id)
            db.execute(
                delete(SessionItemRow).where(
                    SessionItemRow.session_id == session_id,
                    SessionItemRow.list_name == which.value,
                )
            )
            texts = [t for t in (clean_text(i).strip() for i in items) if t]
            for position, text in enumerate(texts, start=1):
                db.add(
                    SessionItemRow(
                        session_id=session_id, list_name=which.value, position=position, text=text
                    )
                )

    def get_list(self, session_id: int, which: SessionList) -> list[str]:
        with self._db.reading() as db:
            session_row(db, session_id)
            return list(
                db.scalars(
                    select(SessionItemRow.text)
                    .where(
                        SessionItemRow.session_id == session_id,
                        SessionItemRow.list_name == which.value,
                    )
                    .order_by(SessionItemRow.position)
                )
            )

    def set_introducers(self, session_id: int, introducers: Sequence[Introducer]) -> None:
        with self._db.writing() as db:
            session_row(db, session_id)
            db.execute(delete(IntroducerRow).where(IntroducerRow.session_id == session_id))
            for position, person in enumerate(introducers, start=1):
                db.add(
                    IntroducerRow(
                        session_id=session_id,
                        position=position,
                        role=person.role.value,
                        name=require_line(person.name, "introducer's name"),
                        function=clean_line(person.function),
                        organization=clean_line(person.organization),
                    )
                )

    def swap_slots(self, first_id: int, second_id: int) -> None:
        """Reorder the agenda: two sessions exchange their day, times, room and place."""
        with self._db.writing() as db:
            first, second = session_row(db, first_id), session_row(db, second_id)
            if first.meeting_id != second.meeting_id:
                raise InvalidInput.coded("sessions-other-meeting")
            for column in ("day", "start_time", "end_time", "room", "position"):
                mine, theirs = getattr(first, column), getattr(second, column)
                setattr(first, column, theirs)
                setattr(second, column, mine)

    def delete(self, session_id: int) -> None:
        with self._db.writing() as db:
            db.delete(session_row(db, session_id))


_TEXT_LINES = {"label", "moderator", "rapporteur", "room"}
_TEXT_BLOCKS = {"background", "narrative"}
_COLUMNS = {"start": "start_time", "end": "end_time"}


def _apply(row: SessionRow, name: str, value: object) -> None:
    if name == "title":
        row.title = require_line(str(value), "session title")
    elif name in _TEXT_LINES:
        setattr(row, name, clean_line(str(value)))
    elif name in _TEXT_BLOCKS:
        setattr(row, name, clean_text(str(value)).strip())
    elif name == "kind":
        row.kind = SessionKind.parse(str(value)).value
    elif name in ("statement_limit_s", "reply_limit_s", "panel_limit_s"):
        if not isinstance(value, int):
            raise InvalidInput.coded("limit-not-whole")
        setattr(row, name, _check_limit(value))
    elif name in ("day", "start", "end"):
        setattr(row, _COLUMNS.get(name, name), value)
    else:
        raise InvalidInput.coded("session-no-field", name=repr(name))
    if name == "label" and not row.label:
        raise InvalidInput.coded("session-label-empty")


def with_details(db: DbSession, rows: Sequence[SessionRow]) -> list[Session]:
    """Sessions with their questions and introducers, in two queries for all of them."""
    ids = [r.id for r in rows]
    questions: dict[int, list[str]] = defaultdict(list)
    people: dict[int, list[IntroducerRow]] = defaultdict(list)
    if ids:
        for item in db.scalars(
            select(SessionItemRow)
            .where(
                SessionItemRow.session_id.in_(ids),
                SessionItemRow.list_name == SessionList.QUESTIONS_FOR_DISCUSSION.value,
            )
            .order_by(SessionItemRow.position)
        ):
            questions[item.session_id].append(item.text)
        for person in db.scalars(
            select(IntroducerRow)
            .where(IntroducerRow.session_id.in_(ids))
            .order_by(IntroducerRow.position)
        ):
            people[person.session_id].append(person)
    return [session_of(r, questions[r.id], people[r.id]) for r in rows]
