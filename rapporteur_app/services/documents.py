"""The documents of a session or a meeting: built from the store, then written.

``export_session`` and ``export_meeting`` are what the GUI's export actions and
the ``export`` command call. The writers are imported only when a file is
written, so starting the program does not pay for python-docx and reportlab.
"""

import os
from pathlib import Path

from sqlalchemy.orm import Session as DbSession

from rapporteur_app.domain.document import Document
from rapporteur_app.domain.documents.agenda import AnnotatedAgenda
from rapporteur_app.domain.documents.conclusions import WorkingGroupConclusions
from rapporteur_app.domain.documents.consolidated import ConsolidatedReport
from rapporteur_app.domain.documents.highlights import Highlights
from rapporteur_app.domain.documents.privacy import Redactor
from rapporteur_app.domain.documents.rapport import Rapport
from rapporteur_app.domain.documents.settings import MeetingDocumentSettings
from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.labels import labels_for
from rapporteur_app.domain.model import Statement, name_for_documents
from rapporteur_app.domain.replies import by_id, chain_text
from rapporteur_app.domain.text import clean_line
from rapporteur_app.export.formats import DOCUMENT_FORMATS, TABLE_FORMATS, find
from rapporteur_app.services.document_builder import DocumentBuilder, redactor_for_meeting
from rapporteur_app.services.document_checks import CheckService
from rapporteur_app.services.document_files import (
    PROGRAM_TEMPLATE,
    Dressing,
    dressing_of,
    write_document,
)
from rapporteur_app.services.document_kinds import (
    MEETING_DOCUMENTS,
    SESSION_DOCUMENTS,
    DocumentKind,
)
from rapporteur_app.services.document_settings import check_files, file_path
from rapporteur_app.services.lookup import meeting_row, session_row
from rapporteur_app.services.statements import StatementService
from rapporteur_app.store.database import Database
from rapporteur_app.store.models import ProgramSettingRow


def _program_template(db: DbSession) -> str:
    row = db.get(ProgramSettingRow, PROGRAM_TEMPLATE)
    return row.value if row is not None else ""


