"""dump --meeting ID --out FILE.json | load FILE.json"""

import argparse
import sys
from pathlib import Path

from rapporteur_app.cli.arguments import identifier
from rapporteur_app.cli.context import services


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    dump = commands.add_parser("dump", help="write a whole meeting to an exchange file (JSON)")
    dump.add_argument("--meeting", type=identifier, required=True, metavar="ID")
    dump.add_argument("--out", type=Path, required=True, metavar="FILE.json")
    dump.add_argument(
        "--redacted",
        action="store_true",
        help="leave out the names of speakers who asked not to be named (a copy to hand on)",
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


def _dump(args: argparse.Namespace) -> int:
    from rapporteur_app.services import exchange
    from rapporteur_app.services.exchange_redaction import anonymous_speakers, redacted

    with services(args) as app:
        data = app.exchange.dump(args.meeting)
        if args.redacted:
            data = redacted(app.db, args.meeting, data)
    exchange.write_file(data, args.out)
    named = 0 if args.redacted else anonymous_speakers(data)
    if named:
        print(
            f"Note: {args.out} is the full record: it keeps the names of {named} anonymous "
            "statement(s) and is readable by you alone; use --redacted for a copy to hand on.",
            file=sys.stderr,
        )
    return 0


def _load(args: argparse.Namespace) -> int:
    from rapporteur_app.services import exchange

    data = exchange.read_file(args.file)
    exchange.check(data)  # a malformed file is refused before the database is opened
    shown = args.progress or sys.stderr.isatty()
    with services(args) as app:
        meeting = app.exchange.load(data, checked=True, progress=_show_progress if shown else None)
    if shown and sys.stderr.isatty():
        print(file=sys.stderr)  # the line rewritten in place ends
    print(meeting.id)
    return 0


def _show_progress(done: int, total: int) -> None:
    # One line, rewritten in place on a terminal (\r), one line per session in a log.
    end = "\r" if sys.stderr.isatty() else "\n"
    print(f"Loading: {done:,} of {total:,} statements written", end=end, file=sys.stderr)
    sys.stderr.flush()
