"""The main window before its database is open: the meetings and the chosen session's
console as the sqlite3 module read them alone (store/first_fill.py), so that the
rapporteur sees her session at once and may type.

The window then reads it all again through the services (:meth:`MainWindow.attach`),
the console taking them and doing what was typed meanwhile; or, if the services
refuse the file, what was shown is taken away and what was typed is shown, to be
copied. The strings keep the translation context of the window they were written
in ("MainWindow"), so the translations stay where they are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

# QMessageBox is imported in the functions that show a message: making its class
# costs the window's first paint 2.5 ms (docs/architecture.md, "Qt").
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QTreeWidgetItem

if TYPE_CHECKING:
    from rapporteur_app.domain.first_fill import FirstFill
    from rapporteur_app.ui.console.console_view import ConsoleView
    from rapporteur_app.ui.main_window import MainWindow


class EarlyConsole:
    """The console shown from the first fill, until the services are there."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.console: ConsoleView | None = None
        self._close_when_open = False

    def show_first_fill(self, fill: FirstFill) -> None:
        """The meetings, and the chosen session's console, from the first fill."""
        from rapporteur_app.ui.console.console_view import ConsoleView

        window = self._window
        meetings = window.meetings
        # The title names the database once it is open (attach): the menus work then.
        chosen: QTreeWidgetItem | None = None
        meetings.blockSignals(True)  # no session is shown through the services yet
        try:
            meetings.clear()
            for outline in fill.meetings:
                item = window.meeting_item(outline.meeting)
                children = [
                    window.session_item(session.id, session.heading, outline.meeting.id)
                    for session in outline.sessions
                ]
                item.addChildren(children)  # at once: a third cheaper than one by one
                for session, child in zip(outline.sessions, children, strict=True):
                    if fill.session is not None and session.id == fill.session.id:
                        chosen = child
                item.setExpanded(True)
            if chosen is not None:
                meetings.setCurrentItem(chosen)
        finally:
            meetings.blockSignals(False)
        if fill.session is None:
            return
        console = ConsoleView(None, window.tabs)
        self.console = console
        window.session_views.append(console)
        window.tabs.addTab(console, QCoreApplication.translate("SessionTabs", "Console"))
        console.show_first_fill(fill)
        window.session_id = fill.session.id
        window.heading.setText(fill.session.heading)
        console.focus_entry()

    def after_first_paint(self) -> None:
        """Just after the window's first paint: the menus' entries, the log editable
        (first_paint_rows.py)."""
        self._window.fill_menus()
        if self.console is not None:
            self.console.log.make_editable()

    def forget(self) -> None:
        """The full open refused the file the first fill was read from: nothing read
        from it stays on the screen, and whatever was typed meanwhile is shown, to be
        copied (it could not be saved)."""
        from PySide6.QtWidgets import QMessageBox

        window = self._window
        console = self.console
        if console is None and window.meetings.topLevelItemCount() == 0:
            return
        self.console = None
        lost = console.not_done() if console is not None else []
        window.meetings.blockSignals(True)
        window.meetings.clear()
        window.meetings.blockSignals(False)
        window.tabs.clear()
        window.session_views.clear()
        window.session_id = None
        window.setWindowTitle(QCoreApplication.translate("MainWindow", "Rapporteur"))
        window.heading.setText(
            QCoreApplication.translate(
                "MainWindow",
                "This database could not be opened: what was shown from it is taken away.",
            )
        )
        if console is not None:
            console.deleteLater()
        if lost:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("MainWindow", "Rapporteur"),
                "",
                parent=window,
            )
            box.setText(
                QCoreApplication.translate(
                    "MainWindow",
                    "The database could not be opened, so what you typed meanwhile was not "
                    "saved. Copy it from below before closing.",
                )
            )
            box.setDetailedText("\n\n".join(lost))
            box.exec()

    def opened(self) -> None:
        """The session was read again through the services: now what was typed (and the
        window's closing, if it was asked for meanwhile)."""
        console, self.console = self.console, None
        if console is None:
            return
        console.do_what_waited()
        if self._close_when_open:
            QTimer.singleShot(0, self._window.close)

    def keeps_the_window(self) -> bool:
        """Closing before the database is open, with something typed: True, the window
        stays until it is saved (then closes)."""
        console = self.console
        if console is None or not console.not_done():
            return False
        # Typed before the database was open: saved first, then the window goes.
        self._close_when_open = True
        self._window.heading.setText(
            QCoreApplication.translate(
                "MainWindow", "Closing once the database is open: what you typed is saved first."
            )
        )
        return True
