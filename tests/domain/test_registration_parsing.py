"""Reading a registration list without a database: encodings, delimiters, headers, rows.

Hypothesis feeds arbitrary bytes and text: the parser either gives a table
(every row valid or carrying 'row N, column X: ...') or one clear InvalidInput.
"""

import codecs
import csv
import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.kinds import Category
from rapporteur_app.domain.registration_columns import (
    HEADERS,
    header_key,
    parse_category,
    recognise,
)
from rapporteur_app.domain.registration_lines import read_lines
from rapporteur_app.domain.registration_text import choose_delimiter, csv_rows, decode
from rapporteur_app.domain.text import clean_line

CYRILLIC_LIST = "Фамилия;Имя;Организация;Должность\nСмирнова;Анна;Казахстан;Посол\n"
WESTERN_LIST = "Nom;Prénom;Organisation\nLefèvre;Hélène;Fédération\nMüller;Jürgen;Österreich\n"


def _parse(data: bytes) -> list[tuple[str, str]]:
    table = read_lines(csv_rows(decode(data)))
    return [(line.name, line.organization) for line in table.lines]


@pytest.mark.parametrize("bom", [b"", codecs.BOM_UTF8])
@pytest.mark.parametrize(
    ("encoding", "text", "expected"),
    [
        ("cp1251", CYRILLIC_LIST, [("Анна Смирнова", "Казахстан")]),
        (
            "latin-1",
            WESTERN_LIST,
            [("Hélène Lefèvre", "Fédération"), ("Jürgen Müller", "Österreich")],
        ),
        ("cp1252", WESTERN_LIST.replace("Fédération", "Fédération “Œuvre”"), None),
        ("utf-8", CYRILLIC_LIST + "Lefèvre;Hélène;France;\n", None),
    ],
)
def test_legacy_and_unicode_encodings_with_or_without_a_byte_order_mark(
    bom: bytes, encoding: str, text: str, expected: list[tuple[str, str]] | None
) -> None:
    names = _parse(bom + text.encode(encoding))
    if expected is not None:
        assert names == expected
    else:
        rows = list(csv.reader(io.StringIO(text), delimiter=";"))[1:]
        assert names == [(f"{r[1]} {r[0]}", r[2]) for r in rows]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_excel_unicode_text_is_utf_16_with_tabs(encoding: str) -> None:
    text = "Name\tOrganization\tE-mail\nОлена Коваленко\tUkraine\tolena@example.org\n"
    assert _parse(text.encode(encoding)) == [("Олена Коваленко", "Ukraine")]


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("Name,Organization\nA,B\n", ","),
        ('Name;Organization;Function\n"Gruber, Elisabeth";Austria;Counsellor, Vienna\n', ";"),
        ("Name\tOrganization\nA, B\tC; D\n", "\t"),
        ("Registration list, HDM 2022\n\nName;Organisation\nAnna;Austria\n", ";"),
    ],
)
def test_the_delimiter_is_the_one_under_which_the_headers_read(text: str, delimiter: str) -> None:
    assert choose_delimiter(text) == delimiter


def test_headers_in_their_usual_variants() -> None:
    columns = recognise(
        ["Title", "First name", "SURNAME", "Position", "Organisation*", "E-mail (optional)", "Tel"]
    )
    assert columns.columns == {
        "salutation": 0, "first_name": 1, "last_name": 2, "function": 3,
        "organization": 4, "email": 5,
    }  # fmt: skip
    assert columns.ignored == ("Tel",)
    assert recognise(["Name", "Surname", "Affiliation"]).columns == {
        "first_name": 0, "last_name": 1, "organization": 2
    }  # fmt: skip
    assert recognise(["Full name", "Delegation", "Title"]).columns == {
        "name": 0, "organization": 1, "function": 2
    }  # fmt: skip
    assert recognise(["ФИО", "Организация", "Должность", "Категория"]).usable
    assert header_key("  E-Mail Address: ") == "e mail address"


def test_rows_are_numbered_as_in_the_file_and_blank_ones_skipped() -> None:
    rows = csv_rows(
        "Conference on trafficking\n\nTitle;Name;Surname;Position;Organisation;Category\n"
        "Ms.;Anna;Smirnova;Ambassador;Austria;\n;;;;;\n\nMr.;Jonas;Lind;;KOK e.V.;NGO\n"
        ";Bob;;;;\n"
    )
    table = read_lines(rows)
    assert table.header_row == 3
    assert [(line.row, line.name) for line in table.lines] == [
        (4, "Ms. Anna Smirnova"), (7, "Mr. Jonas Lind"), (8, "Bob"),
    ]  # fmt: skip
    assert table.lines[1].category is Category.CIVIL_SOCIETY
    assert table.lines[2].problem == "row 8, column organization: the organization is empty"


