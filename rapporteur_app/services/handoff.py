"""Hand-off by file: a rapporteur's session file imported into the secretariat's meeting.

The session file is the exchange format's (scope "session"), read and checked by the
same loader as ``load``. The session is matched by its uid: a corrected file replaces
the session it came from instead of doubling it, and the same file twice changes
nothing (a digest of its session is kept). A file for another meeting or older than
the one held is refused with what it would change, unless the caller forces it, and so
is a newer file for a session edited here since it was imported (the secretariat's
corrections are not replaced without a word); a session whose rapport is final here
is replaced only by a newer final version.
"""

import hashlib
import json
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from rapporteur_app.domain.errors import InvalidInput, Said, SaidLines
from rapporteur_app.domain.text import clean_line, search_key
from rapporteur_app.services.exchange_check import check
from rapporteur_app.services.exchange_document import session_content
from rapporteur_app.services.exchange_document_load import free_uid, load_session
from rapporteur_app.services.exchange_file import SESSION_SCOPE, Json, document_text
from rapporteur_app.services.exchange_names import KnownNames
from rapporteur_app.services.final_lock import UNLOCKED, refuse_if_final
from rapporteur_app.services.lookup import meeting_row
from rapporteur_app.services.rapports import keep_version
from rapporteur_app.store.database import Database
from rapporteur_app.store.models import (
    MeetingRow,
    RapportVersionRow,
    RecommendationRow,
    SessionRow,
    StatementRow,
)


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """What importing a session file would do, said before it is done."""

    label: str
    session_id: int | None  # the session it replaces; None: it is added
    unchanged: bool  # the same content as the session held: nothing to do
    changes: tuple[str, ...]  # what will change, one line each
    problems: tuple[str, ...]  # why it is refused unless forced (another meeting, older)
    locked: bool = False  # the session held is final and the file no newer final version

    def heading(self) -> Said:
        if self.unchanged:
            return Said.coded("handoff-same", session=self.label)
        if self.session_id is not None:
            return Said.coded("handoff-replaces", session=self.label)
        return Said.coded("handoff-added", session=self.label)

    def lines(self) -> list[str]:
        if self.unchanged:
            return [self.heading()]
        return [self.heading(), *(f"  {line}" for line in self.changes)]


_LOCKED = Said.coded("handoff-locked")


