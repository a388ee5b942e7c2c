"""Where the console's keys land, whatever held the keyboard focus.

In the room the rapporteur never looks away from the speaker to find the
keyboard focus, so the console keeps four promises (docs/console.md, "Where
the keys go"):

1. Every console key (a row of the key table: F5, F6, Alt+1 … Alt+5, Ctrl+Z …)
   ends with the focus where she types next — the notes while someone has the
   floor, else the quick-entry line — when it was anywhere but one of the
   console's four places (quick entry, queue, log, notes): the menu bar left in
   keyboard mode, the meetings list, a window that just closed. A key that sends
   the focus somewhere on purpose (Ctrl+L, Ctrl+Shift+R) keeps it there, and a
   key pressed in one of the four places leaves it there.
2. A window of the program closing (a dialog, the search window) gives the keys
   back to the console's window when nothing else takes them (no window manager
   does it). A console key still reaches the console when Qt counts its window as
   inactive (a window closed and nothing activated in its place) or when it is
   pressed in the projector or the key list: the console's window is activated
   and the key is done.
3. While someone has the floor, a printable key typed where text cannot go (the
   menu bar in keyboard mode, the log, the queue, a check box, the meetings list,
   the projector, nothing at all) is typed into the notes: not a word is lost, and
   no letter becomes a menu's mnemonic. When nobody speaks, one typed where
   nothing has the focus goes into the quick-entry line.
4. One Esc closes a menu and gives the keyboard back: the menu bar does not stay
   in keyboard mode (where the next letters would open menus) as Qt leaves it.

Only the focused widget and the console's window carry an event filter (not the
whole application), so the typing path costs nothing more.
"""

from collections.abc import Callable, Sequence
from contextlib import suppress
from functools import cache

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence, QWindow
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from rapporteur_app.ui.qt_namespace import Qt


@cache
def _not_typing() -> "Qt.KeyboardModifier":
    # At the first key, not at import: the Qt namespace is built after the first paint.
    return (
        Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.AltModifier
        | Qt.KeyboardModifier.MetaModifier
    )


def takes_text(widget: QWidget | None) -> bool:
    """Whether a printable key typed into ``widget`` becomes text there."""
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)):
        return not widget.isReadOnly()
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return False


def is_typing(event: QKeyEvent) -> bool:
    """A key that types a character (a letter, a digit, a space …), not a command."""
    text = event.text()
    return bool(text) and text.isprintable() and not (event.modifiers() & _not_typing())


def matches(action: QAction, event: QKeyEvent) -> bool:
    pressed = QKeySequence(event.keyCombination())
    return any(
        keys.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch
        for keys in action.shortcuts()
    )


def copy_of(event: QKeyEvent) -> QKeyEvent:
    return QKeyEvent(
        event.type(), event.key(), event.modifiers(), event.nativeScanCode(),
        event.nativeVirtualKey(), event.nativeModifiers(), event.text(),
        event.isAutoRepeat(), event.count(),
    )  # fmt: skip


