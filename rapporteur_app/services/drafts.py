"""The draft narrative of a session, built from its log in one read transaction."""

from sqlalchemy import select

from rapporteur_app.domain.draft.narrative import Draft, build_draft
from rapporteur_app.domain.labels import labels_for
from rapporteur_app.services.document_builder import redactor_for_meeting
from rapporteur_app.services.lookup import session_row
from rapporteur_app.services.sessions import with_details
from rapporteur_app.store.convert import statement_of
from rapporteur_app.store.database import Database
from rapporteur_app.store.models import StatementRow


class DraftService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def draft(self, session_id: int, language: str = "en") -> Draft:
        """The draft in the document language ``language`` (en, fr, de, it, ru, es, en-ru).

        Nothing is written: the rapporteur decides where the draft goes.
        """
        labels = labels_for(language)
        with self._db.reading() as db:
            session = with_details(db, [session_row(db, session_id)])[0]
            rows = db.scalars(
                select(StatementRow)
                .where(StatementRow.session_id == session_id)
                .order_by(StatementRow.position, StatementRow.id)
            )
            statements = [statement_of(row, number) for number, row in enumerate(rows, start=1)]
            redact = redactor_for_meeting(db, session.meeting_id)
        return build_draft(session, statements, labels, redact)
