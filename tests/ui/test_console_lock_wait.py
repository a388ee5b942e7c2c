"""Another program holds the database: the console waits visibly and never freezes.

A real second process takes the database's write lock (SQLite's BEGIN IMMEDIATE, or
on a server the writers' advisory lock) and keeps it until the test lets go. Meanwhile
the rapporteur goes on typing notes, queues a speaker and gives the floor: nothing is
refused, a line says who holds the database and what waits, and once it is free every
action lands in the order it was typed, with every word of the notes."""

import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from rapporteur_app.services.app_services import Services
from rapporteur_app.store.engine import WRITER_LOCK_KEY
from tests.ui.conftest import OpenConsole
from tests.ui.console_driver import focused, key, queue, type_text, wait_mark_text

HOLD_SQLITE = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
print("holding", flush=True)
sys.stdin.readline()
connection.execute("ROLLBACK")
"""

HOLD_SERVER = """
import sys, psycopg
connection = psycopg.connect(sys.argv[1])
connection.execute("SELECT pg_advisory_xact_lock(%s)", (int(sys.argv[2]),))
print("holding", flush=True)
sys.stdin.readline()
connection.rollback()
"""


@contextmanager
def held_database(location: str) -> Iterator[subprocess.Popen[str]]:
    """Another program holding the database's write lock until the block ends."""
    if "://" in location:
        url = location.replace("+psycopg", "")
        command = [sys.executable, "-c", HOLD_SERVER, url, str(WRITER_LOCK_KEY)]
    else:
        command = [sys.executable, "-c", HOLD_SQLITE, location]
    holder = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdin is not None and holder.stdout is not None
    try:
        assert holder.stdout.readline().strip() == "holding"
        yield holder
    finally:
        try:  # it may have been let go already (and be gone)
            holder.stdin.write("\n")
            holder.stdin.close()
        except BrokenPipeError:
            pass
        holder.wait(30)
        holder.stdout.close()


def _back_to(qtbot: QtBot, view: QWidget) -> None:
    # The offscreen platform hands the window's activation to the completion list's
    # popup late (after a wait, long after it closed); a real display does not.
    # The rapporteur's window is the active one, as on the screen.
    if QApplication.activeWindow() is not view:
        view.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is view)


def _queued(services: Services, session_id: int) -> list[str]:
    return [entry.display for entry in services.queue.of_session(session_id)]


@pytest.mark.timeout(120)
def test_a_held_database_keeps_notes_and_actions_and_does_them_in_order(
    qtbot: QtBot, services: Services, console: OpenConsole, db_location: str, db_engine: str
) -> None:
    view, session_id = console.view, console.session_id
    queue(qtbot, "Austria")
    key(qtbot, Qt.Key.Key_F5)
    assert focused() is view.notes
    type_text("Opened the debate.")
    austria = services.statements.of_session(session_id)[0]
    qtbot.waitUntil(lambda: services.statements.get(austria.id).notes == "Opened the debate.")

    with held_database(db_location) as holder:
        type_text(" Stressed prevention.")
        # The save a pause or a focus change makes: it meets the lock and keeps the text.
        qtbot.waitUntil(lambda: wait_mark_text(view) != "", timeout=10_000)
        shown = wait_mark_text(view)
        assert "notes are kept" in shown
        if db_engine == "sqlite":
            assert f"process {holder.pid}" in shown  # who holds it, named
        # The rapporteur goes on: queue Germany, give it the floor, take its notes.
        _back_to(qtbot, view)
        queue(qtbot, "Germany")
        key(qtbot, Qt.Key.Key_F5)
        shown = wait_mark_text(view)
        assert "queue Germany" in shown and "give the floor" in shown, shown
        assert view.prompt.text() == ""  # nothing refused
        # Nothing of it could be written yet; the window keeps turning and typing.
        assert _queued(services, session_id) == []
        assert services.statements.get(austria.id).notes == "Opened the debate."
        # F5 was pressed: the notes box is Germany's already, though its statement is
        # not written yet; what is typed now is Germany's.
        assert focused() is view.notes and view.notes.toPlainText() == ""
        type_text("Called for funding.")

    # Free again: everything lands in the order it was typed, and the line goes.
    qtbot.waitUntil(lambda: wait_mark_text(view) == "", timeout=10_000)
    statements = services.statements.of_session(session_id)
    assert [s.on_behalf_of for s in statements] == ["Austria", "Germany"]
    assert statements[0].end is not None  # ended by F5, which gave Germany the floor
    assert statements[1].start is not None and statements[1].end is None
    assert services.statements.get(austria.id).notes == "Opened the debate. Stressed prevention."
    assert statements[1].notes == "Called for funding."
    assert _queued(services, session_id) == []
    assert view.on_floor is not None and view.on_floor.on_behalf_of == "Germany"
    # One action, one undo step, as if the database had never been held.
    assert view.undo_stack.count() == 4  # queue, floor, queue, floor


@pytest.mark.timeout(120)
def test_actions_held_too_long_are_given_up_by_name_and_nothing_is_half_done(
    qtbot: QtBot,
    services: Services,
    console: OpenConsole,
    db_location: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from rapporteur_app.ui.console import lock_wait

    monkeypatch.setattr(lock_wait, "GIVE_UP_S", 0.5)
    view, session_id = console.view, console.session_id
    with held_database(db_location):
        queue(qtbot, "France")
        assert "queue France" in wait_mark_text(view)
        qtbot.waitUntil(lambda: "Not done: queue France" in wait_mark_text(view), timeout=10_000)
    assert _queued(services, session_id) == []
    # The next action is done at once, and the message has been read.
    _back_to(qtbot, view)
    queue(qtbot, "Italy")
    assert _queued(services, session_id) == ["Italy"]
    assert wait_mark_text(view) == ""


@pytest.mark.timeout(120)
def test_an_undo_against_a_held_database_is_not_done_and_the_history_stays(
    qtbot: QtBot, services: Services, console: OpenConsole, db_location: str
) -> None:
    view, session_id = console.view, console.session_id
    queue(qtbot, "Austria")
    queue(qtbot, "Germany")
    assert _queued(services, session_id) == ["Austria", "Germany"]
    with held_database(db_location):
        key(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: "Not undone" in view.prompt.text())
        qtbot.waitUntil(lambda: view.undo_stack.index() == 2)  # put back, not cleared
        assert view.undo_stack.count() == 2
    assert _queued(services, session_id) == ["Austria", "Germany"]
    # Free again: the same key undoes what it names, and the history is whole.
    _back_to(qtbot, view)
    key(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _queued(services, session_id) == ["Austria"]
    key(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _queued(services, session_id) == []


@pytest.mark.timeout(120)
def test_actions_kept_for_a_held_database_stay_in_the_session_they_were_typed_in(
    qtbot: QtBot, services: Services, console: OpenConsole, db_location: str
) -> None:
    view, first = console.view, console.session_id
    second = services.sessions.add(console.meeting_id, "Working Session 2", "Migration").id
    with held_database(db_location) as holder:
        queue(qtbot, "France")
        assert "queue France" in wait_mark_text(view)
        # The lock is let go a moment later, while the console goes to session 2.
        assert holder.stdin is not None
        threading.Timer(0.5, lambda: (holder.stdin.write("\n"), holder.stdin.flush())).start()
        view.show_session(second)
        assert wait_mark_text(view) == ""
    assert _queued(services, first) == ["France"]
    assert _queued(services, second) == []
