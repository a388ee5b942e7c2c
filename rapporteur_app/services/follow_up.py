"""Recommendations followed up across meetings: a state, a responsible office and dated
notes for each, and the link to the same recommendation heard at an earlier meeting.

Everything here lives in tables of its own (migration 0020): a session's rapport
reports what was said and reads none of it. A link is never made by the program:
a fuzzy match of the words (the same scorer that finds a session's duplicates)
proposes it and a person confirms or refuses it; a refused pair is not proposed
again.
"""

from datetime import date

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import aliased

from rapporteur_app.domain.draft.duplicates import SIMILARITY, comparable_words
from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.text import clean_line, clean_text
from rapporteur_app.domain.year import (
    FollowUp,
    FollowUpNote,
    FollowUpRow,
    FollowUpState,
    LinkProposal,
)
from rapporteur_app.services.lookup import get_row
from rapporteur_app.services.year import meeting_ids_of_year, year_bounds
from rapporteur_app.store.database import Database
from rapporteur_app.store.models import (
    FollowUpNoteRow,
    MeetingRow,
    RecommendationLinkRow,
    RecommendationRow,
    SessionRow,
)
from rapporteur_app.store.models import FollowUpRow as FollowUpTableRow

# A proposal needs as close a match as the session's duplicates do.
LINK_SIMILARITY = SIMILARITY


def _recommendation(db: DbSession, recommendation_id: int) -> RecommendationRow:
    return get_row(db, RecommendationRow, recommendation_id, "recommendation")


def _followup_row(db: DbSession, recommendation_id: int) -> FollowUpTableRow:
    _recommendation(db, recommendation_id)
    row = db.get(FollowUpTableRow, recommendation_id)
    if row is None:
        row = FollowUpTableRow(recommendation_id=recommendation_id, state="open", office="")
        db.add(row)
    return row


def _confirmed_earlier(db: DbSession, recommendation_id: int) -> int | None:
    return db.scalar(
        select(RecommendationLinkRow.earlier_id).where(
            RecommendationLinkRow.later_id == recommendation_id, RecommendationLinkRow.confirmed
        )
    )


