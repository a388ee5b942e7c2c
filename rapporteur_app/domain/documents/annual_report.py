"""An office's annual report to the Permanent Council, as the seed
``annual-report.txt`` has it: the organization, the author's name and function in
bold, "Report", its addressee, place and date of issue; then sections written in
the program (rich text: emphasis, strong, links, bulleted lists), and tables drawn
from the database: the year's events, its statistics (with a chart) and the
follow-up of its recommendations.

Footnotes are typed inline as ``^[the note's text]`` (Pandoc's inline note). The
writers have no real Word footnotes (python-docx cannot write them), so a note
becomes a superscript number where it was typed and a numbered note at the end of
its section ("¹ Responses were received from ..."), numbered through the report.
"""

import json
import re
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date
from typing import Any

from rapporteur_app.domain import dates
from rapporteur_app.domain.addressees import addressee_order
from rapporteur_app.domain.document import (
    BarChart,
    Block,
    Bullets,
    Document,
    Heading,
    Inline,
    Paragraph,
    Run,
    Table,
    Title,
)
from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.kinds import CATEGORY_ORDER
from rapporteur_app.domain.labels import labels_for
from rapporteur_app.domain.rich_text import parse
from rapporteur_app.domain.year import (
    FollowUpRow,
    FollowUpState,
    YearEvent,
    YearStatistics,
)

# "^[note]" as typed, or "^\[note\]" as the rich text editor saves it (it escapes
# brackets that open no link).
_NOTE = re.compile(r"\^\\?\[((?:[^\[\]\\]|\\.)*?)\\?\]")
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def superscript(number: int) -> str:
    return str(number).translate(_SUPERSCRIPT)


# The report's own fixed words; what the office writes (title, addressee) is its own.
_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "events": "Events of {year}", "dates": "Dates", "event": "Event", "kind": "Kind",
        "place": "Place", "statistics": "Statements at the meetings of {year}",
        "meeting": "Meeting", "statements": "Statements", "delegations": "Delegations",
        "civil_society": "Civil society", "osce_institutions": "OSCE institutions",
        "international_organizations": "International organizations", "media": "Media",
        "rights_of_reply": "Rights of reply", "total": "Total",
        "chart": "Statements by category, {year}",
        "addressees": "Recommendations by addressee", "addressee": "Addressee",
        "recommendations": "Recommendations", "follow_up": "Follow-up of recommendations",
        "recommendation": "Recommendation", "state": "State", "office": "Office",
        "note": "Latest note", "page": "Page",
        "conference": "Conference", "meeting_kind": "Meeting", "workshop": "Workshop",
        "country-visit": "Country visit", "simulation-exercise": "Simulation exercise",
        "other": "Other event", "open": "Open", "in-progress": "In progress",
        "implemented": "Implemented", "not-taken-up": "Not taken up",
    },
    "fr": {
        "events": "Événements de {year}", "dates": "Dates", "event": "Événement",
        "kind": "Type", "place": "Lieu", "statistics": "Déclarations aux réunions de {year}",
        "meeting": "Réunion", "statements": "Déclarations", "delegations": "Délégations",
        "civil_society": "Société civile", "osce_institutions": "Institutions de l’OSCE",
        "international_organizations": "Organisations internationales", "media": "Médias",
        "rights_of_reply": "Droits de réponse", "total": "Total",
        "chart": "Déclarations par catégorie, {year}",
        "addressees": "Recommandations par destinataire", "addressee": "Destinataire",
        "recommendations": "Recommandations", "follow_up": "Suivi des recommandations",
        "recommendation": "Recommandation", "state": "État", "office": "Bureau",
        "note": "Dernière note", "page": "Page",
        "conference": "Conférence", "meeting_kind": "Réunion", "workshop": "Atelier",
        "country-visit": "Visite de pays", "simulation-exercise": "Exercice de simulation",
        "other": "Autre événement", "open": "Ouverte", "in-progress": "En cours",
        "implemented": "Mise en œuvre", "not-taken-up": "Non retenue",
    },
    "ru": {
        "events": "Мероприятия {year} года", "dates": "Даты", "event": "Мероприятие",
        "kind": "Вид", "place": "Место", "statistics": "Выступления на совещаниях {year} года",
        "meeting": "Совещание", "statements": "Выступления", "delegations": "Делегации",
        "civil_society": "Гражданское общество", "osce_institutions": "Институты ОБСЕ",
        "international_organizations": "Международные организации", "media": "СМИ",
        "rights_of_reply": "Право на ответ", "total": "Итого",
        "chart": "Выступления по категориям, {year}",
        "addressees": "Рекомендации по адресатам", "addressee": "Адресат",
        "recommendations": "Рекомендации", "follow_up": "Выполнение рекомендаций",
        "recommendation": "Рекомендация", "state": "Состояние", "office": "Ответственный",
        "note": "Последняя запись", "page": "Стр.",
        "conference": "Конференция", "meeting_kind": "Совещание", "workshop": "Семинар",
        "country-visit": "Посещение страны", "simulation-exercise": "Имитационное учение",
        "other": "Другое мероприятие", "open": "Открыта", "in-progress": "Выполняется",
        "implemented": "Выполнена", "not-taken-up": "Не принята",
    },
}  # fmt: skip


