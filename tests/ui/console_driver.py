"""Driving the console as a rapporteur does: keys into the focused widget, clicks on
what is on the screen. No test calls into the console's own methods."""

from html import unescape

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from rapporteur_app.ui.console.console_view import ConsoleView

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier


def wait_mark_text(view: ConsoleView) -> str:
    """The line that says the database is held and what waits ("" when hidden)."""
    label = view.findChild(QLabel, "wait-mark")
    assert label is not None, "the console has no wait line"
    return unescape(label.text()) if label.isVisible() else ""


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def key(qtbot: QtBot, k: Qt.Key, modifiers: Qt.KeyboardModifier = NONE) -> None:
    """A key, where the system would deliver it: to an open popup (the completion list)
    first, else to the focused widget."""
    qtbot.keyClick(QApplication.activePopupWidget() or focused(), k, modifiers)


def type_text(text: str) -> None:
    """Type any text, Cyrillic included, into the focused widget (qtbot.keyClicks aborts
    on non-ASCII text)."""
    for char in text:
        code, sent = (Qt.Key.Key_Return, "\r") if char == "\n" else (0, char)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(focused(), QKeyEvent(kind, code, NONE, sent))


def queue(qtbot: QtBot, text: str) -> None:
    """Ctrl+L, the text, Enter."""
    key(qtbot, Qt.Key.Key_L, CTRL)
    type_text(text)
    key(qtbot, Qt.Key.Key_Return)


def click(qtbot: QtBot, widget: QWidget, pos: QPoint | None = None) -> None:
    if pos is None:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def button(view: ConsoleView, name: str) -> QPushButton:
    found = view.findChild(QPushButton, name)
    assert found is not None, f"no button {name!r} on the console"
    return found


def click_button(qtbot: QtBot, view: ConsoleView, name: str) -> None:
    found = button(view, name)
    assert found.isEnabled(), f"the button {name!r} is disabled"
    click(qtbot, found)


def click_log_row(qtbot: QtBot, view: ConsoleView, row: int, column: int = 2) -> None:
    index = view.log_model.index(row, column)
    view.log.scrollTo(index)
    click(qtbot, view.log.viewport(), view.log.visualRect(index).center())


def double_click_log_cell(qtbot: QtBot, view: ConsoleView, row: int, column: int) -> None:
    index = view.log_model.index(row, column)
    view.log.scrollTo(index)
    where = view.log.visualRect(index).center()
    click(qtbot, view.log.viewport(), where)
    qtbot.mouseDClick(view.log.viewport(), Qt.MouseButton.LeftButton, pos=where)


def click_queue_row(qtbot: QtBot, view: ConsoleView, row: int) -> None:
    queue_list = view.queue.list
    rect = queue_list.visualItemRect(queue_list.item(row))
    click(qtbot, queue_list.viewport(), rect.center())


def queue_shown(view: ConsoleView) -> list[str]:
    """The queue as the rapporteur reads it: each speaker's first line."""
    queue_list = view.queue.list
    return [queue_list.item(i).text().split("\n")[0] for i in range(queue_list.count())]
