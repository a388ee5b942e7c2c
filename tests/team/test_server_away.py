"""A writer whose PostgreSQL server goes away mid-session (issue 15): each action
meanwhile is refused in one line saying so (a statement is kept on the laptop and
written when the server is back: tests/team/test_kept_while_away.py), what was saved
before stays, and the same open program writes again once the server is back,
without being restarted."""

import pytest

from rapporteur_app.domain.errors import StoreError
from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services
from tests.postgres_server import PostgresServer


@pytest.mark.timeout(120)
def test_a_writer_says_the_server_is_away_in_one_line_and_carries_on(
    postgres_server: PostgresServer, postgres_url: str
) -> None:
    services = Services.open(postgres_url)
    try:
        meeting = services.meetings.add("Human Dimension Conference")
        session_id = services.sessions.add(meeting.id, "WS 1", "Tolerance").id
        services.statements.add(session_id, "Before", "Austria", Category.DELEGATION)
        postgres_server.stop(mode="immediate")
        try:
            with pytest.raises(StoreError) as refused:
                services.statements.add(session_id, "Meanwhile", "Austria", Category.DELEGATION)
        finally:
            postgres_server.start()
        message = str(refused.value)
        assert "\n" not in message
        assert message.startswith("The database server cannot be reached")
        assert "socket" not in message  # the driver's details go to the log
        services.statements.add(session_id, "After", "Austria", Category.DELEGATION)
        speakers = [s.speaker for s in services.statements.of_session(session_id)]
        assert speakers == ["Before", "Meanwhile", "After"]  # the kept one first, once
        with pytest.raises(StoreError) as away:
            postgres_server.stop(mode="immediate")
            try:
                services.meetings.add("Typed while away, not a statement")
            finally:
                postgres_server.start()
        assert str(away.value).startswith("The database server cannot be reached")
        assert "this action was not saved" in str(away.value)
    finally:
        services.close()
