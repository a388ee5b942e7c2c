"""The console on a fresh session, shown and active, as the GUI tests need it."""

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from pytestqt.qtbot import QtBot

from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.console.console_view import ConsoleView


@dataclass
class OpenConsole:
    view: ConsoleView
    session_id: int
    meeting_id: int


@pytest.fixture
def console(qtbot: QtBot, services: Services) -> Iterator[OpenConsole]:
    meeting = services.meetings.add("Human Dimension Meeting")
    session = services.sessions.add(meeting.id, "Working Session 1", "Tolerance")
    view = ConsoleView(services)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    with qtbot.waitActive(view):
        view.activateWindow()
    with qtbot.waitSignal(view.ready):
        view.show_session(session.id)
    yield OpenConsole(view, session.id, meeting.id)
    view.close()
