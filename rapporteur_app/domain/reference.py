"""The reference lists shipped with the program: who usually speaks, and in which category.

The data live in resources/reference/organizations.json (with their source and
date noted there); each entry carries its category, so that a statement on its
behalf is categorised without asking, and its names in several languages, so
that the live console completes "Австрия" as well as "Austria".

The file is checked as it is read: a broken list is a bug in the program, not
something a user can fix, so it fails loudly in tests rather than quietly
dropping entries.
"""

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any

from rapporteur_app.domain.kinds import Category
from rapporteur_app.domain.text import search_key

REFERENCE_FILE = "organizations.json"

PARTICIPATING_STATE = "participating-state"
ASIAN_PARTNER = "asian-partner"
MEDITERRANEAN_PARTNER = "mediterranean-partner"
PARTNER_GROUPS = frozenset({ASIAN_PARTNER, MEDITERRANEAN_PARTNER})


@dataclass(frozen=True, slots=True)
class ReferenceOrganization:
    key: str
    """Stable identifier, e.g. 'state.at', 'partner.jp', 'osce.odihr', 'io.unhcr'."""
    category: Category
    group: str
    """'participating-state', 'asian-partner', 'mediterranean-partner',
    'osce-institution', 'osce-secretariat', 'osce-field-operation', 'un', 'eu',
    'council-of-europe', 'other-io': the file's "groups" table lists them."""
    names: Mapping[str, str] = field(default_factory=dict)
    """Language code ('en', 'ru', 'fr', ...) -> name; 'en' is always there."""
    acronym: str = ""
    aliases: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return self.names["en"]

    def name_in(self, language: str) -> str:
        return self.names.get(language) or self.names["en"]

    def spellings(self) -> tuple[str, ...]:
        """Every name a user may type for it: names, acronym and aliases."""
        found = [*self.names.values(), *self.aliases]
        if self.acronym:
            found.append(self.acronym)
        return tuple(dict.fromkeys(found))

    @property
    def is_partner(self) -> bool:
        return self.group in PARTNER_GROUPS


@dataclass(frozen=True, slots=True)
class ReferenceSource:
    """Where the shipped lists come from, and as of when."""

    source: str
    date: str
    groups: Mapping[str, Category]
    """Each group and the category its members belong to."""


def _load() -> dict[str, Any]:
    text = (files("rapporteur_app.resources") / "reference" / REFERENCE_FILE).read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@cache
def reference_source() -> ReferenceSource:
    data = _load()
    groups = {name: Category(category) for name, category in data["groups"].items()}
    return ReferenceSource(source=data["source"], date=data["date"], groups=groups)


@cache
def reference_organizations() -> tuple[ReferenceOrganization, ...]:
    groups = reference_source().groups
    found = tuple(_entry(entry) for entry in _load()["organizations"])
    for org in found:
        if groups.get(org.group) is not org.category:
            raise ValueError(f"{REFERENCE_FILE}: {org.key} has group {org.group!r}")
        if not org.names.get("en"):
            raise ValueError(f"{REFERENCE_FILE}: {org.key} has no English name")
    return found


def _entry(entry: Mapping[str, Any]) -> ReferenceOrganization:
    return ReferenceOrganization(
        key=entry["key"],
        category=Category(entry["category"]),
        group=entry["group"],
        names=dict(entry["names"]),
        acronym=entry.get("acronym", ""),
        aliases=tuple(entry.get("aliases", ())),
    )


@cache
def reference_by_key() -> Mapping[str, ReferenceOrganization]:
    return {org.key: org for org in reference_organizations()}


@cache
def _by_spelling() -> Mapping[str, ReferenceOrganization]:
    return {
        search_key(spelling): org
        for org in reference_organizations()
        for spelling in org.spellings()
    }


def reference_for(name: str) -> ReferenceOrganization | None:
    """The shipped entry one of whose names, acronym or aliases is ``name`` (case and
    accents ignored), or None."""
    return _by_spelling().get(search_key(name))
