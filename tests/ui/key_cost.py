"""What a console key costs, counted rather than timed: the SQL statements it issues,
the Python calls it makes and, on SQLite, the virtual machine's instructions.

The garbage collector is held off while a key is counted: in the whole suite a
collection could fall inside the count and run the finalizers of earlier tests'
objects (thousands of calls that are not the key's).
"""

import gc
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from pytestqt.qtbot import QtBot
from sqlalchemy import event

from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.console.console_view import ConsoleView


@dataclass
class Cost:
    sql: list[str] = field(default_factory=list)
    steps: int = 0  # SQLite VM instructions (when counted)
    calls: int = 0  # Python calls (a generator's every step counts as one)
    # The calls by function, so that a failure names what ran more.
    by_function: Counter[str] = field(default_factory=Counter)


@contextmanager
def counted(services: Services, *, vm_steps: bool = False) -> Iterator[Cost]:
    """The SQL statements issued, the Python calls made and, with ``vm_steps`` (SQLite
    only: its progress handler is called on every VM instruction), the instructions
    run while the block runs."""
    cost = Cost()
    engine = services.db.engine

    def step() -> int:
        cost.steps += 1
        return 0

    def on_execute(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        cost.sql.append(statement)

    def on_checkout(dbapi: Any, _record: Any, _proxy: Any) -> None:
        dbapi.set_progress_handler(step, 1)

    def on_checkin(dbapi: Any, _record: Any) -> None:
        dbapi.set_progress_handler(None, 1)

    def on_call(frame: Any, what: str, _arg: Any) -> None:
        if what == "call":
            cost.calls += 1
            code = frame.f_code
            cost.by_function[f"{code.co_filename}:{code.co_firstlineno} {code.co_name}"] += 1

    event.listen(engine, "before_cursor_execute", on_execute)
    if vm_steps:
        event.listen(engine.pool, "checkout", on_checkout)
        event.listen(engine.pool, "checkin", on_checkin)
    gc.collect()
    gc.disable()
    sys.setprofile(on_call)
    try:
        yield cost
    finally:
        sys.setprofile(None)
        gc.enable()
        event.remove(engine, "before_cursor_execute", on_execute)
        if vm_steps:
            event.remove(engine.pool, "checkout", on_checkout)
            event.remove(engine.pool, "checkin", on_checkin)


def shown_console(qtbot: QtBot, services: Services, session_id: int) -> ConsoleView:
    """The console on ``session_id``, shown, active and with its whole log read (a big
    log comes in pages)."""
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
