"""One change signal per database: what the console changes shows in every tab at
once, and what another program changes on the same file shows within two seconds."""

import subprocess
import sys

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rapporteur_app.services.app_services import Services
from rapporteur_app.services.changes import ServerNotices
from rapporteur_app.ui.console.console_view import ConsoleView
from rapporteur_app.ui.main_window import MainWindow
from rapporteur_app.ui.rapport.rapport_tab import RapportTab
from rapporteur_app.ui.statements_tab import StatementsTab
from tests.ui.console_driver import CTRL, key, queue, type_text


def _window(qtbot: QtBot, services: Services) -> tuple[MainWindow, int]:
    meeting = services.meetings.add("Human Dimension Meeting")
    session = services.sessions.add(meeting.id, "Working Session 1", "Tolerance")
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    window.open_session(session.id)
    window.show_console()
    return window, session.id


def _wait_listening(window: MainWindow) -> None:
    """A server's notices are heard once the window's source listens (at once on SQLite)."""
    source = window.changes.source
    if isinstance(source, ServerNotices):
        assert source.wait_listening()


def _tabs(window: MainWindow) -> tuple[ConsoleView, StatementsTab, RapportTab]:
    console, statements, rapport = window.session_views[:3]
    assert isinstance(console, ConsoleView)
    assert isinstance(statements, StatementsTab)
    assert isinstance(rapport, RapportTab)
    return console, statements, rapport


def test_what_the_console_changes_shows_in_every_tab(qtbot: QtBot, services: Services) -> None:
    window, _session_id = _window(qtbot, services)
    console, statements, rapport = _tabs(window)
    for delegation in ("Austria", "France", "Germany"):
        queue(qtbot, delegation)
        key(qtbot, Qt.Key.Key_F5)
        type_text(f"{delegation} urged States to fund shelters.")
    key(qtbot, Qt.Key.Key_M, CTRL)
    key(qtbot, Qt.Key.Key_1)  # to the participating States
    key(qtbot, Qt.Key.Key_F6)

    window.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: statements.model.rowCount() == 3)
    assert statements.tally.value("statements") == 3
    window.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: "Germany urged States" in rapport.preview.toPlainText())
    # The preview may be drawn (when the tab is shown) a moment before the follower
    # reads the rest of the tab again.
    qtbot.waitUntil(lambda: rapport.recommendations.list.count() == 1)
    assert "statement is still on the floor" not in rapport.warnings.text()

    # And back: an undo in the console shows in the tab that is shown next.
    window.tabs.setCurrentIndex(0)
    key(qtbot, Qt.Key.Key_Escape)
    console.console_actions.undo.trigger()  # the F6
    console.console_actions.undo.trigger()  # the recommendation
    window.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: rapport.recommendations.list.count() == 0)
    assert console.on_floor is not None


def test_what_another_program_changes_shows_within_two_seconds(
    qtbot: QtBot, services: Services, db_location: str
) -> None:
    """On a shared SQLite file (PRAGMA data_version) and on a PostgreSQL server (its
    triggers' NOTIFY, heard by the window's listening thread), alike."""
    window, session_id = _window(qtbot, services)
    _wait_listening(window)
    console, statements, _rapport = _tabs(window)
    queue(qtbot, "Austria")
    key(qtbot, Qt.Key.Key_F5)
    type_text("Typing while another program writes.")
    done = subprocess.run(
        [sys.executable, "-m", "rapporteur_app", "--db", db_location, "statement", "add",
         "--session", str(session_id), "--speaker", "Ingrid", "--on-behalf-of", "Norway",
         "--category", "delegation"],
        check=False, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(
        lambda: [s.on_behalf_of for s in console.log_model.statements] == ["Austria", "Norway"],
        timeout=2000,
    )
    assert console.tally.value("delegations") == 2
    assert console.notes.toPlainText() == "Typing while another program writes."
    window.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: statements.model.rowCount() == 2, timeout=2000)

    # A new session added by the command line shows in the list on the left.
    added = subprocess.run(
        [sys.executable, "-m", "rapporteur_app", "--db", db_location, "session", "add",
         "--meeting", str(services.sessions.get(session_id).meeting_id), "--label",
         "Working Session 2", "--title", "Media freedom"],
        check=False, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    qtbot.waitUntil(lambda: window.meetings.topLevelItem(0).childCount() == 2, timeout=2000)
    assert services.statements.of_session(session_id)[0].on_behalf_of == "Austria"
    assert services.floor.on_floor(session_id) is not None


def test_notes_are_saved_the_moment_another_tab_is_shown(qtbot: QtBot, services: Services) -> None:
    window, session_id = _window(qtbot, services)
    console, statements, _rapport = _tabs(window)
    queue(qtbot, "Austria")
    key(qtbot, Qt.Key.Key_F5)
    type_text("Typed just before the tab changed.")
    window.tabs.setCurrentIndex(1)  # no pause, no timer: saved as the console hides
    assert services.statements.of_session(session_id)[0].notes == (
        "Typed just before the tab changed."
    )
    qtbot.waitUntil(lambda: statements.model.rowCount() == 1)
    assert console.notes.toPlainText() == "Typed just before the tab changed."
