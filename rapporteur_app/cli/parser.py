"""The argument parser: one line on stderr and exit 2 for any mistake in the words."""

import argparse
import sys
from typing import NoReturn

from rapporteur_app import __version__
from rapporteur_app.cli.arguments import identifier


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # argparse prints the whole usage first; one line is easier to read and to test.
        print(f"{self.prog}: error: {message} (see --help)", file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> Parser:
    from rapporteur_app.cli import (
        backup,
        documents,
        exchange,
        export,
        meeting,
        organizations,
        participants,
        recommendation,
        search,
        session,
        statement,
        tally,
        team,
        year,
    )

    parser = Parser(
        prog="rapporteur-app",
        description="Log the statements of an international meeting and write its rapport. "
        "With no command, the program's window opens.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help="the database: a SQLite file or a SQLAlchemy URL "
        "(default: $RAPPORTEUR_DB, else rapporteur.sqlite3 in your data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    gui = commands.add_parser("gui", help="open the program's window")
    gui.add_argument("--session", type=identifier, metavar="ID", help="open this session's console")
    gui.add_argument(
        "--demo", action="store_true", help="open a sample meeting in a temporary database"
    )
    for module in (
        meeting,
        session,
        statement,
        recommendation,
        tally,
        exchange,
        export,
        documents,
        organizations,
        participants,
        search,
        backup,
        team,
        year,
    ):
        module.register(commands)
    return parser
