"""The values every layer passes around: meetings, sessions, statements ...

Frozen dataclasses: a service reads the store and hands these out; nobody can
change one behind the store's back.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from rapporteur_app.domain.event_kind import EventKind
from rapporteur_app.domain.kinds import (
    Category,
    IntroducerRole,
    SessionKind,
    StatementKind,
)

DEFAULT_STATEMENT_LIMIT_S = 180
DEFAULT_REPLY_LIMIT_S = 60
# Panellists speak longer than the floor: ten minutes unless the session says otherwise.
DEFAULT_PANEL_LIMIT_S = 600


@dataclass(frozen=True, slots=True)
class Meeting:
    """A meeting, conference, workshop or country visit: what sessions belong to."""

    id: int
    title: str
    venue: str = ""
    start: date | None = None
    end: date | None = None
    background: str = ""
    # A conference or meeting holds sessions; a workshop or a country visit needs none.
    kind: EventKind = EventKind.MEETING

    @property
    def dates_text(self) -> str:
        """'18-19 July 2022', '30 June - 2 July 2022' or '' (English form)."""
        if self.start is None:
            return ""
        end = self.end or self.start
        if end == self.start:
            return f"{self.start.day} {self.start:%B %Y}"
        if (end.year, end.month) == (self.start.year, self.start.month):
            return f"{self.start.day}-{end.day} {end:%B %Y}"
        if end.year == self.start.year:
            return f"{self.start.day} {self.start:%B} - {end.day} {end:%B %Y}"
        return f"{self.start.day} {self.start:%B %Y} - {end.day} {end:%B %Y}"


@dataclass(frozen=True, slots=True)
class Introducer:
    """An introducer, panellist or keynote speaker of a session."""

    name: str
    function: str = ""
    organization: str = ""
    role: IntroducerRole = IntroducerRole.INTRODUCER


@dataclass(frozen=True, slots=True)
class Session:
    """A session of a meeting: its place on the agenda, its people and its limits."""

    id: int
    meeting_id: int
    label: str
    title: str
    kind: SessionKind = SessionKind.WORKING_SESSION
    day: date | None = None
    start: time | None = None
    end: time | None = None
    room: str = ""
    moderator: str = ""
    rapporteur: str = ""
    background: str = ""
    narrative: str = ""
    questions: tuple[str, ...] = ()
    introducers: tuple[Introducer, ...] = ()
    position: int = 0
    statement_limit_s: int = DEFAULT_STATEMENT_LIMIT_S
    reply_limit_s: int = DEFAULT_REPLY_LIMIT_S
    panel_limit_s: int = DEFAULT_PANEL_LIMIT_S

    @property
    def heading(self) -> str:
        """The rapport's title line: see :func:`session_heading`."""
        return session_heading(self.label, self.title)

    def limit_for(self, kind: StatementKind) -> int:
        if kind is StatementKind.RIGHT_OF_REPLY:
            return self.reply_limit_s
        if kind is StatementKind.PRESENTATION:
            return self.panel_limit_s
        return self.statement_limit_s


@dataclass(frozen=True, slots=True)
class Statement:
    """One intervention from the floor, or a right of reply.

    ``speaker`` is the name as logged; it may be empty when a moderator only
    counts. When ``anonymous`` is set the name stays in the rapporteur's own
    record but no document may show it: use :func:`name_for_documents`.
    """

    id: int
    session_id: int
    number: int
    speaker: str
    on_behalf_of: str
    category: Category
    kind: StatementKind = StatementKind.STATEMENT
    replying_to_id: int | None = None
    start: time | None = None
    end: time | None = None
    notes: str = ""
    anonymous: bool = False
    anonymous_description: str = ""
    speaker_id: int | None = None
    organization_id: int | None = None
    # A joint statement: the organizations on whose behalf, beside the lead
    # (``on_behalf_of``), it is delivered. It counts once, in the lead's category.
    cosignatories: tuple[str, ...] = ()

    @property
    def is_right_of_reply(self) -> bool:
        return self.kind is StatementKind.RIGHT_OF_REPLY

    @property
    def is_presentation(self) -> bool:
        """The panel's own speaker: logged, never counted in the tally."""
        return self.kind is StatementKind.PRESENTATION

    @property
    def duration(self) -> timedelta | None:
        if self.start is None or self.end is None:
            return None
        day = date(2000, 1, 1)
        return datetime.combine(day, self.end) - datetime.combine(day, self.start)

    @property
    def on_the_floor(self) -> bool:
        return self.start is not None and self.end is None


ANONYMOUS_DESCRIPTION = "a speaker who asked not to be named"


def session_heading(label: str, title: str) -> str:
    """A session's title line: 'Working Session 14: Title' (the title alone when the
    label says nothing more, as 'Opening session')."""
    if not label or label.casefold() == title.casefold():
        return title
    return f"{label}: {title}"


def joint_name(lead: str, cosignatories: tuple[str, ...]) -> str:
    """'European Union + Albania, Montenegro': the lead, then who joined it."""
    if not cosignatories:
        return lead
    return f"{lead} + {', '.join(cosignatories)}"


def name_for_documents(statement: Statement) -> str:
    """The speaker as any exported document may name them."""
    if statement.anonymous:
        return statement.anonymous_description or ANONYMOUS_DESCRIPTION
    return statement.speaker


@dataclass(frozen=True, slots=True)
class QueueEntry:
    """Someone who asked for the floor and waits for it."""

    id: int
    session_id: int
    position: int
    speaker: str
    on_behalf_of: str
    category: Category
    kind: StatementKind = StatementKind.STATEMENT
    replying_to_id: int | None = None
    anonymous: bool = False
    speaker_id: int | None = None
    cosignatories: tuple[str, ...] = ()

    @property
    def display(self) -> str:
        """'Name (Organization)', or whichever of the two is known; a joint statement's
        co-signatories after a '+' ('European Union + Albania, Montenegro')."""
        organization = joint_name(self.on_behalf_of, self.cosignatories)
        if self.speaker and organization:
            return f"{self.speaker} ({organization})"
        return self.speaker or organization


# Made when first asked for (``from rapporteur_app.domain.model import Speaker`` works
# as before): the window's first paint uses none of them (the console's commands name
# the last three, made at the first key that needs one).
_LATER = frozenset(
    {"MeetingOverview", "Naming", "Organization", "Recommendation", "RemovedStatement", "Speaker"}
)

if TYPE_CHECKING:  # "X as X": given by this module, for mypy as for everyone
    from rapporteur_app.domain.model_later import MeetingOverview as MeetingOverview  # noqa: PLC0414
    from rapporteur_app.domain.model_later import Naming as Naming  # noqa: PLC0414
    from rapporteur_app.domain.model_later import Organization as Organization  # noqa: PLC0414
    from rapporteur_app.domain.model_later import Recommendation as Recommendation  # noqa: PLC0414
    from rapporteur_app.domain.model_later import RemovedStatement as RemovedStatement  # noqa: PLC0414
    from rapporteur_app.domain.model_later import Speaker as Speaker  # noqa: PLC0414
else:

    def __getattr__(name: str) -> type:
        if name not in _LATER:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from rapporteur_app.domain import model_later

        value: type = getattr(model_later, name)
        globals()[name] = value
        return value
