"""Once a session is shown, what the console holds is set aside from Python's full
garbage collections (a full pass over a big session's log cost a key some 50–100 ms):
a collection during a key then walks what came after, not the log; and what was set
aside is collected when the next session is shown, so nothing is kept for good.

Counted, not timed: the objects set aside, a weak reference to a dropped cycle.
"""

import gc
import weakref

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.console.console_view import ConsoleView
from tests.ui.console_driver import CTRL, key
from tests.ui.test_key_transactions import _fill

SIZE = 2000


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_a_shown_session_is_set_aside_and_collected_when_the_next_is_shown(
    qtbot: QtBot, services: Services
) -> None:
    meeting = services.meetings.add("Human Dimension Meeting")
    first = services.sessions.add(meeting.id, "WS 1", "Tolerance").id
    second = services.sessions.add(meeting.id, "WS 2", "Media freedom").id
    _fill(services, first, SIZE)
    gc.unfreeze()
    view = ConsoleView(services)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    with qtbot.waitActive(view):
        view.activateWindow()
    held = _Cycle()  # alive when the session is set aside, garbage soon after
    gone = weakref.ref(held)
    view.show_session(first)
    qtbot.waitUntil(lambda: view.log_complete)  # a log of 2,000 comes in two pages
    assert gc.get_freeze_count() > 0
    # The log's statements are among what is set aside: a full pass does not walk them.
    assert gc.get_freeze_count() >= SIZE
    log_row = view.log_model.statements[0]
    assert not any(obj is log_row for obj in gc.get_objects(generation=2))
    del held
    gc.collect()
    assert gone() is not None  # set aside: not collected while the session is shown
    key(qtbot, Qt.Key.Key_1, CTRL)  # keys go on as before
    assert view.tally.value("statements") == SIZE + 1
    frozen = gc.get_freeze_count()
    view.show_session(second)
    assert gone() is None  # the next session: collected then
    assert 0 < gc.get_freeze_count() < frozen
