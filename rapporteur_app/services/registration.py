"""Registration import: who may speak at a meeting, from the secretariat's list.

``preview`` reads the file and says, row by row, what would be added, what
matches a person or an organization already known, and what is wrong;
``apply`` writes it all in one unit of work (one bulk insert for the people).
A file with any error imports nothing: the error names the row and the column.
"""

from collections import defaultdict
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session as DbSession

from rapporteur_app.domain.errors import InvalidInput, Said
from rapporteur_app.domain.kinds import Category
from rapporteur_app.domain.mis_encoding import mis_encoded_words
from rapporteur_app.domain.registration_lines import RegistrationLine, read_lines
from rapporteur_app.domain.text import search_key
from rapporteur_app.services.directory import DirectoryService
from rapporteur_app.services.lookup import meeting_row
from rapporteur_app.services.organization_resolver import OrganizationResolver
from rapporteur_app.services.registration_file import read_rows
from rapporteur_app.store.database import Database
from rapporteur_app.store.models import SpeakerRow

# Details an import fills in for a person already known, when they are missing: the
# words of the note, which the window words again in the user's language (``details``).
_FIELD_WORDS = {"function": "function", "email": "e-mail", "organization": "organization"}


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
    """As it will be stored: a known organization's own name, whatever the file wrote."""
    category: Category | None
    email: str
    action: RowAction
    notes: tuple[Said, ...] = ()
    """What the preview says of the row: its problem, or what it matches (coded, so that
    the window words them in the user's language)."""
    new_organization: bool = False
    written_organization: str = ""
    completes: tuple[str, ...] = ()
    """For a person already known: the details this row fills in."""

    @property
    def note(self) -> str:
        """The notes in English, as the command line prints them."""
        return "; ".join(self.notes)


@dataclass(frozen=True, slots=True)
class RegistrationPreview:
    meeting_id: int
    rows: tuple[PreviewRow, ...]
    ignored_columns: tuple[str, ...] = ()
    header_row: int = 1
    mis_encoded: tuple[str, ...] = ()
    """A few words that look like UTF-8 read as Windows-1252 ("MÃ¼ller"): a file
    that mixes encodings, to be told before importing."""

    @property
    def errors(self) -> tuple[PreviewRow, ...]:
        return tuple(r for r in self.rows if r.action is RowAction.ERROR)

    def count(self, action: RowAction) -> int:
        return sum(r.action is action for r in self.rows)

    @property
    def new_organizations(self) -> tuple[str, ...]:
        found = (
            r.organization for r in self.rows if r.new_organization and r.action is RowAction.ADD
        )
        return tuple(dict.fromkeys(found))

    def summary(self) -> str:
        return (
            f"{self.count(RowAction.ADD)} to add, {self.count(RowAction.EXISTING)} already "
            f"registered, {self.count(RowAction.DUPLICATE)} repeated in the file, "
            f"{len(self.errors)} with errors"
        )


@dataclass(frozen=True, slots=True)
class RegistrationResult:
    added: int
    completed: int
    organizations_added: int


def _people(db: DbSession, meeting_id: int) -> dict[str, list[SpeakerRow]]:
    people: dict[str, list[SpeakerRow]] = defaultdict(list)
    for row in db.scalars(select(SpeakerRow).where(SpeakerRow.meeting_id == meeting_id)):
        people[row.name_key].append(row)
    return people


def _known_person(
    people: dict[str, list[SpeakerRow]], name: str, organization_id: int | None
) -> SpeakerRow | None:
    """The same name with the same organization, or with none yet (added on the fly)."""
    candidates = people.get(search_key(name), [])
    for person in candidates:
        if organization_id is not None and person.organization_id == organization_id:
            return person
    return next((p for p in candidates if p.organization_id is None), None)


def _missing(person: SpeakerRow, function: str, email: str) -> tuple[str, ...]:
    missing = []
    if function and not person.function:
        missing.append("function")
    if email and not person.email:
        missing.append("email")
    if person.organization_id is None:
        missing.append("organization")
    return tuple(missing)


