"""Opening the services for a command, after its arguments have all been checked."""

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rapporteur_app.services.app_services import Services
    from rapporteur_app.store.database import Database

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


class DocumentsOnly:
    """What an export needs of the services on a SQLite file: the database and its
    documents, with the services' guard (final_lock) as Services has it."""

    def __init__(self, db: "Database") -> None:
        from rapporteur_app.services import final_lock as _final_lock  # noqa: F401
        from rapporteur_app.services.documents import DocumentService

        self.db = db
        self.documents = DocumentService(db)

    def close(self) -> None:
        self.db.close()


@contextmanager
def document_services(args: argparse.Namespace) -> Iterator["Services | DocumentsOnly"]:
    """The services of an export command. On a SQLite file, the database and its
    documents alone: the other services' modules (the directory's fuzzy matching, the
    year, the search, the console's) are not imported for a document. On a server,
    every service, as any command has them: opening them first sends what was typed
    on this computer while the server was away, so the document has it."""
    from rapporteur_app.store.database import Database

    db = Database.open(args.db, backup=not reads_only(args))
    opened: Services | DocumentsOnly
    if db.path is None:
        from rapporteur_app.services.app_services import Services as AllServices

        opened = AllServices(db)
    else:
        opened = DocumentsOnly(db)
    try:
        yield opened
    finally:
        opened.close()
        if db.backup_problem:
            print(f"rapporteur-app: warning: {db.backup_problem}", file=sys.stderr)
