"""A final rapport stays final: every write to a locked session is refused here.

The lock is enforced under the services, on the database session itself, so that
every path that changes a session's statements, recommendations, lists,
introducers or narrative (the console, the Statements and Rapport tabs, the
command line, a hand-off import) meets the same refusal: RapportFinal, one
message, and the unit of work rolled back, so nothing changes. Objects flushed
by the ORM are looked at before the flush; ORM statements (``db.execute(update(
StatementRow)...)``) before they run. Changing the lock itself, the agenda
position and the hand-off stamps is allowed.
"""

from collections.abc import Iterable
from typing import Any, cast

from sqlalchemy import Table, event, inspect, select
from sqlalchemy.orm import ORMExecuteState
from sqlalchemy.orm import Session as DbSession

from rapporteur_app.domain.errors import RapportFinal
from rapporteur_app.store.models import (
    IntroducerRow,
    RapportVersionRow,
    RecommendationRow,
    RecommendationSourceRow,
    SessionItemRow,
    SessionRow,
    StatementCosignatoryRow,
    StatementRow,
)

# Rows that belong to a session's rapport through their session_id.
_BY_SESSION = (StatementRow, RecommendationRow, SessionItemRow, IntroducerRow)
# Columns of a session a final rapport does not freeze.
_FREE = frozenset(
    ("final_version", "handoff_stamp", "handoff_digest", "handoff_local_digest", "position", "uid")
)
# db.info key: sessions a sanctioned replacement may write although final.
UNLOCKED = "rapport_unlocked"
# db.info key: a unit of work that writes only sessions it makes (a meeting loaded as
# new): none of them can be final, so nothing is looked up.
SKIPPED = "rapport_lock_skipped"


def refuse_if_final(db: DbSession, session_ids: Iterable[int]) -> None:
    """RapportFinal naming the first of these sessions whose rapport is final."""
    wanted = set(session_ids) - set(db.info.get(UNLOCKED, ()))
    if not wanted:
        return
    with db.no_autoflush:
        row = db.execute(
            select(SessionRow.id, SessionRow.label, SessionRow.final_version)
            .where(SessionRow.id.in_(wanted), SessionRow.final_version.is_not(None))
            .order_by(SessionRow.id)
            .limit(1)
        ).first()
        if row is None:
            return
        kept = db.scalar(
            select(RapportVersionRow).where(
                RapportVersionRow.session_id == row.id, RapportVersionRow.version == row[2]
            )
        )
    when = kept.finalized_at.strftime("%Y-%m-%d %H:%M") if kept is not None else "?"
    author = (kept.author if kept is not None else "") or "?"
    raise RapportFinal.coded(
        "rapport-final", session=row.label, version=row[2], when=when, author=author
    )


def _session_of_statement(db: DbSession, statement_id: int | None) -> int | None:
    if statement_id is None:
        return None
    return db.scalar(select(StatementRow.session_id).where(StatementRow.id == statement_id))


def _touched_by_flush(db: DbSession) -> set[int]:
    """The sessions whose rapport the pending flush changes (batched: one query for
    all co-signatories, one for all recommendation sources)."""
    touched: set[int] = set()
    statements: set[int] = set()
    recommendations: set[int] = set()
    for rows, deleted in ((db.new, False), (db.dirty, False), (db.deleted, True)):
        for row in rows:
            if row in db.dirty and not db.is_modified(row):
                continue  # set to what it was: no change
            if isinstance(row, _BY_SESSION):
                touched.add(row.session_id)
                # Moved from another session: that one changes too.
                history = inspect(cast(Any, row)).attrs["session_id"].history
                touched.update(v for v in history.deleted or () if isinstance(v, int))
            elif isinstance(row, StatementCosignatoryRow):
                statements.add(row.statement_id)
            elif isinstance(row, RecommendationSourceRow):
                recommendations.add(row.recommendation_id)
            elif isinstance(row, SessionRow) and row.id is not None:
                state = inspect(row)
                changed = {a.key for a in state.attrs if a.history.has_changes()}
                if deleted or changed - _FREE:
                    touched.add(row.id)
    if statements:
        touched.update(
            db.scalars(select(StatementRow.session_id).where(StatementRow.id.in_(statements)))
        )
    if recommendations:
        touched.update(
            db.scalars(
                select(RecommendationRow.session_id).where(
                    RecommendationRow.id.in_(recommendations)
                )
            )
        )
    touched.discard(0)
    return touched


@event.listens_for(DbSession, "before_flush")
def _before_flush(db: DbSession, _context: Any, _instances: Any) -> None:
    if db.info.get(SKIPPED):
        return
    with db.no_autoflush:
        touched = _touched_by_flush(db)
    if touched:
        refuse_if_final(db, touched)


_GUARDED_TABLES = {
    cls.__tablename__: cls
    for cls in (*_BY_SESSION, StatementCosignatoryRow, RecommendationSourceRow)
}


@event.listens_for(DbSession, "do_orm_execute")
def _before_statement(state: ORMExecuteState) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    statement: Any = state.statement
    table = statement.table
    if not isinstance(table, Table) or table.name not in _GUARDED_TABLES:
        return
    db = state.session
    if db.info.get(SKIPPED):
        return
    touched: set[int] = set()
    if state.is_insert:
        parameters = state.parameters
        rows = parameters if isinstance(parameters, list) else [parameters or {}]
        for values in rows:
            touched |= _sessions_in_values(db, table, values)
    else:
        query = _affected_sessions(table)
        if statement.whereclause is not None:
            query = query.where(statement.whereclause)
        with db.no_autoflush:
            touched = {int(i) for i in db.scalars(query.distinct()) if i is not None}
    if touched:
        refuse_if_final(db, touched)


def _sessions_in_values(db: DbSession, table: Table, values: Any) -> set[int]:
    if "session_id" in table.c and isinstance(values.get("session_id"), int):
        return {values["session_id"]}
    if "statement_id" in table.c and table.name == StatementCosignatoryRow.__tablename__:
        found = _session_of_statement(db, values.get("statement_id"))
        return set() if found is None else {found}
    if "recommendation_id" in table.c:
        found = db.scalar(
            select(RecommendationRow.session_id).where(
                RecommendationRow.id == values.get("recommendation_id")
            )
        )
        return set() if found is None else {int(found)}
    return set()


def _affected_sessions(table: Table) -> Any:
    if "session_id" in table.c:
        return select(table.c.session_id)
    if table.name == StatementCosignatoryRow.__tablename__:
        return select(StatementRow.session_id).join(table, table.c.statement_id == StatementRow.id)
    return select(RecommendationRow.session_id).join(
        table, table.c.recommendation_id == RecommendationRow.id
    )
