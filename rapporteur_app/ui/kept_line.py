"""The one line that says typed work is kept on this computer while the server is away.

On a PostgreSQL server, notes and statements typed while the server cannot be
reached go to a journal on the laptop (services/journal.py) and are written when it
is back. The window says so in its status bar, in one line that stays while
anything waits, and says once when all of it has been written; the views then read
the session again (what was kept is now on the server).
"""

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMainWindow

from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.change_hub import ANY_SESSION, ChangeHub

CHECK_MS = 1000
BACK_SHOWN_MS = 10_000


class KeptWritesLine(QObject):
    def __init__(self, window: QMainWindow, services: Services, hub: ChangeHub) -> None:
        super().__init__(window)
        self._window, self._services, self._hub = window, services, hub
        self._shown = 0
        self._timer = QTimer(self, interval=CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        self.check()

    def check(self) -> None:
        waiting = self._services.kept_waiting
        if waiting == self._shown:
            return
        bar = self._window.statusBar()
        if waiting:
            bar.showMessage(
                self.tr(
                    "The database server cannot be reached: what is typed meanwhile is kept "
                    "on this computer (%n waiting) and will be written when it is back.",
                    "",
                    waiting,
                )
            )
        else:
            bar.showMessage(
                self.tr(
                    "The database server is back: everything kept on this computer is written."
                ),
                BACK_SHOWN_MS,
            )
            self._hub.notify(ANY_SESSION, None)
        self._shown = waiting

    def stop(self) -> None:
        self._timer.stop()
