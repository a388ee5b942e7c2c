"""The main window's backups: File > Backups…, the periodic backup while the program
runs (copied in a thread, never in the rapporteur's way), and the line that says
where she sees it when backups cannot be taken (a full disk).

The strings keep the translation context of the window they were written in
("MainWindow"), so the translations stay where they are.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

from rapporteur_app.domain.errors import RapporteurError
from rapporteur_app.ui.error_text import describe, said_text

if TYPE_CHECKING:
    from rapporteur_app.services.app_services import Services
    from rapporteur_app.services.backups import BackgroundBackup
    from rapporteur_app.ui.main_window import MainWindow

# While the program runs, the database is backed up this often if it changed.
BACKUP_EVERY_MS = 5 * 60 * 1000


class WindowBackups:
    """The backups the window takes and shows."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._backing_up: BackgroundBackup | None = None
        self._timer: QTimer | None = None

    def open_dialog(self) -> None:
        """File > Backups…: the backups of the database, one of them restored if asked."""
        from rapporteur_app.ui.backups_dialog import BackupsDialog

        window = self._window
        dialog = BackupsDialog(window.services, window)
        dialog.exec()
        if dialog.restored:
            from rapporteur_app.services.changes import change_source_for

            # A new engine on the restored file: the change source follows it.
            window.changes.replace_source(change_source_for(window.services.db))
            window.session_id = None
            window.refresh()
            window.session_chosen_or_not()

    def start_periodic(self) -> None:
        """The database is open: back it up every few minutes while the program runs."""
        self._timer = QTimer(self._window, interval=BACKUP_EVERY_MS)
        self._timer.timeout.connect(self._periodic_backup)
        self._timer.start()

    def _periodic_backup(self) -> None:
        from rapporteur_app.services.backups import BackupService

        path = self._window.services.db.path
        running = self._backing_up
        if path is None or (running is not None and running.is_alive()):
            return
        try:
            # Copied in a thread: the window never waits for the copy (nor its full check).
            self._backing_up = BackupService(str(path)).periodic_in_background()
        except (RapporteurError, OSError) as error:
            # Never in the rapporteur's way (the next tick tries again), but said
            # where she sees it: her backups have stopped.
            logging.getLogger("rapporteur_app.ui.main_window").warning(
                "periodic backup failed: %s", error
            )
            shown = describe(error) if isinstance(error, RapporteurError) else str(error)
            self.show_problem(shown)
            return
        self._watch_periodic_backup(self._backing_up)

    def _watch_periodic_backup(self, backup: BackgroundBackup) -> None:
        if backup.is_alive():
            QTimer.singleShot(500, lambda: self._watch_periodic_backup(backup))
        elif backup.problem:
            self.show_problem(backup.problem)
        else:
            self._window.backup_warning.hide()

    def watch_open_backup(self, services: Services) -> None:
        """The backup on open is copied in a thread: say so when it could not be taken."""
        if services.db.backup_problem:
            self.show_problem(services.db.backup_problem)
        elif services.db.backup_running:
            QTimer.singleShot(500, lambda: self.watch_open_backup(services))

    def show_problem(self, detail: str) -> None:
        # The core's line (coded) in the user's words; cut short, it still fits the bar.
        shown = said_text(detail)
        warning = self._window.backup_warning
        warning.setText(
            QCoreApplication.translate("MainWindow", "⚠ Backups have stopped: {0}").format(
                shown[:300]
            )
        )
        warning.show()
