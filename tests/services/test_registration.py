"""Registration lists as secretariats really send them: what lands, or that nothing does."""

import codecs
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services
from rapporteur_app.services.registration import RegistrationResult, RowAction

GOOD = (
    "Full name;Organisation;Position;Category;E-mail\n"
    "Анна Смирнова;Российская Федерация;Посол;;anna@example.org\n"
    "\n"
    "Hélène Lefèvre;France;Ambassadrice;;\n"
    "Jürgen Schäfer;KOK e.V.;Director;NGO;\n"
    "Hélène Lefèvre;France;Ambassadrice;;\n"
)
People = set[tuple[str, str, str, Category | None, str]]


@pytest.fixture
def meeting_id(services: Services) -> int:
    return services.meetings.add("Human Dimension Meeting").id


def write(path: Path, text: str, encoding: str, bom: bytes = b"") -> Path:
    path.write_bytes(bom + text.encode(encoding))
    return path


def people(services: Services, meeting_id: int) -> People:
    return {
        (p.name, p.function, p.organization, p.category, p.email)
        for p in services.participants.of_meeting(meeting_id)
    }


def xlsx(path: Path, *rows: list[object], sheets: int = 1) -> Path:
    book = Workbook()
    first = book.active
    assert first is not None
    for _ in range(sheets - 1):
        book.create_sheet()
    target = book.worksheets[sheets - 1]
    for row in rows:
        target.append(row)
    book.save(path)
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"])
def test_a_good_list_lands_and_a_second_import_adds_nobody(
    services: Services, meeting_id: int, tmp_path: Path, encoding: str
) -> None:
    path = write(tmp_path / "r.csv", GOOD, encoding)
    preview = services.registration.preview(meeting_id, path)
    assert [r.action for r in preview.rows] == [
        RowAction.ADD, RowAction.ADD, RowAction.ADD, RowAction.DUPLICATE,
    ]  # fmt: skip
    assert [r.row for r in preview.rows] == [2, 4, 5, 6]
    assert preview.rows[0].organization == "Russian Federation"  # known under its Russian name
    assert preview.rows[0].note == "known as Russian Federation"
    assert preview.rows[2].category is Category.CIVIL_SOCIETY
    # KOK e.V. is new; France is in the reference lists, so not new though not yet stored.
    assert preview.rows[2].new_organization and not preview.rows[1].new_organization
    assert preview.rows[3].note == "same person as row 4"
    assert people(services, meeting_id) == set()  # nothing before the user confirms
    assert services.registration.apply(preview) == RegistrationResult(3, 0, 3)
    assert people(services, meeting_id) == {
        ("Анна Смирнова", "Посол", "Russian Federation", Category.DELEGATION, "anna@example.org"),
        ("Hélène Lefèvre", "Ambassadrice", "France", Category.DELEGATION, ""),
        ("Jürgen Schäfer", "Director", "KOK e.V.", Category.CIVIL_SOCIETY, ""),
    }
    again = services.registration.preview(meeting_id, path)
    assert again.count(RowAction.EXISTING) == 3 and again.count(RowAction.ADD) == 0
    assert services.registration.apply(again) == RegistrationResult(0, 0, 0)
    assert len(services.participants.of_meeting(meeting_id)) == 3


CYRILLIC = (
    "Фамилия;Имя;Организация;Должность;Категория\n"
    "Смирнова;Анна;Казахстан;Посол;\n"
    "Иванов;Олег;Юристы за права человека;Директор;НПО\n"
)
WESTERN = "Nom\tPrénom\tOrganisation\tCatégorie\nLefèvre\tHélène\tAssociation Générale\tONG\n"


