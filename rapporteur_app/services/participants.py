"""The people of a meeting: registered, or added on the fly during a session,
and tidied up afterwards (details corrected, two spellings of one person merged)."""

from sqlalchemy import select, update
from sqlalchemy.orm import Session as DbSession

from rapporteur_app.domain.errors import InvalidInput, NotFound
from rapporteur_app.domain.kinds import Category
from rapporteur_app.domain.model import Naming, Speaker
from rapporteur_app.domain.people import (
    MAX_NAME,
    MAX_ORGANIZATION,
    check_email,
    check_length,
)
from rapporteur_app.domain.text import clean_line, clean_text, require_line, search_key
from rapporteur_app.services.directory import DirectoryService
from rapporteur_app.services.lookup import meeting_row
from rapporteur_app.services.organization_resolver import OrganizationResolver
from rapporteur_app.store.convert import speaker_of
from rapporteur_app.store.database import Database
from rapporteur_app.store.models import OrganizationRow, QueueEntryRow, SpeakerRow, StatementRow


def _speaker_row(db: DbSession, speaker_id: int) -> SpeakerRow:
    row = db.get(SpeakerRow, speaker_id)
    if row is None:
        raise NotFound.coded("no-participant", id=speaker_id)
    return row


def _value(db: DbSession, row: SpeakerRow) -> Speaker:
    organization = db.get(OrganizationRow, row.organization_id) if row.organization_id else None
    return speaker_of(row, organization)


def _check_unique(db: DbSession, row: SpeakerRow) -> None:
    """One person per name and organization in a meeting: a second is a merge, not an edit."""
    twin = db.scalar(
        select(SpeakerRow).where(
            SpeakerRow.meeting_id == row.meeting_id,
            SpeakerRow.name_key == row.name_key,
            SpeakerRow.organization_id.is_(None)
            if row.organization_id is None
            else SpeakerRow.organization_id == row.organization_id,
            SpeakerRow.id != row.id if row.id is not None else SpeakerRow.id.is_not(None),
        )
    )
    if twin is not None:
        raise InvalidInput.coded("participant-twin", name=twin.name)


def _naming(db: DbSession, row: SpeakerRow) -> Naming:
    statements = db.execute(
        select(StatementRow.id, StatementRow.anonymous, StatementRow.anonymous_description)
        .where(StatementRow.speaker_id == row.id)
        .order_by(StatementRow.id)
    )
    queued = db.execute(
        select(QueueEntryRow.id, QueueEntryRow.anonymous)
        .where(QueueEntryRow.speaker_id == row.id)
        .order_by(QueueEntryRow.id)
    )
    return Naming(
        row.id,
        row.not_named,
        row.anonymous_description,
        tuple((i, bool(a), d) for i, a, d in statements),
        tuple((i, bool(a)) for i, a in queued),
    )


