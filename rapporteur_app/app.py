"""The composition root: logging, the command line, and the GUI when asked for.

Qt is imported only when the window opens, so command-line use stays fast.
"""

import logging
import logging.handlers
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import platformdirs

from rapporteur_app.cli import PROGRAM, run
from rapporteur_app.domain.errors import DamagedDatabase, RapporteurError

LOG_ENV = "RAPPORTEUR_LOG"
_HANDLER_NAME = "rapporteur-log-file"


def log_path() -> Path:
    override = os.environ.get(LOG_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_log_dir(PROGRAM, appauthor=False)) / "rapporteur.log"


def setup_logging() -> Path:
    """Log to a file readable by the user alone; never to the terminal."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not path.exists():
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.set_name(_HANDLER_NAME)
    root = logging.getLogger()
    # Replace our own handler only (main() may run more than once in one process).
    for old in [h for h in root.handlers if h.get_name() == _HANDLER_NAME]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def launch_gui(location: str | None, session_id: int | None, demo: bool) -> int:
    from rapporteur_app.services.app_services import Services

    try:
        if demo:
            from rapporteur_app.services.demo import add_demo_meeting

            folder = tempfile.mkdtemp(prefix="rapporteur-demo-")
            services = Services.open(Path(folder) / "demo.sqlite3")
            add_demo_meeting(services)
        else:
            services = Services.open(location)
    except DamagedDatabase as error:
        restored = _offer_restore(location, str(error))
        if not restored:
            return 2
        try:
            services = Services.open(location)
        except RapporteurError as again:
            return _report_without_window(str(again))
    except RapporteurError as error:
        return _report_without_window(str(error))

    from rapporteur_app.ui.application import run_gui

    try:
        return run_gui(services, session_id=session_id, demo=demo, log_path=str(log_path()))
    finally:
        services.close()


def _offer_restore(location: str | None, message: str) -> bool:
    """A damaged database: say so, and offer to put the newest good backup back."""
    print(f"{PROGRAM}: error: {message}", file=sys.stderr)
    try:
        from rapporteur_app.ui.application import offer_restore

        return offer_restore(location, message)
    except RapporteurError as error:
        print(f"{PROGRAM}: error: {error}", file=sys.stderr)
        return False


def _report_without_window(message: str) -> int:
    """The database could not be opened: say so in a dialog if Qt can show one."""
    print(f"{PROGRAM}: error: {message}", file=sys.stderr)
    try:
        from rapporteur_app.ui.application import show_fatal

        show_fatal(message)
    except Exception:  # no display at all: the line on stderr is the message
        logging.getLogger(__name__).warning("could not show the error in a window")
    return 2


def main(argv: Sequence[str] | None = None) -> int:
    setup_logging()
    return run(argv, gui=launch_gui)
