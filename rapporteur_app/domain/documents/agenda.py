"""The annotated agenda: background, then per day its sessions with their
times, people, description and questions for discussion."""

from dataclasses import dataclass

from rapporteur_app.domain.document import (
    Block,
    Bullets,
    Document,
    Heading,
    Paragraph,
    Run,
    Title,
    plain,
)
from rapporteur_app.domain.documents.highlights import Person
from rapporteur_app.domain.labels import Labels


@dataclass(frozen=True, slots=True)
class AgendaSession:
    times: str
    heading: str
    side_event: bool = False
    room: str = ""
    moderator: Person | None = None
    rapporteur: Person | None = None
    introducers: tuple[Person, ...] = ()
    description: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AgendaDay:
    heading: str
    sessions: tuple[AgendaSession, ...]


@dataclass(frozen=True, slots=True)
class AnnotatedAgenda:
    labels: Labels
    meeting_title: str
    place_and_dates: str
    background: tuple[str, ...]
    days: tuple[AgendaDay, ...]

    def _people(self, label: str, people: tuple[Person, ...]) -> Paragraph:
        runs: list[Run] = [Run(self.labels.heading(label) + " ")]
        for number, person in enumerate(people):
            if number:
                runs.append(Run("; "))
            runs.extend(person.runs())
        return Paragraph(tuple(runs), role="line")

    def _session_blocks(self, session: AgendaSession) -> list[Block]:
        labels = self.labels
        if session.side_event:
            text = " – ".join(part for part in (session.times, session.heading) if part)
            return [Paragraph((Run(f"[{text}]", italic=True),), role="lead")]
        blocks: list[Block] = []
        if session.times:
            blocks.append(Paragraph((Run(session.times, bold=True),), role="lead"))
        blocks.append(Heading(session.heading, 2))
        if session.room:
            blocks.append(Paragraph(plain(labels.line(labels.room, session.room)), role="line"))
        if session.moderator is not None:
            blocks.append(self._people(labels.moderator, (session.moderator,)))
        if session.introducers:
            blocks.append(self._people(labels.introducers, session.introducers))
        if session.rapporteur is not None:
            blocks.append(self._people(labels.rapporteur, (session.rapporteur,)))
        blocks.extend(Paragraph(plain(p)) for p in session.description)
        if session.questions:
            blocks.append(Heading(labels.heading(labels.questions_for_discussion), 3))
            blocks.append(Bullets(tuple(plain(q) for q in session.questions)))
        return blocks

    def blocks(self) -> tuple[Block, ...]:
        lines = (self.meeting_title, self.place_and_dates, self.labels.agenda_title.upper())
        blocks: list[Block] = [Title(tuple(line for line in lines if line))]
        if self.background:
            blocks.append(Heading(self.labels.background, 1))
            blocks.extend(Paragraph(plain(p)) for p in self.background)
        for day in self.days:
            blocks.append(Heading(day.heading, 1))
            for session in day.sessions:
                blocks.extend(self._session_blocks(session))
        return tuple(blocks)

    @property
    def heading(self) -> str:
        return f"{self.meeting_title}: {self.labels.agenda_title}"

    def document(self, author: str) -> Document:
        return Document(self.heading, author, self.labels.code, self.blocks(), self.labels.page)
