"""The registration preview in Russian and French: each row's note (what it matches,
what is wrong with it) and the refusal to import a file with errors are worded in
the user's language, with no English word left; the command line keeps the English."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.services.app_services import Services
from rapporteur_app.services.registration import RowAction
from rapporteur_app.ui import labels
from rapporteur_app.ui.agenda.registration_dialog import RegistrationDialog
from rapporteur_app.ui.error_text import describe
from rapporteur_app.ui.language import install_translators
from tests.ui.test_translations import english_words

# Every note a row can carry: a name the reference list spells otherwise, a category
# other than the known one, the same person twice, a person already registered (with
# and without details to add), and a new organization.
NOTES = (
    "Name;Function;Organization;Category;E-mail\n"
    "Ms Anna Smirnova;Ambassador;Российская Федерация;;\n"
    "Ms Anna Smirnova;;Russia;;\n"
    "Mr Paul Durand;;France;NGO;\n"
    "Ms Known Person;Adviser;Austria;;known@example.org\n"
    "Mr Also Known;;Austria;;\n"
    "Dr New Face;;Kammer Institut;NGO;\n"
)
# Every problem a row can have, one a row.
ERRORS = (
    "Name;Function;Organization;Category;E-mail\n"
    ";;France;;\n"
    f"{'N' * 600};;France;;\n"
    "Ms A;;;;\n"
    f"Ms B;;{'O' * 600};;\n"
    f"Ms C;{'F' * 2100};France;;\n"
    f"Ms D;;France;;{'e' * 330}@example.org\n"
    "Ms E;;France;;not-an-address\n"
    "Ms F;;France;gremlins;\n"
    "Ms G;;Unheard-of Society;;\n"
)
# The user's data in the notes, shown as written.
TYPED = ("Russian Federation", "Kammer Institut", "Unheard-of Society", "France", "Austria")


@pytest.fixture(params=["ru", "fr"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    labels.category_label.cache_clear()
    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "en")
    labels.category_label.cache_clear()


def _notes(dialog: RegistrationDialog) -> list[str]:
    table = dialog.table.model()
    return [str(table.index(row, 7).data()) for row in range(table.rowCount())]


def _english(language: str, texts: list[str]) -> list[tuple[str, str]]:
    left = []
    for text in texts:
        kept = text
        for typed in TYPED:
            kept = kept.replace(typed, "")
        left += [(text, word) for word in english_words(language, kept)]
    return left


def _open(qtbot: QtBot, services: Services, meeting_id: int, path: Path) -> RegistrationDialog:
    dialog = RegistrationDialog(services, meeting_id, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.reading is None, timeout=60_000)
    return dialog


def test_the_notes_of_the_preview_are_worded_in_the_language(
    qtbot: QtBot, services: Services, tmp_path: Path, language: str
) -> None:
    meeting = services.meetings.add("Human Dimension Meeting")
    known = tmp_path / "known.csv"
    known.write_text("Name;Organization\nMs Known Person;Austria\nMr Also Known;Austria\n")
    services.registration.apply(services.registration.preview(meeting.id, known))
    path = tmp_path / "list.csv"
    path.write_text(NOTES, encoding="utf-8")
    dialog = _open(qtbot, services, meeting.id, path)
    preview = dialog.preview
    assert preview is not None and not preview.errors
    assert {row.action for row in preview.rows} == {
        RowAction.ADD,
        RowAction.DUPLICATE,
        RowAction.EXISTING,
    }
    notes = _notes(dialog)
    assert all(notes[:5]) and notes[5], notes  # every row says something
    assert not _english(language, [*notes, dialog.summary.text()])
    # The command line's words stay English.
    assert "same person as row 2" in preview.rows[1].note
    assert preview.rows[3].note == "already registered; adds their function, e-mail"
    # The row numbers and the names the reference list gives are put in as they are.
    assert "2" in notes[1] and "Russian Federation" in notes[0]


def test_the_problems_of_the_rows_are_worded_in_the_language(
    qtbot: QtBot, services: Services, tmp_path: Path, language: str
) -> None:
    meeting = services.meetings.add("Human Dimension Meeting")
    path = tmp_path / "list.csv"
    path.write_text(ERRORS, encoding="utf-8")
    dialog = _open(qtbot, services, meeting.id, path)
    preview = dialog.preview
    assert preview is not None and len(preview.errors) == 9
    notes = _notes(dialog)
    assert len(set(notes)) == 9
    shown = [n.replace("'gremlins'", "").replace("'not-an-address'", "") for n in notes]
    assert not _english(language, [*shown, dialog.summary.text()])
    assert not dialog.import_button.isEnabled()
    # The service refuses such a preview too: said in the language, its rows' problems in it.
    with pytest.raises(InvalidInput) as refused:
        services.registration.apply(preview)
    assert str(refused.value).startswith("Nothing was imported: row 2, column name:")
    assert not _english(language, [describe(refused.value)])
