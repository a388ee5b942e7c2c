"""The meeting exchange file: a whole meeting as versioned JSON (dump and load).

The format is described by resources/schemas/meeting-exchange-v1.schema.json
and docs/exchange-format.md. Loading checks everything first (schema, then the
links between statements) and writes the meeting in one unit of work, so a bad
file writes nothing.
"""

import json
from datetime import UTC, date, datetime, time
from importlib.resources import files
from pathlib import Path
from typing import Any

from sqlalchemy import select
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
    StatementRow,
)

FORMAT = "rapporteur-meeting"
VERSION = 1
SCHEMA_FILE = "meeting-exchange-v1.schema.json"

Json = dict[str, Any]


def schema() -> Json:
    text = (files("rapporteur_app.resources") / "schemas" / SCHEMA_FILE).read_text("utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def read_file(path: Path) -> Json:
    """The file's JSON, or InvalidInput naming what is wrong with it."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise InvalidInput(f"Cannot read {path}: {error.strerror or error}.") from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InvalidInput(f"{path} is not a UTF-8 text file.") from None
    except json.JSONDecodeError as error:
        raise InvalidInput(
            f"{path} is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})."
        ) from None
    except RecursionError:
        raise InvalidInput(f"{path} is nested too deeply to be a Rapporteur meeting.") from None
    except ValueError:
        # e.g. a number of thousands of digits, beyond what Python converts
        raise InvalidInput(f"{path} holds a number too long to be an id or a count.") from None
    if not isinstance(data, dict):
        raise InvalidInput(f"{path} does not hold a Rapporteur meeting (a JSON object).")
    return data


def write_file(data: Json, path: Path) -> None:
    """Write atomically: a crash leaves the old file or the new one, never half of one.
    Only a regular file is written (a link is followed to one), readable by the user
    alone (0600) when new: a dump is the full record."""
    from rapporteur_app.export.atomic import atomic_target

    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    with atomic_target(path) as temporary:
        temporary.write_text(text, encoding="utf-8")


def _iso(value: date | time | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, time):
        return value.strftime("%H:%M:%S")
    return value.isoformat()


def check(data: Json) -> None:
    """Raise InvalidInput with the first problem of an exchange document."""
    if data.get("format") != FORMAT:
        raise InvalidInput("This file is not a Rapporteur meeting file (its 'format' is missing).")
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise InvalidInput(
            f"This file was written in format version {version} by a newer Rapporteur; "
            f"this version reads format {VERSION}. Update the program to load it."
        )
    import jsonschema  # only a file being read or written pays for it

    validator = jsonschema.Draft202012Validator(schema())
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is not None:
        where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
        raise InvalidInput(
            f"The file is malformed at {where.lstrip('.') or 'top'}: {error.message}."
        )
    ids: dict[int, int] = {}
    for s_index, session in enumerate(data["meeting"]["sessions"]):
        for statement in session.get("statements", []):
            if statement["id"] in ids:
                raise InvalidInput(f"Statement id {statement['id']} is used twice in the file.")
            ids[statement["id"]] = s_index
    for s_index, session in enumerate(data["meeting"]["sessions"]):
        for statement in session.get("statements", []):
            target = statement.get("replying_to")
            if target is None:
                continue
            if statement.get("kind") != StatementKind.RIGHT_OF_REPLY.value:
                raise InvalidInput(
                    f"Statement {statement['id']} answers another but is not a right of reply."
                )
            if ids.get(target) != s_index:
                raise InvalidInput(
                    f"Statement {statement['id']} answers statement {target}, "
                    "which is not in its session."
                )
        for rec in session.get("recommendations", []):
            source = rec.get("from_statement")
            for other in rec.get("also_from_statements", []):
                if ids.get(other) != s_index:
                    raise InvalidInput(
                        f"A recommendation of session {session['label']!r} was also heard in "
                        f"statement {other}, which is not in that session."
                    )
            if source is not None and ids.get(source) != s_index:
                raise InvalidInput(
                    f"A recommendation of session {session['label']!r} comes from statement "
                    f"{source}, which is not in that session."
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
                    "background": meeting.background,
                    "documents": json.loads(meeting.documents or "{}"),
                    "sessions": [_dump_session(db, s) for s in sessions],
                },
            }

    def load(self, data: Json) -> Meeting:
        """Add the meeting of an exchange document as a new meeting; all or nothing."""
        check(data)
        source = data["meeting"]
        start = _date(source.get("start"), "meeting start")
        end = _date(source.get("end"), "meeting end")
        if start and end and end < start:
            raise InvalidInput(f"The meeting ends ({end}) before it starts ({start}).")
        with self._db.writing() as db:
            meeting = MeetingRow(
                title=clean_line(source["title"]),
                venue=clean_line(source.get("venue", "")),
                start_date=start,
                end_date=end,
                background=clean_text(source.get("background", "")).strip(),
                documents=MeetingDocumentSettings.from_json(
                    json.dumps(source.get("documents", {}))
                ).to_json(),
            )
            if not meeting.title:
                raise InvalidInput("The meeting's title is empty.")
            db.add(meeting)
            db.flush()
            new_ids: dict[int, int] = {}
            for position, session in enumerate(source["sessions"], start=1):
                _load_session(db, meeting.id, position, session, new_ids)
            return meeting_of(meeting)


def _date(value: str | None, field: str) -> date | None:
    return None if value is None else parse_date(value, field)


def _time(value: str | None, field: str) -> time | None:
    return None if value is None else parse_time(value, field, seconds=True)


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


def _dump_session(db: DbSession, row: SessionRow) -> Json:
    statements = db.scalars(
        select(StatementRow)
        .where(StatementRow.session_id == row.id)
        .order_by(StatementRow.position, StatementRow.id)
    )
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
        "statements": [
            {
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
            }
            for s in statements
        ],
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


def _load_session(
    db: DbSession, meeting_id: int, position: int, source: Json, new_ids: dict[int, int]
) -> None:
    label = clean_line(source["label"])
    title = clean_line(source["title"])
    if not label or not title:
        raise InvalidInput(f"Session {position} of the file has an empty label or title.")
    start = _time(source.get("start"), f"start of session {label!r}")
    end = _time(source.get("end"), f"end of session {label!r}")
    if start and end and end < start:
        raise InvalidInput(f"Session {label!r} ends before it starts.")
    session = SessionRow(
        meeting_id=meeting_id,
        position=position,
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
    db.add(session)
    db.flush()
    for index, person in enumerate(source.get("introducers", []), start=1):
        name = clean_line(person["name"])
        if not name:
            raise InvalidInput(f"An introducer of session {label!r} has an empty name.")
        db.add(
            IntroducerRow(
                session_id=session.id,
                position=index,
                role=person.get("role", "introducer"),
                name=name,
                function=clean_line(person.get("function", "")),
                organization=clean_line(person.get("organization", "")),
            )
        )
    for list_name, items in source.get("lists", {}).items():
        SessionList(list_name)
        texts = [t for t in (clean_text(i).strip() for i in items) if t]
        for index, text in enumerate(texts, start=1):
            db.add(
                SessionItemRow(
                    session_id=session.id, list_name=list_name, position=index, text=text
                )
            )
    for index, item in enumerate(source.get("statements", []), start=1):
        new_ids[item["id"]] = _load_statement(db, meeting_id, session.id, index, item, new_ids)
    for index, item in enumerate(source.get("recommendations", []), start=1):
        text = clean_text(item["text"]).strip()
        if not text:
            raise InvalidInput(f"A recommendation of session {label!r} has no text.")
        origin = item.get("from_statement")
        recommendation = RecommendationRow(
            session_id=session.id,
            position=index,
            addressee=normalize_addressee(item["addressee"]),
            text=text,
            statement_id=None if origin is None else new_ids[origin],
            included=item.get("included", True),
        )
        db.add(recommendation)
        also = {new_ids[other] for other in item.get("also_from_statements", [])}
        if also:
            db.flush()
            db.add_all(
                RecommendationSourceRow(recommendation_id=recommendation.id, statement_id=other)
                for other in sorted(also)
            )


def _load_statement(
    db: DbSession,
    meeting_id: int,
    session_id: int,
    position: int,
    item: Json,
    new_ids: dict[int, int],
) -> int:
    category = Category(item["category"])
    on_behalf_of = clean_line(item.get("on_behalf_of", ""))
    speaker = clean_line(item.get("speaker", ""))
    organization_id = (
        find_or_add_organization(db, on_behalf_of, category).id if on_behalf_of else None
    )
    speaker_id = (
        find_or_add_speaker(db, meeting_id, speaker, organization_id).id if speaker else None
    )
    start = _time(item.get("start"), f"start of statement {item['id']}")
    end = _time(item.get("end"), f"end of statement {item['id']}")
    if start and end and end < start:
        raise InvalidInput(f"Statement {item['id']} ends before it starts.")
    target = item.get("replying_to")
    if target is not None and target not in new_ids:
        raise InvalidInput(
            f"Statement {item['id']} answers statement {target}, which must come before it."
        )
    row = StatementRow(
        session_id=session_id,
        position=position,
        speaker_id=speaker_id,
        speaker_name=speaker,
        organization_id=organization_id,
        on_behalf_of=on_behalf_of,
        category=category.value,
        kind=StatementKind(item.get("kind", "statement")).value,
        replying_to_id=None if target is None else new_ids[target],
        start_time=start,
        end_time=end,
        notes=clean_text(item.get("notes", "")),
        anonymous=item.get("anonymous", False),
        anonymous_description=clean_line(item.get("anonymous_description", "")),
    )
    db.add(row)
    db.flush()
    return row.id
