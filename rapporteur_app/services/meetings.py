"""Meetings: add, list, read, change, remove."""

from datetime import date

from sqlalchemy import select

from rapporteur_app.domain.documents.settings import MeetingDocumentSettings
from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.model import Meeting
from rapporteur_app.domain.text import clean_line, clean_text, require_line
from rapporteur_app.domain.year import EventKind
from rapporteur_app.services.document_settings import DocumentSettingsService
from rapporteur_app.services.lookup import meeting_row
from rapporteur_app.store.convert import meeting_of
from rapporteur_app.store.database import Database
from rapporteur_app.store.models import MeetingRow


def _check_dates(start: date | None, end: date | None) -> None:
    if start is not None and end is not None and end < start:
        raise InvalidInput.coded("meeting-ends-early", end=end, start=start)


class MeetingService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(
        self,
        title: str,
        venue: str = "",
        start: date | None = None,
        end: date | None = None,
        background: str = "",
        kind: EventKind = EventKind.MEETING,
    ) -> Meeting:
        row = MeetingRow(
            kind=EventKind(kind).value,
            title=require_line(title, "meeting title"),
            venue=clean_line(venue),
            start_date=start,
            end_date=end,
            background=clean_text(background).strip(),
        )
        _check_dates(start, end or start)
        with self._db.writing() as db:
            db.add(row)
            db.flush()
            return meeting_of(row)

    def all(self) -> list[Meeting]:
        with self._db.reading() as db:
            rows = db.scalars(select(MeetingRow).order_by(MeetingRow.start_date, MeetingRow.id))
            return [meeting_of(r) for r in rows]

    def get(self, meeting_id: int) -> Meeting:
        with self._db.reading() as db:
            return meeting_of(meeting_row(db, meeting_id))

    def update(
        self,
        meeting_id: int,
        *,
        title: str | None = None,
        venue: str | None = None,
        start: date | None = None,
        end: date | None = None,
        background: str | None = None,
        kind: EventKind | None = None,
    ) -> Meeting:
        with self._db.writing() as db:
            row = meeting_row(db, meeting_id)
            if kind is not None:
                row.kind = EventKind(kind).value
            if title is not None:
                row.title = require_line(title, "meeting title")
            if venue is not None:
                row.venue = clean_line(venue)
            if start is not None:
                row.start_date = start
            if end is not None:
                row.end_date = end
            if background is not None:
                row.background = clean_text(background).strip()
            _check_dates(row.start_date, row.end_date)
            return meeting_of(row)

    def document_settings(self, meeting_id: int) -> MeetingDocumentSettings:
        with self._db.reading() as db:
            return MeetingDocumentSettings.from_json(meeting_row(db, meeting_id).documents)

    def set_document_settings(self, meeting_id: int, **values: object) -> MeetingDocumentSettings:
        """Change how the meeting's documents are dressed (see
        domain/documents/settings.py for the names); texts are cleaned."""
        return DocumentSettingsService(self._db).save(meeting_id, values)

    def set_dates(self, meeting_id: int, start: date | None, end: date | None) -> Meeting:
        """Set or clear the meeting's dates (``update`` leaves out what is None)."""
        _check_dates(start, end)
        if start is None and end is not None:
            raise InvalidInput.coded("meeting-days-order")
        with self._db.writing() as db:
            row = meeting_row(db, meeting_id)
            row.start_date, row.end_date = start, end
            return meeting_of(row)

    def delete(self, meeting_id: int) -> None:
        with self._db.writing() as db:
            db.delete(meeting_row(db, meeting_id))
