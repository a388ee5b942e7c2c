"""Enter on the quick-entry line (a speaker queued) issues a few SQL statements, fewer
than the ORM's unit of work did, and the same ones in a session of 5 statements and
of 500, in a meeting of a few organizations and of hundreds: nothing it does reads
the session's statements or the stored organizations (their rows would be Python
calls too, and are counted). Counted, not timed, on both engines."""

import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, cast

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Table, event, insert

from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services
from rapporteur_app.store.models import OrganizationRow
from rapporteur_app.ui.console.console_view import ConsoleView
from tests.ui.console_driver import CTRL, key, type_text

# What the ORM's unit of work issued for the same key, the key's read of the
# organization's name and category included (SQLite; a server adds its writers'
# lock and lock timeout): 13 for a new speaker, 12 for one already known.
ORM_NEW_SPEAKER = 13
ORM_KNOWN_SPEAKER = 12
# The server's own statements in a unit of work that writes (store/engine.py).
SERVER_EXTRA = 2


@dataclass
class Cost:
    sql: list[str] = field(default_factory=list)
    calls: int = 0


@contextmanager
def counted(services: Services) -> Iterator[Cost]:
    """The SQL statements issued and the Python calls made while the block runs (the
    garbage collector held off: a collection's finalizers are not the key's)."""
    cost = Cost()
    engine = services.db.engine

    def on_execute(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        cost.sql.append(statement)

    def on_call(_frame: Any, what: str, _arg: Any) -> None:
        if what == "call":
            cost.calls += 1

    event.listen(engine, "before_cursor_execute", on_execute)
    gc.collect()
    gc.disable()
    sys.setprofile(on_call)
    try:
        yield cost
    finally:
        sys.setprofile(None)
        gc.enable()
        event.remove(engine, "before_cursor_execute", on_execute)


def _console(qtbot: QtBot, services: Services, session_id: int) -> ConsoleView:
    view = ConsoleView(services)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    with qtbot.waitActive(view):
        view.activateWindow()
    with qtbot.waitSignal(view.ready):
        view.show_session(session_id)
    qtbot.waitUntil(lambda: view.log_complete, timeout=20_000)
    return view


def _enter(qtbot: QtBot, view: ConsoleView, text: str) -> None:
    key(qtbot, Qt.Key.Key_L, CTRL)
    type_text(text)
    key(qtbot, Qt.Key.Key_Return)


def _queueing(qtbot: QtBot, services: Services, session_id: int) -> tuple[Cost, Cost]:
    """What Enter costs for a new speaker of a stored organization, then for her again."""
    view = _console(qtbot, services, session_id)
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
    assert sum(s.startswith("BEGIN") for s in new_small.sql) <= 2  # a read, then the write
