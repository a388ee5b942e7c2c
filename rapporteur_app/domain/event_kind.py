"""The kinds of an office's events (a conference, a meeting, a workshop, a country
visit...): its own module, as every meeting carries one and the window's first
paint reads meetings, while the rest of the year's values (domain/year.py, which
gives these too) wait until the year is looked at."""

from enum import StrEnum

from rapporteur_app.domain.errors import InvalidInput


class EventKind(StrEnum):
    CONFERENCE = "conference"
    MEETING = "meeting"
    WORKSHOP = "workshop"
    COUNTRY_VISIT = "country-visit"
    SIMULATION_EXERCISE = "simulation-exercise"
    OTHER = "other"

    @classmethod
    def parse(cls, text: str) -> "EventKind":
        key = text.strip().casefold().replace("_", "-").replace(" ", "-")
        for member in cls:
            if member.value == key:
                return member
        choices = ", ".join(m.value for m in cls)
        raise InvalidInput.coded("unknown-event-kind", kind=repr(text), choices=choices)

    @property
    def has_sessions(self) -> bool:
        """Whether the event is held as an agenda of sessions with statements and tallies.

        A workshop, a country visit, a simulation exercise or another event of the
        office may still be given sessions, but nothing expects them."""
        return self in (EventKind.CONFERENCE, EventKind.MEETING)


# What each kind is called in a document (English; the annual report's own table of
# labels gives the other languages).
EVENT_KIND_WORDS: dict[EventKind, str] = {
    EventKind.CONFERENCE: "Conference",
    EventKind.MEETING: "Meeting",
    EventKind.WORKSHOP: "Workshop",
    EventKind.COUNTRY_VISIT: "Country visit",
    EventKind.SIMULATION_EXERCISE: "Simulation exercise",
    EventKind.OTHER: "Other event",
}
