"""The values of :mod:`rapporteur_app.domain.model` the window's first paint does
not use (the people and organizations of a meeting, a meeting's overview): made
the first time one is asked for from ``model``, which gives them under its name as
before, so the start does not wait for three more dataclasses to be made."""

from dataclasses import dataclass, field

from rapporteur_app.domain.kinds import Category
from rapporteur_app.domain.model import Meeting, Session


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
