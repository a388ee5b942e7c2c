"""Who may ask for the floor: completion for the console's quick entry.

It draws on the reference lists shipped with the program (every name in every
language, acronyms and aliases) and on the organizations and speakers already
known in the database. Matching is inside words and ignores case and accents,
Cyrillic included: "авст" finds "Австрия", "strada" finds "La Strada
International", "odihr" finds the Office for Democratic Institutions.

The order is what a rapporteur means by a few letters (see :func:`_tier`):
"fra" is France before FRA, "eu" the European Union before the EU
Anti-Trafficking Coordinator, "united" the United Kingdom before UN Women; a
typing mistake ("Austira", "Grmany", "odhir") is forgiven by rapidfuzz when
nothing contains what was typed.
"""

import heapq
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz, process
from sqlalchemy import select

from rapporteur_app.domain.kinds import Category
from rapporteur_app.domain.reference import ReferenceOrganization, reference_organizations
from rapporteur_app.domain.text import search_key
from rapporteur_app.services.lookup import check_meeting, meeting_row
from rapporteur_app.services.organization_resolver import OrganizationResolver
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
    # How many of the first keys are the person's own name (the rest spell her organization).
    own: int = 0
    shown: str = ""  # the search key of what the list shows
    # Per key, what does not depend on the query: (through her organization, person
    # before organization, another spelling than the name shown). Worked out once, so
    # that a key costs a few comparisons, not a search_key.
    fixed: tuple[tuple[int, int, int], ...] = ()

    @classmethod
    def of(
        cls, entry: DirectoryEntry, keys: tuple[tuple[str, str], ...], shown: str, own: int = 0
    ) -> "_Candidate":
        person = 0 if entry.speaker else 1
        fixed = tuple(
            (1 if entry.speaker and index >= own else 0, person, 0 if key in shown else 1)
            for index, (key, _) in enumerate(keys)
        )
        return cls(entry, keys, own, shown, fixed)


@cache
def _reference_keys() -> tuple[tuple[ReferenceOrganization, tuple[tuple[str, str], ...]], ...]:
    """Every reference organization with (search key, spelling) of each of its names."""
    return tuple(
        (reference, tuple((search_key(s), s) for s in reference.spellings()))
        for reference in reference_organizations()
    )


# What comes before a match inside a key and makes it the start of a word.
_WORD_START = " (-/'\"«"
# A delegation first only from three letters on: two are read as an acronym ("un" is the
# United Nations, not the United Kingdom; "uk" is the United Kingdom).
_DELEGATION_PREFIX_FROM = 3
# Below this similarity (0-100) a spelling is not taken for a typing mistake of the query.
_FUZZY_CUTOFF = 75.0
_FUZZY_FROM = 4
_FUZZY = 5


def _match_tier(key: str, query: str) -> int | None:
    """1: the key is the query; 2: it starts with it; 3: a word does; 4: inside; None."""
    if key == query:
        return 1
    if key.startswith(query):
        return 2
    found = key.find(query)
    if found < 0:
        return None
    while found >= 0:
        if key[found - 1] in _WORD_START:
            return 3
        found = key.find(query, found + 1)
    return 4


def _tier(candidate: _Candidate, index: int, match: int, query: str) -> int:
    """The rapporteur's order. 0: a delegation (a participating State, a Partner, the
    European Union) whose name starts with what was typed; then 1 … 4 as
    :func:`_match_tier` says; 5: a typing mistake."""
    entry = candidate.entry
    if (
        match <= 2
        and index >= candidate.own
        and entry.category is Category.DELEGATION
        and len(query) >= _DELEGATION_PREFIX_FROM
    ):
        return 0
    return match