class FollowUpService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, recommendation_id: int) -> FollowUp:
        with self._db.reading() as db:
            _recommendation(db, recommendation_id)
            return _follow_up(db, recommendation_id)

    def set_state(
        self, recommendation_id: int, state: FollowUpState, office: str | None = None
    ) -> FollowUp:
        with self._db.writing() as db:
            row = _followup_row(db, recommendation_id)
            row.state = FollowUpState(state).value
            if office is not None:
                row.office = clean_line(office)
            db.flush()
            return _follow_up(db, recommendation_id)

    def set_office(self, recommendation_id: int, office: str) -> FollowUp:
        with self._db.writing() as db:
            _followup_row(db, recommendation_id).office = clean_line(office)
            db.flush()
            return _follow_up(db, recommendation_id)

    def add_note(self, recommendation_id: int, day: date, text: str) -> FollowUpNote:
        with self._db.writing() as db:
            _recommendation(db, recommendation_id)
            row = FollowUpNoteRow(
                recommendation_id=recommendation_id, day=day,
                text=_note_text(text),
            )  # fmt: skip
            db.add(row)
            db.flush()
            return FollowUpNote(row.id, recommendation_id, row.day, row.text)

    def remove_note(self, note_id: int) -> None:
        with self._db.writing() as db:
            db.delete(get_row(db, FollowUpNoteRow, note_id, "follow-up note"))

    # -- links across meetings -----------------------------------------------------------

    def proposals(self, meeting_id: int) -> list[LinkProposal]:
        """For each recommendation of the meeting, the closest one of an earlier meeting
        that reads the same (not yet confirmed or refused), best match first."""
        from rapidfuzz import fuzz, process

        with self._db.reading() as db:
            meeting = get_row(db, MeetingRow, meeting_id, "meeting")
            later = _texts(db, MeetingRow.id == meeting_id)
            if meeting.start_date is None or not later:
                return []
            earlier = _texts(
                db, and_(MeetingRow.start_date < meeting.start_date, MeetingRow.id != meeting_id)
            )
            pairs = select(
                RecommendationLinkRow.later_id,
                RecommendationLinkRow.earlier_id,
                RecommendationLinkRow.confirmed,
            ).where(RecommendationLinkRow.later_id.in_([r[0] for r in later]))
            links = [(int(a), int(b), bool(yes)) for a, b, yes in db.execute(pairs)]
            decided = {(a, b) for a, b, _ in links}
            # A recommendation already linked needs no proposal; one refused pair
            # leaves the others open.
            linked = {a for a, _, yes in links if yes}
        if not earlier:
            return []
        choices = [comparable_words(text) for _, text, _ in earlier]
        found: list[LinkProposal] = []
        for later_id, text, later_meeting in later:
            if later_id in linked:
                continue
            matches = process.extract(
                comparable_words(text), choices, scorer=fuzz.token_sort_ratio,
                score_cutoff=LINK_SIMILARITY, limit=5,
            )  # fmt: skip
            for _choice, score, index in matches:
                earlier_id, earlier_text, earlier_meeting = earlier[index]
                if (later_id, earlier_id) in decided:
                    continue
                found.append(
                    LinkProposal(later_id, text, later_meeting, earlier_id, earlier_text,
                                 earlier_meeting, round(score))
                )  # fmt: skip
                break
        return sorted(found, key=lambda p: -p.score)

    def proposals_for_year(self, year: int) -> list[LinkProposal]:
        """:meth:`proposals` for every meeting of the year at once: each text is read and
        folded once (the folding, not the matching, is what costs at 4,500 texts)."""
        from bisect import bisect_left

        from rapidfuzz import fuzz, process

        first, after = year_bounds(year)
        with self._db.reading() as db:
            query = (
                select(RecommendationRow.id, RecommendationRow.text, MeetingRow.title,
                       MeetingRow.start_date)
                .join(SessionRow, SessionRow.id == RecommendationRow.session_id)
                .join(MeetingRow, MeetingRow.id == SessionRow.meeting_id)
                .where(MeetingRow.start_date < after, RecommendationRow.included)
                .order_by(MeetingRow.start_date, MeetingRow.id, RecommendationRow.id)
            )  # fmt: skip
            # (start_date < after leaves out the meetings without dates.)
            rows = [
                (rid, text, title, start)
                for rid, text, title, start in db.execute(query)
                if start is not None
            ]
            later = [r for r in rows if r[3] >= first]
            links = [
                (int(a), int(b), bool(yes))
                for a, b, yes in db.execute(
                    select(RecommendationLinkRow.later_id, RecommendationLinkRow.earlier_id,
                           RecommendationLinkRow.confirmed)
                    .where(RecommendationLinkRow.later_id.in_([r[0] for r in later]))
                )
            ]  # fmt: skip
        decided = {(a, b) for a, b, _ in links}
        linked = {a for a, _, yes in links if yes}
        starts = [r[3] for r in rows]
        words = [comparable_words(r[1]) for r in rows]
        found: list[LinkProposal] = []
        for index, (later_id, text, meeting, start) in enumerate(rows):
            if start < first or later_id in linked:
                continue
            before = bisect_left(starts, start)  # meetings that started earlier
            if not before:
                continue
            # The most recent meeting first, as in proposals(): it wins a tie.
            matches = process.extract(
                words[index], words[before - 1 :: -1], scorer=fuzz.token_sort_ratio,
                score_cutoff=LINK_SIMILARITY, limit=5,
            )  # fmt: skip
            for _choice, score, back in matches:
                earlier_id, earlier_text, earlier_meeting, _ = rows[before - 1 - back]
                if (later_id, earlier_id) in decided:
                    continue
                found.append(
                    LinkProposal(later_id, text, meeting, earlier_id, earlier_text,
                                 earlier_meeting, round(score))
                )  # fmt: skip
                break
        return sorted(found, key=lambda p: -p.score)

    def confirm_link(self, later_id: int, earlier_id: int) -> FollowUp:
        """A person says ``later_id`` is ``earlier_id`` heard again."""
        with self._db.writing() as db:
            later = _recommendation(db, later_id)
            earlier = _recommendation(db, earlier_id)
            if later_id == earlier_id or _meeting_of(db, later) == _meeting_of(db, earlier):
                raise InvalidInput.coded("follow-up-same-meeting")
            for row in db.scalars(
                select(RecommendationLinkRow).where(
                    RecommendationLinkRow.later_id == later_id, RecommendationLinkRow.confirmed
                )
            ):
                db.delete(row)
            db.flush()
            link = db.get(RecommendationLinkRow, (later_id, earlier_id))
            if link is None:
                db.add(RecommendationLinkRow(later_id=later_id, earlier_id=earlier_id,
                                             confirmed=True))  # fmt: skip
            else:
                link.confirmed = True
            db.flush()
            return _follow_up(db, later_id)

    def refuse_link(self, later_id: int, earlier_id: int) -> None:
        """A person says the two differ: the pair is not proposed again."""
        with self._db.writing() as db:
            _recommendation(db, later_id)
            _recommendation(db, earlier_id)
            link = db.get(RecommendationLinkRow, (later_id, earlier_id))
            if link is None:
                db.add(RecommendationLinkRow(later_id=later_id, earlier_id=earlier_id,
                                             confirmed=False))  # fmt: skip
            else:
                link.confirmed = False

    # -- the table of a year ---------------------------------------------------------------

    def table(self, year: int, addressee: str | None = None) -> list[FollowUpRow]:
        """Every recommendation of the year's meetings with its follow-up, by addressee,
        then in the meetings' and sessions' order."""
        with self._db.reading() as db:
            ids = meeting_ids_of_year(db, year)
            if not ids:
                return []
            r, s, m, f = RecommendationRow, SessionRow, MeetingRow, FollowUpTableRow
            last_day = (
                select(
                    FollowUpNoteRow.recommendation_id, func.max(FollowUpNoteRow.day).label("day")
                )
                .group_by(FollowUpNoteRow.recommendation_id)
                .subquery()
            )
            link = aliased(RecommendationLinkRow)
            earlier = aliased(RecommendationRow)
            earlier_session = aliased(SessionRow)
            earlier_meeting = aliased(MeetingRow)
            query = (
                select(
                    r.id, r.addressee, r.text, m.id, m.title, m.start_date, s.label, s.title,
                    func.coalesce(f.state, "open"), func.coalesce(f.office, ""), last_day.c.day,
                    link.earlier_id, earlier_meeting.title,
                )
                .join(s, s.id == r.session_id)
                .join(m, m.id == s.meeting_id)
                .outerjoin(f, f.recommendation_id == r.id)
                .outerjoin(last_day, last_day.c.recommendation_id == r.id)
                .outerjoin(link, and_(link.later_id == r.id, link.confirmed))
                .outerjoin(earlier, earlier.id == link.earlier_id)
                .outerjoin(earlier_session, earlier_session.id == earlier.session_id)
                .outerjoin(earlier_meeting, earlier_meeting.id == earlier_session.meeting_id)
                .where(m.id.in_(ids), r.included)
                .order_by(r.addressee, m.start_date, m.id, s.position, s.id, r.position, r.id)
            )  # fmt: skip
            if addressee is not None:
                query = query.where(r.addressee == addressee)
            rows = list(db.execute(query))
            notes = _last_notes(db, [row[0] for row in rows if row[10] is not None])
        return [
            FollowUpRow(
                recommendation_id=rid, addressee=to, text=text, meeting_id=mid, meeting=title,
                meeting_start=start, session=_session_name(label, session_title),
                state=FollowUpState(state), office=office, last_note_day=day,
                last_note=notes.get(rid, ""), earlier_id=earlier_id,
                earlier_meeting=earlier_title or "",
            )
            for (rid, to, text, mid, title, start, label, session_title, state, office, day,
                 earlier_id, earlier_title) in rows
        ]  # fmt: skip


