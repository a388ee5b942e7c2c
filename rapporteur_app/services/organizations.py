"""Organizations: the reference lists and those met in the database, as one list;
adding, renaming, correcting a category and merging two spellings of one organization."""

from dataclasses import dataclass, field

from sqlalchemy import select, update
from sqlalchemy.orm import Session as DbSession

from rapporteur_app.domain.errors import InvalidInput, NotFound
from rapporteur_app.domain.kinds import Category
from rapporteur_app.domain.model import Organization
from rapporteur_app.domain.people import MAX_ORGANIZATION, check_length
from rapporteur_app.domain.reference import reference_organizations
from rapporteur_app.domain.text import clean_line, require_line, search_key
from rapporteur_app.services.directory import DirectoryService
from rapporteur_app.services.organization_resolver import OrganizationResolver
from rapporteur_app.store.convert import organization_of
from rapporteur_app.store.database import Database
from rapporteur_app.store.models import (
    OrganizationRow,
    QueueEntryRow,
    SpeakerRow,
    StatementRow,
)


@dataclass(frozen=True, slots=True)
class OrganizationListing:
    """One organization as the user sees it, whether shipped, stored, or both."""

    name: str
    category: Category
    group: str = ""
    acronym: str = ""
    names: dict[str, str] = field(default_factory=dict)
    reference_key: str = ""
    # The database's id when statements or people already point at it, and the
    # spelling stored there (a reference entry may be stored as 'Австрия').
    id: int | None = None
    stored_name: str = ""

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "category": self.category.value,
            "group": self.group,
            "acronym": self.acronym,
            "names": self.names,
            "reference_key": self.reference_key or None,
            "stored_name": self.stored_name or None,
        }


def _get(db: DbSession, organization_id: int) -> OrganizationRow:
    row = db.get(OrganizationRow, organization_id)
    if row is None:
        raise NotFound.coded("no-organization", id=organization_id)
    return row


class OrganizationService:
    def __init__(self, db: Database, directory: DirectoryService | None = None) -> None:
        self._db = db
        self._directory = directory

    def _changed(self) -> None:
        if self._directory is not None:
            self._directory.forget()

    def listing(self, category: Category | None = None) -> list[OrganizationListing]:
        """The reference lists (in their order), then the organizations only the
        database knows (by name). A stored organization that is a reference one
        under any of its spellings is listed once, with its id."""
        with self._db.reading() as db:
            rows = list(db.scalars(select(OrganizationRow).order_by(OrganizationRow.id)))
        stored = {row.name_key: row for row in rows}
        marked = {row.reference_key: row for row in rows if row.reference_key}
        listings: list[OrganizationListing] = []
        used: set[str] = set()
        for reference in reference_organizations():
            # Several stored spellings of one entry ("Austria", "Австрия"): the one
            # marked as the entry's, else the first met, so the id shown never varies.
            keys = {search_key(s) for s in reference.spellings()}
            match = marked.get(reference.key) or min(
                (stored[k] for k in keys if k in stored), key=lambda r: r.id, default=None
            )
            if match is not None:
                used.add(match.name_key)
            listings.append(
                OrganizationListing(
                    name=reference.name,
                    category=reference.category,
                    group=reference.group,
                    acronym=reference.acronym,
                    names=dict(reference.names),
                    reference_key=reference.key,
                    id=match.id if match is not None else None,
                    stored_name=match.name if match is not None else "",
                )
            )
        extra = sorted((r for k, r in stored.items() if k not in used), key=lambda r: r.name_key)
        listings.extend(
            OrganizationListing(
                name=row.name,
                category=Category(row.category),
                group=row.group,
                acronym=row.acronym,
                id=row.id,
                stored_name=row.name,
            )
            for row in extra
        )
        if category is not None:
            listings = [o for o in listings if o.category is category]
        return listings

    def stored(self, category: Category | None = None) -> list[Organization]:
        """The organizations the database holds (met in a meeting or registered), by name."""
        with self._db.reading() as db:
            query = select(OrganizationRow).order_by(OrganizationRow.name_key)
            if category is not None:
                query = query.where(OrganizationRow.category == category.value)
            return [organization_of(row) for row in db.scalars(query)]

    def add(self, name: str, category: Category | None = None, acronym: str = "") -> Organization:
        """Add an organization. One of the reference lists is stored under its own
        name and category; any other needs ``category``."""
        name = check_length(require_line(name, "organization's name"), MAX_ORGANIZATION, "name")
        with self._db.writing() as db:
            resolver = OrganizationResolver(db)
            existing = resolver.find(name)
            if existing is not None:
                raise InvalidInput.coded("organization-exists", name=repr(existing.name))
            row = resolver.get_or_add(name, category)
            if acronym.strip() and not row.acronym:
                row.acronym = check_length(clean_line(acronym), 100, "acronym")
            added = organization_of(row)
        self._changed()
        return added

    def rename(self, organization_id: int, name: str) -> Organization:
        """A better name; statements and queue places made on its behalf read it too."""
        name = check_length(require_line(name, "organization's name"), MAX_ORGANIZATION, "name")
        with self._db.writing() as db:
            row = _get(db, organization_id)
            key = search_key(name)
            other = db.scalar(select(OrganizationRow).where(OrganizationRow.name_key == key))
            if other is not None and other.id != organization_id:
                raise InvalidInput.coded("organization-rename-exists", name=repr(other.name))
            row.name, row.name_key = name, key
            for table in (StatementRow, QueueEntryRow):
                db.execute(
                    update(table)
                    .where(table.organization_id == organization_id)
                    .values(on_behalf_of=name)
                )
            renamed = organization_of(row)
        self._changed()
        return renamed

    def set_category(self, organization_id: int, category: Category) -> Organization:
        """Correct the category of an organization added with the wrong one: the
        statements and queue places on its behalf move with it (the tally changes)."""
        with self._db.writing() as db:
            row = _get(db, organization_id)
            row.category = category.value
            _recategorise(db, row)
            changed = organization_of(row)
        self._changed()
        return changed

    def merge(self, keep_id: int, other_id: int) -> Organization:
        """Two spellings of one organization: everything pointing at ``other_id``
        now points at ``keep_id``, under its name and in its category; ``other_id``
        is removed (its reference-list identity, if any, passes to ``keep_id``)."""
        if keep_id == other_id:
            raise InvalidInput.coded("organization-merge-same")
        with self._db.writing() as db:
            keep, other = _get(db, keep_id), _get(db, other_id)
            for table in (StatementRow, QueueEntryRow):
                db.execute(
                    update(table)
                    .where(table.organization_id == other.id)
                    .values(organization_id=keep.id, on_behalf_of=keep.name)
                )
            db.execute(
                update(SpeakerRow)
                .where(SpeakerRow.organization_id == other.id)
                .values(organization_id=keep.id)
            )
            reference = (other.reference_key, other.acronym, other.group)
            db.delete(other)
            db.flush()
            if not keep.reference_key and reference[0]:
                keep.reference_key = reference[0]
            keep.acronym = keep.acronym or reference[1]
            keep.group = keep.group or reference[2]
            _recategorise(db, keep)
            merged = organization_of(keep)
        self._changed()
        return merged


def _recategorise(db: DbSession, row: OrganizationRow) -> None:
    for table in (StatementRow, QueueEntryRow):
        db.execute(
            update(table)
            .where(table.organization_id == row.id, table.category != row.category)
            .values(category=row.category)
        )
