"""dump --meeting ID --out FILE.json | load FILE.json"""

import argparse
from pathlib import Path

from rapporteur_app.cli.arguments import identifier
from rapporteur_app.cli.context import services
from rapporteur_app.services import exchange


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    dump = commands.add_parser("dump", help="write a whole meeting to an exchange file (JSON)")
    dump.add_argument("--meeting", type=identifier, required=True, metavar="ID")
    dump.add_argument("--out", type=Path, required=True, metavar="FILE.json")
    dump.set_defaults(handler=_dump)

    load = commands.add_parser("load", help="add the meeting of an exchange file; prints its id")
    load.add_argument("file", type=Path, metavar="FILE.json")
    load.set_defaults(handler=_load)


def _dump(args: argparse.Namespace) -> int:
    with services(args) as app:
        data = app.exchange.dump(args.meeting)
    exchange.write_file(data, args.out)
    return 0


def _load(args: argparse.Namespace) -> int:
    data = exchange.read_file(args.file)
    exchange.check(data)
    with services(args) as app:
        meeting = app.exchange.load(data)
    print(meeting.id)
    return 0
