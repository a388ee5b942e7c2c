"""Rows to domain values: the services hand out these, never ORM rows."""

from collections.abc import Sequence
from datetime import time
from typing import Protocol

from rapporteur_app.domain.kinds import Category, IntroducerRole, SessionKind, StatementKind
from rapporteur_app.domain.model import (
    Introducer,
    Meeting,
    Organization,
    Recommendation,
    Session,
    Speaker,
    Statement,
)
from rapporteur_app.domain.year import EventKind
from rapporteur_app.store.models import (
    IntroducerRow,
    MeetingRow,
    OrganizationRow,
    RecommendationRow,
    SessionRow,
    SpeakerRow,
)


class StatementFields(Protocol):
    """A statement's columns as read: an ORM row, or a row of SQLAlchemy Core selected
    from the statements table (the console's lean keys), converted by the one rule."""

    @property
    def id(self) -> int: ...
    @property
    def session_id(self) -> int: ...
    @property
    def position(self) -> int: ...
    @property
    def speaker_name(self) -> str: ...
    @property
    def on_behalf_of(self) -> str: ...
    @property
    def category(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def replying_to_id(self) -> int | None: ...
    @property
    def start_time(self) -> time | None: ...
    @property
    def end_time(self) -> time | None: ...
    @property
    def notes(self) -> str: ...
    @property
    def anonymous(self) -> bool: ...
    @property
    def anonymous_description(self) -> str: ...
    @property
    def speaker_id(self) -> int | None: ...
    @property
    def organization_id(self) -> int | None: ...


def meeting_of(row: MeetingRow) -> Meeting:
    return Meeting(
        id=row.id,
        title=row.title,
        venue=row.venue,
        start=row.start_date,
        end=row.end_date,
        background=row.background,
        kind=EventKind(row.kind),
    )


def introducer_of(row: IntroducerRow) -> Introducer:
    return Introducer(
        name=row.name,
        function=row.function,
        organization=row.organization,
        role=IntroducerRole(row.role),
    )


def session_of(
    row: SessionRow,
    questions: Sequence[str] = (),
    introducers: Sequence[IntroducerRow] = (),
) -> Session:
    return Session(
        id=row.id,
        meeting_id=row.meeting_id,
        label=row.label,
        title=row.title,
        kind=SessionKind(row.kind),
        day=row.day,
        start=row.start_time,
        end=row.end_time,
        room=row.room,
        moderator=row.moderator,
        rapporteur=row.rapporteur,
        background=row.background,
        narrative=row.narrative,
        questions=tuple(questions),
        introducers=tuple(introducer_of(i) for i in introducers),
        position=row.position,
        statement_limit_s=row.statement_limit_s,
        reply_limit_s=row.reply_limit_s,
        panel_limit_s=row.panel_limit_s,
    )


def organization_of(row: OrganizationRow) -> Organization:
    return Organization(
        id=row.id,
        name=row.name,
        category=Category(row.category),
        acronym=row.acronym,
        group=row.group,
        reference_key=row.reference_key or "",
    )


def speaker_of(row: SpeakerRow, organization: OrganizationRow | None = None) -> Speaker:
    return Speaker(
        id=row.id,
        meeting_id=row.meeting_id,
        name=row.name,
        function=row.function,
        organization_id=row.organization_id,
        organization=organization.name if organization is not None else "",
        email=row.email,
        category=Category(organization.category) if organization is not None else None,
        not_named=row.not_named,
        anonymous_description=row.anonymous_description,
    )


def statement_of(row: StatementFields, number: int) -> Statement:
    return Statement(
        id=row.id,
        session_id=row.session_id,
        number=number,
        speaker=row.speaker_name,
        on_behalf_of=row.on_behalf_of,
        category=Category(row.category),
        kind=StatementKind(row.kind),
        replying_to_id=row.replying_to_id,
        start=row.start_time,
        end=row.end_time,
        notes=row.notes,
        anonymous=row.anonymous,
        anonymous_description=row.anonymous_description,
        speaker_id=row.speaker_id,
        organization_id=row.organization_id,
    )


def recommendation_of(row: RecommendationRow) -> Recommendation:
    return Recommendation(
        id=row.id,
        session_id=row.session_id,
        addressee=row.addressee,
        text=row.text,
        position=row.position,
        statement_id=row.statement_id,
        included=row.included,
    )