class RegistrationService:
    def __init__(self, db: Database, directory: DirectoryService) -> None:
        self._db = db
        self._directory = directory

    def preview(self, meeting_id: int, path: str | Path) -> RegistrationPreview:
        raw = read_rows(path)
        mis_encoded = mis_encoded_words(cell for row in raw for cell in row)
        table = read_lines(raw)
        with self._db.reading() as db:
            meeting_row(db, meeting_id)
            resolver = OrganizationResolver(db)
            people = _people(db, meeting_id)
            rows = self._judge(table.lines, resolver, people)
        return RegistrationPreview(
            meeting_id, tuple(rows), table.columns.ignored, table.header_row, mis_encoded
        )

    def _judge(
        self,
        lines: tuple[RegistrationLine, ...],
        resolver: OrganizationResolver,
        people: dict[str, list[SpeakerRow]],
    ) -> list[PreviewRow]:
        seen: dict[tuple[str, str], int] = {}
        # Organizations new to the database take the category of their first row.
        new_categories: dict[str, Category] = {}
        judged: list[PreviewRow] = []
        for line in lines:
            as_written = PreviewRow(
                line.row, line.name, line.function, line.organization, line.category,
                line.email, RowAction.ERROR, (line.problem,) if line.problem else (),
                written_organization=line.organization,
            )  # fmt: skip
            if line.problem:
                judged.append(as_written)
                continue
            canonical = resolver.canonical_name(line.organization)
            stored = resolver.find(line.organization)
            known = resolver.category_of(line.organization) or new_categories.get(
                search_key(canonical)
            )
            category = known or line.category
            if category is None:
                problem = line.with_problem(
                    "category",
                    "registration-row-category-needed",
                    organization=repr(line.organization),
                ).problem
                judged.append(replace(as_written, notes=(problem,) if problem else ()))
                continue
            new_categories.setdefault(search_key(canonical), category)
            notes: list[Said] = []
            if known is not None and line.category not in (None, known):
                notes.append(
                    Said.coded("registration-counted-as", organization=canonical, category=known)
                )
            if canonical != line.organization:
                notes.append(Said.coded("registration-known-as", organization=canonical))
            person = (search_key(line.name), search_key(canonical))
            existing = _known_person(people, line.name, stored.id if stored else None)
            completes: tuple[str, ...] = ()
            if person in seen:
                action = RowAction.DUPLICATE
                notes.insert(0, Said.coded("registration-same-person", row=seen[person]))
            elif existing is not None:
                action = RowAction.EXISTING
                completes = _missing(existing, line.function, line.email)
                if completes:
                    shown = ", ".join(_FIELD_WORDS[c] for c in completes)
                    notes.insert(0, Said.coded("registration-already-adds", details=shown))
                else:
                    notes.insert(0, Said.coded("registration-already"))
                seen[person] = line.row
            else:
                action = RowAction.ADD
                seen[person] = line.row
            judged.append(
                replace(
                    as_written,
                    organization=canonical,
                    category=category,
                    action=action,
                    notes=tuple(notes),
                    new_organization=stored is None and not resolver.is_reference(canonical),
                    completes=completes,
                )
            )
        return judged

    def apply(self, preview: RegistrationPreview) -> RegistrationResult:
        """Add the rows marked ADD and complete the known people; all or nothing."""
        if preview.errors:
            first = preview.errors[0].notes[0]
            more = len(preview.errors) - 1
            if more:
                raise InvalidInput.coded("registration-has-errors-more", note=first, more=more)
            raise InvalidInput.coded("registration-has-errors", note=first)
        added: list[dict[str, object]] = []
        completed = 0
        with self._db.writing() as db:
            meeting_row(db, preview.meeting_id)
            resolver = OrganizationResolver(db)
            people = _people(db, preview.meeting_id)
            inserted: set[tuple[str, int]] = set()
            for row in preview.rows:
                if row.action not in (RowAction.ADD, RowAction.EXISTING):
                    continue
                organization = resolver.get_or_add(row.organization, row.category)
                # Someone may have added the person since the preview: look again.
                key = search_key(row.name)
                person = _known_person(people, row.name, organization.id)
                if person is not None:
                    completed += _complete(person, row, organization.id)
                    continue
                if (key, organization.id) in inserted:
                    continue
                added.append(
                    {
                        "meeting_id": preview.meeting_id,
                        "name": row.name,
                        "name_key": key,
                        "function": row.function,
                        "organization_id": organization.id,
                        "email": row.email,
                    }
                )
                inserted.add((key, organization.id))
            if added:
                db.execute(insert(SpeakerRow), added)
        self._directory.forget()
        return RegistrationResult(len(added), completed, resolver.added)


def _complete(person: SpeakerRow, row: PreviewRow, organization_id: int) -> int:
    """Fill in what a known person lacks; 1 when anything changed."""
    changed = False
    if row.function and not person.function:
        person.function, changed = row.function, True
    if row.email and not person.email:
        person.email, changed = row.email, True
    if person.organization_id is None:
        person.organization_id, changed = organization_id, True
    return int(changed)