def words_for(language: str) -> dict[str, str]:
    return _WORDS.get(language.split("-", maxsplit=1)[0], _WORDS["en"])


@dataclass(frozen=True, slots=True)
class ReportSection:
    heading: str = ""
    # Rich text (domain/rich_text.py) with ^[inline notes].
    text: str = ""


@dataclass(frozen=True, slots=True)
class AnnualReportSettings:
    """What the office writes in the program; stored as JSON (annual_reports.content)."""

    year: int
    organization: str = "Organization for Security and Co-operation in Europe"
    office: str = ""
    author: str = ""
    # The author's function, one line per line of the masthead.
    function: str = ""
    title: str = "Report"
    addressee: str = "for the OSCE Permanent Council"
    place: str = ""
    issued: date | None = None
    symbol: str = ""
    language: str = "en"
    sections: tuple[ReportSection, ...] = ()
    events_table: bool = True
    statistics_tables: bool = False
    chart: bool = False
    follow_up_table: bool = False

    def to_json(self) -> str:
        values = asdict(self)
        values["issued"] = self.issued.isoformat() if self.issued else None
        return json.dumps(values, ensure_ascii=False)

    @classmethod
    def from_json(cls, year: int, text: str) -> "AnnualReportSettings":
        if not text:
            return cls(year)
        try:
            values: dict[str, Any] = json.loads(text)
        except ValueError:
            return cls(year)
        return cls(year).with_values(**{k: v for k, v in values.items() if k != "year"})

    def with_values(self, **values: Any) -> "AnnualReportSettings":
        known = {f.name for f in fields(self)} - {"year"}
        unknown = set(values) - known
        if unknown:
            raise InvalidInput.coded(
                "unknown-annual-report-setting",
                names=", ".join(sorted(unknown)),
                choices=", ".join(sorted(known)),
            )
        if "issued" in values and isinstance(values["issued"], str):
            values["issued"] = date.fromisoformat(values["issued"]) if values["issued"] else None
        if "sections" in values:
            values["sections"] = tuple(
                s if isinstance(s, ReportSection) else ReportSection(**s)
                for s in values["sections"]
            )
        return replace(self, **values)


