"""A meeting written to its exchange file as it is read, in bounded memory.

The text is the very text :func:`exchange_file.document_text` makes of
:meth:`ExchangeService.dump`'s document (tests hold the two equal), but it is
written a session at a time and, within a session, a statement at a time, so a
meeting of a million statements never stands in memory whole (it took 4.2 GiB).
The JSON is ``json.dumps(..., indent=2)``'s: each piece is dumped alone and its
lines moved right by its depth (a JSON string holds no raw line break, so every
line break of a piece is one of the layout's).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from json.encoder import encode_basestring
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from rapporteur_app.services.exchange_document import dump_head, session_head, session_statements
from rapporteur_app.services.lookup import meeting_row
from rapporteur_app.store.database import Database
from rapporteur_app.store.models import SessionRow, StatementRow

Json = dict[str, Any]
_PLACE = '  "statements": []'  # where a session's statements go, in its own text


@dataclass(frozen=True, slots=True)
class DumpProgress:
    statements: int  # written so far
    total: int  # in the meeting


@dataclass(frozen=True, slots=True)
class Dumped:
    statements: int
    anonymous_named: int  # anonymous statements whose speaker the file names


def _dumps(value: object, depth: int) -> str:
    """``value`` as json.dumps(indent=2) lays it out ``depth`` levels deep."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return text.replace("\n", "\n" + "  " * depth) if depth else text


def _flat(value: object, pad: str) -> str | None:
    """A statement's value as json.dumps(indent=2) writes it ``pad`` deep, by the C
    string encoder alone (the indenting encoder is pure Python: two thirds of a
    dump's time); None for a value of any other shape."""
    if type(value) is str:
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if type(value) is int:
        return int.__repr__(value)
    if type(value) is list:
        if not value:
            return "[]"
        if not all(type(item) is str for item in value):
            return None
        inner = ",\n".join(pad + "    " + encode_basestring(item) for item in value)
        return "[\n" + inner + "\n" + pad + "  ]"
    return None


def _statement_text(statement: Json, depth: int) -> str:
    """``_dumps(statement, depth)``, faster for the flat dict a statement is."""
    pad = "  " * depth
    lines = []
    for key, value in statement.items():
        text = _flat(value, pad)
        if text is None or type(key) is not str:
            return _dumps(statement, depth)
        lines.append(f"{pad}  {encode_basestring(key)}: {text}")
    if not lines:
        return "{}"
    return "{\n" + ",\n".join(lines) + "\n" + pad + "}"


def dump_file(
    db: Database,
    meeting_id: int,
    path: Path,
    *,
    redacted: bool = False,
    progress: Callable[[DumpProgress], None] | None = None,
) -> Dumped:
    """Write the meeting's exchange file to ``path`` (atomically: the old file or
    the whole new one). ``redacted``: as :func:`exchange_redaction.redacted` makes it."""
    from rapporteur_app.export.atomic import atomic_target

    with atomic_target(path) as temporary, temporary.open("w", encoding="utf-8") as out:
        pieces = _Pieces(db, meeting_id, redacted, progress)
        for piece in pieces:
            out.write(piece)
    return pieces.result


class _Pieces:
    def __init__(
        self,
        db: Database,
        meeting_id: int,
        redacted: bool,
        progress: Callable[[DumpProgress], None] | None,
    ) -> None:
        self._db = db
        self._meeting_id = meeting_id
        self._redacted = redacted
        self._progress = progress
        self.result = Dumped(0, 0)

    def __iter__(self) -> Iterator[str]:
        from rapporteur_app.services.exchange_redaction import walk

        with self._db.reading() as db:
            redact = None
            if self._redacted:
                from rapporteur_app.services.document_builder import redactor_for_meeting

                redact = redactor_for_meeting(db, self._meeting_id)

            def shown(value: Json) -> Json:
                return value if redact is None else walk(value, redact)

            meeting = meeting_row(db, self._meeting_id)
            sessions = sorted(
                db.scalars(select(SessionRow).where(SessionRow.meeting_id == self._meeting_id)),
                key=lambda r: (r.position, r.id),
            )
            total = int(
                db.scalar(
                    select(func.count(StatementRow.id))
                    .join(SessionRow, SessionRow.id == StatementRow.session_id)
                    .where(SessionRow.meeting_id == self._meeting_id)
                )
                or 0
            )
            head = dump_head(meeting)
            text = _dumps(shown(head), 0)
            ending = '"sessions": []\n  }\n}'
            assert text.endswith(ending)  # the sessions come last (exchange_document.dump_head)
            yield text[: -len(ending)] + '"sessions": ['
            written = named = 0
            for number, row in enumerate(sessions):
                yield ",\n      " if number else "\n      "
                session = session_head(db, row)
                before, _, after = _dumps(shown(session), 3).partition("\n" + "  " * 3 + _PLACE)
                yield before + "\n" + "  " * 3 + '  "statements": ['
                first = True
                for statement in session_statements(db, row.id):
                    named += bool(statement["anonymous"])
                    yield (
                        ("\n" if first else ",\n") + "  " * 5 + _statement_text(shown(statement), 5)
                    )
                    first = False
                    written += 1
                    if self._progress is not None and written % 5000 == 0:
                        self._progress(DumpProgress(written, total))
                yield ("]" if first else "\n" + "  " * 4 + "]") + after
                if self._progress is not None:
                    self._progress(DumpProgress(written, total))
            yield ("\n    ]" if sessions else "]") + "\n  }\n}\n"
            self.result = Dumped(written, 0 if self._redacted else named)
