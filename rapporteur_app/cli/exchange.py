"""dump --meeting ID --out FILE.json | load FILE.json"""

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from rapporteur_app.cli.arguments import identifier
from rapporteur_app.cli.context import services

if TYPE_CHECKING:
    from rapporteur_app.services.exchange_dump import DumpProgress
    from rapporteur_app.services.exchange_load import LoadProgress


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    dump = commands.add_parser("dump", help="write a whole meeting to an exchange file (JSON)")
    dump.add_argument("--meeting", type=identifier, required=True, metavar="ID")
    dump.add_argument("--out", type=Path, required=True, metavar="FILE.json")
    dump.add_argument(
        "--redacted",
        action="store_true",
        help="leave out the names of speakers who asked not to be named (a copy to hand on)",
    )
    dump.add_argument(
        "--progress",
        action="store_true",
        help="say on stderr how many statements are written (the default on a terminal)",
    )
    dump.set_defaults(handler=_dump)

    load = commands.add_parser("load", help="add the meeting of an exchange file; prints its id")
    load.add_argument("file", type=Path, metavar="FILE.json")
    load.add_argument(
        "--progress",
        action="store_true",
        help="say on stderr how many statements are written (the default on a terminal)",
    )
    load.set_defaults(handler=_load)


def _shown(args: argparse.Namespace) -> bool:
    return bool(args.progress or sys.stderr.isatty())


def _dump(args: argparse.Namespace) -> int:
    shown = _shown(args)
    with services(args) as app:
        # Written a session at a time: a meeting of a million statements is never
        # held whole in memory.
        dumped = app.exchange.dump_file(
            args.meeting, args.out, redacted=args.redacted, progress=_dumping if shown else None
        )
    _end_line(shown)
    if dumped.anonymous_named:
        print(
            f"Note: {args.out} is the full record: it keeps the names of "
            f"{dumped.anonymous_named} anonymous statement(s) and is readable by you alone; "
            "use --redacted for a copy to hand on.",
            file=sys.stderr,
        )
    return 0


def _load(args: argparse.Namespace) -> int:
    shown = _shown(args)
    with services(args) as app:
        # Read as it is written, in one transaction: a malformed file is refused
        # (in the words of the schema's check) with nothing written.
        meeting = app.exchange.load_file(args.file, progress=_loading if shown else None)
    _end_line(shown)
    print(meeting.id)
    return 0


def _end_line(shown: bool) -> None:
    if shown and sys.stderr.isatty():
        print(file=sys.stderr)  # the line rewritten in place ends


def _say(text: str) -> None:
    # One line, rewritten in place on a terminal (\r), one line per report in a log.
    end = "\r" if sys.stderr.isatty() else "\n"
    print(text, end=end, file=sys.stderr)
    sys.stderr.flush()


def _loading(progress: "LoadProgress") -> None:
    share = 100 * progress.read // progress.size if progress.size else 100
    _say(f"Loading: {progress.statements:,} statements written ({share}% of the file read)")


def _dumping(progress: "DumpProgress") -> None:
    _say(f"Dumping: {progress.statements:,} of {progress.total:,} statements written")
