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
from typing import Any

from rapporteur_app.domain.kinds import Category
from rapporteur_app.domain.text import search_key

REFERENCE_FILE = "organizations.json"

PARTICIPATING_STATE = "participating-state"
PARTNER_GROUPS = ("partner-asian", "partner-mediterranean")
# Each group and the category every member of it speaks in.
GROUPS: dict[str, Category] = {
    PARTICIPATING_STATE: Category.DELEGATION,
    "partner-asian": Category.DELEGATION,
    "partner-mediterranean": Category.DELEGATION,
    "eu-delegation": Category.DELEGATION,
    "osce": Category.OSCE_INSTITUTION,
    "osce-institution": Category.OSCE_INSTITUTION,
    "osce-secretariat": Category.OSCE_INSTITUTION,
    "osce-field-operation": Category.OSCE_INSTITUTION,
    "un": Category.INTERNATIONAL_ORGANIZATION,
    "council-of-europe": Category.INTERNATIONAL_ORGANIZATION,
    "eu": Category.INTERNATIONAL_ORGANIZATION,
    "other-io": Category.INTERNATIONAL_ORGANIZATION,
}


@dataclass(frozen=True, slots=True)
class ReferenceOrganization:
    key: str
    """Stable identifier, e.g. 'state.at', 'partner.jp', 'osce.odihr', 'io.unhcr'."""
    category: Category
    group: str
    """One of :data:`GROUPS`: 'participating-state', 'partner-asian', 'osce-secretariat' ..."""
    names: Mapping[str, str] = field(default_factory=dict)
    """Language code ('en', 'ru', 'fr', ...) -> name; 'en' is always there."""
    acronym: str = ""
    aliases: tuple[str, ...] = ()

    @property
    def is_participating_state(self) -> bool:
        return self.group == PARTICIPATING_STATE

    @property
    def is_partner(self) -> bool:
        """A Partner for Co-operation (Asian or Mediterranean)."""
        return self.group in PARTNER_GROUPS

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
def _reference_file() -> dict[str, Any]:
    text = (files("rapporteur_app.resources") / "reference" / REFERENCE_FILE).read_text("utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


@cache
def reference_organizations() -> tuple[ReferenceOrganization, ...]:
    return tuple(
        ReferenceOrganization(
            key=entry["key"],
            category=Category(entry["category"]),
            group=entry["group"],
            names=dict(entry["names"]),
            acronym=entry.get("acronym", ""),
            aliases=tuple(entry.get("aliases", ())),
        )
        for entry in _reference_file()["organizations"]
    )


def reference_source() -> tuple[str, str]:
    """Where the lists come from and when they were last checked: (source, date)."""
    data = _reference_file()
    return str(data["source"]), str(data["date"])


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
