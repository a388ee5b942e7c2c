"""Who may write what, enforced by the server (issue 15): a rapporteur's role writes only
the sessions given to it, even with plain SQL on a connection of its own; the
secretariat writes everything; a refused change is one line and changes nothing."""

import itertools
import os
import subprocess
import sys
from collections.abc import Callable, Iterator

import psycopg
import pytest

from rapporteur_app.domain.errors import InvalidInput, NotAllowed, NotFound
from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services
from tests.postgres_server import PORT, PostgresServer

pytestmark = pytest.mark.timeout(180)
_numbers = itertools.count()


def _database(url: str) -> str:
    return url.split("@/", 1)[1].split("?", 1)[0]


@pytest.fixture
def new_role(postgres_server: PostgresServer, postgres_url: str) -> Iterator[Callable[[str], str]]:
    """Login roles made by the server's administrator (cluster-wide: dropped after)."""
    made: list[str] = []

    def make(name: str) -> str:
        role = f"{name}_{os.getpid()}_{next(_numbers)}"
        postgres_server.admin(f'CREATE ROLE "{role}" LOGIN')
        made.append(role)
        return role

    yield make
    for role in made:
        postgres_server.admin(f'DROP OWNED BY "{role}"', database=_database(postgres_url))
        postgres_server.admin(f'DROP ROLE IF EXISTS "{role}"')


@pytest.fixture
def team(postgres_url: str) -> Iterator[tuple[Services, int, int]]:
    """The secretariat (the tables' owner) with a meeting of two sessions, roles set up."""
    owner = Services.open(postgres_url)
    meeting = owner.meetings.add("Human Dimension Conference")
    first = owner.sessions.add(meeting.id, "WS 1", "Tolerance").id
    second = owner.sessions.add(meeting.id, "WS 2", "Media freedom").id
    statement = owner.statements.add(
        second, "Pierre", "France", Category.DELEGATION, cosignatories=["Belgium"]
    )
    owner.statements.update(statement.id, notes="France said this.")
    owner.recommendations.add(second, "participating States", "Fund shelters.", statement.id)
    assert owner.team.setup_roles()
    yield owner, first, second
    owner.close()


def _rows(owner: Services, session_id: int) -> list[object]:
    return [
        owner.sessions.get(session_id),
        owner.statements.of_session(session_id),
        owner.recommendations.of_session(session_id),
        owner.tally.for_session(session_id),
    ]


def _connect(server: PostgresServer, url: str, role: str) -> psycopg.Connection[tuple[object, ...]]:
    return psycopg.connect(
        host=str(server.socket_dir), port=PORT, user=role, dbname=_database(url), autocommit=True
    )


def test_a_rapporteurs_role_cannot_write_another_session_even_with_plain_sql(
    team: tuple[Services, int, int],
    new_role: Callable[[str], str],
    postgres_server: PostgresServer,
    postgres_url: str,
) -> None:
    owner, mine, theirs = team
    anna = new_role("anna")
    owner.team.grant(anna, [mine])
    before = _rows(owner, theirs)
    statement_id = owner.statements.of_session(theirs)[0].id
    attempts = [
        f"INSERT INTO statements (session_id, position, speaker_name, on_behalf_of, category,"
        f" kind, notes, anonymous, anonymous_description, created_at, updated_at) VALUES"
        f" ({theirs}, 9, 'Anna', 'Austria', 'delegation', 'statement', '', false, '', now(),"
        f" now())",
        f"UPDATE statements SET notes = 'rewritten' WHERE session_id = {theirs}",
        f"UPDATE statements SET notes = 'rewritten' WHERE id = {statement_id}",
        f"DELETE FROM statements WHERE session_id = {theirs}",
        f"UPDATE sessions SET narrative = 'rewritten' WHERE id = {theirs}",
        f"DELETE FROM sessions WHERE id = {theirs}",
        f"UPDATE recommendations SET text = 'rewritten' WHERE session_id = {theirs}",
        f"DELETE FROM session_tallies WHERE session_id = {theirs}",
        f"UPDATE session_tallies SET delegations = 99 WHERE session_id = {theirs}",
        f"DELETE FROM statement_cosignatories WHERE statement_id = {statement_id}",
        f"INSERT INTO statement_cosignatories (statement_id, position, name)"
        f" VALUES ({statement_id}, 2, 'Spain')",
        "UPDATE meetings SET title = 'rewritten'",
        f"INSERT INTO session_grants (role_name, session_id) VALUES ('{anna}', {theirs})",
        f"UPDATE team_members SET secretariat = true WHERE role_name = '{anna}'",
        "TRUNCATE statements CASCADE",
        "ALTER TABLE statements DISABLE ROW LEVEL SECURITY",
        "DROP TRIGGER tr_guard_session ON statements",
        "SET ROLE rapporteur_test",
    ]
    with _connect(postgres_server, postgres_url, anna) as raw:
        # Moving her own statement into the other session is writing the other session.
        raw.execute(
            "INSERT INTO statements (session_id, position, speaker_name, on_behalf_of, category,"
            " kind, notes, anonymous, anonymous_description, created_at, updated_at) VALUES"
            f" ({mine}, 1, 'Anna', 'Austria', 'delegation', 'statement', '', false, '', now(),"
            " now())"
        )
        attempts.append(f"UPDATE statements SET session_id = {theirs} WHERE session_id = {mine}")
        for sql in attempts:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                raw.execute(sql)  # type: ignore[call-overload]
    assert _rows(owner, theirs) == before
    assert [s.speaker for s in owner.statements.of_session(mine)] == ["Anna"]