@dataclass(frozen=True, slots=True)
class AnnualReport:
    settings: AnnualReportSettings
    events: tuple[YearEvent, ...] = ()
    statistics: YearStatistics | None = None
    follow_up: tuple[FollowUpRow, ...] = field(default_factory=tuple)

    @property
    def words(self) -> dict[str, str]:
        return words_for(self.settings.language)

    @property
    def heading(self) -> str:
        s = self.settings
        return " ".join(part for part in (s.title, s.addressee, str(s.year)) if part)

    def _masthead(self) -> list[Block]:
        s = self.settings
        blocks: list[Block] = []
        for line in (s.organization, s.office):
            if line.strip():
                blocks.append(Paragraph((Run(line.strip()),), role="organization"))
        person = [s.author.strip()] if s.author.strip() else []
        person += [line.strip() for line in s.function.splitlines() if line.strip()]
        for number, line in enumerate(person):
            # The seed's block runs on with a comma after the name.
            runs_on = number == 0 and len(person) > 1 and not line.endswith(",")
            text = f"{line}," if runs_on else line
            blocks.append(Paragraph((Run(text, bold=True),), role="masthead"))
        issued = dates.long_date(s.issued, s.language) if s.issued else ""
        place_date = ", ".join(part for part in (s.place.strip(), issued) if part)
        lines = tuple(line for line in (s.title, s.addressee, place_date) if line.strip())
        if lines:
            blocks.append(Title(lines, main=1))
        return blocks

    def _sections(self) -> list[Block]:
        blocks: list[Block] = []
        note_number = 0
        for section in self.settings.sections:
            if section.heading.strip():
                blocks.append(Heading(section.heading.strip(), 1))
            notes: list[tuple[int, str]] = []

            def mark(match: re.Match[str], notes: list[tuple[int, str]] = notes) -> str:
                nonlocal note_number
                note_number += 1
                notes.append((note_number, match.group(1)))
                return superscript(note_number)

            blocks.extend(parse(_NOTE.sub(mark, section.text)))
            for number, text in notes:
                runs = tuple(parse_runs(text))
                blocks.append(Paragraph((Run(f"{superscript(number)} "), *runs), role="body"))
        return blocks

    def _events(self) -> list[Block]:
        w = self.words
        # The title first: the writers give the first column what the others leave.
        rows = tuple(
            (
                e.title,
                dates.date_range(e.start, e.end, self.settings.language),
                w["meeting_kind" if e.kind.value == "meeting" else e.kind.value],
                e.place,
            )
            for e in self.events
        )
        if not rows:
            return []
        return [
            Heading(w["events"].format(year=self.settings.year), 1),
            Table((w["event"], w["dates"], w["kind"], w["place"]), rows),
        ]

    def _statistics(self) -> list[Block]:
        stats = self.statistics
        if stats is None:
            return []
        w = self.words
        year = self.settings.year
        blocks: list[Block] = []
        # Workshops and visits have no tally: no row of zeros for them.
        counted = [m for m in stats.meetings if m.has_tally]
        if counted:
            header = (w["meeting"], w["statements"], w["delegations"], w["civil_society"],
                      w["osce_institutions"], w["international_organizations"], w["media"],
                      w["rights_of_reply"])  # fmt: skip
            rows = [(m.title, *(str(v) for v in m.row())) for m in counted]
            totals = tuple(sum(m.row()[i] for m in counted) for i in range(len(header) - 1))
            rows.append((w["total"], *(str(v) for v in totals)))
            blocks += [Heading(w["statistics"].format(year=year), 1),
                       Table(header, tuple(rows), total_row=True)]  # fmt: skip
            if self.settings.chart:
                labels = tuple(header[2:7])
                values = tuple(totals[1 : 1 + len(CATEGORY_ORDER)])
                blocks.append(BarChart(w["chart"].format(year=year), labels, values))
        if stats.addressees:
            blocks += [
                Heading(w["addressees"], 2),
                Table((w["addressee"], w["recommendations"]),
                      tuple((self._to(a), str(n)) for a, n in stats.addressees)),
            ]  # fmt: skip
        return blocks

    def _to(self, addressee: str) -> str:
        """'Recommendations to the OSCE participating States': the rapport's own words."""
        return labels_for(self.settings.language).recommendations_to(addressee).rstrip(": \u00a0")

    def _follow_up(self) -> list[Block]:
        """One table per addressee (in the rapport's order); the recommendation's cell
        says where it was heard and the latest note, the narrow ones its state and office."""
        if not self.follow_up:
            return []
        w = self.words
        language = self.settings.language
        blocks: list[Block] = [Heading(w["follow_up"], 1)]
        for addressee in addressee_order(f.addressee for f in self.follow_up):
            rows = []
            for f in self.follow_up:
                if f.addressee != addressee:
                    continue
                cell = f"{f.text} ({f.meeting})"
                if f.last_note_day is not None:
                    cell += f" {dates.long_date(f.last_note_day, language)}: {f.last_note}"
                rows.append((cell, w[FollowUpState(f.state).value], f.office))
            blocks.append(Heading(self._to(addressee), 2))
            blocks.append(Table((w["recommendation"], w["state"], w["office"]), tuple(rows)))
        return blocks

    def blocks(self) -> tuple[Block, ...]:
        s = self.settings
        blocks = self._masthead() + self._sections()
        if s.events_table:
            blocks += self._events()
        if s.statistics_tables:
            blocks += self._statistics()
        if s.follow_up_table:
            blocks += self._follow_up()
        return tuple(blocks)

    def document(self) -> Document:
        s = self.settings
        return Document(self.heading, s.author, s.language, self.blocks(), self.words["page"])


def parse_runs(text: str) -> Inline:
    """A note's text as runs (its emphasis kept; a note is one paragraph)."""
    runs: list[Run] = []
    for block in parse(text):
        if isinstance(block, Paragraph):
            if runs:
                runs.append(Run(" "))
            runs.extend(block.runs)
        elif isinstance(block, Bullets):
            for item in block.items:
                runs.extend(item)
    return tuple(runs)
