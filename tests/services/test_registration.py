"""Registration lists as secretariats really send them."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services
from rapporteur_app.services.registration import RowAction

GOOD = (
    "Full name;Organisation;Position;Category;E-mail\n"
    "Анна Смирнова;Российская Федерация;Посол;;anna@example.org\n"
    "\n"
    "Hélène Lefèvre;France;Ambassadrice;;\n"
    "Jürgen Schäfer;KOK e.V.;Director;NGO;\n"
    "Hélène Lefèvre;France;Ambassadrice;;\n"
)


@pytest.fixture
def meeting_id(services: Services) -> int:
    return services.meetings.add("Human Dimension Meeting").id


def write(path: Path, text: str, encoding: str) -> Path:
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig"])
def test_utf8_with_or_without_bom(
    services: Services, meeting_id: int, tmp_path: Path, encoding: str
) -> None:
    preview = services.registration.preview(meeting_id, write(tmp_path / "r.csv", GOOD, encoding))
    assert [r.action for r in preview.rows] == [
        RowAction.ADD, RowAction.ADD, RowAction.ADD, RowAction.DUPLICATE,
    ]  # fmt: skip
    assert preview.rows[0].organization == "Russian Federation"  # known under its Russian name
    assert preview.rows[2].category is Category.CIVIL_SOCIETY
    assert preview.rows[3].note == "same person as row 4"
    assert services.registration.apply(preview) == 3
    people = services.participants.of_meeting(meeting_id)
    assert {(p.name, p.organization) for p in people} == {
        ("Анна Смирнова", "Russian Federation"),
        ("Hélène Lefèvre", "France"),
        ("Jürgen Schäfer", "KOK e.V."),
    }
    # Importing the same list again adds nobody.
    again = services.registration.preview(meeting_id, tmp_path / "r.csv")
    assert again.count(RowAction.EXISTING) == 3 and again.count(RowAction.ADD) == 0
    assert again.count(RowAction.DUPLICATE) == 1


def test_windows_1251_is_read_as_cyrillic(
    services: Services, meeting_id: int, tmp_path: Path
) -> None:
    text = (
        "Имя,Фамилия,Организация,Должность\n"
        "Анна,Смирнова,Казахстан,Посол\n"
        "Олег,Иванов,Украина,Советник\n"
    )
    preview = services.registration.preview(meeting_id, write(tmp_path / "r.csv", text, "cp1251"))
    assert [r.name for r in preview.rows] == ["Анна Смирнова", "Олег Иванов"]
    assert [r.organization for r in preview.rows] == ["Kazakhstan", "Ukraine"]


def test_latin_1_is_read_as_western(services: Services, meeting_id: int, tmp_path: Path) -> None:
    text = "Nom\tPrénom\tOrganisation\tCatégorie\nLefèvre\tHélène\tAssociation Générale\tONG\n"
    text = text.replace("ONG", "ngo")
    preview = services.registration.preview(meeting_id, write(tmp_path / "r.csv", text, "cp1252"))
    assert preview.rows[0].name == "Hélène Lefèvre"
    assert preview.rows[0].organization == "Association Générale"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Organization;Email\nFrance;a@b.c\n", "no column for the participant's name"),
        ("Name;Email\nAnna;a@b.c\n", "no Organization column"),
        ("", "empty"),
    ],
)
def test_missing_columns_import_nothing(
    services: Services, meeting_id: int, tmp_path: Path, text: str, message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        services.registration.preview(meeting_id, write(tmp_path / "r.csv", text, "utf-8"))


def test_a_file_with_an_error_imports_nothing_and_names_row_and_column(
    services: Services, meeting_id: int, tmp_path: Path
) -> None:
    text = (
        "Name,Organization,Category,Email\n"
        "Anna,France,,\nBob,Unknown NGO,,\n,France,,\nCyd,France,,not-an-address\n"
    )
    preview = services.registration.preview(meeting_id, write(tmp_path / "r.csv", text, "utf-8"))
    assert [r.note for r in preview.errors] == [
        "row 3, column category: 'Unknown NGO' is not a known organization,"
        " so its category must be given",
        "row 4, column name: the name is empty",
        "row 5, column email: 'not-an-address' is not an e-mail address",
    ]
    with pytest.raises(InvalidInput, match=r"Nothing was imported: row 3, column category.*2 more"):
        services.registration.apply(preview)
    assert services.participants.of_meeting(meeting_id) == []


def test_xlsx(services: Services, meeting_id: int, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["First name", "Last name", "Delegation", "Function"])
    sheet.append(["Анна", "Смирнова", "Türkiye", "Counsellor"])
    sheet.append([None, None, None, None])
    sheet.append(["Zoë", "Papadopoulou", "ODIHR", None])
    book.save(tmp_path / "r.xlsx")
    preview = services.registration.preview(meeting_id, tmp_path / "r.xlsx")
    assert [(r.name, r.category) for r in preview.rows] == [
        ("Анна Смирнова", Category.DELEGATION),
        ("Zoë Papadopoulou", Category.OSCE_INSTITUTION),
    ]
    (tmp_path / "bad.xlsx").write_bytes(b"this is not a zip file")
    with pytest.raises(InvalidInput, match="not a readable Excel"):
        services.registration.preview(meeting_id, tmp_path / "bad.xlsx")


def test_ten_thousand_rows(services: Services, meeting_id: int, tmp_path: Path) -> None:
    lines = ["Name,Organization,Category"] + [
        f"Participant {i},Organization {i % 300},ngo" for i in range(10_000)
    ]
    path = write(tmp_path / "big.csv", "\n".join(lines), "utf-8")
    preview = services.registration.preview(meeting_id, path)
    assert services.registration.apply(preview) == 10_000
    assert len(services.participants.of_meeting(meeting_id)) == 10_000


def test_merge_two_spellings_of_a_person(services: Services, meeting_id: int) -> None:
    session = services.sessions.add(meeting_id, "WS 1", "T")
    first = services.statements.add(session.id, "Anna Smirnova", "France", Category.DELEGATION)
    second = services.statements.add(session.id, "A. Smirnova", "France")
    assert first.speaker_id is not None and second.speaker_id is not None
    services.participants.merge(first.speaker_id, second.speaker_id)
    assert {s.speaker for s in services.statements.of_session(session.id)} == {"Anna Smirnova"}
    assert len(services.participants.of_meeting(meeting_id)) == 1


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


def test_participants_commands(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("meeting", "add", "--title", "M").code == 0
    path = write(tmp_path / "r.csv", GOOD, "utf-8-sig")
    dry = cli("participants", "import", "--meeting", "1", str(path), "--dry-run")
    assert dry.code == 0 and "3 to add" in dry.out and "nothing was imported" in dry.out
    assert cli("participants", "list", "--meeting", "1", "--json").out.strip() == "[]"
    done = cli("participants", "import", "--meeting", "1", str(path))
    assert done.code == 0 and "Imported 3" in done.out
    assert "Анна Смирнова" in cli("participants", "list", "--meeting", "1").out
    bad = write(tmp_path / "bad.csv", "Name,Organization\nBob,Unknown NGO\n", "utf-8")
    refused = cli("participants", "import", "--meeting", "1", str(bad))
    assert refused.code == 2 and "row 2, column category" in refused.err
    assert refused.err.count("\n") == 1
