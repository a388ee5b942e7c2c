"""A speaker who asked not to be named is not named the next time she speaks."""

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rapporteur_app.services.app_services import Services
from tests.ui.conftest import OpenConsole
from tests.ui.console_driver import CTRL, SHIFT, focused, key, queue, type_text

SURVIVOR = "a survivor of trafficking"


def test_she_is_described_not_named_the_next_time_she_speaks(
    qtbot: QtBot, services: Services, console: OpenConsole
) -> None:
    view, session_id = console.view, console.session_id
    queue(qtbot, "Ms. Aigerim N. (Survivors' Voices Network)")
    key(qtbot, Qt.Key.Key_2)  # a new organization: civil society
    key(qtbot, Qt.Key.Key_F5)
    key(qtbot, Qt.Key.Key_P, CTRL)
    projector = view.projector
    assert projector is not None and "Aigerim" in projector.speaker.text()
    # She asks not to be named: Ctrl+Shift+N, then how to describe her, Enter.
    key(qtbot, Qt.Key.Key_N, CTRL | SHIFT)
    assert focused() is view.quick_entry
    assert "will not be named" in view.prompt.text()
    type_text(SURVIVOR)
    key(qtbot, Qt.Key.Key_Return)
    assert projector.speaker.text() == SURVIVOR
    key(qtbot, Qt.Key.Key_F6)

    # Later in the session she asks for the floor again, typed by name.
    queue(qtbot, "Ms. Aigerim N. (Survivors' Voices Network)")
    assert "Aigerim" not in projector.next.text()
    assert "(not to be named)" in view.queue.list.item(0).text()
    key(qtbot, Qt.Key.Key_F5)
    assert projector.speaker.text() == SURVIVOR
    assert "Aigerim" not in view.floor.speaker.text()
    logged = services.statements.of_session(session_id)
    assert [(s.anonymous, s.anonymous_description) for s in logged] == [(True, SURVIVOR)] * 2
    rapport = services.documents.rapport(session_id)
    assert "Aigerim" not in repr(rapport)

    # One statement may still differ: the log's menu, this statement only.
    view.not_named_here.trigger()
    logged = services.statements.of_session(session_id)
    assert [s.anonymous for s in logged] == [True, False]
    key(qtbot, Qt.Key.Key_Z, CTRL)  # undone, as any action
    assert [s.anonymous for s in services.statements.of_session(session_id)] == [True, True]
