"""An office's year: the kinds of its events, the follow-up of recommendations and the
statistics across meetings, as plain values.

A meeting of the agenda kind (a conference, a supplementary meeting) has sessions,
statements and tallies; a country visit or a workshop is an event of the year with
dates and a place and nothing more, and nothing asks it for sessions or prints an
empty tally for it.
"""

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from rapporteur_app.domain.errors import InvalidInput

# Re-exported: the kinds were defined here first (domain/event_kind.py says why not now).
from rapporteur_app.domain.event_kind import EventKind as EventKind  # noqa: PLC0414
from rapporteur_app.domain.kinds import CATEGORY_ORDER, Category


class FollowUpState(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in-progress"
    IMPLEMENTED = "implemented"
    NOT_TAKEN_UP = "not-taken-up"

    @classmethod
    def parse(cls, text: str) -> "FollowUpState":
        key = text.strip().casefold().replace("_", "-").replace(" ", "-")
        for member in cls:
            if member.value == key:
                return member
        choices = ", ".join(m.value for m in cls)
        raise InvalidInput.coded("unknown-follow-up-state", state=repr(text), choices=choices)


FOLLOW_UP_WORDS: dict[FollowUpState, str] = {
    FollowUpState.OPEN: "Open",
    FollowUpState.IN_PROGRESS: "In progress",
    FollowUpState.IMPLEMENTED: "Implemented",
    FollowUpState.NOT_TAKEN_UP: "Not taken up",
}


@dataclass(frozen=True, slots=True)
class YearEvent:
    """A meeting or event as the year view lists it."""

    meeting_id: int
    title: str
    kind: EventKind
    start: date | None
    end: date | None
    place: str
    sessions: int = 0
    statements: int = 0


@dataclass(frozen=True, slots=True)
class FollowUpNote:
    id: int
    recommendation_id: int
    day: date
    text: str


@dataclass(frozen=True, slots=True)
class FollowUp:
    """A recommendation's follow-up: kept beside it, never part of its rapport."""

    recommendation_id: int
    state: FollowUpState = FollowUpState.OPEN
    office: str = ""
    notes: tuple[FollowUpNote, ...] = ()
    # The same recommendation heard at an earlier meeting, once a person confirmed it.
    earlier_id: int | None = None


@dataclass(frozen=True, slots=True)
class FollowUpRow:
    """A line of the follow-up table of a year."""

    recommendation_id: int
    addressee: str
    text: str
    meeting_id: int
    meeting: str
    meeting_start: date | None
    session: str
    state: FollowUpState
    office: str
    last_note_day: date | None
    last_note: str
    earlier_id: int | None = None
    earlier_meeting: str = ""


@dataclass(frozen=True, slots=True)
class LinkProposal:
    """A recommendation that reads like one heard at an earlier meeting: proposed
    by a fuzzy match of their words, linked only when a person confirms it."""

    later_id: int
    later_text: str
    later_meeting: str
    earlier_id: int
    earlier_text: str
    earlier_meeting: str
    score: int


@dataclass(frozen=True, slots=True)
class MeetingCounts:
    """One meeting's statements by category (the kept tallies summed over its sessions)."""

    meeting_id: int
    title: str
    start: date | None
    kind: EventKind
    by_category: dict[Category, int]
    rights_of_reply: int

    @property
    def statements(self) -> int:
        return sum(self.by_category.values())

    @property
    def has_tally(self) -> bool:
        """Whether a table of tallies shows it: a visit or a workshop has none to show
        (unless statements were logged for it all the same)."""
        return self.kind.has_sessions or self.statements > 0 or self.rights_of_reply > 0

    def row(self) -> tuple[int, ...]:
        return (
            self.statements,
            *(self.by_category.get(c, 0) for c in CATEGORY_ORDER),
            self.rights_of_reply,
        )


@dataclass(frozen=True, slots=True)
class SpeakerCount:
    """How often a delegation or an organization took the floor."""

    name: str
    category: Category
    statements: int
    replies: int


@dataclass(frozen=True, slots=True)
class YearStatistics:
    meetings: tuple[MeetingCounts, ...]
    speakers: tuple[SpeakerCount, ...]
    # (addressee, number of recommendations), most first
    addressees: tuple[tuple[str, int], ...]
    year: int | None = None
    meeting_ids: tuple[int, ...] = field(default_factory=tuple)

    def totals(self) -> tuple[int, ...]:
        width = 2 + len(CATEGORY_ORDER)
        return tuple(sum(m.row()[i] for m in self.meetings) for i in range(width))