def test_through_the_program_a_refused_write_is_one_line_and_changes_nothing(
    team: tuple[Services, int, int],
    new_role: Callable[[str], str],
    postgres_server: PostgresServer,
    postgres_url: str,
) -> None:
    owner, mine, theirs = team
    anna, berit = new_role("anna"), new_role("berit")
    assert owner.team.grant(anna, [mine]).sessions == (mine,)
    assert owner.team.grant(berit, [], secretariat=True).secretariat
    before = _rows(owner, theirs)
    as_anna = Services.open(postgres_server.url(_database(postgres_url), role=anna))
    try:
        # Her own session, with an organization nobody had met yet: the meeting's.
        as_anna.statements.add(mine, "Ingrid", "Norway", Category.DELEGATION)
        as_anna.sessions.update(mine, narrative="The session examined tolerance.")
        refusals = [
            lambda: as_anna.statements.add(theirs, "Anna", "Austria", Category.DELEGATION),
            lambda: as_anna.sessions.update(theirs, narrative="Rewritten."),
            lambda: as_anna.statements.update(before[1][0].id, notes="Rewritten."),  # type: ignore[index]
            lambda: as_anna.recommendations.add(theirs, "the OSCE", "Rewritten.", None),
            lambda: as_anna.floor.count_only(theirs, Category.MEDIA),
        ]
        for attempt in refusals:
            with pytest.raises(NotAllowed) as refused:
                attempt()
            message = str(refused.value)
            assert "\n" not in message
            assert message.startswith("The server refused this change:")
            assert anna in message and "Nothing was changed." in message
        assert _rows(owner, theirs) == before
        assert [s.on_behalf_of for s in owner.statements.of_session(mine)] == ["Norway"]
    finally:
        as_anna.close()

    as_berit = Services.open(postgres_server.url(_database(postgres_url), role=berit))
    try:
        as_berit.statements.add(theirs, "Berit", "Sweden", Category.DELEGATION)
        as_berit.sessions.update(theirs, narrative="Compiled by the secretariat.")
    finally:
        as_berit.close()
    assert owner.tally.for_session(theirs).statements == 2

    # Taking the session back: she may read, and write nothing.
    assert owner.team.revoke(anna, [mine]) is None
    as_anna = Services.open(postgres_server.url(_database(postgres_url), role=anna))
    try:
        assert as_anna.tally.for_session(mine).statements == 1
        with pytest.raises(NotAllowed):
            as_anna.statements.add(mine, "Anna", "Austria", Category.DELEGATION)
    finally:
        as_anna.close()


