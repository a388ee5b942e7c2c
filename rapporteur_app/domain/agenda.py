"""The agenda's own rules: the meeting's days, clock times as agendas write them,
and what a secretariat would want pointed out, field by field."""

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.kinds import SessionKind
from rapporteur_app.domain.model import Meeting, Session

# Agendas write "10.30", "10:30", "10h30", "1030" or just "9".
_CLOCK = re.compile(r"^(\d{1,2})(?:\s*[:.h]\s*(\d{2})?|(\d{2}))?\s*(?:h)?$", re.IGNORECASE)
# A meeting longer than this is a typing mistake in its dates, not a meeting.
MAX_MEETING_DAYS = 60


def parse_clock(text: str) -> time | None:
    """'10.30' -> 10:30; '' -> None (no time yet); anything else: InvalidInput."""
    bare = text.strip()
    if not bare:
        return None
    match = _CLOCK.match(bare)
    if match:
        hour, minute = int(match[1]), int(match[2] or match[3] or 0)
        if hour <= 23 and minute <= 59:
            return time(hour, minute)
    raise InvalidInput.coded("agenda-not-a-time", value=repr(bare))


_DAY = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")


def parse_day(text: str) -> date | None:
    """'2022-07-18' or '18.07.2022' or '18/07/2022' -> a date; '' -> None."""
    bare = text.strip()
    if not bare:
        return None
    try:
        match = _DAY.match(bare)
        if match:
            return date(int(match[3]), int(match[2]), int(match[1]))
        if len(bare) == 10:
            return date.fromisoformat(bare)
    except ValueError:
        pass
    raise InvalidInput.coded("agenda-not-a-date", value=repr(bare))


def clock_text(value: time | None) -> str:
    return "" if value is None else f"{value:%H:%M}"


def meeting_days(meeting: Meeting) -> list[date]:
    """Every day from the meeting's first to its last (none when it has no dates)."""
    if meeting.start is None:
        return []
    end = meeting.end or meeting.start
    count = min((end - meeting.start).days + 1, MAX_MEETING_DAYS)
    return [meeting.start + timedelta(days=i) for i in range(max(count, 1))]


@dataclass(frozen=True, slots=True)
class AgendaProblem:
    session_id: int
    field: str
    """The form field it belongs beside: 'end', 'room', 'rapporteur' or 'day'."""
    text: str
    code: str = ""
    """Its key in domain/error_codes.MESSAGES (the GUI words it in the user's language)."""
    params: tuple[tuple[str, str], ...] = ()

    @classmethod
    def coded(cls, session_id: int, field: str, code: str, **params: str) -> "AgendaProblem":
        from rapporteur_app.domain.error_codes import MESSAGES

        text = MESSAGES[code].format(**params)
        return cls(session_id, field, text, code, tuple(params.items()))


def _span(session: Session) -> str:
    return f"{clock_text(session.start)}–{clock_text(session.end)}"


def agenda_problems(
    sessions: Sequence[Session], meeting: Meeting | None = None
) -> list[AgendaProblem]:
    """Every problem of the agenda, in the sessions' order."""
    problems: list[AgendaProblem] = []
    days = set(meeting_days(meeting)) if meeting is not None else set()
    for session in sessions:
        if session.start and session.end and session.end < session.start:
            problems.append(
                AgendaProblem.coded(session.id, "end", "agenda-ends-early", span=_span(session))
            )
        if session.kind is SessionKind.WORKING_SESSION and not session.rapporteur.strip():
            problems.append(AgendaProblem.coded(session.id, "rapporteur", "agenda-no-rapporteur"))
        if days and session.day is not None and session.day not in days:
            assert meeting is not None
            problems.append(
                AgendaProblem.coded(
                    session.id, "day", "agenda-outside-dates", dates=meeting.dates_text
                )
            )
    rooms: dict[tuple[date, str], list[Session]] = defaultdict(list)
    for session in sessions:
        if session.day and session.start and session.end and session.room.strip():
            rooms[(session.day, session.room.strip().casefold())].append(session)
    for together in rooms.values():
        for index, first in enumerate(together):
            for second in together[index + 1 :]:
                assert first.start and first.end and second.start and second.end
                if first.start < second.end and second.start < first.end:
                    problems.append(_overlap(first, second))
                    problems.append(_overlap(second, first))
    order = {session.id: index for index, session in enumerate(sessions)}
    return sorted(problems, key=lambda p: order[p.session_id])


def _overlap(session: Session, other: Session) -> AgendaProblem:
    return AgendaProblem.coded(
        session.id,
        "room",
        "agenda-room-taken",
        room=other.room,
        session=other.label or other.title,
        span=_span(other),
    )


def problems_by_field(problems: Sequence[AgendaProblem], session_id: int) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for problem in problems:
        if problem.session_id == session_id:
            found[problem.field].append(problem.text)
    return dict(found)
