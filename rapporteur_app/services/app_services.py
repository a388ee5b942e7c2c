"""Every service over one open database: what the GUI and the command line hold.

The services the live console needs are made with the object; the others (the
documents and their settings, drafts, the exchange format and the hand-off files,
final rapports, registration, the recommendation review, the annual report) are
imported and made the first time they are asked for: their modules (babel, the
document values, jsonschema's schema, the fuzzy matching) would otherwise be
imported before the window can show its first session.
"""

from __future__ import annotations

import os
from contextlib import AbstractContextManager
from functools import cached_property
from typing import TYPE_CHECKING

# A final rapport stays final on every path: importing the guard registers it on every
# database session the services open (services/final_lock.py).
from rapporteur_app.services import final_lock as _final_lock  # noqa: F401
from rapporteur_app.services.directory import DirectoryService
from rapporteur_app.services.floor import FloorService
from rapporteur_app.services.follow_up import FollowUpService
from rapporteur_app.services.kept_statements import KeptStatementService
from rapporteur_app.services.meetings import MeetingService
from rapporteur_app.services.organizations import OrganizationService
from rapporteur_app.services.panel import PanelService
from rapporteur_app.services.queue import QueueService
from rapporteur_app.services.recommendations import RecommendationService
from rapporteur_app.services.search import SearchService
from rapporteur_app.services.sessions import SessionService
from rapporteur_app.services.statements import StatementService
from rapporteur_app.services.tally import TallyService
from rapporteur_app.services.team import TeamService
from rapporteur_app.services.year import YearService
from rapporteur_app.store.database import Database

if TYPE_CHECKING:
    from rapporteur_app.services.annual_reports import AnnualReportService
    from rapporteur_app.services.document_settings import DocumentSettingsService
    from rapporteur_app.services.documents import DocumentService
    from rapporteur_app.services.drafts import DraftService
    from rapporteur_app.services.exchange import ExchangeService
    from rapporteur_app.services.handoff import HandoffService
    from rapporteur_app.services.participants import ParticipantService
    from rapporteur_app.services.rapports import RapportService
    from rapporteur_app.services.recommendation_review import RecommendationReviewService
    from rapporteur_app.services.registration import RegistrationService


class Services:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.meetings = MeetingService(db)
        self.sessions = SessionService(db)
        # On a server, what is typed while it is away is kept on the laptop (journal).
        self.statements = KeptStatementService(db) if db.path is None else StatementService(db)
        self.recommendations = RecommendationService(db)
        self.tally = TallyService(db)
        self.search = SearchService(db)
        self.queue = QueueService(db)
        self.floor = FloorService(db)
        self.panel = PanelService(db)
        self.directory = DirectoryService(db)
        self.organizations = OrganizationService(db, self.directory)
        self.year = YearService(db)
        self.follow_up = FollowUpService(db)
        self.team = TeamService(db)
        if isinstance(self.statements, KeptStatementService):
            self.statements.resume()

    # Made when first asked for (see the module's note); cached_property locks the
    # first making on Python 3.11, so two threads asking at once get one service.
    @cached_property
    def documents(self) -> DocumentService:
        from rapporteur_app.services.documents import DocumentService

        return DocumentService(self.db)

    @cached_property
    def document_settings(self) -> DocumentSettingsService:
        from rapporteur_app.services.document_settings import DocumentSettingsService

        return DocumentSettingsService(self.db)

    @cached_property
    def drafts(self) -> DraftService:
        from rapporteur_app.services.drafts import DraftService

        return DraftService(self.db)

    @cached_property
    def exchange(self) -> ExchangeService:
        from rapporteur_app.services.exchange import ExchangeService

        return ExchangeService(self.db)

    @cached_property
    def handoff(self) -> HandoffService:
        from rapporteur_app.services.handoff import HandoffService

        return HandoffService(self.db)

    @cached_property
    def rapports(self) -> RapportService:
        from rapporteur_app.services.rapports import RapportService

        return RapportService(self.db)

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

    @cached_property
    def annual_reports(self) -> AnnualReportService:
        from rapporteur_app.services.annual_reports import AnnualReportService

        return AnnualReportService(self.db, self.year, self.follow_up)

    @classmethod
    def open(
        cls, location: str | os.PathLike[str] | None = None, *, backup: bool = True
    ) -> Services:
        """Open the database (the user's default one when ``location`` is None); a
        caller that only reads passes ``backup=False`` (no backup taken on open)."""
        return cls(Database.open(location, backup=backup))

    @property
    def kept_waiting(self) -> int:
        """How many typed changes wait on this computer for the server (0 on SQLite)."""
        if isinstance(self.statements, KeptStatementService):
            return self.statements.journal.waiting
        return 0

    def waiting_at_most(self, seconds: float) -> AbstractContextManager[None]:
        """Writes made inside the block wait at most ``seconds`` for a database another
        program holds, then raise DatabaseLocked (the live console keeps the action
        and tries again itself, instead of freezing in the wait)."""
        return self.db.waiting_at_most(seconds)

    def close(self) -> None:
        if isinstance(self.statements, KeptStatementService):
            self.statements.journal.close()
        self.db.close()
