"""Every service over one open database: what the GUI and the command line hold.

The services the live console needs are made with the object; the others (the
documents, drafts, the exchange format, registration, the recommendation review)
are imported and made the first time they are asked for: their modules (babel,
the document values, jsonschema's schema, the fuzzy matching) would otherwise be
imported before the window can show its first session.
"""

from __future__ import annotations

import os
from contextlib import AbstractContextManager
from functools import cached_property
from typing import TYPE_CHECKING

from rapporteur_app.services.directory import DirectoryService
from rapporteur_app.services.floor import FloorService
from rapporteur_app.services.meetings import MeetingService
from rapporteur_app.services.organizations import OrganizationService
from rapporteur_app.services.panel import PanelService
from rapporteur_app.services.queue import QueueService
from rapporteur_app.services.recommendations import RecommendationService
from rapporteur_app.services.sessions import SessionService
from rapporteur_app.services.statements import StatementService
from rapporteur_app.services.tally import TallyService
from rapporteur_app.store.database import Database

if TYPE_CHECKING:
    from rapporteur_app.services.documents import DocumentService
    from rapporteur_app.services.drafts import DraftService
    from rapporteur_app.services.exchange import ExchangeService
    from rapporteur_app.services.participants import ParticipantService
    from rapporteur_app.services.recommendation_review import RecommendationReviewService
    from rapporteur_app.services.registration import RegistrationService


class Services:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.meetings = MeetingService(db)
        self.sessions = SessionService(db)
        self.statements = StatementService(db)
        self.recommendations = RecommendationService(db)
        self.tally = TallyService(db)
        self.queue = QueueService(db)
        self.floor = FloorService(db)
        self.panel = PanelService(db)
        self.directory = DirectoryService(db)
        self.organizations = OrganizationService(db, self.directory)

    # Made when first asked for (see the module's note); cached_property locks the
    # first making, so two threads asking at once get one service.
    @cached_property
    def documents(self) -> DocumentService:
        from rapporteur_app.services.documents import DocumentService

        return DocumentService(self.db)

    @cached_property
    def drafts(self) -> DraftService:
        from rapporteur_app.services.drafts import DraftService

        return DraftService(self.db)

    @cached_property
    def exchange(self) -> ExchangeService:
        from rapporteur_app.services.exchange import ExchangeService

        return ExchangeService(self.db)

    @cached_property
    def recommendation_review(self) -> RecommendationReviewService:
        from rapporteur_app.services.recommendation_review import RecommendationReviewService

        return RecommendationReviewService(self.db)

    @cached_property
    def participants(self) -> ParticipantService:
        from rapporteur_app.services.participants import ParticipantService

        return ParticipantService(self.db, self.directory)

    @cached_property
    def registration(self) -> RegistrationService:
        from rapporteur_app.services.registration import RegistrationService

        return RegistrationService(self.db, self.directory)

    @classmethod
    def open(
        cls, location: str | os.PathLike[str] | None = None, *, backup: bool = True
    ) -> Services:
        """Open the database (the user's default one when ``location`` is None); a
        caller that only reads passes ``backup=False`` (no backup taken on open)."""
        return cls(Database.open(location, backup=backup))

    def waiting_at_most(self, seconds: float) -> AbstractContextManager[None]:
        """Writes made inside the block wait at most ``seconds`` for a database another
        program holds, then raise DatabaseLocked (the live console keeps the action
        and tries again itself, instead of freezing in the wait)."""
        return self.db.waiting_at_most(seconds)

    def close(self) -> None:
        self.db.close()
