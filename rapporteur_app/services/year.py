"""The year across meetings: every meeting and event of a year, and the statistics of a
year or of a chosen set of meetings.

Every figure is one SQL aggregate: the statements by category come from the counts
the store keeps per session (migration 0017's ``session_tallies``), who spoke how
often and the recommendations by addressee are GROUP BYs the database runs, never
a Python pass over statement rows. A year of an office's ten (20 meetings, 100,000
statements) answers well under a second (``./dev.sh bench``).
"""

from collections.abc import Sequence
from datetime import date

from sqlalchemy import Integer, Select, String, case, func, literal, select, union_all
from sqlalchemy.orm import Session as DbSession

from rapporteur_app.domain.kinds import CATEGORY_ORDER, Category, StatementKind
from rapporteur_app.domain.year import (
    EventKind,
    MeetingCounts,
    SpeakerCount,
    YearEvent,
    YearStatistics,
)
from rapporteur_app.store.database import Database
from rapporteur_app.store.models import (
    MeetingRow,
    OrganizationRow,
    RecommendationRow,
    SessionRow,
    SessionTallyRow,
    StatementRow,
)

_T = SessionTallyRow
_CATEGORY_COLUMNS = {
    Category.DELEGATION: _T.delegations,
    Category.CIVIL_SOCIETY: _T.civil_society,
    Category.OSCE_INSTITUTION: _T.osce_institutions,
    Category.INTERNATIONAL_ORGANIZATION: _T.international_organizations,
    Category.MEDIA: _T.media,
}
# A statement by someone who asked not to be named and for no organization is
# counted, under this name, never under the words logged for it.
NOT_NAMED = "(not named)"


def year_bounds(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year + 1, 1, 1)


def _in_year(query: Select[tuple[int]], year: int) -> Select[tuple[int]]:
    first, after = year_bounds(year)
    return query.where(MeetingRow.start_date >= first, MeetingRow.start_date < after)


def meeting_ids_of_year(db: DbSession, year: int) -> list[int]:
    query = _in_year(select(MeetingRow.id), year).order_by(MeetingRow.start_date, MeetingRow.id)
    return list(db.scalars(query))


class YearService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def years(self) -> list[int]:
        """Every year a meeting or event of the database starts in, newest first."""
        with self._db.reading() as db:
            days = db.scalars(
                select(MeetingRow.start_date).where(MeetingRow.start_date.is_not(None)).distinct()
            )
            return sorted({day.year for day in days if day is not None}, reverse=True)

    def events(self, year: int | None) -> list[YearEvent]:
        """The meetings and events of ``year`` in date order (None: those without dates),
        each with its number of sessions and of statements (kept counts)."""
        with self._db.reading() as db:
            sessions = (
                select(SessionRow.meeting_id, func.count().label("n"))
                .group_by(SessionRow.meeting_id)
                .subquery()
            )
            logged = (
                select(
                    SessionRow.meeting_id,
                    func.sum(
                        _T.delegations
                        + _T.civil_society
                        + _T.osce_institutions
                        + _T.international_organizations
                        + _T.media
                    ).label("n"),
                )
                .join(_T, _T.session_id == SessionRow.id)
                .group_by(SessionRow.meeting_id)
                .subquery()
            )
            query = (
                select(
                    MeetingRow.id, MeetingRow.title, MeetingRow.kind, MeetingRow.start_date,
                    MeetingRow.end_date, MeetingRow.venue,
                    func.coalesce(sessions.c.n, 0), func.coalesce(logged.c.n, 0),
                )
                .outerjoin(sessions, sessions.c.meeting_id == MeetingRow.id)
                .outerjoin(logged, logged.c.meeting_id == MeetingRow.id)
                .order_by(MeetingRow.start_date, MeetingRow.id)
            )  # fmt: skip
            if year is None:
                query = query.where(MeetingRow.start_date.is_(None))
            else:
                first, after = year_bounds(year)
                query = query.where(MeetingRow.start_date >= first, MeetingRow.start_date < after)
            return [
                YearEvent(mid, title, EventKind(kind), start, end, venue, int(n), int(said))
                for mid, title, kind, start, end, venue, n, said in db.execute(query)
            ]

    def statistics(
        self, year: int | None = None, meeting_ids: Sequence[int] | None = None
    ) -> YearStatistics:
        """The statistics of a year, or of the meetings chosen (one of the two)."""
        with self._db.reading() as db:
            if meeting_ids is None:
                if year is None:
                    raise ValueError("give a year or meetings")
                ids = meeting_ids_of_year(db, year)
            else:
                ids = list(dict.fromkeys(meeting_ids))
            return YearStatistics(
                meetings=tuple(_meeting_counts(db, ids)),
                speakers=tuple(_speakers(db, ids)),
                addressees=tuple(_addressees(db, ids)),
                year=year if meeting_ids is None else None,
                meeting_ids=tuple(ids),
            )


