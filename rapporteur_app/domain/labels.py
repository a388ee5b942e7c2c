"""The fixed labels of the documents, one table per language.

The English labels and their order are those of the rapport as the
secretariat receives it (see the domain notes); the other five are the OSCE's
working languages. A bilingual English/Russian rapport joins the two tables
label by label ("No. of statements / Количество выступлений").
"""

from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.kinds import CIVIL_SOCIETY, ODIHR, OSCE, PARTICIPATING_STATES, PARTNERS


@dataclass(frozen=True, slots=True)
class Labels:
    code: str
    name: str
    rapporteur: str
    statements: str
    delegations: str
    civil_society: str
    osce_institutions: str
    international_organizations: str
    media: str
    rights_of_reply: str
    recommendations_intro: str
    to_participating_states: str
    to_osce: str
    to_odihr: str
    to_civil_society: str
    to_partners: str
    # "{addressee}" is replaced by the addressee as the rapporteur wrote it.
    to_other: str
    participants: str
    questions_raised: str
    recommendations: str
    priorities: str
    conclusions_title: str
    highlights_title: str
    introduction: str
    moderator: str
    speakers: str
    findings: str
    consolidated_title: str
    # Which version of a session's rapport the consolidated report took (docs/team.md).
    version_final: str
    version_draft: str
    tallies_heading: str
    session: str
    total: str
    chart_title: str
    agenda_title: str
    background: str
    questions_for_discussion: str
    introducers: str
    rapports_from_sessions: str
    annex: str
    room: str
    day: str
    page: str
    # Written between a label and its value: French sets a space before the colon.
    colon: str
    # The languages a bilingual table joins (empty for one language).
    parts: tuple["Labels", ...] = ()

    def line(self, label: str, value: object) -> str:
        return f"{label}{self.colon} {value}"

    def heading(self, label: str) -> str:
        """A label that introduces a list, ending with its colon."""
        return f"{label}{self.colon}"

    def recommendations_to(self, addressee: str) -> str:
        fixed = {
            PARTICIPATING_STATES: self.to_participating_states,
            OSCE: self.to_osce,
            ODIHR: self.to_odihr,
            CIVIL_SOCIETY: self.to_civil_society,
            PARTNERS: self.to_partners,
        }
        if addressee in fixed:
            return fixed[addressee]
        return self.to_other.replace("{addressee}", addressee)

    def each(self) -> tuple["Labels", ...]:
        """The one-language tables this one is made of (itself for one language)."""
        return self.parts or (self,)

    def title_lines(self, pattern: str, subject: str) -> tuple[str, ...]:
        """A title built from a label ('Highlights from the {subject}'), one line per
        language: a bilingual title is two grammatical titles, not a joined prefix."""
        lines: list[str] = []
        for labels in self.each():
            line = getattr(labels, pattern).replace("{subject}", subject).strip()
            if line not in lines:
                lines.append(line)
        return tuple(lines)

    def date_text(self, day: date) -> str:
        """'18 July 2022', '18. Juli 2022', '18 июля 2022 г.': the language's long date."""
        from rapporteur_app.domain import dates  # babel: when a date is written

        return dates.long_date(day, self.each()[0].code)

    def day_text(self, day: date) -> str:
        """'Monday, 18 July 2022', 'lundi 18 juillet 2022'."""
        from rapporteur_app.domain import dates

        return dates.full_date(day, self.each()[0].code)

    def dates_text(self, start: date | None, end: date | None) -> str:
        """A meeting's dates: '18-19 July 2022', '30 June - 2 July 2022', or ''."""
        from rapporteur_app.domain import dates

        return dates.date_range(start, end, self.each()[0].code)


