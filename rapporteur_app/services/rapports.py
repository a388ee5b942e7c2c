"""Draft and final: a session's rapport marked final (sent to the secretariat), locked,
re-opened as the next version; every final version kept as it was sent, and two
versions compared (the tally, the narrative, the recommendations)."""

import difflib
import getpass
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from rapporteur_app.domain.errors import InvalidInput, NotFound
from rapporteur_app.domain.kinds import Category, StatementKind
from rapporteur_app.domain.tally import Tally
from rapporteur_app.domain.text import clean_line
from rapporteur_app.services.lookup import session_row
from rapporteur_app.store.database import Database
from rapporteur_app.store.models import RapportVersionRow, SessionRow

# A session file's JSON (services/exchange_file.py's Json). The exchange module itself
# (jsonschema, its schema) is imported when a version is written or read: the
# window's heading asks this service for the rapport's state at the first paint.
Json = dict[str, Any]

CURRENT = 0  # in a comparison: the session as it is now (its draft, or its final text)


@dataclass(frozen=True, slots=True)
class RapportVersion:
    version: int
    finalized_at: datetime
    author: str


@dataclass(frozen=True, slots=True)
class RapportState:
    session_id: int
    label: str
    final_version: int | None  # None: a draft
    versions: tuple[RapportVersion, ...]  # every final version, oldest first

    @property
    def is_final(self) -> bool:
        return self.final_version is not None

    def describe(self) -> str:
        if self.final_version is not None:
            kept = next(v for v in self.versions if v.version == self.final_version)
            return (
                f"final, version {kept.version} "
                f"({kept.finalized_at:%Y-%m-%d %H:%M}, {kept.author or '?'})"
            )
        if self.versions:
            return f"draft (re-opened after version {self.versions[-1].version})"
        return "draft"


@dataclass(frozen=True, slots=True)
class RapportComparison:
    first: str  # "version 1", "the current draft"
    second: str
    tally: tuple[tuple[str, int, int], ...]  # (count, in first, in second), changed only
    narrative: tuple[str, ...]  # a unified diff of the paragraphs, empty when equal
    recommendations_removed: tuple[str, ...]
    recommendations_added: tuple[str, ...]

    @property
    def same(self) -> bool:
        return not (
            self.tally
            or self.narrative
            or self.recommendations_removed
            or self.recommendations_added
        )

    def lines(self) -> list[str]:
        """The comparison in plain lines, as the command line prints it."""
        head = f"{self.first} → {self.second}"
        if self.same:
            return [head, "No change in the tally, the narrative or the recommendations."]
        out = [head]
        if self.tally:
            out.append("Tally:")
            out += [f"  {name}: {a} → {b}" for name, a, b in self.tally]
        if self.narrative:
            out.append("Narrative:")
            out += [f"  {line}" for line in self.narrative]
        if self.recommendations_removed or self.recommendations_added:
            out.append("Recommendations:")
            out += [f"  - {text}" for text in self.recommendations_removed]
            out += [f"  + {text}" for text in self.recommendations_added]
        return out


def default_author() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def _versions(db: DbSession, session_id: int) -> tuple[RapportVersion, ...]:
    rows = db.scalars(
        select(RapportVersionRow)
        .where(RapportVersionRow.session_id == session_id)
        .order_by(RapportVersionRow.version)
    )
    return tuple(RapportVersion(r.version, r.finalized_at, r.author) for r in rows)


def state_of(db: DbSession, row: SessionRow) -> RapportState:
    return RapportState(row.id, row.label, row.final_version, _versions(db, row.id))


def keep_version(
    db: DbSession, row: SessionRow, version: int, author: str, content: str, when: datetime
) -> None:
    """Keep ``content`` as final version ``version`` of the session (replacing a kept
    version of that number, as a hand-off file of the same version does)."""
    kept = db.scalar(
        select(RapportVersionRow).where(
            RapportVersionRow.session_id == row.id, RapportVersionRow.version == version
        )
    )
    if kept is None:
        db.add(
            RapportVersionRow(
                session_id=row.id,
                version=version,
                author=author,
                content=content,
                finalized_at=when,
            )
        )
    else:
        kept.author, kept.content, kept.finalized_at = author, content, when
    row.final_version = version


