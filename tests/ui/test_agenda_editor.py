"""The agenda editor and the registration import, driven as a secretariat would."""

from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from pytestqt.qtbot import QtBot

from rapporteur_app.domain.kinds import Category, SessionList
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.agenda.agenda_editor import AgendaEditor
from rapporteur_app.ui.agenda.participants_dialog import ParticipantsDialog
from rapporteur_app.ui.agenda.registration_dialog import RegistrationDialog


@pytest.fixture
def editor(qtbot: QtBot, services: Services) -> AgendaEditor:
    meeting = services.meetings.add("Human Dimension Meeting", start=date(2022, 7, 18))
    services.sessions.add(
        meeting.id, "Working Session 1", "Tolerance", day=date(2022, 7, 18),
        start=time(10, 0), end=time(13, 0), room="Neuer Saal", rapporteur="A. B.",
    )  # fmt: skip
    dialog = AgendaEditor(services, meeting.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_add_a_session_and_fill_its_form(
    qtbot: QtBot, services: Services, editor: AgendaEditor
) -> None:
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    form = editor.form
    form.title.selectAll()
    qtbot.keyClicks(form.title, "Child victims of trafficking")
    qtbot.keyClick(form.title, Qt.Key.Key_Return)
    form.day.setDate(QDate(2022, 7, 18))
    form.day.editingFinished.emit()
    form.start.setTime(QTime(15, 0))
    form.start.editingFinished.emit()
    form.end.setTime(QTime(18, 0))
    form.end.editingFinished.emit()
    form.questions.setPlainText("How to protect children?\nWho is a guardian?")
    form.introducers.setPlainText("Sofía Ramírez, Senior Adviser, ODIHR")
    session = services.sessions.of_meeting(editor.meeting_id)[-1]
    assert session.title == "Child victims of trafficking"
    assert (session.day, session.start, session.end) == (date(2022, 7, 18), time(15), time(18))
    assert services.sessions.get_list(session.id, SessionList.QUESTIONS_FOR_DISCUSSION) == [
        "How to protect children?",
        "Who is a guardian?",
    ]
    assert services.sessions.get(session.id).introducers[0].organization == "ODIHR"
    # A working session without a rapporteur is pointed out in place.
    assert "needs a rapporteur" in form.problems.text()


def test_problems_are_shown_in_place(
    qtbot: QtBot, services: Services, editor: AgendaEditor
) -> None:
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    form = editor.form
    form.room.setText("Neuer Saal")
    form.room.editingFinished.emit()
    form.day.setDate(QDate(2022, 7, 18))
    form.day.editingFinished.emit()
    form.start.setTime(QTime(12, 0))
    form.start.editingFinished.emit()
    form.end.setTime(QTime(14, 0))
    form.end.editingFinished.emit()
    assert "overlaps Working Session 1 in Neuer Saal" in form.problems.text()
    form.end.setTime(QTime(11, 0))
    form.end.editingFinished.emit()
    assert "ends (11:00) before it starts (12:00)" in form.problems.text()
    assert services.sessions.of_meeting(editor.meeting_id)[-1].end == time(14, 0)


def test_reorder_exchanges_the_slots(services: Services, editor: AgendaEditor) -> None:
    editor.add_session()
    editor.form.day.setDate(QDate(2022, 7, 19))
    editor.form.day.editingFinished.emit()
    first, second = services.sessions.of_meeting(editor.meeting_id)
    editor.list.setCurrentRow(1)
    editor.move(-1)
    reordered = services.sessions.of_meeting(editor.meeting_id)
    assert [s.id for s in reordered] == [second.id, first.id]
    assert reordered[0].day == date(2022, 7, 18) and reordered[0].room == "Neuer Saal"


def test_the_import_preview_and_confirm(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    meeting = services.meetings.add("M")
    path = tmp_path / "list.csv"
    path.write_text("Name;Organisation;Category\nAnna;Austria;\nBob;New NGO;ngo\nBob;New NGO;ngo\n")
    dialog = RegistrationDialog(services, meeting.id, path)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 3
    assert dialog.table.item(2, 1).text() == "repeated in the file"
    assert dialog.table.item(1, 7).text() == "new organization"
    assert dialog.import_button.isEnabled()
    assert services.participants.of_meeting(meeting.id) == []
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.added == 2
    assert len(services.participants.of_meeting(meeting.id)) == 2

    bad = tmp_path / "bad.csv"
    bad.write_text("Name;Organisation\nCarl;Unknown Org\n")
    refused = RegistrationDialog(services, meeting.id, bad)
    qtbot.addWidget(refused)
    assert not refused.import_button.isEnabled()
    assert refused.table.item(0, 1).text() == "error"


def test_merge_two_spellings_in_the_participants_dialog(qtbot: QtBot, services: Services) -> None:
    meeting = services.meetings.add("M")
    session = services.sessions.add(meeting.id, "WS 1", "T")
    services.statements.add(session.id, "X", "La Strada Intl", Category.CIVIL_SOCIETY)
    services.statements.add(session.id, "Y", "La Strada International", Category.CIVIL_SOCIETY)
    dialog = ParticipantsDialog(services, meeting.id)
    qtbot.addWidget(dialog)
    organizations = dialog.organizations
    texts = [organizations.list.item(i).text() for i in range(organizations.list.count())]
    keep = texts.index("La Strada International — Civil society")
    other = texts.index("La Strada Intl — Civil society")
    organizations.list.item(keep).setSelected(True)
    organizations.list.item(other).setSelected(True)
    qtbot.mouseClick(organizations.merge_button, Qt.MouseButton.LeftButton)
    names = {s.on_behalf_of for s in services.statements.of_session(session.id)}
    assert len(names) == 1
