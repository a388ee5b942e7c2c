"""A working group's conclusions: participants, narrative, questions raised,
recommendations and identified priorities, each list as bullets."""

from dataclasses import dataclass

from rapporteur_app.domain.document import Block, Bullets, Document, Heading, Paragraph, Run, plain
from rapporteur_app.domain.labels import Labels


@dataclass(frozen=True, slots=True)
class WorkingGroupConclusions:
    labels: Labels
    title: str
    participants: tuple[str, ...]
    narrative: tuple[str, ...]
    questions_raised: tuple[str, ...]
    recommendations: tuple[str, ...]
    priorities: tuple[str, ...]

    @property
    def heading(self) -> str:
        return f"{self.labels.conclusions_title} {self.title}"

    def blocks(self) -> tuple[Block, ...]:
        labels = self.labels
        blocks: list[Block] = [Heading(self.heading, 1)]
        if self.participants:
            blocks.append(
                Paragraph(
                    (Run(labels.heading(labels.participants), bold=True),
                     Run(" " + ", ".join(self.participants))),
                )
            )  # fmt: skip
        blocks.extend(Paragraph(plain(paragraph)) for paragraph in self.narrative)
        for title, items in (
            (labels.questions_raised, self.questions_raised),
            (labels.recommendations, self.recommendations),
            (labels.priorities, self.priorities),
        ):
            if items:
                blocks.append(Heading(title, 2))
                blocks.append(Bullets(tuple(plain(item) for item in items)))
        return tuple(blocks)

    def document(self, author: str) -> Document:
        return Document(self.heading, author, self.labels.code, self.blocks(), self.labels.page)
