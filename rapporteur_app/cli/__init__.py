"""The command line: ``rapporteur-app [--db PATH|URL] COMMAND ...``.

Every command exits 0 on success (printing the new object's id where it makes
one) and 2 on bad input, with one line on stderr naming the problem and
nothing written. An internal error (a bug) exits 1 with one line; its
traceback goes to the log file only.
"""

import gc
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from rapporteur_app.cli.gui_args import gui_request
from rapporteur_app.domain.errors import RapporteurError
from rapporteur_app.domain.text import quoted

log = logging.getLogger(__name__)

#: Opens the GUI: (database location or None, session id or None, demo) -> exit code.
GuiLauncher = Callable[[str | None, int | None, bool], int]

PROGRAM = "rapporteur-app"


# A command imports SQLAlchemy, reportlab and the program: over a hundred thousand
# objects made once and kept, and little garbage. With Python's default thresholds the
# collector walks all of them again and again while they are made (about a tenth of an
# export's CPU); the young objects are still collected, less often.
_COMMAND_GC_THRESHOLDS = (10_000, 50, 100)


# Commands that write one document and end: as a whole process, they run without the
# collector (their garbage is freed by reference counting; what is left in cycles is
# a few hundred objects of one document, freed when the process ends).
_WITHOUT_COLLECTOR = {"export", "agenda"}


@contextmanager
def collecting_less_often(whole_process: bool, command: str | None = None) -> Iterator[None]:
    """The command's thresholds while it runs; the caller's again after it (tests run
    many commands in one process). When the command is the whole process, what is
    left is Python's shutdown, whose last collection walks every object the command
    made and kept (SQLAlchemy's, reportlab's, the program's) to find almost nothing:
    a sixth of a PDF export's CPU. Frozen, they are left out of it (still freed).
    A whole-process export runs without the collector at all: its forty young
    collections found some 450 objects (the large meeting's PDF), for 1.2–1.6% of the
    process's instructions."""
    before = gc.get_threshold()
    was_enabled = gc.isenabled()
    gc.set_threshold(*_COMMAND_GC_THRESHOLDS)
    if whole_process and command in _WITHOUT_COLLECTOR:
        gc.disable()
    try:
        yield
    finally:
        gc.set_threshold(*before)
        if was_enabled:
            gc.enable()
        if whole_process:
            gc.freeze()


def run(argv: Sequence[str] | None, gui: GuiLauncher) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    request = gui_request(words)
    if request is not None:
        return gui(request.db, request.session, request.demo)
    # Built only for a command: opening the window does not wait for it (its formats'
    # registry, the documents' values).
    from rapporteur_app.cli.parser import build_parser

    parser = build_parser(words)
    args = parser.parse_args(words)
    if args.command in (None, "gui"):
        return gui(args.db, getattr(args, "session", None), getattr(args, "demo", False))
    try:
        # Without argv, run() is the installed command, python -m or the bundle.
        with collecting_less_often(whole_process=argv is None, command=args.command):
            return int(args.handler(args))
    except RapporteurError as error:
        print(f"{PROGRAM}: error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except OSError as error:
        # The system refused (a name too long, a full disk, no permission): the
        # user's to fix, said in one line, not a bug.
        log.warning("%s refused by the system: %s", args.command, error.strerror or error)
        where = f" ({quoted(error.filename, 60)})" if error.filename else ""
        print(f"{PROGRAM}: error: {error.strerror or error}{where}.", file=sys.stderr)
        return 2
    except Exception as error:  # a bug: keep the traceback out of the user's face
        log.exception("internal error in %s", args.command)
        print(
            f"{PROGRAM}: internal error ({type(error).__name__}); details are in the log file.",
            file=sys.stderr,
        )
        return 1
