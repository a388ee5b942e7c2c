"""The people of a meeting: registered, or added on the fly during a session."""

from sqlalchemy import select, update

from rapporteur_app.domain.errors import InvalidInput, NotFound
from rapporteur_app.domain.model import Speaker
from rapporteur_app.services.lookup import meeting_row
from rapporteur_app.store.convert import speaker_of
from rapporteur_app.store.database import Database
from rapporteur_app.store.models import OrganizationRow, QueueEntryRow, SpeakerRow, StatementRow


class ParticipantService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def of_meeting(self, meeting_id: int) -> list[Speaker]:
        with self._db.reading() as db:
            meeting_row(db, meeting_id)
            rows = db.execute(
                select(SpeakerRow, OrganizationRow.name)
                .outerjoin(OrganizationRow, OrganizationRow.id == SpeakerRow.organization_id)
                .where(SpeakerRow.meeting_id == meeting_id)
                .order_by(SpeakerRow.name_key, SpeakerRow.id)
            )
            return [speaker_of(row, organization or "") for row, organization in rows]

    def merge(self, keep_id: int, other_id: int) -> Speaker:
        """Two spellings of one person: their statements and queue places go to the first."""
        if keep_id == other_id:
            raise InvalidInput("Choose two different people to merge.")
        with self._db.writing() as db:
            keep, other = db.get(SpeakerRow, keep_id), db.get(SpeakerRow, other_id)
            if keep is None or other is None:
                raise NotFound(f"There is no participant {other_id if keep else keep_id}.")
            if keep.meeting_id != other.meeting_id:
                raise InvalidInput("Only people of the same meeting can be merged.")
            for table in (StatementRow, QueueEntryRow):
                db.execute(
                    update(table)
                    .where(table.speaker_id == other.id)
                    .values(speaker_id=keep.id, speaker_name=keep.name)
                )
            keep.function = keep.function or other.function
            keep.email = keep.email or other.email
            keep.organization_id = keep.organization_id or other.organization_id
            db.delete(other)
            db.flush()
            organization = db.get(OrganizationRow, keep.organization_id or -1)
            return speaker_of(keep, organization.name if organization else "")