@pytest.mark.parametrize("bom", [b"", codecs.BOM_UTF8], ids=["no-bom", "bom"])
def test_windows_1251_with_or_without_a_byte_order_mark(
    services: Services, meeting_id: int, tmp_path: Path, bom: bytes
) -> None:
    preview = services.registration.preview(
        meeting_id, write(tmp_path / "r.csv", CYRILLIC, "cp1251", bom)
    )
    services.registration.apply(preview)
    assert people(services, meeting_id) == {
        ("Анна Смирнова", "Посол", "Kazakhstan", Category.DELEGATION, ""),
        ("Олег Иванов", "Директор", "Юристы за права человека", Category.CIVIL_SOCIETY, ""),
    }


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
@pytest.mark.parametrize("bom", [b"", codecs.BOM_UTF8], ids=["no-bom", "bom"])
def test_latin_1_with_or_without_a_byte_order_mark(
    services: Services, meeting_id: int, tmp_path: Path, encoding: str, bom: bytes
) -> None:
    preview = services.registration.preview(
        meeting_id, write(tmp_path / "r.csv", WESTERN, encoding, bom)
    )
    services.registration.apply(preview)
    assert people(services, meeting_id) == {
        ("Hélène Lefèvre", "", "Association Générale", Category.CIVIL_SOCIETY, "")
    }


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Organization;Email\nFrance;a@b.c\n", "no column for the participant's name"),
        ("Name;Email\nAnna;a@b.c\n", "no Organization column"),
        ("First name;Organization\nAnna;France\n", "no column for the participant's name"),
        ("", "empty"),
        ("\n \n\n", "empty"),
    ],
)
def test_missing_columns_import_nothing(
    services: Services, meeting_id: int, tmp_path: Path, text: str, message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        services.registration.preview(meeting_id, write(tmp_path / "r.csv", text, "utf-8"))
    assert people(services, meeting_id) == set()


Snapshot = Callable[[], object]


def test_a_file_with_an_error_imports_nothing_and_names_row_and_column(
    services: Services, meeting_id: int, tmp_path: Path, snapshot: Snapshot
) -> None:
    before = snapshot()
    text = (
        "Name,Organization,Category,Email\n"
        "Anna,France,,\nBob,Unknown NGO,,\n\n,France,,\nCyd,France,,not-an-address\n"
        "Dan,New NGO,friends,\n"
    )
    preview = services.registration.preview(meeting_id, write(tmp_path / "r.csv", text, "utf-8"))
    assert [r.note for r in preview.errors] == [
        "row 3, column category: 'Unknown NGO' is not a known organization,"
        " so its category must be given",
        "row 5, column name: the name is empty",
        "row 6, column email: 'not-an-address' is not an e-mail address",
        "row 7, column category: 'friends' is not a category",
    ]
    assert preview.rows[0].action is RowAction.ADD
    with pytest.raises(InvalidInput, match=r"Nothing was imported: row 3, column category.*3 more"):
        services.registration.apply(preview)
    assert snapshot() == before


def test_duplicate_people_in_the_file_and_already_present(
    services: Services, meeting_id: int, tmp_path: Path
) -> None:
    session = services.sessions.add(meeting_id, "Working Session 1", "Identification")
    # Added on the fly during a session, before the list came: no function, no e-mail.
    services.statements.add(session.id, "Elisabeth Gruber", "Österreich", Category.DELEGATION)
    services.participants.add(meeting_id, "Tomás Ó Briain")
    text = (
        "Name,Organization,Function,Email\n"
        "Elisabeth Gruber,Austria,Counsellor,e.gruber@example.org\n"
        "ELISABETH GRUBER,Autriche,Counsellor,\n"
        "Tomás Ó Briain,Anti-Slavery International,Adviser,\n"
        "Elisabeth Gruber,ODIHR,Adviser,\n"
    )
    preview = services.registration.preview(meeting_id, write(tmp_path / "r.csv", text, "utf-8"))
    # Anti-Slavery International is not a known organization and has no category.
    assert preview.errors[0].note.startswith("row 4, column category: 'Anti-Slavery")
    text = text.replace("Function,Email", "Function,Email,Category")
    text = text.replace("International,Adviser,", "International,Adviser,,NGO")
    preview = services.registration.preview(meeting_id, write(tmp_path / "r.csv", text, "utf-8"))
    # The statement typed Austria's German name and stored it as Austria: the list's
    # spellings find it.
    assert [(r.action, r.note) for r in preview.rows] == [
        (RowAction.EXISTING, "already registered; adds their function, e-mail"),
        (RowAction.DUPLICATE, "same person as row 2; known as Austria"),
        (RowAction.EXISTING, "already registered; adds their function, organization"),
        (RowAction.ADD, "known as Office for Democratic Institutions and Human Rights"),
    ]
    assert services.registration.apply(preview) == RegistrationResult(1, 2, 2)
    assert people(services, meeting_id) == {
        ("Elisabeth Gruber", "Counsellor", "Austria", Category.DELEGATION,
         "e.gruber@example.org"),
        ("Tomás Ó Briain", "Adviser", "Anti-Slavery International", Category.CIVIL_SOCIETY, ""),
        ("Elisabeth Gruber", "Adviser", "Office for Democratic Institutions and Human Rights",
         Category.OSCE_INSTITUTION, ""),
    }  # fmt: skip


def test_a_person_added_between_preview_and_import_is_not_added_twice(
    services: Services, meeting_id: int, tmp_path: Path
) -> None:
    path = write(tmp_path / "r.csv", "Name;Organization\nAnna Smirnova;Austria\n", "utf-8")
    preview = services.registration.preview(meeting_id, path)
    services.participants.add(meeting_id, "Anna Smirnova", organization="Austria")
    assert services.registration.apply(preview) == RegistrationResult(0, 0, 0)
    assert len(services.participants.of_meeting(meeting_id)) == 1


def test_a_category_written_against_a_known_organization_is_noted_not_used(
    services: Services, meeting_id: int, tmp_path: Path
) -> None:
    path = write(tmp_path / "r.csv", "Name;Organization;Type\nAnna;UNHCR;NGO\n", "utf-8")
    row = services.registration.preview(meeting_id, path).rows[0]
    assert row.category is Category.INTERNATIONAL_ORGANIZATION
    assert row.note.startswith(
        "Office of the United Nations High Commissioner for Refugees is counted as "
        "international-organization, not as written"
    )


def test_xlsx_lands_with_its_numbers_and_empty_rows(
    services: Services, meeting_id: int, tmp_path: Path
) -> None:
    path = xlsx(
        tmp_path / "r.xlsx",
        ["Registration, Human Dimension Meeting"],
        [],
        ["First name", "Last name", "Delegation", "Function", "Badge"],
        ["Анна", "Смирнова", "Türkiye", "Counsellor", 1042],
        [None, None, None, None, None],
        ["Zoë", "Papadopoulou", "ODIHR", None, 7.0],
        sheets=2,  # the first sheet is empty
    )
    preview = services.registration.preview(meeting_id, path)
    assert preview.ignored_columns == ("Badge",)
    assert [(r.row, r.name, r.category) for r in preview.rows] == [
        (4, "Анна Смирнова", Category.DELEGATION),
        (6, "Zoë Papadopoulou", Category.OSCE_INSTITUTION),
    ]
    services.registration.apply(preview)
    assert people(services, meeting_id) == {
        ("Анна Смирнова", "Counsellor", "Türkiye", Category.DELEGATION, ""),
        ("Zoë Papadopoulou", "", "Office for Democratic Institutions and Human Rights",
         Category.OSCE_INSTITUTION, ""),
    }  # fmt: skip


def test_a_bad_xlsx_imports_nothing(services: Services, meeting_id: int, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "r.xlsx", ["Name", "Organization"], ["Anna", "Nowhere Institute"])
    preview = services.registration.preview(meeting_id, path)
    assert preview.errors[0].note.startswith("row 2, column category:")
    with pytest.raises(InvalidInput, match="Nothing was imported: row 2, column category"):
        services.registration.apply(preview)
    (tmp_path / "bad.xlsx").write_bytes(b"this is not a zip file")
    with pytest.raises(InvalidInput, match="not a readable Excel"):
        services.registration.preview(meeting_id, tmp_path / "bad.xlsx")
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(InvalidInput, match=r"save it as \.xlsx or \.csv"):
        services.registration.preview(meeting_id, tmp_path / "old.xls")
    with pytest.raises(InvalidInput, match="does not exist"):
        services.registration.preview(meeting_id, tmp_path / "missing.csv")
    assert people(services, meeting_id) == set()


def _big_rows() -> list[list[str]]:
    known = ["Austria", "Российская Федерация", "ODIHR", "UNHCR", "Autriche"]
    rows = [["Full name", "Organisation", "Position", "Category", "E-mail"]]
    for i in range(10_000):
        organization = known[i % 5] if i % 3 else f"Civil Society Group {i % 250}"
        rows.append([f"Participant {i}", organization, "Adviser", "" if i % 3 else "NGO",
                     f"p{i}@example.org"])  # fmt: skip
    return rows


def _check_big(services: Services, meeting_id: int, path: Path) -> None:
    preview = services.registration.preview(meeting_id, path)
    assert preview.count(RowAction.ADD) == 10_000 and not preview.errors
    result = services.registration.apply(preview)
    assert result.added == 10_000 and result.organizations_added == 4 + 250
    listed = services.participants.of_meeting(meeting_id)
    assert len(listed) == 10_000
    by_name = {p.name: p for p in listed}
    assert by_name["Participant 1"].organization == "Russian Federation"
    assert by_name["Participant 4"].organization == "Austria"  # written 'Autriche'
    assert by_name["Participant 3"].category is Category.CIVIL_SOCIETY
    assert by_name["Participant 9999"].email == "p9999@example.org"


@pytest.mark.slow
def test_ten_thousand_rows_of_csv(services: Services, meeting_id: int, tmp_path: Path) -> None:
    text = "\n".join(";".join(row) for row in _big_rows())
    _check_big(services, meeting_id, write(tmp_path / "big.csv", text, "cp1251"))


@pytest.mark.slow
def test_ten_thousand_rows_of_xlsx(services: Services, meeting_id: int, tmp_path: Path) -> None:
    _check_big(services, meeting_id, xlsx(tmp_path / "big.xlsx", *_big_rows()))


def test_a_ten_thousand_row_file_with_one_error_imports_nothing(
    services: Services, meeting_id: int, tmp_path: Path, snapshot: Snapshot
) -> None:
    before = snapshot()
    rows = _big_rows()
    rows[7_001][4] = "p7000(at)example.org"
    path = write(tmp_path / "big.csv", "\n".join(",".join(r) for r in rows), "utf-8")
    preview = services.registration.preview(meeting_id, path)
    assert [r.row for r in preview.errors] == [7_002]
    with pytest.raises(InvalidInput, match="row 7002, column email"):
        services.registration.apply(preview)
    assert snapshot() == before


@settings(max_examples=40)
@given(data=st.binary(max_size=2000))
def test_any_bytes_give_a_preview_or_one_clear_error(
    services: Services, tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    meeting = services.meetings.add("M")
    path = tmp_path_factory.mktemp("reg") / "r.csv"
    path.write_bytes(b"Name,Organization,Category\n" + data)
    try:
        preview = services.registration.preview(meeting.id, path)
    except InvalidInput as error:
        assert str(error) and "\n" not in str(error)
        return
    for row in preview.errors:
        assert row.note.startswith(f"row {row.row}, column ")
    before = len(services.participants.of_meeting(meeting.id))
    if preview.errors:
        with pytest.raises(InvalidInput):
            services.registration.apply(preview)
        assert len(services.participants.of_meeting(meeting.id)) == before
    else:
        result = services.registration.apply(preview)
        assert len(services.participants.of_meeting(meeting.id)) == before + result.added


def test_participants_commands(cli: Callable[..., object], tmp_path: Path) -> None:
    run = cli
    assert run("meeting", "add", "--title", "M").code == 0  # type: ignore[attr-defined]
    path = write(tmp_path / "r.csv", GOOD + "Zoë;ODIHR;;;\n", "utf-8-sig")
    dry = run("participants", "import", "--meeting", "1", str(path), "--dry-run")
    assert dry.code == 0 and "4 to add" in dry.out and "nothing was imported" in dry.out  # type: ignore[attr-defined]
    assert "row 6: Hélène Lefèvre (France): same person as row 4" in dry.out  # type: ignore[attr-defined]
    assert run("participants", "list", "--meeting", "1", "--json").out.strip() == "[]"  # type: ignore[attr-defined]
    done = run("participants", "import", "--meeting", "1", str(path))
    assert done.code == 0 and "Imported 4 participants" in done.out  # type: ignore[attr-defined]
    listed = run("participants", "list", "--meeting", "1", "--json").out  # type: ignore[attr-defined]
    assert '"category": "osce-institution"' in listed and "Анна Смирнова" in listed
    bad = write(tmp_path / "bad.csv", "Name,Organization\nBob,Unknown NGO\n", "utf-8")
    refused = run("participants", "import", "--meeting", "1", str(bad))
    assert refused.code == 2 and "row 2, column category" in refused.err  # type: ignore[attr-defined]
    assert refused.err.count("\n") == 1  # type: ignore[attr-defined]
    missing = run("participants", "import", "--meeting", "9", str(path))
    assert missing.code == 2 and "no meeting" in missing.err  # type: ignore[attr-defined]


def test_the_sample_list_of_the_user_guide_lands(services: Services, meeting_id: int) -> None:
    sample = Path(__file__).resolve().parents[2] / "docs" / "samples" / "registration-list.csv"
    preview = services.registration.preview(meeting_id, sample)
    assert preview.summary() == (
        "14 to add, 0 already registered, 1 repeated in the file, 0 with errors"
    )
    assert services.registration.apply(preview).added == 14
    categories = [p.category for p in services.participants.of_meeting(meeting_id)]
    assert categories.count(Category.DELEGATION) == 6
    assert categories.count(Category.MEDIA) == 1


def test_a_koi8_r_registration_file_imports_correctly(
    services: Services, meeting_id: int, tmp_path: Path
) -> None:
    preview = services.registration.preview(
        meeting_id, write(tmp_path / "koi8.csv", CYRILLIC, "koi8_r", b"")
    )
    services.registration.apply(preview)
    assert people(services, meeting_id) == {
        ("Анна Смирнова", "Посол", "Kazakhstan", Category.DELEGATION, ""),
        ("Олег Иванов", "Директор", "Юристы за права человека", Category.CIVIL_SOCIETY, ""),
    }