def _meeting_counts(db: DbSession, ids: list[int]) -> list[MeetingCounts]:
    if not ids:
        return []
    sums = [func.coalesce(func.sum(column), 0) for column in _CATEGORY_COLUMNS.values()]
    query = (
        select(
            MeetingRow.id, MeetingRow.title, MeetingRow.start_date, MeetingRow.kind,
            *sums, func.coalesce(func.sum(_T.rights_of_reply), 0),
        )
        .outerjoin(SessionRow, SessionRow.meeting_id == MeetingRow.id)
        .outerjoin(_T, _T.session_id == SessionRow.id)
        .where(MeetingRow.id.in_(ids))
        .group_by(MeetingRow.id, MeetingRow.title, MeetingRow.start_date, MeetingRow.kind)
        .order_by(MeetingRow.start_date, MeetingRow.id)
    )  # fmt: skip
    found = []
    for mid, title, start, kind, *counts in db.execute(query):
        *by_category, replies = (int(c) for c in counts)
        found.append(
            MeetingCounts(
                mid, title, start, EventKind(kind),
                dict(zip(CATEGORY_ORDER, by_category, strict=True)), replies,
            )
        )  # fmt: skip
    return found


def _speakers(db: DbSession, ids: list[int]) -> list[SpeakerCount]:
    """Who took the floor how often: GROUP BYs over the chosen meetings' statements.

    Statements for an organization (nearly all) are grouped on its id from the index
    ix_statements_session_organization alone; the few for none (an individual) are
    grouped on the words logged for them, or counted under NOT_NAMED when the speaker
    asked not to be named. The two sets of groups are then named and summed."""
    if not ids:
        return []
    s = StatementRow
    statement = func.sum(case((s.kind == StatementKind.STATEMENT.value, 1), else_=0))
    reply = func.sum(case((s.kind == StatementKind.RIGHT_OF_REPLY.value, 1), else_=0))
    floor = (SessionRow.meeting_id.in_(ids), s.kind != StatementKind.PRESENTATION.value)
    loose = case((s.anonymous, NOT_NAMED), else_=s.on_behalf_of)
    with_organization = (
        select(s.organization_id.label("org"), s.category.label("category"),
               literal(None, String()).label("loose"), statement.label("n"), reply.label("r"))
        .join(SessionRow, SessionRow.id == s.session_id)
        .where(*floor, s.organization_id.is_not(None))
        .group_by(s.organization_id, s.category)
    )  # fmt: skip
    without = (
        select(literal(None, Integer()).label("org"), s.category.label("category"),
               loose.label("loose"), statement.label("n"), reply.label("r"))
        .join(SessionRow, SessionRow.id == s.session_id)
        .where(*floor, s.organization_id.is_(None))
        .group_by(s.category, loose)
    )  # fmt: skip
    inner = union_all(with_organization, without).subquery()
    name = func.coalesce(OrganizationRow.name, inner.c.loose)
    category = func.coalesce(OrganizationRow.category, inner.c.category)
    statements = func.sum(inner.c.n)
    replies = func.sum(inner.c.r)
    query = (
        select(name, category, statements, replies)
        .select_from(inner)
        .outerjoin(OrganizationRow, OrganizationRow.id == inner.c.org)
        .group_by(name, category)
        .order_by(statements.desc(), replies.desc(), name)
    )
    return [
        SpeakerCount(str(who or NOT_NAMED), Category(cat), int(n), int(r))
        for who, cat, n, r in db.execute(query)
    ]


def _addressees(db: DbSession, ids: list[int]) -> list[tuple[str, int]]:
    if not ids:
        return []
    count = func.count(RecommendationRow.id)
    query = (
        select(RecommendationRow.addressee, count)
        .join(SessionRow, SessionRow.id == RecommendationRow.session_id)
        .where(SessionRow.meeting_id.in_(ids), RecommendationRow.included)
        .group_by(RecommendationRow.addressee)
        .order_by(count.desc(), RecommendationRow.addressee)
    )
    return [(addressee, int(n)) for addressee, n in db.execute(query)]
