"""Opening the services for a command, after its arguments have all been checked."""

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rapporteur_app.services.app_services import Services
    from rapporteur_app.services.document_access import DocumentAccess

# Commands that only read: they change nothing, so the backup due on open can wait
# for the next command that writes (or the window's periodic one).
_READS_ONLY = {"tally", "dump", "export", "search"}


def reads_only(args: argparse.Namespace) -> bool:
    action = getattr(args, "action", None)
    if args.command == "year":
        return action != "follow"
    return args.command in _READS_ONLY or action in ("list", "export", "versions", "compare")


@contextmanager
def services(args: argparse.Namespace) -> Iterator["Services"]:
    # Imported here: the store (SQLAlchemy) is the slowest import, and --help or a
    # mistyped word must not pay for it.
    from rapporteur_app.services.app_services import Services

    opened = Services.open(args.db, backup=not reads_only(args))
    try:
        yield opened
    finally:
        opened.close()  # waits for the backup on open, copied beside the command's work
        if opened.db.backup_problem:
            print(f"rapporteur-app: warning: {opened.db.backup_problem}", file=sys.stderr)


@contextmanager
def document_services(args: argparse.Namespace) -> Iterator["DocumentAccess | Services"]:
    """The services of an export command (services/document_access.py): on a SQLite
    file the database and its documents alone, on a server every service."""
    from rapporteur_app.services.document_access import open_for_documents

    opened = open_for_documents(args.db, backup=not reads_only(args))
    try:
        yield opened
    finally:
        opened.close()
        if opened.db.backup_problem:
            print(f"rapporteur-app: warning: {opened.db.backup_problem}", file=sys.stderr)
