"""The database tables, as SQLAlchemy 2 typed mappings.

Nothing here is SQLite-only: the same models serve a PostgreSQL server shared
by a secretariat team. Constraint names follow one convention so that Alembic
batch migrations can find them again on SQLite.
"""

import uuid
from datetime import UTC, date, datetime, time
from typing import cast

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from rapporteur_app.domain.kinds import (
    Category,
    IntroducerRole,
    SessionKind,
    SessionList,
    StatementKind,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _one_of(
    column: str,
    values: type[Category]
    | type[SessionKind]
    | type[StatementKind]
    | type[IntroducerRole]
    | type[SessionList],
    name: str,
) -> CheckConstraint:
    allowed = ", ".join(f"'{v.value}'" for v in values)
    return CheckConstraint(f"{column} IN ({allowed})", name=name)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class MeetingRow(Base):
    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String())
    venue: Mapped[str] = mapped_column(String(), default="")
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    background: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)
    # How its documents are dressed: JSON of domain/documents/settings.py.
    documents: Mapped[str] = mapped_column(Text, default="", server_default="")
    # domain/year.py's EventKind; checked there, not by a constraint (adding one would
    # make SQLite copy the table every session hangs from).
    kind: Mapped[str] = mapped_column(String(), default="meeting", server_default="meeting")


