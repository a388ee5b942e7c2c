"""A meeting's highlights: an introduction, then per panel its moderator and
speakers (names in bold, with function and organization), a synthesis and its
findings as bullets."""

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
    synthesis: tuple[str, ...]
    findings: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Highlights:
    labels: Labels
    meeting_title: str
    place: str
    dates: str
    introduction: tuple[str, ...]
    panels: tuple[PanelHighlights, ...]

    @property
    def heading(self) -> str:
        return f"{self.labels.highlights_title} {self.meeting_title}"

    def blocks(self) -> tuple[Block, ...]:
        labels = self.labels
        lines = tuple(line for line in (self.heading, self.place, self.dates) if line)
        blocks: list[Block] = [Title(lines)]
        if self.introduction:
            blocks.append(Heading(labels.introduction, 1))
            blocks.extend(Paragraph(plain(p)) for p in self.introduction)
        for panel in self.panels:
            blocks.append(Heading(panel.heading, 1))
            if panel.moderator is not None:
                blocks.append(
                    Paragraph(
                        (Run(labels.heading(labels.moderator) + " "), *panel.moderator.runs())
                    )
                )
            if panel.speakers:
                runs: list[Run] = [Run(labels.heading(labels.speakers) + " ")]
                for number, person in enumerate(panel.speakers):
                    if number:
                        runs.append(Run("; "))
                    runs.extend(person.runs())
                blocks.append(Paragraph(tuple(runs)))
            blocks.extend(Paragraph(plain(p)) for p in panel.synthesis)
            if panel.findings:
                blocks.append(Heading(labels.findings, 2))
                blocks.append(Bullets(tuple(plain(item) for item in panel.findings)))
        return tuple(blocks)

    def document(self, author: str) -> Document:
        return Document(self.heading, author, self.labels.code, self.blocks(), self.labels.page)
