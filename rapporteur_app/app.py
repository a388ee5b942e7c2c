"""The composition root: logging, the command line, and the GUI when asked for.

Qt is imported only when the window opens, so command-line use stays fast.
"""

import gc
import logging
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from rapporteur_app.cli import PROGRAM, run
from rapporteur_app.cli.gui_args import gui_request
from rapporteur_app.domain.errors import DamagedDatabase, RapporteurError

if TYPE_CHECKING:
    from collections.abc import Callable

    from rapporteur_app.domain.first_fill import FirstFill
    from rapporteur_app.services.app_services import Services

LOG_ENV = "RAPPORTEUR_LOG"
_HANDLER_NAME = "rapporteur-log-file"


def log_path() -> Path:
    override = os.environ.get(LOG_ENV)
    if override:
        return Path(override)
    import platformdirs  # here: the window's first paint does not wait for it

    return Path(platformdirs.user_log_dir(PROGRAM, appauthor=False)) / "rapporteur.log"


# PostgreSQL's error texts carry row values ("DETAIL:  Failing row contains (...)",
# "Key (name)=(...) already exists"): never into the log. SQLAlchemy's own
# "[parameters: ...]" is off already (hide_parameters on every engine).
_ROW_VALUES = re.compile(r"^\s*(DETAIL|CONTEXT):.*$", re.MULTILINE)


# A database URL's password (postgresql://user:PASSWORD@host/db), wherever a message
# quotes one: the log keeps the URL without it (the password belongs in ~/.pgpass).
_URL_PASSWORD = re.compile(r"(://[^:/@\s]*):[^@\s/]*@")


class PrivateFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        text = _ROW_VALUES.sub(
            r"\1: (left out: it may hold the user's data)", super().format(record)
        )
        return _URL_PASSWORD.sub(r"\1@", text)


class EarlyRecords(logging.Handler):
    """What is logged before the log file is set up (the window's first paint does not
    wait for it): kept, and written to the file once it is (:func:`setup_logging`)."""

    LIMIT = 1000  # a start that logs more than this has said what matters already

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []
        self.set_name(_EARLY_NAME)

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.records) < self.LIMIT:
            self.records.append(record)


_EARLY_NAME = "rapporteur-log-early"


def keep_early_records() -> None:
    """Until :func:`setup_logging`: what is logged is kept, at the level the file has."""
    root = logging.getLogger()
    if not any(h.get_name() == _EARLY_NAME for h in root.handlers):
        root.addHandler(EarlyRecords())
    root.setLevel(logging.INFO)


def setup_logging_if_early() -> None:
    """The log file, if only the early records were kept so far (the window, after its
    first paint)."""
    if any(h.get_name() == _EARLY_NAME for h in logging.getLogger().handlers):
        setup_logging()


def setup_logging() -> Path:
    """Log to a file readable by the user alone; never to the terminal."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not path.exists():
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        from rapporteur_app.private_log_file import PrivateLogFile

        handler: logging.Handler = PrivateLogFile(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(PrivateFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.set_name(_HANDLER_NAME)
    root = logging.getLogger()
    # Replace our own handler only (main() may run more than once in one process).
    early: list[logging.LogRecord] = []
    for old in [h for h in root.handlers if h.get_name() in (_HANDLER_NAME, _EARLY_NAME)]:
        root.removeHandler(old)
        if isinstance(old, EarlyRecords):
            early.extend(old.records)
        old.close()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    for record in early:
        if record.levelno >= root.level:
            handler.handle(record)
    return path


# Before the window's first paint the process makes some 46,000 objects the collector
# tracks (PySide's types, the program's modules and classes, the first fill), nearly
# all to live as long as it does: 359 were garbage in cycles at the paint. With Python's
# default thresholds the collector walked them 61 times before the paint (56 young
# collections, 5 of the middle generation: 13–23 ms on the 2-core machine). It is held
# off until the paint, then walks them once (about 12 ms, while the database opens).
def launch_gui(location: str | None, session_id: int | None, demo: bool) -> int:
    collecting = gc.isenabled()
    gc.disable()

    def after_paint() -> None:
        if collecting:
            gc.enable()
        setup_logging_if_early()

    try:
        try:
            from rapporteur_app.ui.pyside_source_check import check_imports_cheaply

            # First: every module imported after QtCore is looked at by PySide.
            check_imports_cheaply()
            from rapporteur_app.ui.application import start_gui
        except ImportError as error:  # Qt's system libraries are missing
            print(f"{PROGRAM}: error: the window cannot open: {error}", file=sys.stderr)
            return 2
        return start_gui(
            lambda refusing: _open_for_gui(location, demo, refusing),
            session_id=session_id,
            demo=demo,
            log_path=lambda: str(log_path()),
            first_fill=lambda session_in: _first_fill(location, session_in),
            after_paint=after_paint,
        )
    finally:
        if collecting:  # however the window ended (a test process runs many)
            gc.enable()


def _first_fill(
    location: str | None, session_in: "Callable[[str], int | None]"
) -> "FirstFill | None":
    """The window's first fill from a SQLite file, by the sqlite3 module alone (no
    SQLAlchemy imported); None for a server, or whenever the full path must decide."""
    from rapporteur_app.store.first_fill import first_fill
    from rapporteur_app.store.location import plain_sqlite_file
    from rapporteur_app.ui.console.console_view import LOG_PAGE

    try:
        path = plain_sqlite_file(location)
    except RapporteurError:
        return None
    if path is None:
        return None  # a team server: the normal path
    return first_fill(path, session_in(str(path)), LOG_PAGE)


def _nothing() -> None:
    return None


def _open_for_gui(
    location: str | None, demo: bool, refusing: "Callable[[], None]" = _nothing
) -> "Services | None":
    """Open the database behind the window already shown; say what is wrong in a dialog
    (after ``refusing``: the window takes away what it showed from the file)."""
    from rapporteur_app.ui.application import offer_restore, show_fatal
    from rapporteur_app.ui.off_thread import call_off_gui_thread

    # Opened in a worker thread: the window repaints and takes input meanwhile.
    try:
        return call_off_gui_thread(lambda: _open_services(location, demo))
    except DamagedDatabase as error:
        refusing()
        print(f"{PROGRAM}: error: {error}", file=sys.stderr)
        try:
            restored = offer_restore(location, error)
        except RapporteurError as again:
            show_fatal(again)
            return None
        if not restored:
            return None
        try:
            return call_off_gui_thread(lambda: _open_services(location, False))
        except RapporteurError as again:
            show_fatal(again)
            return None
    except RapporteurError as error:
        refusing()
        print(f"{PROGRAM}: error: {error}", file=sys.stderr)
        show_fatal(error)
        return None


def _open_services(location: str | None, demo: bool) -> "Services":
    from rapporteur_app.services.app_services import Services

    if demo:
        import tempfile

        from rapporteur_app.services.demo import add_demo_meeting

        folder = tempfile.mkdtemp(prefix="rapporteur-demo-")
        services = Services.open(Path(folder) / "demo.sqlite3")
        add_demo_meeting(services)
        return services
    return Services.open(location)


def main(argv: Sequence[str] | None = None) -> int:
    if gui_request(list(sys.argv[1:] if argv is None else argv)) is not None:
        # The window: its log file is set up once it has painted (start_gui's
        # after_paint); what is logged before is kept for it meanwhile.
        keep_early_records()
    else:
        setup_logging()
    return run(argv, gui=launch_gui)
