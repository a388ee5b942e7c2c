"""How a meeting's documents are dressed, read and saved as one unit of work.

The Document settings dialog shows a meeting's settings and those of each of
its sessions together, and saves what was changed in one transaction: a
refusal (a template that is no Word file, a logo that is no image) changes
nothing at all. The files a setting names are checked when they are chosen,
not at the next export.
"""

from collections.abc import Mapping
from pathlib import Path

from sqlalchemy import select

from rapporteur_app.domain.documents.settings import (
    MeetingDocumentSettings,
    SessionDocumentSettings,
)
from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.text import clean_text
from rapporteur_app.services.lookup import meeting_row
from rapporteur_app.store.database import Database
from rapporteur_app.store.models import SessionRow

Values = Mapping[str, object]


# Settings that name a file: kept as an absolute path, so that an export made from
# another folder (the command line's, the GUI's) finds the same file.
FILE_SETTINGS = ("template", "logo")


def file_path(value: str) -> str:
    return str(Path(value).expanduser().absolute()) if value else ""


def cleaned(values: Values) -> dict[str, object]:
    """Texts as every text field keeps them (line ends, characters XML refuses)."""
    tidy = {k: clean_text(v).strip() if isinstance(v, str) else v for k, v in values.items()}
    for name in FILE_SETTINGS:
        value = tidy.get(name)
        if isinstance(value, str):
            tidy[name] = file_path(value)
    return tidy


def check_files(values: Values) -> None:
    """A template or a logo being set must be usable now (one message naming it)."""
    from rapporteur_app.export.docx_template import check_logo, check_template

    template = values.get("template")
    if isinstance(template, str) and template:
        check_template(template)
    logo = values.get("logo")
    if isinstance(logo, str) and logo:
        check_logo(logo)


class DocumentSettingsService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def of_meeting(
        self, meeting_id: int
    ) -> tuple[MeetingDocumentSettings, dict[int, SessionDocumentSettings]]:
        """The meeting's settings and each of its sessions' (by session id)."""
        with self._db.reading() as db:
            meeting = MeetingDocumentSettings.from_json(meeting_row(db, meeting_id).documents)
            rows = db.execute(
                select(SessionRow.id, SessionRow.documents).where(
                    SessionRow.meeting_id == meeting_id
                )
            )
            sessions = {sid: SessionDocumentSettings.from_json(text) for sid, text in rows}
        return meeting, sessions

    def save(
        self,
        meeting_id: int,
        meeting: Values,
        sessions: Mapping[int, Values] | None = None,
    ) -> MeetingDocumentSettings:
        """Change the named settings of the meeting and of its sessions, all or none."""
        meeting_values = cleaned(meeting)
        session_values = {sid: cleaned(v) for sid, v in (sessions or {}).items()}
        # Wrong names and types are refused before anything is read or written.
        MeetingDocumentSettings().with_values(**meeting_values)
        for values in session_values.values():
            SessionDocumentSettings().with_values(**values)
        check_files(meeting_values)
        with self._db.writing() as db:
            row = meeting_row(db, meeting_id)
            settings = MeetingDocumentSettings.from_json(row.documents).with_values(
                **meeting_values
            )
            row.documents = settings.to_json()
            if session_values:
                session_rows = {
                    r.id: r
                    for r in db.scalars(
                        select(SessionRow).where(SessionRow.id.in_(list(session_values)))
                    )
                }
                for session_id, values in session_values.items():
                    session = session_rows.get(session_id)
                    if session is None or session.meeting_id != meeting_id:
                        raise InvalidInput.coded("no-session-in-meeting", id=session_id)
                    session.documents = (
                        SessionDocumentSettings.from_json(session.documents)
                        .with_values(**values)
                        .to_json()
                    )
            return settings