def digest(session: Json) -> str:
    """Of a file's session: the same session gives the same digest, whenever written."""
    text = json.dumps(session, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def held_digest(db: DbSession, row: SessionRow) -> str:
    """Of the session as this database holds it (its statements, recommendations,
    narrative, agenda and rapport state, as a session file would carry them)."""
    return digest(session_content(db, row))


def edited_here(db: DbSession, held: SessionRow) -> bool:
    """The session was changed here since its last hand-off import: replacing it would
    lose those changes. (A session imported before this was kept cannot tell: no.)"""
    return held.handoff_local_digest is not None and held.handoff_local_digest != held_digest(
        db, held
    )


def _same_meeting(meeting: MeetingRow, source: Json) -> bool:
    if search_key(meeting.title) != search_key(clean_line(source.get("title", ""))):
        return False
    start = source.get("start")
    return start is None or meeting.start_date is None or meeting.start_date.isoformat() == start


def _rapport(session: Json) -> tuple[str, int]:
    rapport = session.get("rapport") or {}
    return str(rapport.get("state", "draft")), int(rapport.get("version", 0))


def _count(db: DbSession, row_type: type[StatementRow] | type[RecommendationRow], sid: int) -> int:
    return int(db.scalar(select(func.count()).where(row_type.session_id == sid)) or 0)


class HandoffService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def export_text(self, session_id: int) -> str:
        """The session file's text (a final rapport exactly as it was sent)."""
        from rapporteur_app.services.rapports import RapportService

        return RapportService(self._db).session_text(session_id)

    def plan(self, data: Json, meeting_id: int) -> ImportPlan:
        """What importing ``data`` into the meeting would do; nothing is written."""
        _check_session_file(data)
        with self._db.reading() as db:
            return self._plan(db, data, meeting_id)

    def import_file(self, data: Json, meeting_id: int, *, force: bool = False) -> ImportPlan:
        """Import the session of a session file into the meeting, all or nothing.

        Refused (InvalidInput, nothing written) for a file of another meeting or one
        older than the session held unless ``force``; RapportFinal when the session
        held is final and the file is not a newer final version."""
        _check_session_file(data)
        with self._db.writing() as db:
            plan = self._plan(db, data, meeting_id)
            if plan.unchanged:
                return plan
            if plan.problems and not force:
                if plan.locked:
                    plan = replace(plan, problems=(*plan.problems, _LOCKED))
                raise InvalidInput.coded(
                    "handoff-needs-force",
                    problems=SaidLines(plan.problems, " "),
                    changes=SaidLines(plan.changes, "; "),
                )
            if plan.locked:
                refuse_if_final(db, [plan.session_id or 0])
            self._apply(db, data, meeting_id, plan)
            return plan

    def _plan(self, db: DbSession, data: Json, meeting_id: int) -> ImportPlan:
        meeting = meeting_row(db, meeting_id)
        source = data["meeting"]
        session = source["sessions"][0]
        label = clean_line(session.get("label", ""))
        uid = session.get("uid")
        held = (
            db.scalar(select(SessionRow).where(SessionRow.uid == uid)) if uid is not None else None
        )
        problems: list[str] = []
        if held is not None and held.meeting_id != meeting_id:
            other = meeting_row(db, held.meeting_id)
            raise InvalidInput.coded(
                "handoff-other-meeting",
                session=repr(label),
                other=repr(other.title),
                id=other.id,
                meeting=repr(meeting.title),
            )
        if not _same_meeting(meeting, source):
            title = repr(clean_line(source.get("title", "")))
            if source.get("start"):
                problems.append(
                    Said.coded(
                        "handoff-not-this-meeting-of",
                        title=title,
                        start=source["start"],
                        meeting=repr(meeting.title),
                    )
                )
            else:
                problems.append(
                    Said.coded("handoff-not-this-meeting", title=title, meeting=repr(meeting.title))
                )
        fingerprint = digest(session)
        state, version = _rapport(session)
        if held is not None:
            if held.handoff_digest == fingerprint:
                return ImportPlan(label, held.id, True, (), ())
            if edited_here(db, held):
                problems.append(
                    Said.coded("handoff-edited-here", session=label, stamp=held.handoff_stamp)
                )
            kept = int(
                db.scalar(
                    select(func.max(RapportVersionRow.version)).where(
                        RapportVersionRow.session_id == held.id
                    )
                )
                or 0
            )
            stamp = str(data.get("exported_at", ""))
            if version < kept:
                problems.append(
                    Said.coded("handoff-older-version", version=version, session=label, kept=kept)
                )
            elif held.handoff_stamp and stamp and stamp < held.handoff_stamp:
                problems.append(
                    Said.coded(
                        "handoff-older-file", session=label, stamp=stamp, last=held.handoff_stamp
                    )
                )
        locked = (
            held is not None
            and held.final_version is not None
            and not (state == "final" and version > held.final_version)
        )
        return ImportPlan(label, held.id if held else None, False,
                          tuple(self._changes(db, held, session)), tuple(problems),
                          locked)  # fmt: skip

    def _changes(self, db: DbSession, held: SessionRow | None, session: Json) -> list[Said]:
        statements = len(session.get("statements", []))
        recommendations = len(session.get("recommendations", []))
        state, version = _rapport(session)
        final = state == "final"
        if held is None:
            counts = {"statements": statements, "recommendations": recommendations}
            if final:
                return [Said.coded("handoff-new-session-final", version=version, **counts)]
            return [Said.coded("handoff-new-session-draft", **counts)]
        lines = [
            Said.coded(
                "handoff-statements", before=_count(db, StatementRow, held.id), after=statements
            ),
            Said.coded(
                "handoff-recommendations",
                before=_count(db, RecommendationRow, held.id),
                after=recommendations,
            ),
        ]
        if held.narrative.strip() != session.get("narrative", "").strip():
            lines.append(Said.coded("handoff-narrative"))
        if final:
            lines.append(Said.coded("handoff-rapport-final", version=version))
        else:
            lines.append(Said.coded("handoff-rapport-draft"))
        return lines

    def _apply(self, db: DbSession, data: Json, meeting_id: int, plan: ImportPlan) -> None:
        session = data["meeting"]["sessions"][0]
        held = db.get(SessionRow, plan.session_id) if plan.session_id is not None else None
        if held is not None:
            # The sanctioned replacement (a newer final version) may write it.
            db.info[UNLOCKED] = {held.id}
            held.final_version = None
            position = held.position
        else:
            position = (
                int(
                    db.scalar(
                        select(func.max(SessionRow.position)).where(
                            SessionRow.meeting_id == meeting_id
                        )
                    )
                    or 0
                )
                + 1
            )
        try:
            row = load_session(db, meeting_id, position, session, {}, KnownNames(), replacing=held)
            if held is None:
                row.uid = free_uid(db, session.get("uid"))
            row.handoff_stamp = str(data.get("exported_at", "")) or None
            row.handoff_digest = digest(session)
            state, version = _rapport(session)
            if state == "final" and version > 0:
                rapport = session.get("rapport", {})
                when = _when(rapport.get("finalized_at"))
                keep_version(
                    db, row, version, clean_line(rapport.get("author", "")),
                    document_text(data), when,
                )  # fmt: skip
            db.flush()
            row.handoff_local_digest = held_digest(db, row)
            db.flush()
        finally:
            db.info.pop(UNLOCKED, None)


def _when(value: object) -> datetime:
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value).replace(tzinfo=None)
        except ValueError:
            pass
    return datetime.now().replace(microsecond=0)


def _check_session_file(data: Json) -> None:
    check(data)
    if data.get("scope") != SESSION_SCOPE:
        raise InvalidInput.coded("handoff-whole-meeting")
