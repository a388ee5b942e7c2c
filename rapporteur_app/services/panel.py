"""Giving the floor to the panel's own speakers: the moderator's opening and each
introducer's presentation, logged as statements of kind 'presentation'.

The statement is never counted in the tally. It takes the organization's
category when the organization is known (stored, or on the reference lists),
because the column needs one; no organization is added to the directory for
it, since a panellist's institute is not a participant of the floor.
"""

from datetime import time

from sqlalchemy import select

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.kinds import Category, StatementKind
from rapporteur_app.domain.model import Statement
from rapporteur_app.domain.panel import PanelSpeaker, panel_speakers
from rapporteur_app.domain.reference import reference_for
from rapporteur_app.domain.text import search_key
from rapporteur_app.services.floor import now
from rapporteur_app.services.lookup import next_position, session_row, statement_row
from rapporteur_app.services.sessions import with_details
from rapporteur_app.services.statements import statement_number
from rapporteur_app.store.convert import statement_of
from rapporteur_app.store.database import Database
from rapporteur_app.store.models import OrganizationRow, StatementRow

# The category a presentation carries when its organization is unknown: never counted.
UNKNOWN_PANEL_CATEGORY = Category.OSCE_INSTITUTION


class PanelService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def speakers(self, session_id: int) -> tuple[PanelSpeaker, ...]:
        with self._db.reading() as db:
            return panel_speakers(with_details(db, [session_row(db, session_id)])[0])

    def next_speaker(self, session_id: int) -> int | None:
        """The index in :meth:`speakers` of the first panel speaker who has not yet
        presented (so that one key walks through the panel), or None when all have."""
        with self._db.reading() as db:
            speakers = panel_speakers(with_details(db, [session_row(db, session_id)])[0])
            spoken = {
                search_key(name)
                for name in db.scalars(
                    select(StatementRow.speaker_name).where(
                        StatementRow.session_id == session_id,
                        StatementRow.kind == StatementKind.PRESENTATION.value,
                    )
                )
            }
        for index, speaker in enumerate(speakers):
            if search_key(speaker.name) not in spoken:
                return index
        return None

    def give_floor(
        self, session_id: int, index: int, at: time | None = None
    ) -> tuple[Statement, Statement | None]:
        """Give the floor to the panel speaker at ``index`` of :meth:`speakers`.

        Ends the statement on the floor first, if any; returns the presentation
        and the statement that was ended (so that an undo can restore both).
        """
        started = at or now()
        with self._db.writing() as db:
            session = with_details(db, [session_row(db, session_id)])[0]
            speakers = panel_speakers(session)
            if not 0 <= index < len(speakers):
                raise InvalidInput.coded("panel-no-number", count=len(speakers), number=index + 1)
            speaker = speakers[index]
            ended = None
            previous = db.scalar(
                select(StatementRow).where(
                    StatementRow.session_id == session_id,
                    StatementRow.start_time.is_not(None),
                    StatementRow.end_time.is_(None),
                )
            )
            if previous is not None:
                previous.end_time = max(started, previous.start_time or started)
                ended = statement_of(previous, statement_number(db, previous))
            organization = None
            if speaker.organization:
                organization = db.scalar(
                    select(OrganizationRow).where(
                        OrganizationRow.name_key == search_key(speaker.organization)
                    )
                )
            category = UNKNOWN_PANEL_CATEGORY
            if organization is not None:
                category = Category(organization.category)
            elif (known := reference_for(speaker.organization)) is not None:
                category = known.category
            row = StatementRow(
                session_id=session_id,
                position=next_position(
                    db, StatementRow.position, StatementRow.session_id == session_id
                ),
                speaker_name=speaker.name,
                organization_id=organization.id if organization is not None else None,
                on_behalf_of=speaker.organization,
                category=category.value,
                kind=StatementKind.PRESENTATION.value,
                start_time=started,
            )
            db.add(row)
            db.flush()
            return statement_of(row, statement_number(db, row)), ended

    def take_back(self, statement_id: int, ended_id: int | None) -> None:
        """Undo :meth:`give_floor`: remove the presentation, reopen the one it ended."""
        with self._db.writing() as db:
            row = statement_row(db, statement_id)
            if row.kind != StatementKind.PRESENTATION.value:
                raise InvalidInput.coded("not-a-panel-statement", statement=statement_id)
            db.delete(row)
            if ended_id is not None:
                statement_row(db, ended_id).end_time = None
