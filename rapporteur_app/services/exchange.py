"""The meeting exchange file: a whole meeting as versioned JSON (dump and load).

The format is described by resources/schemas/meeting-exchange-v3.schema.json
and docs/exchange-format.md. A session file (a rapporteur's hand-off, scope
"session") is the same document holding one session: one reader serves both.
Loading checks everything first (schema, then the links between statements) and
writes the meeting in one unit of work, so a bad file writes nothing.
"""

import json
import re
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session as DbSession

from rapporteur_app import __version__
from rapporteur_app.domain.addressees import normalize_addressee
from rapporteur_app.domain.documents.settings import (
    MeetingDocumentSettings,
    SessionDocumentSettings,
)
from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.kinds import Category, SessionKind, SessionList, StatementKind
from rapporteur_app.domain.model import Meeting
from rapporteur_app.domain.text import clean_line, clean_text, parse_date, parse_time
from rapporteur_app.domain.year import EventKind
from rapporteur_app.services.cosignatories import (
    set_statement_cosignatories,
    statement_cosignatories,
)
from rapporteur_app.services.lookup import find_or_add_organization, find_or_add_speaker
from rapporteur_app.services.lookup import meeting_row as get_meeting_row
from rapporteur_app.store.convert import meeting_of
from rapporteur_app.store.database import Database
from rapporteur_app.store.models import (
    IntroducerRow,
    MeetingRow,
    RecommendationRow,
    RecommendationSourceRow,
    SessionItemRow,
    SessionRow,
    SpeakerRow,
    StatementRow,
)

if TYPE_CHECKING:
    from rapporteur_app.services.exchange_dump import Dumped, DumpProgress
    from rapporteur_app.services.exchange_load import LoadProgress

FORMAT = "rapporteur-meeting"
VERSION = 3
# Every version this program reads, and its schema: an older file still loads.
SCHEMA_FILES = {
    1: "meeting-exchange-v1.schema.json",
    2: "meeting-exchange-v2.schema.json",
    3: "meeting-exchange-v3.schema.json",
}
SESSION_SCOPE = "session"
SCHEMA_FILE = SCHEMA_FILES[VERSION]

Json = dict[str, Any]


