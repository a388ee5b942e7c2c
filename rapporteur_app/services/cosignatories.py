"""The co-signatories of joint statements, stored beside the statement (or the queued
speaker) through the one organization resolver: "Албания" is Albania."""

from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, Integer, bindparam, delete, insert, select
from sqlalchemy.orm import Session as DbSession

from rapporteur_app.domain.kinds import Category
from rapporteur_app.domain.people import MAX_ORGANIZATION, check_length
from rapporteur_app.domain.text import clean_line, search_key
from rapporteur_app.services.organization_resolver import OrganizationResolver
from rapporteur_app.store.models import (
    Base,
    QueueCosignatoryRow,
    StatementCosignatoryRow,
    StatementRow,
)

Cosignatory = StatementCosignatoryRow | QueueCosignatoryRow


def resolve_cosignatories(
    db: DbSession | Connection,
    lead: str,
    names: Iterable[str],
    category: Category,
    resolver: OrganizationResolver | None = None,
) -> list[tuple[int, str]]:
    """(organization id, name) of each co-signatory, once each, never the lead. One
    unknown to the program is stored in the lead's category: those who sign together
    are as a rule of one kind (States with the EU, NGOs with an NGO). ``resolver``:
    one kept for many statements (a file loaded), else one for these names (``db`` an
    ORM session or, for the console's keys, a Core connection)."""
    resolver = resolver or OrganizationResolver(db, one_by_one=True)
    seen = {search_key(lead)} if lead else set()
    found: list[tuple[int, str]] = []
    for typed in names:
        name = check_length(clean_line(typed), MAX_ORGANIZATION, "co-signatory")
        if not name:
            continue
        row = resolver.get_or_add(name, category)
        if row.name_key in seen:
            continue
        seen.add(row.name_key)
        found.append((row.id, row.name))
    return found


def set_statement_cosignatories(
    db: DbSession, statement_id: int, lead: str, names: Sequence[str], category: Category
) -> tuple[str, ...]:
    db.execute(
        delete(StatementCosignatoryRow).where(StatementCosignatoryRow.statement_id == statement_id)
    )
    resolved = resolve_cosignatories(db, lead, names, category)
    for position, (organization_id, name) in enumerate(resolved, start=1):
        db.add(StatementCosignatoryRow(
            statement_id=statement_id, position=position, organization_id=organization_id,
            name=name,
        ))  # fmt: skip
    return tuple(name for _, name in resolved)


def set_queue_cosignatories(
    db: DbSession, entry_id: int, lead: str, names: Sequence[str], category: Category
) -> tuple[str, ...]:
    db.execute(delete(QueueCosignatoryRow).where(QueueCosignatoryRow.queue_entry_id == entry_id))
    resolved = resolve_cosignatories(db, lead, names, category)
    for position, (organization_id, name) in enumerate(resolved, start=1):
        db.add(QueueCosignatoryRow(
            queue_entry_id=entry_id, position=position, organization_id=organization_id,
            name=name,
        ))  # fmt: skip
    return tuple(name for _, name in resolved)


_S = StatementCosignatoryRow
# The reads below made once (the console's keys read co-signatories): each call binds
# its values, never builds an expression.
_OF_STATEMENTS = (
    select(_S.statement_id, _S.name)
    .where(_S.statement_id.in_(bindparam("statement_ids", expanding=True)))
    .order_by(_S.statement_id, _S.position)
)
_OF_SESSION = (
    select(_S.statement_id, _S.name)
    .join(StatementRow, StatementRow.id == _S.statement_id)
    .where(StatementRow.session_id == bindparam("session_id"))
    .order_by(_S.statement_id, _S.position)
)
_OF_ENTRIES = (
    select(QueueCosignatoryRow.queue_entry_id, QueueCosignatoryRow.name)
    .where(QueueCosignatoryRow.queue_entry_id.in_(bindparam("entry_ids", expanding=True)))
    .order_by(QueueCosignatoryRow.queue_entry_id, QueueCosignatoryRow.position)
)


def statement_cosignatories(
    db: DbSession | Connection,
    statement_ids: Iterable[int] | None = None,
    *,
    session_id: int | None = None,
) -> dict[int, tuple[str, ...]]:
    """Statement id -> its co-signatories in order, for the given statements or for
    every statement of a session (one query either way); on an ORM session or on a
    unit of work's connection."""
    if session_id is not None:
        rows = db.execute(_OF_SESSION, {"session_id": session_id})
    else:
        rows = db.execute(_OF_STATEMENTS, {"statement_ids": list(statement_ids or ())})
    found: dict[int, list[str]] = {}
    for statement_id, name in rows:
        found.setdefault(statement_id, []).append(name)
    return {k: tuple(v) for k, v in found.items()}


def queue_cosignatories(
    db: DbSession | Connection, entry_ids: Iterable[int]
) -> dict[int, tuple[str, ...]]:
    """Queue entry id -> its co-signatories in order (one query; an ORM session or a
    connection)."""
    found: dict[int, list[str]] = {}
    ids = list(entry_ids)
    if not ids:
        return {}
    for entry_id, name in db.execute(_OF_ENTRIES, {"entry_ids": ids}):
        found.setdefault(entry_id, []).append(name)
    return {k: tuple(v) for k, v in found.items()}


_Q = Base.metadata.tables["queue_cosignatories"]
# Made once: giving the floor is a console key (services/floor.py).
_COPY_TO_STATEMENT = insert(Base.metadata.tables["statement_cosignatories"]).from_select(
    ["statement_id", "position", "organization_id", "name"],
    select(bindparam("statement_id", type_=Integer), _Q.c.position, _Q.c.organization_id, _Q.c.name)
    .where(_Q.c.queue_entry_id == bindparam("entry_id"))
    .order_by(_Q.c.position),
)


def copy_to_statement(connection: Connection, entry_id: int, statement_id: int) -> None:
    """A queued joint statement given the floor: its co-signatories go with it, in
    their order, in one statement on the unit of work's connection (no row read)."""
    connection.execute(_COPY_TO_STATEMENT, {"statement_id": statement_id, "entry_id": entry_id})


def copy_to_queue(db: DbSession, statement_id: int, entry_id: int) -> None:
    """The floor taken back: the co-signatories wait in the queue again."""
    rows = db.scalars(
        select(StatementCosignatoryRow)
        .where(StatementCosignatoryRow.statement_id == statement_id)
        .order_by(StatementCosignatoryRow.position)
    ).all()
    for row in rows:
        db.add(QueueCosignatoryRow(
            queue_entry_id=entry_id, position=row.position,
            organization_id=row.organization_id, name=row.name,
        ))  # fmt: skip
