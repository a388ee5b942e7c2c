"""What a secretariat would want pointed out in an agenda, session by session."""

from collections import defaultdict

from rapporteur_app.domain.kinds import SessionKind
from rapporteur_app.domain.model import Session


def agenda_problems(sessions: list[Session]) -> dict[int, list[str]]:
    """Session id -> the problems to show beside it (none: not in the dict)."""
    problems: dict[int, list[str]] = defaultdict(list)
    for session in sessions:
        if session.start and session.end and session.end < session.start:
            problems[session.id].append("It ends before it starts.")
        if session.kind is SessionKind.WORKING_SESSION and not session.rapporteur.strip():
            problems[session.id].append("A working session needs a rapporteur.")
    timed = [s for s in sessions if s.day and s.start and s.end and s.room.strip()]
    for index, first in enumerate(timed):
        for second in timed[index + 1 :]:
            same_room = first.room.strip().casefold() == second.room.strip().casefold()
            assert first.start and first.end and second.start and second.end
            if (
                same_room
                and first.day == second.day
                and first.start < second.end
                and second.start < first.end
            ):
                problems[first.id].append(f"It overlaps {second.label} in {first.room}.")
                problems[second.id].append(f"It overlaps {first.label} in {second.room}.")
    return dict(problems)
