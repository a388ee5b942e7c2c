"""Which stored organization a name means, inside one unit of work.

A name may be the stored one, or any spelling of a reference organization
("Австрия", "Autriche", "ODIHR", "БДИПЧ"), which then means the organization
stored under another of its spellings, if any. Every path that takes an
organization's name (the console, the command line, registration, the exchange
import) goes through here, so "Австрия" and "Austria" are one row whichever
path each came in by.

``OrganizationResolver(db)`` reads the stored organizations once, so that a
registration list of 10,000 rows is matched in memory; ``one_by_one=True``
looks each name up by index instead, for the one statement logged from the
console or the command line.

It works inside an ORM unit of work (``Database.writing()``) or on the connection of
a unit of work of SQLAlchemy Core (``Database.writing_rows()``, the console's keys):
the same rule either way. On a connection, the rows it finds or adds are plain
values (transient ``OrganizationRow`` objects, attached to no ORM session), to be
read, never added to a session.
"""

from typing import Any, cast

from sqlalchemy import Connection, Row, Select, Table, bindparam, insert, select
from sqlalchemy.orm import Session as DbSession

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.kinds import Category
from rapporteur_app.domain.reference import ReferenceOrganization, reference_for
from rapporteur_app.domain.text import search_key
from rapporteur_app.store.models import OrganizationRow

_SPELLING_KEYS: dict[str, tuple[str, ...]] = {}


def _reference_keys(reference: ReferenceOrganization) -> tuple[str, ...]:
    keys = _SPELLING_KEYS.get(reference.key)
    if keys is None:
        keys = _SPELLING_KEYS[reference.key] = tuple(search_key(s) for s in reference.spellings())
    return keys


# The lookups by index, made once (a key builds no SQL expression): for an ORM
# session, and for a Core connection (on the table: no ORM in the key's path).
_TABLE = cast(Table, OrganizationRow.__table__)
_ORM_BY_KEY = select(OrganizationRow).where(OrganizationRow.name_key == bindparam("key"))
_ORM_BY_REFERENCE = select(OrganizationRow).where(
    OrganizationRow.reference_key == bindparam("reference")
)
_ORM_FIRST_SPELLED = (
    select(OrganizationRow)
    .where(OrganizationRow.name_key.in_(bindparam("keys", expanding=True)))
    .order_by(OrganizationRow.id)
    .limit(1)
)
_CORE_ALL = select(_TABLE)
_CORE_BY_KEY = select(_TABLE).where(_TABLE.c.name_key == bindparam("key"))
_CORE_BY_REFERENCE = select(_TABLE).where(_TABLE.c.reference_key == bindparam("reference"))
_CORE_FIRST_SPELLED = (
    select(_TABLE)
    .where(_TABLE.c.name_key.in_(bindparam("keys", expanding=True)))
    .order_by(_TABLE.c.id)
    .limit(1)
)
_CORE_ADD = insert(_TABLE)  # the columns' defaults apply (created_at)
_LOOKUPS: dict[str, tuple[Select[OrganizationRow], Select[*tuple[Any, ...]]]] = {
    "key": (_ORM_BY_KEY, _CORE_BY_KEY),
    "reference": (_ORM_BY_REFERENCE, _CORE_BY_REFERENCE),
    "keys": (_ORM_FIRST_SPELLED, _CORE_FIRST_SPELLED),
}


def _detached(found: Row[*tuple[Any, ...]]) -> OrganizationRow:
    """A row read on a connection, as the value the resolver's callers read."""
    return OrganizationRow(
        id=found.id, name=found.name, name_key=found.name_key, category=found.category,
        acronym=found.acronym, group=found.org_group, reference_key=found.reference_key,
    )  # fmt: skip


