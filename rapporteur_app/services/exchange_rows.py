"""The exchange file's values as the rows they become: the meeting's, a session's,
its introducers', its lists' and its recommendations', each field cleaned and
checked, and the dates, clock times and moment a loaded row is given.

Both loads (the document's, :mod:`exchange_document_load`, and the streaming one,
:mod:`exchange_load`) and the hand-off build their rows here, so a file gives the
same rows whichever way it is read; apart from them because nothing here writes.
"""

import json
import re
from datetime import UTC, date, datetime, time
from typing import Any

from rapporteur_app.domain.addressees import normalize_addressee
from rapporteur_app.domain.documents.settings import (
    MeetingDocumentSettings,
    SessionDocumentSettings,
)
from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.kinds import SessionKind, SessionList
from rapporteur_app.domain.text import clean_line, clean_text, parse_date, parse_time
from rapporteur_app.domain.year import EventKind
from rapporteur_app.services.exchange_file import Json
from rapporteur_app.store.models import MeetingRow


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


def file_date(value: str | None, field: str) -> date | None:
    """A date of the file (``field`` names it in a refusal), or None if it gives none."""
    return None if value is None else parse_date(value, field)


_PLAIN_TIME = re.compile("[0-9]{2}:[0-9]{2}(:[0-9]{2})?")


def file_time(value: str | None, field: str) -> time | None:
    """A clock time of the file (``field`` names it in a refusal), or None."""
    if value is None:
        return None
    if _PLAIN_TIME.fullmatch(value):
        try:  # the usual "10:05:00": read in C; anything else gets the domain's words
            return time.fromisoformat(value)
        except ValueError:
            pass
    return parse_time(value, field, seconds=True)


def session_values(source: Json, position: int) -> Json:
    """The row values of the file's session ``source`` (the ``position``-th), its
    fields cleaned and checked as :func:`load_session` takes them."""
    label = clean_line(source["label"])
    title = clean_line(source["title"])
    if not label or not title:
        raise InvalidInput.coded("exchange-session-unnamed", position=position)
    start = file_time(source.get("start"), f"start of session {label!r}")
    end = file_time(source.get("end"), f"end of session {label!r}")
    if start and end and end < start:
        raise InvalidInput.coded("exchange-session-ends-early", session=repr(label))
    return dict(
        kind=SessionKind(source.get("kind", SessionKind.WORKING_SESSION.value)).value,
        label=label,
        title=title,
        day=file_date(source.get("day"), f"day of session {label!r}"),
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


def loaded_at() -> datetime:
    """The moment a loaded row is created at, as the ORM sets it (naive UTC)."""
    return datetime.now(UTC).replace(tzinfo=None)
