"""The meeting exchange file: a whole meeting as versioned JSON (dump and load).

The format is described by resources/schemas/meeting-exchange-v3.schema.json
and docs/exchange-format.md. A session file (a rapporteur's hand-off, scope
"session") is the same document holding one session: one reader serves both.
Loading checks everything first (schema, then the links between statements) and
writes the meeting in one unit of work, so a bad file writes nothing.

This module is the exchange's public face: :class:`ExchangeService` (what the
services, the command line and the window ask for), and the names of the file
itself that the window, the command line and the hand-off use (read, check,
write). Each part lives in its own module, named for what it holds:

- :mod:`exchange_file`: the format's name, version and schemas; the file on disk.
- :mod:`exchange_check`: the whole document's checks, the words of a refusal.
- :mod:`exchange_format`: the quick hand-written tests of the schema's parts.
- :mod:`exchange_document`: a meeting's or a session's document, read from the
  database; :mod:`exchange_dump`: the meeting's file written a session at a time.
- :mod:`exchange_rows`: the file's values as the rows they become (both loads).
- :mod:`exchange_names`: the organizations and speakers a load names.
- :mod:`exchange_document_load`: a document read whole, written through the ORM.
- :mod:`exchange_load`: the file loaded as it is read (:mod:`exchange_reader`),
  with its checks (:mod:`exchange_load_checks`), its statements' rows
  (:mod:`exchange_statement_rows`) and its writers (:mod:`exchange_load_writer`,
  PostgreSQL's; :mod:`exchange_load_sqlite`, SQLite's bulk path).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from rapporteur_app.domain.model import Meeting
from rapporteur_app.services.exchange_check import check
from rapporteur_app.services.exchange_file import (
    FORMAT,
    SESSION_SCOPE,
    VERSION,
    Json,
    document_text,
    read_file,
    schema,
    write_file,
)

if TYPE_CHECKING:
    from rapporteur_app.services.exchange_dump import Dumped, DumpProgress
    from rapporteur_app.services.exchange_load import LoadProgress
    from rapporteur_app.store.database import Database

# The file's names, as the window, the command line and the hand-off use them
# (``exchange.read_file``...): the part they come from is a detail of this package.
__all__ = [
    "FORMAT",
    "SESSION_SCOPE",
    "VERSION",
    "ExchangeService",
    "Json",
    "check",
    "document_text",
    "read_file",
    "schema",
    "write_file",
]


class ExchangeService:
    """Dump and load a meeting's or a session's exchange document. The parts are
    imported when first asked for: writing a file alone (a kept version, a
    hand-off) needs none of them."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def dump(self, meeting_id: int) -> Json:
        from rapporteur_app.services.exchange_document import meeting_document

        with self._db.reading() as db:
            return meeting_document(db, meeting_id)

    def dump_session(self, session_id: int) -> Json:
        """The session file of one session: its meeting's title and dates, and the
        session (with its uid and the state of its rapport)."""
        from rapporteur_app.services.exchange_document import session_document
        from rapporteur_app.services.lookup import session_row

        with self._db.reading() as db:
            row = session_row(db, session_id)
            return session_document(db, row)

    def load_file(
        self,
        path: Path,
        *,
        progress: Callable[[LoadProgress], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Meeting:
        """Add the meeting of the exchange file at ``path``, read as it is written
        (:mod:`exchange_load`): all or nothing, a malformed file refused as by
        :func:`check`."""
        from rapporteur_app.services.exchange_load import load_file

        return load_file(self._db, path, progress=progress, cancelled=cancelled)

    def dump_file(
        self,
        meeting_id: int,
        path: Path,
        *,
        redacted: bool = False,
        progress: Callable[[DumpProgress], None] | None = None,
    ) -> Dumped:
        """Write the meeting's exchange file, a session at a time (:mod:`exchange_dump`)."""
        from rapporteur_app.services.exchange_dump import dump_file

        return dump_file(self._db, meeting_id, path, redacted=redacted, progress=progress)

    def load(
        self,
        data: Json,
        *,
        checked: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> Meeting:
        """Add the meeting of an exchange document as a new meeting; all or nothing
        (:func:`exchange_document_load.load_document`).

        ``checked``: the caller has just run :func:`check` on this very document (it
        is not checked twice). ``progress(done, total)`` is called after each
        session with the statements written so far and the file's number of them
        (they are nearly all of a big file's time)."""
        from rapporteur_app.services.exchange_document_load import load_document

        return load_document(self._db, data, checked=checked, progress=progress)
