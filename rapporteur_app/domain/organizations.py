"""The organizations a user can choose from: the shipped reference lists and the database's own."""

from collections.abc import Mapping
from dataclasses import dataclass, field

from rapporteur_app.domain.kinds import Category


@dataclass(frozen=True, slots=True)
class KnownOrganization:
    """One line of the organizations list.

    ``id`` is None for a reference entry nobody has spoken for yet in this
    database: it is listed all the same (so that the 57 States are always
    there to choose from) and becomes a row the first time it is used.
    """

    name: str
    category: Category
    id: int | None = None
    acronym: str = ""
    group: str = ""
    reference_key: str = ""
    names: Mapping[str, str] = field(default_factory=dict)
    """Its names by language, from the reference list ('en' -> 'Austria', ...)."""

    @property
    def in_database(self) -> bool:
        return self.id is not None
