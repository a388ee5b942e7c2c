"""The checks of a whole exchange document before anything of it is written.

:func:`check` is the one verdict on a document read whole: the load of a document,
the hand-off's import and the streaming load's fallback all ask it, so a file is
refused in the same words whichever way it came. Apart from the loads because it
writes nothing and needs no database; the statements' quick test it leans on is
in :mod:`exchange_format`, with the other parts' quick tests.
"""

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.kinds import StatementKind
from rapporteur_app.services.exchange_file import (
    FORMAT,
    SCHEMA_FILES,
    SESSION_SCOPE,
    VERSION,
    Json,
    schema,
)
from rapporteur_app.services.exchange_format import statement_valid


def check(data: Json) -> None:
    """Raise InvalidInput with the first problem of an exchange document.

    The statements (nearly all of a big file) are checked by a hand-written test of
    their schema, and the rest of the document by jsonschema; any doubt at all, and
    the whole document goes through jsonschema, which then names the problem in
    the same words as always (tests/services/test_exchange_check.py holds the two
    to the same verdicts on mutated files)."""
    if data.get("format") != FORMAT:
        raise InvalidInput.coded("exchange-no-format")
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise InvalidInput.coded("exchange-newer", version=version, known=VERSION)
    if not _quickly_valid(data):
        check_schema(data)
    if data.get("scope") == SESSION_SCOPE and len(data["meeting"]["sessions"]) != 1:
        raise InvalidInput.coded("exchange-one-session", count=len(data["meeting"]["sessions"]))
    _check_links(data)


def check_schema(data: Json) -> None:
    """The whole document against the schema by jsonschema: the words of a refusal."""
    import jsonschema  # only a file being read or written pays for it

    version = data.get("version")
    known = version if isinstance(version, int) and version in SCHEMA_FILES else VERSION
    validator = jsonschema.Draft202012Validator(schema(known))
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is not None:
        where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
        if not where:
            raise InvalidInput.coded("exchange-malformed-top", detail=error.message)
        raise InvalidInput.coded(
            "exchange-malformed", where=where.lstrip("."), detail=error.message
        )


def _quickly_valid(data: Json) -> bool:
    """True only if the document is valid: its statements pass the hand-written test
    and the rest of it (the statements left out) passes jsonschema."""
    import jsonschema

    if data.get("version") != VERSION:  # an older format: jsonschema with its own schema
        return False
    meeting = data.get("meeting")
    if type(meeting) is not dict or type(meeting.get("sessions")) is not list:
        return False
    skeleton_sessions = []
    for session in meeting["sessions"]:
        if type(session) is not dict:
            return False
        statements = session.get("statements", [])
        if type(statements) is not list or not all(map(statement_valid, statements)):
            return False
        skeleton_sessions.append({**session, "statements": []})
    skeleton = {**data, "meeting": {**meeting, "sessions": skeleton_sessions}}
    return bool(jsonschema.Draft202012Validator(schema()).is_valid(skeleton))


def _check_links(data: Json) -> None:
    ids: dict[int, int] = {}
    for s_index, session in enumerate(data["meeting"]["sessions"]):
        for statement in session.get("statements", []):
            if statement["id"] in ids:
                raise InvalidInput.coded("exchange-id-twice", id=statement["id"])
            ids[statement["id"]] = s_index
    for s_index, session in enumerate(data["meeting"]["sessions"]):
        for statement in session.get("statements", []):
            target = statement.get("replying_to")
            if target is None:
                continue
            if statement.get("kind") != StatementKind.RIGHT_OF_REPLY.value:
                raise InvalidInput.coded("exchange-not-a-reply", id=statement["id"])
            if ids.get(target) != s_index:
                raise InvalidInput.coded(
                    "exchange-reply-elsewhere", id=statement["id"], target=target
                )
        for rec in session.get("recommendations", []):
            source = rec.get("from_statement")
            for other in rec.get("also_from_statements", []):
                if ids.get(other) != s_index:
                    raise InvalidInput.coded(
                        "exchange-also-heard-elsewhere",
                        session=repr(session["label"]),
                        statement=other,
                    )
            if source is not None and ids.get(source) != s_index:
                raise InvalidInput.coded(
                    "exchange-from-elsewhere", session=repr(session["label"]), statement=source
                )
