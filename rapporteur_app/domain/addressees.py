"""Addressees of recommendations: the fixed ones and any other, as written."""

from collections.abc import Iterable

from rapporteur_app.domain.kinds import (
    CIVIL_SOCIETY,
    KNOWN_ADDRESSEES,
    ODIHR,
    OSCE,
    PARTICIPATING_STATES,
    PARTNERS,
)
from rapporteur_app.domain.text import clean_line, require_line

_ALIASES = {
    PARTICIPATING_STATES: {"participating states", "osce participating states", "states", "ps"},
    OSCE: {"the osce"},
    ODIHR: set(),
    CIVIL_SOCIETY: {"civil society", "ngos", "cso"},
    PARTNERS: {"partners for co-operation", "partners for cooperation"},
}


def normalize_addressee(text: str) -> str:
    """A known addressee's code (for any usual spelling), or the text as written."""
    written = require_line(text, "addressee")
    folded = written.casefold().replace("_", "-")
    for code in KNOWN_ADDRESSEES:
        if folded == code or folded == code.replace("-", " ") or folded in _ALIASES[code]:
            return code
    return clean_line(written)


def addressee_order(addressees: Iterable[str]) -> list[str]:
    """The rapport's order: participating States, then the OSCE, then the rest as first used."""
    seen: list[str] = []
    for addressee in addressees:
        if addressee not in seen:
            seen.append(addressee)
    first = [a for a in (PARTICIPATING_STATES, OSCE) if a in seen]
    return first + [a for a in seen if a not in first]