@dataclass(frozen=True, slots=True)
class _Index:
    """Every key of every candidate in one string, so that finding the query is one
    C-level scan, not a Python loop over thousands of names."""

    candidates: tuple[_Candidate, ...]
    text: str
    starts: tuple[int, ...]  # where each key begins in ``text``
    owners: tuple[tuple[int, int], ...]  # (candidate, key index) of each key
    words: tuple[str, ...]  # each key and each longer word of it, once, for typing mistakes
    word_owners: tuple[tuple[tuple[int, int], ...], ...]

    @classmethod
    def of(cls, candidates: list[_Candidate]) -> "_Index":
        keys: list[str] = []
        owners: list[tuple[int, int]] = []
        words: dict[str, list[tuple[int, int]]] = {}
        for number, candidate in enumerate(candidates):
            for index, (key, _) in enumerate(candidate.keys):
                keys.append(key)
                owners.append((number, index))
                for word in {key, *(w for w in key.split() if len(w) >= _FUZZY_FROM)}:
                    words.setdefault(word, []).append((number, index))
        starts: list[int] = []
        at = 0
        for key in keys:
            starts.append(at)
            at += len(key) + 1
        return cls(
            tuple(candidates), "\n".join(keys) + "\n", tuple(starts), tuple(owners),
            tuple(words), tuple(tuple(o) for o in words.values()),
        )  # fmt: skip

    def containing(self, query: str) -> set[tuple[int, int]]:
        """(candidate, key index) of every key containing the query."""
        found: set[tuple[int, int]] = set()
        text, starts, owners = self.text, self.starts, self.owners
        at = text.find(query)
        while at >= 0:
            key = bisect_right(starts, at) - 1
            found.add(owners[key])
            # On to the next key: a key is counted once however often it contains it.
            following = starts[key + 1] if key + 1 < len(starts) else len(text)
            at = text.find(query, following)
        return found

    def resembling(self, query: str, limit: int) -> dict[tuple[int, int], float]:
        """(candidate, key index) -> similarity (0-100), for keys or words that look like
        the query mistyped. Plain edit similarity: rapidfuzz's weighted scorers cost ten
        times more on every key and find the same names."""
        scored: dict[tuple[int, int], float] = {}
        for _, score, position in process.extract(
            query, self.words, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF, limit=limit * 4
        ):
            for owner in self.word_owners[position]:
                scored[owner] = max(score, scored.get(owner, 0.0))
        return scored


