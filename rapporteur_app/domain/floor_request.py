"""What the rapporteur types on the quick-entry line, read as who asks for the floor.

    Austria                                  an organization (a delegation usually)
    Anna Petrova, Austria                    a person and her organization
    Anna Petrova (Austria)                   the same
    European Union + Albania, Montenegro     a joint statement: the lead, then after
                                             "+" the co-signatories, by commas
    Anna Petrova (European Union + Albania, Montenegro)
                                             a person delivering a joint statement
    Anna Petrova, European Union + Albania   the same

A "+" starts the co-signatories; commas (or semicolons, or more "+") separate
them. Everything is one line: spacing is tidied, nothing else is changed.
"""

import re
from dataclasses import dataclass

JOINT_MARK = "+"
_COSIGNATORY_SEPARATORS = re.compile(r"[,;+]")


@dataclass(frozen=True, slots=True)
class FloorRequest:
    """Who asks for the floor, read from what the rapporteur typed."""

    speaker: str
    organization: str
    cosignatories: tuple[str, ...] = ()


def cosignatories_of(text: str) -> tuple[str, ...]:
    """ "Albania, Montenegro; Serbia" -> the names, once each, in order."""
    names = (part.strip() for part in _COSIGNATORY_SEPARATORS.split(text))
    return tuple(dict.fromkeys(name for name in names if name))


def _person_and_organization(text: str) -> tuple[str, str]:
    if text.endswith(")") and "(" in text:
        speaker, _, rest = text.rpartition("(")
        return speaker.strip(), rest[:-1].strip()
    if "," in text:
        speaker, _, organization = text.rpartition(",")
        return speaker.strip(), organization.strip()
    return "", text


def parse_floor_request(text: str) -> FloorRequest:
    """Read the line (see the module's documentation)."""
    text = " ".join(text.split())
    if text.endswith(")") and "(" in text:
        speaker, _, inside = text.rpartition("(")
        inside = inside[:-1]
        if JOINT_MARK in inside:
            lead, _, others = inside.partition(JOINT_MARK)
            return FloorRequest(speaker.strip(), lead.strip(), cosignatories_of(others))
        return FloorRequest(speaker.strip(), inside.strip())
    if JOINT_MARK in text:
        before, _, others = text.partition(JOINT_MARK)
        speaker, lead = _person_and_organization(before.strip())
        return FloorRequest(speaker, lead, cosignatories_of(others))
    speaker, organization = _person_and_organization(text)
    return FloorRequest(speaker, organization)
