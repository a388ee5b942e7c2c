"""The columns of a registration list, recognised by their headers.

Secretariats, registration sites and spreadsheets name the same column in many
ways ("Full name", "Participant's name", "Организация", "E-mail (optional)"):
headers are compared with case, accents, punctuation and anything in brackets
ignored. Each field lists its spellings best first, so that a list with both
"Position" and "Title" takes the function from "Position" (and reads "Title"
as Mr/Ms).
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.kinds import Category
from rapporteur_app.domain.text import search_key

HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("name", "full name", "participant", "participant name", "participant s name",
             "participants name", "name and surname", "name surname", "first and last name",
             "first name and last name", "person", "speaker", "nom complet", "nom et prenom",
             "nombre completo", "nombre y apellidos", "vollstandiger name", "фио", "ф и о",
             "полное имя", "имя и фамилия", "фамилия и имя", "фамилия имя отчество",
             "участник"),
    "first_name": ("first name", "given name", "given names", "firstname", "forename",
                   "first names", "prenom", "vorname", "nombre", "имя"),
    "last_name": ("last name", "surname", "family name", "lastname", "nom", "nom de famille",
                  "nachname", "apellido", "apellidos", "фамилия"),
    "function": ("function", "position", "job title", "position title", "function title",
                 "role", "post", "job", "designation", "title", "fonction", "poste", "titre",
                 "funktion", "position funktion", "cargo", "puesto", "должность"),
    "organization": ("organization", "organisation", "affiliation", "delegation",
                     "organization delegation", "organisation delegation",
                     "delegation organization", "delegation organisation",
                     "organization name", "organisation name", "name of organization",
                     "name of organisation", "institution", "entity", "agency", "company",
                     "employer", "represented organization", "representing", "on behalf of",
                     "organisme", "institution organisation", "organizacion",
                     "organisation institution", "organization institution",
                     "организация", "делегация", "учреждение", "место работы"),
    "category": ("category", "participant category", "participant type", "type",
                 "stakeholder", "stakeholder type", "stakeholder group", "group", "sector",
                 "categorie", "kategorie", "categoria", "категория", "тип участника"),
    "email": ("email", "e mail", "email address", "e mail address", "mail", "electronic mail",
              "courriel", "adresse e mail", "adresse electronique", "correo",
              "correo electronico", "электронная почта", "эл почта", "e mail адрес"),
    "salutation": ("salutation", "honorific", "mr ms", "mr mrs ms", "civility", "prefix",
                   "civilite", "anrede", "tratamiento", "обращение"),
}  # fmt: skip
# Column names in error messages, as the user would call them.
COLUMN_NAMES = {
    "name": "name", "first_name": "first name", "last_name": "last name",
    "function": "function", "organization": "organization", "category": "category",
    "email": "email", "salutation": "salutation",
}  # fmt: skip

CATEGORY_WORDS: dict[str, Category] = {
    "delegation": Category.DELEGATION, "state": Category.DELEGATION,
    "government": Category.DELEGATION, "participating state": Category.DELEGATION,
    "participating states": Category.DELEGATION, "partner": Category.DELEGATION,
    "partner for co operation": Category.DELEGATION, "ps": Category.DELEGATION,
    "pscs": Category.DELEGATION, "delegations": Category.DELEGATION,
    "делегация": Category.DELEGATION, "государство": Category.DELEGATION,
    "etat": Category.DELEGATION, "etat participant": Category.DELEGATION,
    "civil society": Category.CIVIL_SOCIETY, "ngo": Category.CIVIL_SOCIETY,
    "cso": Category.CIVIL_SOCIETY, "ngo cso": Category.CIVIL_SOCIETY,
    "cso ngo": Category.CIVIL_SOCIETY, "civil society organization": Category.CIVIL_SOCIETY,
    "civil society organisation": Category.CIVIL_SOCIETY, "academia": Category.CIVIL_SOCIETY,
    "academic": Category.CIVIL_SOCIETY, "university": Category.CIVIL_SOCIETY,
    "think tank": Category.CIVIL_SOCIETY, "individual": Category.CIVIL_SOCIETY,
    "expert": Category.CIVIL_SOCIETY, "ong": Category.CIVIL_SOCIETY,
    "societe civile": Category.CIVIL_SOCIETY, "sociedad civil": Category.CIVIL_SOCIETY,
    "гражданское общество": Category.CIVIL_SOCIETY, "нпо": Category.CIVIL_SOCIETY,
    "нко": Category.CIVIL_SOCIETY, "ого": Category.CIVIL_SOCIETY,
    "osce": Category.OSCE_INSTITUTION, "osce institution": Category.OSCE_INSTITUTION,
    "osce institutions": Category.OSCE_INSTITUTION, "osce structure": Category.OSCE_INSTITUTION,
    "osce executive structure": Category.OSCE_INSTITUTION,
    "field operation": Category.OSCE_INSTITUTION, "обсе": Category.OSCE_INSTITUTION,
    "io": Category.INTERNATIONAL_ORGANIZATION, "igo": Category.INTERNATIONAL_ORGANIZATION,
    "international organization": Category.INTERNATIONAL_ORGANIZATION,
    "international organisation": Category.INTERNATIONAL_ORGANIZATION,
    "international organizations": Category.INTERNATIONAL_ORGANIZATION,
    "international organisations": Category.INTERNATIONAL_ORGANIZATION,
    "organisation internationale": Category.INTERNATIONAL_ORGANIZATION,
    "международная организация": Category.INTERNATIONAL_ORGANIZATION,
    "мо": Category.INTERNATIONAL_ORGANIZATION,
    "media": Category.MEDIA, "press": Category.MEDIA, "journalist": Category.MEDIA,
    "medias": Category.MEDIA, "presse": Category.MEDIA, "сми": Category.MEDIA,
    "пресса": Category.MEDIA, "журналист": Category.MEDIA,
}  # fmt: skip

_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_PUNCTUATION = re.compile(r"[^\w\s]|_")


def header_key(text: str) -> str:
    """'E-mail (optional)*' -> 'e mail': how headers and category words are compared."""
    bare = _BRACKETS.sub(" ", search_key(text))
    return " ".join(_PUNCTUATION.sub(" ", bare).split())


def parse_category(text: str) -> Category:
    """A category as a registration list writes it ('NGO', 'civil-society', 'СМИ' ...)."""
    key = header_key(text)
    if key in CATEGORY_WORDS:
        return CATEGORY_WORDS[key]
    return Category.parse(key.replace(" ", "-"))


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """Field -> index of its column; ``ignored`` are the headers of the other columns."""

    columns: dict[str, int]
    ignored: tuple[str, ...] = field(default=())

    @property
    def has_name(self) -> bool:
        return "name" in self.columns or {"first_name", "last_name"} <= self.columns.keys()

    @property
    def usable(self) -> bool:
        return self.has_name and "organization" in self.columns


def recognise(header: Sequence[str]) -> ColumnMap:
    """Which column holds which field, the best-named column winning."""
    best: dict[str, tuple[int, int]] = {}  # field -> (rank of spelling, column)
    for index, title in enumerate(header):
        key = header_key(title)
        for name, spellings in HEADERS.items():
            if key in spellings:
                rank = spellings.index(key)
                if name not in best or rank < best[name][0]:
                    best[name] = (rank, index)
                break
    columns = {name: index for name, (_rank, index) in best.items()}
    # "Name" beside "Surname" is the first name; "Name" beside "First name" the last one.
    if "name" in columns and header_key(header[columns["name"]]) == "name":
        if "last_name" in columns and "first_name" not in columns:
            columns["first_name"] = columns.pop("name")
        elif "first_name" in columns and "last_name" not in columns:
            columns["last_name"] = columns.pop("name")
    # "Title" beside "Position" holds Mr/Ms, not a function.
    for index, title in enumerate(header):
        if header_key(title) == "title" and columns.get("function") != index:
            columns.setdefault("salutation", index)
    claimed = set(columns.values())
    ignored = tuple(
        title.strip()
        for index, title in enumerate(header)
        if index not in claimed and title.strip()
    )
    return ColumnMap(columns, ignored)


def require_usable(columns: ColumnMap) -> ColumnMap:
    if not columns.has_name:
        raise InvalidInput.coded("registration-no-name-column")
    if "organization" not in columns.columns:
        raise InvalidInput.coded("registration-no-organization-column")
    return columns


def find_header(rows: Sequence[Sequence[str]], look_at: int = 20) -> tuple[int, ColumnMap]:
    """The header row: the first of the first non-empty rows that names a name and an
    organization column (a list often starts with a title line); else the first
    non-empty row, refused with a message saying which column is missing."""
    first: tuple[int, ColumnMap] | None = None
    seen = 0
    for index, row in enumerate(rows):
        if not any(cell.strip() for cell in row):
            continue
        columns = recognise(row)
        if columns.usable:
            return index, columns
        if first is None:
            first = (index, columns)
        seen += 1
        if seen >= look_at:
            break
    if first is None:
        raise InvalidInput.coded("registration-empty")
    index, columns = first
    return index, require_usable(columns)


def score_header(row: Sequence[str]) -> int:
    """How many of a row's cells are known headers (to choose a CSV delimiter)."""
    columns = recognise(row)
    return len(columns.columns) + (5 if columns.usable else 0)