class RapportService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def state(self, session_id: int) -> RapportState:
        with self._db.reading() as db:
            return state_of(db, session_row(db, session_id))

    def finalize(self, session_id: int, author: str | None = None) -> RapportVersion:
        """Mark the rapport final: the next version number, now, by ``author``; the
        session's document is kept as it is sent and the session is locked."""
        who = clean_line(author if author is not None else default_author())
        with self._db.writing() as db:
            row = session_row(db, session_id)
            if row.final_version is not None:
                raise InvalidInput.coded(
                    "rapport-already-final", session=row.label, version=row.final_version
                )
            last = db.scalar(
                select(func.max(RapportVersionRow.version)).where(
                    RapportVersionRow.session_id == session_id
                )
            )
            version = int(last or 0) + 1
            when = datetime.now().replace(microsecond=0)
            row.final_version = version
            db.add(
                RapportVersionRow(
                    session_id=session_id, version=version, author=who, finalized_at=when,
                    content="",
                )
            )  # fmt: skip
            db.flush()
            # The document names itself final, with this version, time and author.
            from rapporteur_app.services.exchange_document import session_document
            from rapporteur_app.services.exchange_file import document_text

            content = document_text(session_document(db, row))
            kept = db.scalar(
                select(RapportVersionRow).where(
                    RapportVersionRow.session_id == session_id,
                    RapportVersionRow.version == version,
                )
            )
            assert kept is not None
            kept.content = content
            return RapportVersion(version, when, who)

    def reopen(self, session_id: int) -> RapportState:
        """Unlock a final rapport: its final version stays kept; marking it final again
        makes the next version."""
        with self._db.writing() as db:
            row = session_row(db, session_id)
            if row.final_version is None:
                raise InvalidInput.coded("rapport-draft-not-locked", session=row.label)
            row.final_version = None
            db.flush()
            return state_of(db, row)

    def version_text(self, session_id: int, version: int) -> str:
        """Final version ``version`` exactly as it was sent (a session file's text)."""
        with self._db.reading() as db:
            row = session_row(db, session_id)
            kept = db.scalar(
                select(RapportVersionRow.content).where(
                    RapportVersionRow.session_id == session_id,
                    RapportVersionRow.version == version,
                )
            )
            if kept is None:
                known = ", ".join(str(v.version) for v in _versions(db, session_id))
                if not known:
                    raise NotFound.coded(
                        "rapport-no-final-versions", session=row.label, version=version
                    )
                raise NotFound.coded(
                    "rapport-no-final-version", session=row.label, version=version, known=known
                )
            return kept

    def session_text(self, session_id: int) -> str:
        """The session file to hand on: a final rapport exactly as it was sent, a
        draft as it is now."""
        with self._db.reading() as db:
            row = session_row(db, session_id)
            if row.final_version is not None:
                kept = db.scalar(
                    select(RapportVersionRow.content).where(
                        RapportVersionRow.session_id == session_id,
                        RapportVersionRow.version == row.final_version,
                    )
                )
                if kept:
                    return kept
            from rapporteur_app.services.exchange_document import session_document
            from rapporteur_app.services.exchange_file import document_text

            return document_text(session_document(db, row))

    def compare(self, session_id: int, first: int, second: int = CURRENT) -> RapportComparison:
        """What changed from ``first`` to ``second`` (version numbers; CURRENT is the
        session as it is now)."""

        def document(version: int) -> tuple[str, Json]:
            if version == CURRENT:
                return "now", json.loads(self.session_text_now(session_id))
            return f"version {version}", json.loads(self.version_text(session_id, version))

        name_a, a = document(first)
        name_b, b = document(second)
        return compare_documents(name_a, a, name_b, b)

    def session_text_now(self, session_id: int) -> str:
        with self._db.reading() as db:
            from rapporteur_app.services.exchange_document import session_document
            from rapporteur_app.services.exchange_file import document_text

            return document_text(session_document(db, session_row(db, session_id)))


def _only_session(document: Json) -> Json:
    sessions = document.get("meeting", {}).get("sessions", [])
    return sessions[0] if sessions else {}


def _tally(session: Json) -> Tally:
    items = []
    for statement in session.get("statements", []):
        try:
            kind = StatementKind(statement.get("kind", "statement"))
            items.append((kind, Category(statement["category"])))
        except (KeyError, ValueError):
            continue
    return Tally.of(items)


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def _recommendations(session: Json) -> list[str]:
    return [
        f"[{r.get('addressee', '')}] {r.get('text', '')}"
        for r in session.get("recommendations", [])
        if r.get("included", True)
    ]


def compare_documents(name_a: str, a: Json, name_b: str, b: Json) -> RapportComparison:
    first, second = _only_session(a), _only_session(b)
    tally_a, tally_b = _tally(first).as_dict(), _tally(second).as_dict()
    tally = tuple(
        (name.replace("_", " "), tally_a[name], tally_b[name])
        for name in tally_a
        if tally_a[name] != tally_b[name]
    )
    narrative = tuple(
        line
        for line in difflib.unified_diff(
            _paragraphs(first.get("narrative", "")),
            _paragraphs(second.get("narrative", "")),
            name_a,
            name_b,
            lineterm="",
            n=0,
        )
        if not line.startswith(("---", "+++", "@@"))
    )
    recs_a, recs_b = _recommendations(first), _recommendations(second)
    return RapportComparison(
        first=name_a,
        second=name_b,
        tally=tally,
        narrative=narrative,
        recommendations_removed=tuple(r for r in recs_a if r not in recs_b),
        recommendations_added=tuple(r for r in recs_b if r not in recs_a),
    )
