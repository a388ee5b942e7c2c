"""The services an export command opens: on a SQLite file, the database and its
documents alone; on a server, every service.

The other services' modules (the directory's fuzzy matching, the console's, the
year's, the search's) are not imported for a document written from a file. On a
server, opening every service first sends what this computer kept while the server
was away (services/kept_statements.py), so the document has it.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from rapporteur_app.store.database import Database

if TYPE_CHECKING:
    from rapporteur_app.services.app_services import Services


class DocumentAccess:
    """The database and its documents, with the services' guard as Services has it."""

    def __init__(self, db: Database) -> None:
        # A final rapport stays final on every path (services/final_lock.py).
        from rapporteur_app.services import final_lock as _final_lock  # noqa: F401
        from rapporteur_app.services.documents import DocumentService

        self.db = db
        self.documents = DocumentService(db)

    def close(self) -> None:
        self.db.close()


def open_for_documents(
    location: str | os.PathLike[str] | None, *, backup: bool
) -> DocumentAccess | Services:
    db = Database.open(location, backup=backup)
    if db.path is None:
        from rapporteur_app.services.app_services import Services

        return Services(db)
    return DocumentAccess(db)