class SessionRow(Base):
    __tablename__ = "sessions"
    __table_args__ = (
        _one_of("kind", SessionKind, "kind"),
        CheckConstraint("statement_limit_s > 0 AND reply_limit_s > 0", name="limits"),
        CheckConstraint("panel_limit_s > 0", name="panel_limit"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(), default=SessionKind.WORKING_SESSION.value)
    label: Mapped[str] = mapped_column(String())
    title: Mapped[str] = mapped_column(String())
    day: Mapped[date | None] = mapped_column(Date)
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    room: Mapped[str] = mapped_column(String(), default="")
    moderator: Mapped[str] = mapped_column(Text, default="")
    rapporteur: Mapped[str] = mapped_column(Text, default="")
    background: Mapped[str] = mapped_column(Text, default="")
    narrative: Mapped[str] = mapped_column(Text, default="")
    # Its documents' own choices (a lead-in, a written participants line): JSON.
    documents: Mapped[str] = mapped_column(Text, default="", server_default="")
    statement_limit_s: Mapped[int] = mapped_column(Integer, default=180)
    reply_limit_s: Mapped[int] = mapped_column(Integer, default=60)
    panel_limit_s: Mapped[int] = mapped_column(Integer, default=600, server_default="600")
    # The same session in every database it is handed to (migration 0021): a hand-off
    # file's session replaces the one of the same uid instead of doubling it.
    uid: Mapped[str] = mapped_column(
        String(), default=lambda: str(uuid.uuid4()), nullable=True, index=True, unique=True
    )
    # The version of its rapport that is final (sent, so locked); None: a draft.
    final_version: Mapped[int | None] = mapped_column(Integer)
    # The hand-off file it was last imported from: its time, and a digest of its session.
    handoff_stamp: Mapped[str | None] = mapped_column(String())
    handoff_digest: Mapped[str | None] = mapped_column(String())
    # A digest of the session as held here just after that import (migration 0024): it
    # differs once the session is edited here, and a newer file then asks first.
    handoff_local_digest: Mapped[str | None] = mapped_column(String())


class RapportVersionRow(Base):
    """A final version of a session's rapport, kept as it was sent: the session's
    exchange document (JSON), with its number, time and author."""

    __tablename__ = "rapport_versions"
    __table_args__ = (
        UniqueConstraint("session_id", "version", name="uq_rapport_versions_session_version"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    version: Mapped[int] = mapped_column(Integer)
    finalized_at: Mapped[datetime] = mapped_column(DateTime, default=_now)
    author: Mapped[str] = mapped_column(String(), default="", server_default="")
    content: Mapped[str] = mapped_column(Text)


class IntroducerRow(Base):
    __tablename__ = "introducers"
    __table_args__ = (_one_of("role", IntroducerRole, "role"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    role: Mapped[str] = mapped_column(String(), default=IntroducerRole.INTRODUCER.value)
    name: Mapped[str] = mapped_column(String())
    function: Mapped[str] = mapped_column(Text, default="")
    organization: Mapped[str] = mapped_column(String(), default="")


class SessionItemRow(Base):
    """A bullet of one of a session's lists (questions, priorities, findings)."""

    __tablename__ = "session_items"
    __table_args__ = (_one_of("list_name", SessionList, "list_name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    list_name: Mapped[str] = mapped_column(String())
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)


class OrganizationRow(Base):
    """A delegation or organization on whose behalf people speak.

    ``name_key`` is the name with case and accents folded, unique, so that
    "Österreich" and "osterreich" are one organization.
    """

    __tablename__ = "organizations"
    __table_args__ = (_one_of("category", Category, "category"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String())
    name_key: Mapped[str] = mapped_column(String(), unique=True)
    category: Mapped[str] = mapped_column(String())
    acronym: Mapped[str] = mapped_column(String(), default="")
    group: Mapped[str] = mapped_column("org_group", String(), default="")
    reference_key: Mapped[str | None] = mapped_column(String(), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)


class SpeakerRow(Base):
    __tablename__ = "speakers"
    __table_args__ = (Index("ix_speakers_meeting_name_key", "meeting_id", "name_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String())
    name_key: Mapped[str] = mapped_column(String())
    function: Mapped[str] = mapped_column(Text, default="")
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL"), index=True
    )
    email: Mapped[str] = mapped_column(String(), default="")
    # She asked not to be named: for the whole meeting, in every statement she makes
    # (each statement keeps its own flag, which can still be set or cleared).
    not_named: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    anonymous_description: Mapped[str] = mapped_column(String(), default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)


# Where the partial index of the statement on the floor holds rows.
ON_FLOOR = "start_time IS NOT NULL AND end_time IS NULL"


class StatementRow(Base):
    __tablename__ = "statements"
    __table_args__ = (
        _one_of("category", Category, "category"),
        _one_of("kind", StatementKind, "kind"),
        Index("ix_statements_session_position", "session_id", "position"),
        # The tally is one GROUP BY over this index, never a loop over rows.
        Index("ix_statements_session_kind_category", "session_id", "kind", "category"),
        # Who spoke how often across a year's meetings (services/year.py) is read from
        # this index alone, never from the statements' rows (100,000 in a year).
        Index(
            "ix_statements_session_organization",
            "session_id",
            "organization_id",
            "kind",
            "category",
            "anonymous",
        ),
        # The statement on the floor (started, not ended) found without a scan of the
        # session. PostgreSQL's same predicate is added when a server's engine is made
        # (with_postgresql_options): named here, it would import SQLAlchemy's PostgreSQL
        # dialect and its five drivers' modules into every command on a SQLite file.
        Index("ix_statements_on_floor", "session_id", sqlite_where=text(ON_FLOOR)),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    speaker_id: Mapped[int | None] = mapped_column(
        ForeignKey("speakers.id", ondelete="SET NULL"), index=True
    )
    speaker_name: Mapped[str] = mapped_column(String(), default="")
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL"), index=True
    )
    on_behalf_of: Mapped[str] = mapped_column(String(), default="")
    category: Mapped[str] = mapped_column(String())
    kind: Mapped[str] = mapped_column(String(), default=StatementKind.STATEMENT.value)
    replying_to_id: Mapped[int | None] = mapped_column(
        ForeignKey("statements.id", ondelete="SET NULL"), index=True
    )
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    notes: Mapped[str] = mapped_column(Text, default="")
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    anonymous_description: Mapped[str] = mapped_column(String(), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=_now, onupdate=_now)


class SessionTallyRow(Base):
    """The counts of one session kept by triggers (store/kept_counts.py), never by hand:
    what was logged (for a statement's number) and the tally rule's six counts."""

    __tablename__ = "session_tallies"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    logged: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    delegations: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    civil_society: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    osce_institutions: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    international_organizations: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    media: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    rights_of_reply: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class RecommendationRow(Base):
    __tablename__ = "recommendations"
    __table_args__ = (Index("ix_recommendations_session_position", "session_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    addressee: Mapped[str] = mapped_column(String())
    text: Mapped[str] = mapped_column(Text)
    statement_id: Mapped[int | None] = mapped_column(
        ForeignKey("statements.id", ondelete="SET NULL"), index=True
    )
    included: Mapped[bool] = mapped_column(Boolean, default=True)


class RecommendationSourceRow(Base):
    """A further statement a recommendation was heard in: when the rapporteur merges
    the same recommendation made by several delegations, every source is kept."""

    __tablename__ = "recommendation_sources"

    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendations.id", ondelete="CASCADE"), primary_key=True
    )
    statement_id: Mapped[int] = mapped_column(
        ForeignKey("statements.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class QueueEntryRow(Base):
    """A speaker waiting for the floor; kept in the store so a crash loses no queue."""

    __tablename__ = "queue_entries"
    __table_args__ = (
        _one_of("category", Category, "category"),
        _one_of("kind", StatementKind, "kind"),
        Index("ix_queue_entries_session_position", "session_id", "position"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    speaker_id: Mapped[int | None] = mapped_column(
        ForeignKey("speakers.id", ondelete="SET NULL"), index=True
    )
    speaker_name: Mapped[str] = mapped_column(String(), default="")
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL"), index=True
    )
    on_behalf_of: Mapped[str] = mapped_column(String(), default="")
    category: Mapped[str] = mapped_column(String())
    kind: Mapped[str] = mapped_column(String(), default=StatementKind.STATEMENT.value)
    replying_to_id: Mapped[int | None] = mapped_column(
        ForeignKey("statements.id", ondelete="SET NULL"), index=True
    )
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)


class StatementCosignatoryRow(Base):
    """An organization on whose behalf, beside the lead, a joint statement is made."""

    __tablename__ = "statement_cosignatories"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    statement_id: Mapped[int] = mapped_column(
        ForeignKey("statements.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL"), index=True
    )
    name: Mapped[str] = mapped_column(String())


class QueueCosignatoryRow(Base):
    """The co-signatories of a joint statement still waiting in the queue."""

    __tablename__ = "queue_cosignatories"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    queue_entry_id: Mapped[int] = mapped_column(
        ForeignKey("queue_entries.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL"), index=True
    )
    name: Mapped[str] = mapped_column(String())


class FollowUpRow(Base):
    """A recommendation's follow-up (domain/year.py): its own table, so that nothing of
    it touches the recommendation a rapport reports."""

    __tablename__ = "recommendation_followups"

    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendations.id", ondelete="CASCADE"), primary_key=True
    )
    state: Mapped[str] = mapped_column(String(), default="open", server_default="open")
    office: Mapped[str] = mapped_column(String(), default="", server_default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=_now, onupdate=_now)


class FollowUpNoteRow(Base):
    __tablename__ = "recommendation_notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendations.id", ondelete="CASCADE"), index=True
    )
    day: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)


class RecommendationLinkRow(Base):
    """A later recommendation and the earlier one it repeats: ``confirmed`` true when a
    person linked them, false when a person said they differ (not proposed again)."""

    __tablename__ = "recommendation_links"

    later_id: Mapped[int] = mapped_column(
        ForeignKey("recommendations.id", ondelete="CASCADE"), primary_key=True
    )
    earlier_id: Mapped[int] = mapped_column(
        ForeignKey("recommendations.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    confirmed: Mapped[bool] = mapped_column(Boolean, default=True)


class AnnualReportRow(Base):
    """An office's annual report of one year: its header and sections as JSON
    (domain/documents/annual_report.py), its tables drawn from the database."""

    __tablename__ = "annual_reports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, unique=True)
    content: Mapped[str] = mapped_column(Text, default="", server_default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=_now, onupdate=_now)


class TeamMemberRow(Base):
    """A server role of the team (migration 0022): a rapporteur, or the secretariat,
    which may write every session. Read by the server's row security only
    (store/row_security.py); SQLite, one laptop's file, has no roles and ignores it."""

    __tablename__ = "team_members"

    role_name: Mapped[str] = mapped_column(String(), primary_key=True)
    secretariat: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class SessionGrantRow(Base):
    """A session a rapporteur's role may write (the secretariat's may write all)."""

    __tablename__ = "session_grants"

    role_name: Mapped[str] = mapped_column(
        ForeignKey("team_members.role_name", ondelete="CASCADE"), primary_key=True
    )
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True, index=True
    )


# Ids are never given twice (migration 0018): a deleted statement keeps its id
# free for its undo, whatever another window logs meanwhile.
for _table in Base.metadata.tables.values():
    _table.dialect_options["sqlite"]["autoincrement"] = True


class ProgramSettingRow(Base):
    """A setting of the whole program kept in the database (the DOCX template every
    meeting's documents start from): the command line and the GUI read the same one,
    and a secretariat team sharing a server shares it."""

    __tablename__ = "program_settings"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="", server_default="")


def with_postgresql_options() -> None:
    """The models' options that only PostgreSQL reads (see ix_statements_on_floor),
    set once a PostgreSQL engine is made; the PostgreSQL dialect is loaded by then."""
    table = cast(Table, StatementRow.__table__)
    for index in table.indexes:
        if (
            index.name == "ix_statements_on_floor"
            and index.dialect_options["postgresql"]["where"] is None
        ):
            index.dialect_kwargs["postgresql_where"] = text(ON_FLOOR)