class OrganizationResolver:
    def __init__(self, db: DbSession | Connection, *, one_by_one: bool = False) -> None:
        self._db = db
        self._one_by_one = one_by_one
        self._by_key: dict[str, OrganizationRow] = {}
        self._by_reference: dict[str, OrganizationRow] = {}
        if not one_by_one:
            rows = (
                [_detached(found) for found in db.execute(_CORE_ALL)]
                if isinstance(db, Connection)
                else db.scalars(select(OrganizationRow))
            )
            self._by_key = {row.name_key: row for row in rows}
            self._by_reference = {
                row.reference_key: row for row in self._by_key.values() if row.reference_key
            }
        self.added = 0
        """How many organizations :meth:`get_or_add` added."""
        # A list names the same few organizations thousands of times: remember answers.
        self._found: dict[str, OrganizationRow | None] = {}

    def find(self, name: str) -> OrganizationRow | None:
        """The stored organization of this name, or of another spelling of it."""
        if name not in self._found:
            self._found[name] = self._find(name)
        return self._found[name]

    def _find(self, name: str) -> OrganizationRow | None:
        row = self._stored(search_key(name))
        if row is not None:
            return row
        reference = reference_for(name)
        if reference is None:
            return None
        row = self._by_reference.get(reference.key)
        if row is None and self._one_by_one:
            row = self._lookup("reference", reference.key)
        if row is not None:
            return row
        # Stored under several spellings ("Autriche", "Австрия"): the first met, as the
        # organizations list shows it.
        keys = _reference_keys(reference)
        if self._one_by_one:
            return self._lookup("keys", list(keys))
        spelled = (self._by_key[k] for k in keys if k in self._by_key)
        return min(spelled, key=lambda r: r.id, default=None)

    def _stored(self, key: str) -> OrganizationRow | None:
        if self._one_by_one:
            return self._lookup("key", key)
        return self._by_key.get(key)

    def _lookup(self, by: str, value: object) -> OrganizationRow | None:
        """One organization by index: the ORM's row, or a connection's as a value."""
        orm, core = _LOOKUPS[by]
        if isinstance(self._db, Connection):
            found = self._db.execute(core, {by: value}).first()
            return None if found is None else _detached(found)
        return self._db.scalar(orm, {by: value})

    def is_reference(self, name: str) -> bool:
        """One of the organizations shipped in the reference lists."""
        return reference_for(name) is not None

    def category_of(self, name: str) -> Category | None:
        row = self.find(name)
        if row is not None:
            return Category(row.category)
        reference = reference_for(name)
        return reference.category if reference is not None else None

    def canonical_name(self, name: str) -> str:
        """The name it is (or would be) stored under."""
        row = self.find(name)
        if row is not None:
            return row.name
        reference = reference_for(name)
        return reference.name if reference is not None else name

    def get_or_add(self, name: str, category: Category | None) -> OrganizationRow:
        """The stored organization, added if new: a reference one under its English
        name and with its own category, any other with ``category``."""
        row = self.find(name)
        if row is not None:
            return row
        reference = reference_for(name)
        if reference is not None:
            row = OrganizationRow(
                name=reference.name,
                name_key=search_key(reference.name),
                category=reference.category.value,
                acronym=reference.acronym,
                group=reference.group,
                reference_key=reference.key,
            )
        elif category is None:
            raise InvalidInput.coded("organization-unknown", name=repr(name))
        else:
            row = OrganizationRow(name=name, name_key=search_key(name), category=category.value)
        if isinstance(self._db, Connection):
            row = self._add_on_connection(self._db, row)
        else:
            self._db.add(row)
            self._db.flush()
        self.added += 1
        self._found.clear()
        self._by_key[row.name_key] = row
        if row.reference_key:
            self._by_reference[row.reference_key] = row
        return row

    @staticmethod
    def _add_on_connection(connection: Connection, row: OrganizationRow) -> OrganizationRow:
        values = {
            "name": row.name, "name_key": row.name_key, "category": row.category,
            "acronym": row.acronym or "", "org_group": row.group or "",
            "reference_key": row.reference_key,
        }  # fmt: skip
        inserted = connection.execute(_CORE_ADD, values).inserted_primary_key
        assert inserted is not None
        row.id = int(inserted[0])
        return row

    def forget(self, row: OrganizationRow) -> None:
        """A row that was deleted or renamed in this unit of work."""
        self._found.clear()
        self._by_key = {k: r for k, r in self._by_key.items() if r is not row}
        self._by_reference = {k: r for k, r in self._by_reference.items() if r is not row}