def schema(version: int = VERSION) -> Json:
    name = SCHEMA_FILES.get(version, SCHEMA_FILE)
    text = (files("rapporteur_app.resources") / "schemas" / name).read_text("utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def read_file(path: Path) -> Json:
    """The file's JSON, or InvalidInput naming what is wrong with it."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise InvalidInput.coded(
            "exchange-cannot-read", path=path, reason=error.strerror or error
        ) from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InvalidInput.coded("exchange-not-utf8", path=path) from None
    except json.JSONDecodeError as error:
        raise InvalidInput.coded(
            "exchange-not-json",
            path=path,
            line=error.lineno,
            column=error.colno,
            detail=error.msg,
        ) from None
    except RecursionError:
        raise InvalidInput.coded("exchange-too-deep", path=path) from None
    except ValueError:
        # e.g. a number of thousands of digits, beyond what Python converts
        raise InvalidInput.coded("exchange-number-too-long", path=path) from None
    if not isinstance(data, dict):
        raise InvalidInput.coded("exchange-not-object", path=path)
    return data


def document_text(data: Json) -> str:
    """The text of an exchange document as it is written to a file (and kept as a
    final rapport version: written again, it is the same text)."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_file(data: Json | str, path: Path) -> None:
    """Write atomically: a crash leaves the old file or the new one, never half of one.
    Only a regular file is written (a link is followed to one), readable by the user
    alone (0600) when new: a dump is the full record. ``data`` may be the text itself
    (a kept final version, written again exactly as it was sent)."""
    from rapporteur_app.export.atomic import atomic_target

    text = data if isinstance(data, str) else document_text(data)
    with atomic_target(path) as temporary:
        temporary.write_text(text, encoding="utf-8")


def _iso(value: date | time | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, time):
        return value.strftime("%H:%M:%S")
    return value.isoformat()


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


# The statement of the schema ($defs/statement), tested by hand: a statement that
# passes here passes the schema (tests hold it); a doubtful one goes to jsonschema.
_CATEGORIES = frozenset(c.value for c in Category)
_KINDS = frozenset(k.value for k in StatementKind)
_TIME = re.compile("^[0-9]{2}:[0-9]{2}(:[0-9]{2})?$")
LINE_MAX, TEXT_MAX = 2000, 1_000_000


def _line(value: object, longest: int = LINE_MAX) -> bool:
    return type(value) is str and len(value) <= longest


def statement_valid(item: object) -> bool:
    """Whether ``item`` passes the schema's statement, tested by hand: each member once
    (a load of a million statements calls this a million times)."""
    if type(item) is not dict:
        return False
    category = item.get("category")
    if type(item.get("id")) is not int or type(category) is not str:
        return False
    if category not in _CATEGORIES:
        return False
    for key, value in item.items():
        longest = _STRINGS.get(key)
        if longest is not None:
            if type(value) is not str or len(value) > longest:
                return False
        elif key in {"start", "end"}:
            if value is not None and (type(value) is not str or _TIME.search(value) is None):
                return False
        elif key == "kind":
            if type(value) is not str or value not in _KINDS:
                return False
        elif key == "anonymous":
            if type(value) is not bool:
                return False
        elif key == "replying_to":
            if value is not None and type(value) is not int:
                return False
        elif key == "cosignatories":
            if not _names(value):
                return False
        elif key not in {"id", "category"}:
            return False
    return True


# The string members of a statement and their longest length.
_STRINGS = {"speaker": LINE_MAX, "on_behalf_of": LINE_MAX, "anonymous_description": LINE_MAX,
            "notes": TEXT_MAX}  # fmt: skip


def _names(value: object) -> bool:
    return (
        type(value) is list
        and len(value) <= 500
        and all(_line(name) and len(name) >= 1 for name in value)
    )


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


class ExchangeService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def dump(self, meeting_id: int) -> Json:
        with self._db.reading() as db:
            meeting = get_meeting_row(db, meeting_id)
            sessions = sorted(
                db.scalars(select(SessionRow).where(SessionRow.meeting_id == meeting_id)),
                key=lambda r: (r.position, r.id),
            )
            document = dump_head(meeting)
            document["meeting"]["sessions"] = [_dump_session(db, s) for s in sessions]
            return document

    def dump_session(self, session_id: int) -> Json:
        """The session file of one session: its meeting's title and dates, and the
        session (with its uid and the state of its rapport)."""
        from rapporteur_app.services.lookup import session_row

        with self._db.reading() as db:
            row = session_row(db, session_id)
            return session_document(db, row)

    def load_file(
        self,
        path: Path,
        *,
        progress: "Callable[[LoadProgress], None] | None" = None,
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
        progress: "Callable[[DumpProgress], None] | None" = None,
    ) -> "Dumped":
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
        """Add the meeting of an exchange document as a new meeting; all or nothing.

        ``checked``: the caller has just run :func:`check` on this very document (it
        is not checked twice). ``progress(done, total)`` is called after each
        session with the statements written so far and the file's number of them
        (they are nearly all of a big file's time)."""
        if not checked:
            check(data)
        source = data["meeting"]
        start = _date(source.get("start"), "meeting start")
        end = _date(source.get("end"), "meeting end")
        if start and end and end < start:
            raise InvalidInput.coded("meeting-ends-early", end=end, start=start)
        from rapporteur_app.services.final_lock import SKIPPED

        with self._db.writing() as db:
            # Only sessions made here are written: none can be final (nothing to look up).
            db.info[SKIPPED] = True
            meeting = meeting_row(source, start, end)
            if not meeting.title:
                raise InvalidInput.coded("exchange-meeting-title-empty")
            db.add(meeting)
            db.flush()
            new_ids: dict[int, int] = {}
            known = _Known()
            total = sum(len(s.get("statements", [])) for s in source["sessions"])
            done = 0
            for position, session in enumerate(source["sessions"], start=1):
                row = load_session(db, meeting.id, position, session, new_ids, known)
                row.uid = free_uid(db, session.get("uid"))
                done += len(session.get("statements", []))
                if progress is not None:
                    progress(done, total)
            return meeting_of(meeting)


def dump_head(meeting: MeetingRow) -> Json:
    """A meeting's document with no sessions yet: "sessions" comes last in it, and
    the meeting last in the document (the streaming reader and writer rely on it)."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "generator": f"rapporteur-app {__version__}",
        "meeting": {
            "title": meeting.title,
            "venue": meeting.venue,
            "start": _iso(meeting.start_date),
            "end": _iso(meeting.end_date),
            # Left out for a meeting, so that a file of a meeting still reads
            # in a program that knows no other kind.
            **({"kind": meeting.kind} if meeting.kind != EventKind.MEETING else {}),
            "background": meeting.background,
            "documents": json.loads(meeting.documents or "{}"),
            "sessions": [],
        },
    }


def free_uid(db: DbSession, wanted: str | None) -> str:
    """The file's uid for a session loaded as new, unless this database holds it
    already (the same meeting loaded twice): then a new one, never two alike."""
    if wanted and db.scalar(select(SessionRow.id).where(SessionRow.uid == wanted)) is None:
        return wanted
    return str(uuid.uuid4())


def session_document(db: DbSession, row: SessionRow) -> Json:
    """A session file's document (scope "session") of one session, read in ``db``."""
    meeting = get_meeting_row(db, row.meeting_id)
    return {
        "format": FORMAT,
        "version": VERSION,
        "scope": SESSION_SCOPE,
        "exported_at": datetime.now(UTC).isoformat(timespec="microseconds"),
        "generator": f"rapporteur-app {__version__}",
        "meeting": {
            "title": meeting.title,
            "venue": meeting.venue,
            "start": _iso(meeting.start_date),
            "end": _iso(meeting.end_date),
            "sessions": [_dump_session(db, row)],
        },
    }


def rapport_state(db: DbSession, row: SessionRow) -> Json:
    """The "rapport" of a session in a file: final (its version, time and author) or a
    draft (how many final versions came before)."""
    from rapporteur_app.store.models import RapportVersionRow

    if row.final_version is None:
        done = db.scalar(
            select(RapportVersionRow.version)
            .where(RapportVersionRow.session_id == row.id)
            .order_by(RapportVersionRow.version.desc())
            .limit(1)
        )
        return {"state": "draft", "version": int(done or 0)}
    kept = db.scalar(
        select(RapportVersionRow).where(
            RapportVersionRow.session_id == row.id,
            RapportVersionRow.version == row.final_version,
        )
    )
    state: Json = {"state": "final", "version": row.final_version}
    if kept is not None:
        state["finalized_at"] = kept.finalized_at.isoformat(timespec="seconds")
        state["author"] = kept.author
    return state


def meeting_row(source: dict[str, Any], start: date | None, end: date | None) -> MeetingRow:
    """The meeting of a file's ``meeting`` object as a row to write (both loads')."""
    return MeetingRow(
        title=clean_line(source["title"]),
        venue=clean_line(source.get("venue", "")),
        kind=EventKind.parse(source.get("kind", EventKind.MEETING.value)).value,
        start_date=start,
        end_date=end,
        background=clean_text(source.get("background", "")).strip(),
        documents=MeetingDocumentSettings.from_json(
            json.dumps(source.get("documents", {}))
        ).to_json(),
    )


def _date(value: str | None, field: str) -> date | None:
    return None if value is None else parse_date(value, field)


_PLAIN_TIME = re.compile("[0-9]{2}:[0-9]{2}(:[0-9]{2})?")


def _time(value: str | None, field: str) -> time | None:
    if value is None:
        return None
    if _PLAIN_TIME.fullmatch(value):
        try:  # the usual "10:05:00": read in C; anything else gets the domain's words
            return time.fromisoformat(value)
        except ValueError:
            pass
    return parse_time(value, field, seconds=True)


def _also_from(db: DbSession, recommendation_id: int) -> list[int]:
    return list(
        db.scalars(
            select(RecommendationSourceRow.statement_id)
            .where(RecommendationSourceRow.recommendation_id == recommendation_id)
            .order_by(RecommendationSourceRow.statement_id)
        )
    )


def _session_documents(value: object) -> str:
    return SessionDocumentSettings.from_json(json.dumps(value)).to_json()


def session_content(db: DbSession, row: SessionRow) -> Json:
    """What a session file carries of one session (no file time): the same content
    gives the same value, whenever read."""
    return _dump_session(db, row)


def _dump_session(db: DbSession, row: SessionRow) -> Json:
    head = session_head(db, row)
    head["statements"] = list(session_statements(db, row.id))
    return head


def session_head(db: DbSession, row: SessionRow) -> Json:
    """A session as a file carries it, its statements left as an empty list (in
    their place among the keys): :func:`session_statements` gives them."""
    recommendations = db.scalars(
        select(RecommendationRow)
        .where(RecommendationRow.session_id == row.id)
        .order_by(RecommendationRow.position, RecommendationRow.id)
    )
    introducers = db.scalars(
        select(IntroducerRow)
        .where(IntroducerRow.session_id == row.id)
        .order_by(IntroducerRow.position)
    )
    lists: dict[str, list[str]] = {}
    for item in db.scalars(
        select(SessionItemRow)
        .where(SessionItemRow.session_id == row.id)
        .order_by(SessionItemRow.list_name, SessionItemRow.position)
    ):
        lists.setdefault(item.list_name, []).append(item.text)
    return {
        "uid": row.uid,
        "rapport": rapport_state(db, row),
        "kind": row.kind,
        "label": row.label,
        "title": row.title,
        "day": _iso(row.day),
        "start": _iso(row.start_time),
        "end": _iso(row.end_time),
        "room": row.room,
        "moderator": row.moderator,
        "rapporteur": row.rapporteur,
        "background": row.background,
        "narrative": row.narrative,
        "documents": json.loads(row.documents or "{}"),
        "statement_limit_s": row.statement_limit_s,
        "reply_limit_s": row.reply_limit_s,
        "panel_limit_s": row.panel_limit_s,
        "introducers": [
            {"name": i.name, "function": i.function, "organization": i.organization, "role": i.role}
            for i in introducers
        ],
        "lists": lists,
        "statements": [],
        "recommendations": [
            {
                "addressee": r.addressee,
                "text": r.text,
                "from_statement": r.statement_id,
                # Further statements the same recommendation was heard in (merged).
                "also_from_statements": _also_from(db, r.id),
                "included": r.included,
            }
            for r in recommendations
        ],
    }


def session_statements(db: DbSession, session_id: int) -> Iterator[Json]:
    """A session's statements as a file carries them, in order, read a few thousand
    rows at a time (a session of 100,000 is never held whole)."""
    joint = statement_cosignatories(db, session_id=session_id)
    table = cast(Table, StatementRow.__table__)
    c = table.c
    rows = db.execute(
        select(c.id, c.speaker_name, c.on_behalf_of, c.category, c.kind, c.replying_to_id,
               c.start_time, c.end_time, c.notes, c.anonymous, c.anonymous_description)
        .where(c.session_id == session_id)
        .order_by(c.position, c.id)
        .execution_options(yield_per=2000)
    )  # fmt: skip
    for s in rows:
        yield {
            "id": s.id,
            "speaker": s.speaker_name,
            "on_behalf_of": s.on_behalf_of,
            "category": s.category,
            "kind": s.kind,
            "replying_to": s.replying_to_id,
            "start": _iso(s.start_time),
            "end": _iso(s.end_time),
            "notes": s.notes,
            "anonymous": s.anonymous,
            "anonymous_description": s.anonymous_description,
            "cosignatories": list(joint.get(s.id, ())),
        }


class _Known:
    """Organizations and speakers met earlier in the file: one lookup per name, not per
    statement (a big file names the same delegations thousands of times)."""

    def __init__(self) -> None:
        self.organizations: dict[tuple[str, str], int] = {}
        self.speakers: dict[tuple[str, int | None], int] = {}

    def organization(self, db: DbSession, name: str, category: Category) -> int:
        key = (name, category.value)
        if key not in self.organizations:
            self.organizations[key] = find_or_add_organization(db, name, category).id
        return self.organizations[key]

    def speaker(self, db: DbSession, meeting_id: int, name: str, org: int | None) -> int:
        key = (name, org)
        if key not in self.speakers:
            self.speakers[key] = find_or_add_speaker(db, meeting_id, name, org).id
        return self.speakers[key]


def session_values(source: Json, position: int) -> Json:
    """The row values of the file's session ``source`` (the ``position``-th), its
    fields cleaned and checked as :func:`load_session` takes them."""
    label = clean_line(source["label"])
    title = clean_line(source["title"])
    if not label or not title:
        raise InvalidInput.coded("exchange-session-unnamed", position=position)
    start = _time(source.get("start"), f"start of session {label!r}")
    end = _time(source.get("end"), f"end of session {label!r}")
    if start and end and end < start:
        raise InvalidInput.coded("exchange-session-ends-early", session=repr(label))
    return dict(
        kind=SessionKind(source.get("kind", SessionKind.WORKING_SESSION.value)).value,
        label=label,
        title=title,
        day=_date(source.get("day"), f"day of session {label!r}"),
        start_time=start,
        end_time=end,
        room=clean_line(source.get("room", "")),
        moderator=clean_line(source.get("moderator", "")),
        rapporteur=clean_line(source.get("rapporteur", "")),
        background=clean_text(source.get("background", "")).strip(),
        narrative=clean_text(source.get("narrative", "")).strip(),
        documents=SessionDocumentSettings.from_json(
            json.dumps(source.get("documents", {}))
        ).to_json(),
        statement_limit_s=source.get("statement_limit_s", 180),
        reply_limit_s=source.get("reply_limit_s", 60),
        panel_limit_s=source.get("panel_limit_s", 600),
    )


def session_introducers(source: Json, label: str) -> list[Json]:
    """The row values (but the session's id) of the session's introducers."""
    rows: list[Json] = []
    for index, person in enumerate(source.get("introducers", []), start=1):
        name = clean_line(person["name"])
        if not name:
            raise InvalidInput.coded("exchange-introducer-unnamed", session=repr(label))
        rows.append({
            "position": index, "role": person.get("role", "introducer"), "name": name,
            "function": clean_line(person.get("function", "")),
            "organization": clean_line(person.get("organization", "")),
        })  # fmt: skip
    return rows


def session_items(source: Json) -> list[Json]:
    """The row values (but the session's id) of the bullets of the session's lists."""
    rows: list[Json] = []
    for list_name, items in source.get("lists", {}).items():
        SessionList(list_name)
        texts = [t for t in (clean_text(i).strip() for i in items) if t]
        rows.extend(
            {"list_name": list_name, "position": index, "text": text}
            for index, text in enumerate(texts, start=1)
        )
    return rows


def load_session(
    db: DbSession,
    meeting_id: int,
    position: int,
    source: Json,
    new_ids: dict[int, int],
    known: _Known,
    replacing: SessionRow | None = None,
) -> SessionRow:
    """Add the file's session, or with ``replacing`` put its content in place of that
    session's own (its statements, recommendations, lists and introducers go first;
    the row, its id, uid and place in the agenda stay)."""
    fields = session_values(source, position)
    label = fields["label"]
    if replacing is None:
        session = SessionRow(meeting_id=meeting_id, position=position, **fields)
        db.add(session)
    else:
        session = replacing
        _clear_session(db, session.id)
        for name, value in fields.items():
            setattr(session, name, value)
    db.flush()
    db.add_all(
        IntroducerRow(session_id=session.id, **values)
        for values in session_introducers(source, label)
    )
    db.add_all(SessionItemRow(session_id=session.id, **values) for values in session_items(source))
    _load_statements(db, meeting_id, session.id, source.get("statements", []), new_ids, known)
    load_recommendations(db, session.id, repr(label), source, new_ids)
    return session


def recommendation_rows(
    source: Json, label: str, new_ids: dict[int, int]
) -> list[tuple[Json, list[int]]]:
    """Each recommendation of the file's session ``source`` as its row's values (but
    its session's id), with the ids of the further statements it was heard in (once
    each, in order); ``label``: the session's label as the messages name it, the
    statements' ids given by ``new_ids``."""
    rows: list[tuple[Json, list[int]]] = []
    for index, item in enumerate(source.get("recommendations", []), start=1):
        text = clean_text(item["text"]).strip()
        if not text:
            raise InvalidInput.coded("exchange-recommendation-empty", session=label)
        origin = item.get("from_statement")
        values = {
            "position": index, "addressee": normalize_addressee(item["addressee"]),
            "text": text, "statement_id": None if origin is None else new_ids[origin],
            "included": item.get("included", True),
        }  # fmt: skip
        also = item.get("also_from_statements")
        rows.append((values, sorted({new_ids[other] for other in also}) if also else []))
    return rows


def load_recommendations(
    db: DbSession, session_id: int, label: str, source: Json, new_ids: dict[int, int]
) -> None:
    """The recommendations of the file's session ``source`` (``label``: its label
    as the messages name it), their statements' ids given by ``new_ids``."""
    rows = recommendation_rows(source, label, new_ids)
    if not any(also for _, also in rows):
        # None heard in further statements (nearly always): one INSERT for all.
        if rows:
            db.execute(
                insert(RecommendationRow),
                [{"session_id": session_id, **values} for values, _ in rows],
            )
        return
    for values, also in rows:
        recommendation = RecommendationRow(session_id=session_id, **values)
        db.add(recommendation)
        if also:
            db.flush()
            db.add_all(
                RecommendationSourceRow(recommendation_id=recommendation.id, statement_id=other)
                for other in also
            )


def _clear_session(db: DbSession, session_id: int) -> None:
    """Everything of a session a file replaces; the triggers keep its counts."""
    from sqlalchemy import delete

    for row_type in (RecommendationRow, SessionItemRow, IntroducerRow):
        db.execute(delete(row_type).where(row_type.session_id == session_id))
    # A right of reply points at what it answers: unlink first, then delete all.
    db.execute(
        update(StatementRow)
        .where(StatementRow.session_id == session_id)
        .values(replying_to_id=None)
    )
    db.execute(delete(StatementRow).where(StatementRow.session_id == session_id))


def _load_statements(
    db: DbSession,
    meeting_id: int,
    session_id: int,
    items: list[Json],
    new_ids: dict[int, int],
    known: _Known,
) -> None:
    """A session's statements in one multi-row INSERT ... RETURNING (the ids come back
    in the file's order), then the rights of reply linked to what they answer."""
    rows: list[dict[str, object]] = []
    replies: list[tuple[int, int]] = []  # (row index, id in the file of what it answers)
    seen: set[int] = set()
    now = _NOW()  # one moment for the session's rows, as one flush would give them
    for position, item in enumerate(items, start=1):
        category = Category(item["category"])
        on_behalf_of = clean_line(item.get("on_behalf_of", ""))
        speaker = clean_line(item.get("speaker", ""))
        organization_id = known.organization(db, on_behalf_of, category) if on_behalf_of else None
        speaker_id = known.speaker(db, meeting_id, speaker, organization_id) if speaker else None
        start = _time(item.get("start"), f"start of statement {item['id']}")
        end = _time(item.get("end"), f"end of statement {item['id']}")
        if start and end and end < start:
            raise InvalidInput.coded("exchange-statement-ends-early", id=item["id"])
        target = item.get("replying_to")
        if target is not None and target not in seen and target not in new_ids:
            raise InvalidInput.coded("exchange-reply-before", id=item["id"], target=target)
        if target is not None:
            replies.append((position - 1, target))
        seen.add(item["id"])
        rows.append({
            "session_id": session_id, "position": position, "speaker_id": speaker_id,
            "speaker_name": speaker, "organization_id": organization_id,
            "on_behalf_of": on_behalf_of, "category": category.value,
            "kind": StatementKind(item.get("kind", "statement")).value,
            "replying_to_id": None, "start_time": start, "end_time": end,
            "notes": clean_text(item.get("notes", "")), "anonymous": item.get("anonymous", False),
            "anonymous_description": clean_line(item.get("anonymous_description", "")),
            "created_at": now, "updated_at": now,
        })  # fmt: skip
    if not rows:
        return
    for item, row_id in zip(items, _insert_statements(db, rows), strict=True):
        new_ids[item["id"]] = row_id
    if replies:
        by_id = [new_ids[item["id"]] for item in items]
        set_replies(db, [(by_id[index], new_ids[target]) for index, target in replies])
    for item, row in zip(items, rows, strict=True):
        if item.get("cosignatories") or row["anonymous"]:
            statement_extras(
                db, new_ids[item["id"]], item, str(row["on_behalf_of"]), str(row["category"]),
                row["speaker_id"], str(row["anonymous_description"]),
            )  # fmt: skip


def set_replies(db: DbSession, pairs: list[tuple[int, int]]) -> None:
    """(a right of reply's id, the id of what it answers), linked after both are written."""
    if not pairs:
        return
    table = cast(Table, StatementRow.__table__)
    db.connection().execute(
        update(table)
        .where(table.c.id == bindparam("row_id"))
        .values(replying_to_id=bindparam("answered")),
        [{"row_id": reply, "answered": answered} for reply, answered in pairs],
    )


def statement_extras(
    db: DbSession,
    statement_id: int,
    item: Json,
    on_behalf_of: str,
    category: str,
    speaker_id: object,
    description: str,
) -> None:
    """What a statement of the file brings beyond its row: its co-signatories, and a
    speaker not to be named."""
    # Format 2: a joint statement's co-signatories, each through the one resolver.
    if item.get("cosignatories"):
        set_statement_cosignatories(
            db, statement_id, on_behalf_of, item["cosignatories"], Category(category)
        )
    if item.get("anonymous") and isinstance(speaker_id, int):
        # Not being named is the person's for the meeting, in the file as in the program.
        person = db.get(SpeakerRow, speaker_id)
        if person is not None:
            person.not_named = True
            person.anonymous_description = person.anonymous_description or description


def _insert_statements(db: DbSession, rows: list[dict[str, object]]) -> list[int]:
    """Write the rows; their new ids, in the rows' order.

    On SQLite, through the DB-API cursor in the same transaction: one prepared
    INSERT run for every row (executemany), the ids given after the largest one
    ever given (the write lock is held, so no one else takes one meanwhile), each value
    converted by the column type's own SQLAlchemy converter, so the stored text is
    what the ORM writes. The ORM's multi-row INSERT ... RETURNING cost about three
    times as much per row. Elsewhere (PostgreSQL's sequences) that INSERT."""
    connection = db.connection()
    if connection.dialect.name != "sqlite":
        inserted = db.execute(
            insert(StatementRow).returning(StatementRow.id, sort_by_parameter_order=True), rows
        ).scalars()
        return list(inserted)
    table = cast(Table, StatementRow.__table__)
    dialect = connection.dialect
    names = list(rows[0])
    # The SQLite dialect's own converters (times and dates as its text, booleans as 0/1).
    convert = [table.c[n].type.dialect_impl(dialect).bind_processor(dialect) for n in names]
    cursor = connection.connection.cursor()
    try:
        # Ids are never reused (AUTOINCREMENT): after the largest ever given, which
        # sqlite_sequence keeps (and moves on itself past the ids written here).
        cursor.execute(
            "SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'statements'),"
            " 0), COALESCE((SELECT MAX(id) FROM statements), 0))"
        )
        largest = cursor.fetchone()
        first = int(largest[0] if largest is not None else 0) + 1
        ids = list(range(first, first + len(rows)))
        values = [
            (
                row_id,
                *(c(v) if c is not None else v for c, v in zip(convert, row.values(), strict=True)),
            )
            for row_id, row in zip(ids, rows, strict=True)
        ]
        marks = ", ".join("?" for _ in names)
        cursor.executemany(
            f"INSERT INTO statements (id, {', '.join(names)}) VALUES (?, {marks})", values
        )
    finally:
        cursor.close()
    return ids


def _NOW() -> datetime:  # noqa: N802 - the time a loaded row is created at, as the ORM sets it
    return datetime.now(UTC).replace(tzinfo=None)
