"""The reference lists shipped with the program: who usually speaks, and in which category.

The data live in resources/reference/organizations.json (with their source and
date noted there); each entry carries its category, so that a statement on its
behalf is categorised without asking, and its names in several languages, so
that the live console completes "Австрия" as well as "Austria".
"""

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files

from rapporteur_app.domain.kinds import Category
from rapporteur_app.domain.text import search_key

REFERENCE_FILE = "organizations.json"


@dataclass(frozen=True, slots=True)
class ReferenceOrganization:
    key: str
    """Stable identifier, e.g. 'state.at', 'partner.jp', 'osce.odihr', 'io.unhcr'."""
    category: Category
    group: str
    """'participating-state', 'partner', 'eu-delegation', 'osce-institution',
    'osce-secretariat', 'osce-field-operation', 'un', 'eu', 'council-of-europe', 'other-io'."""
    names: Mapping[str, str] = field(default_factory=dict)
    """Language code ('en', 'ru', 'fr', ...) -> name; 'en' is always there."""
    acronym: str = ""
    aliases: tuple[str, ...] = ()
    region: str = ""
    """For a Partner for Co-operation: 'asian' or 'mediterranean'."""

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


@cache
def reference_organizations() -> tuple[ReferenceOrganization, ...]:
    text = (files("rapporteur_app.resources") / "reference" / REFERENCE_FILE).read_text("utf-8")
    data = json.loads(text)
    return tuple(
        ReferenceOrganization(
            key=entry["key"],
            category=Category(entry["category"]),
            group=entry["group"],
            names=dict(entry["names"]),
            acronym=entry.get("acronym", ""),
            aliases=tuple(entry.get("aliases", ())),
            region=entry.get("region", ""),
        )
        for entry in data["organizations"]
    )


@cache
def _by_spelling() -> Mapping[str, ReferenceOrganization]:
    return {
        search_key(spelling): org
        for org in reference_organizations()
        for spelling in org.spellings()
    }


def reference_for(name: str) -> ReferenceOrganization | None:
    """The shipped entry that ``name`` spells in any language (a name, acronym or
    alias; case and accents ignored), or None."""
    return _by_spelling().get(search_key(name))
