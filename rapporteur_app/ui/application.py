"""Starting the Qt application around the main window."""

import sys

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


def run_gui(services: Services, session_id: int | None = None, demo: bool = False) -> int:
    from rapporteur_app.ui.main_window import MainWindow

    app = _application()
    window = MainWindow(services, demo=demo)
    window.show()
    if session_id is None and demo:
        session_id = window.first_working_session()
    if session_id is not None:
        window.open_session(session_id)
        window.show_console()
        from rapporteur_app.ui import typing_hook

        typing_hook.install(window.session_views[0].notes)  # type: ignore[attr-defined]
    return app.exec()


def show_fatal(message: str) -> None:
    _application()
    QMessageBox.critical(None, "Rapporteur", message)