_EN = Labels(
    code="en",
    name="English",
    rapporteur="Rapporteur",
    statements="No. of statements",
    delegations="Delegations",
    civil_society="Civil society",
    osce_institutions="OSCE institutions",
    international_organizations="International organizations",
    media="Media",
    rights_of_reply="Rights of reply",
    recommendations_intro=(
        "Recommendations made by participants during this session include (non-exhaustive list):"
    ),
    to_participating_states="Recommendations to the OSCE participating States:",
    to_osce="Recommendations to the OSCE:",
    to_odihr="Recommendations to ODIHR:",
    to_civil_society="Recommendations to civil society:",
    to_partners="Recommendations to the Partners for Co-operation:",
    to_other="Recommendations to {addressee}:",
    participants="Participants",
    questions_raised="Questions Raised",
    recommendations="Recommendations",
    priorities="Identified priorities",
    conclusions_title="Conclusions and recommendations of {subject}",
    highlights_title="Highlights from the {subject}",
    introduction="Introduction",
    moderator="Moderator",
    speakers="Speakers",
    findings="Findings and recommendations",
    consolidated_title="Consolidated report",
    version_final="Rapport taken: final version {version} of {date}",
    version_draft="Rapport taken: a draft (not marked final)",
    tallies_heading="Statements by session",
    session="Session",
    total="Total",
    chart_title="Statements by category, all sessions",
    agenda_title="Annotated agenda",
    background="Background",
    questions_for_discussion="Questions for Discussion",
    introducers="Introducers",
    rapports_from_sessions="Rapports from the working sessions",
    annex="Annex",
    room="Room",
    day="Day",
    page="Page",
    colon=":",
)  # fmt: skip

_FR = Labels(
    code="fr",
    name="Français",
    rapporteur="Rapporteur",
    statements="Nombre de déclarations",
    delegations="Délégations",
    civil_society="Société civile",
    osce_institutions="Institutions de l'OSCE",
    international_organizations="Organisations internationales",
    media="Médias",
    rights_of_reply="Droits de réponse",
    recommendations_intro=(
        "Recommandations formulées par les participants au cours de cette séance"
        " (liste non exhaustive)\u00a0:"
    ),
    to_participating_states="Recommandations aux États participants de l'OSCE\u00a0:",
    to_osce="Recommandations à l'OSCE\u00a0:",
    to_odihr="Recommandations au BIDDH\u00a0:",
    to_civil_society="Recommandations à la société civile\u00a0:",
    to_partners="Recommandations aux partenaires pour la coopération\u00a0:",
    to_other="Recommandations à l'intention de {addressee}\u00a0:",
    participants="Participants",
    questions_raised="Questions soulevées",
    recommendations="Recommandations",
    priorities="Priorités identifiées",
    conclusions_title="Conclusions et recommandations\u00a0: {subject}",
    highlights_title="Faits saillants\u00a0: {subject}",
    introduction="Introduction",
    moderator="Modérateur",
    speakers="Intervenants",
    findings="Conclusions et recommandations",
    consolidated_title="Rapport consolidé",
    version_final="Rapport retenu : version définitive {version} du {date}",
    version_draft="Rapport retenu : projet (non définitif)",
    tallies_heading="Déclarations par séance",
    session="Séance",
    total="Total",
    chart_title="Déclarations par catégorie, toutes séances",
    agenda_title="Ordre du jour annoté",
    background="Contexte",
    questions_for_discussion="Questions à débattre",
    introducers="Intervenants introductifs",
    rapports_from_sessions="Rapports des séances de travail",
    annex="Annexe",
    room="Salle",
    day="Jour",
    page="Page",
    colon="\u00a0:",
)  # fmt: skip

_DE = Labels(
    code="de",
    name="Deutsch",
    rapporteur="Berichterstattung",
    statements="Anzahl der Erklärungen",
    delegations="Delegationen",
    civil_society="Zivilgesellschaft",
    osce_institutions="OSZE-Institutionen",
    international_organizations="Internationale Organisationen",
    media="Medien",
    rights_of_reply="Erwiderungen",
    recommendations_intro=(
        "Empfehlungen der Teilnehmenden in dieser Sitzung (nicht abschließende Liste):"
    ),
    to_participating_states="Empfehlungen an die OSZE-Teilnehmerstaaten:",
    to_osce="Empfehlungen an die OSZE:",
    to_odihr="Empfehlungen an das BDIMR:",
    to_civil_society="Empfehlungen an die Zivilgesellschaft:",
    to_partners="Empfehlungen an die Kooperationspartner:",
    to_other="Empfehlungen an {addressee}:",
    participants="Teilnehmende",
    questions_raised="Aufgeworfene Fragen",
    recommendations="Empfehlungen",
    priorities="Festgelegte Prioritäten",
    conclusions_title="Schlussfolgerungen und Empfehlungen: {subject}",
    highlights_title="Höhepunkte: {subject}",
    introduction="Einleitung",
    moderator="Moderation",
    speakers="Vortragende",
    findings="Ergebnisse und Empfehlungen",
    consolidated_title="Konsolidierter Bericht",
    version_final="Übernommener Bericht: endgültige Fassung {version} vom {date}",
    version_draft="Übernommener Bericht: Entwurf (nicht endgültig)",
    tallies_heading="Erklärungen nach Sitzung",
    session="Sitzung",
    total="Gesamt",
    chart_title="Erklärungen nach Kategorie, alle Sitzungen",
    agenda_title="Kommentierte Tagesordnung",
    background="Hintergrund",
    questions_for_discussion="Fragen zur Diskussion",
    introducers="Einführende",
    rapports_from_sessions="Berichte aus den Arbeitssitzungen",
    annex="Anhang",
    room="Raum",
    day="Tag",
    page="Seite",
    colon=":",
)  # fmt: skip

