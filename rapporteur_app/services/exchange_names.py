"""The organizations and speakers a load names, each looked up once.

A big file names the same delegations and speakers thousands of times: the load of
a document asks the lookups once a name (:class:`KnownNames`), the streaming load
asks one resolver for the whole file and writes the new speakers through its
writer (:class:`LoadNames`). Apart from the loads because both (and the hand-off)
resolve names the same way, and the rows they build only need the ids.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from rapporteur_app.domain.kinds import Category
from rapporteur_app.domain.text import search_key
from rapporteur_app.services.lookup import find_or_add_organization, find_or_add_speaker
from rapporteur_app.services.organization_resolver import OrganizationResolver
from rapporteur_app.store.models import OrganizationRow

if TYPE_CHECKING:
    from rapporteur_app.services.exchange_load_writer import LoadWriter


class KnownNames:
    """Organizations and speakers met earlier in the file: one lookup per name, not per
    statement (a big file names the same delegations thousands of times). The
    document's load's and the hand-off's, through the lookups' find-or-add."""

    def __init__(self) -> None:
        self.organizations: dict[tuple[str, str], int] = {}
        self.speakers: dict[tuple[str, int | None], int] = {}

    def organization(self, db: DbSession, name: str, category: Category) -> int:
        key = (name, category.value)
        if key not in self.organizations:
            self.organizations[key] = find_or_add_organization(db, name, category).id
        return self.organizations[key]

    def speaker(self, db: DbSession, meeting_id: int, name: str, org: int | None) -> int:
        key = (name, org)
        if key not in self.speakers:
            self.speakers[key] = find_or_add_speaker(db, meeting_id, name, org).id
        return self.speakers[key]


class LoadNames(KnownNames):
    """The organizations and speakers of the load: organizations through one
    resolver for the whole file (each name looked up once); speakers by their key,
    as :func:`lookup.find_or_add_speaker` finds them, the new ones written by the
    writer. The meeting is new, so its speakers are those written here."""

    def __init__(self, db: DbSession, meeting_id: int, writer: LoadWriter) -> None:
        super().__init__()
        self._db = db
        self._writer = writer
        stored = db.scalar(select(func.count()).select_from(OrganizationRow))
        # A registration's dictionary in memory, unless the organizations are many.
        self.resolver = OrganizationResolver(db, one_by_one=(stored or 0) > _PRELOADED)
        self._by_key = writer.speakers_of(meeting_id)

    def organization(self, db: DbSession, name: str, category: Category) -> int:
        key = (name, category.value)
        found = self.organizations.get(key)
        if found is None:
            found = self.organizations[key] = self.resolver.get_or_add(name, category).id
        return found

    def organization_named(self, name: str, category: str) -> int:
        """:meth:`organization` of a category as the file gives it (its enum made only
        for a name not met before)."""
        found = self.organizations.get((name, category))
        if found is None:
            found = self.organization(self._db, name, Category(category))
        return found

    def speaker(self, db: DbSession, meeting_id: int, name: str, org: int | None) -> int:
        key = (name, org)
        found = self.speakers.get(key)
        if found is None:
            name_key = search_key(name)
            found = self._by_key.get(name_key)
            if found is None:
                found = self._by_key[name_key] = self._writer.speaker(
                    {"meeting_id": meeting_id, "name": name, "name_key": name_key,
                     "organization_id": org}
                )  # fmt: skip
            self.speakers[key] = found
        return found


_PRELOADED = 5000  # organizations read at once at most (else looked up one by one)
