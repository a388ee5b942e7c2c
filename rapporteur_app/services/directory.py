"""Who may ask for the floor: completion for the console's quick entry.

It draws on the reference lists shipped with the program (every name in every
language, acronyms and aliases) and on the organizations and speakers already
known in the database. Matching is inside words and ignores case and accents,
Cyrillic included: "авст" finds "Австрия", "strada" finds "La Strada
International", "odihr" finds the Office for Democratic Institutions.
"""

from dataclasses import dataclass

from sqlalchemy import select

from rapporteur_app.domain.kinds import Category
from rapporteur_app.domain.reference import reference_organizations
from rapporteur_app.domain.text import search_key
from rapporteur_app.services.lookup import meeting_row
from rapporteur_app.store.database import Database
from rapporteur_app.store.models import OrganizationRow, SpeakerRow


@dataclass(frozen=True, slots=True)
class DirectoryEntry:
    """One completion: a person (with their organization) or an organization."""

    speaker: str
    organization: str
    category: Category | None
    # What was matched, when it is not the name shown (an acronym, another language).
    matched: str = ""

    @property
    def display(self) -> str:
        if self.speaker and self.organization:
            return f"{self.speaker} ({self.organization})"
        return self.speaker or self.organization


@dataclass(frozen=True, slots=True)
class _Candidate:
    entry: DirectoryEntry
    keys: tuple[tuple[str, str], ...]  # (search key, spelling)


def _rank(key: str, query: str) -> int | None:
    """0: the name starts with the query; 1: a word does; 2: inside a word; None: no match."""
    found = key.find(query)
    if found < 0:
        return None
    if found == 0:
        return 0
    if f" {query}" in f" {key}" or any(
        part.startswith(query) for part in key.replace("(", " ").replace("-", " ").split()
    ):
        return 1
    return 2


class DirectoryService:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._cache: dict[int, list[_Candidate]] = {}

    def forget(self, meeting_id: int | None = None) -> None:
        """Drop what was read: called when speakers or organizations were added."""
        if meeting_id is None:
            self._cache.clear()
        else:
            self._cache.pop(meeting_id, None)

    def _candidates(self, meeting_id: int) -> list[_Candidate]:
        cached = self._cache.get(meeting_id)
        if cached is not None:
            return cached
        candidates: list[_Candidate] = []
        # Every spelling of a reference organization (names, acronym, aliases), by key,
        # so that an organization stored as "UNHCR" is also found as "УВКБ ООН".
        spellings: dict[str, tuple[tuple[str, str], ...]] = {}
        for reference in reference_organizations():
            every = tuple((search_key(s), s) for s in reference.spellings())
            for key, _ in every:
                spellings.setdefault(key, every)
        covered: set[tuple[tuple[str, str], ...]] = set()
        with self._db.reading() as db:
            meeting_row(db, meeting_id)
            organizations = {row.id: row for row in db.scalars(select(OrganizationRow))}
            for row in db.scalars(select(SpeakerRow).where(SpeakerRow.meeting_id == meeting_id)):
                organization = organizations.get(row.organization_id or -1)
                entry = DirectoryEntry(
                    row.name,
                    organization.name if organization else "",
                    Category(organization.category) if organization else None,
                )
                keys: tuple[tuple[str, str], ...] = ((row.name_key, row.name),)
                if organization is not None:
                    keys += spellings.get(
                        organization.name_key, ((organization.name_key, organization.name),)
                    )
                candidates.append(_Candidate(entry, keys))
            for organization in organizations.values():
                known = spellings.get(organization.name_key)
                if known is not None:
                    covered.add(known)
                own = ((organization.name_key, organization.name),)
                entry = DirectoryEntry("", organization.name, Category(organization.category))
                candidates.append(_Candidate(entry, own + (known or ())))
        for reference in reference_organizations():
            spelled = spellings[search_key(reference.name)]
            if spelled in covered:
                continue
            entry = DirectoryEntry("", reference.name, reference.category)
            candidates.append(_Candidate(entry, spelled))
        self._cache[meeting_id] = candidates
        return candidates

    def search(self, meeting_id: int, text: str, limit: int = 12) -> list[DirectoryEntry]:
        query = search_key(text)
        if not query:
            return []
        ranked: list[tuple[int, int, str, DirectoryEntry]] = []
        for candidate in self._candidates(meeting_id):
            best: tuple[int, str] | None = None
            for key, spelling in candidate.keys:
                rank = _rank(key, query)
                if rank is not None and (best is None or rank < best[0]):
                    best = (rank, spelling)
            if best is None:
                continue
            entry = candidate.entry
            shown = search_key(entry.display)
            matched = "" if search_key(best[1]) in shown else best[1]
            # People first among equals: the rapporteur usually types a name she heard.
            ranked.append((best[0], 0 if entry.speaker else 1, shown, _with(entry, matched)))
        ranked.sort(key=lambda item: item[:3])
        unique: list[DirectoryEntry] = []
        for *_, entry in ranked:
            if entry not in unique:
                unique.append(entry)
            if len(unique) == limit:
                break
        return unique

    def category_of(self, meeting_id: int, organization: str) -> Category | None:
        """The category of an organization known by any of its spellings, or None."""
        key = search_key(organization)
        if not key:
            return None
        for candidate in self._candidates(meeting_id):
            entry = candidate.entry
            if (
                entry.category is not None
                and not entry.speaker
                and any(k == key for k, _ in candidate.keys)
            ):
                return entry.category
        return None

    def canonical_name(self, meeting_id: int, organization: str) -> str:
        """The name an organization is stored under, for any of its spellings."""
        key = search_key(organization)
        for candidate in self._candidates(meeting_id):
            entry = candidate.entry
            if not entry.speaker and any(k == key for k, _ in candidate.keys):
                return entry.organization
        return organization


def _with(entry: DirectoryEntry, matched: str) -> DirectoryEntry:
    return DirectoryEntry(entry.speaker, entry.organization, entry.category, matched)
