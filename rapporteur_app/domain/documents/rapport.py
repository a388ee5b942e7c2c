"""The session rapport: the rapporteur's deliverable, as one value.

The order and the labels are those the secretariat expects: title line,
rapporteur line, the seven tally lines, the narrative, then the
recommendations grouped by addressee (participating States, then the OSCE,
then the others as first written), each group in the rapporteur's order.
"""

from dataclasses import dataclass

from rapporteur_app.domain.document import (
    Block,
    Bullets,
    Document,
    Heading,
    Inline,
    Paragraph,
    Run,
    plain,
)
from rapporteur_app.domain.documents.rich import RichText
from rapporteur_app.domain.labels import Labels
from rapporteur_app.domain.tally import Tally


@dataclass(frozen=True, slots=True)
class RecommendationGroup:
    addressee: str
    heading: str
    items: tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class Rapport:
    labels: Labels
    meeting_title: str
    title: str
    rapporteur: str
    tally: Tally
    narrative: RichText
    groups: tuple[RecommendationGroup, ...]

    @property
    def rapporteur_line(self) -> str:
        return self.labels.line(self.labels.rapporteur, self.rapporteur).rstrip()

    @property
    def tally_lines(self) -> tuple[str, ...]:
        labels, tally = self.labels, self.tally
        return tuple(
            labels.line(label, count)
            for label, count in (
                (labels.statements, tally.statements),
                (labels.delegations, tally.delegations),
                (labels.civil_society, tally.civil_society),
                (labels.osce_institutions, tally.osce_institutions),
                (labels.international_organizations, tally.international_organizations),
                (labels.media, tally.media),
                (labels.rights_of_reply, tally.rights_of_reply),
            )
        )

    def blocks(self, level: int = 1) -> tuple[Block, ...]:
        """The rapport's blocks, its title at ``level`` (deeper inside a larger report)."""
        blocks: list[Block] = [
            Heading(self.title, level),
            Paragraph((Run(self.labels.heading(self.labels.rapporteur), bold=True),
                       Run(f" {self.rapporteur}" if self.rapporteur else "")), role="line"),
        ]  # fmt: skip
        blocks.extend(Paragraph(plain(line), role="line") for line in self.tally_lines)
        blocks.extend(self.narrative)
        if self.groups:
            blocks.append(Paragraph(plain(self.labels.recommendations_intro), role="lead-in"))
            for group in self.groups:
                blocks.append(Heading(group.heading, level + 1))
                blocks.append(Bullets(group.items))
        return tuple(blocks)

    def document(self, author: str) -> Document:
        return Document(
            title=self.title,
            author=author,
            language=self.labels.code,
            blocks=self.blocks(),
            page_label=self.labels.page,
        )