_IT = Labels(
    code="it",
    name="Italiano",
    rapporteur="Relatore",
    statements="Numero di interventi",
    delegations="Delegazioni",
    civil_society="Società civile",
    osce_institutions="Istituzioni dell'OSCE",
    international_organizations="Organizzazioni internazionali",
    media="Media",
    rights_of_reply="Diritti di replica",
    recommendations_intro=(
        "Raccomandazioni formulate dai partecipanti nel corso di questa sessione"
        " (elenco non esaustivo):"
    ),
    to_participating_states="Raccomandazioni agli Stati partecipanti all'OSCE:",
    to_osce="Raccomandazioni all'OSCE:",
    to_odihr="Raccomandazioni all'ODIHR:",
    to_civil_society="Raccomandazioni alla società civile:",
    to_partners="Raccomandazioni ai Partner per la cooperazione:",
    to_other="Raccomandazioni a {addressee}:",
    participants="Partecipanti",
    questions_raised="Questioni sollevate",
    recommendations="Raccomandazioni",
    priorities="Priorità individuate",
    conclusions_title="Conclusioni e raccomandazioni: {subject}",
    highlights_title="Punti salienti: {subject}",
    introduction="Introduzione",
    moderator="Moderatore",
    speakers="Oratori",
    findings="Risultati e raccomandazioni",
    consolidated_title="Relazione consolidata",
    version_final="Relazione acquisita: versione definitiva {version} del {date}",
    version_draft="Relazione acquisita: bozza (non definitiva)",
    tallies_heading="Interventi per sessione",
    session="Sessione",
    total="Totale",
    chart_title="Interventi per categoria, tutte le sessioni",
    agenda_title="Ordine del giorno annotato",
    background="Contesto",
    questions_for_discussion="Domande per la discussione",
    introducers="Introduttori",
    rapports_from_sessions="Relazioni delle sessioni di lavoro",
    annex="Allegato",
    room="Sala",
    day="Giorno",
    page="Pagina",
    colon=":",
)  # fmt: skip

_RU = Labels(
    code="ru",
    name="Русский",
    rapporteur="Докладчик",
    statements="Количество выступлений",
    delegations="Делегации",
    civil_society="Гражданское общество",
    osce_institutions="Институты ОБСЕ",
    international_organizations="Международные организации",
    media="СМИ",
    rights_of_reply="Права на ответ",
    recommendations_intro=(
        "Рекомендации, высказанные участниками в ходе заседания (неполный перечень):"
    ),
    to_participating_states="Рекомендации государствам – участникам ОБСЕ:",
    to_osce="Рекомендации ОБСЕ:",
    to_odihr="Рекомендации БДИПЧ:",
    to_civil_society="Рекомендации гражданскому обществу:",
    to_partners="Рекомендации партнерам по сотрудничеству:",
    to_other="Рекомендации ({addressee}):",
    participants="Участники",
    questions_raised="Поднятые вопросы",
    recommendations="Рекомендации",
    priorities="Определенные приоритеты",
    conclusions_title="Выводы и рекомендации: {subject}",
    highlights_title="Основные итоги: {subject}",
    introduction="Введение",
    moderator="Модератор",
    speakers="Выступающие",
    findings="Выводы и рекомендации",
    consolidated_title="Сводный доклад",
    version_final="Взят доклад: окончательная версия {version} от {date}",
    version_draft="Взят доклад: проект (не окончательный)",
    tallies_heading="Выступления по заседаниям",
    session="Заседание",
    total="Итого",
    chart_title="Выступления по категориям, все заседания",
    agenda_title="Аннотированная повестка дня",
    background="Справочная информация",
    questions_for_discussion="Вопросы для обсуждения",
    introducers="Вступительные докладчики",
    rapports_from_sessions="Доклады рабочих заседаний",
    annex="Приложение",
    room="Зал",
    day="День",
    page="Страница",
    colon=":",
)  # fmt: skip