class DocumentService:
    def __init__(self, db: Database) -> None:
        self._db = db
        self.checks = CheckService(db)

    def program_template(self) -> str:
        """The DOCX template of every meeting without one of its own ("": none)."""
        with self._db.reading() as db:
            return _program_template(db)

    def set_program_template(self, path: str | os.PathLike[str]) -> str:
        """Set (or, with "", clear) the whole program's DOCX template. A file that is
        not a usable template is refused in one message and nothing changes."""
        chosen = file_path(clean_line(str(path)))
        if chosen:
            check_files({"template": chosen})
        with self._db.writing() as db:
            row = db.get(ProgramSettingRow, PROGRAM_TEMPLATE)
            if row is None:
                row = ProgramSettingRow(name=PROGRAM_TEMPLATE, value="")
                db.add(row)
            row.value = chosen
        return chosen

    def dressing(self, meeting_id: int) -> Dressing:
        with self._db.reading() as db:
            settings = MeetingDocumentSettings.from_json(meeting_row(db, meeting_id).documents)
            return dressing_of(settings, _program_template(db))

    def _session_dressing(self, session_id: int) -> Dressing:
        with self._db.reading() as db:
            meeting_id = session_row(db, session_id).meeting_id
        return self.dressing(meeting_id)

    def rapport(self, session_id: int, language: str = "en") -> Rapport:
        labels = labels_for(language)
        with self._db.reading() as db:
            return DocumentBuilder(db, labels).session_rapport(session_id)

    def working_group(self, session_id: int, language: str = "en") -> WorkingGroupConclusions:
        labels = labels_for(language)
        with self._db.reading() as db:
            return DocumentBuilder(db, labels).working_group(session_id)

    def highlights(self, meeting_id: int, language: str = "en") -> Highlights:
        labels = labels_for(language)
        with self._db.reading() as db:
            return DocumentBuilder(db, labels).highlights(meeting_id)

    def consolidated(self, meeting_id: int, language: str = "en") -> ConsolidatedReport:
        labels = labels_for(language)
        with self._db.reading() as db:
            return DocumentBuilder(db, labels).consolidated(meeting_id)

    def agenda(self, meeting_id: int, language: str = "en") -> AnnotatedAgenda:
        labels = labels_for(language)
        with self._db.reading() as db:
            return DocumentBuilder(db, labels).agenda(meeting_id)

    def session_document(
        self, session_id: int, document: str = "rapport", language: str = "en"
    ) -> Document:
        kind = DocumentKind.parse(document)
        if kind not in SESSION_DOCUMENTS:
            raise InvalidInput.coded("document-for-meeting", kind=kind.value)
        labels = labels_for(language)
        with self._db.reading() as db:
            builder = DocumentBuilder(db, labels)
            value: Rapport | WorkingGroupConclusions
            if kind is DocumentKind.RAPPORT:
                value = builder.session_rapport(session_id)
            else:
                value = builder.working_group(session_id)
            # The file's author is the rapporteur: "Name, function" -> "Name".
            author = session_row(db, session_id).rapporteur.partition(",")[0].strip()
            return value.document(author)

    def meeting_document(
        self, meeting_id: int, document: str = "consolidated", language: str = "en"
    ) -> Document:
        kind = DocumentKind.parse(document)
        if kind not in MEETING_DOCUMENTS:
            raise InvalidInput.coded("document-for-session", kind=kind.value)
        labels = labels_for(language)
        with self._db.reading() as db:
            meeting_row(db, meeting_id)
            builder = DocumentBuilder(db, labels)
            value: ConsolidatedReport | Highlights | AnnotatedAgenda
            if kind is DocumentKind.CONSOLIDATED:
                value = builder.consolidated(meeting_id)
            elif kind is DocumentKind.HIGHLIGHTS:
                value = builder.highlights(meeting_id)
            else:
                value = builder.agenda(meeting_id)
            # A meeting's documents are the meeting's own: its title stands as author.
            return value.document(value.meeting_title)

    def export_session(
        self,
        session_id: int,
        *,
        fmt: str,
        out: str | os.PathLike[str],
        language: str = "en",
        document: str = "rapport",
    ) -> Path:
        find(DOCUMENT_FORMATS, fmt)  # a wrong format is said before the document is built
        value = self.session_document(session_id, document, language)
        return write_document(value, fmt, out, self._session_dressing(session_id))

    def export_statements(self, session_id: int, *, fmt: str, out: str | os.PathLike[str]) -> Path:
        """The session's statement log as CSV or XLSX, for the secretariat's spreadsheets."""
        table_format = find(TABLE_FORMATS, fmt)
        with self._db.reading() as db:
            redact = redactor_for_meeting(db, session_row(db, session_id).meeting_id)
        rows = statement_rows(StatementService(self._db).of_session(session_id), redact)
        return table_format.write(STATEMENT_COLUMNS, rows, out)

    def export_meeting(
        self,
        meeting_id: int,
        *,
        fmt: str,
        out: str | os.PathLike[str],
        language: str = "en",
        document: str = "consolidated",
    ) -> Path:
        find(DOCUMENT_FORMATS, fmt)  # a wrong format is said before the document is built
        value = self.meeting_document(meeting_id, document, language)
        return write_document(value, fmt, out, self.dressing(meeting_id))


STATEMENT_COLUMNS = (
    "No.", "Start", "End", "Speaker", "On behalf of", "Co-signatories", "Category", "Kind",
    "Answers", "Reply chain", "Notes",
)  # fmt: skip


def statement_rows(statements: list[Statement], redact: Redactor) -> list[list[str]]:
    """The log as text cells; a speaker who asked not to be named is not named,
    not even in another statement's notes."""
    numbers = {s.id: s.number for s in statements}
    every = by_id(statements)
    return [
        [
            str(s.number),
            f"{s.start:%H:%M:%S}" if s.start else "",
            f"{s.end:%H:%M:%S}" if s.end else "",
            redact(name_for_documents(s)),
            redact(s.on_behalf_of),
            # A joint statement: everyone it was made for beside the lead.
            redact("; ".join(s.cosignatories)),
            s.category.value,
            s.kind.value,
            str(numbers.get(s.replying_to_id or -1, "")),
            # "3. Ukraine → 1. Russian Federation": what a reply answers, back to the statement.
            redact(chain_text(s, every)),
            redact(s.notes),
        ]
        for s in statements
    ]