class ParticipantService:
    def __init__(self, db: Database, directory: DirectoryService) -> None:
        self._db = db
        self._directory = directory

    def of_meeting(self, meeting_id: int) -> list[Speaker]:
        with self._db.reading() as db:
            meeting_row(db, meeting_id)
            rows = db.execute(
                select(SpeakerRow, OrganizationRow)
                .outerjoin(OrganizationRow, OrganizationRow.id == SpeakerRow.organization_id)
                .where(SpeakerRow.meeting_id == meeting_id)
                .order_by(SpeakerRow.name_key, SpeakerRow.id)
            )
            return [speaker_of(row, organization) for row, organization in rows]

    def get(self, speaker_id: int) -> Speaker:
        with self._db.reading() as db:
            return _value(db, _speaker_row(db, speaker_id))

    def add(
        self,
        meeting_id: int,
        name: str,
        function: str = "",
        organization: str = "",
        category: Category | None = None,
        email: str = "",
    ) -> Speaker:
        """Add a person who was not registered. ``category`` is needed only for an
        organization that is neither stored nor in the reference lists."""
        name = check_length(require_line(name, "participant's name"), MAX_NAME, "name")
        organization = check_length(clean_line(organization), MAX_ORGANIZATION, "organization")
        email = check_email(clean_line(email))
        with self._db.writing() as db:
            meeting_row(db, meeting_id)
            organization_id = None
            if organization:
                organization_id = OrganizationResolver(db).get_or_add(organization, category).id
            row = SpeakerRow(
                meeting_id=meeting_id,
                name=name,
                name_key=search_key(name),
                function=clean_text(function).strip(),
                organization_id=organization_id,
                email=email,
            )
            _check_unique(db, row)
            db.add(row)
            db.flush()
            added = _value(db, row)
        self._directory.forget()
        return added

    def update(
        self,
        speaker_id: int,
        *,
        name: str | None = None,
        function: str | None = None,
        organization: str | None = None,
        category: Category | None = None,
        email: str | None = None,
    ) -> Speaker:
        """Correct a person's details. A new name is also the name their statements
        are logged under; a new organization is theirs from now on (statements keep
        the delegation they were made for)."""
        with self._db.writing() as db:
            row = _speaker_row(db, speaker_id)
            if name is not None:
                row.name = check_length(require_line(name, "participant's name"), MAX_NAME, "name")
                row.name_key = search_key(row.name)
                for table in (StatementRow, QueueEntryRow):
                    db.execute(
                        update(table)
                        .where(table.speaker_id == row.id)
                        .values(speaker_name=row.name)
                    )
            if function is not None:
                row.function = clean_text(function).strip()
            if email is not None:
                row.email = check_email(clean_line(email))
            if organization is not None:
                text = check_length(clean_line(organization), MAX_ORGANIZATION, "organization")
                row.organization_id = (
                    OrganizationResolver(db).get_or_add(text, category).id if text else None
                )
            _check_unique(db, row)
            changed = _value(db, row)
        self._directory.forget()
        return changed

    def set_not_named(
        self, speaker_id: int, not_named: bool, description: str | None = None
    ) -> Naming:
        """She asked not to be named (or may be named again): for the whole meeting, in
        every statement she made and makes, and in the queue. ``description`` replaces
        how she is described (None keeps it). Returns what it was, for an undo."""
        with self._db.writing() as db:
            row = _speaker_row(db, speaker_id)
            before = _naming(db, row)
            row.not_named = not_named
            if description is not None:
                row.anonymous_description = check_length(
                    clean_line(description), MAX_NAME, "description"
                )
            db.execute(
                update(StatementRow)
                .where(StatementRow.speaker_id == row.id)
                .values(anonymous=not_named, anonymous_description=row.anonymous_description)
            )
            db.execute(
                update(QueueEntryRow)
                .where(QueueEntryRow.speaker_id == row.id)
                .values(anonymous=not_named)
            )
            return before

    def restore_naming(self, naming: Naming) -> None:
        """Undo :meth:`set_not_named`: the person, her statements and queue places as they
        were (those since removed are left alone)."""
        with self._db.writing() as db:
            row = _speaker_row(db, naming.speaker_id)
            row.not_named = naming.not_named
            row.anonymous_description = naming.anonymous_description
            for statement_id, anonymous, description in naming.statements:
                db.execute(
                    update(StatementRow)
                    .where(StatementRow.id == statement_id)
                    .values(anonymous=anonymous, anonymous_description=description)
                )
            for entry_id, anonymous in naming.queued:
                db.execute(
                    update(QueueEntryRow)
                    .where(QueueEntryRow.id == entry_id)
                    .values(anonymous=anonymous)
                )

    def merge(self, keep_id: int, other_id: int) -> Speaker:
        """Two spellings of one person: their statements and queue places go to the first,
        which also takes any detail only the second had."""
        if keep_id == other_id:
            raise InvalidInput.coded("participant-merge-same")
        with self._db.writing() as db:
            keep, other = _speaker_row(db, keep_id), _speaker_row(db, other_id)
            if keep.meeting_id != other.meeting_id:
                raise InvalidInput.coded("participant-merge-meetings")
            for table in (StatementRow, QueueEntryRow):
                db.execute(
                    update(table)
                    .where(table.speaker_id == other.id)
                    .values(speaker_id=keep.id, speaker_name=keep.name)
                )
            keep.function = keep.function or other.function
            keep.email = keep.email or other.email
            keep.organization_id = keep.organization_id or other.organization_id
            # Either spelling's wish not to be named is the person's.
            keep.not_named = keep.not_named or other.not_named
            keep.anonymous_description = keep.anonymous_description or other.anonymous_description
            db.delete(other)
            db.flush()
            merged = _value(db, keep)
        self._directory.forget()
        return merged

    def delete(self, speaker_id: int) -> None:
        """Remove a person; statements they made stay, under the name they were logged."""
        with self._db.writing() as db:
            db.delete(_speaker_row(db, speaker_id))
        self._directory.forget()