@pytest.mark.parametrize(
    ("cells", "problem"),
    [
        (["", "Austria", "", ""], "row 2, column name: the name is empty"),
        (["Anna", "Austria", "anna(at)example.org", ""], "row 2, column email: 'anna(at)"),
        (["Anna", "Austria", "", "VIP"], "row 2, column category: 'VIP' is not a category"),
        (["A" * 501, "Austria", "", ""], "row 2, column name: the name is longer than 500"),
        (["Anna", "O" * 501, "", ""], "row 2, column organization: the organization is longer"),
    ],
)
def test_what_is_wrong_with_a_row_names_its_row_and_column(cells: list[str], problem: str) -> None:
    table = read_lines([["Name", "Organization", "Email", "Category"], cells])
    assert table.lines[0].problem.startswith(problem)


def test_category_words() -> None:
    assert parse_category("NGO") is Category.CIVIL_SOCIETY
    assert parse_category("civil-society") is Category.CIVIL_SOCIETY
    assert parse_category("Participating State") is Category.DELEGATION
    assert parse_category("СМИ") is Category.MEDIA
    assert parse_category("International Organisation") is Category.INTERNATIONAL_ORGANIZATION
    with pytest.raises(InvalidInput):
        parse_category("friends")


@pytest.mark.parametrize(
    "text",
    ["", "\n\n\n", "Organization;Email\nFrance;a@b.c\n", "Name;Email\nAnna;a@b.c\n"],
)
def test_a_table_without_a_name_or_an_organization_column_is_refused(text: str) -> None:
    with pytest.raises(InvalidInput, match=r"empty|name|Organization"):
        read_lines(csv_rows(text))


def _check_table(text: str) -> None:
    try:
        table = read_lines(csv_rows(text))
    except InvalidInput as error:
        message = str(error)
        assert message and "\n" not in message
        return
    for line in table.lines:
        if line.problem:
            assert line.problem.startswith(f"row {line.row}, column ")
        else:
            assert line.name and line.organization
            assert line.name == clean_line(line.name)


@given(data=st.binary(max_size=3000))
def test_any_bytes_give_a_table_or_one_clear_error(data: bytes) -> None:
    text = decode(data)
    assert isinstance(text, str)
    _check_table(text)
    _check_table("Name;Organization;Category;Email\n" + text)


@given(text=st.text(max_size=2000))
def test_any_text_gives_a_table_or_one_clear_error(text: str) -> None:
    _check_table(text)
    _check_table("Full name,Organisation,Position\n" + text)


_cell_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=30
).filter(lambda t: clean_line(t) != "")


@given(
    people=st.lists(st.tuples(_cell_text, _cell_text), min_size=1, max_size=15),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
)
def test_whatever_the_names_they_come_back_as_written(
    people: list[tuple[str, str]], delimiter: str, encoding: str
) -> None:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(["Name", "Organization"])
    writer.writerows(people)
    table = read_lines(csv_rows(decode(out.getvalue().encode(encoding))))
    expected = [(clean_line(n), clean_line(o)) for n, o in people]
    assert [(line.name, line.organization) for line in table.lines] == expected


DOCS = Path(__file__).resolve().parents[2] / "docs" / "agenda-and-participants.md"
_DOC_FIELDS = {
    "name (required)": "name", "first name": "first_name", "last name": "last_name",
    "organization (required)": "organization", "function": "function",
    "category (optional where the organization is known)": "category",
    "e-mail (optional)": "email", "salutation (optional, put before the name)": "salutation",
}  # fmt: skip


def test_every_header_the_user_guide_lists_is_recognised() -> None:
    rows = [
        line.split(" | ")
        for line in DOCS.read_text("utf-8").splitlines()
        if line.startswith("| ") and line.split(" | ")[0].removeprefix("| ") in _DOC_FIELDS
    ]
    assert len(rows) == len(_DOC_FIELDS)
    for cells in rows:
        field = _DOC_FIELDS[cells[0].removeprefix("| ")]
        spellings = cells[1].removesuffix(" |").split(" — or ")[0]
        for spelling in spellings.split(", "):
            if field == "salutation" and spelling.startswith("Title"):
                continue  # Title is the function unless a Position column is there too
            assert header_key(spelling) in HEADERS[field], (field, spelling)


def test_the_sample_registration_list_reads_without_an_error() -> None:
    sample = DOCS.parent / "samples" / "registration-list.csv"
    table = read_lines(csv_rows(decode(sample.read_bytes())))
    assert table.header_row == 3 and len(table.lines) == 15
    assert not [line.problem for line in table.lines if line.problem]


def test_a_koi8_r_registration_list_reads_as_written() -> None:
    # Older Russian systems still save KOI8-R; read as Windows-1251 it is gibberish.
    text = (
        "Фамилия;Имя;Организация;Должность\n"
        "Смирнова;Анна;Казахстан;Посол\n"
        "Иванов;Пётр;Российская Федерация;Советник\n"
        "Ковальчук;Олена;Украина;Первый секретарь\n"
    )
    assert _parse(text.encode("koi8_r")) == [
        ("Анна Смирнова", "Казахстан"),
        ("Пётр Иванов", "Российская Федерация"),
        ("Олена Ковальчук", "Украина"),
    ]
