"""Registration import: who may speak at a meeting, from the secretariat's list.

``preview`` reads the file and says, row by row, what would be added, what is
already known and what is wrong; ``apply`` adds it all in one unit of work. A
file with any error imports nothing: the error names the row and the column.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.kinds import Category
from rapporteur_app.domain.text import clean_line, search_key
from rapporteur_app.services.directory import DirectoryService
from rapporteur_app.services.lookup import meeting_row
from rapporteur_app.services.registration_file import read_rows
from rapporteur_app.store.database import Database
from rapporteur_app.store.models import OrganizationRow, SpeakerRow

# Header spellings, compared after search_key (case, accents, spacing ignored)
# and with punctuation dropped. English first, then the usual French, German,
# Spanish and Russian ones.
HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("name", "full name", "participant", "participant name", "name and surname",
             "nom complet", "nombre completo", "vollstandiger name", "фио", "ф и о",
             "полное имя"),
    "first_name": ("first name", "given name", "firstname", "forename", "prenom", "vorname",
                   "nombre", "имя"),
    "last_name": ("last name", "surname", "family name", "lastname", "nom", "nom de famille",
                  "nachname", "apellido", "apellidos", "фамилия"),
    "function": ("function", "position", "title", "job title", "role", "post", "fonction",
                 "poste", "funktion", "cargo", "должность"),
    "organization": ("organization", "organisation", "affiliation", "delegation", "institution",
                     "entity", "company", "organization delegation", "organisation delegation",
                     "delegation organization", "delegation organisation", "organisme",
                     "organizacion", "организация", "делегация"),
    "category": ("category", "type", "participant type", "stakeholder", "stakeholder type",
                 "categorie", "kategorie", "categoria", "категория"),
    "email": ("email", "e mail", "email address", "e mail address", "mail", "courriel",
              "correo", "электронная почта"),
}  # fmt: skip
_CATEGORY_WORDS: dict[str, Category] = {
    "ngo": Category.CIVIL_SOCIETY, "cso": Category.CIVIL_SOCIETY,
    "civil society": Category.CIVIL_SOCIETY, "academia": Category.CIVIL_SOCIETY,
    "individual": Category.CIVIL_SOCIETY, "state": Category.DELEGATION,
    "government": Category.DELEGATION, "delegation": Category.DELEGATION,
    "participating state": Category.DELEGATION, "partner": Category.DELEGATION,
    "osce": Category.OSCE_INSTITUTION, "osce institution": Category.OSCE_INSTITUTION,
    "io": Category.INTERNATIONAL_ORGANIZATION,
    "international organization": Category.INTERNATIONAL_ORGANIZATION,
    "international organisation": Category.INTERNATIONAL_ORGANIZATION,
    "media": Category.MEDIA, "press": Category.MEDIA, "journalist": Category.MEDIA,
}  # fmt: skip
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PUNCTUATION = re.compile(r"[^\w\s]")
_COLUMN_NAMES = {
    "name": "name", "first_name": "first name", "last_name": "last name",
    "function": "function", "organization": "organization", "category": "category",
    "email": "email",
}  # fmt: skip


class RowAction(StrEnum):
    ADD = "add"
    EXISTING = "existing"
    DUPLICATE = "duplicate"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class PreviewRow:
    row: int
    name: str
    function: str
    organization: str
    category: Category | None
    email: str
    action: RowAction
    note: str = ""
    new_organization: bool = False


@dataclass(frozen=True, slots=True)
class RegistrationPreview:
    meeting_id: int
    rows: tuple[PreviewRow, ...]

    @property
    def errors(self) -> tuple[PreviewRow, ...]:
        return tuple(r for r in self.rows if r.action is RowAction.ERROR)

    def count(self, action: RowAction) -> int:
        return sum(r.action is action for r in self.rows)

    def summary(self) -> str:
        return (
            f"{self.count(RowAction.ADD)} to add, {self.count(RowAction.EXISTING)} already "
            f"registered, {self.count(RowAction.DUPLICATE)} repeated in the file, "
            f"{len(self.errors)} with errors"
        )


def _header_key(text: str) -> str:
    return " ".join(_PUNCTUATION.sub(" ", search_key(text)).split())


def map_headers(header: Sequence[str]) -> dict[str, int]:
    """Field -> column index; refuses a table without a name or an organization column."""
    found: dict[str, int] = {}
    for index, title in enumerate(header):
        key = _header_key(title)
        for field, spellings in HEADERS.items():
            if key in spellings and field not in found:
                found[field] = index
                break
    has_name = "name" in found or {"first_name", "last_name"} <= found.keys()
    if not has_name:
        raise InvalidInput(
            "The file has no column for the participant's name: the first row must name "
            "its columns, e.g. Name (or First name and Last name), Organization, Function, "
            "Category, Email."
        )
    if "organization" not in found:
        raise InvalidInput(
            "The file has no Organization column (or Delegation, Affiliation, Institution)."
        )
    return found


def parse_category(text: str) -> Category:
    key = _header_key(text)
    if key in _CATEGORY_WORDS:
        return _CATEGORY_WORDS[key]
    return Category.parse(text.strip().casefold().replace(" ", "-"))


class RegistrationService:
    def __init__(self, db: Database, directory: DirectoryService) -> None:
        self._db = db
        self._directory = directory

    def preview(self, meeting_id: int, path: str | Path) -> RegistrationPreview:
        rows = read_rows(path)
        with self._db.reading() as db:
            meeting_row(db, meeting_id)
            known_people = {
                (row.name_key, row.organization_id)
                for row in db.scalars(select(SpeakerRow).where(SpeakerRow.meeting_id == meeting_id))
            }
            organizations = {row.name_key: row for row in db.scalars(select(OrganizationRow))}
        header_index = next((i for i, row in enumerate(rows) if any(c.strip() for c in row)), None)
        if header_index is None:
            raise InvalidInput("The file is empty.")
        columns = map_headers(rows[header_index])
        seen: dict[tuple[str, str], int] = {}
        preview_rows: list[PreviewRow] = []
        for number, cells in enumerate(rows[header_index + 1 :], start=header_index + 2):
            if not any(cell.strip() for cell in cells):
                continue  # blank lines between blocks of a list are common

            def cell(field: str, cells: list[str] = cells) -> str:
                index = columns.get(field)
                return clean_line(cells[index]) if index is not None and index < len(cells) else ""

            name = cell("name") or " ".join(
                part for part in (cell("first_name"), cell("last_name")) if part
            )
            organization, function, email = cell("organization"), cell("function"), cell("email")
            problem, category = self._check(
                meeting_id, number, name, organization, email, cell("category"), organizations
            )
            if problem:
                preview_rows.append(PreviewRow(number, name, function, organization, category,
                                               email, RowAction.ERROR, problem))  # fmt: skip
                continue
            canonical = organization
            stored = organizations.get(search_key(organization))
            if stored is None:
                canonical = self._directory.canonical_name(meeting_id, organization)
                stored = organizations.get(search_key(canonical))
            person = (search_key(name), search_key(canonical))
            if person in seen:
                action, note = RowAction.DUPLICATE, f"same person as row {seen[person]}"
            elif stored is not None and (person[0], stored.id) in known_people:
                action, note = RowAction.EXISTING, "already registered"
                seen[person] = number
            else:
                action, note = RowAction.ADD, ""
                seen[person] = number
            new = stored is None
            preview_rows.append(PreviewRow(number, name, function, canonical, category, email,
                                           action, note, new_organization=new))  # fmt: skip
        return RegistrationPreview(meeting_id, tuple(preview_rows))

    def _check(
        self,
        meeting_id: int,
        number: int,
        name: str,
        organization: str,
        email: str,
        written: str,
        organizations: dict[str, OrganizationRow],
    ) -> tuple[str, Category | None]:
        """(what is wrong with the row, or "", and its category)."""
        if not name:
            return f"row {number}, column {_COLUMN_NAMES['name']}: the name is empty", None
        if not organization:
            return f"row {number}, column organization: the organization is empty", None
        if email and not _EMAIL.match(email):
            return f"row {number}, column email: {email!r} is not an e-mail address", None
        if written:
            try:
                return "", parse_category(written)
            except InvalidInput:
                return f"row {number}, column category: {written!r} is not a category", None
        stored = organizations.get(search_key(organization))
        if stored is not None:
            return "", Category(stored.category)
        category = self._directory.category_of(meeting_id, organization)
        if category is None:
            return (
                f"row {number}, column category: {organization!r} is not a known "
                "organization, so its category must be given",
                None,
            )
        return "", category

    def apply(self, preview: RegistrationPreview) -> int:
        """Add the rows marked ADD; returns how many people were added."""
        if preview.errors:
            first = preview.errors[0]
            more = len(preview.errors) - 1
            extra = f" (and {more} more error{'s' if more > 1 else ''})" if more else ""
            raise InvalidInput(f"Nothing was imported: {first.note}{extra}.")
        added = 0
        with self._db.writing() as db:
            meeting_row(db, preview.meeting_id)
            organizations = {row.name_key: row for row in db.scalars(select(OrganizationRow))}
            for row in preview.rows:
                if row.action is not RowAction.ADD or row.category is None:
                    continue
                key = search_key(row.organization)
                organization = organizations.get(key)
                if organization is None:
                    organization = OrganizationRow(
                        name=row.organization, name_key=key, category=row.category.value
                    )
                    db.add(organization)
                    db.flush()
                    organizations[key] = organization
                db.add(
                    SpeakerRow(
                        meeting_id=preview.meeting_id,
                        name=row.name,
                        name_key=search_key(row.name),
                        function=row.function,
                        organization_id=organization.id,
                        email=row.email,
                    )
                )
                added += 1
        self._directory.forget(preview.meeting_id)
        return added
