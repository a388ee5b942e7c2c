"""The registration import preview: nothing lands before Import, nothing at all with an error."""

from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services
from rapporteur_app.services.registration import RowAction
from rapporteur_app.ui.agenda.registration_dialog import RegistrationDialog
from rapporteur_app.ui.agenda.registration_model import RegistrationModel

LIST = (
    "Registration list, Supplementary Human Dimension Meeting\n"
    "\n"
    "Title;First name;Surname;Position;Organisation;Category;E-mail;Badge\n"
    "Ms.;Anna;Smirnova;Ambassador;Российская Федерация;;anna@example.org;12\n"
    "Mr.;Jonas;Lind;Adviser;KOK e.V.;NGO;;13\n"
    "Ms.;Anna;Smirnova;Ambassador;Russia;;;14\n"
)


def cells(dialog: RegistrationDialog, column: int) -> list[str]:
    table = dialog.table.model()
    return [str(table.index(row, column).data()) for row in range(table.rowCount())]


def open_dialog(
    qtbot: QtBot, services: Services, meeting_id: int, path: Path
) -> RegistrationDialog:
    dialog = RegistrationDialog(services, meeting_id, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_preview_then_import_with_a_click(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    meeting = services.meetings.add("M")
    path = tmp_path / "list.csv"
    path.write_bytes(LIST.encode("cp1251"))
    dialog = open_dialog(qtbot, services, meeting.id, path)
    assert cells(dialog, 0) == ["4", "5", "6"]
    assert cells(dialog, 1) == ["to add", "to add", "repeated in the file"]
    assert cells(dialog, 2) == ["Ms. Anna Smirnova", "Mr. Jonas Lind", "Ms. Anna Smirnova"]
    assert cells(dialog, 4)[0] == "Russian Federation"
    assert cells(dialog, 5)[:2] == ["Delegation", "Civil society"]
    assert cells(dialog, 7) == [
        "known as Russian Federation",
        "new organization",
        "same person as row 4; known as Russian Federation",
    ]
    summary = dialog.summary.text()
    assert "2 to add, 0 already registered, 1 repeated in the file, 0 with errors" in summary
    assert "Columns not used: Badge." in summary
    assert dialog.import_button.isEnabled()
    assert services.participants.of_meeting(meeting.id) == []  # nothing before the click
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    # The import runs in a worker; the dialog closes when it is done.
    qtbot.waitUntil(lambda: dialog.result() == RegistrationDialog.DialogCode.Accepted)
    assert dialog.added == 2
    people = {
        (p.name, p.organization, p.category) for p in services.participants.of_meeting(meeting.id)
    }
    assert people == {
        ("Ms. Anna Smirnova", "Russian Federation", Category.DELEGATION),
        ("Mr. Jonas Lind", "KOK e.V.", Category.CIVIL_SOCIETY),
    }


def test_a_file_with_errors_cannot_be_imported_until_corrected(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    meeting = services.meetings.add("M")
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Name", "Delegation", "E-mail"])
    sheet.append(["Olena Kovalenko", "Ukraine", "olena@example.org"])
    sheet.append(["Carl Unknown", "Nowhere Institute", ""])
    sheet.append(["Dan Doe", "Austria", "dan at example"])
    path = tmp_path / "list.xlsx"
    book.save(path)
    dialog = open_dialog(qtbot, services, meeting.id, path)
    assert not dialog.import_button.isEnabled()
    assert dialog.summary.text().startswith(
        "⚠ row 3, column category: 'Nowhere Institute' is not a known organization"
    )
    # The errors are shown first; all rows one choice away.
    assert dialog.show_only.currentData() == RowAction.ERROR.value
    assert cells(dialog, 0) == ["3", "4"]
    assert cells(dialog, 7)[1] == "row 4, column email: 'dan at example' is not an e-mail address"
    dialog.show_only.setFocus()
    qtbot.keyClick(dialog.show_only, Qt.Key.Key_Home)
    assert cells(dialog, 0) == ["2", "3", "4"]
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)  # disabled: nothing
    assert services.participants.of_meeting(meeting.id) == []
    # Corrected in the spreadsheet, read again, imported.
    sheet.cell(row=3, column=2, value="ODIHR")
    sheet.cell(row=4, column=3, value="dan@example.org")
    book.save(path)
    qtbot.mouseClick(dialog.reread_button, Qt.MouseButton.LeftButton)
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.added is not None)
    assert len(services.participants.of_meeting(meeting.id)) == 3


def test_an_unreadable_file_says_why_and_another_can_be_chosen(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = services.meetings.add("M")
    bad = tmp_path / "list.csv"
    bad.write_text("Surname;E-mail\nSmirnova;a@b.c\n")
    dialog = open_dialog(qtbot, services, meeting.id, bad)
    assert dialog.summary.text().startswith("⚠ The file has no column for the participant's name")
    assert not dialog.import_button.isEnabled() and dialog.table.model().rowCount() == 0
    good = tmp_path / "other.csv"
    good.write_text("Name,Organization\nAnna,Austria\n", encoding="utf-8-sig")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(good), ""))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.file_label.text() == str(good)
    assert cells(dialog, 1) == ["to add"]
    assert dialog.import_button.isEnabled()


def test_the_preview_model_holds_ten_thousand_rows(
    qtbot: QtBot, qtmodeltester: ModelTester, services: Services, tmp_path: Path
) -> None:
    meeting = services.meetings.add("M")
    path = tmp_path / "big.csv"
    rows = ["Name,Organization,Category"] + [f"P {i},Group {i % 40},ngo" for i in range(10_000)]
    path.write_text("\n".join(rows))
    preview = services.registration.preview(meeting.id, path)
    model = RegistrationModel(preview)
    qtmodeltester.check(model)
    assert model.rowCount() == 10_000
    dialog = open_dialog(qtbot, services, meeting.id, path)
    assert dialog.table.model().rowCount() == 10_000
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.added is not None, timeout=60_000)
    assert dialog.added == 10_000


def test_a_list_that_mixes_encodings_is_warned_about_before_import(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    # One name saved by a program that read UTF-8 as Windows-1252: "MÃ¼ller".
    meeting = services.meetings.add("M")
    path = tmp_path / "mixed.csv"
    mangled = "Müller".encode().decode("cp1252")
    path.write_text(f"Name,Organization\n{mangled},Austria\nAnna Weiß,Germany\n", encoding="utf-8")
    dialog = open_dialog(qtbot, services, meeting.id, path)
    summary = dialog.summary.text()
    assert "mixes encodings" in summary and f"“{mangled}”" in summary
    assert "Weiß" not in summary  # a real word is not called garbled
    assert dialog.import_button.isEnabled()  # a warning, not a refusal

    clean = tmp_path / "clean.csv"
    clean.write_text("Name,Organization\nAnna Weiß,Germany\nИрина,Ukraine\n", encoding="utf-8")
    dialog = open_dialog(qtbot, services, meeting.id, clean)
    assert "mixes encodings" not in dialog.summary.text()
