"""A meeting's highlights, in the shape of the secretariat's own: the issuing
office's header, a title written as it wants, an introduction, the side events
as a numbered list with bold titles, then per panel its synthesis (and, if
wanted, generated moderator and speaker lines), its own lead-in and its
findings as italic bullets right after it."""

from dataclasses import dataclass, replace

from rapporteur_app.domain.document import (
    Block,
    Bullets,
    Document,
    Heading,
    Inline,
    Paragraph,
    Run,
    Title,
)
from rapporteur_app.domain.documents.rich import RichText
from rapporteur_app.domain.labels import Labels


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    # Function and organization, as one phrase: "Executive Director, UNODC".
    description: str = ""

    def runs(self) -> Inline:
        tail = f", {self.description}" if self.description else ""
        return (Run(self.name, bold=True), Run(tail)) if tail else (Run(self.name, bold=True),)


@dataclass(frozen=True, slots=True)
class PanelHighlights:
    heading: str
    moderator: Person | None
    speakers: tuple[Person, ...]
    synthesis: RichText
    findings: tuple[Inline, ...]
    # The panel's own words before its findings; empty: the fixed heading.
    lead_in: Inline = ()


@dataclass(frozen=True, slots=True)
class SideEvent:
    title: str
    description: Inline = ()


@dataclass(frozen=True, slots=True)
class Highlights:
    labels: Labels
    meeting_title: str
    place: str
    dates: str
    introduction: RichText
    panels: tuple[PanelHighlights, ...]
    side_events: tuple[SideEvent, ...] = ()
    # The issuing office's lines, set in bold above the title.
    issuer: tuple[Inline, ...] = ()
    # Title lines written by hand (replacing "Highlights from the <meeting>").
    title_lines: tuple[str, ...] = ()
    speaker_lines: bool = True
    italic_findings: bool = True

    @property
    def heading(self) -> str:
        return " ".join(self._title_lines())

    def _title_lines(self) -> tuple[str, ...]:
        if self.title_lines:
            return self.title_lines
        return self.labels.title_lines("highlights_title", self.meeting_title)

    def _people(self, label: str, people: tuple[Person, ...]) -> Paragraph:
        runs: list[Run] = [Run(self.labels.heading(label) + " ")]
        for number, person in enumerate(people):
            if number:
                runs.append(Run("; "))
            runs.extend(person.runs())
        return Paragraph(tuple(runs))

    def _finding(self, item: Inline) -> Inline:
        if not self.italic_findings:
            return item
        return tuple(replace(run, italic=True) for run in item)

    def blocks(self) -> tuple[Block, ...]:
        labels = self.labels
        blocks: list[Block] = [Paragraph(line, role="masthead") for line in self.issuer]
        title = self._title_lines()
        lines = tuple(line for line in (*title, self.place, self.dates) if line)
        blocks.append(Title(lines, main=len(title)))
        if self.introduction or self.side_events:
            blocks.append(Heading(labels.introduction, 1))
            blocks.extend(self.introduction)
        if self.side_events:
            items = tuple(
                (
                    Run(event.title, bold=True),
                    *((Run(" – "), *event.description) if event.description else ()),
                )
                for event in self.side_events
            )
            blocks.append(Bullets(items, numbered=True))
        for panel in self.panels:
            blocks.append(Heading(panel.heading, 1))
            if self.speaker_lines and panel.moderator is not None:
                blocks.append(self._people(labels.moderator, (panel.moderator,)))
            if self.speaker_lines and panel.speakers:
                blocks.append(self._people(labels.speakers, panel.speakers))
            blocks.extend(panel.synthesis)
            if panel.findings:
                if panel.lead_in:
                    blocks.append(Paragraph(panel.lead_in, role="lead-in"))
                else:
                    blocks.append(Heading(labels.findings, 2))
                blocks.append(Bullets(tuple(self._finding(item) for item in panel.findings)))
        return tuple(blocks)

    def document(self, author: str) -> Document:
        return Document(self.heading, author, self.labels.code, self.blocks(), self.labels.page)
