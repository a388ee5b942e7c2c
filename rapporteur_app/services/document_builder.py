"""From the store to the document values of the rapport's family.

Every text that reaches a document passes through the meeting's redactor, so
the name of a speaker who asked not to be named cannot leak, even if the
rapporteur typed it into the narrative.
"""

from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from rapporteur_app.domain.documents.agenda import AgendaDay, AgendaSession, AnnotatedAgenda
from rapporteur_app.domain.documents.conclusions import WorkingGroupConclusions
from rapporteur_app.domain.documents.consolidated import ConsolidatedReport
from rapporteur_app.domain.documents.highlights import (
    Highlights,
    PanelHighlights,
    Person,
    SideEvent,
)
from rapporteur_app.domain.documents.privacy import Redactor
from rapporteur_app.domain.documents.rapport import Rapport
from rapporteur_app.domain.documents.rich import plain_text, rich, rich_item
from rapporteur_app.domain.documents.settings import (
    MeetingDocumentSettings,
    SessionDocumentSettings,
)
from rapporteur_app.domain.kinds import SessionKind, SessionList
from rapporteur_app.domain.labels import Labels
from rapporteur_app.domain.model import Introducer, Meeting, Recommendation, Session
from rapporteur_app.domain.rich_text import parse_inline
from rapporteur_app.domain.tally import Tally
from rapporteur_app.services.consolidated_value import (
    JointStatement,
    consolidated_report,
    lines_of,
    rapports,
    title_of,
)
from rapporteur_app.services.cosignatories import statement_cosignatories
from rapporteur_app.services.lookup import meeting_row, session_row
from rapporteur_app.services.sessions import agenda_order, with_details
from rapporteur_app.services.tally import tally_by_session, tally_of_session
from rapporteur_app.store.convert import meeting_of, recommendation_of
from rapporteur_app.store.models import (
    RecommendationRow,
    SessionItemRow,
    SessionRow,
    SpeakerRow,
    StatementCosignatoryRow,
    StatementRow,
)


def redactor_for_meeting(db: DbSession, meeting_id: int) -> Redactor:
    rows = db.execute(
        select(StatementRow.speaker_name, StatementRow.anonymous_description)
        .join(SessionRow, SessionRow.id == StatementRow.session_id)
        .where(SessionRow.meeting_id == meeting_id, StatementRow.anonymous.is_(True))
    )
    # And whoever asked not to be named at the meeting, even before she spoke.
    people = db.execute(
        select(SpeakerRow.name, SpeakerRow.anonymous_description).where(
            SpeakerRow.meeting_id == meeting_id, SpeakerRow.not_named.is_(True)
        )
    )
    return Redactor.for_names([*rows, *people])


def person_of(text: str, redact: Redactor) -> Person | None:
    """'Name, function' as typed in a moderator or rapporteur field."""
    text = redact(text.strip())
    if not text:
        return None
    name, _, rest = text.partition(",")
    return Person(name.strip(), rest.strip())


def introducer_person(introducer: Introducer, redact: Redactor) -> Person:
    description = ", ".join(p for p in (introducer.function, introducer.organization) if p)
    return Person(redact(introducer.name), redact(description))


def _times(start: time | None, end: time | None) -> str:
    def text(moment: time) -> str:
        return f"{moment.hour}.{moment.minute:02d}"

    if start is None:
        return ""
    return f"{text(start)} – {text(end)}" if end is not None else text(start)