def _note_text(text: str) -> str:
    cleaned = clean_text(text).strip()
    if not cleaned:
        raise InvalidInput.coded("follow-up-note-empty")
    return cleaned


def _session_name(label: str, title: str) -> str:
    if not label or label.casefold() == title.casefold():
        return title
    return f"{label}: {title}"


def _meeting_of(db: DbSession, row: RecommendationRow) -> int:
    return int(
        db.scalars(select(SessionRow.meeting_id).where(SessionRow.id == row.session_id)).one()
    )


def _texts(db: DbSession, where: object) -> list[tuple[int, str, str]]:
    """(id, text, meeting title) of the included recommendations of the meetings chosen."""
    query = (
        select(RecommendationRow.id, RecommendationRow.text, MeetingRow.title)
        .join(SessionRow, SessionRow.id == RecommendationRow.session_id)
        .join(MeetingRow, MeetingRow.id == SessionRow.meeting_id)
        .where(where, RecommendationRow.included)  # type: ignore[arg-type]
        .order_by(MeetingRow.start_date.desc(), RecommendationRow.id)
    )
    return [(rid, text, title) for rid, text, title in db.execute(query)]


def _last_notes(db: DbSession, ids: list[int]) -> dict[int, str]:
    """The latest note of each recommendation (the last written on its latest day)."""
    found: dict[int, str] = {}
    if not ids:
        return found
    query = (
        select(FollowUpNoteRow.recommendation_id, FollowUpNoteRow.text)
        .where(FollowUpNoteRow.recommendation_id.in_(ids))
        .order_by(FollowUpNoteRow.day, FollowUpNoteRow.id)
    )
    for rid, text in db.execute(query):
        found[rid] = text
    return found


def _follow_up(db: DbSession, recommendation_id: int) -> FollowUp:
    row = db.get(FollowUpTableRow, recommendation_id)
    notes = tuple(
        FollowUpNote(n.id, n.recommendation_id, n.day, n.text)
        for n in db.scalars(
            select(FollowUpNoteRow)
            .where(FollowUpNoteRow.recommendation_id == recommendation_id)
            .order_by(FollowUpNoteRow.day, FollowUpNoteRow.id)
        )
    )
    return FollowUp(
        recommendation_id,
        FollowUpState(row.state) if row is not None else FollowUpState.OPEN,
        row.office if row is not None else "",
        notes,
        _confirmed_earlier(db, recommendation_id),
    )
