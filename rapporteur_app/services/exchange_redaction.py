"""A dump to hand to others: the names of speakers who asked not to be named left out.

A dump (the exchange file) is the full record, and keeps those names so that a
meeting can be moved between computers without losing them. ``dump --redacted``
writes this copy instead: every text passes through the meeting's redactor (as in
the documents), and an anonymous statement's speaker becomes its description.
"""

from typing import Any

from rapporteur_app.domain.documents.privacy import Redactor
from rapporteur_app.domain.model import ANONYMOUS_DESCRIPTION
from rapporteur_app.services.document_builder import redactor_for_meeting
from rapporteur_app.store.database import Database

Json = dict[str, Any]
# Values that are codes, not text a person wrote: left as they are.
_CODES = frozenset({"format", "version", "generator", "exported_at", "kind", "category", "role"})


def anonymous_speakers(data: Json) -> int:
    """How many anonymous statements a dump names the speaker of."""
    return sum(
        1
        for session in data.get("meeting", {}).get("sessions", [])
        for statement in session.get("statements", [])
        if statement.get("anonymous")
    )


def redacted(db: Database, meeting_id: int, data: Json) -> Json:
    with db.reading() as session:
        redact = redactor_for_meeting(session, meeting_id)
    return walk(data, redact)  # type: ignore[no-any-return]


def walk(value: Any, redact: Redactor, key: str = "") -> Any:
    """``value`` with every text redacted (a piece of a dump: the same as in the whole)."""
    if isinstance(value, str):
        return value if key in _CODES else redact(value)
    if isinstance(value, list):
        return [walk(item, redact) for item in value]
    if isinstance(value, dict):
        out = {k: walk(v, redact, k) for k, v in value.items()}
        if out.get("anonymous") is True and "speaker" in out:
            out["speaker"] = value.get("anonymous_description") or ANONYMOUS_DESCRIPTION
        return out
    return value
