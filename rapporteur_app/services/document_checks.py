"""What a rapporteur would want to know before sending a rapport out.

The checks warn; they never block an export: the rapporteur decides.
"""

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from rapporteur_app.domain.kinds import StatementKind
from rapporteur_app.services.lookup import session_row
from rapporteur_app.services.mentions import mentions_warning, possible_mentions
from rapporteur_app.store.database import Database
from rapporteur_app.store.models import RecommendationRow, StatementRow


@dataclass(frozen=True, slots=True)
class ExportWarning:
    code: str
    message: str  # in English (the GUI words the code in the user's language)
    count: int = 0


class CheckService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def before_export(self, session_id: int) -> list[ExportWarning]:
        warnings: list[ExportWarning] = []
        with self._db.reading() as db:
            session = session_row(db, session_id)
            replies = db.scalar(
                select(func.count()).where(
                    StatementRow.session_id == session_id,
                    StatementRow.kind == StatementKind.RIGHT_OF_REPLY.value,
                    StatementRow.replying_to_id.is_(None),
                )
            )
            if replies:
                warnings.append(ExportWarning(
                    "reply-without-statement",
                    f"{replies} right(s) of reply do not say which statement they answer.",
                    replies,
                ))  # fmt: skip
            warnings.extend(_reply_order(db, session_id))
            addressless = db.scalar(
                select(func.count()).where(
                    RecommendationRow.session_id == session_id,
                    RecommendationRow.included.is_(True),
                    func.trim(RecommendationRow.addressee) == "",
                )
            )
            if addressless:
                warnings.append(ExportWarning(
                    "recommendation-without-addressee",
                    f"{addressless} recommendation(s) have no addressee.",
                    addressless,
                ))  # fmt: skip
            on_floor = db.scalar(
                select(func.count()).where(
                    StatementRow.session_id == session_id,
                    StatementRow.start_time.is_not(None),
                    StatementRow.end_time.is_(None),
                )
            )
            if on_floor:
                warnings.append(ExportWarning(
                    "statement-on-floor",
                    "A statement is still on the floor: end it so its time is recorded.",
                ))  # fmt: skip
            if not session.narrative.strip():
                warnings.append(ExportWarning("empty-narrative", "The narrative is empty."))
            if not session.rapporteur.strip():
                warnings.append(
                    ExportWarning("no-rapporteur", "The session has no rapporteur named.")
                )
        words = possible_mentions(self._db, session_id=session_id)
        if words:
            warnings.append(ExportWarning("possible-anonymous-mention", mentions_warning(words)))
        return warnings


def _reply_order(db: DbSession, session_id: int) -> list[ExportWarning]:
    """A reply answers what was said before it: one that answers a later statement (or a
    chain that loops, which only an old file could hold) was linked by mistake."""
    rows = db.execute(
        select(StatementRow.id, StatementRow.replying_to_id)
        .where(StatementRow.session_id == session_id)
        .order_by(StatementRow.position, StatementRow.id)
    ).all()
    number = {row_id: n for n, (row_id, _) in enumerate(rows, start=1)}
    later = [
        f"{number[row_id]} answers {number[target]}"
        for row_id, target in rows
        if target is not None and number.get(target, 0) > number[row_id]
    ]
    if not later:
        return []
    return [
        ExportWarning(
            "reply-answers-later-statement",
            "A right of reply answers a statement made after it ("
            + "; ".join(later)
            + "): choose the statement it answers in the log.",
        )
    ]
