"""A meeting's consolidated report: the tallies of all sessions with their
totals, a chart of the totals, then every session's rapport in agenda order."""

from dataclasses import dataclass

from rapporteur_app.domain.document import (
    BarChart,
    Block,
    Document,
    Heading,
    Inline,
    PageBreak,
    Paragraph,
    Run,
    Table,
    Title,
)
from rapporteur_app.domain.documents.rapport import Rapport
from rapporteur_app.domain.labels import Labels
from rapporteur_app.domain.tally import Tally


@dataclass(frozen=True, slots=True)
class ConsolidatedReport:
    labels: Labels
    meeting_title: str
    place: str
    dates: str
    # (short label of the session, its tally), in agenda order.
    tallies: tuple[tuple[str, Tally], ...]
    rapports: tuple[Rapport, ...]
    issuer: tuple[Inline, ...] = ()
    # Title lines written by hand (replacing the meeting's title).
    title_lines: tuple[str, ...] = ()
    # Per rapport, which version it took ("final version 2 of …", or a draft).
    versions: tuple[str, ...] = ()

    @property
    def total(self) -> Tally:
        return sum((tally for _, tally in self.tallies), Tally())

    def table(self) -> Table:
        labels = self.labels
        header = (
            labels.session,
            labels.statements,
            labels.delegations,
            labels.civil_society,
            labels.osce_institutions,
            labels.international_organizations,
            labels.media,
            labels.rights_of_reply,
        )
        rows = tuple(
            (name, *(str(count) for count in tally.as_dict().values()))
            for name, tally in (*self.tallies, (labels.total, self.total))
        )
        return Table(header, rows, total_row=True)

    def chart(self) -> BarChart:
        labels, total = self.labels, self.total
        return BarChart(
            title=labels.chart_title,
            labels=(
                labels.delegations,
                labels.civil_society,
                labels.osce_institutions,
                labels.international_organizations,
                labels.media,
                labels.rights_of_reply,
            ),
            values=(
                total.delegations,
                total.civil_society,
                total.osce_institutions,
                total.international_organizations,
                total.media,
                total.rights_of_reply,
            ),
        )

    @property
    def heading(self) -> str:
        return f"{self.labels.consolidated_title}: {self.meeting_title}"

    def blocks(self) -> tuple[Block, ...]:
        title = self.title_lines or (self.meeting_title,)
        lines = (*title, self.place, self.dates, self.labels.consolidated_title)
        blocks: list[Block] = [Paragraph(line, role="masthead") for line in self.issuer]
        blocks.append(Title(tuple(line for line in lines if line), main=len(title)))
        # An event held without sessions (a country visit, a workshop) has no tally:
        # no table of zeros for it.
        if self.tallies:
            blocks += [Heading(self.labels.tallies_heading, 1), self.table(), self.chart()]
        for index, rapport in enumerate(self.rapports):
            blocks.append(PageBreak())
            blocks.extend(rapport.blocks())
            if index < len(self.versions) and self.versions[index]:
                blocks.append(Paragraph((Run(self.versions[index], italic=True),)))
        return tuple(blocks)

    def document(self, author: str) -> Document:
        return Document(self.heading, author, self.labels.code, self.blocks(), self.labels.page)
