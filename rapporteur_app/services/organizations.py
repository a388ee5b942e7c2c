"""Organizations: the reference lists and those met in the database, as one list;
renaming and merging two spellings of one organization."""

from dataclasses import dataclass, field

from sqlalchemy import select, update
from sqlalchemy.orm import Session as DbSession

from rapporteur_app.domain.errors import InvalidInput, NotFound
from rapporteur_app.domain.kinds import Category
from rapporteur_app.domain.model import Organization
from rapporteur_app.domain.reference import reference_organizations
from rapporteur_app.domain.text import require_line, search_key
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
    region: str = ""
    acronym: str = ""
    names: dict[str, str] = field(default_factory=dict)
    reference_key: str = ""
    # The database's id when statements or people already point at it.
    id: int | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "category": self.category.value,
            "group": self.group,
            "region": self.region,
            "acronym": self.acronym,
            "names": self.names,
            "reference_key": self.reference_key or None,
        }


def _get(db: DbSession, organization_id: int) -> OrganizationRow:
    row = db.get(OrganizationRow, organization_id)
    if row is None:
        raise NotFound(f"There is no organization {organization_id}.")
    return row


class OrganizationService:
    def __init__(self, db: Database) -> None:
        self._db = db

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
                    region=reference.region,
                    acronym=reference.acronym,
                    names=dict(reference.names),
                    reference_key=reference.key,
                    id=match.id if match is not None else None,
                )
            )
        extra = sorted((r for k, r in stored.items() if k not in used), key=lambda r: r.name_key)
        listings.extend(
            OrganizationListing(
                name=row.name, category=Category(row.category), group=row.group, id=row.id
            )
            for row in extra
        )
        if category is not None:
            listings = [o for o in listings if o.category is category]
        return listings

    def stored(self) -> list[Organization]:
        with self._db.reading() as db:
            rows = db.scalars(select(OrganizationRow).order_by(OrganizationRow.name_key))
            return [organization_of(row) for row in rows]

    def rename(self, organization_id: int, name: str) -> Organization:
        name = require_line(name, "organization's name")
        with self._db.writing() as db:
            row = _get(db, organization_id)
            key = search_key(name)
            other = db.scalar(select(OrganizationRow).where(OrganizationRow.name_key == key))
            if other is not None and other.id != organization_id:
                raise InvalidInput(
                    f"{other.name!r} already exists: merge the two instead of renaming."
                )
            row.name, row.name_key = name, key
            db.execute(
                update(StatementRow)
                .where(StatementRow.organization_id == organization_id)
                .values(on_behalf_of=name)
            )
            db.execute(
                update(QueueEntryRow)
                .where(QueueEntryRow.organization_id == organization_id)
                .values(on_behalf_of=name)
            )
            return organization_of(row)

    def merge(self, keep_id: int, other_id: int) -> Organization:
        """Two spellings of one organization: everything pointing at ``other_id``
        now points at ``keep_id``, under its name; ``other_id`` is removed."""
        if keep_id == other_id:
            raise InvalidInput("Choose two different organizations to merge.")
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
            db.delete(other)
            return organization_of(keep)
