"""Each key of a live session is one unit of work (queueing and giving the floor: the
queue shown is read after it; queueing also reads the organization before),
issues the same SQL in a session of 10 and of 2,000 statements (so it reads none of
the session's statements), and leaves the tally on the screen equal to a fresh count
of the statements: after counting (Ctrl+1 … Ctrl+5), queueing (Enter), giving the
floor (F5), ending it (F6) and undoing each (Ctrl+Z). On SQLite and on PostgreSQL.

Counted, not timed: the statements the engine runs and the transactions it begins.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import event, func, insert, select

from rapporteur_app.domain.kinds import Category, StatementKind
from rapporteur_app.domain.tally import Tally
from rapporteur_app.services.app_services import Services
from rapporteur_app.store.models import Base, StatementRow
from rapporteur_app.ui.console.console_view import ConsoleView
from tests.ui.console_driver import CTRL, NONE, key, type_text
from tests.ui.key_cost import shown_console

SMALL = 10
BIG = 2000


@dataclass
class Cost:
    sql: list[str] = field(default_factory=list)
    transactions: int = 0


@contextmanager
def counted(services: Services) -> Iterator[Cost]:
    cost = Cost()
    engine = services.db.engine

    def on_execute(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if statement not in ("BEGIN", "BEGIN IMMEDIATE"):
            cost.sql.append(statement)

    def on_begin(_conn: Any) -> None:
        cost.transactions += 1

    event.listen(engine, "before_cursor_execute", on_execute)
    event.listen(engine, "begin", on_begin)
    try:
        yield cost
    finally:
        event.remove(engine, "before_cursor_execute", on_execute)
        event.remove(engine, "begin", on_begin)


def _fill(services: Services, session_id: int, count: int) -> None:
    """``count`` statements in one transaction (the store's triggers keep the counts)."""
    rows = [
        {"session_id": session_id, "position": n, "speaker_name": "Anna",
         "on_behalf_of": "Austria", "category": Category.DELEGATION.value,
         "kind": StatementKind.STATEMENT.value}
        for n in range(1, count + 1)
    ]  # fmt: skip
    with services.db.engine.begin() as connection:
        connection.execute(insert(Base.metadata.tables["statements"]), rows)


def _fresh_count(services: Services, session_id: int) -> Tally:
    """The tally counted from the statements themselves, not from the kept counts."""
    with services.db.reading() as db:
        rows = db.execute(
            select(StatementRow.kind, StatementRow.category, func.count())
            .where(StatementRow.session_id == session_id)
            .group_by(StatementRow.kind, StatementRow.category)
        ).all()
    return Tally.of(
        (StatementKind(kind), Category(category)) for kind, category, n in rows for _ in range(n)
    )


def _shown(view: ConsoleView) -> dict[str, int]:
    return {name: view.tally.value(name) for name in Tally().as_dict()}


def _type_queued(qtbot: QtBot, text: str) -> None:
    """Ctrl+L and the text, the completion list closed: Enter then queues it as typed."""
    key(qtbot, Qt.Key.Key_L, CTRL)
    type_text(text)
    if QApplication.activePopupWidget() is not None:
        key(qtbot, Qt.Key.Key_Escape)


def _keys(qtbot: QtBot, services: Services, session_id: int) -> dict[str, Cost]:
    """What each key costs, the tally checked against a fresh count after each and after
    its undo (and the key done again, for the next one)."""
    view = shown_console(qtbot, services, session_id)

    def tally_is_the_count() -> None:
        fresh = _fresh_count(services, session_id)
        assert services.tally.for_session(session_id) == fresh
        assert _shown(view) == fresh.as_dict()

    def timed(name: str, k: Qt.Key, modifiers: Qt.KeyboardModifier = NONE) -> None:
        with counted(services) as costs[name]:
            key(qtbot, k, modifiers)
        tally_is_the_count()
        key(qtbot, Qt.Key.Key_Z, CTRL)  # undo
        tally_is_the_count()
        key(qtbot, Qt.Key.Key_Y, CTRL)  # redo: as the key left it, for what follows
        tally_is_the_count()

    costs: dict[str, Cost] = {}
    # Warm: the names and the organization are known from then on, in both meetings.
    _type_queued(qtbot, "Anna Schmidt, Austria")
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_F5)
    key(qtbot, Qt.Key.Key_F6)
    key(qtbot, Qt.Key.Key_1, CTRL)
    timed("Ctrl+2 count civil society", Qt.Key.Key_2, CTRL)
    _type_queued(qtbot, "Anna Schmidt, Austria")
    timed("Enter queues a speaker", Qt.Key.Key_Return)
    _type_queued(qtbot, "Anna Schmidt, Austria")
    key(qtbot, Qt.Key.Key_Return)
    timed("F5 give the floor", Qt.Key.Key_F5)
    timed("F5 give the floor, ending the one on it", Qt.Key.Key_F5)
    timed("F6 end the statement", Qt.Key.Key_F6)
    return costs


def test_each_key_is_one_unit_of_work_the_same_at_10_and_2000_statements(
    qtbot: QtBot, services: Services
) -> None:
    sessions = []
    for size in (SMALL, BIG):
        meeting = services.meetings.add(f"Meeting of {size}")
        session_id = services.sessions.add(meeting.id, "WS 1", "Tolerance").id
        _fill(services, session_id, size)
        sessions.append(session_id)

    at_small = _keys(qtbot, services, sessions[0])
    at_big = _keys(qtbot, services, sessions[1])

    assert at_small.keys() == at_big.keys()
    for what, cost in at_small.items():
        assert cost.sql, f"{what}: the key did nothing"
        # One write transaction. Enter reads first which organization it is and whether
        # its category is known (an unknown one is asked for before anything is
        # written); Enter and F5 read the queue they show after their commit, so the
        # writers' lock is not held for a read as long as the queue.
        wanted = {"Enter": 3, "F5": 2}.get(what.split()[0], 1)
        assert cost.transactions == wanted, (what, cost.sql)
        assert at_big[what].transactions == wanted, (what, at_big[what].sql)
        assert at_big[what].sql == cost.sql, what
    for session_id, size in zip(sessions, (SMALL, BIG), strict=True):
        tally = services.tally.for_session(session_id)
        # The fill, the warm-up's Ctrl+1 and F5, Ctrl+2, three floors given.
        assert (tally.delegations, tally.civil_society) == (size + 4, 1)
