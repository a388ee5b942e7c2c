"""The counts the store keeps per session equal a fresh count of the statements after
every kind of edit: logging, changing, deleting, undoing, the floor, organization
merges, loading an exchange file, deleting a session and restoring a backup."""

from datetime import time
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from rapporteur_app.domain.errors import RapporteurError
from rapporteur_app.domain.kinds import Category, StatementKind
from rapporteur_app.domain.model import RemovedStatement
from rapporteur_app.domain.tally import Tally
from rapporteur_app.services.app_services import Services
from rapporteur_app.services.backups import BackupService

FRESH = text(
    "SELECT s.id, count(t.id),"
    " sum(CASE WHEN t.kind = 'statement' AND t.category = 'delegation' THEN 1 ELSE 0 END),"
    " sum(CASE WHEN t.kind = 'statement' AND t.category = 'civil-society' THEN 1 ELSE 0 END),"
    " sum(CASE WHEN t.kind = 'statement' AND t.category = 'osce-institution' THEN 1 ELSE 0 END),"
    " sum(CASE WHEN t.kind = 'statement' AND t.category = 'international-organization'"
    " THEN 1 ELSE 0 END),"
    " sum(CASE WHEN t.kind = 'statement' AND t.category = 'media' THEN 1 ELSE 0 END),"
    " sum(CASE WHEN t.kind = 'right-of-reply' THEN 1 ELSE 0 END)"
    " FROM sessions s LEFT JOIN statements t ON t.session_id = s.id GROUP BY s.id"
)
KEPT = text(
    "SELECT session_id, logged, delegations, civil_society, osce_institutions,"
    " international_organizations, media, rights_of_reply FROM session_tallies"
)


def _check_kept_equal_fresh(services: Services) -> None:
    with services.db.engine.connect() as connection:
        fresh = {row[0]: tuple(int(v or 0) for v in row[1:]) for row in connection.execute(FRESH)}
        kept = {row[0]: tuple(row[1:]) for row in connection.execute(KEPT)}
    # A session nothing was ever logged in may have no row: it counts as zeros.
    assert {sid: kept.get(sid, (0,) * 7) for sid in fresh} == fresh
    assert set(kept) <= set(fresh)
    for session_id, (logged, *counts) in fresh.items():
        tally = services.tally.for_session(session_id)
        assert tally == Tally(*counts)
        statements = services.statements.of_session(session_id)
        assert len(statements) == logged
        # The numbers the services hand out are the running order's.
        for statement in statements[-3:]:
            assert services.statements.get(statement.id).number == statement.number


WHAT = ["add", "reply", "count", "category", "kind", "delete", "remove-restore",
        "give-floor", "take-back", "end-floor", "merge", "move-session",
        "hand-off", "final-or-reopen"]  # fmt: skip
OPERATIONS = st.lists(
    st.tuples(
        st.sampled_from(WHAT),
        st.sampled_from(list(Category)),
        st.integers(min_value=0, max_value=50),
    ),
    min_size=1,
    max_size=25,
)


@settings(max_examples=30)
@given(operations=OPERATIONS)
def test_kept_counts_follow_every_edit(
    services: Services, operations: list[tuple[str, Category, int]]
) -> None:
    meeting = services.meetings.add("Kept counts")
    sessions = [services.sessions.add(meeting.id, f"WS {n}", "T").id for n in (1, 2)]
    given_floor: list[tuple[int, object, int | None]] = []
    for what, category, pick in operations:
        session_id = sessions[pick % 2]
        logged = services.statements.of_session(session_id)
        chosen = logged[pick % len(logged)] if logged else None
        try:
            if what == "add":
                services.statements.add(session_id, "Anna", f"Org {pick % 4}", category)
            elif what == "reply" and chosen is not None:
                services.statements.add(
                    session_id, "Ivan", "Ruritania", Category.DELEGATION,
                    kind=StatementKind.RIGHT_OF_REPLY,
                    replying_to=chosen.id if chosen.kind is StatementKind.STATEMENT else None,
                )  # fmt: skip
            elif what == "count":
                services.floor.count_only(session_id, category)
            elif what == "category" and chosen is not None:
                services.statements.update(chosen.id, category=category)
            elif what == "kind" and chosen is not None:
                other = (
                    StatementKind.STATEMENT
                    if chosen.kind is StatementKind.RIGHT_OF_REPLY
                    else StatementKind.RIGHT_OF_REPLY
                )
                services.statements.update(chosen.id, kind=other)
            elif what == "delete" and chosen is not None:
                services.statements.delete(chosen.id)
            elif what == "remove-restore" and chosen is not None:
                removed: RemovedStatement = services.statements.remove(chosen.id)
                _check_kept_equal_fresh(services)
                services.statements.restore(removed)
            elif what == "give-floor":
                services.queue.add(session_id, "Jean", f"Org {pick % 4}", category)
                statement, entry, ended = services.floor.give_floor(session_id, at=time(10, 0))
                given_floor.append((statement.id, entry, ended.id if ended else None))
            elif what == "take-back" and given_floor:
                statement_id, entry, ended_id = given_floor.pop()
                services.floor.take_back(statement_id, entry, ended_id)  # type: ignore[arg-type]
            elif what == "end-floor":
                services.floor.end_floor(session_id, at=time(11, 0))
            elif what == "merge":
                stored = services.organizations.stored()
                others = [o for o in stored if o.name != "Org 0"]
                keep = next((o for o in stored if o.name == "Org 0"), None)
                if keep is not None and others:
                    services.organizations.merge(keep.id, others[pick % len(others)].id)
            elif what == "move-session" and chosen is not None:
                # Plain SQL, as a repair script would: the triggers keep the counts anyway.
                with services.db.engine.begin() as connection:
                    connection.execute(
                        text("UPDATE statements SET session_id = :to WHERE id = :id"),
                        {"to": sessions[(pick + 1) % 2], "id": chosen.id},
                    )
            elif what == "hand-off":
                # A corrected session file (its first statement struck out) replaces the
                # session: its statements deleted and loaded again in one unit of work.
                data = services.exchange.dump_session(session_id)
                del data["meeting"]["sessions"][0]["statements"][:1]
                for rec in data["meeting"]["sessions"][0]["recommendations"]:
                    rec["from_statement"] = None
                services.handoff.import_file(data, meeting.id, force=True)
            elif what == "final-or-reopen":
                if services.rapports.state(session_id).is_final:
                    services.rapports.reopen(session_id)
                else:
                    services.rapports.finalize(session_id, "A. R.")
        except RapporteurError:
            pass  # refused (a statement gone meanwhile, a final rapport): counted right
        _check_kept_equal_fresh(services)
    for session_id in sessions:
        if services.rapports.state(session_id).is_final:
            services.rapports.reopen(session_id)
    services.sessions.delete(sessions[0])
    _check_kept_equal_fresh(services)
    services.meetings.delete(meeting.id)
    _check_kept_equal_fresh(services)


