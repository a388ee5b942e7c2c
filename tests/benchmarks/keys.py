"""Logging a statement as a rapporteur does it: a real key event (Ctrl+1, through Qt's
shortcut machinery) into the shown console, events processed, until the new row
is painted; beside it, a bare QTableView appending a row on a key, measured the
same way in the same run.

Three figures per key: key -> durable (the last COMMIT the key's handler made has
returned: the row is on disk, synchronous=FULL), key -> returned (the handler has
returned, the console's own updates after the commit done too: the measure of the
rounds before round 9, an upper bound of the first) and key -> repainted (the log's
viewport has painted after it).
"""

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView, QWidget
from sqlalchemy import Engine, event

from rapporteur_app.services.app_services import Services

PAINT_TIMEOUT_S = 2.0
# The keys of a named speaker, timed by ConsoleTarget.press_floor.
FLOOR_KEYS = ("Enter queues a speaker", "F5 gives the floor", "F6 ends the statement")


class PaintWatch(QObject):
    """Notes when the watched widget (a view's viewport) paints."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.painted = False
        widget.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


class CommitClock:
    """When a unit of work of the console's database was durable: the moment its
    connection goes back to the pool after a COMMIT (SQLAlchemy's "commit" event comes
    before the driver's commit; the check-in follows its return at once)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.times: list[float] = []
        event.listen(engine, "commit", self._committing)
        event.listen(engine.pool, "checkin", self._checked_in)

    def _committing(self, connection: Any) -> None:
        connection.connection._connection_record.info["rapporteur_bench_commit"] = True

    def _checked_in(self, _dbapi: Any, record: Any) -> None:
        if record is not None and record.info.pop("rapporteur_bench_commit", False):
            self.times.append(time.perf_counter())

    def last_between(self, start: float, end: float) -> float | None:
        inside = [moment for moment in self.times if start <= moment <= end]
        self.times.clear()
        return inside[-1] if inside else None

    def close(self) -> None:
        event.remove(self.engine, "commit", self._committing)
        event.remove(self.engine.pool, "checkin", self._checked_in)


@dataclass
class KeyTimes:
    """A block of keys, in seconds from each key event."""

    durable: list[float] = field(default_factory=list)
    returned: list[float] = field(default_factory=list)
    painted: list[float] = field(default_factory=list)


def _one_key(clock: CommitClock | None, times: KeyTimes, press: Callable[[], None]) -> float:
    """Press, and note when it was durable and when its handler returned; the start."""
    if clock is not None:
        clock.times.clear()
    start = time.perf_counter()
    press()
    end = time.perf_counter()
    times.returned.append(end - start)
    if clock is None:  # the bare table writes nothing: returned is all there is
        times.durable.append(end - start)
        return start
    committed = clock.last_between(start, end)
    if committed is None:
        raise RuntimeError("a key that logs made no commit before its handler returned")
    times.durable.append(committed - start)
    return start


def _until_painted(app: QApplication, watch: PaintWatch) -> None:
    deadline = time.perf_counter() + PAINT_TIMEOUT_S
    while not watch.painted and time.perf_counter() < deadline:
        app.processEvents()


def _press(app: QApplication, target: Callable[[], QWidget], watch: PaintWatch,
           keys: int, clock: CommitClock | None) -> KeyTimes:  # fmt: skip
    times = KeyTimes()
    for _ in range(keys):
        app.processEvents()
        watch.painted = False
        start = _one_key(clock, times, lambda: QTest.keyClick(
            target(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier))  # fmt: skip
        _until_painted(app, watch)
        times.painted.append(time.perf_counter() - start)
    return times


class ConsoleTarget:
    """The console on a session, shown and active, taking Ctrl+1."""

    def __init__(self, services: Services, session_id: int) -> None:
        from rapporteur_app.ui.console.console_view import ConsoleView

        self.app = _app()
        self.services, self.session_id = services, session_id
        self.console = ConsoleView(services)
        self.console.resize(1280, 800)
        self.console.show()
        self.console.show_session(session_id)
        _activate(self.app, self.console)
        self.console.quick_entry.setFocus()
        for _ in range(5):
            self.app.processEvents()
        self.before = services.tally.for_session(session_id).delegations
        self.pressed = 0
        self.watch = PaintWatch(self.console.log.viewport())
        self.clock = CommitClock(services.db.engine)
        self.press(3)  # warm

    def press(self, keys: int) -> KeyTimes:
        _activate(self.app, self.console)
        self.pressed += keys
        target = lambda: QApplication.focusWidget() or self.console  # noqa: E731
        return _press(self.app, target, self.watch, keys, self.clock)

    def press_floor(self, rounds: int) -> dict[str, KeyTimes]:
        """A named speaker's keys, ``rounds`` times: Enter on the quick-entry line queues
        "Delegate n, Austria", F5 gives them the floor (a statement logged), F6 ends it;
        each timed as Ctrl+1 is (durable, returned; not painted)."""
        _activate(self.app, self.console)
        entry = self.console.quick_entry
        focused = lambda: QApplication.focusWidget() or self.console  # noqa: E731
        keys = (
            (FLOOR_KEYS[0], Qt.Key.Key_Return, lambda: entry),
            (FLOOR_KEYS[1], Qt.Key.Key_F5, focused),
            (FLOOR_KEYS[2], Qt.Key.Key_F6, focused),
        )
        times = {name: KeyTimes() for name in FLOOR_KEYS}
        for n in range(rounds):
            entry.setFocus()
            entry.setText(f"Delegate {n}, Austria")  # typed: its completion is not timed
            for name, key, target in keys:
                self.app.processEvents()
                _one_key(self.clock, times[name], lambda: QTest.keyClick(target(), key))  # noqa: B023
        self.pressed += rounds  # each F5 logged a delegation's statement
        return times

    def close(self) -> None:
        self.clock.close()
        logged = self.services.tally.for_session(self.session_id).delegations - self.before
        self.console.close()
        self.console.deleteLater()
        self.app.processEvents()
        if logged != self.pressed:
            raise RuntimeError(f"{self.pressed} keys logged {logged}: a key was not delivered")


def _activate(app: QApplication, window: QWidget) -> None:
    """The window takes the keys (the blocks alternate between two windows)."""
    window.raise_()
    window.activateWindow()
    deadline = time.perf_counter() + PAINT_TIMEOUT_S
    while QApplication.activeWindow() is not window and time.perf_counter() < deadline:
        app.processEvents()


def _app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


class _Rows(QAbstractTableModel):
    """The bare reference: eight columns of text, a row appended per key."""

    def __init__(self, rows: int) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.rows

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return f"{index.row()}:{index.column()} Austria"

    def append(self) -> None:
        self.beginInsertRows(QModelIndex(), self.rows, self.rows)
        self.rows += 1
        self.endInsertRows()


class _BareTable(QTableView):
    def __init__(self, rows: int) -> None:
        super().__init__()
        self.rows = _Rows(rows)
        self.setModel(self.rows)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_1:
            self.rows.append()
            self.scrollToBottom()
            return
        super().keyPressEvent(event)


class BareTarget:
    """A bare QTableView of as many rows, appending one on each key."""

    def __init__(self, rows: int) -> None:
        self.app = _app()
        self.view = _BareTable(rows)
        self.view.resize(1280, 800)
        self.view.show()
        self.view.activateWindow()
        self.view.setFocus()
        for _ in range(5):
            self.app.processEvents()
        self.watch = PaintWatch(self.view.viewport())
        self.press(3)

    def press(self, keys: int) -> KeyTimes:
        _activate(self.app, self.view)
        self.view.setFocus()
        return _press(self.app, lambda: self.view, self.watch, keys, None)

    def close(self) -> None:
        self.view.close()
        self.view.deleteLater()
        self.app.processEvents()


class BareCommits:
    """The disk's own cost of a durable commit: a bare sqlite3 insert and commit with the
    program's pragmas (WAL, synchronous=FULL), in blocks between the blocks of keys."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.connection = sqlite3.connect(path, isolation_level=None)
        self.connection.execute("PRAGMA journal_mode=WAL")
        self.connection.execute("PRAGMA synchronous=FULL")
        self.connection.execute(
            "CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, session_id INT, category TEXT)"
        )

    def commit(self, count: int) -> list[float]:
        samples = []
        for _ in range(count):
            start = time.perf_counter()
            self.connection.execute("BEGIN IMMEDIATE")
            self.connection.execute("INSERT INTO t (session_id, category) VALUES (1, 'media')")
            self.connection.execute("COMMIT")
            samples.append(time.perf_counter() - start)
        return samples

    def close(self) -> None:
        self.connection.close()
        for leftover in (self.path, Path(f"{self.path}-wal"), Path(f"{self.path}-shm")):
            leftover.unlink(missing_ok=True)
