"""What the exchange file says of a meeting and of its sessions, read from the
database: the whole document, a session file's, and the pieces the streaming dump
(:mod:`exchange_dump`) writes one at a time.

Apart from the loads: a dump reads rows and writes none, and the hand-off and the
kept final versions read a session's document without loading anything.
"""

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from typing import cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session as DbSession

from rapporteur_app import __version__
from rapporteur_app.domain.year import EventKind
from rapporteur_app.services.cosignatories import statement_cosignatories
from rapporteur_app.services.exchange_file import FORMAT, SESSION_SCOPE, VERSION, Json
from rapporteur_app.services.lookup import meeting_row as get_meeting_row
from rapporteur_app.store.models import (
    IntroducerRow,
    MeetingRow,
    RecommendationRow,
    RecommendationSourceRow,
    SessionItemRow,
    SessionRow,
    StatementRow,
)


def meeting_document(db: DbSession, meeting_id: int) -> Json:
    """The whole document of a meeting, read in ``db``: its sessions in agenda order."""
    meeting = get_meeting_row(db, meeting_id)
    sessions = sorted(
        db.scalars(select(SessionRow).where(SessionRow.meeting_id == meeting_id)),
        key=lambda r: (r.position, r.id),
    )
    document = dump_head(meeting)
    document["meeting"]["sessions"] = [_dump_session(db, s) for s in sessions]
    return document


def dump_head(meeting: MeetingRow) -> Json:
    """A meeting's document with no sessions yet: "sessions" comes last in it, and
    the meeting last in the document (the streaming reader and writer rely on it)."""
    return {
        **_document_head({}, "seconds"),
        "meeting": {
            **_meeting_head(meeting),
            # Left out for a meeting, so that a file of a meeting still reads
            # in a program that knows no other kind.
            **({"kind": meeting.kind} if meeting.kind != EventKind.MEETING else {}),
            "background": meeting.background,
            "documents": json.loads(meeting.documents or "{}"),
            "sessions": [],
        },
    }


def session_document(db: DbSession, row: SessionRow) -> Json:
    """A session file's document (scope "session") of one session, read in ``db``."""
    meeting = get_meeting_row(db, row.meeting_id)
    return {
        **_document_head({"scope": SESSION_SCOPE}, "microseconds"),
        "meeting": {**_meeting_head(meeting), "sessions": [_dump_session(db, row)]},
    }


def _document_head(scope: Json, timespec: str) -> Json:
    """The members before "meeting", in the order a file has them (a session file's
    scope after the version, and its time to the microsecond: the hand-off orders
    a session's files by it)."""
    return {
        "format": FORMAT,
        "version": VERSION,
        **scope,
        "exported_at": datetime.now(UTC).isoformat(timespec=timespec),
        "generator": f"rapporteur-app {__version__}",
    }


def _meeting_head(meeting: MeetingRow) -> Json:
    return {
        "title": meeting.title,
        "venue": meeting.venue,
        "start": _iso(meeting.start_date),
        "end": _iso(meeting.end_date),
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


def _also_from(db: DbSession, recommendation_id: int) -> list[int]:
    return list(
        db.scalars(
            select(RecommendationSourceRow.statement_id)
            .where(RecommendationSourceRow.recommendation_id == recommendation_id)
            .order_by(RecommendationSourceRow.statement_id)
        )
    )


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


def _iso(value: date | time | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, time):
        return value.strftime("%H:%M:%S")
    return value.isoformat()
