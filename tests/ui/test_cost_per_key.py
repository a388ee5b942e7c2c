"""A key costs the same in the 200th and the 5,000th statement of a session: the SQL it
issues is the same, and SQLite's virtual machine runs (within a few steps) the same
number of instructions, so nothing it does reads the session's statements; and the
console makes the same number of Python calls, so it does not go through its log in
memory either.

Counted, not timed: SQLite's progress handler is called on every VM instruction,
and a query that reads n rows runs several instructions a row (tests/ui/key_cost.py).
"""

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.console.console_view import ConsoleView
from tests.ui.console_driver import CTRL, key, queue, type_text
from tests.ui.key_cost import Cost, counted, shown_console

# It counts SQLite's own VM instructions and fills the log with SQLite's SQL.
pytestmark = pytest.mark.sqlite_only

# SMALL fills the log on the screen already: painting then costs the same in both.
SMALL = 200
BIG = 5000


def _fill(services: Services, session_id: int, count: int) -> None:
    """``count`` statements in one transaction (the triggers keep the counts)."""
    with services.db.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO statements (session_id, position, speaker_name, on_behalf_of,"
            " category, kind, start_time, end_time, notes, anonymous, anonymous_description,"
            " created_at, updated_at) VALUES (?, ?, 'Anna', 'Austria', 'delegation',"
            " 'statement', '10:00:00.000000', '10:01:00.000000', '', 0, '',"
            " '2026-01-01 00:00:00', '2026-01-01 00:00:00')",
            [(session_id, n) for n in range(1, count + 1)],
        )


def _keys(qtbot: QtBot, services: Services, view: ConsoleView) -> dict[str, Cost]:
    """What each key of a live session costs: counting, queueing, the floor, ending."""
    costs = {}
    key(qtbot, Qt.Key.Key_1, CTRL)  # warm: the first key fills caches
    with counted(services, vm_steps=True) as costs["Ctrl+1 count a delegation"]:
        key(qtbot, Qt.Key.Key_2, CTRL)
        qtbot.wait(1)
    queue(qtbot, "Anna Schmidt, Austria")
    queue(qtbot, "Jean Martin, Austria")
    queue(qtbot, "Olga Ivanova, Austria")
    # A new speaker of a stored organization, in each session (so the same statements).
    key(qtbot, Qt.Key.Key_L, CTRL)
    type_text(f"Delegate {view.session_id}, Austria")  # typed: its completions are not counted
    with counted(services, vm_steps=True) as costs["Enter queue a speaker"]:
        key(qtbot, Qt.Key.Key_Return)
        qtbot.wait(1)
    key(qtbot, Qt.Key.Key_F5)  # warm
    with counted(services, vm_steps=True) as costs["F5 give the floor (ending the one on it)"]:
        key(qtbot, Qt.Key.Key_F5)
        qtbot.wait(1)
    with counted(services, vm_steps=True) as costs["F6 end the statement"]:
        key(qtbot, Qt.Key.Key_F6)
        qtbot.wait(1)
    with counted(services, vm_steps=True) as costs["F5 give the floor"]:
        key(qtbot, Qt.Key.Key_F5)
        qtbot.wait(1)
    return costs


def test_a_key_costs_the_same_at_hundreds_and_thousands_of_statements(
    qtbot: QtBot, services: Services
) -> None:
    meeting = services.meetings.add("Human Dimension Meeting")
    small = services.sessions.add(meeting.id, "WS 1", "Few statements").id
    big = services.sessions.add(meeting.id, "WS 2", "Many statements").id
    _fill(services, small, SMALL)
    _fill(services, big, BIG)

    at_small = _keys(qtbot, services, shown_console(qtbot, services, small))
    at_big = _keys(qtbot, services, shown_console(qtbot, services, big))

    for what, cost in at_small.items():
        large = at_big[what]
        assert cost.sql, f"{what}: the key did nothing"
        assert large.sql == cost.sql, what
        # A read of the session would run thousands of instructions more.
        assert large.steps <= cost.steps + 200, (what, cost.steps, large.steps)
        # Nor does the console go through its log in memory (the tally, the floor).
        assert large.calls <= cost.calls * 1.1 + 100, (
            what,
            cost.calls,
            large.calls,
            (large.by_function - cost.by_function).most_common(15),
        )
    assert services.tally.for_session(big).delegations == BIG + 4  # Ctrl+1 and three from the queue
    assert services.tally.for_session(big).civil_society == 1


def test_a_big_log_comes_in_pages_and_keys_work_meanwhile(qtbot: QtBot, services: Services) -> None:
    from rapporteur_app.ui.console.console_view import LOG_PAGE

    meeting = services.meetings.add("Human Dimension Meeting")
    big = services.sessions.add(meeting.id, "WS 1", "Many statements").id
    _fill(services, big, LOG_PAGE * 2 + 7)
    view = ConsoleView(services)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    with qtbot.waitActive(view):
        view.activateWindow()
    with qtbot.waitSignal(view.ready):
        view.show_session(big)
    # Shown at once: the first page, and the tally of the whole session.
    assert view.log_model.rowCount() == LOG_PAGE and not view.log_complete
    assert view.tally.value("statements") == LOG_PAGE * 2 + 7
    key(qtbot, Qt.Key.Key_3, CTRL)  # while the rest is coming
    qtbot.waitUntil(lambda: view.log_complete, timeout=20_000)
    statements = view.log_model.statements
    assert len(statements) == LOG_PAGE * 2 + 8
    assert [s.number for s in statements] == list(range(1, LOG_PAGE * 2 + 9))
    assert len({s.id for s in statements}) == len(statements)
    assert statements[-1].category.value == "osce-institution"
    assert view.tally.value("statements") == LOG_PAGE * 2 + 8
