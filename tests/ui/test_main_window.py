"""The main window on a seeded database: meetings, sessions, statements and the tally."""

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rapporteur_app.services.app_services import Services
from rapporteur_app.services.demo import add_demo_meeting
from rapporteur_app.ui.main_window import MainWindow
from rapporteur_app.ui.statements_tab import StatementsTab


def test_main_window_shows_a_chosen_sessions_statements_and_tally(
    qtbot: QtBot, services: Services
) -> None:
    meeting = add_demo_meeting(services, sessions=2, statements_per_session=8, frame=False)
    sessions = services.sessions.of_meeting(meeting.id)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    tree = window.meetings
    assert tree.topLevelItemCount() == 1
    meeting_item = tree.topLevelItem(0)
    assert meeting_item.text(0) == meeting.title
    assert [meeting_item.child(i).text(0) for i in range(meeting_item.childCount())] == [
        s.heading for s in sessions
    ]

    second = meeting_item.child(1)
    rect = tree.visualItemRect(second)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert window.session_id == sessions[1].id
    assert window.heading.text() == sessions[1].heading
    tab = window.session_views[1]
    assert isinstance(tab, StatementsTab)
    window.tabs.setCurrentIndex(1)  # read when it is shown
    expected = services.tally.for_session(sessions[1].id)
    assert tab.model.rowCount() == len(services.statements.of_session(sessions[1].id))
    for key, number in expected.as_dict().items():
        assert tab.tally.value(key) == number
    assert tab.tally.value("statements") == 8