def test_kept_counts_after_load_and_dump(services: Services) -> None:
    from rapporteur_app.services.demo import add_demo_meeting

    meeting = add_demo_meeting(services, sessions=3, statements_per_session=15, frame=False)
    _check_kept_equal_fresh(services)
    loaded = services.exchange.load(services.exchange.dump(meeting.id))
    _check_kept_equal_fresh(services)
    assert services.tally.for_meeting(loaded.id) == services.tally.for_meeting(meeting.id)
    assert services.tally.for_meeting(loaded.id).statements == 45


def test_kept_counts_after_a_bulk_load_from_a_file(services: Services, tmp_path: Path) -> None:
    """The file's load sets the counting trigger aside and counts its rows at the end
    in one statement (store/bulk_statements.py): the same counts; and the trigger is
    back, so what is logged after the load is counted too."""
    from rapporteur_app.services.demo import add_demo_meeting

    meeting = add_demo_meeting(services, sessions=3, statements_per_session=15, frame=False)
    file = tmp_path / "meeting.json"
    services.exchange.dump_file(meeting.id, file)
    loaded = services.exchange.load_file(file)
    _check_kept_equal_fresh(services)
    assert services.tally.for_meeting(loaded.id) == services.tally.for_meeting(meeting.id)
    session = services.sessions.of_meeting(loaded.id)[0]
    services.statements.add(session.id, "Anna", "Austria", Category.DELEGATION)
    services.floor.count_only(session.id, Category.MEDIA)
    _check_kept_equal_fresh(services)


def test_kept_counts_after_a_backup_is_restored(db_path: Path) -> None:
    services = Services.open(db_path)
    meeting = services.meetings.add("M")
    session = services.sessions.add(meeting.id, "WS 1", "T")
    services.statements.add(session.id, "Anna", "Austria", Category.DELEGATION)
    backup = BackupService(str(db_path)).take()
    for _ in range(3):
        services.floor.count_only(session.id, Category.MEDIA)
    services.close()
    BackupService(str(db_path)).restore(backup.name)
    reopened = Services.open(db_path)
    try:
        assert reopened.tally.for_session(session.id) == Tally(delegations=1)
        _check_kept_equal_fresh(reopened)
        reopened.floor.count_only(session.id, Category.MEDIA)
        assert reopened.tally.for_session(session.id) == Tally(delegations=1, media=1)
    finally:
        reopened.close()


def test_counts_come_back_when_a_migration_dropped_the_triggers(db_path: Path) -> None:
    """Alembic's batch mode on SQLite copies a table and loses its triggers; the upgrade
    then puts them back and counts again (kept_counts.ensure, run after every upgrade)."""
    import sqlite3

    from rapporteur_app.store import kept_counts
    from rapporteur_app.store.database import Database

    services = Services.open(db_path)
    meeting = services.meetings.add("M")
    session = services.sessions.add(meeting.id, "WS 1", "T")
    services.statements.add(session.id, "Anna", "Austria", Category.DELEGATION)
    services.close()
    raw = sqlite3.connect(db_path)
    with raw:
        for (name,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'"):
            raw.execute(f"DROP TRIGGER {name}")
        raw.execute(
            "INSERT INTO statements (session_id, position, speaker_name, on_behalf_of, category,"
            " kind, notes, anonymous, anonymous_description, created_at, updated_at) VALUES"
            " (?, 9, '', '', 'media', 'statement', '', 0, '', '2026-01-01', '2026-01-01')",
            (session.id,),
        )
    raw.close()
    db = Database.open(db_path)
    with db.engine.begin() as connection:
        assert kept_counts.ensure(connection)
        assert not kept_counts.ensure(connection)
    db.close()
    reopened = Services.open(db_path)
    try:
        assert reopened.tally.for_session(session.id) == Tally(delegations=1, media=1)
        reopened.floor.count_only(session.id, Category.MEDIA)
        assert reopened.tally.for_session(session.id) == Tally(delegations=1, media=2)
        _check_kept_equal_fresh(reopened)
    finally:
        reopened.close()