def test_the_team_commands(
    team: tuple[Services, int, int],
    new_role: Callable[[str], str],
    postgres_server: PostgresServer,
    postgres_url: str,
) -> None:
    _owner, mine, theirs = team
    anna = new_role("anna")

    def run(*args: str, url: str = postgres_url) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "rapporteur_app", "--db", url, *args],
            check=False, capture_output=True, text=True, timeout=60,
        )  # fmt: skip

    done = run("team", "setup-roles")
    assert done.returncode == 0, done.stderr
    assert "guards" in done.stdout
    done = run("team", "grant", "--rapporteur", anna, "--session", str(mine))
    assert (done.returncode, done.stdout.strip()) == (0, f"{anna} may write session {mine}.")
    assert anna in run("team", "list").stdout
    as_anna = postgres_server.url(_database(postgres_url), role=anna)
    refused = run("statement", "add", "--session", str(theirs), "--speaker", "Anna",
                  "--on-behalf-of", "Austria", "--category", "delegation", url=as_anna)  # fmt: skip
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1
    assert "The server refused this change" in refused.stderr and "Traceback" not in refused.stderr
    allowed = run("statement", "add", "--session", str(mine), "--speaker", "Anna",
                  "--on-behalf-of", "Austria", "--category", "delegation", url=as_anna)  # fmt: skip
    assert allowed.returncode == 0, allowed.stderr
    missing = run("team", "grant", "--rapporteur", "nobody_here", "--session", str(mine))
    assert missing.returncode == 2 and "There is no role" in missing.stderr


def test_roles_are_a_servers_and_a_grant_needs_the_setup(
    db_path: object, postgres_url: str, new_role: Callable[[str], str]
) -> None:
    laptop = Services.open(str(db_path))
    try:
        with pytest.raises(InvalidInput, match="PostgreSQL server"):
            laptop.team.setup_roles()
    finally:
        laptop.close()
    server = Services.open(postgres_url)
    try:
        meeting = server.meetings.add("Human Dimension Conference")
        session_id = server.sessions.add(meeting.id, "WS 1", "Tolerance").id
        with pytest.raises(InvalidInput, match="team setup-roles"):
            server.team.grant(new_role("anna"), [session_id])
        server.team.setup_roles()
        with pytest.raises(NotFound, match="no session 99"):
            server.team.grant(new_role("anna"), [99])
    finally:
        server.close()


def test_the_floor_keys_write_her_session_and_the_server_refuses_another(
    team: tuple[Services, int, int],
    new_role: Callable[[str], str],
    postgres_server: PostgresServer,
    postgres_url: str,
) -> None:
    """F5 and F6 write without an ORM Session (services/floor.py): the server's row
    security holds them as it holds every other write."""
    owner, mine, theirs = team
    anna = new_role("anna")
    owner.team.grant(anna, [mine])
    for session_id in (mine, theirs):
        owner.queue.add(session_id, "Ingrid", "Norway", Category.DELEGATION,
                        cosignatories=["Iceland"])  # fmt: skip
        owner.queue.add(session_id, "Olga", "Serbia", Category.DELEGATION)
    owner.floor.give_floor(theirs)  # Ingrid speaks in their session
    before = (_rows(owner, theirs), owner.queue.of_session(theirs))
    as_anna = Services.open(postgres_server.url(_database(postgres_url), role=anna))
    try:
        for key in (as_anna.floor.give_floor_shown, as_anna.floor.end_floor):
            with pytest.raises(NotAllowed) as refused:
                key(theirs)
            assert str(refused.value).startswith("The server refused this change:")
            assert "\n" not in str(refused.value)
        assert (_rows(owner, theirs), owner.queue.of_session(theirs)) == before
        # Her own session: the floor given (the joint statement's co-signatory with it),
        # given again (the first ended), ended.
        (given, _entry, _ended), tally, queue = as_anna.floor.give_floor_shown(mine)
        assert given.cosignatories == ("Iceland",) and tally.delegations == 1
        (_given, _entry, ended), _tally, queue = as_anna.floor.give_floor_shown(mine)
        assert ended is not None and ended.id == given.id and queue == []
        assert as_anna.floor.end_floor(mine) is not None
    finally:
        as_anna.close()
    assert [s.end is not None for s in owner.statements.of_session(mine)] == [True, True]
