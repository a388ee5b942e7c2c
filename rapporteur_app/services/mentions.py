"""Words that may name a speaker who asked not to be named, left in a meeting's texts.

The redactor replaces every form of such a name it can be sure of; an inflected
form ("Анны Ивановой" for "Анна Иванова") or a given name alone it cannot
replace without blotting out other people. Those are reported here, for the
rapporteur to look at before a document goes out (the rapport tab's warnings,
and a line on the command line's stderr before an export).
"""

from collections.abc import Iterable

from sqlalchemy import select

from rapporteur_app.services.consolidated_value import mentions_warning, possible_mentions_in
from rapporteur_app.services.document_builder import redactor_for_meeting
from rapporteur_app.services.lookup import session_row
from rapporteur_app.store.database import Database
from rapporteur_app.store.models import (
    RecommendationRow,
    SessionItemRow,
    SessionRow,
    StatementRow,
)


def possible_mentions(
    db: Database, *, session_id: int | None = None, meeting_id: int | None = None
) -> list[str]:
    """The words of the session's (or the whole meeting's) texts that look like a
    form of an anonymous speaker's name, as written, each once."""
    with db.reading() as session:
        if session_id is not None:
            meeting_id = session_row(session, session_id).meeting_id
        assert meeting_id is not None
        redact = redactor_for_meeting(session, meeting_id)
        if not redact.stems:
            return []
        sessions = select(SessionRow.id).where(SessionRow.meeting_id == meeting_id)
        if session_id is not None:
            sessions = sessions.where(SessionRow.id == session_id)
        ids = list(session.scalars(sessions))
        texts: list[Iterable[str]] = [
            session.scalars(select(SessionRow.narrative).where(SessionRow.id.in_(ids))),
            session.scalars(select(SessionRow.background).where(SessionRow.id.in_(ids))),
            session.scalars(select(StatementRow.notes).where(StatementRow.session_id.in_(ids))),
            session.scalars(
                select(RecommendationRow.text).where(RecommendationRow.session_id.in_(ids))
            ),
            session.scalars(select(SessionItemRow.text).where(SessionItemRow.session_id.in_(ids))),
        ]
        return possible_mentions_in(redact, texts)


__all__ = ["mentions_warning", "possible_mentions"]
