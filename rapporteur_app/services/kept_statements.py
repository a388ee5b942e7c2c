"""The statements service of a writer on a server: notes and statements typed while the
server is away are kept in the journal (services/journal.py) and written when it is back."""

from collections.abc import Sequence
from datetime import time
from typing import Any

from rapporteur_app.domain.errors import InvalidInput, KeptLocally, ServerAway
from rapporteur_app.domain.kinds import Category, StatementKind
from rapporteur_app.domain.model import Statement
from rapporteur_app.services.journal import Entry, Journal, journal_path
from rapporteur_app.services.statements import StatementService
from rapporteur_app.store.database import Database

NOTES = "notes"
STATEMENT = "statement"


class KeptStatementService(StatementService):
    def __init__(self, db: Database) -> None:
        super().__init__(db)
        self.journal = Journal(journal_path(db), self._apply)

    def resume(self) -> None:
        """On open: write what a previous run kept (it may have been killed), before
        anything new; what cannot be written yet waits for the server."""
        if self.journal.waiting and not self.journal.write_waiting():
            self.journal.start_retrying()

    def set_notes(self, statement_id: int, notes: str) -> None:
        entry: Entry = {"op": NOTES, "statement": statement_id, "notes": notes}
        if self.journal.waiting:  # behind what waits: the order typed is the order written
            self.journal.keep(entry)
            return
        try:
            super().set_notes(statement_id, notes)
        except ServerAway:
            self.journal.keep(entry)

    def add(
        self,
        session_id: int,
        speaker: str,
        on_behalf_of: str,
        category: Category | None = None,
        kind: StatementKind = StatementKind.STATEMENT,
        replying_to: int | None = None,
        notes: str = "",
        anonymous: bool = False,
        start: time | None = None,
        end: time | None = None,
        anonymous_description: str = "",
        cosignatories: Sequence[str] = (),
    ) -> Statement:
        arguments: dict[str, Any] = {
            "session_id": session_id,
            "speaker": speaker,
            "on_behalf_of": on_behalf_of,
            "category": category.value if category is not None else None,
            "kind": kind.value,
            "replying_to": replying_to,
            "notes": notes,
            "anonymous": anonymous,
            "start": start.isoformat() if start is not None else None,
            "end": end.isoformat() if end is not None else None,
            "anonymous_description": anonymous_description,
            "cosignatories": list(cosignatories),
        }
        # What waits goes first (the order typed); the server may be back already.
        if not self.journal.waiting or self.journal.write_waiting():
            try:
                return super().add(**_decoded(arguments))
            except ServerAway:
                pass
        waiting = self.journal.keep({"op": STATEMENT, **arguments})
        if waiting > 1:
            raise KeptLocally.coded("kept-locally", waiting=waiting)
        raise KeptLocally.coded("kept-locally-one")

    def _apply(self, entry: Entry) -> None:
        operation = entry.get("op")
        if operation == NOTES:
            StatementService.set_notes(self, int(entry["statement"]), str(entry["notes"]))
        elif operation == STATEMENT:
            arguments = {k: v for k, v in entry.items() if k != "op"}
            StatementService.add(self, **_decoded(arguments))
        else:
            raise InvalidInput.coded("kept-change-unknown", kind=repr(operation))


def _decoded(arguments: dict[str, Any]) -> dict[str, Any]:
    decoded = dict(arguments)
    decoded["category"] = Category(arguments["category"]) if arguments["category"] else None
    decoded["kind"] = StatementKind(arguments["kind"])
    for name in ("start", "end"):
        decoded[name] = time.fromisoformat(arguments[name]) if arguments[name] else None
    return decoded
