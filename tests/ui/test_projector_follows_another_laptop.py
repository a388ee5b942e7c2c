"""The moderator's projector follows a rapporteur's console on another laptop (issue 15).

Process B (this test) shows a console with its projector, as the moderator's laptop
does; process A, a real second program on the same database, does what the
rapporteur's console does (queue a speaker, give the floor, count, end and give the
floor again). The projector of B shows A's floor and tally within two seconds: on a
shared SQLite file through ``PRAGMA data_version``, on a PostgreSQL server through
the server's NOTIFY."""

import subprocess
import sys

from pytestqt.qtbot import QtBot

from rapporteur_app.services.app_services import Services
from rapporteur_app.services.changes import ServerNotices
from rapporteur_app.ui.console.console_view import ConsoleView
from rapporteur_app.ui.main_window import MainWindow

# What the other laptop's console does, through the same services it calls.
_CONSOLE_A = """
import sys
from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services

location, session_id, step = sys.argv[1], int(sys.argv[2]), sys.argv[3]
services = Services.open(location)
if step == "first":
    services.queue.add(session_id, "Ms. Gruber", "Austria", Category.DELEGATION)
    services.queue.add(session_id, "Mr. Berg", "Norway", Category.DELEGATION)
    services.floor.give_floor(session_id)
    services.floor.count_only(session_id, Category.CIVIL_SOCIETY)
else:
    services.floor.give_floor(session_id)  # ends Austria's statement, Norway speaks
services.close()
"""


def _console_a(location: str, session_id: int, step: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _CONSOLE_A, location, str(session_id), step],
        check=False, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def test_the_projector_follows_the_floor_and_tally_written_by_another_process(
    qtbot: QtBot, services: Services, db_location: str
) -> None:
    meeting = services.meetings.add("Human Dimension Meeting")
    session_id = services.sessions.add(meeting.id, "Working Session 3", "Media freedom").id
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.open_session(session_id)
    window.show_console()
    console = window.session_views[0]
    assert isinstance(console, ConsoleView)
    console.show_projector()
    projector = console.projector
    assert projector is not None and projector.isVisible()
    assert projector.speaker.text() == "The floor is open"
    source = window.changes.source
    if isinstance(source, ServerNotices):
        assert source.wait_listening()

    _console_a(db_location, session_id, "first")
    qtbot.waitUntil(lambda: projector.speaker.text() == "Ms. Gruber", timeout=2000)
    qtbot.waitUntil(lambda: projector.counts["statements"].text() == "2", timeout=2000)
    assert projector.on_behalf.text() == "Austria"
    assert projector.counts["delegations"].text() == "1"
    assert projector.counts["civil_society"].text() == "1"
    assert "Mr. Berg" in projector.next.text()

    _console_a(db_location, session_id, "next")
    qtbot.waitUntil(lambda: projector.speaker.text() == "Mr. Berg", timeout=2000)
    qtbot.waitUntil(lambda: projector.counts["delegations"].text() == "2", timeout=2000)
    assert projector.next.text() == "Queue empty"
    assert {k: int(v.text()) for k, v in projector.counts.items()} == (
        services.tally.for_session(session_id).as_dict()
    )
    window.close()
