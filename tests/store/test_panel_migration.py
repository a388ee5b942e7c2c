"""Migration 0012 on a saved database of the first schema: every session gets the
panellist limit, a presentation can be logged and is not counted, and merged
recommendations can keep several sources."""

import shutil
from pathlib import Path

from rapporteur_app.domain.kinds import StatementKind
from rapporteur_app.services.app_services import Services

_SAVED = Path(__file__).parent.parent / "reliability" / "fixtures" / "schema-0001.sqlite3"


def test_an_old_database_takes_presentations_after_the_upgrade(tmp_path: Path) -> None:
    database = tmp_path / "old.sqlite3"
    shutil.copyfile(_SAVED, database)
    services = Services.open(database)
    try:
        meeting = services.meetings.all()[0]
        session = next(s for s in services.sessions.of_meeting(meeting.id) if s.introducers)
        assert session.panel_limit_s == 600
        before = services.tally.for_session(session.id)
        presentation, _ = services.panel.give_floor(session.id, 1)
        assert presentation.kind is StatementKind.PRESENTATION
        assert services.statements.get(presentation.id).speaker == session.introducers[0].name
        assert services.tally.for_session(session.id) == before
        floor = [s for s in services.statements.of_session(session.id) if not s.is_presentation]
        first = services.recommendations.add(session.id, "osce", "Same words.", floor[0].id)
        second = services.recommendations.add(session.id, "osce", "same words", floor[1].id)
        services.recommendation_review.merge_duplicates(first.id, [second.id])
        review = services.recommendation_review.review(session.id)
        kept = next(i for i in review.items if i.recommendation.id == first.id)
        assert [s.statement_id for s in kept.sources] == [floor[0].id, floor[1].id]
    finally:
        services.close()