_ES = Labels(
    code="es",
    name="Español",
    rapporteur="Relator",
    statements="Número de intervenciones",
    delegations="Delegaciones",
    civil_society="Sociedad civil",
    osce_institutions="Instituciones de la OSCE",
    international_organizations="Organizaciones internacionales",
    media="Medios de comunicación",
    rights_of_reply="Derechos de réplica",
    recommendations_intro=(
        "Recomendaciones formuladas por los participantes durante esta sesión"
        " (lista no exhaustiva):"
    ),
    to_participating_states="Recomendaciones a los Estados participantes de la OSCE:",
    to_osce="Recomendaciones a la OSCE:",
    to_odihr="Recomendaciones a la OIDDH:",
    to_civil_society="Recomendaciones a la sociedad civil:",
    to_partners="Recomendaciones a los Socios para la Cooperación:",
    to_other="Recomendaciones a {addressee}:",
    participants="Participantes",
    questions_raised="Cuestiones planteadas",
    recommendations="Recomendaciones",
    priorities="Prioridades identificadas",
    conclusions_title="Conclusiones y recomendaciones: {subject}",
    highlights_title="Aspectos destacados: {subject}",
    introduction="Introducción",
    moderator="Moderador",
    speakers="Oradores",
    findings="Conclusiones y recomendaciones",
    consolidated_title="Informe consolidado",
    version_final="Informe tomado: versión definitiva {version} del {date}",
    version_draft="Informe tomado: borrador (no definitivo)",
    tallies_heading="Intervenciones por sesión",
    session="Sesión",
    total="Total",
    chart_title="Intervenciones por categoría, todas las sesiones",
    agenda_title="Orden del día anotado",
    background="Antecedentes",
    questions_for_discussion="Preguntas para el debate",
    introducers="Presentadores",
    rapports_from_sessions="Informes de las sesiones de trabajo",
    annex="Anexo",
    room="Sala",
    day="Día",
    page="Página",
    colon=":",
)  # fmt: skip

_SINGLE: dict[str, Labels] = {labels.code: labels for labels in (_EN, _FR, _DE, _IT, _RU, _ES)}

# Fields that are not words to translate but settings of the language.
_KEEP_FIRST = {"code", "name", "colon", "page", "parts"}


def _bilingual(first: Labels, second: Labels) -> Labels:
    """Each label in both languages, 'first / second'; dates in the first language."""
    joined: dict[str, Any] = {}
    for spec in fields(Labels):
        if spec.name in _KEEP_FIRST:
            continue
        a, b = getattr(first, spec.name), getattr(second, spec.name)
        if spec.name.startswith("to_") or spec.name == "recommendations_intro":
            # Both end with their own colon; keep one at the end.
            a, b = a.rstrip(": \u00a0"), b.rstrip(": \u00a0")
            joined[spec.name] = a if a == b else f"{a} / {b}:"
        else:
            joined[spec.name] = a if a == b else f"{a} / {b}"
    return replace(
        first,
        code=f"{first.code}-{second.code}",
        name=f"{first.name} / {second.name}",
        page=f"{first.page} / {second.page}",
        parts=(first, second),
        **joined,
    )


LANGUAGES: dict[str, Labels] = {**_SINGLE, "en-ru": _bilingual(_EN, _RU)}


def labels_for(code: str) -> Labels:
    """The labels of a language code (en, fr, de, it, ru, es, or en-ru)."""
    return LANGUAGES[language_code(code)]


def language_code(code: str) -> str:
    """The labels' language written ``code`` (any case, "_" or "+" for "-"), as
    LANGUAGES names it; a code it does not know is refused with the choices."""
    key = code.strip().casefold().replace("_", "-").replace("+", "-")
    if key not in LANGUAGES:
        raise InvalidInput.coded(
            "unknown-labels-language", text=repr(code), choices=", ".join(LANGUAGES)
        )
    return key