class DocumentBuilder:
    """Reads one meeting's data inside one read transaction and builds documents."""

    def __init__(self, db: DbSession, labels: Labels) -> None:
        self._db = db
        self.labels = labels

    def _session(self, session_id: int) -> Session:
        return with_details(self._db, [session_row(self._db, session_id)])[0]

    def _meeting(self, meeting_id: int) -> Meeting:
        return meeting_of(meeting_row(self._db, meeting_id))

    def meeting_settings(self, meeting_id: int) -> MeetingDocumentSettings:
        return MeetingDocumentSettings.from_json(meeting_row(self._db, meeting_id).documents)

    def _session_settings(self, session_id: int) -> SessionDocumentSettings:
        return SessionDocumentSettings.from_json(session_row(self._db, session_id).documents)

    def _sessions(self, meeting_id: int) -> list[Session]:
        rows = self._db.scalars(select(SessionRow).where(SessionRow.meeting_id == meeting_id))
        return with_details(self._db, sorted(rows, key=agenda_order))

    def _recommendations(self, session_id: int) -> list[Recommendation]:
        return self.recommendations_of([session_id])[session_id]

    def recommendations_of(self, session_ids: list[int]) -> dict[int, list[Recommendation]]:
        """Each session's recommendations in its order, in one query for all of them."""
        found: dict[int, list[Recommendation]] = {sid: [] for sid in session_ids}
        rows = self._db.scalars(
            select(RecommendationRow)
            .where(RecommendationRow.session_id.in_(session_ids))
            .order_by(RecommendationRow.position, RecommendationRow.id)
        )
        for row in rows:
            found[row.session_id].append(recommendation_of(row))
        return found

    def _list(self, session_id: int, which: SessionList) -> tuple[str, ...]:
        rows = self._db.scalars(
            select(SessionItemRow.text)
            .where(SessionItemRow.session_id == session_id, SessionItemRow.list_name == which.value)
            .order_by(SessionItemRow.position, SessionItemRow.id)
        )
        return tuple(rows)

    def rapports(
        self, sessions: list[Session], tallies: dict[int, Tally], redact: Redactor
    ) -> tuple[Rapport, ...]:
        return rapports(self, self.labels, sessions, tallies, redact)

    # What the consolidated report is read from (consolidated_value.ReportSource).

    def meeting(self, meeting_id: int) -> Meeting:
        return self._meeting(meeting_id)

    def redactor(self, meeting_id: int) -> Redactor:
        return redactor_for_meeting(self._db, meeting_id)

    def sessions(self, meeting_id: int) -> list[Session]:
        return self._sessions(meeting_id)

    def tallies(self, meeting_id: int) -> dict[int, Tally]:
        return tally_by_session(self._db, meeting_id)

    def joint_statements(self, session_ids: list[int]) -> list[JointStatement]:
        rows = self._db.execute(
            select(StatementRow.id, StatementRow.session_id, StatementRow.on_behalf_of)
            .where(
                StatementRow.session_id.in_(session_ids),
                StatementRow.id.in_(select(StatementCosignatoryRow.statement_id)),
            )
            .order_by(StatementRow.position, StatementRow.id)
        ).all()
        names = statement_cosignatories(self._db, [row_id for row_id, _, _ in rows])
        return [
            (session_id, lead, names[row_id])
            for row_id, session_id, lead in rows
            if row_id in names
        ]

    def final_versions(self, session_ids: list[int]) -> dict[int, tuple[int, datetime]]:
        from rapporteur_app.store.models import RapportVersionRow

        return {
            sid: (version, when)
            for sid, version, when in self._db.execute(
                select(SessionRow.id, RapportVersionRow.version, RapportVersionRow.finalized_at)
                .join(RapportVersionRow, RapportVersionRow.session_id == SessionRow.id)
                .where(
                    SessionRow.id.in_(session_ids),
                    RapportVersionRow.version == SessionRow.final_version,
                )
            )
        }

    def session_rapport(self, session_id: int) -> Rapport:
        session = self._session(session_id)
        redact = redactor_for_meeting(self._db, session.meeting_id)
        tally = tally_of_session(self._db, session_id)
        return self.rapports([session], {session_id: tally}, redact)[0]

    def working_group(self, session_id: int) -> WorkingGroupConclusions:
        session = self._session(session_id)
        redact = redactor_for_meeting(self._db, session.meeting_id)
        participants: list[str] = []
        for introducer in session.introducers:
            if introducer.organization and introducer.organization not in participants:
                participants.append(introducer.organization)
        rows = self._db.execute(
            select(StatementRow.on_behalf_of)
            .where(StatementRow.session_id == session_id)
            .order_by(StatementRow.position, StatementRow.id)
        )
        for (on_behalf_of,) in rows:
            if on_behalf_of and on_behalf_of not in participants:
                participants.append(on_behalf_of)
        recommendations = sorted(
            (r for r in self._recommendations(session_id) if r.included),
            key=lambda r: r.position,
        )
        settings = self._session_settings(session_id)
        written = rich_item(settings.participants, redact)
        return WorkingGroupConclusions(
            labels=self.labels,
            title=redact(session.heading),
            participants=written or parse_inline(redact(", ".join(participants))),
            narrative=rich(session.narrative, redact),
            questions_raised=tuple(
                rich_item(q, redact) for q in self._list(session_id, SessionList.QUESTIONS_RAISED)
            ),
            recommendations=tuple(rich_item(r.text, redact) for r in recommendations),
            priorities=tuple(
                rich_item(p, redact) for p in self._list(session_id, SessionList.PRIORITIES)
            ),
            own_title=redact(settings.conclusions_title),
        )

    def highlights(self, meeting_id: int) -> Highlights:
        meeting = self._meeting(meeting_id)
        settings = self.meeting_settings(meeting_id)
        redact = redactor_for_meeting(self._db, meeting_id)
        panels: list[PanelHighlights] = []
        side_events: list[SideEvent] = []
        for session in self._sessions(meeting_id):
            if session.kind is SessionKind.ITEM:
                continue
            findings = self._list(session.id, SessionList.FINDINGS)
            included = [r.text for r in self._recommendations(session.id) if r.included]
            synthesis = rich(session.narrative, redact)
            if session.kind is SessionKind.SIDE_EVENT:
                # A side event is one item of a list: its title in bold, then what it did.
                if synthesis or session.introducers or session.moderator:
                    runs = tuple(r for b in synthesis if hasattr(b, "runs") for r in b.runs)
                    side_events.append(SideEvent(redact(session.title), runs))
                continue
            if not (session.introducers or session.moderator or synthesis or findings or included):
                continue
            own = self._session_settings(session.id)
            panels.append(
                PanelHighlights(
                    heading=redact(session.heading),
                    moderator=person_of(session.moderator, redact),
                    speakers=tuple(introducer_person(i, redact) for i in session.introducers),
                    synthesis=synthesis,
                    findings=tuple(rich_item(f, redact) for f in (*findings, *included)),
                    lead_in=rich_item(own.findings_lead_in, redact),
                )
            )
        return Highlights(
            labels=self.labels,
            meeting_title=meeting.title,
            place=meeting.venue,
            dates=self.labels.dates_text(meeting.start, meeting.end),
            introduction=rich(meeting.background, redact),
            panels=tuple(panels),
            side_events=tuple(side_events),
            issuer=lines_of(settings.issuer, redact),
            title_lines=title_of(settings.highlights_title),
            speaker_lines=settings.speaker_lines,
            italic_findings=settings.italic_findings,
        )

    def consolidated(self, meeting_id: int) -> ConsolidatedReport:
        return consolidated_report(self, self.labels, meeting_id)

    def agenda(self, meeting_id: int) -> AnnotatedAgenda:
        meeting = self._meeting(meeting_id)
        settings = self.meeting_settings(meeting_id)
        redact = redactor_for_meeting(self._db, meeting_id)
        labels = self.labels
        sessions = self._sessions(meeting_id)
        days: list[date | None] = []
        for session in sessions:
            if session.day not in days:
                days.append(session.day)
        agenda_days: list[AgendaDay] = []
        for number, day in enumerate(sorted(days, key=lambda d: (d is None, d)), start=1):
            heading = f"{labels.day} {number}"
            if day is not None and settings.day_dates:
                heading += f" – {labels.day_text(day)}"
            agenda_days.append(
                AgendaDay(
                    heading,
                    tuple(self._agenda_session(s, redact) for s in sessions if s.day == day),
                )
            )
        place_and_dates = ", ".join(
            part for part in (meeting.venue, labels.dates_text(meeting.start, meeting.end)) if part
        )
        return AnnotatedAgenda(
            labels=labels,
            meeting_title=meeting.title,
            place_and_dates=place_and_dates,
            background=rich(meeting.background, redact),
            days=tuple(agenda_days),
            issuer=lines_of(settings.issuer, redact),
            title_lines=title_of(settings.agenda_title),
            upper_headings=settings.upper_headings,
            annex_title=settings.annex_title,
            annex=rich(settings.annex, redact),
        )

    def _agenda_session(self, session: Session, redact: Redactor) -> AgendaSession:
        description = rich(session.background, redact)
        if not description and session.kind is SessionKind.CLOSING:
            description = plain_text(self.labels.rapports_from_sessions)
        return AgendaSession(
            times=_times(session.start, session.end),
            heading=redact(session.heading),
            side_event=session.kind is SessionKind.SIDE_EVENT,
            item=session.kind is SessionKind.ITEM,
            room=session.room,
            moderator=person_of(session.moderator, redact),
            rapporteur=person_of(session.rapporteur, redact),
            introducers=tuple(introducer_person(i, redact) for i in session.introducers),
            description=description,
            questions=tuple(rich_item(q, redact) for q in session.questions),
        )