class KeyHome(QObject):
    """The four promises above, for one console.

    ``places``: the console's four places; ``typing_place()``: where she types next;
    ``speaking()``: whether someone has the floor (and the notes take the typing);
    ``actions``: the console's key-table actions."""

    def __init__(
        self,
        console: QWidget,
        places: Sequence[QWidget],
        typing_place: Callable[[], QWidget],
        speaking: Callable[[], bool],
        actions: Callable[[], Sequence[QAction]],
    ) -> None:
        super().__init__(console)
        self._console = console
        self._places = tuple(places)
        self._typing_place = typing_place
        self._speaking = speaking
        self._actions = actions
        self._window: QWidget | None = None
        self._others: list[QWidget] = []  # the projector and the key list, once shown
        self._watched: QWidget | None = None
        self._focus_window: QWindow | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
            app.focusWindowChanged.connect(self._focus_window_changed)

    # -- where the keys go ---------------------------------------------------------

    def in_place(self) -> bool:
        """Whether the keys go to one of the console's four places (its window active)."""
        focus = QApplication.focusWidget()
        if focus is None or QApplication.activeWindow() is not self._console.window():
            return False
        return any(focus is place or place.isAncestorOf(focus) for place in self._places)

    def land(self, place: QWidget | None = None) -> None:
        """The keys to ``place`` (where she types next unless told), the console's window
        activated first if it is not (the focus then follows it)."""
        window = self._console.window()
        if QApplication.activeWindow() is not window and self._keys_are_ours():
            window.activateWindow()
        target = place or self._typing_place()
        if target.isEnabled() and target.isVisible():
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _keys_are_ours(self) -> bool:
        """Whether the console's window may take the activation: the keys are with a
        window of the program that cannot use them (the projector, the key list, one
        closed). Never when Qt counts none of ours active: another program has them
        (a key handled late must not pull them back from it)."""
        focus: QWindow | None = QGuiApplication.focusWindow()
        if focus is None:
            return False
        return not focus.isVisible() or any(focus is other.windowHandle() for other in self._others)

    def after_key(self) -> None:
        """A console key was done: the focus where she types next if it went astray."""
        if self._console.isVisible() and not self.in_place():
            self.land()

    # -- watching the window, the focused widget and the menus -----------------------

    def watch_window(self, window: QWidget) -> None:
        """The console's window (once it is shown in one), and the other windows whose
        keys are the console's (the projector, the key list)."""
        window.installEventFilter(self)
        if window is not self._console.window():
            if window not in self._others:
                self._others.append(window)
        else:
            self._window = window
            for bar in _menu_bars(window):
                # For good: the menus added later, and the letters typed on it in
                # keyboard mode (it then has the focus).
                bar.installEventFilter(self)
                self._watch_menus(bar)

    def _watch_menus(self, bar: QMenuBar) -> None:
        # Installing a filter twice keeps one: safe to repeat for menus added later.
        for action in bar.actions():
            menu = action.menu()
            if isinstance(menu, QMenu):
                menu.installEventFilter(self)

    def _focus_window_changed(self, now: QWindow | None) -> None:
        """A window of the program that had the keys (a dialog, the search window) will
        give them back to the console's window when it closes, if nothing else takes
        them then (without a window manager nothing does, and Qt still counts the closed
        window as the one with the keys). Another program taking the keys (Alt+Tab)
        closes no window of ours."""
        before, self._focus_window = self._focus_window, None
        if before is not None:
            with suppress(RuntimeError):  # deleted with its dialog
                before.visibleChanged.disconnect(self._focus_window_shown)
        if now is not None and now is not self._console.window().windowHandle():
            now.visibleChanged.connect(self._focus_window_shown)
            self._focus_window = now

    def _focus_window_shown(self, visible: bool) -> None:
        if not visible:
            # With this object as the context: no call once the console is gone (a
            # session replaced by an imported file closes its console meanwhile).
            QTimer.singleShot(0, self, self._take_keys_back)

    def _take_keys_back(self) -> None:
        window = self._console.window()
        focus = QGuiApplication.focusWindow()
        if window.isVisible() and (focus is None or not focus.isVisible()):
            window.activateWindow()

    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        if self._watched is not None:
            with suppress(RuntimeError):  # destroyed meanwhile
                self._watched.removeEventFilter(self)
            self._watched = None
        window = self._window
        if now is None or window is None or now is window or now.window() is not window:
            return
        if not takes_text(now) and not isinstance(now, QMenuBar):  # the bar is watched anyway
            # Before the widget's own handling: a letter the log would search for, or the
            # menu bar take as a mnemonic, is seen here first.
            now.installEventFilter(self)
            self._watched = now

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ActionAdded and isinstance(watched, QMenuBar):
            self._watch_menus(watched)  # a menu added later (the Console menu)
            return False
        if kind != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if isinstance(watched, QMenu):
            if event.key() != Qt.Key.Key_Escape:
                return False
            # The menu handles its Esc now, and the menu bar leaves keyboard mode at
            # once: the keys typed right after it (already queued) must not meet it.
            watched.event(event)
            self._leave_menu_bar()
            return True
        if not self._console.isVisible():
            return False
        if any(watched is other for other in self._others):
            # The projector or the key list had the keys: they are the console's.
            if self._run_console_key(event):
                return True
            if is_typing(event):
                self._type_into_notes(event)
            else:
                self.land()
            return True
        # Qt counts no window active (or another): the console's keys would be lost.
        inactive = watched is self._window and QApplication.activeWindow() is not watched
        if inactive and self._run_console_key(event):
            return True
        if is_typing(event) and self._strays(QApplication.focusWidget()):
            self._type_into_notes(event)
            return True
        return False

    def _strays(self, focus: QWidget | None) -> bool:
        """Whether a printable key typed into ``focus`` would be lost: during a speech,
        anywhere text cannot go; when nobody speaks, only where nothing has the focus
        (the log's and the queue's search by typing, the menu bar's letters, are theirs
        then)."""
        if takes_text(focus):
            return False
        return self._speaking() or focus is None

    def _run_console_key(self, event: QKeyEvent) -> bool:
        for action in self._actions():
            if action.isEnabled() and matches(action, event):
                self.land()
                action.trigger()
                return True
        return False

    def _type_into_notes(self, event: QKeyEvent) -> None:
        """The key typed where the rapporteur types next (the notes during a speech)."""
        place = self._typing_place()
        self.land(place)
        QApplication.sendEvent(place, copy_of(event))

    def _leave_menu_bar(self) -> None:
        """After one Esc closed a menu: the menu bar leaves keyboard mode as at a second
        Esc, giving the focus back to the widget that had it."""
        focus = QApplication.focusWidget()
        if isinstance(focus, QMenuBar) and QApplication.activePopupWidget() is None:
            bar = focus
            escape = QKeyEvent(
                QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier
            )
            QApplication.sendEvent(bar, escape)
            if QApplication.focusWidget() is bar or QApplication.focusWidget() is None:
                self.land()


def _menu_bars(window: QWidget) -> list[QMenuBar]:
    """The window's menu bars. A main window's is asked for by name: looking through
    all its children would make PySide work out the Python type of each widget Qt made
    inside (scroll bars, tab buttons), building their classes' enums before the paint."""
    if isinstance(window, QMainWindow):
        bar = window.menuWidget()
        return [bar] if isinstance(bar, QMenuBar) else []
    return window.findChildren(QMenuBar)
