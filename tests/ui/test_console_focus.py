"""Where the console's keys land (ui/console/key_home.py), in the main window: after a
console key the focus comes home; one Esc out of a menu gives the keyboard back;
printable keys typed where text cannot go during a speech reach the notes; F6 from
astray goes to the quick entry; the projector's keys are the console's. The same
paths with a real X server and real key presses: test_real_window_focus.py."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMenuBar, QTableView, QWidget
from pytestqt.qtbot import QtBot

from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.console.console_view import ConsoleView
from rapporteur_app.ui.main_window import MainWindow
from tests.ui.console_driver import ALT, CTRL, SHIFT, focused, key, queue, type_text


def _window(qtbot: QtBot, services: Services) -> tuple[MainWindow, ConsoleView]:
    meeting = services.meetings.add("Alliance against Trafficking in Persons")
    session = services.sessions.add(meeting.id, "Working Session 1", "Prevention")
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    window.open_session(session.id)
    window.show_console()
    console = window.session_views[0]
    assert isinstance(console, ConsoleView)
    return window, console


def _press(widget: object, text: str) -> None:
    """Printable keys as the system delivers them: the first to ``widget`` (where the
    focus was), the rest to wherever the focus is then."""
    for number, char in enumerate(text):
        target = widget if number == 0 else focused()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(target if kind == QEvent.Type.KeyPress else focused(), event)


def _speaking(qtbot: QtBot, console: ConsoleView, who: str = "Austria") -> None:
    queue(qtbot, who)
    key(qtbot, Qt.Key.Key_F5)
    assert focused() is console.notes


def test_during_a_speech_letters_typed_on_the_log_the_queue_or_the_menu_bar_reach_the_notes(
    qtbot: QtBot, services: Services
) -> None:
    window, console = _window(qtbot, services)
    _speaking(qtbot, console)
    queue(qtbot, "France")  # someone waiting, so the queue has a row to search
    key(qtbot, Qt.Key.Key_Escape)
    type_text("Opening.")
    for place, typed in ((console.log, " log."), (console.queue.list, " queue.")):
        place.setFocus()
        assert focused() is place
        _press(place, typed)
        assert focused() is console.notes
    bar = window.findChild(QMenuBar)
    assert bar is not None
    bar.setFocus()  # as the menu bar holds it in keyboard mode
    _press(bar, " bar.")
    assert QApplication.activePopupWidget() is None, "a letter opened a menu"
    assert console.notes.toPlainText() == "Opening. log. queue. bar."


def test_f6_from_astray_goes_to_the_quick_entry_and_the_log_keeps_its_keys_after(
    qtbot: QtBot, services: Services
) -> None:
    window, console = _window(qtbot, services)
    _speaking(qtbot, console)
    type_text("Last words")
    key(qtbot, Qt.Key.Key_F6)  # from the notes: they stay, for the words still to come
    assert focused() is console.notes
    type_text(" of hers.")
    _speaking(qtbot, console, "France")
    window.meetings.setFocus()
    key(qtbot, Qt.Key.Key_F6)  # from astray: where one types next, nobody speaking
    assert focused() is console.quick_entry
    type_text("Italy")
    assert console.quick_entry.text() == "Italy"
    # Nobody speaks: a letter in the log is the log's own (its search by typing).
    console.log.setFocus()
    _press(console.log, "a")
    assert focused() is console.log and console.quick_entry.text() == "Italy"
    console.notes.save_now()
    notes = [s.notes for s in services.statements.of_session(console.session_id)]
    assert notes == ["Last words of hers.", ""]


def test_a_console_key_brings_the_focus_home_from_outside_the_console(
    qtbot: QtBot, services: Services
) -> None:
    window, console = _window(qtbot, services)
    _speaking(qtbot, console)
    window.meetings.setFocus()  # the meetings list: not one of the console's places
    key(qtbot, Qt.Key.Key_2, ALT)  # a category key
    assert focused() is console.notes
    # A key pressed in one of the console's places leaves the focus there.
    console.log.setFocus()
    key(qtbot, Qt.Key.Key_1, ALT)
    assert focused() is console.log


def test_the_projector_never_takes_the_keys_and_its_keys_are_the_consoles(
    qtbot: QtBot, services: Services
) -> None:
    console = _window(qtbot, services)[1]
    _speaking(qtbot, console)
    queue(qtbot, "France")
    key(qtbot, Qt.Key.Key_Escape)
    key(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    projector = console.projector
    assert projector is not None and projector.isVisible()
    assert projector.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert projector.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert focused() is console.notes  # opening it took nothing
    # Had it the keys anyway (a window manager that gives it them): F5 is the console's,
    # and what is typed goes to the notes of the speaker it gives the floor to.
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            projector, QKeyEvent(kind, Qt.Key.Key_F5, Qt.KeyboardModifier.NoModifier)
        )
    assert console.on_floor is not None and console.on_floor.on_behalf_of == "France"
    _press(projector, "France speaks.")
    assert console.notes.toPlainText() == "France speaks."


def test_the_tab_keys_go_round_the_session_tabs_from_a_table_and_land_in_the_notes(
    qtbot: QtBot, services: Services
) -> None:
    """On the Statements tab the focus sits in a table, which keeps Ctrl+Shift+Tab for
    itself: the window's own tab keys still go back, and the typing lands in the notes
    of the speaker on the floor (seen in a real window: the letters went to the table)."""
    window, console = _window(qtbot, services)
    _speaking(qtbot, console)
    type_text("Opening.")
    key(qtbot, Qt.Key.Key_Tab, CTRL)
    assert window.tabs.currentIndex() == 1 and not console.isVisible()
    table = window.tabs.currentWidget().findChild(QTableView)
    assert table is not None
    table.setFocus()
    key(qtbot, Qt.Key.Key_Backtab, CTRL | SHIFT)
    assert window.tabs.currentIndex() == 0 and console.isVisible()
    assert focused() is console.notes
    type_text(" Back.")
    console.notes.save_now()
    assert services.statements.of_session(console.session_id)[0].notes == "Opening. Back."
    key(qtbot, Qt.Key.Key_PageUp, CTRL)  # round the other way: the last tab
    assert window.tabs.currentIndex() == window.tabs.count() - 1
    key(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert window.tabs.currentIndex() == 0 and focused() is console.notes


def test_the_blue_frame_follows_the_place_where_the_typing_goes(
    qtbot: QtBot, services: Services
) -> None:
    """One ring two pixels wide over the edge of the focused one of the places one types
    in (a widget of its own since round 10: ui/console/typing_frame.py), hidden when the
    focus is elsewhere, and along when a splitter moves."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QSplitter

    _window_shown, console = _window(qtbot, services)
    frame = console.typing_frame

    def over(place: QWidget) -> bool:
        corner = place.mapTo(console, QPoint(0, 0))
        return frame.isVisible() and (frame.x(), frame.y(), frame.width(), frame.height()) == (
            corner.x(), corner.y(), place.width(), place.height(),
        )  # fmt: skip

    for place in (console.quick_entry, console.queue.list, console.log):
        place.setFocus()
        qtbot.waitUntil(lambda place=place: frame.around is place and over(place))
        # The ring alone is the frame's: a click inside goes to the place itself.
        assert frame.mask().contains(QPoint(0, 0))
        assert not frame.mask().contains(QPoint(place.width() // 2, place.height() // 2))
    splitter = console.log.parentWidget().parentWidget()
    assert isinstance(splitter, QSplitter)
    height = console.log.height()
    top, bottom = splitter.sizes()
    splitter.setSizes([top - 40, bottom + 40])
    qtbot.waitUntil(lambda: console.log.height() != height and over(console.log))
    console.floor.statement_limit.setFocus()  # not a place one types in
    qtbot.waitUntil(lambda: not frame.isVisible())
    assert frame.around is None
