"""The rows of a registration list as people: what each says, and what is wrong with it.

What can be judged from the row alone is judged here (an empty name, an e-mail
that is not one, an unknown category word, a value too long to store); whether
an organization is known, and whether the person is already registered, is the
registration service's business.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from rapporteur_app.domain.errors import InvalidInput, Said
from rapporteur_app.domain.kinds import Category
from rapporteur_app.domain.people import MAX_EMAIL, MAX_NAME, MAX_ORGANIZATION, is_email
from rapporteur_app.domain.registration_columns import (
    COLUMN_NAMES,
    ColumnMap,
    find_header,
    parse_category,
)
from rapporteur_app.domain.text import clean_line

MAX_FUNCTION = 2000


@dataclass(frozen=True, slots=True)
class RegistrationLine:
    """One person of the list. ``row`` is the row number the user sees in the file
    (1 is the first line, blank lines counted)."""

    row: int
    name: str
    function: str = ""
    organization: str = ""
    category: Category | None = None
    email: str = ""
    problem: Said | None = None
    """'row 5, column email: ...' when the row cannot be imported (coded, so that the
    window words it in the user's language), else None."""

    def with_problem(self, column: str, code: str, **params: object) -> "RegistrationLine":
        """This row refused with ``code`` (a ``registration-row-...`` sentence, which
        begins with the row and the column)."""
        problem = Said.coded(code, row=self.row, column=column, **params)
        return RegistrationLine(
            self.row, self.name, self.function, self.organization, self.category, self.email,
            problem,
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class RegistrationTable:
    lines: tuple[RegistrationLine, ...]
    header_row: int
    columns: ColumnMap


def _cell(cells: Sequence[str], columns: ColumnMap, field: str) -> str:
    index = columns.columns.get(field)
    if index is None or index >= len(cells):
        return ""
    return clean_line(cells[index])


def _line(number: int, cells: Sequence[str], columns: ColumnMap) -> RegistrationLine:
    name = _cell(cells, columns, "name")
    if not name:
        name = " ".join(
            part for part in (_cell(cells, columns, f) for f in ("first_name", "last_name")) if part
        )
    salutation = _cell(cells, columns, "salutation")
    if name and salutation and not name.casefold().startswith(salutation.casefold()):
        name = f"{salutation} {name}"
    line = RegistrationLine(
        row=number,
        name=name,
        function=_cell(cells, columns, "function"),
        organization=_cell(cells, columns, "organization"),
        email=_cell(cells, columns, "email"),
    )
    name_column = COLUMN_NAMES["name" if "name" in columns.columns else "last_name"]
    if not name:
        return line.with_problem(name_column, "registration-row-name-empty")
    if len(name) > MAX_NAME:
        return line.with_problem(name_column, "registration-row-name-too-long", limit=MAX_NAME)
    if not line.organization:
        return line.with_problem("organization", "registration-row-organization-empty")
    if len(line.organization) > MAX_ORGANIZATION:
        return line.with_problem(
            "organization", "registration-row-organization-too-long", limit=MAX_ORGANIZATION
        )
    if len(line.function) > MAX_FUNCTION:
        return line.with_problem(
            "function", "registration-row-function-too-long", limit=MAX_FUNCTION
        )
    if line.email and not is_email(line.email):
        if len(line.email) > MAX_EMAIL:
            return line.with_problem("email", "registration-row-email-too-long")
        shown = line.email if len(line.email) <= 80 else line.email[:77] + "..."
        return line.with_problem("email", "registration-row-not-email", value=repr(shown))
    written = _cell(cells, columns, "category")
    if written:
        try:
            category = parse_category(written)
        except InvalidInput:
            shown = written if len(written) <= 60 else written[:57] + "..."
            return line.with_problem("category", "registration-row-not-category", value=repr(shown))
        return RegistrationLine(
            line.row, line.name, line.function, line.organization, category, line.email
        )
    return line


def read_lines(rows: Sequence[Sequence[str]]) -> RegistrationTable:
    """The people of a table whose header is among its first rows; blank rows skipped."""
    header_index, columns = find_header(rows)
    lines = tuple(
        _line(index + 1, cells, columns)
        for index, cells in enumerate(rows)
        if index > header_index and any(cell.strip() for cell in cells)
    )
    return RegistrationTable(lines, header_index + 1, columns)
