"""The values of :mod:`rapporteur_app.domain.model` the window's first paint does
not use (the people and organizations of a meeting, a meeting's overview, the
recommendations, what an undo puts back): made the first time one is asked for from
``model``, which gives them under its name as before, so the start does not wait for
six more dataclasses to be made."""

from dataclasses import dataclass, field

from rapporteur_app.domain.kinds import Category
from rapporteur_app.domain.model import Meeting, Session, Statement


@dataclass(frozen=True, slots=True)
class Organization:
    """A delegation or organization a speaker may speak for."""

    id: int
    name: str
    category: Category
    acronym: str = ""
    group: str = ""
    reference_key: str = ""


@dataclass(frozen=True, slots=True)
class Speaker:
    """A person who may take the floor at a meeting."""

    id: int
    meeting_id: int
    name: str
    function: str = ""
    organization_id: int | None = None
    organization: str = ""
    email: str = ""
    # The organization's category, when the person has an organization.
    category: Category | None = None
    # She asked not to be named at this meeting; described instead as below (or as
    # ANONYMOUS_DESCRIPTION when that is empty).
    not_named: bool = False
    anonymous_description: str = ""


@dataclass(frozen=True, slots=True)
class MeetingOverview:
    """A meeting with its sessions in agenda order."""

    meeting: Meeting
    sessions: tuple[Session, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class Recommendation:
    """A recommendation made in a session, to one addressee."""

    id: int
    session_id: int
    addressee: str
    text: str
    position: int = 0
    statement_id: int | None = None
    included: bool = True


@dataclass(frozen=True, slots=True)
class RemovedStatement:
    """A statement taken out of the log, with what pointed at it, so an undo can put
    everything back: its place, the rights of reply answering it, the recommendations
    drawn from it and the queued replies waiting to answer it."""

    statement: Statement
    position: int
    answered_by: tuple[int, ...] = ()
    recommendations: tuple[int, ...] = ()
    queued_replies: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Naming:
    """Whether a person may be named, as it was before a change, with each of her
    statements and queue places: what an undo puts back."""

    speaker_id: int
    not_named: bool
    anonymous_description: str
    statements: tuple[tuple[int, bool, str], ...] = ()  # (id, anonymous, description)
    queued: tuple[tuple[int, bool], ...] = ()  # (queue entry id, anonymous)
