"""Whom a recommendation addresses, read from its own words.

"Participating States should …", "ODIHR should …", "call on the OSCE to …" and
their equivalents in the six OSCE languages. The proposal is only shown: the
rapporteur accepts it or not. A text that names an addressee without
addressing it ("with the support of ODIHR") proposes nothing.

Matching is done on the text folded as names are (case and accents ignored), so
"États participants" and "etats participants" are one spelling.
"""

import re
from dataclasses import dataclass

from rapporteur_app.domain.kinds import CIVIL_SOCIETY, ODIHR, OSCE, PARTICIPATING_STATES, PARTNERS
from rapporteur_app.domain.text import search_key

# The addressees' names, as folded text. A longer name wins over a shorter one
# at the same place ("OSCE participating States" is the States, "OSCE/ODIHR" ODIHR).
_NAMES: dict[str, tuple[str, ...]] = {
    PARTICIPATING_STATES: (
        r"(?:the\s+)?(?:osce\s+)?participating\s+states",
        r"(?:the\s+)?states",
        r"(?:les\s+)?etats\s+participants(?:\s+de\s+l'osce)?",
        r"(?:die\s+)?(?:osze-)?teilnehmerstaaten",
        r"(?:gli\s+)?stati\s+partecipanti",
        r"государств\w*\s*[-–—]?\s*участник\w*(?:\s+обсе)?",
        r"(?:los\s+)?estados\s+participantes",
    ),
    ODIHR: (
        r"(?:the\s+)?(?:osce\s*/\s*)?odihr",
        r"(?:le\s+)?(?:osce\s*/\s*)?biddh",
        r"(?:das\s+)?bdimr",
        r"(?:обсе\s*/\s*)?бдипч",
        r"(?:la\s+)?oiddh",
    ),
    OSCE: (r"(?:the\s+)?osce", r"(?:die\s+)?osze", r"обсе"),
    CIVIL_SOCIETY: (
        r"(?:the\s+)?civil\s+society(?:\s+organi[sz]ations)?",
        r"(?:la\s+)?societe\s+civile",
        r"(?:die\s+)?zivilgesellschaft",
        r"(?:la\s+)?societa\s+civile",
        r"гражданск\w*\s+обществ\w*",
        r"(?:la\s+)?sociedad\s+civil",
    ),
    PARTNERS: (
        r"(?:the\s+)?partners\s+for\s+co-?operation",
        r"(?:les\s+)?partenaires\s+pour\s+la\s+cooperation",
        r"kooperationspartner\w*",
        r"partner\s+per\s+la\s+cooperazione",
        r"партнер\w*\s+по\s+сотрудничеству",
        r"(?:los\s+)?socios\s+para\s+la\s+cooperacion",
    ),
}

# Words that make the name the one addressed when they follow it (a modal verb) ...
_MODAL = re.compile(
    r"^[\s,]*(?:\w+\s+){0,2}?(?:should|must|shall|ought|need|needs|are\s+(?:encouraged|urged|"
    r"invited)|is\s+(?:encouraged|urged|invited)|to\s+\w+|"
    r"devrai(?:en)?t|doi(?:ven)?t|sont\s+invites|est\s+invite|"
    r"sollte[n]?|muss(?:en)?|"
    r"dovrebber?o|dev(?:e|ono)|"
    r"должн\w*|следует|необходимо|рекомендуется|"
    r"deberi(?:a|an)|deben?)\b"
)
# ... or when they come just before it (a call to act).
_CALL = re.compile(
    r"(?:call(?:s|ed|ing)?\s+(?:up)?on|urg(?:e|es|ed|ing)|invit(?:e|es|ed|ing)|encourag(?:e|es|"
    r"ed|ing)|recommend(?:s|ed)?\s+that|"
    r"appel\w*(?:\s+(?:a|aux))?|exhort\w*|invit\w*|encourag\w*|demand\w*\s+(?:a|aux)|"
    r"fordert\w*|ruft\w*|appelliert\w*\s+an|"
    r"esort\w*|chied\w*\s+(?:a|agli|ai|alle)|"
    r"призыва\w*|призвал\w*|рекоменду\w*|"
    r"insta\w*|pid\w*\s+(?:a|al|a\s+los))"
    r"[\s,]*(?:\w+\s+)?(?:l')?$"
)
_ANY_NAME = re.compile(
    "|".join(f"(?<!\\w)(?:{a})(?!\\w)" for names in _NAMES.values() for a in names)
)
_CODE_OF = [code for code, names in _NAMES.items() for _ in names]


@dataclass(frozen=True, slots=True)
class AddresseeProposal:
    addressee: str
    """A known addressee's code (see :mod:`rapporteur_app.domain.kinds`)."""
    because: str
    """The words it was read from, as folded text ("odihr should")."""


def propose_addressee(text: str) -> AddresseeProposal | None:
    """The addressee the text itself addresses, or None if it addresses nobody named."""
    folded = search_key(text).replace("ё", "е")
    for match in _names(folded):
        after = folded[match.end() : match.end() + 60]
        before = folded[max(0, match.start() - 60) : match.start()]
        modal = _MODAL.match(after)
        if modal is not None:
            return AddresseeProposal(_code(match), (match.group(0) + modal.group(0)).strip())
        call = _CALL.search(before)
        if call is not None:
            return AddresseeProposal(_code(match), (call.group(0) + match.group(0)).strip())
    return None


def _names(folded: str) -> list[re.Match[str]]:
    """Every name in the text, the longest where several start at one place, in order."""
    found: list[re.Match[str]] = []
    position = 0
    while (match := _ANY_NAME.search(folded, position)) is not None:
        best = _longest_at(folded, match.start()) or match
        found.append(best)
        position = max(best.end(), match.start() + 1)
    return found


_ALTERNATIVES = [
    re.compile(f"(?<!\\w)(?:{alternative})(?!\\w)")
    for names in _NAMES.values()
    for alternative in names
]


def _longest_at(folded: str, start: int) -> re.Match[str] | None:
    best: re.Match[str] | None = None
    for alternative in _ALTERNATIVES:
        match = alternative.match(folded, start)
        if match is not None and (best is None or match.end() > best.end()):
            best = match
    return best


def _code(match: re.Match[str]) -> str:
    for alternative, code in zip(_ALTERNATIVES, _CODE_OF, strict=True):
        if alternative.pattern == match.re.pattern:
            return code
    raise AssertionError("a name matched no addressee")