class DirectoryService:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._cache: dict[int, _Index] = {}

    def forget(self, meeting_id: int | None = None) -> None:
        """Drop what was read: called when speakers or organizations were added."""
        if meeting_id is None:
            self._cache.clear()
        else:
            self._cache.pop(meeting_id, None)

    def _candidates(self, meeting_id: int) -> tuple[_Candidate, ...]:
        return self._index(meeting_id).candidates

    def _index(self, meeting_id: int) -> _Index:
        cached = self._cache.get(meeting_id)
        if cached is not None:
            return cached
        index = self._cache[meeting_id] = _Index.of(self._read(meeting_id))
        return index

    def _read(self, meeting_id: int) -> list[_Candidate]:
        candidates: list[_Candidate] = []
        # Every spelling of a reference organization (names, acronym, aliases), by key,
        # so that an organization stored as "UNHCR" is also found as "УВКБ ООН".
        spellings: dict[str, tuple[tuple[str, str], ...]] = {}
        for _reference, every in _reference_keys():
            for key, _ in every:
                spellings.setdefault(key, every)
        covered: set[tuple[tuple[str, str], ...]] = set()
        with self._db.reading() as db:
            meeting_row(db, meeting_id)
            # Plain rows, not ORM objects: read again after every change of the queue.
            organizations = {
                row_id: (name, key, Category(category))
                for row_id, name, key, category in db.execute(
                    select(
                        OrganizationRow.id, OrganizationRow.name, OrganizationRow.name_key,
                        OrganizationRow.category,
                    )
                )
            }  # fmt: skip
            people = db.execute(
                select(SpeakerRow.name, SpeakerRow.name_key, SpeakerRow.organization_id).where(
                    SpeakerRow.meeting_id == meeting_id
                )
            ).all()
        for name, name_key, organization_id in people:
            organization = organizations.get(organization_id or -1)
            entry = DirectoryEntry(
                name,
                organization[0] if organization else "",
                organization[2] if organization else None,
            )
            keys: tuple[tuple[str, str], ...] = ((name_key, name),)
            shown = name_key
            if organization is not None:
                keys += spellings.get(organization[1], ((organization[1], organization[0]),))
                shown = f"{name_key} ({organization[1]})"
            candidates.append(_Candidate.of(entry, keys, shown, own=1))
        for name, key, category in organizations.values():
            known = spellings.get(key)
            if known is not None:
                covered.add(known)
            entry = DirectoryEntry("", name, category)
            candidates.append(_Candidate.of(entry, ((key, name),) + (known or ()), key))
        for reference, own_keys in _reference_keys():
            name_key = next(k for k, spelling in own_keys if spelling == reference.name)
            spelled = spellings[name_key]
            if spelled in covered:
                continue
            entry = DirectoryEntry("", reference.name, reference.category)
            candidates.append(_Candidate.of(entry, spelled, name_key))
        return candidates

    def search(self, meeting_id: int, text: str, limit: int = 12) -> list[DirectoryEntry]:
        query = search_key(text)
        if not query or "\n" in query:
            return []
        index = self._index(meeting_id)
        # Per candidate: (tier, through her organization, person before organization,
        # another spelling than the name shown, -similarity, the name shown) and the
        # spelling matched.
        best: dict[int, tuple[tuple[int, int, int, int, float, str], str]] = {}

        def consider(number: int, key_index: int, match: int, score: float) -> None:
            candidate = index.candidates[number]
            through, person, other_spelling = candidate.fixed[key_index]
            rank = (
                _tier(candidate, key_index, match, query),
                through,
                # People first among equals: the rapporteur usually types a name she heard.
                person,
                other_spelling,
                -score,
                candidate.shown,
            )
            found = best.get(number)
            if found is None or rank < found[0]:
                best[number] = (rank, candidate.keys[key_index][1])

        for number, key_index in index.containing(query):
            key = index.candidates[number].keys[key_index][0]
            match = _match_tier(key, query)
            if match is not None:
                consider(number, key_index, match, 100.0)
        if len(best) < limit and len(query) >= _FUZZY_FROM:
            for (number, key_index), score in index.resembling(query, limit).items():
                consider(number, key_index, _FUZZY, score)
        unique: list[DirectoryEntry] = []
        seen: set[tuple[str, str]] = set()
        # Duplicates (a person known twice) are rare: a few more than asked for is enough.
        top = heapq.nsmallest(limit * 2, best.items(), key=lambda item: item[1][0])
        for number, (rank, spelling) in top:
            entry = index.candidates[number].entry
            if (entry.speaker, entry.organization) in seen:
                continue
            seen.add((entry.speaker, entry.organization))
            matched = "" if search_key(spelling) in rank[5] else spelling
            unique.append(_with(entry, matched))
            if len(unique) == limit:
                break
        return unique

    def category_of(self, meeting_id: int, organization: str) -> Category | None:
        """The category of an organization known by any of its spellings, or None
        (through the one resolver every path uses)."""
        return self.resolve(meeting_id, organization)[1]

    def canonical_name(self, meeting_id: int, organization: str) -> str:
        """The name an organization is stored under, for any of its spellings."""
        return self.resolve(meeting_id, organization)[0]

    def resolve(self, meeting_id: int, organization: str) -> tuple[str, Category | None]:
        """(the name it is or would be stored under, its category or None when unknown)."""
        if not search_key(organization):
            return organization, None
        # Read on every Enter of the console, before it writes: a few statements of
        # Core, by index, one name (the cost does not grow with the organizations
        # stored; the answers are remembered, so the name is looked up once for both).
        with self._db.reading_rows() as connection:
            check_meeting(connection, meeting_id)
            resolver = OrganizationResolver(connection, one_by_one=True)
            return resolver.canonical_name(organization), resolver.category_of(organization)


def _with(entry: DirectoryEntry, matched: str) -> DirectoryEntry:
    return DirectoryEntry(entry.speaker, entry.organization, entry.category, matched)
