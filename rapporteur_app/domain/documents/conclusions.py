"""A working group's conclusions: participants, narrative, questions raised,
recommendations and identified priorities, each list as bullets."""

from dataclasses import dataclass

from rapporteur_app.domain.document import (
    Block,
    Bullets,
    Document,
    Heading,
    Inline,
    Paragraph,
    Run,
)
from rapporteur_app.domain.documents.rich import RichText
from rapporteur_app.domain.labels import Labels


@dataclass(frozen=True, slots=True)
class WorkingGroupConclusions:
    labels: Labels
    title: str
    # Who took part, as written for the conclusions (or the organizations that spoke).
    participants: Inline
    narrative: RichText
    questions_raised: tuple[Inline, ...]
    recommendations: tuple[Inline, ...]
    priorities: tuple[Inline, ...]
    # The title written by hand ("CONCLUSIONS AND RECOMMENDATIONS OF WORKING GROUP II: …").
    own_title: str = ""

    @property
    def heading(self) -> str:
        if self.own_title:
            return self.own_title
        return " / ".join(self.labels.title_lines("conclusions_title", self.title))

    def blocks(self) -> tuple[Block, ...]:
        labels = self.labels
        blocks: list[Block] = [Heading(self.heading, 1)]
        if self.participants:
            label = Run(labels.heading(labels.participants) + " ", bold=True)
            blocks.append(Paragraph((label, *self.participants)))
        blocks.extend(self.narrative)
        for title, items in (
            (labels.questions_raised, self.questions_raised),
            (labels.recommendations, self.recommendations),
            (labels.priorities, self.priorities),
        ):
            if items:
                blocks.append(Heading(title, 2))
                blocks.append(Bullets(items))
        return tuple(blocks)

    def document(self, author: str) -> Document:
        return Document(self.heading, author, self.labels.code, self.blocks(), self.labels.page)
