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


# The modules of the commands, by the command's word: a command's words need only
# its own module (the others import what they need, and each adds its parsers).
# tests/cli/test_parser.py holds this to what each module registers.
COMMAND_MODULES = {
    "meeting": "meeting",
    "session": "session",
    "statement": "statement",
    "recommendation": "recommendation",
    "tally": "tally",
    "dump": "exchange",
    "load": "exchange",
    "export": "export",
    "agenda": "export",
    "document": "documents",
    "organizations": "organizations",
    "participants": "participants",
    "search": "search",
    "backup": "backup",
    "team": "team",
    "year": "year",
}
# In the order of the help's list of commands.
_MODULES = tuple(dict.fromkeys(COMMAND_MODULES.values()))


def command_word(words: list[str]) -> str | None:
    """The command the words name, if they name one of COMMAND_MODULES plainly (the
    program's own options before it: --db and its value); None when help is asked
    for the program as a whole or the words are anything else."""
    index = 0
    while index < len(words):
        word = words[index]
        if word == "--db":
            index += 2
            continue
        if word.startswith("--db="):
            index += 1
            continue
        return word if word in COMMAND_MODULES else None
    return None


def build_parser(words: list[str] | None = None) -> Parser:
    """The parser of every command, or, given the words of one command, of that one
    alone: the same parser for those words, without importing and building the
    fifteen others (a tenth of a small command's start)."""
    import importlib

    command = command_word(words) if words is not None else None
    modules = (COMMAND_MODULES[command],) if command is not None else _MODULES

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
    for name in modules:
        importlib.import_module(f"rapporteur_app.cli.{name}").register(commands)
    return parser
