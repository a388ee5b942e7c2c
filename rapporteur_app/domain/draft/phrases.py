"""The words a draft narrative is built with, one table per document language.

The draft is material for the rapporteur to edit, written in the rapport's
conventions ("This session examined …", "Moderator Valiant Richey, the OSCE
Acting Co-ordinator …, …"). The category names and the colon come from the
document's own labels (:mod:`rapporteur_app.domain.labels`), so that the draft
and the tally say the same words.
"""

from dataclasses import dataclass

from rapporteur_app.domain.kinds import IntroducerRole


@dataclass(frozen=True, slots=True)
class DraftPhrases:
    # "{title}" is the session's title as the agenda gives it.
    examined: str
    moderator: str
    roles: dict[IntroducerRole, str]
    # A speaker of the panel given the floor by name only, not on the agenda's list.
    speaker: str
    # Ends a panel paragraph when no notes were taken.
    opened: str
    presented: str
    # English sets "the" before a function ("the OSCE Acting Co-ordinator …").
    article: str
    # "{statements}", "{counts}" and "{replies}" are filled in.
    floor: str
    floor_none: str
    # "{label}" a category's label, "{count}" its statements.
    group: str
    also: str
    replies: str
    answering: str
    themes: str
    # "{phrase}", "{count}", "{total}", "{categories}".
    theme: str


_EN = DraftPhrases(
    examined="This session examined “{title}”.",
    moderator="Moderator",
    roles={
        IntroducerRole.INTRODUCER: "Introducer",
        IntroducerRole.PANELLIST: "Panellist",
        IntroducerRole.KEYNOTE: "Keynote speaker",
    },
    speaker="Speaker",
    opened="opened the session.",
    presented="took the floor.",
    article="the ",
    floor="Interventions from the floor: {statements} statements ({counts}) and {replies} "
    "rights of reply.",
    floor_none="There were no interventions from the floor.",
    group="{label} ({count}):",
    also="Also took the floor, without notes:",
    replies="Rights of reply ({count}):",
    answering="answering",
    themes="Themes raised across the interventions (statements that raised each):",
    theme="“{phrase}”: {count} of {total} statements ({categories})",
)

_FR = DraftPhrases(
    examined="Cette séance a examiné le thème « {title} ».",
    moderator="Modérateur",
    roles={
        IntroducerRole.INTRODUCER: "Intervenant",
        IntroducerRole.PANELLIST: "Panéliste",
        IntroducerRole.KEYNOTE: "Orateur principal",
    },
    speaker="Orateur",
    opened="a ouvert la séance.",
    presented="a pris la parole.",
    article="",
    floor="Interventions de la salle : {statements} déclarations ({counts}) et {replies} "
    "droits de réponse.",
    floor_none="Il n'y a pas eu d'interventions de la salle.",
    group="{label} ({count}) :",
    also="Ont également pris la parole, sans notes :",
    replies="Droits de réponse ({count}) :",
    answering="en réponse à",
    themes="Thèmes soulevés dans les interventions (déclarations qui les ont soulevés) :",
    theme="« {phrase} » : {count} déclarations sur {total} ({categories})",
)

_DE = DraftPhrases(
    examined="Diese Sitzung befasste sich mit dem Thema „{title}“.",
    moderator="Moderation:",
    roles={
        IntroducerRole.INTRODUCER: "Einführung:",
        IntroducerRole.PANELLIST: "Podium:",
        IntroducerRole.KEYNOTE: "Hauptrede:",
    },
    speaker="Redner:",
    opened="eröffnete die Sitzung.",
    presented="ergriff das Wort.",
    article="",
    floor="Wortmeldungen aus dem Saal: {statements} Erklärungen ({counts}) und {replies} "
    "Antworten.",
    floor_none="Es gab keine Wortmeldungen aus dem Saal.",
    group="{label} ({count}):",
    also="Ebenfalls ergriffen das Wort, ohne Notizen:",
    replies="Antworten ({count}):",
    answering="als Antwort auf",
    themes="In den Wortmeldungen angesprochene Themen (Erklärungen, die sie ansprachen):",
    theme="„{phrase}“: {count} von {total} Erklärungen ({categories})",
)

_IT = DraftPhrases(
    examined="Questa sessione ha esaminato il tema «{title}».",
    moderator="Moderatore",
    roles={
        IntroducerRole.INTRODUCER: "Relatore",
        IntroducerRole.PANELLIST: "Panelista",
        IntroducerRole.KEYNOTE: "Oratore principale",
    },
    speaker="Oratore",
    opened="ha aperto la sessione.",
    presented="ha preso la parola.",
    article="",
    floor="Interventi dalla sala: {statements} dichiarazioni ({counts}) e {replies} diritti "
    "di replica.",
    floor_none="Non vi sono stati interventi dalla sala.",
    group="{label} ({count}):",
    also="Hanno preso la parola anche, senza note:",
    replies="Diritti di replica ({count}):",
    answering="in risposta a",
    themes="Temi sollevati negli interventi (dichiarazioni che li hanno sollevati):",
    theme="«{phrase}»: {count} dichiarazioni su {total} ({categories})",
)

_RU = DraftPhrases(
    examined="На этом заседании рассматривалась тема «{title}».",
    moderator="Модератор",
    roles={
        IntroducerRole.INTRODUCER: "Докладчик",
        IntroducerRole.PANELLIST: "Участник дискуссии",
        IntroducerRole.KEYNOTE: "Основной докладчик",
    },
    speaker="Выступающий",
    opened="открыл(а) заседание.",
    presented="выступил(а).",
    article="",
    floor="Выступления из зала: {statements} выступлений ({counts}) и {replies} прав на ответ.",
    floor_none="Выступлений из зала не было.",
    group="{label} ({count}):",
    also="Также выступили, без записей:",
    replies="Права на ответ ({count}):",
    answering="в ответ на",
    themes="Темы, затронутые в выступлениях (число выступлений, в которых они прозвучали):",
    theme="«{phrase}»: {count} из {total} выступлений ({categories})",
)

_ES = DraftPhrases(
    examined="Esta sesión examinó el tema «{title}».",
    moderator="Moderador",
    roles={
        IntroducerRole.INTRODUCER: "Ponente",
        IntroducerRole.PANELLIST: "Panelista",
        IntroducerRole.KEYNOTE: "Orador principal",
    },
    speaker="Orador",
    opened="abrió la sesión.",
    presented="tomó la palabra.",
    article="",
    floor="Intervenciones de la sala: {statements} declaraciones ({counts}) y {replies} "
    "derechos de réplica.",
    floor_none="No hubo intervenciones de la sala.",
    group="{label} ({count}):",
    also="También tomaron la palabra, sin notas:",
    replies="Derechos de réplica ({count}):",
    answering="en respuesta a",
    themes="Temas planteados en las intervenciones (declaraciones que los plantearon):",
    theme="«{phrase}»: {count} de {total} declaraciones ({categories})",
)

PHRASES: dict[str, DraftPhrases] = {
    "en": _EN,
    "fr": _FR,
    "de": _DE,
    "it": _IT,
    "ru": _RU,
    "es": _ES,
}


def phrases_for(code: str) -> DraftPhrases:
    """A language's phrases; a bilingual document ("en-ru") is drafted in its first."""
    return PHRASES.get(code.split("-", maxsplit=1)[0], _EN)
