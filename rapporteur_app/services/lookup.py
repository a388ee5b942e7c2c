"""Finding rows by id inside a unit of work, with the user's words when one is missing."""

from typing import TypeVar, cast

from sqlalchemy import ColumnElement, Connection, Table, bindparam, func, insert, select
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.orm import Session as DbSession

from rapporteur_app.domain.error_codes import MESSAGES
from rapporteur_app.domain.errors import NotFound
from rapporteur_app.domain.kinds import Category
from rapporteur_app.domain.text import search_key
from rapporteur_app.services.organization_resolver import OrganizationResolver
from rapporteur_app.store.models import (
    Base,
    MeetingRow,
    OrganizationRow,
    SessionRow,
    SpeakerRow,
    StatementRow,
)

_Row = TypeVar("_Row", bound=Base)


def get_row(db: DbSession, row_type: type[_Row], row_id: int, what: str) -> _Row:
    row = db.get(row_type, row_id)
    if row is None:
        code = f"no-{what.replace(' ', '-')}"
        if code in MESSAGES:
            raise NotFound.coded(code, id=row_id)
        raise NotFound(f"There is no {what} with id {row_id}.")
    return row


def meeting_row(db: DbSession, meeting_id: int) -> MeetingRow:
    return get_row(db, MeetingRow, meeting_id, "meeting")


def session_row(db: DbSession, session_id: int) -> SessionRow:
    return get_row(db, SessionRow, session_id, "session")


_MEETING_THERE = select(MeetingRow.id).where(MeetingRow.id == bindparam("id"))


def check_meeting(connection: Connection, meeting_id: int) -> None:
    """:func:`meeting_row`'s refusal, on a Core connection (the row is not needed)."""
    if connection.execute(_MEETING_THERE, {"id": meeting_id}).first() is None:
        raise NotFound.coded("no-meeting", id=meeting_id)


def statement_row(db: DbSession, statement_id: int) -> StatementRow:
    return get_row(db, StatementRow, statement_id, "statement")


def next_position(
    db: DbSession, column: InstrumentedAttribute[int], where: ColumnElement[bool]
) -> int:
    """One past the largest position in use (1 for an empty list)."""
    current = db.scalar(select(func.max(column)).where(where))
    return int(current or 0) + 1


def find_or_add_organization(
    db: DbSession, name: str, category: Category | None
) -> OrganizationRow:
    """The organization of this name or of another spelling of it ("Австрия" is
    Austria), added if new: through the one resolver every path uses."""
    return OrganizationResolver(db, one_by_one=True).get_or_add(name, category)


# find_or_add_speaker's statements, made once (a key builds no SQL expression).
_SPEAKERS = cast(Table, SpeakerRow.__table__)
_SPEAKER_BY_KEY = (
    select(SpeakerRow)
    .where(
        SpeakerRow.meeting_id == bindparam("meeting_id"), SpeakerRow.name_key == bindparam("key")
    )
    .order_by(SpeakerRow.id)
    .limit(1)
)
_CORE_SPEAKER_BY_KEY = (
    select(
        _SPEAKERS.c.id,
        _SPEAKERS.c.name,
        _SPEAKERS.c.organization_id,
        _SPEAKERS.c.not_named,
        _SPEAKERS.c.anonymous_description,
    )
    .where(
        _SPEAKERS.c.meeting_id == bindparam("meeting_id"), _SPEAKERS.c.name_key == bindparam("key")
    )
    .order_by(_SPEAKERS.c.id)
    .limit(1)
)
_CORE_ADD_SPEAKER = insert(_SPEAKERS)  # the columns' defaults apply


def find_or_add_speaker(
    db: DbSession | Connection, meeting_id: int, name: str, organization_id: int | None
) -> SpeakerRow:
    """The meeting's speaker of this name (case and accents folded; the first met),
    added if new. On a Core connection (a unit of work of ``writing_rows()``), the
    row is a value read there (a transient ``SpeakerRow``, attached to no session:
    its id, name, organization and whether she asked not to be named)."""
    key = search_key(name)
    wanted = {"meeting_id": meeting_id, "key": key}
    if isinstance(db, Connection):
        found = db.execute(_CORE_SPEAKER_BY_KEY, wanted).first()
        if found is not None:
            return SpeakerRow(
                id=found.id, meeting_id=meeting_id, name=found.name, name_key=key,
                organization_id=found.organization_id, not_named=bool(found.not_named),
                anonymous_description=found.anonymous_description,
            )  # fmt: skip
        values = {
            "meeting_id": meeting_id, "name": name, "name_key": key,
            "organization_id": organization_id,
        }  # fmt: skip
        inserted = db.execute(_CORE_ADD_SPEAKER, values).inserted_primary_key
        assert inserted is not None
        return SpeakerRow(id=int(inserted[0]), not_named=False, **values)
    row = db.scalar(_SPEAKER_BY_KEY, wanted)
    if row is None:
        row = SpeakerRow(
            meeting_id=meeting_id, name=name, name_key=key, organization_id=organization_id
        )
        db.add(row)
        db.flush()
    return row
