"""Enter on the quick-entry line (a speaker queued) issues a few SQL statements, fewer
than the ORM's unit of work did, and the same ones in a session of 5 statements and
of 500, in a meeting of a few organizations and of hundreds: nothing it does reads
the session's statements or the stored organizations (their rows would be Python
calls too, and are counted). Counted, not timed, on both engines."""

from typing import cast

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Table, insert

from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services
from rapporteur_app.store.models import OrganizationRow
from rapporteur_app.ui.console.console_view import ConsoleView
from tests.ui.console_driver import CTRL, key, type_text
from tests.ui.key_cost import Cost, counted, shown_console

# What the ORM's unit of work issued for the same key, the key's read of the
# organization's name and category included (SQLite; a server adds its writers'
# lock and lock timeout): 13 for a new speaker, 12 for one already known.
ORM_NEW_SPEAKER = 13
ORM_KNOWN_SPEAKER = 12
# The server's own statements in a unit of work that writes (store/engine.py).
SERVER_EXTRA = 2


def _enter(qtbot: QtBot, view: ConsoleView, text: str) -> None:
    key(qtbot, Qt.Key.Key_L, CTRL)
    type_text(text)
    key(qtbot, Qt.Key.Key_Return)


def _queueing(qtbot: QtBot, services: Services, session_id: int) -> tuple[Cost, Cost]:
    """What Enter costs for a new speaker of a stored organization, then for her again."""
    view = shown_console(qtbot, services, session_id)
    _enter(qtbot, view, "Warm Up, Austria")  # the first key fills caches; Austria stored
    costs = []
    for text in (f"Delegate {session_id}, Austria", f"Delegate {session_id}, Austria"):
        key(qtbot, Qt.Key.Key_L, CTRL)
        type_text(text)  # typed: its completions are not the key's
        with counted(services) as cost:
            key(qtbot, Qt.Key.Key_Return)
        costs.append(cost)
    queued = services.queue.of_session(session_id)
    assert [e.display for e in queued][-2:] == [f"Delegate {session_id} (Austria)"] * 2
    view.close()
    return costs[0], costs[1]


def test_enter_issues_a_few_statements_whatever_the_session_and_the_organizations(
    qtbot: QtBot, services: Services
) -> None:
    meeting = services.meetings.add("Human Dimension Meeting")
    small = services.sessions.add(meeting.id, "WS 1", "Few statements").id
    big = services.sessions.add(meeting.id, "WS 2", "Many statements").id
    for session_id, statements in ((small, 5), (big, 500)):
        for _ in range(statements):
            services.floor.count_only(session_id, Category.DELEGATION)

    new_small, known_small = _queueing(qtbot, services, small)
    # Hundreds of organizations more in the meeting's database.
    table = cast(Table, OrganizationRow.__table__)
    with services.db.engine.begin() as connection:
        connection.execute(insert(table), [
            {"name": f"Association {n}", "name_key": f"association {n}",
             "category": Category.CIVIL_SOCIETY.value}
            for n in range(400)
        ])  # fmt: skip
    new_big, known_big = _queueing(qtbot, services, big)

    server = 0 if services.db.engine.url.get_backend_name() == "sqlite" else SERVER_EXTRA
    assert len(new_small.sql) < ORM_NEW_SPEAKER + server, new_small.sql
    assert len(known_small.sql) < ORM_KNOWN_SPEAKER + server, known_small.sql
    # One write transaction: no statement of the key's reads the statements or the
    # organizations of the meeting whole.
    for small_cost, big_cost in ((new_small, new_big), (known_small, known_big)):
        assert big_cost.sql == small_cost.sql
        assert big_cost.calls <= small_cost.calls * 1.1 + 100, (small_cost.calls, big_cost.calls)
    # A read, the write, then the queue shown read after the commit.
    assert sum(s.startswith("BEGIN") for s in new_small.sql) <= 3
