"""The console of a writer whose server went away (issue 15): the notes typed meanwhile
are kept on the laptop, the window says so in one line, no dialog interrupts the
typing, and when the server is back they are written and the line says that too."""

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.console.console_view import ConsoleView
from rapporteur_app.ui.main_window import MainWindow
from tests.postgres_server import PostgresServer
from tests.ui.console_driver import key, queue, type_text


def test_the_console_keeps_typing_while_the_server_is_away(
    qtbot: QtBot, postgres_server: PostgresServer, postgres_url: str
) -> None:
    services = Services.open(postgres_url)
    meeting = services.meetings.add("Human Dimension Conference")
    session_id = services.sessions.add(meeting.id, "Working Session 1", "Tolerance").id
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    window.open_session(session_id)
    window.show_console()
    console = window.session_views[0]
    assert isinstance(console, ConsoleView)
    queue(qtbot, "Austria")
    key(qtbot, Qt.Key.Key_F5)
    type_text("Before the server went away. ")
    console.notes.save_now()
    statement_id = services.statements.of_session(session_id)[0].id

    postgres_server.stop(mode="immediate")
    try:
        type_text("Typed while it was away.")
        console.notes.save_now()  # no dialog: kept on the laptop
        assert services.kept_waiting == 1
        qtbot.waitUntil(
            lambda: "kept on this computer" in window.statusBar().currentMessage(), timeout=3000
        )
        assert "(1 waiting)" in window.statusBar().currentMessage()
    finally:
        postgres_server.start()
    qtbot.waitUntil(lambda: services.kept_waiting == 0, timeout=30_000)
    qtbot.waitUntil(
        lambda: "The database server is back" in window.statusBar().currentMessage(),
        timeout=3000,
    )
    assert services.statements.get(statement_id).notes == (
        "Before the server went away. Typed while it was away."
    )
    assert console.notes.toPlainText() == "Before the server went away. Typed while it was away."
    window.close()
    services.close()
