"""Starting the Qt application around the main window.

The window is shown first and the database opened after: importing the store
(SQLAlchemy) and checking the file take longer than Qt needs to show a window,
and a rapporteur should see the program at once.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

# QMessageBox is imported in the functions that show a message: making its class
# costs the window's first paint 2.5 ms (docs/architecture.md, "Qt").
from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication

from rapporteur_app import __version__

if TYPE_CHECKING:
    from rapporteur_app.domain.errors import RapporteurError
    from rapporteur_app.domain.first_fill import FirstFill
    from rapporteur_app.services.app_services import Services


def _application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    QCoreApplication.setApplicationName("Rapporteur")
    QCoreApplication.setOrganizationName("rapporteur-app")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(sys.argv[:1])
    from rapporteur_app.ui.language import install_translators

    install_translators(app)
    return app


def install_excepthook(log_path: str | Callable[[], str]) -> None:
    """An unexpected error in the GUI: logged with its traceback, shown in two lines with
    the log's path (or what gives it: worked out when needed, not at the start), and
    the program goes on."""

    def show(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        from PySide6.QtWidgets import QMessageBox

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
            ).format(log_path if isinstance(log_path, str) else log_path()),
        )

    sys.excepthook = show


def offer_restore(location: str | None, error: RapporteurError) -> bool:
    """Tell the user the database is damaged; restore the newest good backup if they agree."""
    from PySide6.QtWidgets import QMessageBox

    from rapporteur_app.services.backups import BackupService
    from rapporteur_app.ui.error_text import describe, worded

    _application()
    backups = BackupService(location)
    newest = backups.newest_good()
    if newest is None:
        QMessageBox.critical(None, "Rapporteur", describe(error))
        return False
    # What is wrong, in the user's words, without the command line's advice to restore.
    problem = worded("database-damaged", error.params, str(error).split(" The newest", 1)[0])
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
    from rapporteur_app.ui.background import wait_for

    # In a worker, with progress after half a second: a large file takes a while to
    # check and copy, and the window shown meanwhile goes on repainting.
    wait_for(
        None,
        QCoreApplication.translate("Application", "Restore"),
        [QCoreApplication.translate("Application", "Putting the backup in place…")],
        lambda _report: backups.restore(newest.name),
    )
    return True


def start_gui(
    open_services: Callable[[Callable[[], None]], Services | None],
    session_id: int | None = None,
    demo: bool = False,
    log_path: str | Callable[[], str] = "",
    first_fill: Callable[[Callable[[str], int | None]], FirstFill | None] | None = None,
    after_paint: Callable[[], None] | None = None,
) -> int:
    """Show the main window; fill it from what the sqlite3 module reads alone when it
    can (``first_fill``, given how to find the session to show in a file; None: it
    cannot); then open the database (``open_services`` calls the function it is given
    before it says in a dialog what is wrong, and returns None when it cannot); then
    fill the window through the services. ``after_paint`` is what the first paint does
    not wait for (the log file), done once it is on the screen."""
    from rapporteur_app.ui import typing_hook
    from rapporteur_app.ui.main_window import MainWindow
    from rapporteur_app.ui.qt_namespace import build_now

    app = _application()
    install_excepthook(log_path)
    window = MainWindow(demo=demo)
    window.show()
    if typing_hook.exit_when_shown("shown", window):
        return 0
    fill = None
    if first_fill is not None and not demo:
        fill = first_fill(
            lambda path: session_id if session_id is not None else window.session_to_reopen(path)
        )
    # Painted once, with the session when the file gives a first fill (the empty window
    # painted before it was a whole paint and layout more on the way to the session);
    # else at once, saying the database is being opened.
    if fill is not None:
        window.show_first_fill(fill)
        if typing_hook.exit_when_shown("data", window):
            return 0
    # Painted before the services are even imported; the keys typed meanwhile wait for
    # what the paint did without (ui/qt_namespace.py): the namespace, then the log's
    # editing and the keys' second bindings, which need it.
    app.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    build_now()
    window.early.after_first_paint()
    app.processEvents()
    if after_paint is not None:
        after_paint()
    # Off the GUI thread: the window repaints and takes keys meanwhile.
    services = open_services(window.forget_first_fill)
    if services is None:
        window.close()
        return 2
    if not window.isVisible():  # closed while the database was opening
        services.close()
        return 0
    try:
        window.attach(services)
        if session_id is None and demo:
            session_id = window.first_working_session()
        if session_id is not None:
            if fill is None or fill.session is None:
                window.open_session(session_id)
                window.show_console()
            # else: shown by the first fill, its focus where the rapporteur is typing
            typing_hook.install(window.session_views[0].notes)  # type: ignore[attr-defined]
            typing_hook.install_logging(window.session_views[0])
        typing_hook.install_view_report(window)
        if fill is None and typing_hook.exit_when_shown("data", window):
            return 0
        if typing_hook.exit_when_shown("ready", window):
            return 0
        return app.exec()
    finally:
        services.close()


def show_fatal(error: RapporteurError | str) -> None:
    """A refusal that stops the start: the core's error worded in the user's language."""
    from PySide6.QtWidgets import QMessageBox

    from rapporteur_app.domain.errors import RapporteurError
    from rapporteur_app.ui.error_text import describe

    _application()
    QMessageBox.critical(
        None, "Rapporteur", describe(error) if isinstance(error, RapporteurError) else error
    )
