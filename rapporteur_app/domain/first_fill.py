"""What the window shows first, before the services are made (store/first_fill.py
reads it with the sqlite3 module alone): every meeting with its sessions, and the
chosen session's console as the services would give it."""

from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from rapporteur_app.domain.model import Meeting, QueueEntry, Session, Statement
from rapporteur_app.domain.tally import Tally

# Where a page of a session's log ended: (position, id) of its last statement.
LogCursor = tuple[int, int]


class ListedSession(NamedTuple):
    """A session as the meetings list shows it: its id and its title line
    (:func:`rapporteur_app.domain.model.session_heading`). Not a whole Session: a large
    office's file lists hundreds, and the first paint shows one line of each."""

    id: int
    heading: str


@dataclass(frozen=True, slots=True)
class MeetingOutline:
    """A meeting and its sessions, as the meetings list shows them."""

    meeting: Meeting
    sessions: tuple[ListedSession, ...]  # in agenda order


@dataclass(frozen=True, slots=True)
class FirstFill:
    """What the window shows first: every meeting with its sessions, and the chosen
    session's console as the services would give it."""

    path: Path
    meetings: tuple[MeetingOutline, ...]
    session: Session | None = None
    statements: tuple[Statement, ...] = ()
    cursor: LogCursor | None = None  # where the log's next page starts; None: all read
    queue: tuple[QueueEntry, ...] = ()
    tally: Tally = field(default_factory=Tally)
    on_floor: Statement | None = None
