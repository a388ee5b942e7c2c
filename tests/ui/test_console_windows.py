"""The projector (the tally, never the keyboard, Ctrl+P both ways, its place kept),
the Session menu, the new-meeting form, and the Rapport tab's Alt keys."""

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog
from pytestqt.qtbot import QtBot

from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.agenda.agenda_editor import AgendaEditor
from rapporteur_app.ui.console.console_view import ConsoleView
from rapporteur_app.ui.console.projector_window import GEOMETRY_KEY, ProjectorWindow
from rapporteur_app.ui.main_window import MainWindow
from rapporteur_app.ui.rapport.rapport_tab import RapportTab
from tests.ui.conftest import OpenConsole
from tests.ui.console_driver import CTRL, focused, key, queue, type_text


def test_the_projector_shows_the_tally_and_never_takes_the_keyboard(
    qtbot: QtBot, services: Services, console: OpenConsole
) -> None:
    view, session_id = console.view, console.session_id
    queue(qtbot, "Austria")
    key(qtbot, Qt.Key.Key_F5)
    key(qtbot, Qt.Key.Key_P, CTRL)
    projector = view.projector
    assert isinstance(projector, ProjectorWindow) and projector.isVisible()
    assert projector.parent() is view  # a window of the console's: it goes with it
    assert projector.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert projector.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert focused() is view.notes
    type_text("Typed with the projector open.")
    key(qtbot, Qt.Key.Key_2, CTRL)  # a count, on the projector's tally at once
    counts = {k: int(label.text()) for k, label in projector.counts.items()}
    assert counts == services.tally.for_session(session_id).as_dict()
    assert counts["statements"] == 2 and counts["civil_society"] == 1
    assert projector.speaker.text() == "Austria"

    projector.resize(420, 260)  # inside the (small) offscreen screen
    projector.move(QPoint(130, 90))
    key(qtbot, Qt.Key.Key_P, CTRL)  # the same key closes it, and its place is kept
    assert not projector.isVisible()
    assert QSettings().value(GEOMETRY_KEY) is not None
    again = ProjectorWindow()
    qtbot.addWidget(again)
    again.show()
    assert (again.pos(), again.size()) == (projector.pos(), projector.size())
    view.notes.save_now()
    assert services.statements.of_session(session_id)[0].notes == ("Typed with the projector open.")


def test_the_session_menu_has_the_sessions_tabs_exports_and_projector(
    qtbot: QtBot, services: Services
) -> None:
    meeting = services.meetings.add("Human Dimension Meeting")
    session = services.sessions.add(meeting.id, "Working Session 1", "Tolerance")
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    entries = [a for a in window.session_menu.actions() if not a.isSeparator()]
    assert len(entries) >= 6
    assert not any(a.isEnabled() for a in entries)  # no session chosen yet
    window.open_session(session.id)
    assert all(a.isEnabled() for a in entries)
    texts = [a.text().replace("&", "") for a in entries]
    assert texts[:3] == ["Live console", "Statements", "Rapport"]
    entries[2].trigger()
    assert isinstance(window.tabs.currentWidget(), RapportTab)
    entries[-1].trigger()  # the projector
    console = window.session_views[0]
    assert isinstance(console, ConsoleView) and console.projector is not None
    assert console.projector.isVisible()
    window.close()
    assert not console.projector.isVisible()


def test_a_new_meeting_opens_with_the_cursor_on_its_title(
    qtbot: QtBot, services: Services, monkeypatch: object
) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    seen: list[object] = []

    def look(dialog: AgendaEditor) -> int:
        dialog.show()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.meeting_form.title)
        seen.append(dialog.meeting_form.title.selectedText())
        dialog.close()
        return int(QDialog.DialogCode.Accepted.value)

    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.setattr(AgendaEditor, "exec", look)
    window._new_meeting()
    assert seen == ["New meeting"]


def test_a_new_meeting_made_with_a_session_opens_that_session_in_the_console(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A first start: no session, so the tabs take no key (Enter and F5 went nowhere);
    the meeting made with its first session in the agenda editor, that session is
    chosen and its console takes the keys."""
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    assert window.session_id is None and not window.tabs.isEnabled()

    def add_a_session(dialog: AgendaEditor) -> int:
        services.sessions.add(dialog.meeting_id, "Working Session 1", "Tolerance")
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(AgendaEditor, "exec", add_a_session)
    window._new_meeting()
    (meeting,) = services.meetings.all()
    (session,) = services.sessions.of_meeting(meeting.id)
    assert window.session_id == session.id
    assert window.tabs.isEnabled()
    assert "Tolerance" in window.heading.text()
    console = window.session_views[0]
    assert isinstance(console, ConsoleView)
    qtbot.waitUntil(lambda: focused() is console.quick_entry)


def test_a_new_meeting_without_sessions_is_chosen_and_the_tabs_wait(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    monkeypatch.setattr(AgendaEditor, "exec", lambda _dialog: 1)
    window._new_meeting()
    (meeting,) = services.meetings.all()
    assert window.current_meeting_id() == meeting.id
    assert window.session_id is None and not window.tabs.isEnabled()
    assert "has no sessions" in window.heading.text()


def test_each_alt_key_of_the_rapport_tab_does_one_thing(qtbot: QtBot, services: Services) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    rapport = window.session_views[2]
    mnemonics = [
        text[text.index("&") + 1].lower()
        for text in [b.text() for b in rapport.findChildren(QAbstractButton)]
        + [m.title() for m in window.menuBar().findChildren(type(window.session_menu))]
        if "&" in text and not text.startswith("&&")
    ]
    assert mnemonics and len(mnemonics) == len(set(mnemonics)), sorted(mnemonics)
