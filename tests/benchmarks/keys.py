"""Logging a statement as a rapporteur does it: a real key event (Ctrl+1, through Qt's
shortcut machinery) into the shown console, events processed, until the new row
is painted; beside it, a bare QTableView appending a row on a key, measured the
same way in the same run.

Two figures per key: key -> durable (the key's handler has returned, so the
statement is committed with synchronous=FULL) and key -> repainted (the log's
viewport has painted after it).
"""

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView, QWidget

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


def _until_painted(app: QApplication, watch: PaintWatch) -> None:
    deadline = time.perf_counter() + PAINT_TIMEOUT_S
    while not watch.painted and time.perf_counter() < deadline:
        app.processEvents()


def _press(app: QApplication, target: Callable[[], QWidget], watch: PaintWatch,
           keys: int) -> tuple[list[float], list[float]]:  # fmt: skip
    durable, painted = [], []
    for _ in range(keys):
        app.processEvents()
        watch.painted = False
        start = time.perf_counter()
        QTest.keyClick(target(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
        durable.append(time.perf_counter() - start)
        _until_painted(app, watch)
        painted.append(time.perf_counter() - start)
    return durable, painted


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
        self.press(3)  # warm

    def press(self, keys: int) -> tuple[list[float], list[float]]:
        _activate(self.app, self.console)
        self.pressed += keys
        target = lambda: QApplication.focusWidget() or self.console  # noqa: E731
        return _press(self.app, target, self.watch, keys)

    def press_floor(self, rounds: int) -> dict[str, list[float]]:
        """A named speaker's keys, ``rounds`` times: Enter on the quick-entry line queues
        "Delegate n, Austria", F5 gives them the floor (a statement logged), F6 ends it;
        each timed as Ctrl+1 is, until its handler has returned (committed)."""
        _activate(self.app, self.console)
        entry = self.console.quick_entry
        focused = lambda: QApplication.focusWidget() or self.console  # noqa: E731
        keys = (
            (FLOOR_KEYS[0], Qt.Key.Key_Return, lambda: entry),
            (FLOOR_KEYS[1], Qt.Key.Key_F5, focused),
            (FLOOR_KEYS[2], Qt.Key.Key_F6, focused),
        )
        durable: dict[str, list[float]] = {name: [] for name in FLOOR_KEYS}
        for n in range(rounds):
            entry.setFocus()
            entry.setText(f"Delegate {n}, Austria")  # typed: its completion is not timed
            for name, key, target in keys:
                self.app.processEvents()
                start = time.perf_counter()
                QTest.keyClick(target(), key)
                durable[name].append(time.perf_counter() - start)
        self.pressed += rounds  # each F5 logged a delegation's statement
        return durable

    def close(self) -> None:
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

    def press(self, keys: int) -> tuple[list[float], list[float]]:
        _activate(self.app, self.view)
        self.view.setFocus()
        return _press(self.app, lambda: self.view, self.watch, keys)

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
