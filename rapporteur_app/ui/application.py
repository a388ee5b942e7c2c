"""Starting the Qt application around the main window."""

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from rapporteur_app import __version__
from rapporteur_app.services.app_services import Services


def _application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    QCoreApplication.setApplicationName("Rapporteur")
    QCoreApplication.setOrganizationName("rapporteur-app")
    QCoreApplication.setApplicationVersion(__version__)
    return QApplication(sys.argv[:1])


def install_excepthook(log_path: str) -> None:
    """An unexpected error in the GUI: logged with its traceback, shown in two lines with
    the log's path, and the program goes on."""

    def show(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        logging.getLogger("rapporteur_app").error("unexpected error", exc_info=(kind, error, trace))
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        QMessageBox.warning(
            None,
            "Rapporteur",
            QCoreApplication.translate(
                "Application",
                "Something went wrong, but nothing you saved is lost. The details are in the "
                "log: {0}",
            ).format(log_path),
        )

    sys.excepthook = show


def offer_restore(location: str | None, message: str) -> bool:
    """Tell the user the database is damaged; restore the newest good backup if they agree."""
    from rapporteur_app.services.backups import BackupService

    _application()
    backups = BackupService(location)
    newest = backups.newest_good()
    if newest is None:
        QMessageBox.critical(None, "Rapporteur", message)
        return False
    problem = message.split(" The newest good backup", maxsplit=1)[0]
    when = f"{newest.taken:%Y-%m-%d %H:%M} UTC"
    answer = QMessageBox.question(
        None,
        "Rapporteur",
        QCoreApplication.translate(
            "Application",
            "{0}\n\nPut the newest good backup ({1}) in its place? The damaged file is kept.",
        ).format(problem, when),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    backups.restore(newest.name)
    return True


def run_gui(
    services: Services, session_id: int | None = None, demo: bool = False, log_path: str = ""
) -> int:
    from rapporteur_app.ui.main_window import MainWindow

    app = _application()
    install_excepthook(log_path)
    window = MainWindow(services, demo=demo)
    window.show()
    from rapporteur_app.ui import typing_hook

    typing_hook.install_exit_when_shown(window)
    if session_id is None and demo:
        session_id = window.first_working_session()
    if session_id is not None:
        window.open_session(session_id)
        window.show_console()
        typing_hook.install(window.session_views[0].notes)  # type: ignore[attr-defined]
        typing_hook.install_logging(window.session_views[0])
    return app.exec()


def show_fatal(message: str) -> None:
    _application()
    QMessageBox.critical(None, "Rapporteur", message)
