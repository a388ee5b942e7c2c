"""The annotated agenda: background, then per day its sessions with their
times, people, description and questions for discussion, the items that are
neither sessions nor rapports ("Closing of the meeting"), and an annex."""

from dataclasses import dataclass

from rapporteur_app.domain.document import (
    Block,
    Bullets,
    Document,
    Heading,
    Inline,
    Paragraph,
    Run,
    Title,
    plain,
)
from rapporteur_app.domain.documents.highlights import Person
from rapporteur_app.domain.documents.rich import RichText
from rapporteur_app.domain.labels import Labels


@dataclass(frozen=True, slots=True)
class AgendaSession:
    times: str
    heading: str
    side_event: bool = False
    # An agenda item that is neither a session nor a rapport: its time and its line.
    item: bool = False
    room: str = ""
    moderator: Person | None = None
    rapporteur: Person | None = None
    introducers: tuple[Person, ...] = ()
    description: RichText = ()
    questions: tuple[Inline, ...] = ()


@dataclass(frozen=True, slots=True)
class AgendaDay:
    heading: str
    sessions: tuple[AgendaSession, ...]


@dataclass(frozen=True, slots=True)
class AnnotatedAgenda:
    labels: Labels
    meeting_title: str
    place_and_dates: str
    background: RichText
    days: tuple[AgendaDay, ...]
    issuer: tuple[Inline, ...] = ()
    title_lines: tuple[str, ...] = ()
    upper_headings: bool = False
    annex_title: str = ""
    annex: RichText = ()

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
        if session.item:
            blocks.append(Paragraph((Run(session.heading, bold=True),), role="line"))
            blocks.extend(session.description)
            return blocks
        blocks.append(Heading(session.heading, 2))
        if session.room:
            blocks.append(Paragraph(plain(labels.line(labels.room, session.room)), role="line"))
        if session.moderator is not None:
            blocks.append(self._people(labels.moderator, (session.moderator,)))
        if session.introducers:
            blocks.append(self._people(labels.introducers, session.introducers))
        if session.rapporteur is not None:
            blocks.append(self._people(labels.rapporteur, (session.rapporteur,)))
        blocks.extend(session.description)
        if session.questions:
            blocks.append(Heading(labels.heading(labels.questions_for_discussion), 3))
            blocks.append(Bullets(session.questions))
        return blocks

    def _label(self, text: str) -> str:
        return text.upper() if self.upper_headings else text

    def _title_lines(self) -> tuple[str, ...]:
        return self.title_lines or (self.meeting_title,)

    def blocks(self) -> tuple[Block, ...]:
        blocks: list[Block] = [Paragraph(line, role="masthead") for line in self.issuer]
        title = self._title_lines()
        lines = (*title, self.place_and_dates, self.labels.agenda_title.upper())
        blocks.append(Title(tuple(line for line in lines if line), main=len(title)))
        if self.background:
            blocks.append(Heading(self._label(self.labels.background), 1))
            blocks.extend(self.background)
        for day in self.days:
            blocks.append(Heading(day.heading, 1))
            for session in day.sessions:
                blocks.extend(self._session_blocks(session))
        if self.annex:
            blocks.append(Heading(self.annex_title or self.labels.annex, 1))
            blocks.extend(self.annex)
        return tuple(blocks)

    @property
    def heading(self) -> str:
        return f"{' '.join(self._title_lines())}: {self.labels.agenda_title}"

    def document(self, author: str) -> Document:
        return Document(self.heading, author, self.labels.code, self.blocks(), self.labels.page)
