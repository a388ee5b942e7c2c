"""A PostgreSQL server announces every committed change (issue 15: seeing each other live).

The triggers are the server's, so a change made by plain SQL on a connection of
its own is heard like one made by the program; the program's own changes are not
taken for another's; and a source whose server restarted listens again by itself."""

import time
from collections.abc import Callable, Iterator

import psycopg
import pytest
from sqlalchemy import text

from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services
from rapporteur_app.services.changes import ServerNotices, change_source_for
from rapporteur_app.store import change_notices
from tests.postgres_server import PORT, SUPERUSER, PostgresServer

pytestmark = pytest.mark.timeout(120)


def _until(condition: Callable[[], bool], timeout_s: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


def _raw(server: PostgresServer, url: str) -> psycopg.Connection[tuple[object, ...]]:
    database = url.split("@/", 1)[1].split("?", 1)[0]
    return psycopg.connect(
        host=str(server.socket_dir), port=PORT, user=SUPERUSER, dbname=database, autocommit=True
    )


@pytest.fixture
def opened(postgres_url: str) -> Iterator[tuple[Services, ServerNotices]]:
    services = Services.open(postgres_url)
    source = change_source_for(services.db)
    assert isinstance(source, ServerNotices)
    assert source.wait_listening()
    yield services, source
    source.close()
    services.close()


def test_every_table_announces_its_changes(opened: tuple[Services, ServerNotices]) -> None:
    services, _source = opened
    with services.db.engine.connect() as connection:
        assert change_notices.missing(connection) == []
        connection.execute(text("CREATE TABLE later_table (id integer PRIMARY KEY)"))
        assert change_notices.missing(connection) == ["later_table"]
        assert change_notices.ensure(connection) == ["later_table"]
        assert change_notices.missing(connection) == []
        connection.rollback()


def test_plain_sql_from_another_connection_is_heard_and_our_own_writes_are_not(
    opened: tuple[Services, ServerNotices], postgres_server: PostgresServer, postgres_url: str
) -> None:
    services, source = opened
    meeting = services.meetings.add("Human Dimension Conference")
    session_id = services.sessions.add(meeting.id, "WS 1", "Tolerance").id
    services.statements.add(session_id, "Ingrid", "Norway", Category.DELEGATION)
    assert _until(lambda: source.heard >= 3)  # meeting, session, statement: each ours
    assert source.changed() is False

    with _raw(postgres_server, postgres_url) as other:
        other.execute("UPDATE statements SET notes = 'typed elsewhere'")
    assert _until(source.changed)
    assert source.changed() is False  # told once


def test_a_source_listens_again_after_the_server_restarted(
    opened: tuple[Services, ServerNotices], postgres_server: PostgresServer, postgres_url: str
) -> None:
    _services, source = opened
    postgres_server.restart(mode="immediate")
    # Notices sent while it was away are lost: coming back counts as a change.
    assert _until(source.changed, timeout_s=30)
    assert source.wait_listening(timeout=30)
    heard = source.heard
    with _raw(postgres_server, postgres_url) as other:
        other.execute("INSERT INTO meetings (title, venue, background, created_at, documents)"
                      " VALUES ('Written after the restart', '', '', now(), '')")  # fmt: skip
    assert _until(lambda: source.heard > heard)
    assert source.changed() is True


def test_a_source_stops_listening_when_its_database_is_closed(postgres_url: str) -> None:
    services = Services.open(postgres_url)
    source = change_source_for(services.db)
    assert isinstance(source, ServerNotices) and source.wait_listening()
    services.close()  # a window destroyed without closing its hub must not leave it behind
    assert _until(lambda: not source._thread.is_alive())
    source.close()
